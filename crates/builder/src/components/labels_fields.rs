use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::text_field::TextField;
use crate::field::Placed;
use crate::form::FormState;
use filmcard_film::i18n::LABEL_KEYS;

/// Properties of [`LabelsFields`].
#[derive(Properties, PartialEq)]
pub struct LabelsFieldsProps {
    /// The form, for its label overrides.
    pub form: Rc<FormState>,
    /// Every message placed on a field; each field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
}

/// The label overrides, one field per label, folded away until asked for.
#[component]
pub fn LabelsFields(props: &LabelsFieldsProps) -> Html {
    let (messages, _) = field_messages("labels", &props.errors);
    html! {
        <details class="fc-b-section fc-b-labels" data-path="labels">
            <summary>{"Wording of the card's labels"}</summary>
            {messages}
            <p class="fc-b-hint">{"Blank keeps the wording of the card's language. {count}, {title}, {author} and {action} stand for what the card fills in."}</p>
            { for LABEL_KEYS.iter().map(|key| {
                let path = format!("labels.{key}");
                html! {
                    <TextField path={path} label={format!("Label {key}")}
                        value={AttrValue::from(props.form.label(key).to_owned())}
                        errors={props.errors.clone()} on_set={props.on_set.clone()} />
                }
            }) }
        </details>
    }
}
