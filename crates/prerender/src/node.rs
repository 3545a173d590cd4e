//! The command for Node: `dist/cli/filmcard.js` calls [`run`] with its arguments.

use wasm_bindgen::prelude::*;

/// Runs `filmcard` with `args`, reading files through `read(path)`, which returns their text (or
/// throws); the snippet, or the message to print.
#[wasm_bindgen]
pub fn run(args: Vec<String>, read: &js_sys::Function) -> Result<String, String> {
    super::cli::run(&args, &mut |path| {
        read.call1(&JsValue::NULL, &JsValue::from_str(path))
            .map_err(|error| {
                js_sys::Reflect::get(&error, &"message".into())
                    .ok()
                    .and_then(|message| message.as_string())
                    .unwrap_or_else(|| "cannot be read".to_owned())
            })?
            .as_string()
            .ok_or_else(|| "cannot be read as text".to_owned())
    })
}
