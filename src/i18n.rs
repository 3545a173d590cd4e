//! Every label a reader sees that does not come from the film data.

use crate::model::PartialDate;

/// The labels of one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// Heading above the reviews.
    pub reviews: &'static str,
    /// Shown when the film has no reviews.
    pub no_reviews: &'static str,
    /// Button that expands a collapsed review.
    pub view_more: &'static str,
    /// Button that collapses an expanded review.
    pub view_less: &'static str,
    /// Button that reveals the reviews beyond `max-reviews`; `{count}` is the total.
    pub show_all: &'static str,
    /// Button that hides them again.
    pub show_fewer: &'static str,
    /// Shown while film data is being fetched.
    pub loading: &'static str,
    /// Hidden words after the toggle's visible label, before the author's name.
    pub review_by: &'static str,
    /// Hidden words before the certificate, so it is announced as a rating.
    pub rated: &'static str,
    /// Hidden words after a link that opens a new tab.
    pub opens_in_new_tab: &'static str,
    /// Link text for a trailer without a label, after the film's title.
    pub trailer_suffix: &'static str,
    /// Poster alternative text without an `alt`, before the film's title.
    pub poster_of: &'static str,
    /// Words between a rating's value and its best score for assistive technology.
    pub out_of: &'static str,
    /// First line of the error box.
    pub error_title: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
}

/// English, the fallback for every language without its own table.
pub const ENGLISH: Labels = Labels {
    reviews: "Reviews",
    no_reviews: "No reviews yet.",
    view_more: "View More",
    view_less: "View Less",
    show_all: "Show all {count} reviews",
    show_fewer: "Show fewer reviews",
    loading: "Loading film…",
    review_by: "review by",
    rated: "Rated",
    opens_in_new_tab: "(opens in a new tab)",
    trailer_suffix: "trailer",
    poster_of: "Poster of",
    out_of: "out of",
    error_title: "This film card could not be shown.",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};

/// The labels for a BCP 47 language tag.
pub fn labels(_lang: &str) -> &'static Labels {
    &ENGLISH
}

impl Labels {
    /// A date as readers of this language write it: "22 October 1948", "October 1948", "1948".
    pub fn date(&self, date: &PartialDate) -> String {
        let year = date.year.to_string();
        match (date.month, date.day) {
            (Some(month), Some(day)) => format!("{day} {} {year}", self.month(month)),
            (Some(month), None) => format!("{} {year}", self.month(month)),
            _ => year,
        }
    }

    /// The "Show all" label for `count` reviews, the count grouped in thousands: "5,000".
    pub fn show_all(&self, count: usize) -> String {
        self.show_all.replace("{count}", &group_thousands(count))
    }

    fn month(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12) - 1)]
    }
}

fn group_thousands(number: usize) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_dates_read_day_month_year() {
        let date = |year, month, day| ENGLISH.date(&PartialDate { year, month, day });
        assert_eq!(date(1948, Some(10), Some(22)), "22 October 1948");
        assert_eq!(date(1948, Some(1), Some(2)), "2 January 1948");
        assert_eq!(date(1948, Some(12), None), "December 1948");
        assert_eq!(date(1948, None, None), "1948");
    }

    #[test]
    fn show_all_groups_the_count_in_thousands() {
        assert_eq!(ENGLISH.show_all(12), "Show all 12 reviews");
        assert_eq!(ENGLISH.show_all(5000), "Show all 5,000 reviews");
        assert_eq!(ENGLISH.show_all(1_234_567), "Show all 1,234,567 reviews");
        assert_eq!(ENGLISH.show_all(100), "Show all 100 reviews");
    }

    #[test]
    fn unknown_languages_fall_back_to_english() {
        assert_eq!(labels("xx-YY"), &ENGLISH);
    }
}
