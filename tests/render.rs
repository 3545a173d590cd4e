//! Components rendered to HTML strings, natively, with Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use filmcard::components::review::{Review, ReviewProps};
use filmcard::components::widget::{Widget, WidgetData, WidgetProps};
use filmcard::config::Config;
use filmcard::data::{self, DataError};
use filmcard::i18n::Locale;
use filmcard::model;
use yew::{BaseComponent, LocalServerRenderer};

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
    widget_with(data, Config::default(), None)
}

fn widget_with(
    data: Result<model::Film, DataError>,
    config: Config,
    deep_link: Option<&str>,
) -> String {
    render::<Widget>(WidgetProps {
        data: WidgetData::from(data),
        config: Rc::new(config),
        deep_link: deep_link.map(|fragment| fragment.to_owned().into()),
        host: Default::default(),
    })
}

fn review(text: &str) -> model::Review {
    model::Review {
        id: None,
        anchor: "a1b2c3d4".into(),
        author: "Maria Trim".into(),
        text: text.into(),
        date: None,
        rating: None,
        spoiler: false,
    }
}

fn review_props(review: model::Review, targeted: bool) -> ReviewProps {
    ReviewProps {
        review: Rc::new(review),
        number: 3,
        text_id: "fc0-review-2".into(),
        collapse_at: 20,
        targeted,
        locale: Rc::new(Locale::default()),
    }
}

/// A review's markup, collapsed, or opened as a link to it opens it.
fn review_html(text: &str, opened: bool) -> String {
    render::<Review>(review_props(review(text), opened))
}

/// The start tags named `tag` that carry every one of `attributes`, in any order.
fn tags<'a>(html: &'a str, tag: &str, attributes: &[(&str, &str)]) -> Vec<&'a str> {
    html.match_indices(&format!("<{tag} "))
        .map(|(start, _)| &html[start..start + html[start..].find('>').expect("tag closes") + 1])
        .filter(|element| {
            attributes
                .iter()
                .all(|(name, value)| element.contains(&format!(" {name}=\"{value}\"")))
        })
        .collect()
}

/// The text right after the one start tag named `tag` with `attributes`, up to the next tag.
fn text_after(html: &str, tag: &str, attributes: &[(&str, &str)]) -> String {
    let found = tags(html, tag, attributes);
    assert_eq!(found.len(), 1, "one <{tag}> with {attributes:?} in {html}");
    let start = html.find(found[0]).expect("found") + found[0].len();
    let end = html[start..]
        .find('<')
        .map_or(html.len(), |offset| start + offset);
    html[start..end].to_owned()
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
    let card = [("class", "fc-card"), ("aria-labelledby", "fc-title")];
    assert_eq!(tags(&html, "article", &card).len(), 1, "{html}");
    let title = [
        ("id", "fc-title"),
        ("class", "fc-card__title"),
        ("dir", "auto"),
    ];
    assert_eq!(text_after(&html, "h2", &title), "The Red Shoes");
    assert!(text_of(&html).contains("Rated NR"));
    assert!(html.contains(r#"<time datetime="1948-10-22">22 October 1948</time>"#));
    assert!(text_of(&html).contains("22 October 1948 (USA)"));
    assert!(html.contains("In this classic drama, Vicky Page is an aspiring ballerina"));
    assert!(html.contains(r#"target="_blank" rel="noopener noreferrer""#));
    assert!(html.contains("The Red Shoes Trailers"));
    assert_eq!(text_after(&html, "h3", &[("id", "fc-reviews")]), "Reviews");
    let bylines = [("class", "fc-review__author"), ("dir", "auto")];
    assert_eq!(tags(&html, "span", &bylines).len(), 4);
    for author in ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"] {
        assert!(html.contains(&format!(r#"class="fc-review__author">{author}</span>"#)));
    }
}

#[test]
fn only_long_reviews_are_collapsed_behind_a_button() {
    let html = widget(data::parse(DEMO));
    assert_eq!(tags(&html, "li", &[("class", "fc-review")]).len(), 4);
    let collapsed = [("class", "fc-review__toggle"), ("aria-expanded", "false")];
    assert_eq!(
        tags(&html, "button", &collapsed).len(),
        3,
        "the first review is short"
    );
    let first = [("id", "fc-review-0"), ("class", "fc-review__text")];
    assert_eq!(
        text_after(&html, "p", &first),
        "Very beautiful and inspiring film. I'm very impressed by the choreography and music and a great acting game."
    );
    assert!(html.contains(r#"aria-controls="fc-review-1""#));
    assert!(
        !html.contains("Flesh and Bones was a dark"),
        "long text is collapsed"
    );
}

#[test]
fn a_collapsed_review_shows_a_word_prefix_an_ellipsis_and_view_more() {
    let html = review_html("Stunning looking film and superb dancing.", false);
    let text = [
        ("id", "fc0-review-2"),
        ("class", "fc-review__text"),
        ("dir", "auto"),
    ];
    assert_eq!(text_after(&html, "p", &text), "Stunning looking…", "{html}");
    let toggle = [
        ("type", "button"),
        ("class", "fc-review__toggle"),
        ("aria-expanded", "false"),
        ("aria-controls", "fc0-review-2"),
    ];
    assert_eq!(tags(&html, "button", &toggle).len(), 1, "{html}");
    assert!(
        html.contains(r#"aria-label="View More: review by Maria Trim""#),
        "{html}"
    );
    assert!(text_of(&html).contains("View More"));
}

#[test]
fn an_expanded_review_shows_the_whole_text_and_view_less() {
    let html = review_html("Stunning looking film and superb dancing.", true);
    assert!(
        html.contains(">Stunning looking film and superb dancing.</p>"),
        "{html}"
    );
    assert!(html.contains(r#"aria-expanded="true""#));
    assert!(
        html.contains(r#"aria-label="View Less: review by Maria Trim""#),
        "{html}"
    );
    assert!(text_of(&html).contains("View Less"));
}

#[test]
fn a_short_review_has_no_toggle() {
    let html = review_html("Lovely.", false);
    assert!(!html.contains("fc-review__toggle"));
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
    assert_eq!(
        tags(&html, "div", &[("class", "fc-error")]).len(),
        1,
        "{html}"
    );
    assert!(html.contains("reviews[0].author: missing"));
    assert!(!html.contains("fc-card"));
}
