//! Film data from a page's schema.org JSON-LD, so one block serves search engines and the widget.
//!
//! A `Movie` is mapped onto the widget's own data format and validated by [`crate::data`], so
//! both sources obey the same rules.

use serde_json::{Map, Value};

use crate::data::{self, DataError};
use crate::model::Film;

/// Finds the first schema.org `Movie` in the texts of a page's `application/ld+json` blocks and
/// validates it. Blocks that are not valid JSON are skipped, as search engines skip them.
pub fn film_from_blocks<S: AsRef<str>>(blocks: &[S]) -> Result<Film, DataError> {
    let movie = blocks
        .iter()
        .filter_map(|block| serde_json::from_str::<Value>(block.as_ref()).ok())
        .find_map(|value| find_movie(&value).cloned())
        .ok_or_else(|| {
            DataError::new(
                "",
                "no schema.org Movie found in the page's <script type=\"application/ld+json\"> blocks",
            )
        })?;
    film_from_movie(&movie)
}

/// The first object typed `Movie` in a JSON-LD value: the value itself, an item of a top-level
/// list, or an item of its `@graph`.
pub fn find_movie(value: &Value) -> Option<&Value> {
    match value {
        Value::Array(items) => items.iter().find_map(find_movie),
        Value::Object(object) if has_type(object, "Movie") => Some(value),
        Value::Object(object) => object.get("@graph").and_then(find_movie),
        _ => None,
    }
}

/// Validates a schema.org `Movie` object as film data; errors name the widget's field and say
/// that the JSON-LD was the source.
pub fn film_from_movie(movie: &Value) -> Result<Film, DataError> {
    data::from_value(&to_film_data(movie)).map_err(|error| {
        DataError::new(
            error.path,
            format!("{} (in the page's JSON-LD Movie)", error.message),
        )
    })
}

fn has_type(object: &Map<String, Value>, wanted: &str) -> bool {
    match object.get("@type") {
        Some(Value::String(name)) => name == wanted,
        Some(Value::Array(names)) => names.iter().any(|name| name == wanted),
        _ => false,
    }
}

/// Maps schema.org property names onto the widget's format, keeping values as they are so that
/// validation reports their real types.
fn to_film_data(movie: &Value) -> Value {
    let trailer = movie.get("trailer").map(|video| {
        let video = first(video);
        object([
            ("url", any_of(video, &["url", "embedUrl", "contentUrl"])),
            ("label", video.get("name").cloned()),
        ])
    });
    let poster = movie.get("image").map(|image| match first(image) {
        image @ Value::Object(_) => object([
            ("url", any_of(image, &["url", "contentUrl"])),
            ("alt", any_of(image, &["caption", "name"])),
        ]),
        url => object([("url", Some(url.clone()))]),
    });
    let reviews = movie.get("review").map(|reviews| match reviews {
        Value::Array(items) => Value::Array(items.iter().map(to_review_data).collect()),
        single => Value::Array(vec![to_review_data(single)]),
    });
    object([
        ("title", movie.get("name").cloned()),
        ("certificate", movie.get("contentRating").map(name_or_text)),
        (
            "release",
            movie
                .get("datePublished")
                .map(|date| object([("date", Some(date_part(date)))])),
        ),
        ("synopsis", movie.get("description").cloned()),
        ("trailer", trailer),
        ("poster", poster),
        ("reviews", reviews),
    ])
}

/// An object of the fields that are present. Built by hand rather than with `json!`, which
/// would bring serde's serializer into the bundle.
fn object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    Value::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect(),
    )
}

/// The first of `names` that the object has.
fn any_of(object: &Value, names: &[&str]) -> Option<Value> {
    names.iter().find_map(|name| object.get(*name)).cloned()
}

fn to_review_data(review: &Value) -> Value {
    let rating = review.get("reviewRating").map(|rating| match rating {
        Value::Object(scale) => object([
            (
                "value",
                scale.get("ratingValue").map(number_or_numeric_text),
            ),
            ("best", scale.get("bestRating").map(number_or_numeric_text)),
        ]),
        other => number_or_numeric_text(other),
    });
    object([
        ("id", any_of(review, &["@id", "identifier"])),
        (
            "author",
            review
                .get("author")
                .map(|author| name_or_text(first(author))),
        ),
        ("text", review.get("reviewBody").cloned()),
        ("date", review.get("datePublished").map(date_part)),
        ("rating", rating),
    ])
}

/// The first item of a list, or the value itself.
fn first(value: &Value) -> &Value {
    match value {
        Value::Array(items) => items.first().unwrap_or(&Value::Null),
        other => other,
    }
}

/// A `Thing`'s `name`, or the value itself when it is given as plain text.
fn name_or_text(value: &Value) -> Value {
    match value {
        Value::Object(thing) => thing.get("name").cloned().unwrap_or(Value::Null),
        other => other.clone(),
    }
}

