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
    /// Get the trailer player ready, or open it.
    pub on_player: Callback<PlayerRequest>,
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
            on_player: Callback::noop(),
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

/// What the trailer player asks of the page. The player (a modal dialog holding the video host's
/// own player) is not part of the card: the edge builds it, from a script of its own that only a
/// reader who reaches for "Play trailer" downloads.
#[derive(Debug, Clone, PartialEq)]
pub enum PlayerRequest {
    /// The reader points at, or focuses, "Play trailer": get the player ready, so that a press
    /// opens it at once.
    Near,
    /// The reader pressed "Play trailer": open the player.
    Play(Play),
}

/// A trailer to play, with the words its dialog shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Play {
    /// The "Play trailer" button: the focus goes back to it when the dialog closes.
    pub button: NodeRef,
    /// The video host's player for the checked video ([`crate::video::Video::player_url`]).
    pub url: String,
    /// The trailer's name: the dialog's heading and the player's title.
    pub name: String,
    /// The dialog's close button, in the card's language.
    pub close: String,
    /// The id of the dialog's heading, unique on the page, which names the dialog.
    pub heading_id: String,
}
