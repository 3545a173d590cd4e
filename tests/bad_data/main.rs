//! Hostile and mistaken film data: every input gets a clear answer naming the field, and nothing
//! a blogger can paste makes the widget panic, overflow its stack or stall.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};

use filmcard::data::{self, DataError};
use filmcard::model::{Film, Kind, Rating, GRADES};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};

const CORPUS: &str = include_str!("../corpus/cases.txt");
const DEMO: &str = include_str!("../../demo/the-red-shoes.json");

/// The fields the film data has at its top level; every error path starts with one of them.
const TOP_LEVEL: [&str; 12] = [
    "title",
    "certificate",
    "release",
    "synopsis",
    "trailer",
    "poster",
    "reviews",
    "kind",
    "ended",
    "series",
    "season",
    "episode",
];

struct Case {
    name: String,
    input: String,
    /// The error as the card shows it, or `None` when the data must be accepted.
    expected: Option<String>,
}

fn corpus() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut lines = CORPUS.lines();
    while let Some(line) = lines.next() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let name = line
            .strip_prefix("=== ")
            .unwrap_or_else(|| panic!("cases.txt: expected \"=== name\", found {line:?}"));
        let mut input = Vec::new();
        let expected = loop {
            let line = lines
                .next()
                .unwrap_or_else(|| panic!("cases.txt: case {name:?} has no \"--> \" line"));
            match line.strip_prefix("--> ") {
                Some(expected) => break expected,
                None => input.push(line),
            }
        };
        cases.push(Case {
            name: name.to_owned(),
            input: input.join("\n"),
            expected: (expected != "ok").then(|| expected.to_owned()),
        });
    }
    cases
}

/// Runs `parse` so that a panic becomes a reportable outcome instead of ending the whole test.
fn parse_guarded(input: &str) -> Result<Result<Film, DataError>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| data::parse(input))).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default()
    })
}

/// What the card shows for a result: the error text, or `ok`.
fn shown(result: &Result<Film, DataError>) -> String {
    match result {
        Ok(_) => "ok".to_owned(),
        Err(error) => error.to_string(),
    }
}

/// The promises a `Film` makes to the views, which never re-check them.
fn film_invariants(film: &Film) -> Result<(), String> {
    let blank = |text: &str| text.trim().is_empty();
    let mut problems = Vec::new();
    let mut check = |ok: bool, what: &str| {
        if !ok {
            problems.push(what.to_owned());
        }
    };
    check(!blank(&film.title), "blank title");
    for (name, text) in [
        ("certificate", film.certificate.as_deref()),
        ("synopsis", film.synopsis.as_deref()),
        (
            "release.region",
            film.release.as_ref().and_then(|r| r.region.as_deref()),
        ),
        (
            "trailer.label",
            film.trailer.as_ref().and_then(|t| t.label.as_deref()),
        ),
        (
            "poster.alt",
            film.poster.as_ref().and_then(|p| p.alt.as_deref()),
        ),
    ] {
        check(!text.is_some_and(blank), &format!("blank {name} kept"));
    }
    let work = &film.work;
    check(
        !work.series.as_deref().is_some_and(blank),
        "blank series kept",
    );
    // Each of the work's fields only on the kinds it belongs to.
    let (series, season, episode) = (
        work.kind == Kind::Series,
        matches!(work.kind, Kind::Season | Kind::Episode),
        work.kind == Kind::Episode,
    );
    check(series || work.ended.is_none(), "ended kept off a series");
    check(
        season || work.series.is_none(),
        "series kept off a season or an episode",
    );
    check(
        season || work.season.is_none(),
        "season kept off a season or an episode",
    );
    check(
        episode || work.episode.is_none(),
        "episode kept off an episode",
    );
    if let Some(trailer) = &film.trailer {
        check(data::is_web_url(&trailer.url), "trailer.url not a web URL");
    }
    if let Some(poster) = &film.poster {
        check(data::is_web_url(&poster.url), "poster.url not a web URL");
    }
    let dates = film
        .release
        .iter()
        .filter_map(|r| r.date)
        .chain(film.reviews.iter().filter_map(|r| r.date));
    for date in dates {
        check(
            data::parse_date(&date.iso()) == Some(date),
            &format!("date {date:?} does not round-trip"),
        );
    }
    let mut ids = BTreeSet::new();
    let mut anchors = BTreeSet::new();
    for (index, review) in film.reviews.iter().enumerate() {
        check(
            !blank(&review.author),
            &format!("reviews[{index}]: blank author"),
        );
        check(
            !blank(&review.text),
            &format!("reviews[{index}]: blank text"),
        );
        if let Some(id) = &review.id {
            check(!blank(id), &format!("reviews[{index}]: blank id"));
            check(ids.insert(id), &format!("reviews[{index}]: repeated id"));
        }
        if let Some(rating) = review.rating {
            let on_scale = match rating {
                Rating::Score {
                    value_tenths,
                    best_tenths,
                } => (1..=1000).contains(&best_tenths) && value_tenths <= best_tenths,
                Rating::Stars { halves, best } => (1..=10).contains(&best) && halves <= best * 2,
                Rating::Grade(position) => usize::from(position) < GRADES.len(),
            };
            check(
                on_scale && rating.per_mille() <= 1000,
                &format!("reviews[{index}]: rating {rating:?} off its scale"),
            );
        }
        let anchor_is_safe = !review.anchor.is_empty()
            && review
                .anchor
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
        check(
            anchor_is_safe && anchors.insert(review.anchor.as_str()),
            &format!(
                "reviews[{index}]: anchor {:?} unsafe or repeated",
                review.anchor
            ),
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join(", "))
    }
}

