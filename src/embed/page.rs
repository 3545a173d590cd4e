//! What the edge reads from the page around the cards and says to it: the document, the URL's
//! link to a review, an element's text, and the console.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Document;
use yew::AttrValue;

use crate::contract::CONSOLE_PREFIX;

pub(super) fn document() -> Option<Document> {
    web_sys::window().and_then(|window| window.document())
}

pub(super) fn console_error(message: &str) {
    gloo_console::error!(format!("{CONSOLE_PREFIX}{message}"));
}

pub(super) fn console_warn(message: &str) {
    gloo_console::warn!(format!("{CONSOLE_PREFIX}{message}"));
}

/// The anchor of the review the page's URL fragment names, if it names one.
pub(super) fn linked_review() -> Option<AttrValue> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let anchor = crate::model::Review::anchor_in(hash.strip_prefix('#')?)?;
    Some(AttrValue::from(anchor.to_owned()))
}

/// An element's `textContent` as the page holds it, not yet copied into the wasm. The one way the
/// edge reads an element's text (`Node::text_content` would be one more import in the glue).
pub(super) fn text_content(element: &JsValue) -> js_sys::JsString {
    js_sys::Reflect::get(element, &"textContent".into())
        .map(JsCast::unchecked_into)
        .unwrap_or_default()
}
