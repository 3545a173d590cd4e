//! Why film data was refused, with the field's path, in a blogger's words.

use std::fmt;

use serde_json::Value;

/// Why film data was refused: where in the data, and what is wrong, in a blogger's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The field path, e.g. `reviews[2].author`; empty when the problem is the data as a whole.
    pub path: String,
    /// What is wrong, e.g. `missing`.
    pub message: String,
}

impl DataError {
    /// An error at `path` with a message.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DataError {}

pub(super) fn wrong_type(path: String, expected: &str, found: &Value) -> DataError {
    DataError::new(
        path,
        format!("must be {expected}, found {}", describe(found)),
    )
}

pub(super) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
