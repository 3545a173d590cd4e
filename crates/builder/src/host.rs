//! What the builder asks of the browser. The views only describe it; the builder's page
//! (`filmcard-builder-page`, the only builder code touching the browser) does it, so the views
//! render and test natively, and this crate depends on no browser binding. Every callback
//! defaults to what a server-rendered page can do: nothing, or the card in place.

use yew::{html, AttrValue, Callback, Event, Html, NodeRef};

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
    /// Moves the focus to the control of the field at a path (inside the given form).
    pub on_focus_field: Callback<(NodeRef, String)>,
    /// Keeps the draft, so it survives a reload.
    pub on_save_draft: Callback<String>,
    /// The value of the control an event came from, as the form holds it: an input's, a text
    /// area's or a select's text; a checkbox's `true` or `false`.
    pub read_control: Callback<Event, String>,
    /// Renders a preview card's pane: the page's gives it a shadow root with the card's
    /// stylesheet, as a page's card has, and renders the card into it.
    pub render_pane: Callback<Pane, Html>,
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
            on_focus_field: Callback::noop(),
            on_save_draft: Callback::noop(),
            read_control: Callback::from(|_| String::new()),
            render_pane: Callback::from(|pane: Pane| {
                pane.boxed(NodeRef::default(), pane.card.clone())
            }),
            graphemes: Segmenter::default(),
        }
    }
}

/// A preview card and the theme its pane shows it in, for [`BuilderHost::render_pane`].
#[derive(Clone, PartialEq)]
pub struct Pane {
    /// `light` or `dark`.
    pub theme: AttrValue,
    /// The card.
    pub card: Html,
}

impl Pane {
    /// The pane's box (the element a page's card would be) at `node`, holding `inside`: the
    /// card in place, or the host's portal of it into the box's shadow root.
    pub fn boxed(&self, node: NodeRef, inside: Html) -> Html {
        html! {
            <div ref={node} class="fc-b-preview__card" theme={self.theme.clone()}>{inside}</div>
        }
    }
}
