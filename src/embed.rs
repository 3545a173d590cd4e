//! The browser edge: the only code that knows about the host page.
//!
//! It finds the host elements, reads their data source and attributes, hands plain strings to the
//! pure core, mounts one Yew app per host into a shadow root, watches the page for hosts added or
//! removed later, and reports back to the host page with `filmcard:*` events.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CssStyleSheet, CustomEvent, CustomEventInit, Document, Element, HtmlDialogElement, HtmlElement,
    IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit, MutationObserver,
    MutationObserverInit, Response, ShadowRoot, ShadowRootInit, ShadowRootMode,
};
use yew::{AppHandle, AttrValue, Callback};

use crate::components::widget::{Widget, WidgetData, WidgetProps};
use crate::config::Config;
use crate::data::{self, DataError};
use crate::host::{DialogRequest, FocusRequest, HostActions};
use crate::json_ld;

/// Elements that host a widget: the custom element, and a plain `div` for editors that strip
/// unknown tags.
pub const HOST_SELECTOR: &str = "film-card, [data-filmcard]";

/// The widget's own styles (`styles/tokens.css` and `styles/card.css`, minified in the bundle; see
/// `build.rs`), adopted by every shadow root.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

const CONSOLE_PREFIX: &str = "filmcard: ";

/// Inline data longer than this (in UTF-16 code units, as the page holds it) is read in steps,
/// each in a task of its own: a 5,000-review film is 2.8 MB, and reading and checking it at once
/// held the page's main thread for a quarter of a second.
const BIG_INLINE_DATA: u32 = 100_000;

/// How far outside the viewport a lazy card starts rendering: the distance Chromium starts
/// loading `loading="lazy"` images at on a fast connection, so the card is ready before the reader
/// scrolls to it. `web/filmcard.js` starts downloading the wasm at the same distance.
const NEAR_VIEWPORT: &str = "1250px 0px";

/// A host this instance has mounted, and the app rendering into it.
struct Mounted {
    host: Element,
    app: AppHandle<Widget>,
    config: Rc<Config>,
    /// What the app shows, kept to re-render it when the page's URL fragment changes.
    data: WidgetData,
}

#[derive(Default)]
struct Registry {
    mounted: Vec<Mounted>,
    /// Lazy hosts not yet near the viewport, watched by `near_viewport`.
    waiting: Vec<Element>,
    near_viewport: Option<IntersectionObserver>,
    /// A review a link scrolled to, and when (`Date.now()`), kept in view until the reader moves
    /// (see `hold_in_view`).
    held_in_view: Option<(Element, f64)>,
    hold_listening: bool,
    next_id: usize,
    /// The shared stylesheet: parsed once, adopted by every shadow root.
    sheet: Option<CssStyleSheet>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    /// The page's own `overflow` style while a trailer dialog keeps it from scrolling. Apart from
    /// the registry, because apps render, and so ask for this, while the registry is borrowed.
    static SCROLL_LOCK: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Set by the first panic. The release build aborts on panic, so the instance's state may be
/// half-updated afterwards: it then does nothing more, and what is on the page stays readable.
static STOPPED: AtomicBool = AtomicBool::new(false);

/// Mounts every widget on the page, then keeps watching it; the bundle's `main`.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        if !STOPPED.swap(true, Ordering::SeqCst) {
            console_error(&format!(
                "the widget stopped after an internal error; the cards already shown stay readable ({info})"
            ));
        }
    }));
    mount_all();
    watch_page();
    follow_review_links();
}

/// Mounts a widget on every host element of the page that has none yet, a lazy one once it comes
/// near the viewport.
pub fn mount_all() {
    if STOPPED.load(Ordering::SeqCst) {
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
fn mount_or_wait(host: &Element) {
    let waiting = REGISTRY.with(|registry| registry.borrow().waiting.contains(host));
    if waiting || !is_free(host) {
        return;
    }
    let (config, warnings) = read_config(host);
    if !config.lazy || linked_review().is_some() {
        mount_configured(host, config, warnings);
        return;
    }
    let watched = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        if registry.near_viewport.is_none() {
            registry.near_viewport = near_viewport_observer();
        }
        let Some(observer) = &registry.near_viewport else {
            return false;
        };
        // The first report comes after the next layout, in a task of its own, even for a card
        // already in view: rendering waits for it rather than forcing a layout here.
        observer.observe(host);
        registry.waiting.push(host.clone());
        true
    });
    if !watched {
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
    options.set_root_margin(NEAR_VIEWPORT);
    let observer =
        IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options).ok()?;
    // The observer lives as long as the page; so does its callback.
    on_near.forget();
    Some(observer)
}