/// What every refusal promises: a message, and a path that names a real field.
fn error_invariants(error: &DataError) -> Result<(), String> {
    let head = error.path.split(['.', '[']).next().unwrap_or_default();
    if error.message.trim().is_empty() {
        Err(format!("{error:?} has no message"))
    } else if !error.path.is_empty() && !TOP_LEVEL.contains(&head) {
        Err(format!("{error:?} names no field of the film data"))
    } else {
        Ok(())
    }
}

#[test]
fn the_corpus_is_large_and_well_formed() {
    let cases = corpus();
    assert!(
        cases.len() >= 50,
        "only {} cases in corpus/cases.txt",
        cases.len()
    );
    let mut names = BTreeSet::new();
    for case in &cases {
        assert!(
            names.insert(&case.name),
            "case {:?} appears twice",
            case.name
        );
    }
    let refusals = cases.iter().filter(|case| case.expected.is_some()).count();
    assert!(refusals >= 50, "only {refusals} cases expect an error");
}

#[test]
fn every_corpus_case_gets_its_expected_answer() {
    let mut failures = String::new();
    let cases = corpus();
    for case in &cases {
        let result = match parse_guarded(&case.input) {
            Ok(result) => result,
            Err(panic) => {
                writeln!(failures, "{:?}: panicked: {panic}", case.name).unwrap();
                continue;
            }
        };
        let expected = case.expected.as_deref().unwrap_or("ok");
        let actual = shown(&result);
        if actual != expected {
            writeln!(
                failures,
                "{:?}:\n    expected {expected}\n    got      {actual}",
                case.name
            )
            .unwrap();
        }
        let invariants = match &result {
            Ok(film) => film_invariants(film),
            Err(error) => error_invariants(error),
        };
        if let Err(problem) = invariants {
            writeln!(failures, "{:?}: {problem}", case.name).unwrap();
        }
        // Text that is valid JSON must be judged the same whichever entry point it comes through.
        if let Ok(value) = serde_json::from_str::<Value>(&case.input) {
            if data::from_value(&value) != result {
                writeln!(failures, "{:?}: from_value disagrees with parse", case.name).unwrap();
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} corpus cases:\n{failures}",
        cases.len()
    );
}

#[test]
fn a_leading_byte_order_mark_is_ignored() {
    let plain = data::parse(DEMO).expect("the demo data is valid");
    assert_eq!(data::parse(&format!("\u{feff}{DEMO}")), Ok(plain));
    // The mark is invisible, so positions must count from what the blogger sees.
    let broken = "{ \"title\": }";
    assert_eq!(
        data::parse(&format!("\u{feff}{broken}")),
        data::parse(broken)
    );
    assert_eq!(
        data::parse("\u{feff}").unwrap_err().message,
        "the film data is empty; it must be a JSON object ({ ... })"
    );
}

#[test]
fn a_byte_order_mark_anywhere_else_is_refused() {
    for text in [
        "\u{feff}\u{feff}{ \"title\": \"The Red Shoes\" }",
        " \u{feff}{ \"title\": \"The Red Shoes\" }",
        "{ \"title\": \"The Red Shoes\" }\u{feff}",
    ] {
        let error = data::parse(text).expect_err(text);
        assert!(
            error.message.starts_with("the film data is not valid JSON"),
            "{text:?}: {error}"
        );
    }
}

// How fast big data parses is measured by the benchmark (bench/); these tests only ask that it is
// read whole and right.

#[test]
fn a_ten_megabyte_review_is_read_whole() {
    // Escapes and accented letters keep the JSON string reader off its fastest path.
    let paragraph = "Tr\u{e8}s beau film, \\\"a masterpiece\\\".\\n";
    let repeats = 10 * 1024 * 1024 / paragraph.len() + 1;
    let text = paragraph.repeat(repeats);
    let json = format!(
        r#"{{ "title": "The Red Shoes", "reviews": [{{ "author": "Maria Trim", "text": "{text}" }}] }}"#
    );
    assert!(json.len() > 10 * 1024 * 1024);
    let film = data::parse(&json).expect("a long review is still a review");
    let review = &film.reviews[0].text;
    let written = "Tr\u{e8}s beau film, \"a masterpiece\".\n".repeat(repeats);
    assert!(
        *review == written,
        "the review read ({} bytes) is not the text written ({} bytes)",
        review.len(),
        written.len()
    );
}

fn many_reviews(count: usize) -> String {
    let mut json = String::from(r#"{ "title": "The Red Shoes", "reviews": ["#);
    for index in 0..count {
        if index > 0 {
            json.push(',');
        }
        write!(
            json,
            r#"{{ "id": "r-{index}", "author": "Reader {index}", "text": "Review number {index}.", "date": "2015-03-14", "rating": {{ "value": {}, "best": 10 }} }}"#,
            index % 11
        )
        .unwrap();
    }
    json.push_str("] }");
    json
}

#[test]
fn a_hundred_thousand_reviews_are_all_read() {
    let json = many_reviews(100_000);
    let film = data::parse(&json).expect("many reviews are still reviews");
    assert_eq!(film.reviews.len(), 100_000);
    assert_eq!(film.reviews[99_999].id.as_deref(), Some("r-99999"));
    assert_eq!(film.reviews[99_999].author, "Reader 99999");
}

#[test]
fn a_mistake_at_the_end_of_a_long_list_is_found() {
    let json = many_reviews(100_000);
    let last = r#""author": "Reader 99999", "#;
    assert_eq!(json.matches(last).count(), 1);
    let error = data::parse(&json.replace(last, "")).unwrap_err();
    assert_eq!(error.to_string(), "reviews[99999].author: missing");
    let repeated = json.replace(r#""id": "r-99999""#, r#""id": "r-4""#);
    assert_eq!(
        data::parse(&repeated).unwrap_err().to_string(),
        "reviews[99999].id: the same id is already used by reviews[4]; ids must be unique"
    );
}

#[test]
fn deep_nesting_is_an_error_and_not_a_stack_overflow() {
    let depth = 10_000;
    let inputs = [
        "[".repeat(depth),
        format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        format!(
            r#"{{ "title": "The Red Shoes", "reviews": {}"#,
            "[".repeat(depth)
        ),
        format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth)),
        format!(
            r#"{{ "title": "The Red Shoes", "synopsis": {}"x"{} }}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    ];
    for input in &inputs {
        let error = data::parse(input).expect_err("nesting this deep is refused");
        assert_eq!(error.path, "", "{error}");
        assert!(
            error
                .message
                .ends_with("lists or objects are nested too deeply"),
            "{error}"
        );
    }
    // An already parsed value can be deep too; validation reads only the fields it knows.
    let mut deep = json!("x");
    for _ in 0..1_000 {
        deep = Value::Array(vec![deep]);
    }
    let film = json!({ "title": "The Red Shoes", "synopsis": deep, "extra": deep });
    assert_eq!(
        data::from_value(&film).unwrap_err().to_string(),
        "synopsis: must be text, found a list"
    );
}

mod properties;
