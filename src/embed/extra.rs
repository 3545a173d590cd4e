//! What few cards need, from the on-demand module (`contract::EXTRA_GLUE` and
//! `contract::EXTRA_WASM`, built from `src/bin/extra.rs`): fetched from beside the bundle the
//! first time a card needs it. Today that is the reader of the page's schema.org JSON-LD, for
//! `source="ld+json"`; and, for the reader's bundle, which leaves the data validator's texts out
//! (`data::error::terse`), why a card's data was refused, in full.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::page::{console_warn, text_content};
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

    /// The on-demand module's full validator on the film data `text`: `[path, message]`.
    #[wasm_bindgen(js_name = explainData)]
    fn explain_data(glue: &str, wasm: &str, text: &str) -> js_sys::Promise;
}

/// `error`, the terse validator's refusal of the film data `text`, in full: the on-demand module's
/// validator reads the same text and says why, so the card shows what every other build shows.
/// When the module cannot be had, the card still names the place, and says what is missing.
/// Builds with the texts have nothing to ask.
pub(super) async fn explained(text: &str, error: DataError) -> DataError {
    if !cfg!(feature = "terse-errors") {
        return error;
    }
    let full = JsFuture::from(explain_data(EXTRA_GLUE, EXTRA_WASM, text))
        .await
        .ok()
        .and_then(|answer| answer.dyn_into::<js_sys::Array>().ok())
        .and_then(|answer| Some((answer.get(0).as_string()?, answer.get(1).as_string()?)));
    match full {
        Some((path, message)) => DataError::new(path, message),
        // The same words in every engine, whatever the browser's own reason.
        None => {
            let what = if error.message.is_empty() {
                "the film data was refused"
            } else {
                &error.message
            };
            let message = format!(
                "{what}; why is told by {EXTRA_GLUE}, which could not be loaded: upload it \
                 beside filmcard.js with the bundle's other files"
            );
            DataError::new(error.path, message)
        }
    }
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
            blocks.push(&text_content(&script));
        }
    }
    blocks
}
