//! Film data from a page's schema.org JSON-LD, so one block serves search engines and the widget.
//!
//! A blogger's own JSON is read strictly ([`crate::data`]): they see the preview, and an error
//! box that names the field is the quickest fix. JSON-LD is written by a CMS or a plugin for
//! search engines, and the blogger can rarely change it; so, as search engines do, the widget
//! shows what it can and leaves out what it cannot use: a malformed poster, trailer, date,
//! rating or review is dropped (of a date, what is certain is kept), and [`FromPage::left_out`]
//! says what and why, in the same words as the data's errors. The work is a `Movie`, or a
//! `TVSeries`, `TVSeason` or `TVEpisode` ([`work::TYPES`]); only a page without one, or a work
//! with no usable title, is refused.
//!
//! Each part is mapped onto the widget's own data format and checked by [`crate::data`], so both
//! sources obey the same rules; nothing here judges a value a second way.

mod address;
mod date;
mod entities;
mod handover;
mod reader;
pub mod work;

use serde_json::{Map, Value};

use crate::data::{self, DataError};
use crate::model::{AggregateRating, Film};
use date::date_value;
use reader::Reader;

pub use address::resolve;
pub use handover::{film_from_handover, handover};

/// What the error of a work without a title ends with, so the blogger knows where to look:
/// " (in the page's JSON-LD TVSeries)".
fn in_json_ld(type_name: &str) -> String {
    [" (in the page's JSON-LD ", type_name, ")"].concat()
}
pub use entities::decode as decode_entities;

/// A film read from JSON-LD, and the parts of the work left out because they could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromPage {
    /// The film, every part of it checked as strictly as a blogger's own data.
    pub film: Film,
    /// The schema.org type it was read from: one of [`work::TYPES`].
    pub type_name: &'static str,
    /// What was left out, each with the schema.org path (`review[3].reviewRating`) and why.
    pub left_out: Vec<DataError>,
}

impl FromPage {
    /// The one console warning a card gives when parts were left out, grouping the paths that
    /// share a reason; `None` when nothing was.
    pub fn warning(&self) -> Option<String> {
        if self.left_out.is_empty() {
            return None;
        }
        let mut groups: Vec<(Vec<&str>, &str)> = Vec::new();
        for skipped in &self.left_out {
            match groups
                .iter_mut()
                .find(|(_, message)| *message == skipped.message)
            {
                Some((paths, _)) => paths.push(&skipped.path),
                None => groups.push((vec![&skipped.path], &skipped.message)),
            }
        }
        let reasons: Vec<String> = groups
            .iter()
            .map(|(paths, message)| [&paths.join(", "), ": ", message].concat())
            .collect();
        Some(format!(
            "the page's JSON-LD {} \"{}\" is shown without what could not be used: {}",
            self.type_name,
            self.film.title,
            reasons.join("; ")
        ))
    }
}

/// Finds the first schema.org work (a `Movie`, `TVSeries`, `TVSeason` or `TVEpisode`) in the
/// texts of a page's `application/ld+json` blocks and
/// reads it, resolving relative addresses against `page_url` (the document's base URL). Blocks
/// that are not JSON, even once the comment wrappers some sites put around them are taken off,
/// are skipped, as search engines skip them.
pub fn film_from_blocks<S: AsRef<str>>(
    blocks: &[S],
    page_url: &str,
) -> Result<FromPage, DataError> {
    read_blocks(blocks, page_url).map(|read| read.page)
}

fn read_blocks<S: AsRef<str>>(blocks: &[S], page_url: &str) -> Result<ReadMovie, DataError> {
    let mut movie = blocks
        .iter()
        .filter_map(|block| serde_json::from_str::<Value>(without_wrappers(block.as_ref())).ok())
        .find_map(|value| find_movie(&value).cloned())
        .ok_or_else(|| {
            DataError::new(
                "",
                [
                    "no schema.org ",
                    &work::TYPES[..3].join(", "),
                    " or ",
                    work::TYPES[3],
                    " found in the page's <script type=\"application/ld+json\"> blocks",
                ]
                .concat(),
            )
        })?;
    decode_all(&mut movie);
    read_movie(&movie, page_url)
}

