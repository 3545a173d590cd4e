//! What a card asks of the page ([`crate::host`]): moving the focus, the clipboard, the trailer's
//! modal dialog, and keeping the page still behind it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlDialogElement, HtmlElement};
use yew::NodeRef;

use super::hold::hold_in_view;
use super::page::document;
use super::taps;
use crate::host::{DialogRequest, FocusRequest};

thread_local! {
    /// The page's own `overflow` style while a trailer dialog keeps it from scrolling. Apart from
    /// the registry, because apps render, and so ask for this, while the registry is borrowed.
    static SCROLL_LOCK: RefCell<Option<String>> = const { RefCell::new(None) };
}

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

/// Opens or closes the trailer's dialog, and gives the page and the focus back once it closed.
pub(super) fn handle_dialog(request: DialogRequest) {
    match request {
        DialogRequest::Open(dialog) => {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                if dialog.show_modal().is_ok() {
                    lock_page_scroll(true);
                }
            }
        }
        DialogRequest::Close(dialog) => {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        }
        DialogRequest::Closed(button) => {
            lock_page_scroll(false);
            focus_on(&button, false);
        }
    }
}

/// Keeps the page behind an open dialog from scrolling, and gives it back its own `overflow`
/// afterwards.
fn lock_page_scroll(lock: bool) {
    let Some(root) = document()
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    SCROLL_LOCK.with(|saved_overflow| {
        let mut saved_overflow = saved_overflow.borrow_mut();
        match (lock, saved_overflow.take()) {
            (true, None) => {
                *saved_overflow = Some(style.get_property_value("overflow").unwrap_or_default());
                let _ = style.set_property("overflow", "hidden");
            }
            (true, Some(saved)) => *saved_overflow = Some(saved),
            // An empty value removes the declaration (CSSOM's `setProperty`), as
            // `removeProperty` would, without one more import in the glue.
            (false, Some(saved)) => {
                let _ = style.set_property("overflow", &saved);
            }
            (false, None) => {}
        }
    });
}
