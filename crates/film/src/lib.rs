//! Filmcard's pure core: what a card knows before any view or browser is involved.
//!
//! Data takes one path: [`data`] turns JSON text (or a page's JSON-LD, [`json_ld`]) into a
//! validated [`model::Film`] or a [`data::DataError`] naming the field; [`config`] reads the
//! host's attributes; [`order`] sorts the reviews; [`text`] cuts excerpts and paragraphs;
//! [`i18n`] holds every word a reader sees that does not come from the film; [`contract`] holds
//! the facts the page-side loader shares. This crate has no browser and no view among its
//! dependencies: everything in it builds and tests natively.

#![warn(missing_docs)]

pub mod config;
pub mod contract;
pub mod data;
pub use data::json_ld;
pub mod i18n;
pub mod model;
pub mod order;
#[cfg(any(feature = "schema", test))]
pub mod schema;
pub mod text;
pub mod video;
