//! The widget mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

use filmcard::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../demo/the-red-shoes.json");

/// Adds a `<film-card>` holding `json` to the page and returns it, not yet mounted.
fn host_with(json: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("film-card").unwrap();
    let script = document.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

async fn mounted(json: &str) -> (Element, ShadowRoot) {
    let host = host_with(json);
    embed::mount(&host);
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("the widget has a shadow root");
    (host, shadow)
}

fn find(shadow: &ShadowRoot, selector: &str) -> Element {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn full_text(index: usize) -> String {
    let film = filmcard::data::parse(DEMO).unwrap();
    film.reviews[index].text.clone()
}

#[wasm_bindgen_test]
async fn view_more_expands_and_view_less_collapses() {
    let (_host, shadow) = mounted(DEMO).await;
    let button: HtmlElement = find(&shadow, "button[aria-controls]").dyn_into().unwrap();
    let text = find(
        &shadow,
        &format!("#{}", button.get_attribute("aria-controls").unwrap()),
    );
    let collapsed = text.text_content().unwrap();
    assert!(collapsed.ends_with('…'), "{collapsed}");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(text.text_content().unwrap(), full_text(1));
    assert!(button.text_content().unwrap().starts_with("View Less"));

    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(text.text_content().unwrap(), collapsed);
    assert!(button.text_content().unwrap().starts_with("View More"));
}

#[wasm_bindgen_test]
async fn reviews_toggle_independently() {
    let (_host, shadow) = mounted(DEMO).await;
    let buttons = shadow.query_selector_all(".fc-review__toggle").unwrap();
    assert_eq!(buttons.length(), 3);
    let second: HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    second.click();
    yew::scheduler::flush().await;
    let expanded: Vec<_> = (0..3)
        .map(|i| {
            let button: Element = buttons.item(i).unwrap().dyn_into().unwrap();
            button.get_attribute("aria-expanded").unwrap()
        })
        .collect();
    assert_eq!(expanded, ["false", "true", "false"]);
    assert_eq!(
        find(&shadow, &format!("#{}-review-2", id_prefix(&shadow)))
            .text_content()
            .unwrap(),
        full_text(2)
    );
}

/// The widget's id prefix, read back from its title's id (`fc3-title` gives `fc3`).
fn id_prefix(shadow: &ShadowRoot) -> String {
    find(shadow, ".fc-card__title")
        .id()
        .trim_end_matches("-title")
        .to_owned()
}

#[wasm_bindgen_test]
async fn the_stylesheet_is_adopted_inside_the_shadow_root() {
    let (_host, shadow) = mounted(DEMO).await;
    let title = find(&shadow, ".fc-card__title");
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&title)
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("font-weight").unwrap(), "700");
}

#[wasm_bindgen_test]
async fn invalid_data_shows_an_error_box_in_place_of_the_card() {
    let (_host, shadow) = mounted(r#"{ "title": "X", "reviews": [{ "author": "a" }] }"#).await;
    assert!(shadow.query_selector(".fc-card").unwrap().is_none());
    let error = find(&shadow, ".fc-error");
    assert!(error
        .text_content()
        .unwrap()
        .contains("reviews[0].text: missing"));
}

#[wasm_bindgen_test]
async fn mounting_twice_renders_one_widget() {
    let (host, shadow) = mounted(DEMO).await;
    embed::mount(&host);
    embed::mount_all();
    yew::scheduler::flush().await;
    assert_eq!(host.shadow_root(), Some(shadow.clone()));
    assert_eq!(shadow.query_selector_all(".fc-card").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn toggling_a_review_tells_the_host_page() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let (host, shadow) = mounted(DEMO).await;
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let listener = {
        let heard = heard.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).unwrap();
            heard.borrow_mut().push(format!(
                "{} {} {}",
                event.type_(),
                field("id").as_string().unwrap(),
                field("expanded").as_bool().unwrap()
            ));
        })
    };
    host.add_event_listener_with_callback("filmcard:toggle", listener.as_ref().unchecked_ref())
        .unwrap();
    let button: HtmlElement = find(&shadow, ".fc-review__toggle").dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        *heard.borrow(),
        ["filmcard:toggle 2 true", "filmcard:toggle 2 false"]
    );
}
