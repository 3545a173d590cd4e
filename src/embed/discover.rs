//! Finding hosts: `<film-card>` elements through their own lifecycle callbacks, plain
//! `[data-filmcard]` hosts by watching the page, and lazy hosts once they come near the viewport.

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    MutationObserver, MutationObserverInit, MutationRecord,
};

use super::mount::{is_free, mount, mount_configured, read_config};
use super::page::{document, linked_review};
use super::registry::{self, release_detached, stop_waiting, stopped};
use crate::contract::HOST_SELECTOR;

/// The custom element's name.
const ELEMENT_NAME: &str = "film-card";

/// Hosts without lifecycle callbacks of their own, found by watching the page.
const PLAIN_HOSTS: &str = "[data-filmcard]";

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    /// Defines the `<film-card>` class, unless the name is taken; whether it did.
    #[wasm_bindgen(js_name = defineHost)]
    fn define_host(
        name: &str,
        connected: &Closure<dyn FnMut(Element)>,
        disconnected: &Closure<dyn FnMut(Element)>,
    ) -> bool;
}

/// Defines `<film-card>`, which mounts every one already in the page (each is upgraded, so
/// connected, at definition) and each added later; then finds the plain hosts.
pub(super) fn start() {
    let connected = Closure::<dyn FnMut(Element)>::new(|host: Element| {
        if !stopped() {
            mount_or_wait(&host);
        }
    });
    // A card moved in the page is disconnected and connected again in the same task: it is
    // released only if it is still out of the page a task later, so a move keeps its state.
    let disconnected = Closure::<dyn FnMut(Element)>::new(|_: Element| queue_release());
    let defined = define_host(ELEMENT_NAME, &connected, &disconnected);
    // The element's class lives as long as the page; so do its callbacks.
    connected.forget();
    disconnected.forget();
    registry::watch_all_hosts(Some(!defined));
    let Some(document) = document() else { return };
    if let Ok(hosts) = document.query_selector_all(watched_hosts()) {
        for index in 0..hosts.length() {
            if let Some(host) = hosts.item(index).and_then(|node| node.dyn_into().ok()) {
                mount_or_wait(&host);
            }
        }
    }
    watch_page();
}

/// The hosts found by watching the page: the plain ones, or every one when `<film-card>` is not
/// this instance's element.
fn watched_hosts() -> &'static str {
    if registry::watch_all_hosts(None) {
        HOST_SELECTOR
    } else {
        PLAIN_HOSTS
    }
}

/// Mounts a widget on every host element of the page that has none yet, a lazy one once it comes
/// near the viewport.
pub fn mount_all() {
    if stopped() {
        return;
    }
    let Some(document) = document() else { return };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        if let Some(host) = hosts.item(index).and_then(|node| node.dyn_into().ok()) {
            mount_or_wait(&host);
        }
    }
}

/// Mounts `host` now, or, when it is lazy, far from the viewport and no link names a review
/// (which may be on this card), once it comes near.
pub(super) fn mount_or_wait(host: &Element) {
    if registry::is_waiting(host) || !is_free(host) {
        return;
    }
    let (config, warnings) = read_config(host);
    if !config.lazy || linked_review().is_some() {
        mount_configured(host, config, warnings);
        return;
    }
    if !registry::wait(host, near_viewport_observer) {
        mount_configured(host, config, warnings);
    }
}

/// Watches lazy hosts and mounts each as it comes near the viewport. Without
/// IntersectionObserver, hosts are mounted at once.
fn near_viewport_observer() -> Option<IntersectionObserver> {
    let on_near = Closure::<dyn FnMut(js_sys::Array)>::new(|entries: js_sys::Array| {
        for index in 0..entries.length() {
            let entry: IntersectionObserverEntry = entries.get(index).unchecked_into();
            // A host with no box (`display: none` from the page's theme, `display: contents`)
            // never comes near; the widget's own stylesheet decides whether its card shows.
            if entry.is_intersecting() || entry.target().get_client_rects().length() == 0 {
                let host = entry.target();
                stop_waiting(&host);
                mount(&host);
            }
        }
    });
    let options = IntersectionObserverInit::new();
    // The contract's distance, at which the loader starts downloading the wasm too.
    options.set_root_margin(&format!("{}px 0px", crate::contract::NEAR_VIEWPORT_PX));
    let observer =
        IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options).ok()?;
    // The observer lives as long as the page; so does its callback.
    on_near.forget();
    Some(observer)
}

/// Mounts every lazy host still waiting, wherever it is on the page.
pub(super) fn mount_waiting() {
    for host in registry::take_waiting() {
        mount(&host);
    }
}

/// Releases, in the next task, the hosts that are then out of the page; one pass for every host
/// that left in this task.
fn queue_release() {
    if !registry::release_queued(true) {
        Timeout::new(0, || {
            registry::release_queued(false);
            if !stopped() {
                release_detached();
            }
        })
        .forget();
    }
}

/// Watches the page for plain hosts, which have no lifecycle callbacks: only the nodes each
/// change adds are searched for new hosts, and removals are looked into only while plain hosts
/// are mounted or waiting. (A page with no plain host yet may still add one later, so the watch
/// itself stays on.)
fn watch_page() {
    let Some(document) = document() else { return };
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
        if stopped() {
            return;
        }
        let selector = watched_hosts();
        let mut removed = false;
        // By index, as the observer above reads its entries: `Array::iter` would be one more
        // import in the glue.
        for index in 0..records.length() {
            let record: MutationRecord = records.get(index).unchecked_into();
            removed |= record.removed_nodes().length() > 0;
            let added = record.added_nodes();
            for index in 0..added.length() {
                if let Some(node) = added.item(index).and_then(|n| n.dyn_into::<Element>().ok()) {
                    mount_hosts_in(&node, selector);
                }
            }
        }
        if removed && watched_hosts_remain() {
            release_detached();
        }
    });
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    // The observer lives as long as the page; so does its callback.
    on_change.forget();
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if let Some(root) = document.document_element() {
        let _ = observer.observe_with_options(&root, &options);
    }
}

/// Mounts `node`, if it is a host, and the hosts inside it, if it is still in the page.
fn mount_hosts_in(node: &Element, selector: &str) {
    if !node.is_connected() {
        return;
    }
    if node.matches(selector).unwrap_or(false) {
        mount_or_wait(node);
    }
    if node.first_element_child().is_none() {
        return;
    }
    if let Ok(hosts) = node.query_selector_all(selector) {
        for index in 0..hosts.length() {
            if let Some(host) = hosts.item(index).and_then(|node| node.dyn_into().ok()) {
                mount_or_wait(&host);
            }
        }
    }
}

/// Whether a host that only the page watch would see leave is mounted or waiting.
fn watched_hosts_remain() -> bool {
    let all = registry::watch_all_hosts(None);
    registry::any_host(|host| all || host.local_name() != ELEMENT_NAME)
}
