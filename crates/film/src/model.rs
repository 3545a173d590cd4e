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
    /// The blogger's own wording for labels, as `(key, text)` with keys from
    /// [`crate::i18n::LABEL_KEYS`].
    pub labels: Vec<(String, String)>,
    /// The page's own summary of all its ratings, shown in place of the reviews' average; only
    /// schema.org JSON-LD gives one (`aggregateRating`).
    pub aggregate: Option<AggregateRating>,
    /// What the card is about: a film, or a TV series, one of its seasons or one of its episodes.
    pub work: Work,
}

/// What a card is about. A series' first year is its release date's. Each field belongs to some
/// kinds only ([`crate::data`] refuses it on the others), so for a film all are `None`. One
/// struct rather than an enum a kind: its reader and the views it feeds stay smaller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    /// A film, a TV series, one of its seasons or one of its episodes.
    pub kind: Kind,
    /// When a series' last episode aired, once it has ended (a series only).
    pub ended: Option<PartialDate>,
    /// The series' title (a season or an episode only); never empty.
    pub series: Option<String>,
    /// The season's number, 0 for specials (a season or an episode only).
    pub season: Option<u32>,
    /// The episode's number in its season (an episode only).
    pub episode: Option<u32>,
}

/// The kinds of work, in [`Work::KINDS`]' order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    /// A film: the card says nothing more.
    #[default]
    Film,
    /// A TV series.
    Series,
    /// One season of a TV series.
    Season,
    /// One episode of a TV series.
    Episode,
}

impl Kind {
    /// Every kind, in [`Work::KINDS`]' order.
    pub const ALL: [Kind; 4] = [Kind::Film, Kind::Series, Kind::Season, Kind::Episode];
}

impl Work {
    /// The kinds as the data names them, in [`Kind`]'s order.
    pub const KINDS: [&'static str; 4] = ["film", "series", "season", "episode"];

    /// The kind's name in the data: one of [`Work::KINDS`].
    pub fn kind(&self) -> &'static str {
        Self::KINDS[self.kind as usize]
    }
}

/// A site's summary of its ratings, e.g. 8.6 out of 10 from 755,373 ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AggregateRating {
    /// The average, on the site's own scale.
    pub rating: Rating,
    /// How many ratings it is taken over, when the site says.
    pub count: Option<u64>,
}

impl Film {
    /// The rating line heading the reviews: the page's own summary when it gives one, else the
    /// average of the reviews' ratings; out of 10 in tenths (87 is 8.7), with how many ratings it
    /// is taken over when that is known. `None` when nothing is rated.
    pub fn rating_summary(&self) -> Option<(u32, Option<u64>)> {
        match &self.aggregate {
            Some(aggregate) => average_out_of_ten([&aggregate.rating])
                .map(|(average_tenths, _)| (average_tenths, aggregate.count)),
            None => average_out_of_ten(self.reviews.iter().filter_map(|r| r.rating.as_ref()))
                .map(|(average_tenths, count)| (average_tenths, Some(count))),
        }
    }
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
    /// When the video was uploaded: not shown on the card, but search engines need it to list
    /// the trailer as a video (see `schema`). Only where the JSON-LD is written (feature
    /// `schema`): the reader's bundle has no use for it.
    #[cfg(any(feature = "schema", test))]
    pub uploaded: Option<PartialDate>,
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
    /// The review's anchor in the page, without the `review-` prefix: the `id` when it is safe in
    /// a URL, else derived from the id or from the author and text, so it stays the same as
    /// other reviews come and go. Unique within the film.
    pub anchor: String,
    /// The reviewer's name; never empty.
    pub author: String,
    /// The review as the reader wrote it; never empty.
    pub text: String,
    /// When the review was written.
    pub date: Option<PartialDate>,
    /// The reviewer's score.
    pub rating: Option<Rating>,
    /// Whether the text gives away the plot; it stays hidden until the reader asks for it.
    pub spoiler: bool,
}

use crate::contract::FRAGMENT_PREFIX;

impl Review {
    /// The element id and URL fragment of this review: `review-<anchor>`.
    pub fn fragment(&self) -> String {
        format!("{FRAGMENT_PREFIX}{}", self.anchor)
    }

    /// The anchor a URL fragment names, when it names a review: `review-r24` gives `r24`.
    pub fn anchor_in(fragment: &str) -> Option<&str> {
        fragment
            .strip_prefix(FRAGMENT_PREFIX)
            .filter(|anchor| !anchor.is_empty())
    }
}

