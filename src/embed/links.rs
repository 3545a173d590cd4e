//! Links to a review (`#review-…`): the page's fragment handed to every card, followed when it
//! changes, and the linked review held in view while cards above it still grow.

use gloo_events::EventListener;
use web_sys::Element;
use yew::AttrValue;

use super::discover::mount_waiting;
use super::mount::show_linked_review;
use super::{stopped, REGISTRY};

/// How long a linked review is held in view at most, in milliseconds.
const HOLD_MS: f64 = 10_000.0;

/// The anchor of the review the page's URL fragment names, if it names one.
pub(super) fn linked_review() -> Option<AttrValue> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let anchor = crate::model::Review::anchor_in(hash.strip_prefix('#')?)?;
    Some(AttrValue::from(anchor.to_owned()))
}

/// Hands every card the new link when the URL fragment changes, so a link to a review on the same
/// page opens it too.
pub(super) fn follow_review_links() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The listener lives as long as the page.
    EventListener::new(&window, "hashchange", |_| {
        if stopped() {
            return;
        }
        if linked_review().is_some() {
            mount_waiting();
        }
        show_linked_review();
    })
    .forget();
}

/// Keeps a linked review at the top of the view while cards above it are still loading, until
/// the reader scrolls, taps, clicks or types, and for [`HOLD_MS`] at most: a card the page adds
/// long after must not move a reader whose screen reader scrolled without any of those events.
///
/// A card whose data arrives later (`src=`, or big inline data) grows above the review and
/// would push it out of view; the browser's scroll anchoring does not always make up for it,
/// as the widget's own hosts change size as they render.
pub(super) fn hold_in_view(element: &Element) {
    let first = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        let first = !registry.hold_listening;
        registry.hold_listening = true;
        registry.held_in_view = Some((element.clone(), js_sys::Date::now()));
        first
    });
    let Some(window) = web_sys::window().filter(|_| first) else {
        return;
    };
    for event in ["wheel", "touchstart", "pointerdown", "keydown"] {
        // The listeners live as long as the page.
        EventListener::new(&window, event, |_| {
            REGISTRY.with(|registry| registry.borrow_mut().held_in_view = None);
        })
        .forget();
    }
}

/// After a card has shown data that came late, puts the held review back at the top of the view.
pub(super) fn restore_held_view() {
    wasm_bindgen_futures::spawn_local(async {
        // Queued after the render Yew has just scheduled, so this runs once the card has grown.
        let held = REGISTRY.with(|registry| registry.borrow().held_in_view.clone());
        let recent = |since: f64| js_sys::Date::now() - since < HOLD_MS;
        if let Some((element, _)) =
            held.filter(|(element, since)| element.is_connected() && recent(*since))
        {
            element.scroll_into_view_with_bool(true);
        }
    });
}
