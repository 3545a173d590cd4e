//! The bundle's entry point: wasm-bindgen runs `main` when the module is instantiated.

#[cfg(target_arch = "wasm32")]
fn main() {
    filmcard::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the widget runs in a browser; see README.md to build and serve it");
}