fn stop_waiting(host: &Element) {
    REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        registry.waiting.retain(|waiting| waiting != host);
        if let Some(observer) = &registry.near_viewport {
            observer.unobserve(host);
        }
    });
}

/// Mounts every lazy host still waiting, wherever it is on the page.
fn mount_waiting() {
    let waiting = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        if let Some(observer) = &registry.near_viewport {
            observer.disconnect();
        }
        std::mem::take(&mut registry.waiting)
    });
    for host in waiting {
        mount(&host);
    }
}

/// Whether `host` shows no widget yet, from this copy of the script or another.
fn is_free(host: &Element) -> bool {
    let known = REGISTRY.with(|registry| registry.borrow().mounted.iter().any(|m| &m.host == host));
    // A shadow root we did not make belongs to someone else; one we made and released (the host
    // left the page and came back) is ours to reuse.
    !known && (host.shadow_root().is_none() || is_owned(host))
}

/// Mounts one widget into `host`'s shadow root now, whatever its `loading`. A host that already
/// shows a widget is left alone.
pub fn mount(host: &Element) {
    let (config, warnings) = read_config(host);
    mount_configured(host, config, warnings);
}

/// The widget's options from `host`'s attributes, and a warning for each value it could not use.
fn read_config(host: &Element) -> (Config, Vec<String>) {
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
fn mount_configured(host: &Element, mut config: Config, warnings: Vec<String>) {
    if STOPPED.load(Ordering::SeqCst) || !is_free(host) {
        return;
    }
    for warning in warnings {
        web_sys::console::warn_1(&format!("{CONSOLE_PREFIX}{warning}").into());
    }
    config.id_prefix = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        registry.next_id += 1;
        format!("fc{}", registry.next_id)
    });
    let root = match render_root(host) {
        Ok(root) => root,
        Err(error) => {
            // The error itself, for the console to show as it shows any: formatting it here
            // would bring Rust's debug formatting into the bundle.
            web_sys::console::error_2(
                &format!("{CONSOLE_PREFIX}cannot attach the widget:").into(),
                &error,
            );
            return;
        }
    };
    let config = Rc::new(config);
    let source = Source::of(host);
    let data = source.initial_data(host);
    report_failure(host, &data);
    let app =
        yew::Renderer::<Widget>::with_root_and_props(root, props(host, &config, data.clone()))
            .render();
    REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        registry.mounted.push(Mounted {
            host: host.clone(),
            app,
            config,
            data,
        });
    });
    #[cfg(feature = "panic-probe")]
    listen_for_panic_probe(host);
    let host = host.clone();
    match source {
        Source::Fetch(url) => wasm_bindgen_futures::spawn_local(async move {
            let data = fetch_film(&url).await.into();
            show_later(host, data);
        }),
        Source::BigInline(text) => wasm_bindgen_futures::spawn_local(async move {
            let data = read_in_steps(text).await;
            show_later(host, data);
        }),
        _ => {}
    }
}

/// Big inline data, read in the tasks after the one that mounted the card: one to copy the text
/// into the wasm, one to parse it, one to check it, and the card renders in the next.
async fn read_in_steps(text: js_sys::JsString) -> WidgetData {
    yield_to_page().await;
    let text = String::from(text);
    yield_to_page().await;
    let value = match data::parse_json(&text) {
        Ok(value) => value,
        Err(error) => return Err(error).into(),
    };
    drop(text);
    yield_to_page().await;
    let film = data::from_value(&value);
    drop(value);
    yield_to_page().await;
    film.into()
}

/// Ends the current task, so the page can paint and answer input before the next step.
async fn yield_to_page() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// Shows data that arrived after mounting in the host's app, if the host is still mounted.
fn show_later(host: Element, data: WidgetData) {
    report_failure(&host, &data);
    REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        if let Some(mounted) = registry.mounted.iter_mut().find(|m| m.host == host) {
            mounted.data = data.clone();
            mounted.app.update(props(&host, &mounted.config, data));
        }
    });
    restore_held_view();
}

