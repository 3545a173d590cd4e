//! The browser's grapheme clusters (`Intl.Segmenter`), which the edges hand to the core's excerpt
//! (`crates/film/src/text.rs`) in the bundle: its Unicode tables are the browser's, so the wasm
//! carries none.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/graphemes.js")]
extern "C" {
    /// Where the first `count` grapheme clusters of `text` start, in UTF-16 code units.
    #[wasm_bindgen(js_name = graphemeStarts)]
    fn grapheme_starts_utf16(text: &str, count: u32) -> Vec<u32>;
}

/// The byte offsets at which the first `count` grapheme clusters of `text` start (fewer when the
/// text has fewer).
pub fn grapheme_starts(text: &str, count: usize) -> Vec<usize> {
    let units = grapheme_starts_utf16(text, u32::try_from(count).unwrap_or(u32::MAX));
    let mut wanted = units.iter().copied().peekable();
    let mut starts = Vec::with_capacity(units.len());
    let mut unit = 0;
    for (byte, character) in text.char_indices() {
        if wanted.peek().is_none() {
            break;
        }
        if wanted.peek() == Some(&unit) {
            starts.push(byte);
            wanted.next();
        }
        unit += character.len_utf16() as u32;
    }
    starts
}
