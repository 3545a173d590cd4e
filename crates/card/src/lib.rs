//! Filmcard's views: the card as Yew components ([`components`]), their hooks ([`hooks`]), what
//! the reader has done to a card ([`state`]), and what a card asks of the page around it
//! ([`host`]). They receive validated data only, from the core (`filmcard_film`, whose modules
//! are re-exported here under their own names), and never touch the browser: the edge that mounts
//! a card does what the card asks.

#![warn(missing_docs)]

pub mod components;
pub mod hooks;
pub mod host;
pub mod state;

pub use filmcard_film::{config, data, i18n, model, text, video};
