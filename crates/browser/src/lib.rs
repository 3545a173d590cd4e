//! What the browser edges share: the reader's bundle (`src/embed/`) and the card builder's page
//! (`crates/builder/`) both give a card a shadow root with the card's stylesheet and hand the
//! views the browser's grapheme clusters. Here once, so the builder does not depend on the
//! reader's bundle and the bundle does not depend on the builder.

#![warn(missing_docs)]

#[cfg(target_arch = "wasm32")]
pub mod graphemes;

/// The card's own styles (`styles/tokens.css` and `styles/card.css`, minified in the bundle; see
/// `build.rs`), adopted by every card's shadow root.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));
