//! What a card asks of the page around it. The views only describe what should happen; the
//! browser edge (the bundle's `src/embed/`) does it, so the views stay testable without a browser.

use yew::{Callback, NodeRef};

use crate::state::ReviewToggle;
use crate::text::Segmenter;

/// The callbacks through which a card reaches the page. Every one defaults to doing nothing, as
/// in the server-rendered tests.
#[derive(Clone, PartialEq)]
pub struct HostActions {
    /// The card is in the page; called with the film's title.
    pub on_ready: Callback<String>,
    /// A reader expanded or collapsed a review.
    pub on_toggle: Callback<ReviewToggle>,
    /// Move the focus to an element of the card, scrolling it into view if asked.
    pub on_focus: Callback<FocusRequest>,
    /// Put the address of the page with this fragment (`review-…`) on the clipboard; returns
    /// whether the clipboard took the request.
    pub on_copy_link: Callback<String, bool>,
    /// Open or close the trailer dialog.
    pub on_dialog: Callback<DialogRequest>,
    /// Where grapheme clusters start, for review excerpts: the browser's, from the edge.
    pub graphemes: Segmenter,
}

impl Default for HostActions {
    fn default() -> Self {
        Self {
            on_ready: Callback::noop(),
            on_toggle: Callback::noop(),
            on_focus: Callback::noop(),
            on_copy_link: Callback::from(|_| false),
            on_dialog: Callback::noop(),
            graphemes: Segmenter::default(),
        }
    }
}

/// Where the focus should go.
#[derive(Debug, Clone, PartialEq)]
pub struct FocusRequest {
    /// The element, as the view that rendered it holds it.
    pub target: NodeRef,
    /// Whether to scroll it to the top of the view, as for a link to it.
    pub scroll: bool,
}

/// What the trailer dialog needs from the page. Each names its element by the `NodeRef` the
/// view rendered it with, so the edge needs no id to find it again.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogRequest {
    /// This dialog is in the card: show it as a modal and keep the page behind from scrolling.
    Open(NodeRef),
    /// The reader pressed its close button: close this dialog.
    Close(NodeRef),
    /// The dialog has closed: let the page scroll again and focus this element, the button that
    /// opened it.
    Closed(NodeRef),
}
