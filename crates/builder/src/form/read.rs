//! Film JSON read back into the form (an imported file, a saved card): as far as the form can
//! hold it, naming what it cannot hold.

use super::fields::GROUPS;
use super::*;

impl FormState {
    /// Fills a form from film JSON as far as the form can hold it. What it cannot hold (a field
    /// the format does not have, or a value of a kind no field takes) is named, never dropped
    /// silently; the data's own checks then judge what the form holds.
    pub fn from_value(value: &Value) -> (Self, Vec<DataError>) {
        let mut form = Self::default();
        let mut reader = Reader::default();
        let Some(film) = value.as_object() else {
            return (form, reader.left_out);
        };
        for (key, value) in film {
            if let Some(field) = Field::at(&FILM, key).filter(|field| field.part().is_none()) {
                *(field.text_mut)(&mut form) = reader.field(field, key, value);
                continue;
            }
            if GROUPS.iter().any(|(group, _)| group == key) {
                reader.object(key, value, |reader, _, path, value| {
                    match Field::at(&FILM, path) {
                        Some(field) => {
                            *(field.text_mut)(&mut form) = reader.field(field, path, value)
                        }
                        None => reader.unknown(path),
                    }
                });
                continue;
            }
            match key.as_str() {
                "labels" => reader.object(key, value, |reader, key, path, value| {
                    if LABEL_KEYS.contains(&key) {
                        let text = reader.text(path, value);
                        form.set_label(key, text);
                    } else {
                        reader.unknown(path);
                    }
                }),
                "reviews" => match value {
                    Value::Array(items) => {
                        for (index, item) in items.iter().enumerate() {
                            let path = format!("reviews[{index}]");
                            // A review the form cannot hold keeps its place, blank, so the
                            // numbers of the reviews after it still match the data's.
                            form.reviews
                                .push(reader.review(&path, item).unwrap_or_default());
                        }
                    }
                    Value::Null => {}
                    other => reader.cannot_hold(key, other),
                },
                _ => reader.unknown(key),
            }
        }
        (form, reader.left_out)
    }
}

/// Reads film JSON into the form, noting what it leaves out.
#[derive(Default)]
struct Reader {
    left_out: Vec<DataError>,
}

impl Reader {
    fn unknown(&mut self, path: &str) {
        self.left_out.push(DataError::new(
            path,
            "is not part of the card's data; the form leaves it out",
        ));
    }

    fn cannot_hold(&mut self, path: &str, value: &Value) {
        let kind = match value {
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
            Value::Null => "null",
        };
        self.left_out.push(DataError::new(
            path,
            format!("the form cannot hold {kind} here; it is left out"),
        ));
    }

    fn text(&mut self, path: &str, value: &Value) -> String {
        match value {
            Value::String(text) => text.clone(),
            Value::Null => String::new(),
            other => {
                self.cannot_hold(path, other);
                String::new()
            }
        }
    }

    /// The text for a field of the tables: a number as its text where the field reads numbers.
    fn field<T>(&mut self, field: &Field<T>, path: &str, value: &Value) -> String {
        match value {
            Value::Number(number) if field.reads_numbers => number.to_string(),
            other => self.text(path, other),
        }
    }

    fn object(
        &mut self,
        path: &str,
        value: &Value,
        mut each: impl FnMut(&mut Self, &str, &str, &Value),
    ) {
        match value {
            Value::Object(object) => {
                for (key, value) in object {
                    each(self, key, &format!("{path}.{key}"), value);
                }
            }
            Value::Null => {}
            other => self.cannot_hold(path, other),
        }
    }

    fn review(&mut self, path: &str, value: &Value) -> Option<ReviewForm> {
        let Value::Object(fields) = value else {
            self.cannot_hold(path, value);
            return None;
        };
        let mut review = ReviewForm::default();
        for (key, value) in fields {
            let path = format!("{path}.{key}");
            match key.as_str() {
                "spoiler" => match value {
                    Value::Bool(flag) => review.spoiler = *flag,
                    Value::Null => {}
                    other => self.cannot_hold(&path, other),
                },
                "rating" => review.rating = self.rating(&path, value),
                key => match Field::at(&REVIEW, key) {
                    Some(field) => *(field.text_mut)(&mut review) = self.field(field, &path, value),
                    None => self.unknown(&path),
                },
            }
        }
        Some(review)
    }

    fn rating(&mut self, path: &str, value: &Value) -> RatingForm {
        let number = |reader: &mut Self, path: &str, value: Option<&Value>| match value {
            Some(Value::Number(number)) => number.to_string(),
            Some(Value::String(text)) => text.clone(),
            None | Some(Value::Null) => String::new(),
            Some(other) => {
                reader.cannot_hold(path, other);
                String::new()
            }
        };
        match value {
            Value::Null => RatingForm::default(),
            Value::Number(score) => RatingForm {
                kind: RatingKind::OutOfTen,
                value: score.to_string(),
                best: String::new(),
            },
            Value::String(grade) => RatingForm {
                kind: RatingKind::Grade,
                value: grade.clone(),
                best: String::new(),
            },
            Value::Object(scale) => {
                let stars = scale.contains_key("stars");
                let (kind, key) = if stars {
                    (RatingKind::Stars, "stars")
                } else {
                    (RatingKind::Scale, "value")
                };
                for other in scale.keys().filter(|k| *k != key && *k != "best") {
                    self.unknown(&format!("{path}.{other}"));
                }
                RatingForm {
                    kind,
                    value: number(self, &format!("{path}.{key}"), scale.get(key)),
                    best: number(self, &format!("{path}.best"), scale.get("best")),
                }
            }
            other => {
                self.cannot_hold(path, other);
                RatingForm::default()
            }
        }
    }
}
