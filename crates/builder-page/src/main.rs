//! The card builder's entry point: wasm-bindgen runs `main` when its module is instantiated.

#[cfg(target_arch = "wasm32")]
fn main() {
    filmcard_builder_page::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the builder runs in a browser; `make serve` shows it at /builder/");
}
