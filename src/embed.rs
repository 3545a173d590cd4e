//! The browser edge: the only code that knows about the host page.
//!
//! It finds the host elements, hands their JSON text and attributes to the pure core, mounts a
//! Yew app into a shadow root per host, and reports problems on the console.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::components::widget::{Widget, WidgetProps};
use crate::config::Config;
use crate::data::{self, DataError};

/// Elements that host a widget: the custom element, and a plain `div` for editors that strip
/// unknown tags.
pub const HOST_SELECTOR: &str = "film-card, [data-filmcard]";

/// The widget's own styles, adopted by every shadow root.
pub const STYLES: &str = concat!(
    include_str!("../styles/tokens.css"),
    include_str!("../styles/card.css")
);

const CONSOLE_PREFIX: &str = "filmcard: ";

thread_local! {
    static NEXT_WIDGET: Cell<usize> = const { Cell::new(0) };
}

/// Mounts a widget on every host element of the page that has none yet.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for index in 0..hosts.length() {
        if let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            mount(&host);
        }
    }
}

/// Mounts one widget into `host`'s shadow root; a host that already has one is left alone.
pub fn mount(host: &Element) {
    if host.shadow_root().is_some() {
        return;
    }
    let data = read_data(host).map(Rc::new).map_err(|error| {
        console_error(&error.to_string());
        Rc::new(error)
    });
    let (mut config, warnings) = Config::from_attributes(|name| host.get_attribute(name));
    for warning in warnings {
        web_sys::console::warn_1(&format!("{CONSOLE_PREFIX}{warning}").into());
    }
    config.id_prefix = NEXT_WIDGET.with(|next| {
        let id = next.get();
        next.set(id + 1);
        format!("fc{id}")
    });
    let root = match shadow_root_with_styles(host) {
        Ok(root) => root,
        Err(error) => {
            console_error(&format!("cannot attach the widget: {error:?}"));
            return;
        }
    };
    let props = WidgetProps {
        data,
        config: Rc::new(config),
    };
    yew::Renderer::<Widget>::with_root_and_props(root, props).render();
}

fn read_data(host: &Element) -> Result<crate::model::Film, DataError> {
    let script = host
        .query_selector("script[type='application/json']")
        .ok()
        .flatten()
        .ok_or_else(|| {
            DataError::new(
                "",
                "no film data: put a <script type=\"application/json\"> block inside the element",
            )
        })?;
    data::parse(&script.text_content().unwrap_or_default())
}

/// Attaches an open shadow root holding the widget's stylesheet, and returns the element the app
/// renders into. The stylesheet is constructed, not inline, so a strict style CSP allows it.
fn shadow_root_with_styles(host: &Element) -> Result<Element, wasm_bindgen::JsValue> {
    let shadow: ShadowRoot = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(STYLES)?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let root = host
        .owner_document()
        .expect("a host is in a document")
        .create_element("div")?;
    shadow.append_child(&root)?;
    Ok(root)
}

fn console_error(message: &str) {
    web_sys::console::error_1(&format!("{CONSOLE_PREFIX}{message}").into());
}
