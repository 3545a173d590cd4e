//! The data format through its public face: what is accepted, and each refusal's exact words.

use super::error;
use super::*;
use crate::model::{Rating, Review};
use serde_json::{json, Value};

const SEED: &str = include_str!("../../../../demo/the-red-shoes.json");

fn error_of(value: Value) -> String {
    from_value(&value)
        .expect_err("data should be refused")
        .to_string()
}

fn minimal() -> Value {
    json!({ "title": "The Red Shoes", "reviews": [{ "author": "a", "text": "t" }] })
}

/// `base` with the value at a JSON pointer set, adding the last key when it is new.
fn with(mut base: Value, pointer: &str, value: Value) -> Value {
    let (parent, last) = pointer.rsplit_once('/').expect("a JSON pointer");
    match base.pointer_mut(parent).expect("the parent exists") {
        Value::Array(items) => items[last.parse::<usize>().expect("an index")] = value,
        parent => parent[last] = value,
    }
    base
}

#[test]
fn the_demo_film_parses_with_every_field() {
    let film = parse(SEED).expect("demo data is valid");
    assert_eq!(film.title, "The Red Shoes");
    assert_eq!(film.certificate.as_deref(), Some("NR"));
    let release = film.release.expect("release");
    assert_eq!(release.date.map(|d| d.iso()).as_deref(), Some("1948-10-22"));
    assert_eq!(release.region.as_deref(), Some("USA"));
    assert!(film
        .synopsis
        .expect("synopsis")
        .starts_with("In this classic drama"));
    let trailer = film.trailer.expect("trailer");
    assert_eq!(trailer.label.as_deref(), Some("The Red Shoes Trailers"));
    assert!(trailer.url.starts_with("https://"));
    let authors: Vec<_> = film.reviews.iter().map(|r| r.author.as_str()).collect();
    assert_eq!(
        authors,
        ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"]
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let data = json!({ "title": "X", "runtime": 133, "reviews": [{ "author": "a", "text": "t", "likes": 3 }] });
    assert!(from_value(&data).is_ok());
}

#[test]
fn the_data_must_be_an_object() {
    assert_eq!(
        error_of(json!([1, 2])),
        "the film data must be a JSON object ({ ... }), found a list"
    );
    assert!(parse("{ \"title\": ")
        .unwrap_err()
        .message
        .contains("not valid JSON (line 1"));
}

#[test]
fn each_required_field_has_its_own_path_when_missing() {
    assert_eq!(error_of(json!({})), "title: missing");
    assert_eq!(error_of(json!({ "title": null })), "title: missing");
    assert_eq!(error_of(json!({ "title": "  " })), "title: missing");
    let no_author = with(minimal(), "/reviews/0", json!({ "text": "t" }));
    assert_eq!(error_of(no_author), "reviews[0].author: missing");
    let no_text =
        json!({ "title": "X", "reviews": [{ "author": "a", "text": "t" }, { "author": "b" }] });
    assert_eq!(error_of(no_text), "reviews[1].text: missing");
    let no_url = with(minimal(), "/trailer", json!({ "label": "x" }));
    assert_eq!(error_of(no_url), "trailer.url: missing");
    let no_poster_url = with(minimal(), "/poster", json!({ "alt": "x" }));
    assert_eq!(error_of(no_poster_url), "poster.url: missing");
}

#[test]
fn each_wrongly_typed_field_has_its_own_path() {
    assert_eq!(
        error_of(json!({ "title": 7 })),
        "title: must be text, found a number"
    );
    let cases = [
        (
            "/reviews/0/author",
            json!(["a"]),
            "reviews[0].author: must be text, found a list",
        ),
        (
            "/reviews/0/text",
            json!(true),
            "reviews[0].text: must be text, found true or false",
        ),
        (
            "/reviews",
            json!({}),
            "reviews: must be a list of reviews, found an object",
        ),
        (
            "/reviews/0",
            json!("a review"),
            "reviews[0]: must be an object ({ ... }), found text",
        ),
        (
            "/release",
            json!("1948"),
            "release: must be an object ({ ... }), found text",
        ),
        (
            "/synopsis",
            json!(1),
            "synopsis: must be text, found a number",
        ),
        (
            "/reviews/0/rating",
            json!(true),
            "reviews[0].rating: must be a number, a letter grade or { \"value\": 9, \"best\": 10 }, found true or false",
        ),
    ];
    for (pointer, value, expected) in cases {
        assert_eq!(
            error_of(with(minimal(), pointer, value)),
            expected,
            "at {pointer}"
        );
    }
}

#[test]
fn only_web_urls_are_accepted() {
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " https://example.com",
        "java\tscript:alert(1)",
        "data:text/html,hi",
        "vbscript:msgbox",
        "//evil.example",
        "https://user:pass@example.com/",
        "https://",
        "https:example.com",
        "http:\\\\evil.example",
        "https://exam\u{200b}ple.com/",
        "https://example.com/\u{feff}",
        "\u{202e}https://example.com/",
        "https://example.com/\u{202e}lmth.exe",
        "https://exa\u{ad}mple.com/",
    ] {
        assert!(!is_web_url(bad), "{bad:?} should be refused");
    }
    for good in [
        "https://example.com",
        "http://example.com:8080/a?b#c",
        "HTTPS://EXAMPLE.COM",
    ] {
        assert!(is_web_url(good), "{good:?} should be accepted");
    }
    let data = with(
        minimal(),
        "/trailer",
        json!({ "url": "javascript:alert(1)", "label": "x" }),
    );
    assert_eq!(
        error_of(data),
        "trailer.url: must be a web address starting with https:// or http://"
    );
}

