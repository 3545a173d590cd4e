//! Every text a reader sees that does not come from the film data, in five languages.
//!
//! Each language is one file under `i18n/` holding a [`Language`]: its labels, month names, how it
//! writes numbers and dates, and its plural rule. A sixth language is one more file and its line in
//! [`LANGUAGES`]. Bloggers can override any label (see [`LABEL_KEYS`]) from the data or from a
//! `label-*` attribute; [`Locale`] puts the language and the overrides together.

mod de;
mod en;
mod es;
mod fr;
mod ja;
mod labels;
pub(crate) mod packed;
mod work;

pub use labels::{label_attribute, Label, Labels, Plural, Texts, Words, LABEL_KEYS};

use crate::model::PartialDate;

/// Every language with its own labels, English first: it is the fallback.
pub const LANGUAGES: [&Language; 5] = [
    &en::LANGUAGE,
    &fr::LANGUAGE,
    &de::LANGUAGE,
    &es::LANGUAGE,
    &ja::LANGUAGE,
];

/// Which of a [`Plural`]'s forms a count takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralForm {
    /// The singular form.
    One,
    /// The plural form.
    Other,
}

/// How a language writes dates. `{day}`, `{month}` (a name from `months`) and `{year}` are filled
/// in.
#[derive(Debug, PartialEq, Eq)]
pub struct DateFormats {
    /// A full date.
    pub day_month_year: &'static str,
    /// A month of a year.
    pub month_year: &'static str,
    /// A year alone.
    pub year: &'static str,
}

/// One language: its labels and how it writes numbers, dates and plurals.
#[derive(Debug)]
pub struct Language {
    /// The primary BCP 47 subtag, e.g. `fr`.
    pub code: &'static str,
    /// The labels' texts ([`Words::texts`] of the language's words), packed into one string
    /// ([`Labels::of`] reads them).
    pub labels: &'static str,
    /// Month names as they appear in a date, January first, packed into one string
    /// ([`Language::month`] reads them).
    pub months: &'static str,
    /// Date patterns.
    pub dates: DateFormats,
    /// Between groups of three digits.
    pub group_separator: &'static str,
    /// Whole numbers with fewer digits than this are not grouped (Spanish writes 5000, 12.345).
    pub min_grouping_digits: usize,
    /// Before the decimals.
    pub decimal_separator: &'static str,
    /// Between the items of a short list: the parts of a series' line.
    pub list_separator: &'static str,
    /// Which plural form a whole number takes.
    pub plural: fn(u64) -> PluralForm,
}

/// Languages are told apart by their code: there is one table per code.
impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Language {}

impl Language {
    /// The name of month `month` (1 is January) as it appears in a date; out of range, the
    /// nearest month.
    pub fn month(&self, month: u8) -> &'static str {
        self.months()
            .nth(usize::from(month.clamp(1, 12) - 1))
            .unwrap_or_default()
    }

    /// The month names, January first.
    pub fn months(&self) -> impl Iterator<Item = &'static str> {
        packed::unpack(self.months)
    }

    /// The language for a BCP 47 tag, by its primary subtag (`fr-CA` is French); `None` when
    /// there is no table for it.
    pub fn for_tag(tag: &str) -> Option<&'static Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        LANGUAGES
            .into_iter()
            .find(|language| language.code.eq_ignore_ascii_case(primary))
    }
}

/// The language of one widget with the blogger's overrides applied; what every view reads its
/// words from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// The language's rules and month names.
    pub language: &'static Language,
    /// The labels, overrides applied.
    pub labels: Labels,
}

impl Default for Locale {
    fn default() -> Self {
        Self::new("en")
    }
}

impl Locale {
    /// The locale for a BCP 47 tag, English when there is no table for it.
    pub fn new(tag: &str) -> Self {
        let language = Language::for_tag(tag).unwrap_or(LANGUAGES[0]);
        Self {
            language,
            labels: Labels::of(language.labels),
        }
    }

