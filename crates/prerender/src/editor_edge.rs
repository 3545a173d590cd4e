//! The WordPress block editor's edge of the prerenderer (the plugin's `prerender/` module, the
//! Node command's wasm built for the browser): the film's JSON and the card's options in, the
//! card's markup and its key out, as JSON text (see [`super::editor`]).

use wasm_bindgen::prelude::*;

/// For the block editor: the card for `json` with the options in `attributes` (a JSON object of
/// attribute names and values), as JSON text `{ "widget", "key", "renderer" }`; or why not.
#[wasm_bindgen(js_name = prerendered)]
pub fn prerendered_for_editor(json: &str, attributes: &str) -> Result<String, String> {
    let options: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(attributes).map_err(|error| error.to_string())?;
    let attributes: Vec<(String, String)> = options
        .into_iter()
        .filter_map(|(name, value)| value.as_str().map(|value| (name, value.to_owned())))
        .collect();
    let card = super::editor::prerendered(json, &attributes).map_err(|error| error.to_string())?;
    Ok(
        serde_json::json!({ "widget": card.widget, "key": card.key, "renderer": super::editor::RENDERER })
            .to_string(),
    )
}