/// Where a host's film data comes from.
enum Source {
    /// A child `<script type="application/json">`.
    Inline(String),
    /// The same, when it is over [`BIG_INLINE_DATA`]: the text as the page holds it, not yet
    /// copied into the wasm.
    BigInline(js_sys::JsString),
    /// A `src` attribute to fetch.
    Fetch(String),
    /// The page's schema.org JSON-LD, asked for with `source="ld+json"`.
    JsonLd,
    /// Nothing usable.
    Missing,
}

impl Source {
    fn of(host: &Element) -> Self {
        if let Ok(Some(script)) = host.query_selector(":scope > script[type='application/json']") {
            let text: js_sys::JsString = js_sys::Reflect::get(&script, &"textContent".into())
                .map(JsCast::unchecked_into)
                .unwrap_or_default();
            return if text.length() > BIG_INLINE_DATA {
                Self::BigInline(text)
            } else {
                Self::Inline(text.into())
            };
        }
        if let Some(url) = host
            .get_attribute("src")
            .filter(|url| !url.trim().is_empty())
        {
            return Self::Fetch(url);
        }
        if host.get_attribute("source").as_deref() == Some("ld+json") {
            return Self::JsonLd;
        }
        Self::Missing
    }

    /// What the widget shows first: the film, when the source needs no network and is small;
    /// else loading.
    fn initial_data(&self, host: &Element) -> WidgetData {
        match self {
            Self::Inline(text) => data::parse(text).into(),
            Self::BigInline(_) => WidgetData::Loading,
            Self::JsonLd => film_from_json_ld(host).into(),
            Self::Fetch(_) => WidgetData::Loading,
            Self::Missing => WidgetData::Failed(Rc::new(DataError::new(
                "",
                "no film data: put a <script type=\"application/json\"> block inside the element, \
                 or give it a src=\"film.json\" or source=\"ld+json\" attribute",
            ))),
        }
    }
}

/// The page's JSON-LD Movie as the host's film, with one warning when parts of it were left out.
fn film_from_json_ld(host: &Element) -> Result<crate::model::Film, DataError> {
    // Relative addresses in the JSON-LD are relative to the document, as its links are.
    let page_url = host
        .owner_document()
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    let read = json_ld::film_from_blocks(&json_ld_blocks(host), &page_url)?;
    if let Some(warning) = read.warning() {
        web_sys::console::warn_1(&format!("{CONSOLE_PREFIX}{warning}").into());
    }
    Ok(read.film)
}

fn json_ld_blocks(host: &Element) -> Vec<String> {
    let Some(scripts) = host.owner_document().and_then(|document| {
        document
            .query_selector_all("script[type='application/ld+json']")
            .ok()
    }) else {
        return Vec::new();
    };
    (0..scripts.length())
        .filter_map(|index| scripts.item(index))
        .filter_map(|script| script.text_content())
        .collect()
}

async fn fetch_film(url: &str) -> Result<crate::model::Film, DataError> {
    let failed = |why: String| DataError::new("src", format!("could not load {url}: {why}"));
    let window = web_sys::window().ok_or_else(|| failed("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed".into()))?
        .unchecked_into();
    if !response.ok() {
        return Err(failed(format!(
            "the server answered HTTP {}",
            response.status()
        )));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| failed("unreadable body".into()))?,
    )
    .await
    .map_err(|_| failed("the download broke off".into()))?;
    data::parse(&text.as_string().unwrap_or_default())
}

fn props(host: &Element, config: &Rc<Config>, data: WidgetData) -> WidgetProps {
    let on_ready = {
        let host = host.clone();
        Callback::from(move |title: String| {
            dispatch(&host, "filmcard:ready", &[("title", title.into())])
        })
    };
    let on_toggle = {
        let host = host.clone();
        Callback::from(move |toggle: crate::state::ReviewToggle| {
            dispatch(
                &host,
                "filmcard:toggle",
                &[
                    ("id", toggle.review_id.into()),
                    ("expanded", toggle.expanded.into()),
                ],
            )
        })
    };
    let on_focus = {
        let host = host.clone();
        Callback::from(move |request: FocusRequest| focus_in(&host, &request))
    };
    let on_dialog = {
        let host = host.clone();
        Callback::from(move |request: DialogRequest| handle_dialog(&host, request))
    };
    WidgetProps {
        data,
        config: config.clone(),
        linked_review: linked_review(),
        host: HostActions {
            on_ready,
            on_toggle,
            on_focus,
            on_copy_link: Callback::from(|fragment: String| copy_link(&fragment)),
            on_dialog,
        },
    }
}

