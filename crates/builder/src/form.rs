//! The form's state: every field as the blogger typed it, and the film JSON it stands for.
//!
//! The form holds text, never judged here: [`FormState::to_value`] turns it into the data
//! format, and [`filmcard_film::data`] decides, so the builder and the card share every rule.
//! [`FormState::from_value`] fills the form from film JSON and names what the form cannot hold.

use serde_json::{Map, Value};

use crate::work::WorkForm;
use fields::{Field, FILM, OPTIONS, REVIEW};
use filmcard_film::config::Config;
use filmcard_film::data::DataError;
use filmcard_film::i18n::LABEL_KEYS;
use filmcard_film::model::{Film, Rating, Review, GRADES};

/// The film and its reviews as the form holds them: text as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormState {
    /// The film's title.
    pub title: String,
    /// What the card is about: a film, or a TV series, season or episode.
    pub work: WorkForm,
    /// The age certificate.
    pub certificate: String,
    /// The release date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub release_date: String,
    /// The region the release date applies to.
    pub release_region: String,
    /// The plot summary.
    pub synopsis: String,
    /// The trailer's address.
    pub trailer_url: String,
    /// The trailer link's text.
    pub trailer_label: String,
    /// When the trailer's video was uploaded: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub trailer_uploaded: String,
    /// The poster image's address.
    pub poster_url: String,
    /// The poster's text alternative.
    pub poster_alt: String,
    /// The reviews, in the card's order.
    pub reviews: Vec<ReviewForm>,
    /// Label overrides, `(key, text)` in [`LABEL_KEYS`] order; blank ones are left out.
    pub labels: Vec<(String, String)>,
    /// The card's options, written as the element's attributes.
    pub options: Options,
}

/// One review as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewForm {
    /// The review's stable id.
    pub id: String,
    /// The reviewer's name.
    pub author: String,
    /// The review's text.
    pub text: String,
    /// When it was written.
    pub date: String,
    /// The reviewer's score.
    pub rating: RatingForm,
    /// Whether the text gives the plot away.
    pub spoiler: bool,
}

/// The forms a rating takes in the data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RatingKind {
    /// No rating.
    #[default]
    None,
    /// A number out of 10: `"rating": 8.5`.
    OutOfTen,
    /// A score on another scale: `{ "value": 4, "best": 5 }`.
    Scale,
    /// Stars: `{ "stars": 4.5, "best": 5 }`.
    Stars,
    /// A letter grade: `"B+"`.
    Grade,
}

impl RatingKind {
    /// Every kind with its name in the form's select, in order.
    pub const ALL: [(RatingKind, &'static str); 5] = [
        (RatingKind::None, "none"),
        (RatingKind::OutOfTen, "out-of-ten"),
        (RatingKind::Scale, "scale"),
        (RatingKind::Stars, "stars"),
        (RatingKind::Grade, "grade"),
    ];

    /// The kind's name in the form.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(kind, _)| *kind == self)
            .map_or("none", |(_, name)| name)
    }

    /// The kind a name stands for; `None` for an unknown name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(_, known)| *known == name)
            .map(|(kind, _)| *kind)
    }
}

/// A rating as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RatingForm {
    /// Which form the rating takes.
    pub kind: RatingKind,
    /// The score, the number of stars, or the grade.
    pub value: String,
    /// The best score or the number of stars the scale has; blank for the data's default.
    pub best: String,
}

/// The card's options: the element's attributes, as typed. Blank means the card's default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// `lang`: blank follows the page's language.
    pub lang: String,
    /// `theme`: blank follows the reader's setting.
    pub theme: String,
    /// `collapse-at`.
    pub collapse_at: String,
    /// `max-reviews`.
    pub max_reviews: String,
    /// `sort`.
    pub sort: String,
    /// `trailer`.
    pub trailer: String,
    /// `heading-level`.
    pub heading_level: String,
}

