//! Property tests of the data reader: arbitrary film-shaped data, every outcome judged against
//! the promises of its kind.

use super::*;

// Property tests. Sizes are bounded so the whole file runs in well under a minute in a debug
// build; failing inputs are shrunk and printed instead of being written next to the sources.

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// What a property test's inputs came to, so that the test can show its generator reaches the
/// outcomes it is there to exercise: invariants checked on nothing prove nothing.
#[derive(Debug, Default)]
struct Outcomes {
    accepted: u32,
    /// Refused as a whole: empty, not JSON, or not an object; the error names no field.
    refused_whole: u32,
    /// Refused for one of its fields, which the error names.
    refused_field: u32,
    /// Refused as JSON that breaks somewhere past its first character.
    broken_inside: u32,
    /// Each distinct message, positions left out.
    kinds: BTreeSet<String>,
}

impl Outcomes {
    fn total(&self) -> u32 {
        self.accepted + self.refused_whole + self.refused_field
    }
}

/// Where a refusal of broken JSON says the text breaks: (line, column), both from 1.
fn place(message: &str) -> Option<(u32, u32)> {
    let (_, rest) = message.split_once("(line ")?;
    let (line, rest) = rest.split_once(", column ")?;
    let (column, _) = rest.split_once(')')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// Checks one outcome against the promises of its kind and tallies it.
fn judge(result: &Result<Film, DataError>, seen: &RefCell<Outcomes>) -> Result<(), TestCaseError> {
    let mut seen = seen.borrow_mut();
    let verdict = match result {
        Ok(film) => {
            seen.accepted += 1;
            film_invariants(film)
        }
        Err(error) => {
            if error.path.is_empty() {
                seen.refused_whole += 1;
            } else {
                seen.refused_field += 1;
            }
            if place(&error.message).is_some_and(|place| place > (1, 1)) {
                seen.broken_inside += 1;
            }
            let kind = error.message.replace(|c: char| c.is_ascii_digit(), "");
            seen.kinds.insert(kind);
            error_invariants(error)
        }
    };
    verdict.map_err(TestCaseError::fail)
}

const TEXTS: &[&str] = &[
    "",
    " ",
    "\n\t",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "The Red Shoes",
    "a",
    "7",
    "r-1",
    "1948",
    "1948-10",
    "1948-10-22",
    "2024-02-29",
    "1948-02-30",
    "1948-13-45",
    "0000",
    "https://example.com/",
    "http://example.com:8080/a?b#c",
    "HTTPS://EXAMPLE.COM",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " https://example.com/",
    "java\tscript:alert(1)",
    "data:text/html,<b>x</b>",
    "//evil.example",
    "https://user:pass@example.com/",
    "https://",
    "http:\\\\evil.example",
    "<script>alert(1)</script>",
];

const KEYS: &[&str] = &[
    "title",
    "kind",
    "series",
    "season",
    "episode",
    "ended",
    "certificate",
    "release",
    "date",
    "region",
    "synopsis",
    "trailer",
    "url",
    "label",
    "poster",
    "alt",
    "reviews",
    "author",
    "text",
    "id",
    "rating",
    "value",
    "best",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(Value::from),
        1 => (0u64..12).prop_map(Value::from),
        1 => prop::sample::select(&[
            -1.0, -0.0, 0.04, 0.05, 0.5, 4.5, 8.5, 9.95, 10.04, 10.05, 100.0, 1000.0, 1e300,
        ][..])
        .prop_map(Value::from),
        4 => prop::sample::select(TEXTS).prop_map(Value::from),
        1 => any::<String>().prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "[a-z]{0,5}",
    ]
}

fn tree() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An optional field of a film-shaped object: usually plausible, sometimes anything, sometimes
/// absent.
fn field(plausible: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![
        12 => plausible.prop_map(Some),
        1 => tree().prop_map(Some),
        3 => Just(None),
    ]
    .boxed()
}

/// A required field, absent rarely enough that whole films still get through.
fn required(plausible: BoxedStrategy<Value>) -> BoxedStrategy<Option<Value>> {
    prop_oneof![
        30 => plausible.prop_map(Some),
        1 => tree().prop_map(Some),
        1 => Just(None),
    ]
    .boxed()
}

