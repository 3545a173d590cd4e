//! The card builder: a page where a blogger fills in a form, watches the real card change, and
//! copies the snippet for a post, without writing JSON.
//!
//! The form holds text as typed ([`form`]), addressed by the data's own paths ([`field`]) so
//! the card's errors ([`filmcard_film::data::DataError`]) land on the fields they name; the
//! card's own validator judges it and the card's own components preview it. [`import`] fills the form
//! from film JSON or JSON-LD; [`export`] writes the snippet and the JSON-LD. [`state`] holds the
//! reducer. What the page needs of the browser (storage, clipboard, files, downloads, shadow
//! roots, the controls' values) the views ask of [`host::BuilderHost`], which the builder's page
//! (the crate `filmcard-builder-page`, its wasm entry too) fills; this crate has no browser
//! binding among its dependencies, so it builds and tests natively. The reader's bundle does not
//! depend on it, so it cannot carry any of it.

#![warn(missing_docs)]

pub mod components;
pub mod export;
pub mod field;
pub mod form;
pub mod hooks;
pub mod host;
pub mod import;
pub mod letterboxd;
pub mod state;
pub mod work;