/// The anchor of the review the page's URL fragment names, if it names one.
fn linked_review() -> Option<AttrValue> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let anchor = crate::model::Review::anchor_in(hash.strip_prefix('#')?)?;
    Some(AttrValue::from(anchor.to_owned()))
}

/// Re-renders every card when the URL fragment changes, so a link to a review on the same page
/// opens it too.
fn follow_review_links() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_hash_change = Closure::<dyn FnMut()>::new(|| {
        if STOPPED.load(Ordering::SeqCst) {
            return;
        }
        if linked_review().is_some() {
            mount_waiting();
        }
        REGISTRY.with(|registry| {
            for mounted in &mut registry.borrow_mut().mounted {
                let props = props(&mounted.host, &mounted.config, mounted.data.clone());
                mounted.app.update(props);
            }
        });
    });
    let _ = window
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_hash_change.forget();
}

/// How long a linked review is held in view at most, in milliseconds.
const HOLD_MS: f64 = 10_000.0;

/// Keeps a linked review at the top of the view while cards above it are still loading, until
/// the reader scrolls, taps, clicks or types, and for [`HOLD_MS`] at most: a card the page adds
/// long after must not move a reader whose screen reader scrolled without any of those events.
///
/// A card whose data arrives later (`src=`, or big inline data) grows above the review and
/// would push it out of view; the browser's scroll anchoring does not always make up for it,
/// as the widget's own hosts change size as they render.
fn hold_in_view(element: &Element) {
    let first = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
        let first = !registry.hold_listening;
        registry.hold_listening = true;
        registry.held_in_view = Some((element.clone(), js_sys::Date::now()));
        first
    });
    let Some(window) = web_sys::window().filter(|_| first) else {
        return;
    };
    let on_reader = Closure::<dyn FnMut()>::new(|| {
        REGISTRY.with(|registry| registry.borrow_mut().held_in_view = None);
    });
    for event in ["wheel", "touchstart", "pointerdown", "keydown"] {
        let _ = window.add_event_listener_with_callback(event, on_reader.as_ref().unchecked_ref());
    }
    // The listeners live as long as the page.
    on_reader.forget();
}

/// After a card has shown data that came late, puts the held review back at the top of the view.
fn restore_held_view() {
    wasm_bindgen_futures::spawn_local(async {
        // Queued after the render Yew has just scheduled, so this runs once the card has grown.
        let held = REGISTRY.with(|registry| registry.borrow().held_in_view.clone());
        let recent = |since: f64| js_sys::Date::now() - since < HOLD_MS;
        if let Some((element, _)) =
            held.filter(|(element, since)| element.is_connected() && recent(*since))
        {
            element.scroll_into_view_with_bool(true);
        }
    });
}

fn element_in(host: &Element, id: &str) -> Option<Element> {
    host.shadow_root()?.get_element_by_id(id)
}

fn focus_in(host: &Element, request: &FocusRequest) {
    let Some(element) = element_in(host, &request.id) else {
        return;
    };
    if request.scroll {
        element.scroll_into_view_with_bool(true);
        hold_in_view(&element);
    }
    if let Ok(element) = element.dyn_into::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Puts the page's address with `#fragment` on the clipboard. Where there is no clipboard (pages
/// not served over HTTPS), the address bar shows the review's address instead, for the reader to
/// copy from there, and the answer is false.
fn copy_link(fragment: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    let Ok(href) = window.location().href() else {
        return false;
    };
    if !has_clipboard {
        let _ = window.location().set_hash(fragment);
        return false;
    }
    let page = href.split('#').next().unwrap_or_default();
    let written = navigator
        .clipboard()
        .write_text(&format!("{page}#{fragment}"));
    // A refusal (no permission) needs no handling, only to not surface as an unhandled rejection.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(written).await;
    });
    true
}