fn text() -> BoxedStrategy<Value> {
    prop_oneof![
        8 => "[A-Za-z][A-Za-z ]{0,12}".prop_map(Value::from),
        1 => prop::sample::select(TEXTS).prop_map(Value::from),
    ]
    .boxed()
}

fn object(fields: Vec<(&'static str, BoxedStrategy<Option<Value>>)>) -> BoxedStrategy<Value> {
    let (names, values): (Vec<_>, Vec<_>) = fields.into_iter().unzip();
    values
        .prop_map(move |values| {
            let object = names
                .iter()
                .zip(values)
                .filter_map(|(name, value)| Some(((*name).to_owned(), value?)))
                .collect::<Map<_, _>>();
            Value::Object(object)
        })
        .boxed()
}

fn film_shaped() -> impl Strategy<Value = Value> {
    let date = || {
        let written = |(y, m, d): (u16, u8, u8)| {
            Value::from(match (m, d) {
                (0, _) => format!("{y:04}"),
                (m, 0) => format!("{y:04}-{m:02}"),
                (m, d) => format!("{y:04}-{m:02}-{d:02}"),
            })
        };
        prop_oneof![
            4 => (1u16..=9999, 0u8..=12, 0u8..=28).prop_map(written),
            1 => (0u16..=9999, 0u8..=13, 0u8..=32).prop_map(written),
            1 => text(),
        ]
        .boxed()
    };
    let url = || {
        prop_oneof![
            4 => Just(Value::from("https://example.com/trailer")),
            1 => prop::sample::select(TEXTS).prop_map(Value::from),
        ]
        .boxed()
    };
    let rating = prop_oneof![
        (0u32..=110).prop_map(|tenths| json!(f64::from(tenths) / 10.0)),
        (0u32..=50, 0u32..=60).prop_map(|(value, best)| json!({ "value": value, "best": best })),
        Just(json!({ "value": 4 })),
    ]
    .boxed();
    let id = prop_oneof![(0u64..50).prop_map(Value::from), text()].boxed();
    let review = object(vec![
        ("id", field(id)),
        ("author", required(text())),
        ("text", required(text())),
        ("date", field(date())),
        ("rating", field(rating)),
    ]);
    let reviews = prop::collection::vec(review, 0..5)
        .prop_map(Value::Array)
        .boxed();
    let release = object(vec![("date", field(date())), ("region", field(text()))]);
    let kind = prop_oneof![
        8 => prop::sample::select(&["film", "series", "season", "episode"][..]).prop_map(Value::from),
        1 => text(),
    ]
    .boxed();
    let number = prop_oneof![4 => (0u32..30).prop_map(Value::from), 1 => text()].boxed();
    let link = |text_name: &'static str| {
        object(vec![("url", required(url())), (text_name, field(text()))])
    };
    let film = object(vec![
        ("title", required(text())),
        ("certificate", field(text())),
        ("release", field(release)),
        ("synopsis", field(text())),
        ("trailer", field(link("label"))),
        ("poster", field(link("alt"))),
        ("reviews", field(reviews)),
        ("kind", field(kind)),
    ]);
    // The fields of a series, season or episode: given with the kinds they belong to, and now
    // and then all of them whatever the kind.
    let work = object(vec![
        ("ended", field(date())),
        ("series", field(text())),
        ("season", field(number.clone())),
        ("episode", field(number)),
    ]);
    (film, work, 0u8..10).prop_map(|(mut film, work, misfit)| {
        let kind = film
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or("film")
            .to_owned();
        if let (Some(film), Value::Object(work)) = (film.as_object_mut(), work) {
            for (key, value) in work {
                let fits = match key.as_str() {
                    "ended" => kind == "series",
                    "episode" => kind == "episode",
                    _ => kind == "season" || kind == "episode",
                };
                if fits || misfit == 0 {
                    film.insert(key, value);
                }
            }
        }
        film
    })
}

