//! Film data: JSON text in, a validated [`Film`] or a [`DataError`] out. Pure Rust, no browser.
//!
//! One file per concern: the JSON syntax and its hints (`syntax`), the data format's fields
//! (`film`, read through `fields`), ratings, anchors, addresses and dates, and the error type; and
//! beside the JSON reader, the page's schema.org JSON-LD, read into the same [`Film`] (`json_ld`).

/// A message in a blogger's words, formatted as `format!` does; empty where the build leaves the
/// validator's texts out (see [`error::terse`]). Its texts and their formatting are then not in
/// the build at all: the condition is a constant there.
macro_rules! said {
    ($($arg:tt)*) => {
        if $crate::data::error::terse() {
            String::new()
        } else {
            format!($($arg)*)
        }
    };
}

/// A fixed text in a blogger's words, or `""` where the build leaves them out (see [`said`]).
macro_rules! hint {
    ($text:expr) => {
        if $crate::data::error::terse() {
            ""
        } else {
            $text
        }
    };
}

mod anchor;
mod date;
pub(crate) mod error;
mod fields;
mod film;
pub mod json_ld;
mod rating;
mod syntax;
#[cfg(test)]
mod tests;
mod url;
mod work;

pub use date::parse_date;
pub use error::DataError;
pub use film::from_value;
pub use rating::read_rating;
pub use syntax::parse_json;
pub use url::is_web_url;
pub use work::MAX_NUMBER;

use crate::model::Film;

/// Parses film data from JSON text and validates it.
///
/// A leading byte order mark is ignored: editors on Windows save one, and bloggers paste it along
/// with the data without being able to see it.
pub fn parse(text: &str) -> Result<Film, DataError> {
    from_value(&parse_json(text)?)
}