#[test]
fn dates_are_full_or_partial_and_real() {
    assert_eq!(parse_date("1948").map(|d| d.iso()).as_deref(), Some("1948"));
    assert_eq!(
        parse_date("1948-10").map(|d| d.iso()).as_deref(),
        Some("1948-10")
    );
    assert_eq!(
        parse_date("2024-02-29").map(|d| d.iso()).as_deref(),
        Some("2024-02-29")
    );
    for bad in [
        "1948-13-45",
        "1900-02-29",
        "48",
        "1948-1-2",
        "1948-10-22T00:00",
        "0000",
        "",
        "1948--",
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?}");
    }
    let data = json!({ "title": "X", "release": { "date": "1948-13-45" } });
    assert_eq!(
        error_of(data),
        "release.date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22"
    );
}

/// What a review with `field` set to `value` reads as, or the error it gives.
fn review_with<T>(field: &str, value: Value, read: impl Fn(&Review) -> T) -> Result<T, String> {
    let mut review = json!({ "author": "a", "text": "t" });
    review[field] = value;
    from_value(&with(minimal(), "/reviews/0", review))
        .map(|film| read(&film.reviews[0]))
        .map_err(|error| error.to_string())
}

#[test]
fn ratings_take_a_scale_or_default_to_ten() {
    let rating = |value: Value| review_with("rating", value, |review| review.rating);
    assert_eq!(
        rating(json!(8.5)),
        Ok(Some(Rating::Score {
            value_tenths: 85,
            best_tenths: 100
        }))
    );
    assert_eq!(
        rating(json!({ "value": 4, "best": 5 })),
        Ok(Some(Rating::Score {
            value_tenths: 40,
            best_tenths: 50
        }))
    );
    assert!(rating(json!({ "value": 6, "best": 5 })).is_err());
    assert!(rating(json!(-1)).is_err());
    assert!(rating(json!({ "best": 5 })).is_err());
}