fn handle_dialog(host: &Element, request: DialogRequest) {
    match request {
        DialogRequest::Open(id) => {
            if let Some(dialog) =
                element_in(host, &id).and_then(|e| e.dyn_into::<HtmlDialogElement>().ok())
            {
                if dialog.show_modal().is_ok() {
                    lock_page_scroll(true);
                }
            }
        }
        DialogRequest::Close(id) => {
            if let Some(dialog) =
                element_in(host, &id).and_then(|e| e.dyn_into::<HtmlDialogElement>().ok())
            {
                dialog.close();
            }
        }
        DialogRequest::Closed(button_id) => {
            lock_page_scroll(false);
            focus_in(
                host,
                &FocusRequest {
                    id: button_id,
                    scroll: false,
                },
            );
        }
    }
}

/// Keeps the page behind an open dialog from scrolling, and gives it back its own `overflow`
/// afterwards.
fn lock_page_scroll(lock: bool) {
    let Some(root) = document()
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    SCROLL_LOCK.with(|saved_overflow| {
        let mut saved_overflow = saved_overflow.borrow_mut();
        match (lock, saved_overflow.take()) {
            (true, None) => {
                *saved_overflow = Some(style.get_property_value("overflow").unwrap_or_default());
                let _ = style.set_property("overflow", "hidden");
            }
            (true, Some(saved)) => *saved_overflow = Some(saved),
            (false, Some(saved)) if saved.is_empty() => {
                let _ = style.remove_property("overflow");
            }
            (false, Some(saved)) => {
                let _ = style.set_property("overflow", &saved);
            }
            (false, None) => {}
        }
    });
}

fn report_failure(host: &Element, data: &WidgetData) {
    if let WidgetData::Failed(error) = data {
        let message = error.to_string();
        console_error(&message);
        dispatch(host, "filmcard:error", &[("message", message.into())]);
    }
}

/// Dispatches a bubbling, composed `CustomEvent` on the host with `detail` as a plain object.
fn dispatch(host: &Element, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Returns the element the app renders into: a fresh `div` in the host's open shadow root, which
/// adopts the shared stylesheet (constructed, not inline, so a strict style CSP allows it).
fn render_root(host: &Element) -> Result<Element, JsValue> {
    let shadow: ShadowRoot = match host.shadow_root() {
        Some(shadow) => {
            shadow.replace_children_with_node_0();
            shadow
        }
        None => {
            let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
            js_sys::Reflect::set(host, &owner_mark(), &JsValue::TRUE)?;
            shadow
        }
    };
    let sheet = REGISTRY.with(|registry| -> Result<CssStyleSheet, JsValue> {
        let mut registry = registry.borrow_mut();
        if let Some(sheet) = &registry.sheet {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        registry.sheet = Some(sheet.clone());
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

/// Mounts hosts added to the page later and destroys the apps of hosts removed from it.
fn watch_page() {
    let Some(document) = document() else { return };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if !STOPPED.load(Ordering::SeqCst) {
            release_detached();
            mount_all();
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

fn release_detached() {
    let gone: Vec<Element> = REGISTRY.with(|registry| {
        let registry = registry.borrow();
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
    let detached: Vec<Mounted> = REGISTRY.with(|registry| {
        let mut registry = registry.borrow_mut();
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

/// The property that marks a host whose shadow root this widget made. A property on the element
/// rather than a list here, so removed hosts can be garbage-collected.
fn owner_mark() -> JsValue {
    js_sys::Symbol::for_("filmcard.owner").into()
}

fn is_owned(host: &Element) -> bool {
    js_sys::Reflect::get(host, &owner_mark()).is_ok_and(|owned| owned.is_truthy())
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|window| window.document())
}

/// Test builds only: a `filmcard-probe:panic` event on a host panics inside the widget, so the
/// end-to-end tests can check what a reader sees after a bug.
#[cfg(feature = "panic-probe")]
fn listen_for_panic_probe(host: &Element) {
    let panic = Closure::<dyn FnMut()>::new(|| panic!("panic probe"));
    let _ = host
        .add_event_listener_with_callback("filmcard-probe:panic", panic.as_ref().unchecked_ref());
    panic.forget();
}

fn console_error(message: &str) {
    web_sys::console::error_1(&format!("{CONSOLE_PREFIX}{message}").into());
}
