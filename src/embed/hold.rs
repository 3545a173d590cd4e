//! The review a link scrolled to, held at the top of the view while cards above it still grow.

use gloo_events::EventListener;
use web_sys::Element;

use super::registry;

/// How long a linked review is held in view at most, in milliseconds.
const HOLD_MS: f64 = 10_000.0;

/// Keeps a linked review at the top of the view while cards above it are still loading, until
/// the reader scrolls, taps, clicks or types, and for [`HOLD_MS`] at most: a card the page adds
/// long after must not move a reader whose screen reader scrolled without any of those events.
///
/// A card whose data arrives later (`src=`, inline data read in steps) grows above the review and
/// would push it out of view; the browser's scroll anchoring does not always make up for it,
/// as the widget's own hosts change size as they render.
pub(super) fn hold_in_view(element: &Element) {
    let first = registry::hold(element, js_sys::Date::now());
    let Some(window) = web_sys::window().filter(|_| first) else {
        return;
    };
    for event in ["wheel", "touchstart", "pointerdown", "keydown"] {
        // The listeners live as long as the page.
        EventListener::new(&window, event, |_| registry::let_go()).forget();
    }
}

/// After a card has shown data that came late, puts the held review back at the top of the view.
pub(super) fn restore_held_view() {
    wasm_bindgen_futures::spawn_local(async {
        // Queued after the render Yew has just scheduled, so this runs once the card has grown.
        let held = registry::held();
        let recent = |since: f64| js_sys::Date::now() - since < HOLD_MS;
        if let Some((element, _)) =
            held.filter(|(element, since)| element.is_connected() && recent(*since))
        {
            element.scroll_into_view_with_bool(true);
        }
    });
}
