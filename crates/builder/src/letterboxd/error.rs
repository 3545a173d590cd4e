//! Why a file could not be read as a Letterboxd export or feed: where in the file, and what is
//! wrong, in a blogger's words.

use std::fmt;

/// Why a file was refused: its place in the file, and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterboxdError {
    /// Where: the file inside a `.zip`, the CSV line and column (`reviews.csv, line 4, Rating`),
    /// or the feed's item and element (`item 3, letterboxd:memberRating`); empty for the file
    /// as a whole.
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file is empty.
    Empty,
    /// Neither text nor a `.zip`.
    NotText,
    /// Larger than the builder reads.
    TooLarge,
    /// A CSV file whose first line lacks Letterboxd's columns.
    ForeignCsv,
    /// A Letterboxd list with films but neither reviews nor ratings (`watched.csv`).
    NoReviews,
    /// The CSV reader's complaint about a row: a wrong number of fields, a broken quote.
    Csv(String),
    /// A film's row without its name.
    NoName,
    /// A rating that is not half stars from 0.5 to 5.
    Rating(String),
    /// A year that is not one.
    Year(String),
    /// A date that is not `YYYY-MM-DD`.
    Date(String),
    /// A rewatch flag other than `Yes`, `No` or blank.
    Rewatch(String),
    /// XML the feed reader could not read.
    Xml(String),
    /// Well-formed XML, but not an RSS feed.
    NotRss,
    /// An RSS feed without a single Letterboxd film.
    ForeignFeed,
    /// A `.zip` that could not be opened.
    Zip(String),
    /// A `.zip` without Letterboxd's `reviews.csv` or `diary.csv`.
    ForeignZip,
    /// A Letterboxd file without a single film.
    NoFilms,
}

/// What the builder opens, named in the messages that send the blogger elsewhere.
const OPEN: &str = "open reviews.csv or diary.csv from Letterboxd's export, the export's .zip, or a saved Letterboxd RSS feed";

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the file is empty; {OPEN}"),
            Self::NotText => write!(f, "the file is neither text nor a .zip; {OPEN}"),
            Self::TooLarge => write!(
                f,
                "the file is larger than {} MB; a Letterboxd export is far smaller",
                super::MAX_BYTES >> 20
            ),
            Self::ForeignCsv => write!(
                f,
                "this CSV file is not from Letterboxd: its first line lacks the columns Name, Year and Letterboxd URI; {OPEN}"
            ),
            Self::NoReviews => write!(
                f,
                "this Letterboxd file lists films without reviews or ratings (as watched.csv and watchlist.csv do); {OPEN}"
            ),
            Self::Csv(reason) => write!(f, "{reason}"),
            Self::NoName => f.write_str("the film's name is missing"),
            Self::Rating(found) => write!(
                f,
                "“{found}” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5"
            ),
            Self::Year(found) => write!(f, "“{found}” is not a year, e.g. 1948"),
            Self::Date(found) => write!(f, "“{found}” is not a date written YYYY-MM-DD"),
            Self::Rewatch(found) => write!(f, "“{found}” must be Yes, No or nothing"),
            Self::Xml(reason) => write!(f, "the feed is not well-formed XML: {reason}"),
            Self::NotRss => write!(f, "this XML file is not an RSS feed; {OPEN}"),
            Self::ForeignFeed => write!(
                f,
                "this RSS feed has no Letterboxd films (no letterboxd:filmTitle); {OPEN}"
            ),
            Self::Zip(reason) => write!(f, "the .zip could not be opened: {reason}"),
            Self::ForeignZip => write!(
                f,
                "this .zip holds neither reviews.csv nor diary.csv, so it is not Letterboxd's export; {OPEN}"
            ),
            Self::NoFilms => f.write_str("the file has no films yet"),
        }
    }
}

impl LetterboxdError {
    /// An error at `path`.
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        Self {
            path: path.into(),
            problem,
        }
    }

    /// An error about the file as a whole.
    pub fn whole(problem: Problem) -> Self {
        Self::new("", problem)
    }

    /// The same error, its path inside the file `name` of a `.zip`.
    pub fn in_file(self, name: &str) -> Self {
        let path = if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{name}, {}", self.path)
        };
        Self { path, ..self }
    }
}

impl fmt::Display for LetterboxdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for LetterboxdError {}
