//! The widget as a page runs it: `embed::start()` defines `<film-card>` and watches the page for
//! plain hosts. Apart from `tests/browser.rs`, whose cards are mounted one by one: starting the
//! edge changes the whole page (the element class, the page watch, links to reviews) for every
//! test that runs in it after.
#![cfg(target_arch = "wasm32")]

use filmcard::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

mod support;

use support::{find, settle, whole};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../demo/the-red-shoes.json");

/// Makes a host of `tag` holding `json` that renders as soon as it is found, not yet in the page.
fn eager_host(tag: &str, json: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element(tag).unwrap();
    if tag == "div" {
        host.set_attribute("data-filmcard", "").unwrap();
    }
    host.set_attribute("loading", "eager").unwrap();
    let script = document.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
    host
}

fn body() -> web_sys::HtmlElement {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
}

fn cards_in(host: &Element) -> u32 {
    host.shadow_root().map_or(0, |shadow| {
        shadow.query_selector_all(".fc-card").unwrap().length()
    })
}

#[wasm_bindgen_test]
async fn a_film_card_added_later_mounts_from_its_connected_callback_and_is_torn_down_once_removed()
{
    embed::start();
    let host = eager_host("film-card", DEMO);
    body().append_child(&host).unwrap();
    // Mounted inside the append itself: the element's connectedCallback, not a page watch (whose
    // callbacks run later, as microtasks).
    assert!(host.shadow_root().is_some(), "mounted when connected");
    yew::scheduler::flush().await;
    assert_eq!(cards_in(&host), 1);

    host.remove();
    settle(10).await;
    assert_eq!(
        cards_in(&host),
        0,
        "torn down a task after it left the page"
    );

    body().prepend_with_node_1(&host).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(cards_in(&host), 1, "mounted again when it came back");
    host.remove();
}

/// A `<film-card>` of the demo film added to the page, mounted, with its first long review
/// expanded: the host, its shadow root and that review's toggle.
async fn card_with_a_review_expanded() -> (Element, ShadowRoot, HtmlElement) {
    embed::start();
    let host = eager_host("film-card", DEMO);
    body().append_child(&host).unwrap();
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().unwrap();
    whole(&shadow).await;
    let button: HtmlElement = find(&shadow, ".fc-review__toggle").dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    (host, shadow, button)
}

#[wasm_bindgen_test]
async fn a_film_card_moved_in_the_page_keeps_its_state() {
    let (host, shadow, button) = card_with_a_review_expanded().await;

    // Disconnected and connected again in one task.
    body().prepend_with_node_1(&host).unwrap();
    settle(10).await;
    let after: HtmlElement = find(&shadow, ".fc-review__toggle").dyn_into().unwrap();
    assert_eq!(after, button, "the same element, not a new mount");
    assert_eq!(
        after.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(shadow.query_selector_all(".fc-root").unwrap().length(), 1);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_plain_host_added_later_mounts_and_is_torn_down_once_removed() {
    embed::start();
    let host = eager_host("div", DEMO);
    // Inside a wrapper: a host anywhere in what the page adds is found.
    let wrapper = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("section")
        .unwrap();
    wrapper.append_child(&host).unwrap();
    body().append_child(&wrapper).unwrap();
    settle(10).await;
    assert_eq!(cards_in(&host), 1);

    wrapper.remove();
    settle(10).await;
    assert_eq!(cards_in(&host), 0);
}

#[wasm_bindgen_test]
async fn a_hashchange_keeps_each_card_s_callbacks_and_its_reviews_as_they_are() {
    let (host, shadow, _) = card_with_a_review_expanded().await;
    let actions = embed::host_actions_of(&host).expect("mounted");
    let review = find(&shadow, ".fc-review");

    let location = web_sys::window().unwrap().location();
    location.set_hash("elsewhere").unwrap();
    settle(10).await;
    location.set_hash("").unwrap();
    settle(10).await;

    // The same callbacks (a `Callback` equals only itself), so no review's props changed and
    // none rendered again.
    assert!(embed::host_actions_of(&host) == Some(actions));
    assert_eq!(find(&shadow, ".fc-review"), review);
    assert_eq!(
        find(&shadow, ".fc-review__toggle")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    host.remove();
}
