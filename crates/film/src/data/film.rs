//! The data format: a JSON tree checked field by field into a [`Film`].

use std::rc::Rc;

use serde_json::{Map, Value};

use super::anchor::unique_anchor;
use super::error::wrong_type;
use super::fields::Fields;
use super::DataError;
use crate::i18n::LABEL_KEYS;
use crate::model::{Film, Poster, Release, Review, Trailer};

/// Validates an already parsed JSON value as film data.
pub fn from_value(value: &Value) -> Result<Film, DataError> {
    let film = Fields::of(value, String::new())?;
    // The work first, so its refusals have no field read before them to drop (with
    // `Locale::work` never inlined, 111 B off the reader's bundle: BENCHMARKS.md).
    let work = super::work::work(&film)?;
    Ok(Film {
        title: film.required_text("title")?,
        certificate: film.optional_text("certificate")?,
        release: film.optional_object("release")?.map(release).transpose()?,
        synopsis: film.optional_text("synopsis")?,
        trailer: film.optional_object("trailer")?.map(trailer).transpose()?,
        poster: film.optional_object("poster")?.map(poster).transpose()?,
        reviews: reviews(&film)?,
        labels: labels(&film)?,
        aggregate: None,
        work,
    })
}

fn labels(film: &Fields<'_>) -> Result<Vec<(String, String)>, DataError> {
    let Some(labels) = film.optional_object("labels")? else {
        return Ok(Vec::new());
    };
    let mut overrides = Vec::with_capacity(labels.object.len());
    for key in labels.object.keys() {
        if !LABEL_KEYS.contains(&key.as_str()) {
            return Err(DataError::new(
                labels.path_of(key),
                said!("is not a label; the labels are {}", LABEL_KEYS.join(", ")),
            ));
        }
        if let Some(text) = labels.optional_text(key)? {
            overrides.push((key.clone(), text));
        }
    }
    Ok(overrides)
}

fn release(fields: Fields<'_>) -> Result<Release, DataError> {
    Ok(Release {
        date: fields.optional_date("date")?,
        region: fields.optional_text("region")?,
    })
}

fn trailer(fields: Fields<'_>) -> Result<Trailer, DataError> {
    Ok(Trailer {
        url: fields.required_url("url")?,
        label: fields.optional_text("label")?,
        // Read and checked where the film's JSON-LD is written (feature `schema`: the builder,
        // `filmcard render`, the WordPress block's module). The card never shows it, so the
        // reader's bundle leaves it unread, as any field it has no use for.
        #[cfg(any(feature = "schema", test))]
        uploaded: fields.optional_date("uploaded")?,
    })
}

fn poster(fields: Fields<'_>) -> Result<Poster, DataError> {
    Ok(Poster {
        url: fields.required_url("url")?,
        alt: fields.optional_text("alt")?,
    })
}

fn reviews(film: &Fields<'_>) -> Result<Vec<Rc<Review>>, DataError> {
    let path = film.path_of("reviews");
    let items = match film.get("reviews") {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(wrong_type(path, hint!("a list of reviews"), other)),
    };
    // Indices kept in serde_json's map type, as the anchors are (see `unique_anchor`).
    let mut first_use_of_id = Map::new();
    let mut reviews = Vec::with_capacity(items.len());
    let mut anchors = Map::new();
    for (index, item) in items.iter().enumerate() {
        let fields = Fields::of(item, format!("{path}[{index}]"))?;
        let mut review = Review {
            id: fields.optional_id("id")?,
            anchor: String::new(),
            author: fields.required_text("author")?,
            text: fields.required_text("text")?,
            date: fields.optional_date("date")?,
            rating: fields.optional_rating("rating")?,
            spoiler: fields.optional_bool("spoiler")?.unwrap_or(false),
        };
        if let Some(id) = &review.id {
            if let Some(first) = first_use_of_id.insert(id.clone(), index.into()) {
                let first = first.as_u64().unwrap_or_default();
                return Err(DataError::new(
                    fields.path_of("id"),
                    said!("the same id is already used by {path}[{first}]; ids must be unique"),
                ));
            }
        }
        review.anchor = unique_anchor(&review, index, &mut anchors);
        reviews.push(Rc::new(review));
    }
    Ok(reviews)
}