#[test]
fn ratings_can_be_stars_or_letter_grades() {
    let rating = |value: Value| review_with("rating", value, |review| review.rating);
    assert_eq!(
        rating(json!({ "stars": 4.5 })),
        Ok(Some(Rating::Stars { halves: 9, best: 5 }))
    );
    assert_eq!(
        rating(json!({ "stars": 3, "best": 4 })),
        Ok(Some(Rating::Stars { halves: 6, best: 4 }))
    );
    assert_eq!(rating(json!("b+")), Ok(Some(Rating::Grade(9))));
    assert_eq!(rating(json!("A+")), Ok(Some(Rating::Grade(12))));
    assert_eq!(rating(json!("F")), Ok(Some(Rating::Grade(0))));
    assert_eq!(
        rating(json!({ "stars": 4.25 })),
        Err(
            "reviews[0].rating.stars: must be whole or half stars from 0 to 5, e.g. 4 or 3.5"
                .into()
        )
    );
    assert_eq!(
        rating(json!({ "stars": 6 })),
        Err(
            "reviews[0].rating.stars: must be whole or half stars from 0 to 5, e.g. 4 or 3.5"
                .into()
        )
    );
    assert_eq!(
        rating(json!({ "stars": 2, "best": 2.5 })),
        Err("reviews[0].rating.best: must be a whole number of stars from 1 to 10".into())
    );
    assert_eq!(
        rating(json!("E")),
        Err("reviews[0].rating: must be a number, a letter grade from A+ to F, or { \"value\": 9, \"best\": 10 }".into())
    );
}

#[test]
fn spoilers_are_flagged_with_true_or_false() {
    let review = |spoiler: Value| review_with("spoiler", spoiler, |review| review.spoiler);
    assert_eq!(review(json!(true)), Ok(true));
    assert_eq!(review(json!(false)), Ok(false));
    assert_eq!(review(Value::Null), Ok(false));
    assert_eq!(
        review(json!("yes")),
        Err("reviews[0].spoiler: must be true or false, found text".into())
    );
}

#[test]
fn anchors_are_stable_unique_and_safe_in_a_url() {
    let data = json!({ "title": "X", "reviews": [
        { "id": "r-1", "author": "a", "text": "t" },
        { "id": 7, "author": "b", "text": "t" },
        { "id": "with space/é", "author": "c", "text": "t" },
        { "author": "d", "text": "same" },
        { "author": "d", "text": "same" },
    ] });
    let film = from_value(&data).expect("valid");
    let anchors: Vec<_> = film.reviews.iter().map(|r| r.anchor.as_str()).collect();
    assert_eq!(&anchors[..2], ["r-1", "7"]);
    for anchor in &anchors[2..] {
        assert!(
            anchor
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "{anchor}"
        );
    }
    assert_eq!(anchors[4], format!("{}-2", anchors[3]));
    // The same review keeps its anchor when others are added before it.
    let again = json!({ "title": "X", "reviews": [
        { "author": "new", "text": "first" },
        { "author": "d", "text": "same" },
    ] });
    assert_eq!(
        from_value(&again).expect("valid").reviews[1].anchor,
        anchors[3]
    );
    assert_eq!(film.reviews[0].fragment(), "review-r-1");
}

#[test]
fn labels_override_known_keys_only() {
    let film =
        from_value(&json!({ "title": "X", "labels": { "viewMore": "Read on", "reviews": " " } }))
            .expect("valid");
    assert_eq!(film.labels, [("viewMore".to_owned(), "Read on".to_owned())]);
    let error = error_of(json!({ "title": "X", "labels": { "viewMoar": "x" } }));
    assert!(
        error.starts_with(
            "labels.viewMoar: is not a label; the labels are reviews, noReviews, viewMore"
        ),
        "{error}"
    );
    assert_eq!(
        error_of(json!({ "title": "X", "labels": { "viewMore": 3 } })),
        "labels.viewMore: must be text, found a number"
    );
}

#[test]
fn review_ids_are_optional_but_unique() {
    let data = json!({ "title": "X", "reviews": [
        { "id": "a", "author": "a", "text": "t" },
        { "id": 7, "author": "b", "text": "t" },
        { "id": "a", "author": "c", "text": "t" },
    ] });
    assert_eq!(
        error_of(data),
        "reviews[2].id: the same id is already used by reviews[0]; ids must be unique"
    );
}