    /// This locale with each `(key, text)` override applied; unknown keys are skipped (the data
    /// and the attributes are checked against [`LABEL_KEYS`] where they are read).
    pub fn with_overrides<'a>(
        mut self,
        overrides: impl IntoIterator<Item = &'a (String, String)>,
    ) -> Self {
        for (key, text) in overrides {
            self.labels.set(key, text);
        }
        self
    }

    /// The BCP 47 code of the language the labels are in.
    pub fn code(&self) -> &'static str {
        self.language.code
    }

    /// A date as readers of this language write it: "22 October 1948", "October 1948", "1948".
    pub fn date(&self, date: &PartialDate) -> String {
        let language = self.language;
        let pattern = match (date.month, date.day) {
            (Some(_), Some(_)) => language.dates.day_month_year,
            (Some(_), None) => language.dates.month_year,
            _ => language.dates.year,
        };
        let year = date.year.to_string();
        let day = date.day.map(|day| day.to_string()).unwrap_or_default();
        fill(
            pattern,
            &[
                ("day", &day),
                (
                    "month",
                    date.month
                        .map(|month| language.month(month))
                        .unwrap_or_default(),
                ),
                ("year", &year),
            ],
        )
    }

    /// A whole number with the language's digit grouping: 5,000 / 5 000 / 5.000 / 5000.
    pub fn number(&self, number: u64) -> String {
        let digits = number.to_string();
        if digits.len() < self.language.min_grouping_digits {
            return digits;
        }
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                grouped.push_str(self.language.group_separator);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A count in tenths as a short decimal without trailing zeros: 87 → "8.7" (or "8,7"), 90 → "9".
    pub fn tenths(&self, tenths: u32) -> String {
        let whole = self.number(u64::from(tenths / 10));
        match tenths % 10 {
            0 => whole,
            fraction => format!("{whole}{}{fraction}", self.language.decimal_separator),
        }
    }

    /// The form of `plural` for `count`, the count written in.
    pub fn plural(&self, plural: Plural<'_>, count: u64) -> String {
        let form = match (self.language.plural)(count) {
            PluralForm::One => plural.one,
            PluralForm::Other => plural.other,
        };
        fill(form, &[("count", &self.number(count))])
    }
}

