//! The demo page's entry point: mounts every film card on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    filmcard::embed::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the widget runs in a browser; build and serve it with `make serve`");
}
