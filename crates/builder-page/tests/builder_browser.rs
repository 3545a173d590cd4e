//! The card builder in headless Chromium: the form drives the real card in the preview's shadow
//! roots, and the card's errors come back to the form's fields.
#![cfg(target_arch = "wasm32")]

use filmcard_builder::components::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

#[path = "../../../tests/support/mod.rs"]
mod support;

use support::{find as find_in_card, settle};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../../../demo/the-red-shoes.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the builder into a fresh element of the page, as its edge does.
async fn builder() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            host: filmcard_builder_page::host(),
            bundle: "https://cdn.example/filmcard/".into(),
            draft: None,
        },
    )
    .render();
    settle(0).await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// Types `text` into the control, as a reader's typing fires `input`.
fn type_into(control: &Element, text: &str) {
    if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        input.set_value(text);
    } else {
        control
            .dyn_ref::<HtmlTextAreaElement>()
            .unwrap()
            .set_value(text);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    control.dispatch_event(&event).unwrap();
}

/// The preview card's shadow root in a theme.
fn preview(root: &Element, theme: &str) -> web_sys::ShadowRoot {
    find(root, &format!(".fc-b-preview__card[theme=\"{theme}\"]"))
        .shadow_root()
        .expect("the preview card has a shadow root")
}

fn text(shadow: &web_sys::ShadowRoot, selector: &str) -> Option<String> {
    shadow
        .query_selector(selector)
        .unwrap()
        .and_then(|element| element.text_content())
}

#[wasm_bindgen_test]
async fn the_title_typed_in_the_form_shows_on_the_card_in_both_themes() {
    let root = builder().await;
    assert_eq!(
        text(&preview(&root, "light"), ".fc-error")
            .as_deref()
            .map(|t| t.contains("title: missing")),
        Some(true)
    );
    type_into(&find(&root, "#fc-b-field-title"), "The Red Shoes");
    settle(400).await;
    for theme in ["light", "dark"] {
        assert_eq!(
            text(&preview(&root, theme), ".fc-card__title").as_deref(),
            Some("The Red Shoes"),
            "{theme}"
        );
    }
    // The card's stylesheet is adopted by the shadow root, as on a page.
    assert_eq!(preview(&root, "dark").adopted_style_sheets().length(), 1);
}

#[wasm_bindgen_test]
async fn an_imported_film_previews_and_an_error_goes_back_to_its_field() {
    let root = builder().await;
    type_into(&find(&root, "#fc-b-field-import"), DEMO);
    let fill: HtmlElement = find(&root, ".fc-b-import button").dyn_into().unwrap();
    fill.click();
    settle(400).await;
    let light = preview(&root, "light");
    assert_eq!(light.query_selector_all(".fc-review").unwrap().length(), 4);

    // The preview's own buttons work in its shadow root.
    let more: HtmlElement = find_in_card(&light, "button[aria-expanded=\"false\"]")
        .dyn_into()
        .unwrap();
    more.click();
    settle(0).await;
    assert_eq!(more.get_attribute("aria-expanded").as_deref(), Some("true"));

    let author = find(&root, "#fc-b-field-reviews-2--author");
    type_into(&author, "");
    settle(400).await;
    assert_eq!(
        author.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = author.get_attribute("aria-describedby").unwrap();
    let message = find(&root, &format!("#{described}"))
        .text_content()
        .unwrap();
    assert!(message.contains("reviews[2].author: missing"), "{message}");
    assert!(text(&light, ".fc-error")
        .unwrap()
        .contains("reviews[2].author: missing"));

    let go: HtmlElement = find(&root, ".fc-b-status button").dyn_into().unwrap();
    go.click();
    settle(0).await;
    assert_eq!(
        document().active_element().map(|element| element.id()),
        Some("fc-b-field-reviews-2--author".to_owned())
    );
}

/// The snippet's text, as the export panel shows it.
fn snippet(root: &Element) -> String {
    find(root, "#fc-b-snippet")
        .dyn_into::<HtmlTextAreaElement>()
        .unwrap()
        .value()
}

/// Fires `change` on a control, as the browser does when a choice is made.
fn change(control: &Element) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("change", &init).unwrap();
    control.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_checkbox_a_select_and_a_radio_button_each_reach_the_form() {
    let root = builder().await;
    type_into(&find(&root, "#fc-b-field-import"), DEMO);
    let fill: HtmlElement = find(&root, ".fc-b-import button").dyn_into().unwrap();
    fill.click();
    settle(400).await;
    assert!(!snippet(&root).contains("\"spoiler\""));

    // A checkbox reads as true, then false.
    let spoiler: HtmlElement = find(&root, "#fc-b-field-reviews-0--spoiler")
        .dyn_into()
        .unwrap();
    spoiler.click();
    settle(400).await;
    assert!(
        snippet(&root).contains("\"spoiler\": true"),
        "{}",
        snippet(&root)
    );
    spoiler.click();
    settle(400).await;
    assert!(!snippet(&root).contains("\"spoiler\""));

    // A select's choice: a series has an end date to fill in.
    assert!(root.query_selector("#fc-b-field-ended").unwrap().is_none());
    let kind = find(&root, "#fc-b-field-kind");
    kind.dyn_ref::<web_sys::HtmlSelectElement>()
        .unwrap()
        .set_value("series");
    change(&kind);
    settle(400).await;
    assert!(root.query_selector("#fc-b-field-ended").unwrap().is_some());
    assert!(snippet(&root).contains("\"kind\": \"series\""));

    // A radio button's value: the preview narrows to a phone's width.
    let phone: HtmlElement = find(&root, "input[name=\"fc-b-width\"][value=\"phone\"]")
        .dyn_into()
        .unwrap();
    phone.click();
    settle(0).await;
    assert!(root
        .query_selector(".fc-b-preview--phone")
        .unwrap()
        .is_some());
}
