//! The card builder: a page where a blogger fills in a form, watches the real card change, and
//! copies the snippet for a post, without writing JSON.
//!
//! The form holds text as typed ([`form`]), addressed by the data's own paths ([`field`]) so
//! the card's errors ([`filmcard_film::data::DataError`]) land on the fields they name; the
//! card's own validator judges it and the card's own components preview it. [`import`] fills the form
//! from film JSON or JSON-LD; [`export`] writes the snippet and the JSON-LD. [`state`] holds the
//! reducer. Only [`edge`] touches the browser (storage, clipboard, files, downloads, shadow
//! roots); everything else builds and tests natively. Its entry point is `src/main.rs`, a wasm
//! of its own; the reader's bundle does not depend on this crate, so it cannot carry any of it.

#![warn(missing_docs)]

pub mod components;
pub mod edge;
pub mod export;
pub mod field;
pub mod form;
pub mod hooks;
pub mod host;
pub mod import;
pub mod letterboxd;
pub mod state;
pub mod work;
