//! `filmcard render film.json [--lang fr] …`: the prerendered card for static-site builds (see
//! `filmcard_prerender`, crates/prerender/). Natively a command; built for wasm32 it is the module that the Node
//! command (`dist/cli/filmcard.js`) runs.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::{Read, Write};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut read = |path: &str| {
        let mut text = String::new();
        if path == "-" {
            std::io::stdin().read_to_string(&mut text)
        } else {
            std::fs::File::open(path).and_then(|mut file| file.read_to_string(&mut text))
        }
        .map(|_| text)
        .map_err(|error| error.to_string())
    };
    match filmcard_prerender::cli::run(&args, &mut read) {
        Ok(snippet) => {
            let _ = std::io::stdout().write_all(snippet.as_bytes());
        }
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    }
}

// Keeps the library's exports (the Node command's `run`) in the module wasm-bindgen reads.
#[cfg(target_arch = "wasm32")]
fn main() {
    let _ = filmcard_prerender::node::run;
    let _ = filmcard_prerender::editor_edge::prerendered_for_editor;
}
