//! The bundle's entry point: wasm-bindgen runs `main` when the module is instantiated.

// Talc rather than the default dlmalloc: parsing a film allocates a string per field and a node
// per object, and on a 5,000-review film the allocator was the largest single cost in the wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    filmcard::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filmcard: the widget runs in a browser; see README.md to build and serve it");
}
