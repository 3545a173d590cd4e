//! The reader of a work's parts: each part mapped onto the card's data and kept when the data's
//! checks accept it, or left out with the reason, as [`super::FromPage::left_out`] reports it.

use serde_json::Value;

use super::*;

/// Reads the work's parts, keeping what passes the data's checks and noting what does not.
pub(super) struct Reader<'a> {
    /// The checked title, given with every part so the part is checked as part of a film.
    pub(super) title: Value,
    /// The data's `kind` of the work, given with every part as the title is.
    pub(super) kind: Option<Value>,
    /// The schema.org type the work was read from, as errors name it.
    pub(super) type_name: &'static str,
    pub(super) page_url: &'a str,
    pub(super) left_out: Vec<DataError>,
    /// The schema.org path of each review kept, in order, to name one refused later.
    pub(super) review_paths: Vec<String>,
}

impl Reader<'_> {
    /// `value` as the film's `field` when the data's checks accept it; else `None`, and the
    /// reason is noted at `schema_path`.
    pub(super) fn part(
        &mut self,
        field: &str,
        schema_path: &str,
        value: Option<Value>,
    ) -> Option<Value> {
        let value = value?;
        let film = object([
            ("title", Some(self.title.clone())),
            ("kind", self.kind.clone()),
            (field, Some(value.clone())),
        ]);
        match data::from_value(&film) {
            Ok(_) => Some(value),
            Err(error) => {
                self.left_out
                    .push(DataError::new(schema_path, error.message));
                None
            }
        }
    }

    /// A relative address resolved against the page's.
    pub(super) fn address(&self, value: &Value) -> Value {
        match value {
            Value::String(text) => Value::String(address::resolve(self.page_url, text)),
            other => other.clone(),
        }
    }

    /// A media object's address (a `VideoObject` for the trailer, an `ImageObject` for the
    /// poster) as the film's `field`: the first of `url_keys` the data's checks accept, never a
    /// thumbnail's, with the first of `text_keys` as its text; or the object given as a bare
    /// address. When none is usable, the first one's reason is noted, or `no_address`.
    pub(super) fn media(
        &mut self,
        (field, schema_name): (&str, &str),
        media: &Value,
        url_keys: &[&'static str],
        (text_field, text_keys): (&str, &[&'static str]),
        no_address: &str,
    ) -> Option<Value> {
        let (candidates, text) = match media {
            Value::Object(_) => (
                url_keys
                    .iter()
                    .filter_map(|key| {
                        let url = self.address(present(media.get(*key))?);
                        Some(([schema_name, ".", key].concat(), url))
                    })
                    .collect::<Vec<_>>(),
                any_of(media, text_keys),
            ),
            bare => (vec![(schema_name.to_owned(), self.address(bare))], None),
        };
        if candidates.is_empty() {
            self.left_out.push(DataError::new(schema_name, no_address));
            return None;
        }
        let mut first_refusal = None;
        for (path, url) in candidates {
            let value = object([("url", Some(url)), (text_field, text.clone())]);
            let film = object([
                ("title", Some(self.title.clone())),
                (field, Some(value.clone())),
            ]);
            match data::from_value(&film) {
                Ok(_) => return Some(value),
                Err(error) => {
                    first_refusal.get_or_insert(DataError::new(path, error.message));
                }
            }
        }
        self.left_out.extend(first_refusal);
        None
    }

    /// The page's own summary of its ratings (`AggregateRating`), with `ratingCount` or
    /// `reviewCount` as how many it is taken over. One without a value is no summary at all, as
    /// empty records give it (`"ratingValue": ""`), and is passed over without a word.
    /// The summary comes with what it was read from, `{ "rating": …, "count": … }`.
    pub(super) fn aggregate(&mut self, summary: &Value) -> Option<(AggregateRating, Value)> {
        let scale = self.scale("aggregateRating", summary)?;
        let rating = match data::read_rating(&scale) {
            Ok(rating) => rating?,
            Err(error) => {
                self.left_out
                    .push(DataError::new("aggregateRating", error.message));
                return None;
            }
        };
        let count = ["ratingCount", "reviewCount"]
            .iter()
            .find_map(|key| whole_number(present(summary.get(*key))?));
        let read = object([("rating", Some(scale)), ("count", count.map(Value::from))]);
        Some((AggregateRating { rating, count }, read))
    }

    /// A schema.org `Rating` as the widget's `{ "value", "best" }`: numbers may be text, with a
    /// decimal comma; `bestRating` defaults to 5 as schema.org says, or to the 10 or 100 scale a
    /// larger value shows it is on. A scale reaching below zero (Rotten Tomatoes' -1 to 1,
    /// fresh or rotten) is a verdict, not a score, and is left out with a note. `None`, and no
    /// note, when there is no value.
    pub(super) fn scale(&mut self, path: &str, rating: &Value) -> Option<Value> {
        let Value::Object(_) = rating else {
            return present(Some(rating)).map(numeric_value);
        };
        let value = numeric_value(present(rating.get("ratingValue"))?);
        let worst = present(rating.get("worstRating"))
            .map(numeric_value)
            .and_then(|worst| worst.as_f64());
        if worst.is_some_and(|worst| worst < 0.0) {
            self.left_out.push(DataError::new(
                path,
                "a verdict on a scale below zero (such as fresh or rotten) is not a score",
            ));
            return None;
        }
        let best = match present(rating.get("bestRating")) {
            Some(best) => numeric_value(best),
            None => Value::from(match value.as_f64() {
                Some(value) if value > 10.0 => 100,
                Some(value) if value > 5.0 => 10,
                _ => 5,
            }),
        };
        Some(object([("value", Some(value)), ("best", Some(best))]))
    }

    /// The usable reviews, each in the widget's format. A review without an author or a text is
    /// left out; so is a date, rating or id of a review that cannot be used, the review kept.
    pub(super) fn reviews(&mut self, reviews: Vec<(String, &Value)>) -> Vec<Value> {
        let mut kept = Vec::new();
        for (path, review) in reviews {
            // A `null` in the list is nothing; anything else not a Review is named as the data
            // names it.
            if review.is_null() {
                continue;
            }
            if !review.is_object() {
                let film = object([
                    ("title", Some(self.title.clone())),
                    ("reviews", Some(Value::Array(vec![review.clone()]))),
                ]);
                if let Err(error) = data::from_value(&film) {
                    self.left_out.push(DataError::new(path, error.message));
                }
                continue;
            }
            let (date_key, date) = match any_key(review, &["datePublished", "dateCreated"]) {
                Some((key, date)) => (
                    key,
                    self.date(&[&path, ".", key].concat(), date_value(date)),
                ),
                None => ("datePublished", None),
            };
            let (id_key, id) = any_key(review, &["@id", "identifier"])
                .map_or(("@id", None), |(key, id)| (key, Some(id.clone())));
            let rating = review
                .get("reviewRating")
                .and_then(|rating| self.scale(&[&path, ".reviewRating"].concat(), rating));
            let mut fields = object([
                ("id", id),
                ("author", review.get("author").and_then(author_names)),
                ("text", any_of(review, &["reviewBody", "description"])),
                ("date", date),
                ("rating", rating),
            ]);
            // Each refusal names one field; an optional one is dropped and the rest checked again.
            let accepted = loop {
                let film = object([
                    ("title", Some(self.title.clone())),
                    ("reviews", Some(Value::Array(vec![fields.clone()]))),
                ]);
                let Err(error) = data::from_value(&film) else {
                    break true;
                };
                let field = error
                    .path
                    .strip_prefix("reviews[0].")
                    .and_then(|rest| rest.split(['.', '[']).next())
                    .unwrap_or_default();
                let schema_name = match field {
                    "date" => date_key,
                    "rating" => "reviewRating",
                    "id" => id_key,
                    "author" => "author",
                    _ => "reviewBody",
                };
                self.left_out.push(DataError::new(
                    [&path, ".", schema_name].concat(),
                    error.message,
                ));
                // `null` counts as absent, and is cheaper in the bundle than a removal.
                let removed = matches!(field, "date" | "rating" | "id")
                    && fields
                        .as_object_mut()
                        .and_then(|fields| fields.insert(field.to_owned(), Value::Null))
                        .is_some_and(|value| !value.is_null());
                if !removed {
                    break false;
                }
            };
            if accepted {
                kept.push((path, fields));
            }
        }
        self.review_paths = kept.iter().map(|(path, _)| path.clone()).collect();
        kept.into_iter().map(|(_, fields)| fields).collect()
    }

    /// The whole film, its parts already checked one by one. Only a review id used twice can
    /// still be refused here; the repeat loses its id and the rest is checked again.
    pub(super) fn whole(
        &mut self,
        data: &mut Value,
        mut reviews: Vec<Value>,
    ) -> Result<Film, DataError> {
        loop {
            if let Some(fields) = data.as_object_mut() {
                fields.insert("reviews".to_owned(), Value::Array(reviews.clone()));
            }
            let error = match data::from_value(data) {
                Ok(film) => return Ok(film),
                Err(error) => error,
            };
            let repeat = error
                .path
                .strip_prefix("reviews[")
                .and_then(|rest| rest.strip_suffix("].id"))
                .and_then(|index| index.parse::<usize>().ok())
                .filter(|&index| index < reviews.len());
            let Some(index) = repeat else {
                return Err(DataError::new(
                    error.path,
                    [error.message, in_json_ld(self.type_name)].concat(),
                ));
            };
            if let Some(fields) = reviews[index].as_object_mut() {
                fields.insert("id".to_owned(), Value::Null);
            }
            let path = self.review_paths.get(index).cloned().unwrap_or_default();
            self.left_out
                .push(DataError::new([&path, ".@id"].concat(), error.message));
        }
    }
}
