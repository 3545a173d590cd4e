//! The card builder's views rendered to HTML strings, natively, with Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../../tests/ssr/mod.rs"]
mod ssr;

use std::rc::Rc;

use filmcard_builder::components::app::{App, AppProps};
use filmcard_builder::components::preview::{Preview, PreviewProps};
use filmcard_builder::components::review_fields::{ReviewFields, ReviewFieldsProps};
use filmcard_builder::components::reviews_fields::{ReviewsFields, ReviewsFieldsProps};
use filmcard_builder::components::text_field::{TextField, TextFieldProps};
use filmcard_builder::field::{Origin, Placed};
use filmcard_builder::form::{RatingForm, RatingKind, ReviewForm};
use filmcard_builder::state::BuilderState;
use filmcard_card::components::widget::WidgetData;
use filmcard_film::config::Config;
use filmcard_film::data;
use ssr::render;
use yew::Callback;

const DEMO: &str = include_str!("../../../demo/the-red-shoes.json");

fn placed(field: &str, text: &str, origin: Origin) -> Placed {
    Placed {
        field: field.into(),
        text: text.into(),
        origin,
    }
}

#[test]
fn a_field_is_labelled_and_describes_its_hint_and_its_error() {
    let html = render::<TextField>(TextFieldProps {
        path: "reviews[2].author".into(),
        label: "Author".into(),
        value: "".into(),
        hint: Some("Who wrote it".into()),
        multiline: false,
        kind: "text".into(),
        required: true,
        errors: Rc::new(vec![
            placed(
                "reviews[2].author",
                "reviews[2].author: missing",
                Origin::Card,
            ),
            placed("title", "title: missing", Origin::Card),
        ]),
        on_set: Callback::noop(),
    });
    assert!(
        html.contains(r#"<label for="fc-b-field-reviews-2--author">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"id="fc-b-field-reviews-2--author""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    assert!(
        html.contains(
            r#"aria-describedby="fc-b-hint-reviews-2--author fc-b-error0-reviews-2--author""#
        ),
        "{html}"
    );
    assert!(html.contains("reviews[2].author: missing"));
    assert!(
        !html.contains("title: missing"),
        "only the field's own messages"
    );
}

#[test]
fn a_valid_field_is_not_marked() {
    let html = render::<TextField>(TextFieldProps {
        path: "title".into(),
        label: "Title".into(),
        value: "The Red Shoes".into(),
        hint: None,
        multiline: false,
        kind: "text".into(),
        required: false,
        errors: Rc::new(vec![]),
        on_set: Callback::noop(),
    });
    assert!(!html.contains("aria-invalid"), "{html}");
    assert!(!html.contains("aria-describedby"), "{html}");
    assert!(html.contains(r#"value="The Red Shoes""#), "{html}");
}

#[test]
fn a_review_groups_its_fields_under_its_number() {
    let html = render::<ReviewFields>(ReviewFieldsProps {
        index: 2,
        count: 3,
        review: ReviewForm {
            author: "Maria Trim".into(),
            rating: RatingForm {
                kind: RatingKind::Stars,
                value: "4.5".into(),
                best: String::new(),
            },
            spoiler: true,
            ..ReviewForm::default()
        },
        json_ld_note: None,
        errors: Rc::new(vec![]),
        on_set: Callback::noop(),
        on_remove: Callback::noop(),
        on_move: Callback::noop(),
    });
    assert!(!html.contains("JSON-LD"), "no note without one: {html}");
    assert!(
        html.contains(
            r#"<fieldset data-path="reviews[2]" class="fc-b-review"><legend>Review 3</legend>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"data-path="reviews[2].rating.stars""#),
        "{html}"
    );
    assert!(
        html.contains(r#"data-path="reviews[2].rating.best""#),
        "{html}"
    );
    assert!(html.contains("checked"), "the spoiler flag");
    // The last review cannot move down; the buttons name the review.
    assert!(
        html.contains("Move down<span class=\"fc-b-hidden\"> review 3</span>"),
        "{html}"
    );
    assert!(html.contains("disabled"), "{html}");
}

#[test]
fn the_preview_is_the_real_card_in_both_themes() {
    let film = data::parse(DEMO).unwrap();
    let html = render::<Preview>(PreviewProps {
        data: WidgetData::from(Ok(film)),
        config: Rc::new(Config::default()),
        revision: 1,
        host: Default::default(),
    });
    assert!(
        html.contains(r#"theme="light""#) && html.contains(r#"theme="dark""#),
        "{html}"
    );
    assert_eq!(
        html.matches(r#"class="fc-card__title""#).count(),
        2,
        "{html}"
    );
    assert!(html.contains(r#"id="fc-b-light-title""#) && html.contains(r#"id="fc-b-dark-title""#));
}

#[test]
fn the_preview_shows_the_card_error_box_for_refused_data() {
    let error = data::parse(r#"{ "title": "X", "reviews": [{ "text": "t" }] }"#).unwrap_err();
    let html = render::<Preview>(PreviewProps {
        data: WidgetData::from(Err(error)),
        config: Rc::new(Config::default()),
        revision: 1,
        host: Default::default(),
    });
    assert_eq!(
        html.matches("reviews[0].author: missing").count(),
        2,
        "{html}"
    );
}

#[test]
fn the_page_from_a_draft_shows_the_card_the_snippet_and_the_json_ld() {
    let draft = BuilderState {
        form: filmcard_builder::form::FormState::from_value(&serde_json::from_str(DEMO).unwrap()).0,
        ..BuilderState::default()
    }
    .draft();
    let html = render::<App>(AppProps {
        host: Default::default(),
        bundle: "https://cdn.example/filmcard/".into(),
        draft: Some(draft.into()),
    });
    assert!(html.contains("The card shows the film."), "{html}");
    assert!(html.contains("&lt;film-card&gt;"), "the snippet");
    assert!(
        html.contains("https://cdn.example/filmcard/filmcard.js"),
        "the bundle address"
    );
    assert!(html.contains("application/ld+json"), "the JSON-LD");
    assert_eq!(html.matches("<legend>Review ").count(), 4);
    assert!(html.contains(r#"role="status""#));
}

#[test]
fn an_empty_page_says_what_the_card_needs_at_the_title() {
    let html = render::<App>(AppProps {
        host: Default::default(),
        bundle: "".into(),
        draft: None,
    });
    assert!(
        html.contains("The card shows an error: <strong>title: missing</strong>"),
        "{html}"
    );
    assert!(
        html.contains("The card says: </span><span class=\"fc-b-error__text\">title: missing"),
        "{html}"
    );
}

#[test]
fn a_review_left_out_of_the_json_ld_says_so_at_that_review() {
    let value = serde_json::json!({
        "title": "X",
        "reviews": [
            { "author": "rated", "text": "t", "rating": 8 },
            { "author": "unrated", "text": "t" }
        ]
    });
    let film = data::from_value(&value).unwrap();
    let form = filmcard_builder::form::FormState::of(&film);
    let html = render::<ReviewsFields>(ReviewsFieldsProps {
        reviews: Rc::new(form.reviews),
        json_ld_left_out: Rc::new(filmcard_film::schema::left_out(&film)),
        errors: Rc::new(vec![]),
        on_set: Callback::noop(),
        on_add: Callback::noop(),
        on_remove: Callback::noop(),
        on_move: Callback::noop(),
    });
    let second = html
        .find(r#"data-path="reviews[1]""#)
        .expect("the second review");
    let note = html
        .find("left out of the JSON-LD for search engines: a review is shown in search results only with its rating")
        .expect("the note");
    assert!(note > second, "the note is at the unrated review: {html}");
    assert_eq!(html.matches("left out of the JSON-LD").count(), 1, "{html}");
}
