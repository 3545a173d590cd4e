//! The browser edge: the only code that knows about the host page.
//!
//! It finds the host elements ([`discover`]), reads their data source ([`source`]) and
//! attributes, hands plain strings to the pure core, mounts one Yew app per host into a shadow
//! root ([`mount`]), follows links to a review ([`links`]), does what a card asks of the page
//! ([`page_actions`]), fetches what few cards need from the on-demand module ([`extra`]), replays
//! what a reader did on a prerendered card before it took the card over ([`taps`]), and reports
//! back to the host page with `filmcard:*` events ([`events`]).
//! Every part shares the one registry of this module.

mod discover;
mod events;
mod extra;
/// The browser's grapheme clusters, which the views hand to the core's excerpt.
pub mod graphemes;
mod links;
mod mount;
mod page_actions;
mod source;
mod taps;

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use web_sys::{CssStyleSheet, Document, Element, IntersectionObserver};
use yew::AppHandle;

use crate::components::widget::{Widget, WidgetData};
use crate::components::Shared;
use crate::config::Config;
use crate::host::HostActions;

pub use discover::mount_all;
pub use mount::{host_actions_of, mount};

/// Elements that host a widget (from the contract the loader shares).
pub use crate::contract::HOST_SELECTOR;

/// The widget's own styles (`styles/tokens.css` and `styles/card.css`, minified in the bundle; see
/// `build.rs`), adopted by every shadow root.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

use crate::contract::CONSOLE_PREFIX;

/// A host this instance has mounted, and the app rendering into it.
struct Mounted {
    host: Element,
    app: AppHandle<Widget>,
    config: Shared<Config>,
    /// What the app shows, kept to re-render it when the page's URL fragment changes.
    data: WidgetData,
    /// The card's way to the page, made once: the same callbacks on every render, so a new
    /// render of the app re-renders only the views whose own props changed.
    actions: HostActions,
}

struct Registry {
    mounted: Vec<Mounted>,
    /// Lazy hosts not yet near the viewport, watched by `near_viewport`.
    waiting: Vec<Element>,
    near_viewport: Option<IntersectionObserver>,
    /// Whether every host is found by watching the page, because `<film-card>` is not this
    /// instance's element (another copy of the widget defined it, or the page has no custom
    /// elements).
    watch_all_hosts: bool,
    /// Whether a pass that releases hosts that left the page is already queued.
    release_queued: bool,
    /// A review a link scrolled to, and when (`Date.now()`), kept in view until the reader moves
    /// (see `links::hold_in_view`).
    held_in_view: Option<(Element, f64)>,
    hold_listening: bool,
    next_id: usize,
    /// The shared stylesheet: parsed once, adopted by every shadow root.
    sheet: Option<CssStyleSheet>,
}

impl Registry {
    const EMPTY: Self = Self {
        mounted: Vec::new(),
        waiting: Vec::new(),
        near_viewport: None,
        watch_all_hosts: false,
        release_queued: false,
        held_in_view: None,
        hold_listening: false,
        next_id: 0,
        sheet: None,
    };
}

thread_local! {
    // Initialised as a constant: each of the many `REGISTRY.with` would otherwise carry its own
    // copy of the first-use check and initialisation.
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry::EMPTY) };
}

/// Set by the first panic, or when the wasm traps ([`stop`]). The release
/// build aborts on panic, so the instance's state may be half-updated afterwards: it then does
/// nothing more, and what is on the page stays readable.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Stops the widget; whether it had stopped already. The glue's watch on traps
/// (`src/embed/trap.js`) calls it when this instance traps (a `WebAssembly.RuntimeError`): a build
/// that aborts at once on a panic runs no panic hook, so the watch says what happened. It touches
/// nothing but the flag, so it is safe to call into an instance a trap interrupted.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stop() -> bool {
    STOPPED.swap(true, Ordering::SeqCst)
}

/// Set by the first [`start`]: the element is defined, and the page watched, once.
static STARTED: AtomicBool = AtomicBool::new(false);

fn stopped() -> bool {
    STOPPED.load(Ordering::SeqCst)
}

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
            console_error(&format!("{} ({info})", crate::contract::STOPPED_MESSAGE));
        }
    }));
    discover::start();
    links::follow_review_links();
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|window| window.document())
}

fn console_error(message: &str) {
    gloo_console::error!(format!("{CONSOLE_PREFIX}{message}"));
}

fn console_warn(message: &str) {
    gloo_console::warn!(format!("{CONSOLE_PREFIX}{message}"));
}
