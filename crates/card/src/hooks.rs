//! Custom hooks, one per file.

/// Adds a long list to the page batch by batch.
pub mod use_batched_reveal;
