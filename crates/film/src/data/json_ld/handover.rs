//! The page's JSON-LD read in one wasm module and shown by another.
//!
//! Few cards read the page's JSON-LD, so the reader for it is not in the bundle every reader
//! downloads: a second module (`src/bin/extra.rs`), fetched when a card asks for
//! `source="ld+json"`, reads the blocks with [`handover`] and hands the card JSON text, which
//! [`film_from_handover`] turns back into the film. What crosses is the film in the data format,
//! exactly as the JSON-LD reader checked it, so the card checks it again with the same
//! [`crate::data::from_value`] and gets the same film; no second way of judging a value.

use serde_json::{Map, Value};

use super::{read_blocks, ReadMovie};
use crate::data::{self, DataError};
use crate::model::{AggregateRating, Film};

/// Reads the first Movie in the page's JSON-LD `blocks` as [`super::film_from_blocks`] does, as
/// JSON text for [`film_from_handover`]: `{ "film": …, "aggregate": …, "warning": … }` with the
/// film in the data format, or `{ "error": { "path": …, "message": … } }`.
pub fn handover<S: AsRef<str>>(blocks: &[S], page_url: &str) -> String {
    let mut out = Map::new();
    match read_blocks(blocks, page_url) {
        Ok(ReadMovie {
            page,
            data,
            aggregate,
        }) => {
            if let Some(warning) = page.warning() {
                out.insert("warning".to_owned(), Value::String(warning));
            }
            out.insert("film".to_owned(), data);
            if let Some(aggregate) = aggregate {
                out.insert("aggregate".to_owned(), aggregate);
            }
        }
        Err(error) => {
            let mut fields = Map::new();
            fields.insert("path".to_owned(), Value::String(error.path));
            fields.insert("message".to_owned(), Value::String(error.message));
            out.insert("error".to_owned(), Value::Object(fields));
        }
    }
    Value::Object(out).to_string()
}

/// The film [`handover`] read, with the console warning for what was left out; or the error it
/// gave. Text in any other form (a module of another version of the widget) is an error that
/// says so.
pub fn film_from_handover(text: &str) -> Result<(Film, Option<String>), DataError> {
    let unknown = || {
        DataError::new(
            "source",
            format!(
                "the page's JSON-LD reader ({}) is from another version of the widget; upload \
                 every file of the bundle together",
                crate::contract::EXTRA_GLUE
            ),
        )
    };
    let value: Value = serde_json::from_str(text).map_err(|_| unknown())?;
    let text_at =
        |value: &Value, key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    if let Some(error) = value.get("error") {
        let (Some(path), Some(message)) = (text_at(error, "path"), text_at(error, "message"))
        else {
            return Err(unknown());
        };
        return Err(DataError::new(path, message));
    }
    let mut film = data::from_value(value.get("film").ok_or_else(unknown)?)?;
    film.aggregate = match value.get("aggregate") {
        None => None,
        Some(aggregate) => {
            let rating = aggregate
                .get("rating")
                .and_then(|rating| data::read_rating(rating).ok().flatten())
                .ok_or_else(unknown)?;
            let count = aggregate.get("count").and_then(Value::as_u64);
            Some(AggregateRating { rating, count })
        }
    };
    Ok((film, text_at(&value, "warning")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_ld::film_from_blocks;

    const PAGE: &str = "https://blog.example/post/";

    /// The card gets from the handover what the reader read: the film, and its one warning.
    fn round_trip(block: &str) {
        let direct =
            film_from_blocks(&[block], PAGE).map(|read| (read.film.clone(), read.warning()));
        assert_eq!(film_from_handover(&handover(&[block], PAGE)), direct);
    }

    #[test]
    fn a_film_its_summary_and_its_warning_cross_unchanged() {
        round_trip(
            r#"{ "@type": "Movie", "name": "The Red Shoes", "datePublished": "1948-10-22",
                 "aggregateRating": { "ratingValue": "8,1", "bestRating": "10", "ratingCount": "18446744073709551615" },
                 "image": "/poster.jpg",
                 "review": [
                   { "author": "A", "reviewBody": "Fine.", "@id": 7, "reviewRating": { "ratingValue": 4.5 } },
                   { "author": "B", "reviewBody": "Fine too.", "@id": 7, "datePublished": "someday" },
                   { "author": "C", "reviewBody": "Stars.", "reviewRating": { "ratingValue": 3, "worstRating": -1 } }
                 ] }"#,
        );
        let read = film_from_handover(&handover(
            &[r#"{ "@type": "Movie", "name": "X", "aggregateRating": { "ratingValue": 9, "ratingCount": 12 } }"#],
            PAGE,
        ))
        .expect("shown");
        assert_eq!(read.0.aggregate.and_then(|a| a.count), Some(12));
    }

    #[test]
    fn an_error_crosses_with_its_path_and_message() {
        round_trip(r#"{ "@type": "Movie", "name": 7 }"#);
        round_trip(r#"{ "@type": "Book", "name": "X" }"#);
        let error = film_from_handover(&handover::<&str>(&[], PAGE)).unwrap_err();
        assert!(error.message.starts_with("no schema.org Movie"), "{error}");
    }

    #[test]
    fn text_of_another_form_says_the_files_do_not_match() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{ "error": {} }"#,
            r#"{ "aggregate": {} }"#,
        ] {
            let error = film_from_handover(text).unwrap_err();
            assert_eq!(error.path, "source", "{text}");
            assert!(error.message.contains("another version"), "{error}");
        }
        let film = r#"{ "film": { "title": "X" }, "aggregate": { "rating": "Z" } }"#;
        assert!(film_from_handover(film)
            .unwrap_err()
            .message
            .contains("another version"));
    }
}
