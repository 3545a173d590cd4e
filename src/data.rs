//! Film data: JSON text in, a validated [`Film`] or a [`DataError`] out. Pure Rust, no browser.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::i18n::LABEL_KEYS;
use crate::model::{Film, PartialDate, Poster, Rating, Release, Review, Trailer, GRADES};

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

/// Parses film data from JSON text and validates it.
///
/// A leading byte order mark is ignored: editors on Windows save one, and bloggers paste it along
/// with the data without being able to see it.
pub fn parse(text: &str) -> Result<Film, DataError> {
    from_value(&parse_json(text)?)
}

/// The first half of [`parse`]: the JSON text read into a tree, not yet checked as a film, so a
/// caller with a big film can let the page breathe between the two halves.
pub fn parse_json(text: &str) -> Result<Value, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DataError::new(
            "",
            "the film data is empty; it must be a JSON object ({ ... })",
        ));
    }
    serde_json::from_str(text).map_err(|error| json_error(text, &error))
}

/// Says where the JSON breaks and, for the mistakes people make by hand, what to fix.
fn json_error(text: &str, error: &serde_json::Error) -> DataError {
    // serde_json names the problem only in its display text, in a parser's words.
    let display = error.to_string();
    let reason = display.split(" at line ").next().unwrap_or_default();
    // The column counts bytes and stops on the first byte of what could not be read; a line
    // break inside text is reported on the next line, where the culprit is not.
    let unread = text
        .split('\n')
        .nth(error.line().saturating_sub(1))
        .and_then(|line| line.get(error.column().saturating_sub(1)..))
        .filter(|_| !reason.starts_with("control character"))
        .unwrap_or_default();
    let culprit = unread.chars().next();
    let hint = if error.is_eof() {
        "it ends too early; is a closing }, ] or \" missing?"
    } else if matches!(
        culprit,
        Some('\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
    ) {
        // Blog editors turn typed quotes into typographic ones.
        "quotes must be straight (\") and not curly (\u{201c} \u{201d})"
    } else if culprit == Some('\'') {
        "text and field names must be in double quotes (\"), not single quotes"
    } else if unread.starts_with("//") || unread.starts_with("/*") {
        "JSON does not allow comments"
    } else {
        match reason {
            "trailing characters" => "there is more text after the end of the data",
            "recursion limit exceeded" => "lists or objects are nested too deeply",
            "lone leading surrogate in hex escape"
            | "unexpected end of hex escape"
            | "invalid unicode code point" => "a \\u escape does not stand for a real character",
            "invalid escape" => "a backslash must start an escape such as \\n, \\\" or \\\\",
            "trailing comma" => "there is a comma just before a closing } or ]",
            "key must be a string" => "field names must be in double quotes",
            "expected value" => "a value is missing here, or text is not in double quotes",
            "expected ident" => "only true, false and null may be written without quotes",
            "expected `:`" => "a colon (:) must follow each field name",
            "expected `,` or `}`" => "a comma (,) or a closing } is missing here",
            "expected `,` or `]`" => "a comma (,) or a closing ] is missing here",
            "number out of range" => "a number is too large",
            "invalid number" => "a number is not written like 9 or 8.5",
            reason if reason.starts_with("control character") => {
                "a line break or tab inside text must be written \\n or \\t"
            }
            reason => reason,
        }
    };
    DataError::new(
        "",
        format!(
            "the film data is not valid JSON (line {}, column {}): {hint}",
            error.line(),
            // serde_json reports column 0 for a break at a line's end; people count from 1.
            error.column().max(1)
        ),
    )
}

/// Validates an already parsed JSON value as film data.
pub fn from_value(value: &Value) -> Result<Film, DataError> {
    let film = Fields::of(value, String::new())?;
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
    })
}

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

