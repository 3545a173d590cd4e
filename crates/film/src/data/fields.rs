//! A JSON object in the data and its path, with typed accessors whose errors name the field.

use serde_json::{Map, Value};

use super::date::read_date;
use super::error::{describe, wrong_type};
use super::url::url_problem;
use super::DataError;
use crate::model::PartialDate;

/// An object in the data and its path, with typed accessors whose errors name the field.
pub(super) struct Fields<'a> {
    pub(super) object: &'a Map<String, Value>,
    pub(super) path: String,
}

impl<'a> Fields<'a> {
    pub(super) fn of(value: &'a Value, path: String) -> Result<Self, DataError> {
        match value {
            Value::Object(object) => Ok(Self { object, path }),
            other => {
                let expected = if path.is_empty() {
                    "the film data must be a JSON object ({ ... })"
                } else {
                    "must be an object ({ ... })"
                };
                Err(DataError::new(
                    path,
                    said!("{expected}, found {}", describe(other)),
                ))
            }
        }
    }

    pub(super) fn path_of(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// The field's value; `null` counts as absent.
    pub(super) fn get(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name).filter(|value| !value.is_null())
    }

    pub(super) fn required_text(&self, name: &str) -> Result<String, DataError> {
        self.optional_text(name)?
            .ok_or_else(|| DataError::new(self.path_of(name), said!("missing")))
    }

    /// Text, with blank text counted as absent.
    pub(super) fn optional_text(&self, name: &str) -> Result<Option<String>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(wrong_type(self.path_of(name), hint!("text"), other)),
        }
    }

    pub(super) fn optional_object(&self, name: &str) -> Result<Option<Fields<'a>>, DataError> {
        self.get(name)
            .map(|value| Fields::of(value, self.path_of(name)))
            .transpose()
    }

    pub(super) fn optional_id(&self, name: &str) -> Result<Option<String>, DataError> {
        match self.get(name) {
            Some(Value::Number(number)) if number.is_u64() => Ok(Some(number.to_string())),
            Some(Value::Number(number)) => Err(DataError::new(
                self.path_of(name),
                said!("must be text or a whole number of 0 or more, found {number}"),
            )),
            None | Some(Value::String(_)) => self.optional_text(name),
            Some(other) => Err(wrong_type(
                self.path_of(name),
                hint!("text or a whole number"),
                other,
            )),
        }
    }

    pub(super) fn optional_bool(&self, name: &str) -> Result<Option<bool>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(flag)) => Ok(Some(*flag)),
            Some(other) => Err(wrong_type(
                self.path_of(name),
                hint!("true or false"),
                other,
            )),
        }
    }

    pub(super) fn optional_number(&self, name: &str) -> Result<Option<f64>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(number)) => Ok(number.as_f64()),
            Some(other) => Err(wrong_type(self.path_of(name), hint!("a number"), other)),
        }
    }

    pub(super) fn required_url(&self, name: &str) -> Result<String, DataError> {
        let url = self.required_text(name)?;
        match url_problem(&url) {
            None => Ok(url),
            Some(problem) => Err(DataError::new(self.path_of(name), problem)),
        }
    }

    pub(super) fn optional_date(&self, name: &str) -> Result<Option<PartialDate>, DataError> {
        let text = match self.get(name) {
            Some(Value::String(_)) | None => self.optional_text(name)?,
            Some(other) => {
                return Err(wrong_type(
                    self.path_of(name),
                    hint!("a date in quotes, e.g. \"1948-10-22\""),
                    other,
                ))
            }
        };
        let Some(text) = text else {
            return Ok(None);
        };
        read_date(&text)
            .map(Some)
            .map_err(|problem| DataError::new(self.path_of(name), problem))
    }
}
