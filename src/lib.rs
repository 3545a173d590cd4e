//! Filmcard: an embeddable film card with collapsible reader reviews.
//!
//! Data takes one path: the [`embed`] edge finds the host elements and reads their JSON text;
//! [`data`] turns that text into a validated [`model::Film`] or a [`data::DataError`];
//! [`config`] reads the host's attributes; the [`components`] render the result. Only the edge
//! touches the browser, so everything else builds and tests natively.

#![warn(missing_docs)]

#[cfg(feature = "builder")]
pub mod builder;
pub mod components;
pub mod config;
pub mod contract;
pub mod data;
pub use data::json_ld;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod hooks;
pub mod host;
pub mod i18n;
pub mod model;
pub mod order;
#[cfg(any(feature = "prerender", test))]
pub mod prerender;
#[cfg(any(feature = "schema", test))]
pub mod schema;
pub mod state;
pub mod text;
pub mod video;
