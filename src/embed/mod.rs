//! The browser edge: the only code that knows about the host page.
//!
//! It finds the host elements ([`discover`]), reads their data source ([`source`]) and
//! attributes, hands plain strings to the pure core, mounts one Yew app per host into a shadow
//! root ([`mount`]), follows links to a review ([`links`]) and holds the linked review in view
//! ([`hold`]), does what a card asks of the page ([`page_actions`]), fetches what few cards need
//! from the on-demand module ([`extra`]), opens the trailer player ([`player`]), replays what a reader did on a prerendered card before
//! it took the card over ([`taps`]), and reports back to the host page with `filmcard:*` events
//! ([`events`]). One file owns the instance's state ([`registry`]); the others call into it, and
//! read the page through [`page`]. No file imports one that imports it back.

mod discover;
mod events;
mod extra;
mod hold;
mod links;
mod mount;
mod page;
mod page_actions;
mod player;
mod registry;
mod source;
mod taps;

pub use discover::mount_all;
pub use mount::{host_actions_of, mount};
pub use registry::stop;

/// Elements that host a widget (from the contract the loader shares).
pub use crate::contract::HOST_SELECTOR;

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the first [`start`]: the element is defined, and the page watched, once.
static STARTED: AtomicBool = AtomicBool::new(false);

/// Mounts every widget on the page, then keeps watching it; the bundle's `main`.
pub fn start() {
    if STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    // A build that aborts at once on a panic (the bundle, see scripts/dist.sh) runs no hook: the
    // glue's watch on traps reports it instead (src/embed/trap.js).
    #[cfg(not(panic = "immediate-abort"))]
    yew::set_custom_panic_hook(Box::new(|info| {
        if !stop() {
            page::console_error(&format!("{} ({info})", crate::contract::STOPPED_MESSAGE));
        }
    }));
    discover::start();
    links::follow_review_links();
}