/// The JSON inside the comment wrappers that pages put around it for old browsers and XHTML:
/// `/* <![CDATA[ */ … /* ]]> */`, `//<![CDATA[ … //]]>`, `<!-- … -->`.
pub fn without_wrappers(text: &str) -> &str {
    let mut text = text;
    loop {
        let before = text;
        text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>")] {
            text = text.strip_prefix(open).unwrap_or(text);
            text = text.strip_suffix(close).unwrap_or(text);
        }
        // JSON starts with { or [ and ends with } or ]: what is around it can only be comments.
        // Searched byte by byte: str's searchers would add their own code to the bundle.
        if text.starts_with("/*") {
            let end = text.as_bytes().windows(2).position(|pair| pair == b"*/");
            text = end.map_or("", |end| &text[end + 2..]);
        }
        if text.ends_with("*/") {
            let start = text.as_bytes().windows(2).rposition(|pair| pair == b"/*");
            text = start.map_or("", |start| &text[..start]);
        }
        if text.starts_with("//") {
            let end = text.bytes().position(|byte| byte == b'\n');
            text = end.map_or("", |end| &text[end + 1..]);
        }
        if let Some(start) = text.bytes().rposition(|byte| byte == b'\n') {
            if text[start + 1..].trim_start().starts_with("//") {
                text = &text[..start];
            }
        }
        if text == before {
            return text;
        }
    }
}

/// The first work (an object typed as one of [`work::TYPES`]) in a JSON-LD value: the value
/// itself, an item of a top-level list, an item of its `@graph`, or the `mainEntity` of a page.
pub fn find_movie(value: &Value) -> Option<&Value> {
    match value {
        Value::Array(items) => items.iter().find_map(find_movie),
        Value::Object(object) if work::type_of(object).is_some() => Some(value),
        Value::Object(object) => ["@graph", "mainEntity"]
            .iter()
            .find_map(|key| object.get(*key).and_then(find_movie)),
        _ => None,
    }
}

/// Every text in the value with its HTML character references decoded.
fn decode_all(value: &mut Value) {
    match value {
        Value::String(text) if text.contains('&') => *text = entities::decode(text),
        Value::Array(items) => items.iter_mut().for_each(decode_all),
        Value::Object(object) => object.values_mut().for_each(decode_all),
        _ => {}
    }
}

/// Reads a schema.org work (its text already decoded) as film data, leaving out the parts that
/// cannot be used. The only error is a work without a usable title.
pub fn film_from_movie(movie: &Value, page_url: &str) -> Result<FromPage, DataError> {
    read_movie(movie, page_url).map(|read| read.page)
}

/// A Movie read: the film, and what it was checked from: the film in the data format and the
/// page's summary of its ratings (`{ "rating": …, "count": … }`), which the card reads back with
/// [`crate::data::from_value`] and [`crate::data::read_rating`] (see [`handover`]).
struct ReadMovie {
    page: FromPage,
    data: Value,
    aggregate: Option<Value>,
}

fn read_movie(movie: &Value, page_url: &str) -> Result<ReadMovie, DataError> {
    let type_name = movie
        .as_object()
        .and_then(work::type_of)
        .unwrap_or(work::TYPES[0]);
    let title = title(movie, type_name)?;
    let mut reader = Reader {
        title,
        kind: work::kind_of(type_name),
        type_name,
        page_url,
        left_out: Vec::new(),
        review_paths: Vec::new(),
    };
    let [ended, series, season, episode] = reader.work_fields(movie);
    let certificate = reader.part(
        "certificate",
        "contentRating",
        movie.get("contentRating").map(name_or_text),
    );
    let release = release_date(movie)
        .and_then(|(key, date)| reader.date(key, date))
        .map(|date| object([("date", Some(date))]));
    let synopsis = reader.part("synopsis", "description", movie.get("description").cloned());
    let trailer = movie.get("trailer").and_then(|video| {
        reader.media(
            ("trailer", "trailer"),
            first(video),
            &["url", "embedUrl", "contentUrl"],
            ("label", &["name"]),
            "has no url, embedUrl or contentUrl to link to",
        )
    });
    let poster = movie.get("image").and_then(|image| {
        reader.media(
            ("poster", "image"),
            first(image),
            &["url", "contentUrl"],
            ("alt", &["caption", "name"]),
            "has no url or contentUrl",
        )
    });
    let aggregate = movie
        .get("aggregateRating")
        .and_then(|rating| reader.aggregate(rating));
    let reviews: Vec<(String, &Value)> = match movie.get("review") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, review)| (format!("review[{index}]"), review))
            .collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(single) => vec![("review".to_owned(), single)],
    };
    let reviews = reader.reviews(reviews);
    let mut data = object([
        ("title", Some(reader.title.clone())),
        ("kind", reader.kind.clone()),
        ended,
        series,
        season,
        episode,
        ("certificate", certificate),
        ("release", release),
        ("synopsis", synopsis),
        ("trailer", trailer),
        ("poster", poster),
    ]);
    let mut film = reader.whole(&mut data, reviews)?;
    let (aggregate, aggregate_data) = aggregate.unzip();
    film.aggregate = aggregate;
    Ok(ReadMovie {
        page: FromPage {
            film,
            type_name,
            left_out: reader.left_out,
        },
        data,
        aggregate: aggregate_data,
    })
}

