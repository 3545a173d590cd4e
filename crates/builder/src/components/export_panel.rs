use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::export::{json_ld_block, json_ld_leaves_out, json_text, snippet};
use crate::hooks::use_control_value::use_control_value;
use crate::host::BuilderHost;
use filmcard_film::model::Film;

/// Properties of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The film JSON the form stands for.
    pub value: Rc<Value>,
    /// The film, when the card accepts it.
    pub film: Option<Rc<Film>>,
    /// The element's attributes.
    pub attributes: Rc<Vec<(String, String)>>,
    /// Where the snippet loads the bundle from.
    pub bundle: AttrValue,
    /// Sets the bundle's address.
    pub on_set_bundle: Callback<String>,
    /// Announces what a button did.
    pub on_announce: Callback<String>,
    /// The builder's way to the browser: the clipboard and downloads.
    pub host: BuilderHost,
}

/// The snippet for a post, the JSON to download, and the JSON-LD for the page's head.
#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let attributes: Vec<(&str, &str)> = props
        .attributes
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let snippet = snippet(&props.value, &attributes, &props.bundle);
    let ld = props.film.as_deref().map(json_ld_block);
    let copy = |text: String, what: &'static str| {
        let on_copy = props.host.on_copy.clone();
        let on_announce = props.on_announce.clone();
        Callback::from(move |_: MouseEvent| {
            let message = if on_copy.emit(text.clone()) {
                format!("{what} copied.")
            } else {
                format!("{what} could not be copied; select the text and copy it.")
            };
            on_announce.emit(message);
        })
    };
    let on_download = {
        let on_download = props.host.on_download.clone();
        let on_announce = props.on_announce.clone();
        let text = json_text(&props.value);
        let name = props
            .value
            .get("title")
            .and_then(Value::as_str)
            .map(file_name)
            .unwrap_or_else(|| "film.json".to_owned());
        Callback::from(move |_: MouseEvent| {
            on_download.emit((name.clone(), text.clone()));
            on_announce.emit(format!("{name} downloaded."));
        })
    };
    let read = use_control_value();
    let on_bundle = {
        let on_set_bundle = props.on_set_bundle.clone();
        Callback::from(move |event: InputEvent| {
            on_set_bundle.emit(read.emit(event.into()));
        })
    };
    let leaves_out = props
        .film
        .as_deref()
        .map(json_ld_leaves_out)
        .unwrap_or_default();
    html! {
        <section class="fc-b-section fc-b-export" aria-labelledby="fc-b-export-heading">
            <h2 id="fc-b-export-heading">{"Put it on a page"}</h2>
            if props.film.is_none() {
                <p class="fc-b-hint">{"The card shows an error box until the fields marked above are fixed."}</p>
            }
            <div class="fc-b-field" data-path="bundle">
                <label for="fc-b-bundle">{"Where the bundle is (the folder of filmcard.js)"}</label>
                <input id="fc-b-bundle" type="url" value={props.bundle.clone()} oninput={on_bundle} />
            </div>
            <div class="fc-b-field">
                <label for="fc-b-snippet">{"The snippet for the post"}</label>
                <textarea id="fc-b-snippet" class="fc-b-code" rows="10" readonly=true value={snippet.clone()} />
            </div>
            <div class="fc-b-actions">
                <button type="button" onclick={copy(snippet, "The snippet")}>{"Copy the snippet"}</button>
                <button type="button" onclick={on_download}>{"Download the JSON"}</button>
            </div>
            if let Some(ld) = ld {
                <div class="fc-b-field">
                    <label for="fc-b-json-ld">{"For the page's head: the film as schema.org JSON-LD"}</label>
                    <p class="fc-b-hint" id="fc-b-json-ld-hint">
                        {"Search engines read it, and a card written "}<code>{"<film-card source=\"ld+json\"></film-card>"}</code>
                        {" shows the film from it."}
                        if !leaves_out.is_empty() {
                            {format!(" It does not carry {}.", leaves_out.join(", "))}
                        }
                    </p>
                    <textarea id="fc-b-json-ld" class="fc-b-code" rows="8" readonly=true value={ld.clone()}
                        aria-describedby="fc-b-json-ld-hint" />
                </div>
                <button type="button" onclick={copy(ld, "The JSON-LD")}>{"Copy the JSON-LD"}</button>
            }
        </section>
    }
}

/// A file name from a film's title: `the-red-shoes.json`.
pub fn file_name(title: &str) -> String {
    let mut name = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(&word.to_lowercase());
    }
    if name.is_empty() {
        name.push_str("film");
    }
    name + ".json"
}
