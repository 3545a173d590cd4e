//! Dates as pages write them, read as the data's `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; and what
//! is certain of a date the data cannot take whole.

use serde_json::Value;

use super::{object, Reader};
use crate::data::{self, DataError};

impl Reader<'_> {
    /// A date (already through [`date_value`]) as the data takes it, checked as a date of the
    /// film. When the data refuses it whole, the most of it that is certain is kept, the year
    /// and month (`2011-02-30`) or the year (`2011-13-01`), with a note at `schema_path` that
    /// says what was kept; with nothing certain, it is left out with the data's reason.
    pub(super) fn date(&mut self, schema_path: &str, date: Value) -> Option<Value> {
        let check = |date: &Value| {
            data::from_value(&object([
                ("title", Some(Value::from("-"))),
                ("release", Some(object([("date", Some(date.clone()))]))),
            ]))
        };
        let error = match check(&date) {
            Ok(_) => return Some(date),
            Err(error) => error.message,
        };
        let mut kept = date.as_str().unwrap_or_default();
        while let Some((shorter, _)) = kept.rsplit_once('-') {
            kept = shorter;
            let shorter = Value::from(kept);
            if check(&shorter).is_ok() {
                self.left_out.push(DataError::new(
                    schema_path,
                    [&error, "; the card keeps ", kept].concat(),
                ));
                return Some(shorter);
            }
        }
        self.left_out.push(DataError::new(schema_path, error));
        None
    }
}

/// A date as the widget reads it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A date-time gives its date
/// as written (`2016-09-23T07:26:50-07:00` is 23 September, wherever the reader is), a one-digit
/// month or day gets its zero (`2011-3-6` is `2011-03-06`), and an
/// English date as Metacritic writes it ("October 15, 1999", "15 Oct 1999") is read too; any
/// other text is kept for the data's checks to refuse.
pub(super) fn date_value(value: &Value) -> Value {
    let Value::String(text) = value else {
        return value.clone();
    };
    let text = text.trim();
    let iso_date_time = text.len() > 10
        && text.is_char_boundary(10)
        && matches!(text.as_bytes()[10], b'T' | b't' | b' ')
        && text[..10].bytes().enumerate().all(|(at, byte)| {
            if at == 4 || at == 7 {
                byte == b'-'
            } else {
                byte.is_ascii_digit()
            }
        });
    let date = if iso_date_time {
        text[..10].to_owned()
    } else {
        padded(text)
            .or_else(|| english_date(text))
            .unwrap_or_else(|| text.to_owned())
    };
    Value::String(date)
}

/// A date with a one-digit month or day (`2011-3-06`, `2011-3-6`, as PHP's `Y-n-j` writes it)
/// with its zeros: the numbers are certain, only their width is not the data's.
fn padded(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let year = parts.next().filter(|year| year.len() == 4)?;
    let rest: Vec<&str> = parts.collect();
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    let fits = (1..=2).contains(&rest.len())
        && digits(year)
        && rest
            .iter()
            .all(|part| (1..=2).contains(&part.len()) && digits(part))
        && rest.iter().any(|part| part.len() == 1);
    fits.then(|| {
        let mut date = year.to_owned();
        for part in rest {
            date.push_str(if part.len() == 1 { "-0" } else { "-" });
            date.push_str(part);
        }
        date
    })
}

/// "October 15, 1999", "Oct. 15 1999", "15 October 1999" or "October 1999" as ISO 8601; the
/// day is checked later, with the rest of the date.
fn english_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    let english = crate::i18n::LANGUAGES[0];
    let month_of = |word: &str| {
        let word = word.trim_end_matches('.');
        (word.len() >= 3)
            .then(|| {
                english.months().position(|month| {
                    month.len() >= word.len() && month[..word.len()].eq_ignore_ascii_case(word)
                })
            })
            .flatten()
    };
    let digits = |word: &str, widths: &[usize]| {
        (widths.contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<u16>().ok())
            .flatten()
    };
    let (month, day, year) = match words.as_slice() {
        [month, year] => (month_of(month)?, None, digits(year, &[4])?),
        [first, second, year] => match month_of(first) {
            Some(month) => (month, Some(digits(second, &[1, 2])?), digits(year, &[4])?),
            None => (
                month_of(second)?,
                Some(digits(first, &[1, 2])?),
                digits(year, &[4])?,
            ),
        },
        _ => return None,
    };
    let mut iso = format!("{year:04}-{:02}", month + 1);
    if let Some(day) = day {
        iso.push_str(&format!("-{day:02}"));
    }
    Some(iso)
}
