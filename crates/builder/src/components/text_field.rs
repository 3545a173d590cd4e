use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::field::{dom_id, Placed};
use crate::form::fields::{Field, Kind};
use crate::hooks::use_control_value::use_control_value;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The field's path, as the data's errors name it (`reviews[2].author`).
    pub path: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The text in the field.
    pub value: AttrValue,
    /// A line under the label on what the field takes.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A text area rather than a one-line input.
    #[prop_or_default]
    pub multiline: bool,
    /// The input's type: `text`, `url` or `number`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Whether the field must be filled in for the card to show.
    #[prop_or_default]
    pub required: bool,
    /// Every message placed on a field; the field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
}

/// A labelled text field with its hint and the messages placed on it.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = dom_id("field", &props.path);
    let hint_id = dom_id("hint", &props.path);
    let (messages, described) = field_messages(&props.path, &props.errors);
    let described_by: Vec<String> = props
        .hint
        .iter()
        .map(|_| hint_id.clone())
        .chain(described)
        .collect();
    let invalid = props
        .errors
        .iter()
        .any(|placed| placed.field == props.path.as_str());
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let read = use_control_value();
    let on_input = {
        let path = props.path.clone();
        let on_set = props.on_set.clone();
        Callback::from(move |event: InputEvent| {
            on_set.emit((path.to_string(), read.emit(event.into())));
        })
    };
    let invalid_attr = invalid.then_some("true");
    html! {
        <div class={classes!("fc-b-field", invalid.then_some("fc-b-field--invalid"))} data-path={props.path.clone()}>
            <label for={id.clone()}>
                {props.label.clone()}
                if props.required { <span class="fc-b-required">{" (required)"}</span> }
            </label>
            if let Some(hint) = &props.hint {
                <p class="fc-b-hint" id={hint_id}>{hint.clone()}</p>
            }
            if props.multiline {
                <textarea id={id} rows="5" value={props.value.clone()} oninput={on_input}
                    aria-invalid={invalid_attr} aria-describedby={described_by} />
            } else {
                <input id={id} type={props.kind.clone()} value={props.value.clone()} oninput={on_input}
                    step={(props.kind.as_str() == "number").then_some("any")}
                    aria-invalid={invalid_attr} aria-describedby={described_by} />
            }
            {messages}
        </div>
    }
}

/// The [`TextField`] of a field of the form's tables ([`crate::form::fields`]) at `path`, with
/// the text `holder` (the form, a review) keeps in it.
pub fn table_field<T>(
    field: &'static Field<T>,
    path: AttrValue,
    holder: &T,
    errors: &Rc<Vec<Placed>>,
    on_set: &Callback<(String, String)>,
) -> Html {
    let kind = match field.kind {
        Kind::Url => "url",
        Kind::Number => "number",
        Kind::Text | Kind::Multiline | Kind::Choice => "text",
    };
    html! {
        <TextField {path} label={field.label} hint={field.hint.map(AttrValue::Static)} kind={kind}
            required={field.required} multiline={field.kind == Kind::Multiline}
            value={AttrValue::from((field.text)(holder).clone())} errors={errors.clone()} on_set={on_set.clone()} />
    }
}
