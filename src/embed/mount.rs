//! Mounting: a shadow root per host with the shared stylesheet, one Yew app in it, the app's
//! props and page callbacks, and tearing the app down once its host has left the page.

use filmcard_browser::STYLES;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::Callback;

use super::extra::film_from_json_ld;
use super::hold::restore_held_view;
use super::page::{console_warn, document, linked_review};
use super::player;
use super::registry::{self, props, stopped, Mounted};
use super::source::{fetch_film, parse_explained, read_in_steps, Source};
use super::taps::Takeover;
use super::{events, page_actions};
use crate::components::widget::{Widget, WidgetData};
use crate::components::Shared;
use crate::config::Config;
use crate::contract::{CONSOLE_PREFIX, PRERENDERED_SELECTOR};
use crate::host::HostActions;
use crate::text::Segmenter;

/// Mounts one widget into `host`'s shadow root now, whatever its `loading`. A host that already
/// shows a widget is left alone.
pub fn mount(host: &Element) {
    let (config, warnings) = read_config(host);
    mount_configured(host, config, warnings);
}

/// The callbacks the widget mounted in `host` reaches the page through, if one is mounted there:
/// the same values for as long as it stays mounted.
#[doc(hidden)]
pub fn host_actions_of(host: &Element) -> Option<HostActions> {
    registry::actions_of(host)
}

/// Whether `host` shows no widget yet, from this copy of the script or another.
pub(super) fn is_free(host: &Element) -> bool {
    let known = registry::is_mounted(host);
    // A shadow root we did not make belongs to someone else; one we made and released (the host
    // left the page and came back) is ours to reuse.
    !known && (host.shadow_root().is_none() || is_owned(host) || is_prerendered(host))
}

/// Whether `host`'s shadow root holds a prerendered card (`filmcard render`, from this version of
/// the bundle or an older one): the page's declarative shadow root, the widget's to render over.
fn is_prerendered(host: &Element) -> bool {
    host.shadow_root()
        .and_then(|shadow| shadow.query_selector(PRERENDERED_SELECTOR).ok().flatten())
        .is_some()
}

/// The widget's options from `host`'s attributes, and a warning for each value it could not use.
pub(super) fn read_config(host: &Element) -> (Config, Vec<String>) {
    // Without a `lang` of its own, the widget speaks the language of the page it is on.
    let page_lang = || {
        document()
            .and_then(|document| document.document_element())
            .and_then(|root| root.get_attribute("lang"))
    };
    Config::from_attributes(&|name| {
        let value = host.get_attribute(name);
        match name {
            "lang" => value
                .filter(|lang| !lang.trim().is_empty())
                .or_else(page_lang),
            _ => value,
        }
    })
}

/// [`mount`] with the options already read (a lazy host reads them again once near, as the
/// page may have changed them since).
pub(super) fn mount_configured(host: &Element, mut config: Config, warnings: Vec<String>) {
    if stopped() || !is_free(host) {
        return;
    }
    for warning in warnings {
        console_warn(&warning);
    }
    config.id_prefix = registry::next_id_prefix();
    // Read before a prerendered card is rendered over. A card not prerendered comes in steps;
    // a prerendered one is rendered over in one, so its markup never goes missing.
    let takeover = Takeover::read(host);
    config.in_steps = !is_prerendered(host);
    let root = match render_root(host) {
        Ok(root) => root,
        Err(error) => {
            // The error itself, for the console to show as it shows any: formatting it here
            // would bring Rust's debug formatting into the bundle.
            gloo_console::error!(format!("{CONSOLE_PREFIX}cannot attach the widget:"), error);
            return;
        }
    };
    let config = Shared::new(config);
    let source = Source::of(host, config.in_steps);
    let data = source.initial_data();
    let explain_later = matches!(source, Source::Inline(_)) && data == WidgetData::Loading;
    events::report_failure(host, &data);
    let actions = host_actions(host);
    let app = yew::Renderer::<Widget>::with_root_and_props(
        root.clone(),
        props(&config, data.clone(), &actions, linked_review()),
    )
    .render();
    if !takeover.is_empty() {
        // Yew renders in a microtask queued before this one: the same markup is there by then.
        wasm_bindgen_futures::spawn_local(async move { takeover.replay(&root) });
    }
    registry::add(Mounted {
        host: host.clone(),
        app,
        config,
        data,
        actions,
    });
    #[cfg(feature = "panic-probe")]
    listen_for_panic_probe(host);
    let host = host.clone();
    match source {
        Source::Fetch(url) => wasm_bindgen_futures::spawn_local(async move {
            let data = fetch_film(&url).await.into();
            show_later(host, data);
        }),
        Source::InlineInSteps(text) => wasm_bindgen_futures::spawn_local(async move {
            let data = read_in_steps(text).await;
            show_later(host, data);
        }),
        Source::Inline(text) if explain_later => wasm_bindgen_futures::spawn_local(async move {
            let data = parse_explained(&text).await.into();
            show_later(host, data);
        }),
        Source::JsonLd => wasm_bindgen_futures::spawn_local(async move {
            let data = film_from_json_ld(&host).await.into();
            show_later(host, data);
        }),
        _ => {}
    }
}

