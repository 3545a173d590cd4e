//! What few cards need, from the on-demand module (`contract::EXTRA_GLUE` and
//! `contract::EXTRA_WASM`, built from `src/bin/extra.rs`): fetched from beside the bundle the
//! first time a card needs it. Today that is the reader of the page's schema.org JSON-LD, for
//! `source="ld+json"`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::console_warn;
use crate::contract::{EXTRA_GLUE, EXTRA_WASM};
use crate::data::DataError;
use crate::json_ld;
use crate::model::Film;

#[wasm_bindgen(module = "/src/embed/extra.js")]
extern "C" {
    /// The on-demand module's reading of the JSON-LD blocks, as handover text.
    #[wasm_bindgen(js_name = readJsonLd)]
    fn read_json_ld(
        glue: &str,
        wasm: &str,
        blocks: js_sys::Array,
        page_url: &str,
    ) -> js_sys::Promise;
}

/// The page's JSON-LD Movie as the host's film, with one warning when parts of it were left out.
pub(super) async fn film_from_json_ld(host: &Element) -> Result<Film, DataError> {
    // Relative addresses in the JSON-LD are relative to the document, as its links are.
    let page_url = host
        .owner_document()
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    let blocks = json_ld_blocks(host);
    let handover = JsFuture::from(read_json_ld(EXTRA_GLUE, EXTRA_WASM, blocks, &page_url))
        .await
        .map_err(|_| {
            // The browser's own reason differs from engine to engine; this one is the same in
            // every engine, and says what to do.
            DataError::new(
                "source",
                format!(
                    "the page's JSON-LD could not be read: {EXTRA_GLUE}, the part of the widget \
                     that reads it, could not be loaded. Upload it beside filmcard.js with the \
                     bundle's other files; if the page has a Content-Security-Policy, its \
                     script-src must allow it"
                ),
            )
        })?;
    let Some(text) = handover.as_string() else {
        return Err(DataError::new(
            "source",
            format!("the page's JSON-LD could not be read: {EXTRA_GLUE} stopped after an internal error"),
        ));
    };
    let (film, warning) = json_ld::film_from_handover(&text)?;
    if let Some(warning) = warning {
        console_warn(&warning);
    }
    Ok(film)
}

/// The texts of the page's `application/ld+json` blocks.
fn json_ld_blocks(host: &Element) -> js_sys::Array {
    let blocks = js_sys::Array::new();
    let scripts = host.owner_document().and_then(|document| {
        document
            .query_selector_all("script[type='application/ld+json']")
            .ok()
    });
    if let Some(scripts) = scripts {
        for script in (0..scripts.length()).filter_map(|index| scripts.item(index)) {
            blocks.push(&super::source::text_content(&script));
        }
    }
    blocks
}
