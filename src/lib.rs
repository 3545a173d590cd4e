//! Filmcard: an embeddable film card with collapsible reader reviews.
//!
//! Data takes one path: the [`embed`] edge finds the host elements and reads their JSON text;
//! [`data`] (the core, `filmcard_film`, `crates/film/`) turns that text into a validated
//! [`model::Film`] or a [`data::DataError`]; [`config`] reads the host's attributes; the
//! [`components`] (the views, `filmcard_card`, `crates/card/`) render the result. The core's and
//! the views' modules are re-exported here under their own names. Only the edges touch the
//! browser, so everything else builds and tests natively.

#![warn(missing_docs)]

#[cfg(target_arch = "wasm32")]
pub mod embed;
pub use filmcard_card::{components, hooks, host, state};
#[cfg(feature = "schema")]
pub use filmcard_film::schema;
pub use filmcard_film::{config, contract, data, i18n, json_ld, model, order, text, video};