/// Text made of JSON's own pieces and the field names, so that most of it almost parses.
fn json_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(
            &[
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                " ",
                "\n",
                "\"",
                "\\",
                "\\u",
                "\\ud800",
                "\\n",
                "null",
                "true",
                "1",
                "-0.5",
                "1e999",
                "\u{feff}",
                "\"title\"",
                "\"reviews\"",
                "\"author\"",
                "\"text\"",
                "\"trailer\"",
                "\"url\"",
                "\"rating\"",
                "\"x\"",
                "\"https://example.com/\"",
                "\"javascript:alert(1)\"",
            ][..]
        )
        .prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..48).prop_map(|pieces| pieces.concat())
}

#[test]
fn arbitrary_bytes_never_panic() {
    let seen = RefCell::default();
    let strategy = prop::collection::vec(any::<u8>(), 0..256)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    runner(100_000)
        .run(&strategy, |text| judge(&data::parse(&text), &seen))
        .unwrap();
    let seen: Outcomes = seen.into_inner();
    println!("arbitrary bytes: {seen:#?}");
    // Junk is never taken for a film, and is refused with more than one explanation: the bytes
    // reach many of the JSON reader's errors, not only its first.
    assert_eq!(seen.accepted, 0, "junk accepted as a film");
    assert!(
        seen.kinds.len() >= 8,
        "only {} kinds of refusal: {:#?}",
        seen.kinds.len(),
        seen.kinds
    );
}

#[test]
fn near_json_text_never_panics_and_ignores_one_leading_mark() {
    let seen = RefCell::default();
    runner(60_000)
        .run(&json_soup(), |text| {
            let result = data::parse(&text);
            if !text.starts_with('\u{feff}') {
                prop_assert_eq!(&data::parse(&format!("\u{feff}{text}")), &result);
            }
            judge(&result, &seen)
        })
        .unwrap();
    let seen: Outcomes = seen.into_inner();
    println!("near-JSON text: {seen:#?}");
    // The mark must not move the place an error names, so that place has to be past the start
    // of the text in good number; and the soup must reach far more of the reader's errors than
    // arbitrary bytes do.
    assert!(
        seen.broken_inside > seen.total() / 5,
        "only {} of {} texts break past their first character",
        seen.broken_inside,
        seen.total()
    );
    assert!(
        seen.kinds.len() >= 14,
        "only {} kinds of refusal: {:#?}",
        seen.kinds.len(),
        seen.kinds
    );
}

#[test]
fn arbitrary_json_trees_never_panic() {
    let seen = RefCell::default();
    runner(40_000)
        .run(&tree(), |value| {
            let result = data::from_value(&value);
            prop_assert_eq!(&data::parse(&value.to_string()), &result);
            judge(&result, &seen)
        })
        .unwrap();
    let seen: Outcomes = seen.into_inner();
    println!("JSON trees: {seen:#?}");
    // Trees built from the field names reach past the top level: some are whole films, on which
    // the promises and the agreement of both entry points are checked, and many are refused for
    // a field they name.
    assert!(
        seen.accepted >= seen.total() / 400,
        "only {} of {} trees accepted",
        seen.accepted,
        seen.total()
    );
    assert!(
        seen.refused_field >= seen.total() / 4,
        "only {} of {} trees refused for a field",
        seen.refused_field,
        seen.total()
    );
}

#[test]
fn film_shaped_data_keeps_every_promise_when_accepted() {
    let seen = RefCell::default();
    runner(30_000)
        .run(&film_shaped(), |value| {
            let result = data::from_value(&value);
            prop_assert_eq!(&data::parse(&value.to_string()), &result);
            judge(&result, &seen)
        })
        .unwrap();
    let seen: Outcomes = seen.into_inner();
    println!("film-shaped data: {seen:#?}");
    // Without both outcomes in good number, the invariants above would be checked on nothing.
    assert!(
        seen.accepted > seen.total() / 10,
        "only {} of {} accepted",
        seen.accepted,
        seen.total()
    );
    assert!(
        seen.refused_field > seen.total() / 10,
        "only {} of {} refused",
        seen.refused_field,
        seen.total()
    );
    // An object is judged field by field: every refusal names the field at fault.
    assert_eq!(seen.refused_whole, 0, "film-shaped data refused as a whole");
}
