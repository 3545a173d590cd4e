//! Validated domain types. Every value here has passed [`crate::data`], so views never re-check.

use std::rc::Rc;

/// A film and its reader reviews, as shown on one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Film {
    /// The film's title; never empty.
    pub title: String,
    /// The age certificate, e.g. "NR" or "PG-13".
    pub certificate: Option<String>,
    /// When and where the film was released.
    pub release: Option<Release>,
    /// A short plot summary.
    pub synopsis: Option<String>,
    /// Where readers can watch the trailer.
    pub trailer: Option<Trailer>,
    /// A poster image.
    pub poster: Option<Poster>,
    /// Reader reviews, in the order the data gives them.
    pub reviews: Vec<Rc<Review>>,
}

/// A release date and the region it applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The release date, possibly only a year or a year and month.
    pub date: Option<PartialDate>,
    /// The region the date applies to, e.g. "USA".
    pub region: Option<String>,
}

/// A calendar date that may lack its day, or its day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year, 1 to 9999.
    pub year: u16,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, valid for `month` and `year`; only present with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// The ISO 8601 form (`1948`, `1948-10` or `1948-10-22`), as used by `<time datetime>`.
    pub fn iso(&self) -> String {
        let mut out = format!("{:04}", self.year);
        for part in [self.month, self.day].into_iter().flatten() {
            out.push('-');
            if part < 10 {
                out.push('0');
            }
            out.push_str(&part.to_string());
        }
        out
    }
}

/// A link to a film's trailer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trailer {
    /// An `http:` or `https:` URL.
    pub url: String,
    /// The link text; views fall back to a label built from the title when absent.
    pub label: Option<String>,
}

/// A poster image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Poster {
    /// An `http:` or `https:` URL of the image.
    pub url: String,
    /// The text alternative; views fall back to one built from the title when absent.
    pub alt: Option<String>,
}

/// One reader's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// A stable identifier from the data, if it has one.
    pub id: Option<String>,
    /// The reviewer's name; never empty.
    pub author: String,
    /// The review as the reader wrote it; never empty.
    pub text: String,
    /// When the review was written.
    pub date: Option<PartialDate>,
    /// The reviewer's score.
    pub rating: Option<Rating>,
}

/// A score on a scale, kept in tenths so it displays without float formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    /// The score, in tenths: 85 means 8.5.
    pub value_tenths: u32,
    /// The best possible score, in tenths; greater than zero and at least `value_tenths`.
    pub best_tenths: u32,
}

impl Rating {
    /// Formats a tenths count as a short decimal: 90 → "9", 85 → "8.5".
    pub fn display_tenths(tenths: u32) -> String {
        let whole = (tenths / 10).to_string();
        match tenths % 10 {
            0 => whole,
            fraction => format!("{whole}.{fraction}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_zero_padded_and_partial() {
        let date = |year, month, day| PartialDate { year, month, day };
        assert_eq!(date(1948, Some(10), Some(22)).iso(), "1948-10-22");
        assert_eq!(date(1948, Some(3), Some(2)).iso(), "1948-03-02");
        assert_eq!(date(1948, Some(3), None).iso(), "1948-03");
        assert_eq!(date(812, None, None).iso(), "0812");
    }

    #[test]
    fn ratings_display_without_trailing_zeroes() {
        assert_eq!(Rating::display_tenths(90), "9");
        assert_eq!(Rating::display_tenths(85), "8.5");
        assert_eq!(Rating::display_tenths(0), "0");
        assert_eq!(Rating::display_tenths(5), "0.5");
    }
}
