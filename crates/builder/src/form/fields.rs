//! The form's text fields, written once: each field's name (its path in the film JSON, which is
//! also where the data's errors about it land), its label, what it takes, and where the form
//! keeps its text. The form's JSON ([`FormState::to_value`]), its reading back
//! ([`FormState::from_value`]), the state's fields by path ([`FormState::get`] and
//! [`FormState::set`], [`FormState::field_paths`]) and the views' fields all read these tables.

use serde_json::Value;

use filmcard_film::contract;
use filmcard_film::model::Work;

use super::{number_or_text, FormState, Options, ReviewForm};

/// What a field takes, which decides its control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Paragraphs: a text area.
    Multiline,
    /// An address.
    Url,
    /// A number, typed as text for the data's checks to judge.
    Number,
    /// One of a list of words.
    Choice,
}

/// A text field of `T` (the form, a review, the options).
pub struct Field<T: 'static> {
    /// Its path in the film JSON (`release.date`; a review's field after `reviews[i].`), or for
    /// an option the attribute's name.
    pub path: &'static str,
    /// The visible label.
    pub label: &'static str,
    /// What it takes.
    pub kind: Kind,
    /// A line under the label on what the field takes.
    pub hint: Option<&'static str>,
    /// Whether it must be filled in for the card to show.
    pub required: bool,
    /// The kinds of work ([`Work::KINDS`]) the field belongs to; empty for every kind. A field
    /// of another kind still shows while it holds text, so the data's error about it lands on it.
    pub kinds: &'static [&'static str],
    /// The value the data takes when the field is left out (`film` for `kind`): the form writes
    /// nothing for it, and a choice shows it when blank.
    pub absent: Option<&'static str>,
    /// Whether a number in the data is read as its text (a season's number, a review's id) rather
    /// than named as something the form cannot hold.
    pub reads_numbers: bool,
    /// Its text, as typed.
    pub text: fn(&T) -> &String,
    /// Its text, to change.
    pub text_mut: fn(&mut T) -> &mut String,
}

impl<T> Field<T> {
    /// The part of the data that holds the field (`release` for `release.date`); `None` for a
    /// field of its own.
    pub fn part(&self) -> Option<&'static str> {
        self.path.split_once('.').map(|(part, _)| part)
    }

    /// The field at `path` in `fields`.
    pub fn at(fields: &'static [Self], path: &str) -> Option<&'static Self> {
        fields.iter().find(|field| field.path == path)
    }

    /// Whether the field belongs to a kind of work (as typed: blank is a film).
    pub fn belongs(&self, kind: &str) -> bool {
        let kind = match kind.trim() {
            "" => Work::KINDS[0],
            kind => kind,
        };
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }

    /// The field's value in the data, from the text `holder` keeps in it: `None` when it is
    /// blank or the value the data takes without it. A number field's text goes in as a number
    /// when it is one as typed, anything else as text, for the data's checks to judge.
    pub fn value(&self, holder: &T) -> Option<Value> {
        let text = (self.text)(holder);
        if text.trim().is_empty() || self.absent == Some(text.trim()) {
            return None;
        }
        Some(match self.kind {
            Kind::Number => number_or_text(text),
            _ => Value::String(text.clone()),
        })
    }
}

/// A field of every kind of work, optional, with no hint; only a number field reads numbers.
const fn plain<T>(
    path: &'static str,
    label: &'static str,
    kind: Kind,
    text: fn(&T) -> &String,
    text_mut: fn(&mut T) -> &mut String,
) -> Field<T> {
    Field {
        path,
        label,
        kind,
        hint: None,
        required: false,
        kinds: &[],
        absent: None,
        reads_numbers: matches!(kind, Kind::Number),
        text,
        text_mut,
    }
}

