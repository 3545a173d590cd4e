//! What a card asks of the page ([`crate::host`]): moving the focus and the clipboard. The trailer
//! player has a file of its own ([`super::player`]).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};
use yew::NodeRef;

use super::hold::hold_in_view;
use super::taps;
use crate::host::FocusRequest;

/// Focuses the element the request names, first scrolling it to the top of the view, and
/// holding it there, when asked.
pub(super) fn focus(request: &FocusRequest) {
    if !taps::focus_held() {
        focus_on(&request.target, request.scroll);
    }
}

fn focus_on(target: &NodeRef, scroll: bool) {
    let Some(element) = target.cast::<Element>() else {
        return;
    };
    if scroll {
        element.scroll_into_view_with_bool(true);
        hold_in_view(&element);
    }
    if let Ok(element) = element.dyn_into::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Puts the page's address with `#fragment` on the clipboard, unless the loader did already.
/// Where there is no clipboard (pages
/// not served over HTTPS), the address bar shows the review's address instead, for the reader to
/// copy from there, and the answer is false.
pub(super) fn copy_link(fragment: &str) -> bool {
    // A tap on a prerendered card before the takeover: the loader copied the link then.
    if taps::take_copied() {
        return true;
    }
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // Read as a property, which is undefined where there is none (`Navigator::clipboard` assumes
    // one), and used as it is: one import in the glue rather than two.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|clipboard| !clipboard.is_undefined())
        .map(JsCast::unchecked_into::<web_sys::Clipboard>);
    let Ok(href) = window.location().href() else {
        return false;
    };
    let Some(clipboard) = clipboard else {
        let _ = window.location().set_hash(fragment);
        return false;
    };
    let page = href.split('#').next().unwrap_or_default();
    let written = clipboard.write_text(&format!("{page}#{fragment}"));
    // A refusal (no permission) needs no handling, only to not surface as an unhandled rejection.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(written).await;
    });
    true
}
