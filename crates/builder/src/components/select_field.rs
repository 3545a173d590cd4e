use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::field::{dom_id, Placed};
use crate::hooks::use_control_value::use_control_value;

/// Properties of [`SelectField`].
#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// The field's path (`options.sort`, `reviews[0].rating.kind`).
    pub path: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The chosen value.
    pub value: AttrValue,
    /// The choices, `(value, text)`.
    pub choices: Rc<Vec<(AttrValue, AttrValue)>>,
    /// Every message placed on a field; the field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, value)` when the choice changes.
    pub on_set: Callback<(String, String)>,
}

/// A labelled select with the messages placed on it.
#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let id = dom_id("field", &props.path);
    let (messages, described) = field_messages(&props.path, &props.errors);
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = described.is_some().then_some("true");
    let read = use_control_value();
    let on_change = {
        let path = props.path.clone();
        let on_set = props.on_set.clone();
        Callback::from(move |event: Event| {
            on_set.emit((path.to_string(), read.emit(event)));
        })
    };
    html! {
        <div class="fc-b-field" data-path={props.path.clone()}>
            <label for={id.clone()}>{props.label.clone()}</label>
            <select id={id} onchange={on_change} aria-invalid={invalid} aria-describedby={described}>
                { for props.choices.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{text.clone()}</option>
                }) }
            </select>
            {messages}
        </div>
    }
}
