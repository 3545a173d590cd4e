//! Writes the WordPress plugin's `snippet-allowlist.json`: the card's own elements, attributes
//! and classes, collected from the prerenderer's markup (crates/prerender/src/allowlist.rs). A test
//! fails when the committed file differs from what this prints.
//!
//! cargo run --locked -p filmcard-prerender --bin snippet-allowlist > integrations/wordpress/filmcard/snippet-allowlist.json

fn main() {
    println!("{:#}", filmcard_prerender::allowlist::snippet_allowlist());
}