/// The film's own text fields, in the form's order: the title, what it is and the fields of its
/// kind, then the rest. Those in a part of the data (`release`, `trailer`, `poster`) are grouped
/// under it: see [`GROUPS`].
pub static FILM: [Field<FormState>; 15] = [
    Field {
        required: true,
        ..plain("title", "Title", Kind::Text, |f| &f.title, |f| &mut f.title)
    },
    Field {
        absent: Some(Work::KINDS[0]),
        reads_numbers: true,
        ..plain(
            "kind",
            "What it is",
            Kind::Choice,
            |f| &f.work.kind,
            |f| &mut f.work.kind,
        )
    },
    Field {
        hint: Some("The series' title, e.g. Mad Men"),
        kinds: &["season", "episode"],
        reads_numbers: true,
        ..plain(
            "series",
            "Series",
            Kind::Text,
            |f| &f.work.series,
            |f| &mut f.work.series,
        )
    },
    Field {
        hint: Some("0 for specials"),
        kinds: &["season", "episode"],
        ..plain(
            "season",
            "Season number",
            Kind::Number,
            |f| &f.work.season,
            |f| &mut f.work.season,
        )
    },
    Field {
        hint: Some("Its number in the season"),
        kinds: &["episode"],
        ..plain(
            "episode",
            "Episode number",
            Kind::Number,
            |f| &f.work.episode,
            |f| &mut f.work.episode,
        )
    },
    Field {
        hint: Some(
            "When the last episode aired: YYYY-MM-DD, YYYY-MM or YYYY; blank while it runs",
        ),
        kinds: &["series"],
        reads_numbers: true,
        ..plain(
            "ended",
            "Ended",
            Kind::Text,
            |f| &f.work.ended,
            |f| &mut f.work.ended,
        )
    },
    Field {
        hint: Some("e.g. PG-13 or NR"),
        ..plain(
            "certificate",
            "Certificate",
            Kind::Text,
            |f| &f.certificate,
            |f| &mut f.certificate,
        )
    },
    Field {
        hint: Some("YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22"),
        ..plain(
            "release.date",
            "Release date",
            Kind::Text,
            |f| &f.release_date,
            |f| &mut f.release_date,
        )
    },
    plain(
        "release.region",
        "Region",
        Kind::Text,
        |f| &f.release_region,
        |f| &mut f.release_region,
    ),
    plain(
        "synopsis",
        "Synopsis",
        Kind::Multiline,
        |f| &f.synopsis,
        |f| &mut f.synopsis,
    ),
    Field {
        hint: Some("An http or https address; a YouTube or Vimeo video plays on the card"),
        ..plain(
            "trailer.url",
            "Trailer address",
            Kind::Url,
            |f| &f.trailer_url,
            |f| &mut f.trailer_url,
        )
    },
    plain(
        "trailer.label",
        "Trailer link text",
        Kind::Text,
        |f| &f.trailer_label,
        |f| &mut f.trailer_label,
    ),
    Field {
        hint: Some("YYYY-MM-DD, as the video's page says: search engines list a YouTube trailer as a video only with it"),
        ..plain(
            "trailer.uploaded",
            "When the video was uploaded",
            Kind::Text,
            |f| &f.trailer_uploaded,
            |f| &mut f.trailer_uploaded,
        )
    },
    Field {
        hint: Some("The preview leaves the image out: this page loads nothing from elsewhere"),
        ..plain(
            "poster.url",
            "Poster image address",
            Kind::Url,
            |f| &f.poster_url,
            |f| &mut f.poster_url,
        )
    },
    plain(
        "poster.alt",
        "Poster text alternative",
        Kind::Text,
        |f| &f.poster_alt,
        |f| &mut f.poster_alt,
    ),
];

/// The parts of the film data that group fields of [`FILM`]: path and legend.
pub const GROUPS: [(&str, &str); 3] = [
    ("release", "Release"),
    ("trailer", "Trailer"),
    ("poster", "Poster"),
];

/// A review's text fields, in the form's order: those before its rating, then its id (see
/// [`REVIEW_BEFORE_RATING`]). Its rating and spoiler flag are not text, and have their own.
pub static REVIEW: [Field<ReviewForm>; 4] = [
    Field {
        required: true,
        ..plain(
            "author",
            "Author",
            Kind::Text,
            |r| &r.author,
            |r| &mut r.author,
        )
    },
    Field {
        required: true,
        ..plain(
            "text",
            "Text",
            Kind::Multiline,
            |r| &r.text,
            |r| &mut r.text,
        )
    },
    Field {
        hint: Some("YYYY-MM-DD, YYYY-MM or YYYY"),
        ..plain("date", "Date", Kind::Text, |r| &r.date, |r| &mut r.date)
    },
    Field {
        hint: Some("Optional: keeps the review's link the same when the text changes"),
        reads_numbers: true,
        ..plain("id", "Id", Kind::Text, |r| &r.id, |r| &mut r.id)
    },
];

/// How many of [`REVIEW`]'s fields come before the rating.
pub const REVIEW_BEFORE_RATING: usize = 3;

