use super::*;
use serde_json::json;

const DEMO: &str = include_str!("../../../../demo/the-red-shoes.json");
const BLACK_NARCISSUS: &str = include_str!("../../../../demo/black-narcissus.json");

#[test]
fn an_empty_form_is_refused_at_the_title() {
    let error = FormState::default().validate().unwrap_err();
    assert_eq!(error.to_string(), "title: missing");
}

#[test]
fn the_demo_films_go_through_the_form_unchanged() {
    for text in [DEMO, BLACK_NARCISSUS] {
        let value: Value = serde_json::from_str(text).unwrap();
        let (form, left_out) = FormState::from_value(&value);
        assert_eq!(left_out, vec![]);
        assert_eq!(form.to_value(), value);
        assert_eq!(form.validate(), filmcard_film::data::from_value(&value));
    }
}

#[test]
fn every_rating_form_comes_back_as_typed() {
    for rating in [
        json!(8.5),
        json!(7),
        json!("B+"),
        json!({ "value": 4, "best": 5 }),
        json!({ "value": 72 , "best": 100 }),
        json!({ "stars": 3.5 }),
        json!({ "stars": 4, "best": 10 }),
    ] {
        let film =
            json!({ "title": "X", "reviews": [{ "author": "a", "text": "t", "rating": rating }] });
        let (form, left_out) = FormState::from_value(&film);
        assert!(left_out.is_empty());
        assert_eq!(form.to_value(), film, "{rating}");
    }
}

#[test]
fn a_validated_rating_gives_a_form_the_card_reads_the_same() {
    let ratings = [
        Rating::Score {
            value_tenths: 85,
            best_tenths: 100,
        },
        Rating::Score {
            value_tenths: 35,
            best_tenths: 50,
        },
        Rating::Stars { halves: 7, best: 5 },
        Rating::Grade(9),
    ];
    for rating in ratings {
        let value = RatingForm::of(&rating).to_value().unwrap();
        assert_eq!(filmcard_film::data::read_rating(&value), Ok(Some(rating)));
    }
}

#[test]
fn what_the_form_cannot_hold_is_named() {
    let film = json!({
        "title": 5,
        "director": "Michael Powell",
        "release": { "date": 1948, "country": "UK" },
        "reviews": [7, { "author": "a", "text": "t", "likes": 3, "spoiler": "yes" }],
        "labels": { "viewMore": "Read on", "nope": "x" }
    });
    let (form, left_out) = FormState::from_value(&film);
    let paths: Vec<&str> = left_out.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "director",
            "labels.nope",
            "release.country",
            "release.date",
            "reviews[0]",
            "reviews[1].likes",
            "reviews[1].spoiler",
            "title",
        ]
    );
    assert_eq!(form.label("viewMore"), "Read on");
    assert_eq!(form.reviews.len(), 2);
    assert_eq!(form.reviews[1].author, "a");
}

#[test]
fn typed_numbers_stay_numbers_and_text_is_left_to_the_checks() {
    let mut review = ReviewForm {
        author: "a".into(),
        text: "t".into(),
        ..ReviewForm::default()
    };
    review.rating = RatingForm {
        kind: RatingKind::Scale,
        value: "four".into(),
        best: "5".into(),
    };
    let form = FormState {
        title: "X".into(),
        reviews: vec![review],
        ..FormState::default()
    };
    let error = form.validate().unwrap_err();
    assert_eq!(error.path, "reviews[0].rating.value");
}

#[test]
fn options_are_read_by_the_card_own_attribute_reader() {
    let options = Options {
        collapse_at: "5".into(),
        sort: "newest".into(),
        ..Options::default()
    };
    let (config, warnings) = options.config();
    assert_eq!(config.sort, filmcard_film::order::Sort::Newest);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].starts_with("collapse-at=\"5\""));
    assert_eq!(
        options.attributes(),
        [("collapse-at", "5"), ("sort", "newest")]
    );
}

#[test]
fn labels_keep_the_card_order_and_blank_removes() {
    let mut form = FormState::default();
    form.set_label("viewLess", "Less".into());
    form.set_label("reviews", "Readers".into());
    assert_eq!(form.labels[0].0, "reviews");
    form.set_label("reviews", String::new());
    assert_eq!(form.labels.len(), 1);
}