/// Runs `read` as the reader's bundle does: the validator's texts left out (`error::terse`).
fn tersely<T>(read: impl FnOnce() -> T) -> T {
    error::TERSE.with(|terse| terse.set(true));
    let result = read();
    error::TERSE.with(|terse| terse.set(false));
    result
}

/// The corpus's inputs (tests/corpus/cases.txt): each case's text between its `=== name` line and
/// its `--> ` line.
fn corpus_inputs() -> Vec<(String, String)> {
    let mut cases = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in include_str!("../../../../tests/corpus/cases.txt").lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            current = Some((name.to_owned(), Vec::new()));
        } else if line.starts_with("--> ") {
            let (name, input) = current.take().expect("a --> line follows a === line");
            cases.push((name, input.join("\n")));
        } else if let Some((_, input)) = current.as_mut() {
            input.push(line);
        }
    }
    cases
}

/// The bundle's terse validator and the full one (the on-demand module's, which explains a
/// refusal) must judge every case alike: the same film, or a refusal at the same path. The terse
/// error has no text, but for a syntax error's place, which begins the full message.
#[test]
fn the_terse_validator_refuses_what_the_full_one_refuses_at_the_same_path() {
    let cases = corpus_inputs();
    assert!(cases.len() > 50, "only {} corpus cases", cases.len());
    let mut refused = 0;
    for (name, input) in &cases {
        let full = parse(input);
        let terse = tersely(|| parse(input));
        match (&full, &terse) {
            (Ok(full), Ok(terse)) => assert_eq!(full, terse, "{name}"),
            (Err(full), Err(terse)) => {
                refused += 1;
                assert_eq!(terse.path, full.path, "{name}");
                assert!(
                    !full.message.is_empty(),
                    "{name}: the full error has its text"
                );
                assert!(
                    terse.message.is_empty()
                        || (terse
                            .message
                            .starts_with("the film data is not valid JSON (line ")
                            && full.message.starts_with(&format!("{}: ", terse.message))),
                    "{name}: the terse error {terse:?} against {full:?}"
                );
            }
            _ => panic!("{name}: full {full:?}, terse {terse:?}"),
        }
    }
    assert!(refused > 40, "only {refused} refusals in the corpus");
}

/// Every kind of refusal the validator has is terse in the bundle: fields, ratings, dates,
/// addresses, labels, ids, and the empty data.
#[test]
fn a_terse_refusal_keeps_its_path_and_no_text() {
    let bad = [
        (json!({ "title": 7 }), "title"),
        (json!({ "reviews": [] }), "title"),
        (
            with(minimal(), "/reviews/0/rating", json!(11)),
            "reviews[0].rating",
        ),
        (
            with(minimal(), "/reviews/0/rating", json!({ "stars": 7 })),
            "reviews[0].rating.stars",
        ),
        (
            with(minimal(), "/reviews/0/date", json!("1948-02-30")),
            "reviews[0].date",
        ),
        (
            json!({ "title": "X", "trailer": { "url": "javascript:alert(1)" } }),
            "trailer.url",
        ),
        (
            json!({ "title": "X", "labels": { "nope": "x" } }),
            "labels.nope",
        ),
        (
            json!({ "title": "X", "reviews": [{ "id": 1, "author": "a", "text": "t" }, { "id": 1, "author": "b", "text": "t" }] }),
            "reviews[1].id",
        ),
    ];
    for (value, path) in bad {
        let full = from_value(&value).expect_err("refused");
        let terse = tersely(|| from_value(&value)).expect_err("refused");
        assert_eq!((full.path.as_str(), terse.path.as_str()), (path, path));
        assert!(!full.message.is_empty());
        assert_eq!(terse.message, "", "{path}");
    }
    assert_eq!(
        tersely(|| parse(" ")).expect_err("empty"),
        DataError::new("", "")
    );
    assert_eq!(
        tersely(|| parse("{\n  \"title\": 'x'\n}")).expect_err("single quotes"),
        DataError::new("", "the film data is not valid JSON (line 2, column 12)")
    );
}
