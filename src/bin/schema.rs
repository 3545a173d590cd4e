//! The WordPress block's JSON-LD module (`schema/filmcard-schema.js` and its wasm in the plugin):
//! the block editor hands it the Film card block's JSON whenever the author edits it, and keeps
//! the JSON-LD text it returns in the block, for the plugin to write in the post's head. The same
//! mapping as the builder's export and `filmcard render --json-ld` (`filmcard::schema`); readers
//! never download it.

/// The film data `json` as schema.org JSON-LD text (`filmcard::schema::json_ld_text`), or why the
/// card refuses the data (`path: message`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = jsonLdText)]
pub fn json_ld_text(json: &str) -> Result<String, String> {
    filmcard::data::parse(json)
        .map(|film| filmcard::schema::json_ld_text(&film))
        .map_err(|error| error.to_string())
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "filmcard: this module runs in the WordPress block editor; `filmcard render FILM.json --json-ld` writes the same block"
    );
}