/// A reviewer's score, in one of the forms reviewers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// A number on a scale, kept in tenths so it displays without float formatting: 85 of 100
    /// is 8.5 out of 10.
    Score {
        /// The score, in tenths.
        value_tenths: u32,
        /// The best possible score, in tenths; greater than zero and at least `value_tenths`.
        best_tenths: u32,
    },
    /// Stars, in halves: 9 of 5 stars is four and a half.
    Stars {
        /// The number of half stars.
        halves: u8,
        /// How many stars the scale has, 1 to 10.
        best: u8,
    },
    /// A letter grade from F to A+, as its position in [`GRADES`].
    Grade(u8),
}

/// Letter grades, lowest first.
pub const GRADES: [&str; 13] = [
    "F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+",
];

impl Rating {
    /// The score as a share of the best possible, in thousandths: what averages and sorting use.
    pub fn per_mille(&self) -> u32 {
        let (value, best) = match *self {
            Self::Score {
                value_tenths,
                best_tenths,
            } => (value_tenths, best_tenths.max(1)),
            Self::Stars { halves, best } => (u32::from(halves), u32::from(best.max(1)) * 2),
            Self::Grade(position) => (u32::from(position), GRADES.len() as u32 - 1),
        };
        (value * 1000 + best / 2) / best
    }
}

/// The average of the given ratings out of 10, in tenths (87 is 8.7), with how many there were;
/// `None` when there are none.
pub fn average_out_of_ten<'a>(ratings: impl IntoIterator<Item = &'a Rating>) -> Option<(u32, u64)> {
    let (sum, count) = ratings
        .into_iter()
        .fold((0u64, 0u64), |(sum, count), rating| {
            (sum + u64::from(rating.per_mille()), count + 1)
        });
    // Per mille of the best is hundredths out of ten; halves round up, as people round.
    let tenths = (sum + count * 5).checked_div(count * 10)?;
    Some((tenths as u32, count))
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
    fn a_fragment_names_a_review_only_with_its_prefix_and_an_anchor() {
        assert_eq!(Review::anchor_in("review-r24"), Some("r24"));
        assert_eq!(Review::anchor_in("review-"), None);
        assert_eq!(Review::anchor_in("reviews"), None);
        assert_eq!(Review::anchor_in("top"), None);
    }

    #[test]
    fn every_form_of_rating_is_a_share_of_its_best() {
        let score = |value_tenths, best_tenths| Rating::Score {
            value_tenths,
            best_tenths,
        };
        assert_eq!(score(90, 100).per_mille(), 900);
        assert_eq!(score(45, 50).per_mille(), 900);
        assert_eq!(Rating::Stars { halves: 9, best: 5 }.per_mille(), 900);
        assert_eq!(Rating::Stars { halves: 0, best: 5 }.per_mille(), 0);
        assert_eq!(Rating::Grade(12).per_mille(), 1000);
        assert_eq!(Rating::Grade(0).per_mille(), 0);
        assert_eq!(Rating::Grade(6).per_mille(), 500);
    }

    #[test]
    fn the_page_summary_stands_in_for_the_reviews_average() {
        let review = |rating| {
            Rc::new(Review {
                id: None,
                anchor: "a".into(),
                author: "a".into(),
                text: "t".into(),
                date: None,
                rating,
                spoiler: false,
            })
        };
        let mut film = Film {
            title: "X".into(),
            certificate: None,
            release: None,
            synopsis: None,
            trailer: None,
            poster: None,
            reviews: vec![review(Some(Rating::Grade(12))), review(None)],
            labels: Vec::new(),
            aggregate: None,
            work: Work::default(),
        };
        assert_eq!(film.rating_summary(), Some((100, Some(1))));
        film.aggregate = Some(AggregateRating {
            rating: Rating::Score {
                value_tenths: 45,
                best_tenths: 50,
            },
            count: None,
        });
        assert_eq!(film.rating_summary(), Some((90, None)));
        film.aggregate = None;
        film.reviews = vec![review(None)];
        assert_eq!(film.rating_summary(), None);
    }

    #[test]
    fn the_average_is_out_of_ten_in_tenths() {
        let ratings = [
            Rating::Score {
                value_tenths: 90,
                best_tenths: 100,
            },
            Rating::Stars { halves: 8, best: 5 },
            Rating::Score {
                value_tenths: 45,
                best_tenths: 50,
            },
        ];
        // 9.0, 8.0 and 9.0: 8.666… rounds to 8.7.
        assert_eq!(average_out_of_ten(&ratings), Some((87, 3)));
        assert_eq!(average_out_of_ten(&[]), None);
        assert_eq!(average_out_of_ten(&[Rating::Grade(12)]), Some((100, 1)));
    }
}
