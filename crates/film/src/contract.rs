//! What the page-side loader (`web/`) must know about the card, defined once.
//!
//! The loader runs before the wasm arrives: it finds the hosts, reserves each card's height from
//! its inline data and the attributes, starts the widget once a card is near, and shows a plain
//! fallback when the wasm cannot run. Every fact it shares with the card lives here, and the build
//! tooling (`crates/tooling/`) writes them out as the loader's `contract.js` when the bundle is
//! built, with a table of sample inputs and the card's verdicts on them, which the loader's own
//! tests check its rules against. Facts only: this file imports nothing of the card.

use std::ops::RangeInclusive;

/// The elements that hold a card.
pub const HOST_SELECTOR: &str = "film-card, [data-filmcard]";
/// A host's inline data: a child JSON script.
pub const INLINE_DATA_SELECTOR: &str = ":scope > script[type='application/json']";
/// What every console message of the widget starts with.
pub const CONSOLE_PREFIX: &str = "filmcard: ";
/// The one console message after an internal error, which stops the widget (the reason follows
/// in brackets): written by the widget's panic hook where one runs, else by the glue's watch on
/// traps (`src/embed/trap.js`) when the wasm traps.
pub const STOPPED_MESSAGE: &str =
    "the widget stopped after an internal error; the cards already shown stay readable";
/// Dispatched on a host once its card is rendered.
pub const EVENT_READY: &str = "filmcard:ready";
/// Dispatched on a host when a reader expands or collapses a review.
pub const EVENT_TOGGLE: &str = "filmcard:toggle";
/// Dispatched on a host when its data was refused or could not be loaded.
pub const EVENT_ERROR: &str = "filmcard:error";
/// Inline data longer than this many UTF-16 code units is read in steps by the widget (a
/// 5,000-review film is 2.8 MB, and reading and checking it at once held the page's main thread for
/// a quarter of a second), and only its head by the loader's estimate.
pub const BIG_INLINE_DATA: u32 = 100_000;
/// How far from the viewport, in CSS pixels, a lazy card starts to render: the distance Chromium
/// starts loading lazy images at on a fast connection, so the card is ready before the reader
/// scrolls to it. The loader starts downloading the wasm at the same distance.
pub const NEAR_VIEWPORT_PX: u32 = 1250;
/// What a review's element id and URL fragment start with.
pub const FRAGMENT_PREFIX: &str = "review-";
/// What a prerendered card's shadow root holds (`filmcard render`), as the widget renders it: the
/// loader listens there for the reader's taps until the widget renders over it.
pub const PRERENDERED_SELECTOR: &str = ".fc-root";
/// The controls of a card, in document order. The widget renders a prerendered card's markup
/// again, so a control is found again by its position among them: the one that had the focus,
/// and each one tapped before the takeover.
pub const CONTROLS_SELECTOR: &str = "a[href], button, [tabindex]";
/// A review's "Copy link" button: the loader copies the link itself, while the reader's tap
/// still lets a page write to the clipboard.
pub const COPY_LINK_SELECTOR: &str = ".fc-review__link";
/// The name (for `Symbol.for`) of the host's property where the loader leaves the taps on a
/// prerendered card before the takeover, for the widget to replay, each once.
pub const TAPS_KEY: &str = "filmcard.taps";
/// The on-demand module: what few cards need (the reader of the page's JSON-LD, for
/// `source="ld+json"`) is a second wasm module, not in the bundle every reader downloads. This is
/// its name as wasm-bindgen writes it (`scripts/dist.sh` builds it beside the bundle).
pub const EXTRA_MODULE: &str = "filmcard-extra";
/// The on-demand module's glue, fetched only when a card needs it, from beside the bundle: the
/// address is this name resolved against the bundle's own glue (`filmcard-core.js`), wherever it
/// is served from.
pub const EXTRA_GLUE: &str = "filmcard-extra.js";
/// The on-demand module's wasm, resolved as [`EXTRA_GLUE`] is.
pub const EXTRA_WASM: &str = "filmcard-extra_bg.wasm";
/// The trailer player: the modal dialog with the video host's player in it, a script of its own
/// that only a reader who reaches for "Play trailer" (points at it, focuses it or presses it)
/// downloads, once for every card on the page, from beside the bundle (resolved as
/// [`EXTRA_GLUE`] is).
pub const PLAYER_SCRIPT: &str = "filmcard-player.js";

/// A whole-number attribute: its name, default and accepted range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    /// The attribute's name.
    pub name: &'static str,
    /// The value when the attribute is absent or invalid.
    pub default: u32,
    /// The smallest accepted value.
    pub min: u32,
    /// The largest accepted value.
    pub max: u32,
}

impl Whole {
    /// The accepted values.
    pub fn range(&self) -> RangeInclusive<u32> {
        self.min..=self.max
    }

    /// The attribute's value when `value` is a whole number in range (decimal digits with an
    /// optional `+`, white space around them allowed); `None` otherwise.
    pub fn parse(&self, value: &str) -> Option<u32> {
        let number = value.trim().parse::<u64>().ok()?;
        u32::try_from(number)
            .ok()
            .filter(|n| self.range().contains(n))
    }
}

/// An attribute that takes one of two words: the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Either {
    /// The attribute's name.
    pub name: &'static str,
    /// The words, the default first.
    pub words: [&'static str; 2],
}

impl Either {
    /// Whether `value` says the default (`Some(true)`), the other word (`Some(false)`), or
    /// neither (`None`); white space around the word is allowed.
    pub fn parse(&self, value: &str) -> Option<bool> {
        match value.trim() {
            word if word == self.words[0] => Some(true),
            word if word == self.words[1] => Some(false),
            _ => None,
        }
    }
}

/// Reviews longer than this many grapheme clusters are collapsed behind "View More".
pub const COLLAPSE_AT: Whole = Whole {
    name: "collapse-at",
    default: 300,
    min: 20,
    max: 100_000,
};
/// How many reviews show before "Show all".
pub const MAX_REVIEWS: Whole = Whole {
    name: "max-reviews",
    default: 10,
    min: 1,
    max: u32::MAX,
};
/// The film title's heading level.
pub const HEADING_LEVEL: Whole = Whole {
    name: "heading-level",
    default: 2,
    min: 1,
    max: 5,
};
/// `player` (a YouTube or Vimeo trailer plays on the card) or `link`.
pub const TRAILER: Either = Either {
    name: "trailer",
    words: ["player", "link"],
};
/// `lazy` (render once near the viewport) or `eager`.
pub const LOADING: Either = Either {
    name: "loading",
    words: ["lazy", "eager"],
};

/// The `theme` attribute's words (the stylesheet applies them; without one the card follows the
/// reader's setting).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];
