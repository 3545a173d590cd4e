//! Components rendered to HTML strings, natively, with Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use filmcard::components::review::{Review, ReviewProps};
use filmcard::components::widget::{Widget, WidgetData, WidgetProps};
use filmcard::config::Config;
use filmcard::data::{self, DataError};
use filmcard::i18n::ENGLISH;
use filmcard::model;
use yew::{BaseComponent, Callback, LocalServerRenderer};

const DEMO: &str = include_str!("../demo/the-red-shoes.json");

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(
        &runtime,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn widget(data: Result<model::Film, DataError>) -> String {
    render::<Widget>(WidgetProps {
        data: WidgetData::from(data),
        config: Rc::new(Config::default()),
        on_ready: Callback::noop(),
        on_toggle: Callback::noop(),
    })
}

fn review_html(text: &str, expanded: bool) -> String {
    render::<Review>(ReviewProps {
        review: Rc::new(model::Review {
            id: None,
            author: "Maria Trim".into(),
            text: text.into(),
            date: None,
            rating: None,
        }),
        text_id: "fc0-review-2".into(),
        collapse_at: 20,
        expanded,
        on_toggle: Callback::noop(),
        labels: &ENGLISH,
    })
}

/// The visible text of an HTML fragment: tags dropped, entities left as they are.
fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_demo_card_shows_every_field() {
    let html = widget(data::parse(DEMO));
    assert!(
        html.contains(r#"<article aria-labelledby="fc-title" class="fc-card">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<h2 id="fc-title" dir="auto" class="fc-card__title">The Red Shoes</h2>"#)
    );
    assert!(text_of(&html).contains("Rated NR"));
    assert!(html.contains(r#"<time datetime="1948-10-22">22 October 1948</time>"#));
    assert!(text_of(&html).contains("22 October 1948 (USA)"));
    assert!(html.contains("In this classic drama, Vicky Page is an aspiring ballerina"));
    assert!(html.contains(r#"target="_blank" rel="noopener noreferrer""#));
    assert!(html.contains("The Red Shoes Trailers"));
    assert!(html.contains(r#"<h3 id="fc-reviews" class="fc-reviews__heading">Reviews</h3>"#));
    for author in ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"] {
        assert!(html.contains(&format!(
            r#"<span dir="auto" class="fc-review__author">{author}</span>"#
        )));
    }
}

#[test]
fn only_long_reviews_are_collapsed_behind_a_button() {
    let html = widget(data::parse(DEMO));
    assert_eq!(html.matches("<li class=\"fc-review\">").count(), 4);
    assert_eq!(
        html.matches("aria-expanded=\"false\"").count(),
        3,
        "the first review is short"
    );
    assert!(html.contains("Very beautiful and inspiring film. I'm very impressed by the choreography and music and a great acting game.</p>"));
    assert!(html.contains(r#"aria-controls="fc-review-1""#));
    assert!(
        !html.contains("Flesh and Bones was a dark"),
        "long text is collapsed"
    );
}

#[test]
fn a_collapsed_review_shows_a_word_prefix_an_ellipsis_and_view_more() {
    let html = review_html("Stunning looking film and superb dancing.", false);
    assert!(
        html.contains(
            r#"<p id="fc0-review-2" dir="auto" class="fc-review__text">Stunning looking…</p>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"aria-expanded="false""#));
    assert!(html.contains(r#"aria-controls="fc0-review-2""#));
    assert!(html.contains(r#"<button type="button" aria-expanded="false""#));
    assert!(text_of(&html).contains("View More: review by Maria Trim"));
}

#[test]
fn an_expanded_review_shows_the_whole_text_and_view_less() {
    let html = review_html("Stunning looking film and superb dancing.", true);
    assert!(
        html.contains(">Stunning looking film and superb dancing.</p>"),
        "{html}"
    );
    assert!(html.contains(r#"aria-expanded="true""#));
    assert!(text_of(&html).contains("View Less: review by Maria Trim"));
}

#[test]
fn a_short_review_has_no_button() {
    let html = review_html("Lovely.", false);
    assert!(!html.contains("<button"));
    assert!(html.contains(">Lovely.</p>"));
}

#[test]
fn review_text_is_escaped_never_markup() {
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let html = review_html(payload, true);
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn invalid_data_renders_an_error_box_naming_the_field() {
    let html = widget(data::parse(
        r#"{ "title": "X", "reviews": [{ "text": "t" }] }"#,
    ));
    assert!(html.contains(r#"<div class="fc-error">"#), "{html}");
    assert!(html.contains("reviews[0].author: missing"));
    assert!(!html.contains("fc-card"));
}
