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

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the on-demand module runs in a browser, beside the bundle");
}
