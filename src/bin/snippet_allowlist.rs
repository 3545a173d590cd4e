//! Writes the WordPress plugin's `snippet-allowlist.json`: the card's own elements, attributes
//! and classes, collected from the prerenderer's markup (src/prerender/allowlist.rs). A test
//! fails when the committed file differs from what this prints.
//!
//! cargo run --locked --features prerender --bin snippet-allowlist > integrations/wordpress/filmcard/snippet-allowlist.json

fn main() {
    println!("{:#}", filmcard::prerender::allowlist::snippet_allowlist());
}
