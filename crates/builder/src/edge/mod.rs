//! The builder's browser edge, the only builder code naming the browser's bindings: the page's
//! side of every [`super::host::BuilderHost`] callback ([`browser`], in the browser only), and
//! what the views read from their controls' events and hold of the page ([`controls`], which
//! also builds natively so the views render and test without a browser).

#[cfg(target_arch = "wasm32")]
mod browser;
pub mod controls;

#[cfg(target_arch = "wasm32")]
pub use browser::{host, start};
