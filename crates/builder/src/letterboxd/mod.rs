//! A blogger's Letterboxd diary, read from the files Letterboxd gives its members: the export's
//! `reviews.csv` or `diary.csv` (columns `Date, Name, Year, Letterboxd URI, Rating, Rewatch,
//! [Review,] Tags, Watched Date`), the whole export `.zip`, or a saved copy of the member's RSS
//! feed (items with `letterboxd:filmTitle`, `letterboxd:filmYear`, `letterboxd:memberRating`,
//! `letterboxd:watchedDate`, `letterboxd:rewatch`, and the review as HTML in `description`).
//!
//! Bytes in, a [`Diary`] or a [`LetterboxdError`] out: pure Rust, read with kept libraries (the
//! `csv` crate, `quick-xml`, `zip`), so it builds and tests natively and never touches the page.
//! [`form`] turns one film of the diary into the builder's form.

mod archive;
mod error;
mod feed;
pub mod form;
mod table;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use error::{LetterboxdError, Problem};

/// The largest file read, and the most a `.zip` may unpack to: a member's whole export is a few
/// megabytes.
pub const MAX_BYTES: usize = 64 << 20;

/// Which kind of file the diary came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The export's `reviews.csv`: every review with its text.
    Reviews,
    /// The export's `diary.csv`: every logged watch, rated or not, without text.
    Diary,
    /// A saved RSS feed: the member's latest entries.
    Feed,
}

impl Source {
    /// The source's name in the builder's messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Reviews => "Letterboxd reviews",
            Self::Diary => "Letterboxd diary",
            Self::Feed => "Letterboxd feed",
        }
    }
}

/// What a Letterboxd file holds: films, each with the member's entries for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diary {
    /// Which file it came from.
    pub source: Source,
    /// The member's name, when the file gives it (the feed's `dc:creator`, the export's
    /// `profile.csv`).
    pub member: Option<String>,
    /// The films, in the order the file first names them; never empty.
    pub films: Vec<DiaryFilm>,
}

/// A film and the member's entries for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryFilm {
    /// The film's title as Letterboxd names it; never empty.
    pub title: String,
    /// The film's year, when Letterboxd knows it.
    pub year: Option<u16>,
    /// The member's entries for the film, in the file's order.
    pub entries: Vec<Entry>,
}

/// One watch, rating or review of a film.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The review's text, paragraphs apart by a blank line; empty when the entry has none.
    pub text: String,
    /// The rating in half stars, 1 (half a star) to 10 (five stars).
    pub half_stars: Option<u8>,
    /// When it was watched (or else logged), `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Whether the member had seen the film before.
    pub rewatch: bool,
    /// Whether Letterboxd marks the review as giving the plot away.
    pub spoiler: bool,
}

impl Diary {
    /// Puts an entry under its film (by title and year), keeping the file's order.
    fn add(&mut self, title: String, year: Option<u16>, entry: Entry) {
        match self
            .films
            .iter_mut()
            .find(|film| film.title == title && film.year == year)
        {
            Some(film) => film.entries.push(entry),
            None => self.films.push(DiaryFilm {
                title,
                year,
                entries: vec![entry],
            }),
        }
    }
}

/// Reads a Letterboxd file: a `.zip` by its signature, an RSS feed when the text starts with
/// `<`, else a CSV file from the export.
pub fn read(bytes: &[u8]) -> Result<Diary, LetterboxdError> {
    if bytes.len() > MAX_BYTES {
        return Err(LetterboxdError::whole(Problem::TooLarge));
    }
    if bytes.starts_with(b"PK") {
        return archive::read(bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LetterboxdError::whole(Problem::NotText))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LetterboxdError::whole(Problem::Empty));
    }
    if text.trim_start().starts_with('<') {
        feed::read(text)
    } else {
        table::read(text.as_bytes())
    }
}

/// A rating as Letterboxd writes it (`4.5`, `4`, `4.0`) in half stars; `None` when it is not
/// one of 0.5, 1, … 5.
fn half_stars(text: &str) -> Option<u8> {
    let (whole, half) = match text.split_once('.') {
        Some((whole, "5")) => (whole, 1),
        Some((whole, "0")) | Some((whole, "")) => (whole, 0),
        Some(_) => return None,
        None => (text, 0),
    };
    if whole.len() != 1 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let stars = whole.parse::<u8>().ok()?;
    let half_stars = stars * 2 + half;
    (1..=10).contains(&half_stars).then_some(half_stars)
}

/// A year as the export writes it; blank is no year.
fn year(text: &str) -> Result<Option<u16>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u16>() {
        Ok(year) if text.len() == 4 && year > 0 => Ok(Some(year)),
        _ => Err(Problem::Year(text.to_owned())),
    }
}

/// A date as Letterboxd writes it, `YYYY-MM-DD`, checked by the card's own date reader.
fn date(text: &str) -> Result<Option<String>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match filmcard_film::data::parse_date(text) {
        Some(date) if date.day.is_some() => Ok(Some(text.to_owned())),
        _ => Err(Problem::Date(text.to_owned())),
    }
}

/// Letterboxd's rewatch flag: `Yes`, or `No` or nothing.
fn rewatch(text: &str) -> Result<bool, Problem> {
    match text.trim() {
        "Yes" | "yes" | "true" => Ok(true),
        "No" | "no" | "false" | "" => Ok(false),
        other => Err(Problem::Rewatch(other.to_owned())),
    }
}
