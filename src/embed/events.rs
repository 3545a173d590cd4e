//! The `filmcard:*` events the host page hears, dispatched on the host element.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::page::console_error;
use crate::components::widget::WidgetData;
use crate::contract;
use crate::state::ReviewToggle;

/// `filmcard:ready`: the card is rendered.
pub(super) fn ready(host: &Element, title: String) {
    dispatch(host, contract::EVENT_READY, &[("title", title.into())]);
}

/// `filmcard:toggle`: a reader expanded or collapsed a review.
pub(super) fn toggled(host: &Element, toggle: ReviewToggle) {
    dispatch(
        host,
        contract::EVENT_TOGGLE,
        &[
            ("id", toggle.review_id.into()),
            ("expanded", toggle.expanded.into()),
        ],
    );
}

/// `filmcard:error`, with the same message on the console, when the data was refused or could
/// not be loaded.
pub(super) fn report_failure(host: &Element, data: &WidgetData) {
    if let WidgetData::Failed(error) = data {
        let message = error.to_string();
        console_error(&message);
        dispatch(host, contract::EVENT_ERROR, &[("message", message.into())]);
    }
}

/// Dispatches a bubbling, composed `CustomEvent` on the host with `detail` as a plain object.
fn dispatch(host: &Element, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
