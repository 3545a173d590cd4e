//! The on-demand module's entry point (`filmcard-extra.js` and `filmcard-extra_bg.wasm` in the
//! bundle): what few cards need, kept out of the module every reader downloads. The card fetches
//! it from beside the bundle only when it needs it (`src/embed/extra.rs`); it touches no page, it
//! only reads the text it is handed.

/// The first schema.org Movie in the page's JSON-LD blocks, read for a card with
/// `source="ld+json"`, as text for `filmcard::json_ld::film_from_handover`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = readJsonLd)]
pub fn read_json_ld(blocks: Vec<String>, page_url: &str) -> String {
    filmcard::json_ld::handover(&blocks, page_url)
}

/// Why the film data `text` was refused, in the full validator's words, as `[path, message]`
/// (empty when it is accepted): the reader's bundle leaves the texts out
/// (`filmcard::data::error::terse`) and asks here when a card's data is refused.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = explainData)]
pub fn explain_data(text: &str) -> Vec<String> {
    match filmcard::data::parse(text) {
        Ok(_) => Vec::new(),
        Err(error) => vec![error.path, error.message],
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the on-demand module runs in a browser, beside the bundle");
}