impl Options {
    /// The option fields: attribute name, then the field's value.
    pub fn attributes(&self) -> Vec<(&'static str, &str)> {
        OPTIONS
            .iter()
            .map(|field| (field.path, (field.text)(self).as_str()))
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(name, value)| (name, value.trim()))
            .collect()
    }

    /// The field an attribute name belongs to.
    pub fn field_mut(&mut self, name: &str) -> Option<&mut String> {
        Field::at(&OPTIONS, name).map(|field| (field.text_mut)(self))
    }

    /// The card's configuration from these attributes, read by the card's own reader, with a
    /// warning for each value it could not use (each starts with the attribute's name).
    pub fn config(&self) -> (Config, Vec<String>) {
        let attributes = self.attributes();
        Config::from_attributes(&|name| {
            attributes
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }
}

/// Text as a JSON number when it is one as typed, else as text, so the data's checks say what
/// is wrong with it.
fn number_or_text(text: &str) -> Value {
    match serde_json::from_str::<Value>(text.trim()) {
        Ok(number @ Value::Number(_)) => number,
        _ => Value::String(text.to_owned()),
    }
}

/// Puts `value` at a field's path (`release.date` inside `release`).
fn put_at(object: &mut Map<String, Value>, path: &str, value: Value) {
    let (object, key) = match path.split_once('.') {
        Some((part, key)) => match object
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
        {
            Value::Object(part) => (part, key),
            _ => return,
        },
        None => (object, path),
    };
    object.insert(key.to_owned(), value);
}

impl RatingForm {
    /// The rating in the data's format; `None` when there is none.
    pub fn to_value(&self) -> Option<Value> {
        let blank = self.value.trim().is_empty() && self.best.trim().is_empty();
        let on_scale = |key: &str| {
            let mut scale = Map::new();
            if !self.value.trim().is_empty() {
                scale.insert(key.to_owned(), number_or_text(&self.value));
            }
            if !self.best.trim().is_empty() {
                scale.insert("best".to_owned(), number_or_text(&self.best));
            }
            Value::Object(scale)
        };
        match self.kind {
            RatingKind::None => None,
            _ if blank => None,
            RatingKind::OutOfTen => Some(number_or_text(&self.value)),
            RatingKind::Grade => Some(Value::String(self.value.clone())),
            RatingKind::Scale => Some(on_scale("value")),
            RatingKind::Stars => Some(on_scale("stars")),
        }
    }

    /// The form of a validated rating.
    pub fn of(rating: &Rating) -> Self {
        let tenths = |tenths: u32| {
            if tenths.is_multiple_of(10) {
                (tenths / 10).to_string()
            } else {
                format!("{}.{}", tenths / 10, tenths % 10)
            }
        };
        match *rating {
            Rating::Score {
                value_tenths,
                best_tenths: 100,
            } => Self {
                kind: RatingKind::OutOfTen,
                value: tenths(value_tenths),
                best: String::new(),
            },
            Rating::Score {
                value_tenths,
                best_tenths,
            } => Self {
                kind: RatingKind::Scale,
                value: tenths(value_tenths),
                best: tenths(best_tenths),
            },
            Rating::Stars { halves, best } => Self {
                kind: RatingKind::Stars,
                value: tenths(u32::from(halves) * 5),
                best: best.to_string(),
            },
            Rating::Grade(position) => Self {
                kind: RatingKind::Grade,
                value: GRADES[usize::from(position).min(GRADES.len() - 1)].to_owned(),
                best: String::new(),
            },
        }
    }
}

impl ReviewForm {
    /// The review in the data's format.
    pub fn to_value(&self) -> Value {
        let mut review = Map::new();
        for field in &REVIEW {
            if let Some(value) = field.value(self) {
                review.insert(field.path.to_owned(), value);
            }
        }
        if let Some(rating) = self.rating.to_value() {
            review.insert("rating".to_owned(), rating);
        }
        if self.spoiler {
            review.insert("spoiler".to_owned(), Value::Bool(true));
        }
        Value::Object(review)
    }

    /// The form of a validated review.
    pub fn of(review: &Review) -> Self {
        Self {
            id: review.id.clone().unwrap_or_default(),
            author: review.author.clone(),
            text: review.text.clone(),
            date: review.date.map(|date| date.iso()).unwrap_or_default(),
            rating: review
                .rating
                .as_ref()
                .map(RatingForm::of)
                .unwrap_or_default(),
            spoiler: review.spoiler,
        }
    }
}

impl FormState {
    /// The film in the data's format, blank fields left out.
    pub fn to_value(&self) -> Value {
        let mut film = Map::new();
        for field in &FILM {
            if let Some(value) = field.value(self) {
                put_at(&mut film, field.path, value);
            }
        }
        if !self.reviews.is_empty() {
            film.insert(
                "reviews".to_owned(),
                Value::Array(self.reviews.iter().map(ReviewForm::to_value).collect()),
            );
        }
        for (key, text) in &self.labels {
            if !text.trim().is_empty() {
                put_at(
                    &mut film,
                    &format!("labels.{key}"),
                    Value::String(text.clone()),
                );
            }
        }
        Value::Object(film)
    }

    /// Whether the form shows a field of [`FILM`]: one of the work's kind, or any that holds
    /// text, so that the data's error about it has a field to land on.
    pub fn shows(&self, field: &Field<Self>) -> bool {
        field.belongs(&self.work.kind) || !(field.text)(self).trim().is_empty()
    }

    /// The film checked by the card's own rules.
    pub fn validate(&self) -> Result<Film, DataError> {
        filmcard_film::data::from_value(&self.to_value())
    }

    /// The label override for `key`, blank when there is none.
    pub fn label(&self, key: &str) -> &str {
        self.labels
            .iter()
            .find(|(known, _)| known == key)
            .map_or("", |(_, text)| text)
    }

    /// Sets the label override for `key` (blank removes it), keeping [`LABEL_KEYS`] order.
    pub fn set_label(&mut self, key: &str, text: String) {
        self.labels.retain(|(known, _)| known != key);
        if !text.is_empty() {
            self.labels.push((key.to_owned(), text));
        }
        self.labels.sort_by_key(|(known, _)| {
            LABEL_KEYS
                .iter()
                .position(|label| label == known)
                .unwrap_or(usize::MAX)
        });
    }

    /// The form of a validated film (as JSON-LD gives one): everything the form holds.
    pub fn of(film: &Film) -> Self {
        let release = film.release.as_ref();
        Self {
            title: film.title.clone(),
            work: WorkForm::of(&film.work),
            certificate: film.certificate.clone().unwrap_or_default(),
            release_date: release
                .and_then(|release| release.date)
                .map(|date| date.iso())
                .unwrap_or_default(),
            release_region: release
                .and_then(|release| release.region.clone())
                .unwrap_or_default(),
            synopsis: film.synopsis.clone().unwrap_or_default(),
            trailer_url: film
                .trailer
                .as_ref()
                .map(|t| t.url.clone())
                .unwrap_or_default(),
            trailer_label: film
                .trailer
                .as_ref()
                .and_then(|t| t.label.clone())
                .unwrap_or_default(),
            trailer_uploaded: film
                .trailer
                .as_ref()
                .and_then(|t| t.uploaded)
                .map(|date| date.iso())
                .unwrap_or_default(),
            poster_url: film
                .poster
                .as_ref()
                .map(|p| p.url.clone())
                .unwrap_or_default(),
            poster_alt: film
                .poster
                .as_ref()
                .and_then(|p| p.alt.clone())
                .unwrap_or_default(),
            reviews: film.reviews.iter().map(|r| ReviewForm::of(r)).collect(),
            labels: film.labels.clone(),
            options: Options::default(),
        }
    }
}

pub mod fields;
mod read;
#[cfg(test)]
mod tests;