/// Shows data that arrived after mounting in the host's app, if the host is still mounted.
fn show_later(host: Element, data: WidgetData) {
    events::report_failure(&host, &data);
    registry::show(&host, data, linked_review());
    restore_held_view();
}

/// Gives every app the page's current link to a review. Only what changed renders again: the
/// callbacks are the ones the app was mounted with.
pub(super) fn show_linked_review() {
    registry::show_link_everywhere(linked_review());
}

/// The callbacks through which the widget in `host` reaches the page; made once per mount.
fn host_actions(host: &Element) -> HostActions {
    let on_ready = {
        let host = host.clone();
        Callback::from(move |title: String| {
            events::ready(&host, title);
            // The card is whole only now, its reviews a step after its head: a linked review
            // held in view below it goes back to the top of the view.
            restore_held_view();
        })
    };
    let on_toggle = {
        let host = host.clone();
        Callback::from(move |toggle| events::toggled(&host, toggle))
    };
    HostActions {
        on_ready,
        on_toggle,
        on_focus: Callback::from(|request| page_actions::focus(&request)),
        on_copy_link: Callback::from(|fragment: String| page_actions::copy_link(&fragment)),
        on_player: Callback::from(player::handle),
        graphemes: Segmenter(filmcard_browser::graphemes::grapheme_starts),
    }
}

/// Returns the element the app renders into: a fresh `div` in the host's open shadow root, which
/// adopts the shared stylesheet (constructed, not inline, so a strict style CSP allows it). A
/// prerendered card in the shadow root is rendered over: its stylesheet link goes, the same
/// stylesheet is adopted, and the same markup comes back in the same task, before the next paint.
fn render_root(host: &Element) -> Result<Element, JsValue> {
    let shadow: ShadowRoot = match host.shadow_root() {
        Some(shadow) => {
            shadow.replace_children_with_node_0();
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    js_sys::Reflect::set(host, &owner_mark(), &JsValue::TRUE)?;
    let sheet = registry::sheet(|| {
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        Ok(sheet)
    })?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let root = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the host is not in a document"))?
        .create_element("div")?;
    shadow.append_child(&root)?;
    Ok(root)
}

/// The property that marks a host whose shadow root this widget made. A property on the element
/// rather than a list here, so removed hosts can be garbage-collected.
fn owner_mark() -> JsValue {
    js_sys::Symbol::for_("filmcard.owner").into()
}

fn is_owned(host: &Element) -> bool {
    js_sys::Reflect::get(host, &owner_mark()).is_ok_and(|owned| owned.is_truthy())
}

/// Test builds only: a `filmcard-probe:panic` event on a host panics inside the widget, so the
/// end-to-end tests can check what a reader sees after a bug.
#[cfg(feature = "panic-probe")]
fn listen_for_panic_probe(host: &Element) {
    gloo_events::EventListener::new(host, "filmcard-probe:panic", |_| panic!("panic probe"))
        .forget();
}
