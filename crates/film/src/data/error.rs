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

/// Whether this build leaves the validator's message texts out: the reader's bundle, built with
/// the `terse-errors` feature, keeps the field paths (and a syntax error's line and column) and
/// no texts; when a card's data is refused, the edge asks the on-demand module, which has them,
/// for the full error (`src/embed/extra.rs`). Every other build has the texts. Unit tests switch
/// it per thread, to check that both ways refuse the same data at the same path.
#[cfg(not(test))]
pub(crate) fn terse() -> bool {
    cfg!(feature = "terse-errors")
}

#[cfg(test)]
thread_local! {
    /// This thread's answer to [`terse`] in unit tests.
    pub(crate) static TERSE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
pub(crate) fn terse() -> bool {
    TERSE.with(std::cell::Cell::get)
}

/// `expected` is written with [`hint`], so that a terse build leaves it out too.
pub(super) fn wrong_type(path: String, expected: &str, found: &Value) -> DataError {
    DataError::new(path, said!("must be {expected}, found {}", describe(found)))
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