/// The card's options, by attribute name, in the order the snippet writes them.
pub static OPTIONS: [Field<Options>; 7] = [
    plain(
        "lang",
        "Language",
        Kind::Choice,
        |o| &o.lang,
        |o| &mut o.lang,
    ),
    plain(
        "theme",
        "Theme",
        Kind::Choice,
        |o| &o.theme,
        |o| &mut o.theme,
    ),
    plain(
        contract::COLLAPSE_AT.name,
        "Cut reviews longer than (characters)",
        Kind::Number,
        |o| &o.collapse_at,
        |o| &mut o.collapse_at,
    ),
    plain(
        contract::MAX_REVIEWS.name,
        "Reviews shown before \"Show all\"",
        Kind::Number,
        |o| &o.max_reviews,
        |o| &mut o.max_reviews,
    ),
    plain(
        "sort",
        "Order of the reviews",
        Kind::Choice,
        |o| &o.sort,
        |o| &mut o.sort,
    ),
    plain(
        contract::TRAILER.name,
        "Trailer",
        Kind::Choice,
        |o| &o.trailer,
        |o| &mut o.trailer,
    ),
    plain(
        contract::HEADING_LEVEL.name,
        "Heading level of the title",
        Kind::Number,
        |o| &o.heading_level,
        |o| &mut o.heading_level,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_its_own_place_in_the_form() {
        let mut form = FormState::default();
        for (index, field) in FILM.iter().enumerate() {
            *(field.text_mut)(&mut form) = index.to_string();
        }
        for (index, field) in FILM.iter().enumerate() {
            assert_eq!((field.text)(&form), &index.to_string(), "{}", field.path);
        }
        let mut review = ReviewForm::default();
        for (index, field) in REVIEW.iter().enumerate() {
            *(field.text_mut)(&mut review) = index.to_string();
        }
        for (index, field) in REVIEW.iter().enumerate() {
            assert_eq!((field.text)(&review), &index.to_string(), "{}", field.path);
        }
        let mut options = Options::default();
        for (index, field) in OPTIONS.iter().enumerate() {
            *(field.text_mut)(&mut options) = index.to_string();
        }
        for (index, field) in OPTIONS.iter().enumerate() {
            assert_eq!((field.text)(&options), &index.to_string(), "{}", field.path);
        }
    }

    #[test]
    fn the_groups_hold_the_grouped_fields_and_the_options_are_the_card_s_attributes() {
        for field in &FILM {
            if let Some(group) = field.part() {
                assert!(GROUPS.iter().any(|(path, _)| *path == group), "{group}");
            }
        }
        for spec in [
            contract::COLLAPSE_AT,
            contract::MAX_REVIEWS,
            contract::HEADING_LEVEL,
        ] {
            assert_eq!(Field::at(&OPTIONS, spec.name).unwrap().kind, Kind::Number);
        }
        assert!(Field::at(&OPTIONS, contract::TRAILER.name).is_some());
        assert_eq!(REVIEW[REVIEW_BEFORE_RATING].path, "id");
        // The film's one choice is its kind, whose select offers the data's kinds.
        let choices: Vec<_> = FILM.iter().filter(|f| f.kind == Kind::Choice).collect();
        assert_eq!(choices.len(), 1);
        assert_eq!((choices[0].path, choices[0].absent), ("kind", Some("film")));
    }

    #[test]
    fn every_film_field_goes_to_its_path_in_the_data_and_comes_back() {
        let mut every = FormState::default();
        for (index, field) in FILM.iter().enumerate() {
            let number = index + 1;
            let mut form = FormState::default();
            *(field.text_mut)(&mut form) = number.to_string();
            *(field.text_mut)(&mut every) = number.to_string();
            let value = form.to_value();
            let expected = match field.kind {
                Kind::Number => Value::from(number),
                _ => Value::from(number.to_string()),
            };
            let at = format!("/{}", field.path.replace('.', "/"));
            assert_eq!(value.pointer(&at), Some(&expected), "{}", field.path);
            let (back, left_out) = FormState::from_value(&value);
            assert_eq!(left_out, [], "{}", field.path);
            assert_eq!(back, form, "{}", field.path);
            assert_eq!(back.get(field.path).as_deref(), Some(&*number.to_string()));
        }
        assert_eq!(FormState::from_value(&every.to_value()), (every, vec![]));
        // A field left at the value the data takes without it writes nothing.
        for field in FILM.iter().filter(|field| field.absent.is_some()) {
            let mut form = FormState::default();
            *(field.text_mut)(&mut form) = format!(" {} ", field.absent.unwrap_or_default());
            assert_eq!(form.to_value(), Value::Object(Default::default()));
        }
    }
}
