use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::field::{dom_id, Placed, IMPORT};
use crate::hooks::use_control_value::use_control_value;
use crate::host::BuilderHost;

/// Properties of [`ImportPanel`].
#[derive(Properties, PartialEq)]
pub struct ImportPanelProps {
    /// Every message placed on a field; the import box shows those about the text as a whole.
    pub errors: Rc<Vec<Placed>>,
    /// Called with the pasted or opened text.
    pub on_import: Callback<String>,
    /// The builder's way to the browser: reads the chosen file.
    pub host: BuilderHost,
}

/// Fills the form from film JSON, a page's JSON-LD `Movie` block, or a `.json` file.
#[component]
pub fn ImportPanel(props: &ImportPanelProps) -> Html {
    let text = use_state(String::new);
    let file = use_node_ref();
    let id = dom_id("field", IMPORT);
    let file_id = dom_id("file", IMPORT);
    let (messages, described) = field_messages(IMPORT, &props.errors);
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = described.is_some().then_some("true");
    let read = use_control_value();
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(read.emit(event.into()));
        })
    };
    let on_fill = {
        let text = text.clone();
        let on_import = props.on_import.clone();
        Callback::from(move |_: MouseEvent| on_import.emit((*text).clone()))
    };
    let on_file = {
        let on_open_file = props.host.on_open_file.clone();
        let on_import = props.on_import.clone();
        let file = file.clone();
        Callback::from(move |_: Event| on_open_file.emit((file.clone(), on_import.clone())))
    };
    html! {
        <details class="fc-b-section fc-b-import" data-path={IMPORT}>
            <summary>{"Start from data you have"}</summary>
            <div class="fc-b-field">
                <label for={id.clone()}>{"Film JSON, or a page's JSON-LD Movie block"}</label>
                <textarea id={id} rows="6" value={(*text).clone()} oninput={on_input}
                    aria-invalid={invalid} aria-describedby={described} />
                {messages}
            </div>
            <button type="button" onclick={on_fill}>{"Fill in the form"}</button>
            <div class="fc-b-field">
                <label for={file_id.clone()}>{"Or open a .json file"}</label>
                <input id={file_id} ref={file} type="file" accept=".json,.jsonld,application/json,application/ld+json" onchange={on_file} />
            </div>
        </details>
    }
}
