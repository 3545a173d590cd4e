//! Ratings in the forms reviewers use: a score on a scale, stars, a letter grade.

use serde_json::{Map, Value};

use super::error::wrong_type;
use super::fields::Fields;
use super::DataError;
use crate::model::{Rating, GRADES};

/// A rating in any of the forms a review's `rating` takes, checked the same way; errors name the
/// rating's own parts (`value`, `best`, `stars`).
pub fn read_rating(value: &Value) -> Result<Option<Rating>, DataError> {
    let mut object = Map::new();
    object.insert("rating".to_owned(), value.clone());
    Fields {
        object: &object,
        path: String::new(),
    }
    .optional_rating("rating")
}

impl Fields<'_> {
    /// A rating: a number out of 10, `{ "value": 9, "best": 10 }`, `{ "stars": 4.5 }` (of 5
    /// unless `best` says otherwise) or a letter grade such as `"B+"`.
    pub(super) fn optional_rating(&self, name: &str) -> Result<Option<Rating>, DataError> {
        // Kept in tenths, so the checks below compare what the card will display.
        let tenths = |number: f64| (number * 10.0).round();
        let path = self.path_of(name);
        let scale = match self.get(name) {
            None => return Ok(None),
            Some(Value::Number(value)) => {
                let value = value.as_f64().map(tenths).unwrap_or(f64::NAN);
                return if (0.0..=100.0).contains(&value) {
                    Ok(Some(Rating::Score {
                        value_tenths: value as u32,
                        best_tenths: 100,
                    }))
                } else {
                    Err(DataError::new(
                        path,
                        said!("must be a number from 0 to 10, or {{ \"value\": 4, \"best\": 5 }} for another scale"),
                    ))
                };
            }
            Some(Value::String(grade)) => {
                let grade = grade.trim().to_ascii_uppercase();
                return match GRADES.iter().position(|known| *known == grade) {
                    Some(position) => Ok(Some(Rating::Grade(position as u8))),
                    None => Err(DataError::new(
                        path,
                        said!("must be a number, a letter grade from A+ to F, or {{ \"value\": 9, \"best\": 10 }}"),
                    )),
                };
            }
            Some(Value::Object(object)) => Fields { object, path },
            Some(other) => {
                return Err(wrong_type(
                    path,
                    hint!("a number, a letter grade or { \"value\": 9, \"best\": 10 }"),
                    other,
                ))
            }
        };
        if scale.get("stars").is_some() {
            return scale.stars().map(Some);
        }
        let value = scale
            .optional_number("value")?
            .ok_or_else(|| DataError::new(scale.path_of("value"), said!("missing")))?;
        let best = scale.optional_number("best")?.unwrap_or(10.0);
        let best = tenths(best);
        if !(1.0..=1000.0).contains(&best) {
            return Err(DataError::new(
                scale.path_of("best"),
                said!("must be a number from 0.1 to 100"),
            ));
        }
        let value = tenths(value);
        if !(0.0..=best).contains(&value) {
            return Err(DataError::new(
                scale.path_of("value"),
                said!(
                    "must be a number from 0 to {}, the best score",
                    crate::i18n::Locale::default().tenths(best as u32)
                ),
            ));
        }
        Ok(Some(Rating::Score {
            value_tenths: value as u32,
            best_tenths: best as u32,
        }))
    }

    /// `{ "stars": 4.5, "best": 5 }`: whole or half stars, on a scale of 1 to 10 stars.
    fn stars(&self) -> Result<Rating, DataError> {
        let best = self.optional_number("best")?.unwrap_or(5.0);
        if !(best.fract() == 0.0 && (1.0..=10.0).contains(&best)) {
            return Err(DataError::new(
                self.path_of("best"),
                said!("must be a whole number of stars from 1 to 10"),
            ));
        }
        let halves = self.optional_number("stars")?.unwrap_or(f64::NAN) * 2.0;
        if !(halves.fract() == 0.0 && (0.0..=best * 2.0).contains(&halves)) {
            return Err(DataError::new(
                self.path_of("stars"),
                said!(
                    "must be whole or half stars from 0 to {}, e.g. 4 or 3.5",
                    best as u8
                ),
            ));
        }
        Ok(Rating::Stars {
            halves: halves as u8,
            best: best as u8,
        })
    }
}