/// schema.org allows numbers as text ("9"); the widget's format wants numbers.
fn number_or_numeric_text(value: &Value) -> Value {
    match value {
        // serde_json's own number parser, so the bundle needs no second one.
        Value::String(text) => serde_json::from_str::<serde_json::Number>(text.trim())
            .map_or_else(|_| value.clone(), Value::Number),
        other => other.clone(),
    }
}

/// `datePublished` may be a date-time; the widget shows the date.
fn date_part(value: &Value) -> Value {
    match value {
        Value::String(text)
            if text.len() > 10 && text.is_char_boundary(10) && text.as_bytes()[10] == b'T' =>
        {
            Value::String(text[..10].to_owned())
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rating;

    const MOVIE: &str = r#"{
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": "The Red Shoes",
        "contentRating": "NR",
        "datePublished": "1948-10-22",
        "description": "A ballerina torn between art and love.",
        "image": { "@type": "ImageObject", "url": "https://example.com/poster.jpg", "caption": "Vicky in red shoes" },
        "trailer": { "@type": "VideoObject", "name": "The Red Shoes Trailers", "embedUrl": "https://www.youtube.com/embed/abc" },
        "review": [
            { "@type": "Review", "author": { "@type": "Person", "name": "katyhun" }, "reviewBody": "Outstanding.",
              "datePublished": "2015-03-14T10:00:00Z", "reviewRating": { "@type": "Rating", "ratingValue": "9", "bestRating": "10" } },
            { "@type": "Review", "author": "Maria Trim", "reviewBody": "Breathtaking." }
        ]
    }"#;

    #[test]
    fn a_movie_maps_onto_every_field() {
        let film = film_from_blocks(&[MOVIE]).expect("the movie is valid");
        assert_eq!(film.title, "The Red Shoes");
        assert_eq!(film.certificate.as_deref(), Some("NR"));
        assert_eq!(
            film.release
                .and_then(|r| r.date)
                .map(|d| d.iso())
                .as_deref(),
            Some("1948-10-22")
        );
        assert_eq!(
            film.synopsis.as_deref(),
            Some("A ballerina torn between art and love.")
        );
        let trailer = film.trailer.expect("trailer");
        assert_eq!(
            (trailer.url.as_str(), trailer.label.as_deref()),
            (
                "https://www.youtube.com/embed/abc",
                Some("The Red Shoes Trailers")
            )
        );
        let poster = film.poster.expect("poster");
        assert_eq!(poster.alt.as_deref(), Some("Vicky in red shoes"));
        assert_eq!(film.reviews.len(), 2);
        assert_eq!(film.reviews[0].author, "katyhun");
        assert_eq!(
            film.reviews[0].date.map(|d| d.iso()).as_deref(),
            Some("2015-03-14")
        );
        assert_eq!(
            film.reviews[0].rating,
            Some(Rating::Score {
                value_tenths: 90,
                best_tenths: 100
            })
        );
        assert_eq!(film.reviews[1].author, "Maria Trim");
    }

    #[test]
    fn the_movie_is_found_in_graphs_lists_and_later_blocks() {
        let graph = format!(r#"{{ "@graph": [{{ "@type": "WebPage" }}, {MOVIE}] }}"#);
        assert!(film_from_blocks(&[graph.as_str()]).is_ok());
        let list = format!(r#"[{{ "@type": "Organization" }}, {MOVIE}]"#);
        assert!(film_from_blocks(&[list.as_str()]).is_ok());
        let typed_list = MOVIE.replace(
            r#""@type": "Movie""#,
            r#""@type": ["Movie", "CreativeWork"]"#,
        );
        assert!(film_from_blocks(&[typed_list.as_str()]).is_ok());
        assert!(film_from_blocks(&["not json", r#"{ "@type": "Person" }"#, MOVIE]).is_ok());
    }

    #[test]
    fn no_movie_is_a_clear_error() {
        let error = film_from_blocks(&[r#"{ "@type": "Book", "name": "X" }"#]).unwrap_err();
        assert!(
            error.message.starts_with("no schema.org Movie found"),
            "{error}"
        );
        assert!(film_from_blocks::<&str>(&[]).is_err());
    }

    #[test]
    fn errors_name_the_field_and_the_source() {
        let movie = MOVIE.replace(r#""author": "Maria Trim", "#, "");
        let error = film_from_blocks(&[movie.as_str()]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "reviews[1].author: missing (in the page's JSON-LD Movie)"
        );
        let movie = MOVIE.replace("https://www.youtube.com/embed/abc", "javascript:alert(1)");
        let error = film_from_blocks(&[movie.as_str()]).unwrap_err();
        assert_eq!(error.path, "trailer.url");
    }
}
