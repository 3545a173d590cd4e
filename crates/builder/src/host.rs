//! What the builder asks of the browser. The views only describe it; the builder's edge
//! ([`super::edge`], the only builder code touching the browser) does it, so the views render
//! and test natively. Every callback defaults to doing nothing, as in the server-rendered tests.

use yew::{Callback, NodeRef};

use super::edge::controls::PageElement;
use filmcard_film::text::Segmenter;

/// The builder's way to the browser.
#[derive(Clone, PartialEq)]
pub struct BuilderHost {
    /// Puts text on the clipboard; whether the clipboard took it.
    pub on_copy: Callback<String, bool>,
    /// Offers text as a file to download: `(file name, text)`.
    pub on_download: Callback<(String, String)>,
    /// Reads the file chosen in a file input, then hands its text to the callback.
    pub on_open_file: Callback<(NodeRef, Callback<String>)>,
    /// Reads the file chosen in a file input, then hands its bytes to the callback (a `.zip`
    /// is not text).
    pub on_open_bytes: Callback<(NodeRef, Callback<Vec<u8>>)>,
    /// Gives a preview's element a shadow root with the card's stylesheet, as a page's card
    /// has, and returns the element to render the card into.
    pub on_attach: Callback<NodeRef, Option<PageElement>>,
    /// Moves the focus to the control of the field at a path (inside the given form).
    pub on_focus_field: Callback<(NodeRef, String)>,
    /// Keeps the draft, so it survives a reload.
    pub on_save_draft: Callback<String>,
    /// Where grapheme clusters start, for the preview's excerpts: the browser's, as on a page.
    pub graphemes: Segmenter,
}

impl Default for BuilderHost {
    fn default() -> Self {
        Self {
            on_copy: Callback::from(|_| false),
            on_download: Callback::noop(),
            on_open_file: Callback::noop(),
            on_open_bytes: Callback::noop(),
            on_attach: Callback::from(|_| None),
            on_focus_field: Callback::noop(),
            on_save_draft: Callback::noop(),
            graphemes: Segmenter::default(),
        }
    }
}
