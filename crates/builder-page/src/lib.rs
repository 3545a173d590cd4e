//! The card builder's page: the only builder code that touches the browser. It gives the
//! builder's views (`filmcard_builder`, which depends on no browser binding) the page's side of
//! every [`filmcard_builder::host::BuilderHost`] callback ([`host`]) and mounts the builder
//! ([`start`], called by the page's wasm entry, `src/main.rs`). Natively it is empty: the
//! builder runs in a browser.

#![warn(missing_docs)]

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod controls;
#[cfg(target_arch = "wasm32")]
mod pane;

#[cfg(target_arch = "wasm32")]
pub use browser::{host, start};