/// Replaces each `{name}` in `template` with its value; other braces are kept as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let replaced = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = values.iter().find(|(key, _)| *key == name)?.1;
            Some((value, close))
        });
        match replaced {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The plural rule of English, German and Spanish whole numbers: only 1 is singular.
pub fn one_is_singular(count: u64) -> PluralForm {
    if count == 1 {
        PluralForm::One
    } else {
        PluralForm::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(lang: &str, year: u16, month: Option<u8>, day: Option<u8>) -> String {
        Locale::new(lang).date(&PartialDate { year, month, day })
    }

    #[test]
    fn dates_follow_each_language() {
        let cases = [
            ("en", "22 October 1948", "October 1948", "1948"),
            ("fr", "22 octobre 1948", "octobre 1948", "1948"),
            ("de", "22. Oktober 1948", "Oktober 1948", "1948"),
            ("es", "22 de octubre de 1948", "octubre de 1948", "1948"),
            ("ja", "1948年10月22日", "1948年10月", "1948年"),
        ];
        for (lang, full, month, year) in cases {
            assert_eq!(date(lang, 1948, Some(10), Some(22)), full, "{lang}");
            assert_eq!(date(lang, 1948, Some(10), None), month, "{lang}");
            assert_eq!(date(lang, 1948, None, None), year, "{lang}");
        }
        assert_eq!(date("en", 1948, Some(1), Some(2)), "2 January 1948");
    }

    #[test]
    fn numbers_group_as_each_language_writes_them() {
        let number = |lang: &str, n| Locale::new(lang).number(n);
        assert_eq!(number("en", 5000), "5,000");
        assert_eq!(number("en", 1_234_567), "1,234,567");
        assert_eq!(number("en", 100), "100");
        assert_eq!(number("fr", 5000), "5\u{202f}000");
        assert_eq!(number("de", 5000), "5.000");
        assert_eq!(number("es", 5000), "5000");
        assert_eq!(number("es", 12345), "12.345");
        assert_eq!(number("ja", 5000), "5,000");
        assert_eq!(Locale::new("fr").tenths(87), "8,7");
        assert_eq!(Locale::new("en").tenths(87), "8.7");
        assert_eq!(Locale::new("en").tenths(90), "9");
        assert_eq!(Locale::new("en").tenths(5), "0.5");
    }

    #[test]
    fn plurals_follow_each_language() {
        let show_all = |lang: &str, n| {
            let locale = Locale::new(lang);
            locale.plural(locale.labels.show_all(), n)
        };
        assert_eq!(show_all("en", 5000), "Show all 5,000 reviews");
        assert_eq!(show_all("en", 12), "Show all 12 reviews");
        let count = |lang: &str, n| {
            let locale = Locale::new(lang);
            locale.plural(locale.labels.rating_count(), n)
        };
        assert_eq!(count("en", 1), "1 rating");
        assert_eq!(count("en", 0), "0 ratings");
        // French treats 0 as singular, English does not.
        assert_eq!(count("fr", 0), "0 note");
        assert_eq!(count("fr", 2), "2 notes");
        assert_eq!(count("de", 1), "1 Bewertung");
        assert_eq!(count("es", 3), "3 valoraciones");
        assert_eq!(count("ja", 1), "1件の評価");
    }

    #[test]
    fn languages_are_found_by_their_primary_subtag() {
        assert_eq!(Locale::new("fr-CA").code(), "fr");
        assert_eq!(Locale::new("DE").code(), "de");
        assert_eq!(Locale::new("ja_JP").code(), "ja");
        assert_eq!(Locale::new("xx-YY").code(), "en");
        assert_eq!(Locale::new("").code(), "en");
    }

    #[test]
    fn every_label_key_can_be_overridden_and_unknown_keys_are_refused() {
        for key in LABEL_KEYS {
            let mut labels = Labels::of(en::LANGUAGE.labels);
            assert!(labels.set(key, "Custom"), "{key}");
            assert_ne!(
                labels,
                Labels::of(en::LANGUAGE.labels),
                "{key} changed nothing"
            );
        }
        assert!(!Labels::of(en::LANGUAGE.labels).set("viewMoar", "x"));
        let overrides = [("viewMore".to_owned(), "Read on".to_owned())];
        let locale = Locale::new("fr").with_overrides(&overrides);
        assert_eq!(locale.labels.view_more(), "Read on");
        assert_eq!(locale.labels.view_less(), "Réduire");
        let overrides = [("showAll".to_owned(), "Every review".to_owned())];
        let locale = Locale::new("en").with_overrides(&overrides);
        let show_all = locale.labels.show_all();
        assert_eq!(
            (show_all.one, show_all.other),
            ("Every review", "Every review")
        );
        assert_eq!(locale.labels.show_fewer(), "Show fewer reviews");
    }

    #[test]
    fn label_attributes_are_the_keys_in_kebab_case() {
        assert_eq!(label_attribute("viewMore"), "label-view-more");
        assert_eq!(label_attribute("reviews"), "label-reviews");
        assert_eq!(label_attribute("opensInNewTab"), "label-opens-in-new-tab");
    }

    #[test]
    fn every_language_fills_every_placeholder_it_is_given() {
        for language in LANGUAGES {
            let labels = Labels::of(language.labels);
            let templates = [
                (&**labels.toggle_name(), &["{action}", "{author}"][..]),
                (labels.trailer_name(), &["{title}"]),
                (labels.poster_alt(), &["{title}"]),
                (labels.score(), &["{value}", "{best}"]),
                (labels.stars(), &["{value}", "{best}"]),
                (labels.grade(), &["{grade}"]),
                (labels.show_all().other, &["{count}"]),
                (labels.rating_count().other, &["{count}"]),
                (labels.season_number(), &["{number}"]),
                (labels.episode_number(), &["{number}"]),
            ];
            for (template, placeholders) in templates {
                for placeholder in placeholders {
                    assert!(
                        template.contains(placeholder),
                        "{}: {template} lacks {placeholder}",
                        language.code
                    );
                }
            }
        }
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_other_braces() {
        assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
        assert_eq!(fill("{unknown} {a}", &[("a", "1")]), "{unknown} 1");
        assert_eq!(fill("{a", &[("a", "1")]), "{a");
        assert_eq!(fill("{a}", &[("a", "{a}")]), "{a}");
    }
}
