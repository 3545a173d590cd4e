//! The one registry of this instance, and its only owner: the hosts it has mounted with the apps
//! rendering into them, the lazy hosts waiting to come near, the review a link holds in view, the
//! shared stylesheet, and whether the instance has stopped. The element's lifecycle
//! (`discover.rs`), mounting (`mount.rs`) and links (`hold.rs`) call the functions below; no other
//! file reaches the registry itself.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Element, IntersectionObserver};
use yew::{AppHandle, AttrValue};

use crate::components::widget::{Widget, WidgetData, WidgetProps};
use crate::components::Shared;
use crate::config::Config;
use crate::host::HostActions;

/// A host this instance has mounted, and the app rendering into it.
pub(super) struct Mounted {
    pub(super) host: Element,
    pub(super) app: AppHandle<Widget>,
    pub(super) config: Shared<Config>,
    /// What the app shows, kept to re-render it when the page's URL fragment changes.
    pub(super) data: WidgetData,
    /// The card's way to the page, made once: the same callbacks on every render, so a new
    /// render of the app re-renders only the views whose own props changed.
    pub(super) actions: HostActions,
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
    /// (see `hold.rs`).
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

fn with<T>(f: impl FnOnce(&mut Registry) -> T) -> T {
    REGISTRY.with(|registry| f(&mut registry.borrow_mut()))
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

/// Whether the instance has stopped: it then does nothing more.
pub(super) fn stopped() -> bool {
    STOPPED.load(Ordering::SeqCst)
}

/// The props of a mounted card's app.
pub(super) fn props(
    config: &Shared<Config>,
    data: WidgetData,
    actions: &HostActions,
    linked_review: Option<AttrValue>,
) -> WidgetProps {
    WidgetProps {
        data,
        config: config.clone(),
        linked_review,
        host: actions.clone(),
    }
}

// Mounted cards.

/// Whether this instance has mounted a card in `host`.
pub(super) fn is_mounted(host: &Element) -> bool {
    with(|registry| registry.mounted.iter().any(|m| &m.host == host))
}

/// The callbacks of the card mounted in `host`, if one is.
pub(super) fn actions_of(host: &Element) -> Option<HostActions> {
    with(|registry| {
        let mounted = registry.mounted.iter().find(|m| &m.host == host)?;
        Some(mounted.actions.clone())
    })
}

/// A prefix for element ids no other card of the page has.
pub(super) fn next_id_prefix() -> String {
    with(|registry| {
        registry.next_id += 1;
        format!("fc{}", registry.next_id)
    })
}

/// Keeps a card just mounted.
pub(super) fn add(mounted: Mounted) {
    with(|registry| registry.mounted.push(mounted));
}

/// Shows `data` in the card mounted in `host`, if it is still mounted.
pub(super) fn show(host: &Element, data: WidgetData, linked_review: Option<AttrValue>) {
    with(|registry| {
        if let Some(mounted) = registry.mounted.iter_mut().find(|m| &m.host == host) {
            mounted.data = data.clone();
            mounted.app.update(props(
                &mounted.config,
                data,
                &mounted.actions,
                linked_review,
            ));
        }
    });
}

/// Renders every card again with the page's link to a review. Only what changed renders again:
/// the callbacks are the ones the app was mounted with.
pub(super) fn show_link_everywhere(linked_review: Option<AttrValue>) {
    with(|registry| {
        for mounted in &mut registry.mounted {
            let props = props(
                &mounted.config,
                mounted.data.clone(),
                &mounted.actions,
                linked_review.clone(),
            );
            mounted.app.update(props);
        }
    });
}

/// Stops watching the lazy hosts that left the page and destroys the apps of mounted ones.
pub(super) fn release_detached() {
    let gone: Vec<Element> = with(|registry| {
        registry
            .waiting
            .iter()
            .filter(|host| !host.is_connected())
            .cloned()
            .collect()
    });
    for host in gone {
        stop_waiting(&host);
    }
    let detached: Vec<Mounted> = with(|registry| {
        let (gone, kept) = std::mem::take(&mut registry.mounted)
            .into_iter()
            .partition(|m| !m.host.is_connected());
        registry.mounted = kept;
        gone
    });
    for mounted in detached {
        mounted.app.destroy();
    }
}

/// The shared stylesheet, made by `make` the first time.
pub(super) fn sheet(
    make: impl FnOnce() -> Result<CssStyleSheet, JsValue>,
) -> Result<CssStyleSheet, JsValue> {
    with(|registry| {
        if let Some(sheet) = &registry.sheet {
            return Ok(sheet.clone());
        }
        let sheet = make()?;
        registry.sheet = Some(sheet.clone());
        Ok(sheet)
    })
}

// Lazy hosts and the page watch.

/// Whether `host` waits to come near the viewport.
pub(super) fn is_waiting(host: &Element) -> bool {
    with(|registry| registry.waiting.contains(host))
}

/// Has `host` wait until it comes near, watched by the observer `observer` makes the first time;
/// whether it is watched (without an observer it is not).
pub(super) fn wait(
    host: &Element,
    observer: impl FnOnce() -> Option<IntersectionObserver>,
) -> bool {
    with(|registry| {
        if registry.near_viewport.is_none() {
            registry.near_viewport = observer();
        }
        let Some(observer) = &registry.near_viewport else {
            return false;
        };
        // The first report comes after the next layout, in a task of its own, even for a card
        // already in view: rendering waits for it rather than forcing a layout here.
        observer.observe(host);
        registry.waiting.push(host.clone());
        true
    })
}

/// Stops `host` waiting.
pub(super) fn stop_waiting(host: &Element) {
    with(|registry| {
        registry.waiting.retain(|waiting| waiting != host);
        if let Some(observer) = &registry.near_viewport {
            observer.unobserve(host);
        }
    });
}

/// Every host still waiting, none waiting any more.
pub(super) fn take_waiting() -> Vec<Element> {
    with(|registry| {
        if let Some(observer) = &registry.near_viewport {
            observer.disconnect();
        }
        std::mem::take(&mut registry.waiting)
    })
}

/// Whether every host is found by watching the page; set once `<film-card>` is defined or not.
pub(super) fn watch_all_hosts(set: Option<bool>) -> bool {
    with(|registry| {
        if let Some(all) = set {
            registry.watch_all_hosts = all;
        }
        registry.watch_all_hosts
    })
}

/// Whether a mounted or waiting host is one `watched` says the page watch would see leave.
pub(super) fn any_host(watched: impl Fn(&Element) -> bool) -> bool {
    with(|registry| {
        registry
            .mounted
            .iter()
            .any(|mounted| watched(&mounted.host))
            || registry.waiting.iter().any(&watched)
    })
}

/// Marks a release pass queued (`true`) or run (`false`); whether one was queued before.
pub(super) fn release_queued(queued: bool) -> bool {
    with(|registry| std::mem::replace(&mut registry.release_queued, queued))
}

// The review a link holds in view.

/// Holds `element` in view from `now`; whether this is the first hold of the page.
pub(super) fn hold(element: &Element, now: f64) -> bool {
    with(|registry| {
        let first = !registry.hold_listening;
        registry.hold_listening = true;
        registry.held_in_view = Some((element.clone(), now));
        first
    })
}

/// Lets the held review go.
pub(super) fn let_go() {
    with(|registry| registry.held_in_view = None);
}

/// The review held in view, and since when.
pub(super) fn held() -> Option<(Element, f64)> {
    with(|registry| registry.held_in_view.clone())
}