/// The work's `name`, or its `alternateName` when the name is missing or blank, checked as the
/// card's title.
fn title(movie: &Value, type_name: &str) -> Result<Value, DataError> {
    let check = |key: &str| {
        let name = movie.get(key).map(first).cloned();
        data::from_value(&object([("title", name.clone())]))
            .map(|_| name.unwrap_or_default())
            .map_err(|error| DataError::new(key, error.message))
    };
    check("name").or_else(|error| {
        check("alternateName").map_err(|_| {
            let message = if error.message == "missing" {
                "missing: a card needs the film's title".to_owned()
            } else {
                error.message
            };
            DataError::new("name", [message, in_json_ld(type_name)].concat())
        })
    })
}

/// The work's release date: `datePublished`, else its `startDate` (a series' or a season's
/// first airing), else the first `releasedEvent`'s `startDate`, else `dateCreated` when it is a
/// year alone (ČSFD's way); a `dateCreated` with a day is the site's record of the page (Rotten
/// Tomatoes, Letterboxd), not the film's release.
fn release_date(movie: &Value) -> Option<(&'static str, Value)> {
    if let Some((key, date)) = any_key(movie, &["datePublished", "startDate"]) {
        return Some((key, date_value(date)));
    }
    let event = movie.get("releasedEvent").map(first);
    if let Some(date) = present(event.and_then(|event| event.get("startDate"))) {
        return Some(("releasedEvent.startDate", date_value(date)));
    }
    present(movie.get("dateCreated"))
        .filter(|date| date.as_str().is_some_and(|date| date.trim().len() == 4))
        .map(|date| ("dateCreated", date_value(date)))
}

/// The value unless it is `null` or blank text, which count as absent.
fn present(value: Option<&Value>) -> Option<&Value> {
    value.filter(|value| match value {
        Value::Null => false,
        Value::String(text) => !text.trim().is_empty(),
        _ => true,
    })
}

/// An object of the fields that are present. Built by hand rather than with `json!`, which
/// would bring serde's serializer into the bundle.
/// Inserted one by one: collecting into the map would sort, with a sort compiled for each
/// caller's iterator.
fn object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    let mut object = Map::new();
    for (name, value) in fields {
        if let Some(value) = value {
            object.insert(name.to_owned(), value);
        }
    }
    Value::Object(object)
}

/// The first of `names` that the object has, present.
fn any_of(object: &Value, names: &[&'static str]) -> Option<Value> {
    any_key(object, names).map(|(_, value)| value.clone())
}

/// The first of `names` that the object has, present, with its name.
fn any_key<'v>(object: &'v Value, names: &[&'static str]) -> Option<(&'static str, &'v Value)> {
    names
        .iter()
        .find_map(|&name| Some((name, present(object.get(name))?)))
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

/// A review's author as text: a `Person` or an `Organization` by its name, plain text, or a list
/// of them joined with commas; `None` when no name is given.
fn author_names(author: &Value) -> Option<Value> {
    let names: Vec<String> = match author {
        Value::Array(items) => items
            .iter()
            .filter_map(author_names)
            .filter_map(|name| name.as_str().map(str::to_owned))
            .collect(),
        Value::Object(thing) => return present(thing.get("name")).map(first).cloned(),
        other => return present(Some(other)).cloned(),
    };
    (!names.is_empty()).then(|| Value::String(names.join(", ")))
}

/// A number given as text ("9", "4,5", " 10.0 ") as a number; anything else as it is, for the
/// data's checks to name.
fn numeric_value(value: &Value) -> Value {
    let Value::String(text) = value else {
        return value.clone();
    };
    let text = text.trim();
    let commas = text.bytes().filter(|&byte| byte == b',').count();
    let text: String = if commas == 1 && !text.contains('.') {
        text.chars()
            .map(|c| if c == ',' { '.' } else { c })
            .collect()
    } else {
        text.to_owned()
    };
    // serde_json's own number parser, so the bundle needs no second one.
    serde_json::from_str::<serde_json::Number>(&text).map_or_else(|_| value.clone(), Value::Number)
}

/// A count, as a number or as text: a whole number of 0 or more.
fn whole_number(value: &Value) -> Option<u64> {
    numeric_value(value).as_u64()
}

#[cfg(test)]
mod tests;
