//! What the builder's views read from their controls' events, and the page element a preview
//! renders into: the browser's types, named here only.

use yew::{Event, InputEvent, TargetCast};

/// An element of the page, as a preview card's shadow root holds the card.
pub type PageElement = web_sys::Element;

/// The text of the `<input>` an `input` event came from.
pub fn input_text(event: &InputEvent) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// The text of the `<textarea>` an `input` event came from.
pub fn text_area_text(event: &InputEvent) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
        .value()
}

/// The value of the `<select>` a `change` event came from.
pub fn selected(event: &Event) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// The value of the `<input>` (a radio button) a `change` event came from.
pub fn changed_value(event: &Event) -> String {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// Whether the checkbox a `change` event came from is now checked.
pub fn checked(event: &Event) -> bool {
    event
        .target_unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}
