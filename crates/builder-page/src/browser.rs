//! The builder's page in the browser: it mounts the builder, keeps the draft in `localStorage`,
//! writes to the clipboard, reads opened files (as text or as bytes), offers downloads, and moves
//! the focus; each preview card's shadow root is [`crate::pane`]'s, the controls' values
//! [`crate::controls`]'. Nothing is ever sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlElement, HtmlInputElement, Url,
};
use yew::{html, AttrValue, Callback, NodeRef};

use crate::controls::read_control;
use crate::pane::ShadowPane;
use filmcard_builder::components::app::{App, AppProps};
use filmcard_builder::host::{BuilderHost, Pane};
use filmcard_film::contract::CONSOLE_PREFIX;
use filmcard_film::text::Segmenter;

/// Where the draft is kept.
const DRAFT_KEY: &str = "filmcard-builder-draft";

/// Mounts the builder into the page's `<main>` (or its body).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let root = document
        .query_selector("main")
        .ok()
        .flatten()
        .or_else(|| document.body().map(Element::from));
    let Some(root) = root else { return };
    let props = AppProps {
        host: host(),
        bundle: AttrValue::from(default_bundle()),
        draft: load_draft().map(AttrValue::from),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

fn warn(message: &str) {
    gloo_console::warn!(format!("{CONSOLE_PREFIX}{message}"));
}

/// The bundle's folder: the builder is shipped in `builder/` beside `filmcard.js`.
fn default_bundle() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .and_then(|href| Url::new_with_base("../", &href).ok())
        .map(|url| url.href())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load_draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok().flatten()
}

fn save_draft(draft: String) {
    if let Some(storage) = storage() {
        if storage.set_item(DRAFT_KEY, &draft).is_err() {
            warn("the draft could not be kept (the browser's storage is full or off)");
        }
    }
}

/// Puts text on the clipboard; false where the page has no clipboard (not a secure context).
fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        return false;
    }
    let written = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(written).await.is_err() {
            warn("the clipboard refused the text; select it and copy it instead");
        }
    });
    true
}

fn download((name, text): (String, String)) {
    let result = (|| -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|window| window.document())
            .ok_or("no document")?;
        let options = BlobPropertyBag::new();
        options.set_type("application/json");
        let blob =
            Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(&name);
        link.click();
        Url::revoke_object_url(&url)?;
        Ok(())
    })();
    if let Err(error) = result {
        gloo_console::error!(format!("{CONSOLE_PREFIX}the download failed:"), error);
    }
}

fn open_file((input, then): (NodeRef, Callback<String>)) {
    let Some(input) = input.cast::<HtmlInputElement>() else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(file.text()).await {
            Ok(text) => then.emit(text.as_string().unwrap_or_default()),
            Err(error) => gloo_console::error!(
                format!("{CONSOLE_PREFIX}the file could not be read:"),
                error
            ),
        }
    });
}

fn open_bytes((input, then): (NodeRef, Callback<Vec<u8>>)) {
    let Some(input) = input.cast::<HtmlInputElement>() else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => then.emit(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(error) => gloo_console::error!(
                format!("{CONSOLE_PREFIX}the file could not be read:"),
                error
            ),
        }
    });
}

fn focus_field((form, path): (NodeRef, String)) {
    let Some(form) = form.cast::<Element>() else {
        return;
    };
    let selector = format!("[data-path=\"{path}\"]");
    let Some(field) = form.query_selector(&selector).ok().flatten() else {
        return;
    };
    // A field folded away in a <details> is shown first.
    let mut ancestor = field.closest("details").ok().flatten();
    while let Some(details) = ancestor {
        let _ = details.set_attribute("open", "");
        ancestor = details
            .parent_element()
            .and_then(|parent| parent.closest("details").ok().flatten());
    }
    let control = if field.matches("input, textarea, select").unwrap_or(false) {
        Some(field)
    } else {
        field
            .query_selector("input, textarea, select, button")
            .ok()
            .flatten()
    };
    if let Some(control) = control.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
        let _ = control.focus();
        control.scroll_into_view_with_bool(false);
    }
}

/// The builder's way to the browser, as the page mounts it with (the browser tests too).
pub fn host() -> BuilderHost {
    BuilderHost {
        on_copy: Callback::from(copy),
        on_download: Callback::from(download),
        on_open_file: Callback::from(open_file),
        on_open_bytes: Callback::from(open_bytes),
        on_focus_field: Callback::from(focus_field),
        on_save_draft: Callback::from(save_draft),
        read_control: Callback::from(read_control),
        render_pane: Callback::from(|pane: Pane| html! { <ShadowPane {pane} /> }),
        graphemes: Segmenter(filmcard_browser::graphemes::grapheme_starts),
    }
}
