//! The builder's custom hooks, one per file.

/// A value that follows another once it has stopped changing for a while.
pub mod use_debounced;

/// The host's reader of the value of the control an event came from.
pub mod use_control_value;