fn labels(film: &Fields<'_>) -> Result<Vec<(String, String)>, DataError> {
    let Some(labels) = film.optional_object("labels")? else {
        return Ok(Vec::new());
    };
    let mut overrides = Vec::with_capacity(labels.object.len());
    for key in labels.object.keys() {
        if !LABEL_KEYS.contains(&key.as_str()) {
            return Err(DataError::new(
                labels.path_of(key),
                format!("is not a label; the labels are {}", LABEL_KEYS.join(", ")),
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
        Some(other) => return Err(wrong_type(path, "a list of reviews", other)),
    };
    let mut first_use_of_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut reviews = Vec::with_capacity(items.len());
    let mut anchors = BTreeSet::new();
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
            if let Some(first) = first_use_of_id.insert(id.clone(), index) {
                return Err(DataError::new(
                    fields.path_of("id"),
                    format!("the same id is already used by {path}[{first}]; ids must be unique"),
                ));
            }
        }
        review.anchor = unique_anchor(&review, &mut anchors);
        reviews.push(Rc::new(review));
    }
    Ok(reviews)
}

/// A review's anchor: its id when that is safe in a URL fragment as it is, else a hash of the id,
/// or of the author and text for a review without one; a repeat gets a `-2`, `-3`… suffix.
fn unique_anchor(review: &Review, taken: &mut BTreeSet<String>) -> String {
    let base = match &review.id {
        Some(id)
            if id.len() <= 64
                && id
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_') =>
        {
            id.clone()
        }
        Some(id) => format!("{:08x}", fnv1a(&[id])),
        None => format!("{:08x}", fnv1a(&[&review.author, &review.text])),
    };
    let mut anchor = base.clone();
    let mut repeat = 1;
    while !taken.insert(anchor.clone()) {
        repeat += 1;
        anchor = format!("{base}-{repeat}");
    }
    anchor
}

/// The 32-bit FNV-1a hash of the parts, each followed by a zero byte: small, and the same in
/// every build, so anchors in links people share keep working.
fn fnv1a(parts: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for &byte in part.as_bytes().iter().chain(&[0]) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// An object in the data and its path, with typed accessors whose errors name the field.
struct Fields<'a> {
    object: &'a Map<String, Value>,
    path: String,
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, path: String) -> Result<Self, DataError> {
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
                    format!("{expected}, found {}", describe(other)),
                ))
            }
        }
    }

    fn path_of(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// The field's value; `null` counts as absent.
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.object.get(name).filter(|value| !value.is_null())
    }

    fn required_text(&self, name: &str) -> Result<String, DataError> {
        self.optional_text(name)?
            .ok_or_else(|| DataError::new(self.path_of(name), "missing"))
    }

    /// Text, with blank text counted as absent.
    fn optional_text(&self, name: &str) -> Result<Option<String>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(wrong_type(self.path_of(name), "text", other)),
        }
    }

    fn optional_object(&self, name: &str) -> Result<Option<Fields<'a>>, DataError> {
        self.get(name)
            .map(|value| Fields::of(value, self.path_of(name)))
            .transpose()
    }

    fn optional_id(&self, name: &str) -> Result<Option<String>, DataError> {
        match self.get(name) {
            Some(Value::Number(number)) if number.is_u64() => Ok(Some(number.to_string())),
            Some(Value::Number(number)) => Err(DataError::new(
                self.path_of(name),
                format!("must be text or a whole number of 0 or more, found {number}"),
            )),
            None | Some(Value::String(_)) => self.optional_text(name),
            Some(other) => Err(wrong_type(
                self.path_of(name),
                "text or a whole number",
                other,
            )),
        }
    }

    fn optional_bool(&self, name: &str) -> Result<Option<bool>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Bool(flag)) => Ok(Some(*flag)),
            Some(other) => Err(wrong_type(self.path_of(name), "true or false", other)),
        }
    }

    fn optional_number(&self, name: &str) -> Result<Option<f64>, DataError> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(number)) => Ok(number.as_f64()),
            Some(other) => Err(wrong_type(self.path_of(name), "a number", other)),
        }
    }

    fn required_url(&self, name: &str) -> Result<String, DataError> {
        let url = self.required_text(name)?;
        match url_problem(&url) {
            None => Ok(url),
            Some(problem) => Err(DataError::new(self.path_of(name), problem)),
        }
    }

    fn optional_date(&self, name: &str) -> Result<Option<PartialDate>, DataError> {
        let text = match self.get(name) {
            Some(Value::String(_)) | None => self.optional_text(name)?,
            Some(other) => {
                return Err(wrong_type(
                    self.path_of(name),
                    "a date in quotes, e.g. \"1948-10-22\"",
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

    /// A rating: a number out of 10, `{ "value": 9, "best": 10 }`, `{ "stars": 4.5 }` (of 5
    /// unless `best` says otherwise) or a letter grade such as `"B+"`.
    fn optional_rating(&self, name: &str) -> Result<Option<Rating>, DataError> {
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
                        "must be a number from 0 to 10, or { \"value\": 4, \"best\": 5 } for another scale",
                    ))
                };
            }
            Some(Value::String(grade)) => {
                let grade = grade.trim().to_ascii_uppercase();
                return match GRADES.iter().position(|known| *known == grade) {
                    Some(position) => Ok(Some(Rating::Grade(position as u8))),
                    None => Err(DataError::new(
                        path,
                        "must be a number, a letter grade from A+ to F, or { \"value\": 9, \"best\": 10 }",
                    )),
                };
            }
            Some(Value::Object(object)) => Fields { object, path },
            Some(other) => {
                return Err(wrong_type(
                    path,
                    "a number, a letter grade or { \"value\": 9, \"best\": 10 }",
                    other,
                ))
            }
        };
        if scale.get("stars").is_some() {
            return scale.stars().map(Some);
        }
        let value = scale
            .optional_number("value")?
            .ok_or_else(|| DataError::new(scale.path_of("value"), "missing"))?;
        let best = scale.optional_number("best")?.unwrap_or(10.0);
        let best = tenths(best);
        if !(1.0..=1000.0).contains(&best) {
            return Err(DataError::new(
                scale.path_of("best"),
                "must be a number from 0.1 to 100",
            ));
        }
        let value = tenths(value);
        if !(0.0..=best).contains(&value) {
            return Err(DataError::new(
                scale.path_of("value"),
                format!(
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
                "must be a whole number of stars from 1 to 10",
            ));
        }
        let halves = self.optional_number("stars")?.unwrap_or(f64::NAN) * 2.0;
        if !(halves.fract() == 0.0 && (0.0..=best * 2.0).contains(&halves)) {
            return Err(DataError::new(
                self.path_of("stars"),
                format!(
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

fn wrong_type(path: String, expected: &str, found: &Value) -> DataError {
    DataError::new(
        path,
        format!("must be {expected}, found {}", describe(found)),
    )
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Accepts only absolute `http:`/`https:` URLs with a host and no credentials, written without
/// white space or control characters (which browsers strip, hiding a different scheme).
pub fn is_web_url(url: &str) -> bool {
    url_problem(url).is_none()
}

/// Why `url` may not be linked to, in a blogger's words; `None` when it may.
fn url_problem(url: &str) -> Option<&'static str> {
    const NOT_WEB: &str = "must be a web address starting with https:// or http://";
    let is_hidden = |c: char| c.is_whitespace() || c.is_control() || is_invisible_format(c);
    // The scheme is judged as a browser reads it, with white space and control characters
    // dropped, so that ` javascript:` and `java\tscript:` are named for what they are.
    let visible: String = url.chars().filter(|&c| !is_hidden(c)).collect();
    let Some((scheme, rest)) = visible.split_once(':') else {
        return Some(NOT_WEB);
    };
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return Some(NOT_WEB);
    }
    if url.chars().any(is_hidden) {
        return Some("must not contain spaces, tabs, line breaks or other invisible characters");
    }
    if url.contains('\\') {
        return Some("must use / and never \\");
    }
    let Some(after_slashes) = rest.strip_prefix("//") else {
        return Some(NOT_WEB);
    };
    let authority = after_slashes
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    if authority.is_empty() || authority.starts_with(':') {
        Some("must name a site after the //, e.g. https://example.com/")
    } else if authority.contains('@') {
        Some("must not contain a user name or password (user:password@)")
    } else {
        None
    }
}

/// Characters that take no room on screen yet change what an address is or how it reads:
/// zero-width spaces and joiners, the byte order mark, bidirectional controls (which can show
/// `moc.elpmaxe` as `example.com`), the soft hyphen. Unicode's format characters (Cf) that can
/// stand in text.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    read_date(text).ok()
}

/// [`parse_date`], saying what is wrong: the shape, or a day the month does not have.
fn read_date(text: &str) -> Result<PartialDate, String> {
    const SHAPE: &str = "must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22";
    let shape = || SHAPE.to_owned();
    let mut parts = text.split('-');
    let year = parts
        .next()
        .and_then(|part| number(part, 4))
        .ok_or_else(shape)?;
    let month = match parts.next() {
        Some(part) => Some(number(part, 2).ok_or_else(shape)?),
        None => None,
    };
    let day = match parts.next() {
        Some(part) => Some(number(part, 2).ok_or_else(shape)?),
        None => None,
    };
    if parts.next().is_some() || year == 0 {
        return Err(shape());
    }
    if let Some(month) = month {
        if !(1..=12).contains(&month) {
            return Err(shape());
        }
        if let Some(day) = day {
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                return Err(format!(
                    "must be a real date: the days of {} {year} go from 01 to {days}",
                    crate::i18n::LANGUAGES[0].months[usize::from(month - 1)]
                ));
            }
        }
    }
    Ok(PartialDate {
        year,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    })
}

fn number(digits: &str, width: usize) -> Option<u16> {
    if digits.len() == width && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SEED: &str = include_str!("../demo/the-red-shoes.json");

    fn error_of(value: Value) -> String {
        from_value(&value)
            .expect_err("data should be refused")
            .to_string()
    }

    fn minimal() -> Value {
        json!({ "title": "The Red Shoes", "reviews": [{ "author": "a", "text": "t" }] })
    }

    /// `base` with the value at a JSON pointer set, adding the last key when it is new.
    fn with(mut base: Value, pointer: &str, value: Value) -> Value {
        let (parent, last) = pointer.rsplit_once('/').expect("a JSON pointer");
        match base.pointer_mut(parent).expect("the parent exists") {
            Value::Array(items) => items[last.parse::<usize>().expect("an index")] = value,
            parent => parent[last] = value,
        }
        base
    }

    #[test]
    fn the_demo_film_parses_with_every_field() {
        let film = parse(SEED).expect("demo data is valid");
        assert_eq!(film.title, "The Red Shoes");
        assert_eq!(film.certificate.as_deref(), Some("NR"));
        let release = film.release.expect("release");
        assert_eq!(release.date.map(|d| d.iso()).as_deref(), Some("1948-10-22"));
        assert_eq!(release.region.as_deref(), Some("USA"));
        assert!(film
            .synopsis
            .expect("synopsis")
            .starts_with("In this classic drama"));
        let trailer = film.trailer.expect("trailer");
        assert_eq!(trailer.label.as_deref(), Some("The Red Shoes Trailers"));
        assert!(trailer.url.starts_with("https://"));
        let authors: Vec<_> = film.reviews.iter().map(|r| r.author.as_str()).collect();
        assert_eq!(
            authors,
            ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"]
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let data = json!({ "title": "X", "runtime": 133, "reviews": [{ "author": "a", "text": "t", "likes": 3 }] });
        assert!(from_value(&data).is_ok());
    }

    #[test]
    fn the_data_must_be_an_object() {
        assert_eq!(
            error_of(json!([1, 2])),
            "the film data must be a JSON object ({ ... }), found a list"
        );
        assert!(parse("{ \"title\": ")
            .unwrap_err()
            .message
            .contains("not valid JSON (line 1"));
    }

    #[test]
    fn each_required_field_has_its_own_path_when_missing() {
        assert_eq!(error_of(json!({})), "title: missing");
        assert_eq!(error_of(json!({ "title": null })), "title: missing");
        assert_eq!(error_of(json!({ "title": "  " })), "title: missing");
        let no_author = with(minimal(), "/reviews/0", json!({ "text": "t" }));
        assert_eq!(error_of(no_author), "reviews[0].author: missing");
        let no_text =
            json!({ "title": "X", "reviews": [{ "author": "a", "text": "t" }, { "author": "b" }] });
        assert_eq!(error_of(no_text), "reviews[1].text: missing");
        let no_url = with(minimal(), "/trailer", json!({ "label": "x" }));
        assert_eq!(error_of(no_url), "trailer.url: missing");
        let no_poster_url = with(minimal(), "/poster", json!({ "alt": "x" }));
        assert_eq!(error_of(no_poster_url), "poster.url: missing");
    }

    #[test]
    fn each_wrongly_typed_field_has_its_own_path() {
        assert_eq!(
            error_of(json!({ "title": 7 })),
            "title: must be text, found a number"
        );
        let cases = [
            (
                "/reviews/0/author",
                json!(["a"]),
                "reviews[0].author: must be text, found a list",
            ),
            (
                "/reviews/0/text",
                json!(true),
                "reviews[0].text: must be text, found true or false",
            ),
            (
                "/reviews",
                json!({}),
                "reviews: must be a list of reviews, found an object",
            ),
            (
                "/reviews/0",
                json!("a review"),
                "reviews[0]: must be an object ({ ... }), found text",
            ),
            (
                "/release",
                json!("1948"),
                "release: must be an object ({ ... }), found text",
            ),
            (
                "/synopsis",
                json!(1),
                "synopsis: must be text, found a number",
            ),
            (
                "/reviews/0/rating",
                json!(true),
                "reviews[0].rating: must be a number, a letter grade or { \"value\": 9, \"best\": 10 }, found true or false",
            ),
        ];
        for (pointer, value, expected) in cases {
            assert_eq!(
                error_of(with(minimal(), pointer, value)),
                expected,
                "at {pointer}"
            );
        }
    }

    #[test]
    fn only_web_urls_are_accepted() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " https://example.com",
            "java\tscript:alert(1)",
            "data:text/html,hi",
            "vbscript:msgbox",
            "//evil.example",
            "https://user:pass@example.com/",
            "https://",
            "https:example.com",
            "http:\\\\evil.example",
            "https://exam\u{200b}ple.com/",
            "https://example.com/\u{feff}",
            "\u{202e}https://example.com/",
            "https://example.com/\u{202e}lmth.exe",
            "https://exa\u{ad}mple.com/",
        ] {
            assert!(!is_web_url(bad), "{bad:?} should be refused");
        }
        for good in [
            "https://example.com",
            "http://example.com:8080/a?b#c",
            "HTTPS://EXAMPLE.COM",
        ] {
            assert!(is_web_url(good), "{good:?} should be accepted");
        }
        let data = with(
            minimal(),
            "/trailer",
            json!({ "url": "javascript:alert(1)", "label": "x" }),
        );
        assert_eq!(
            error_of(data),
            "trailer.url: must be a web address starting with https:// or http://"
        );
    }

    #[test]
    fn dates_are_full_or_partial_and_real() {
        assert_eq!(parse_date("1948").map(|d| d.iso()).as_deref(), Some("1948"));
        assert_eq!(
            parse_date("1948-10").map(|d| d.iso()).as_deref(),
            Some("1948-10")
        );
        assert_eq!(
            parse_date("2024-02-29").map(|d| d.iso()).as_deref(),
            Some("2024-02-29")
        );
        for bad in [
            "1948-13-45",
            "1900-02-29",
            "48",
            "1948-1-2",
            "1948-10-22T00:00",
            "0000",
            "",
            "1948--",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        let data = json!({ "title": "X", "release": { "date": "1948-13-45" } });
        assert_eq!(
            error_of(data),
            "release.date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22"
        );
    }

    /// What a review with `field` set to `value` reads as, or the error it gives.
    fn review_with<T>(field: &str, value: Value, read: impl Fn(&Review) -> T) -> Result<T, String> {
        let mut review = json!({ "author": "a", "text": "t" });
        review[field] = value;
        from_value(&with(minimal(), "/reviews/0", review))
            .map(|film| read(&film.reviews[0]))
            .map_err(|error| error.to_string())
    }

    #[test]
    fn ratings_take_a_scale_or_default_to_ten() {
        let rating = |value: Value| review_with("rating", value, |review| review.rating);
        assert_eq!(
            rating(json!(8.5)),
            Ok(Some(Rating::Score {
                value_tenths: 85,
                best_tenths: 100
            }))
        );
        assert_eq!(
            rating(json!({ "value": 4, "best": 5 })),
            Ok(Some(Rating::Score {
                value_tenths: 40,
                best_tenths: 50
            }))
        );
        assert!(rating(json!({ "value": 6, "best": 5 })).is_err());
        assert!(rating(json!(-1)).is_err());
        assert!(rating(json!({ "best": 5 })).is_err());
    }

    #[test]
    fn ratings_can_be_stars_or_letter_grades() {
        let rating = |value: Value| review_with("rating", value, |review| review.rating);
        assert_eq!(
            rating(json!({ "stars": 4.5 })),
            Ok(Some(Rating::Stars { halves: 9, best: 5 }))
        );
        assert_eq!(
            rating(json!({ "stars": 3, "best": 4 })),
            Ok(Some(Rating::Stars { halves: 6, best: 4 }))
        );
        assert_eq!(rating(json!("b+")), Ok(Some(Rating::Grade(9))));
        assert_eq!(rating(json!("A+")), Ok(Some(Rating::Grade(12))));
        assert_eq!(rating(json!("F")), Ok(Some(Rating::Grade(0))));
        assert_eq!(
            rating(json!({ "stars": 4.25 })),
            Err(
                "reviews[0].rating.stars: must be whole or half stars from 0 to 5, e.g. 4 or 3.5"
                    .into()
            )
        );
        assert_eq!(
            rating(json!({ "stars": 6 })),
            Err(
                "reviews[0].rating.stars: must be whole or half stars from 0 to 5, e.g. 4 or 3.5"
                    .into()
            )
        );
        assert_eq!(
            rating(json!({ "stars": 2, "best": 2.5 })),
            Err("reviews[0].rating.best: must be a whole number of stars from 1 to 10".into())
        );
        assert_eq!(
            rating(json!("E")),
            Err("reviews[0].rating: must be a number, a letter grade from A+ to F, or { \"value\": 9, \"best\": 10 }".into())
        );
    }

    #[test]
    fn spoilers_are_flagged_with_true_or_false() {
        let review = |spoiler: Value| review_with("spoiler", spoiler, |review| review.spoiler);
        assert_eq!(review(json!(true)), Ok(true));
        assert_eq!(review(json!(false)), Ok(false));
        assert_eq!(review(Value::Null), Ok(false));
        assert_eq!(
            review(json!("yes")),
            Err("reviews[0].spoiler: must be true or false, found text".into())
        );
    }

    #[test]
    fn anchors_are_stable_unique_and_safe_in_a_url() {
        let data = json!({ "title": "X", "reviews": [
            { "id": "r-1", "author": "a", "text": "t" },
            { "id": 7, "author": "b", "text": "t" },
            { "id": "with space/é", "author": "c", "text": "t" },
            { "author": "d", "text": "same" },
            { "author": "d", "text": "same" },
        ] });
        let film = from_value(&data).expect("valid");
        let anchors: Vec<_> = film.reviews.iter().map(|r| r.anchor.as_str()).collect();
        assert_eq!(&anchors[..2], ["r-1", "7"]);
        for anchor in &anchors[2..] {
            assert!(
                anchor
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{anchor}"
            );
        }
        assert_eq!(anchors[4], format!("{}-2", anchors[3]));
        // The same review keeps its anchor when others are added before it.
        let again = json!({ "title": "X", "reviews": [
            { "author": "new", "text": "first" },
            { "author": "d", "text": "same" },
        ] });
        assert_eq!(
            from_value(&again).expect("valid").reviews[1].anchor,
            anchors[3]
        );
        assert_eq!(film.reviews[0].fragment(), "review-r-1");
    }

    #[test]
    fn labels_override_known_keys_only() {
        let film = from_value(
            &json!({ "title": "X", "labels": { "viewMore": "Read on", "reviews": " " } }),
        )
        .expect("valid");
        assert_eq!(film.labels, [("viewMore".to_owned(), "Read on".to_owned())]);
        let error = error_of(json!({ "title": "X", "labels": { "viewMoar": "x" } }));
        assert!(
            error.starts_with(
                "labels.viewMoar: is not a label; the labels are reviews, noReviews, viewMore"
            ),
            "{error}"
        );
        assert_eq!(
            error_of(json!({ "title": "X", "labels": { "viewMore": 3 } })),
            "labels.viewMore: must be text, found a number"
        );
    }

    #[test]
    fn review_ids_are_optional_but_unique() {
        let data = json!({ "title": "X", "reviews": [
            { "id": "a", "author": "a", "text": "t" },
            { "id": 7, "author": "b", "text": "t" },
            { "id": "a", "author": "c", "text": "t" },
        ] });
        assert_eq!(
            error_of(data),
            "reviews[2].id: the same id is already used by reviews[0]; ids must be unique"
        );
    }
}
