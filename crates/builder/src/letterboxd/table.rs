//! The export's CSV files, read by the `csv` crate: `reviews.csv` and `diary.csv` into a
//! [`Diary`], and `profile.csv` for the member's name.

use csv::{ErrorKind, ReaderBuilder, StringRecord};

use super::{Diary, Entry, LetterboxdError, Problem, Source};

/// The columns that make a CSV file one of Letterboxd's film lists.
const FILM_COLUMNS: [&str; 3] = ["Name", "Year", "Letterboxd URI"];

/// The line a position is on, as the blogger's editor counts them: counted from the byte offset
/// (past the line end a record's position may start on, in files with CRLF line ends), since the
/// reader's own count lags behind there.
fn line_at(bytes: &[u8], position: Option<&csv::Position>) -> usize {
    let mut byte = position.map_or(0, |position| position.byte() as usize);
    while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
        byte += 1;
    }
    1 + bytes[..byte.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The CSV reader's complaint in a blogger's words, with its line.
fn csv_error(bytes: &[u8], error: &csv::Error) -> LetterboxdError {
    let line = line_at(bytes, error.position());
    let reason = match error.kind() {
        ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("has {len} fields where the first line has {expected_len}"),
        ErrorKind::Utf8 { .. } => "is not UTF-8 text".to_owned(),
        _ => "could not be read as CSV".to_owned(),
    };
    LetterboxdError::new(format!("line {line}"), Problem::Csv(reason))
}

/// A CSV reader over the whole text, the first line its header.
fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    ReaderBuilder::new().has_headers(true).from_reader(bytes)
}

/// Reads `reviews.csv` or `diary.csv` (told apart by the `Review` column).
pub fn read(bytes: &[u8]) -> Result<Diary, LetterboxdError> {
    let mut reader = reader(bytes);
    let headers = reader
        .headers()
        .map_err(|error| csv_error(bytes, &error))?
        .clone();
    let column = |name: &str| headers.iter().position(|header| header.trim() == name);
    let [Some(name), Some(year), Some(_)] = FILM_COLUMNS.map(column) else {
        return Err(LetterboxdError::new("line 1", Problem::ForeignCsv));
    };
    let review = column("Review");
    let rating = column("Rating");
    if review.is_none() && rating.is_none() {
        return Err(LetterboxdError::whole(Problem::NoReviews));
    }
    let (rewatch, watched, logged) = (column("Rewatch"), column("Watched Date"), column("Date"));
    let mut diary = Diary {
        source: if review.is_some() {
            Source::Reviews
        } else {
            Source::Diary
        },
        member: None,
        films: Vec::new(),
    };
    for record in reader.byte_records() {
        let record = record.map_err(|error| csv_error(bytes, &error))?;
        let line = line_at(bytes, record.position());
        let record = StringRecord::from_byte_record(record).map_err(|_| {
            LetterboxdError::new(
                format!("line {line}"),
                Problem::Csv("is not UTF-8 text".to_owned()),
            )
        })?;
        let field = |at: Option<usize>| at.and_then(|at| record.get(at)).unwrap_or_default();
        let at = |column: &str, problem: Problem| {
            LetterboxdError::new(format!("line {line}, {column}"), problem)
        };
        let title = field(Some(name)).trim();
        if title.is_empty() {
            return Err(at("Name", Problem::NoName));
        }
        let film_year = super::year(field(Some(year))).map_err(|p| at("Year", p))?;
        let stars = field(rating).trim();
        let half_stars = match stars {
            "" => None,
            stars => Some(
                super::half_stars(stars)
                    .ok_or_else(|| at("Rating", Problem::Rating(stars.to_owned())))?,
            ),
        };
        let date = match super::date(field(watched)).map_err(|p| at("Watched Date", p))? {
            Some(date) => Some(date),
            None => super::date(field(logged)).map_err(|p| at("Date", p))?,
        };
        let entry = Entry {
            text: super::feed::review_text(field(review)),
            half_stars,
            date,
            rewatch: super::rewatch(field(rewatch)).map_err(|p| at("Rewatch", p))?,
            spoiler: false,
        };
        diary.add(title.to_owned(), film_year, entry);
    }
    if diary.films.is_empty() {
        return Err(LetterboxdError::whole(Problem::NoFilms));
    }
    Ok(diary)
}

/// The member's name from the export's `profile.csv`: the given and family names, else the
/// username; `None` when the file does not say.
pub fn member(bytes: &[u8]) -> Option<String> {
    let mut reader = reader(bytes);
    let headers = reader.headers().ok()?.clone();
    let record = reader.records().next()?.ok()?;
    let get = |name: &str| {
        headers
            .iter()
            .position(|header| header.trim() == name)
            .and_then(|at| record.get(at))
            .map(str::trim)
            .unwrap_or_default()
    };
    let full = [get("Given Name"), get("Family Name")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let name = if full.is_empty() {
        get("Username")
    } else {
        &full
    };
    (!name.is_empty()).then(|| name.to_owned())
}
