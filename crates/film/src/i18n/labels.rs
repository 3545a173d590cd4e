//! The labels: every text of the widget that is not the film's, each with the name bloggers
//! override it by. A language writes its labels as [`Words`], one field a label; a widget holds
//! them as [`Labels`], one array, so that copying, comparing, replacing and dropping them is one
//! loop whatever their number, not code written out a label.

use std::borrow::Cow;

/// A label as its language writes it, or as a blogger replaced it.
pub type Label = Cow<'static, str>;

/// A label whose words depend on a count; `{count}` stands for the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural<'a> {
    /// For counts the language treats as singular (1 in English; 0 and 1 in French).
    pub one: &'a str,
    /// For every other count.
    pub other: &'a str,
}

/// The texts of all labels in the order [`Labels`] holds them: a plural's two forms are two.
pub type Texts = [&'static str; TEXTS];

/// How many texts a label of each kind has.
macro_rules! width {
    (Label) => {
        1
    };
    (Plural) => {
        2
    };
}

/// The type a language writes a label of each kind in.
macro_rules! words {
    (Label) => {
        &'static str
    };
    (Plural) => {
        Plural<'static>
    };
}

/// Puts a label's words in `texts` at `at` and moves `at` past them.
macro_rules! put {
    (Label, $texts:ident, $at:ident, $words:expr) => {
        $texts[$at] = $words;
        $at += 1;
    };
    (Plural, $texts:ident, $at:ident, $words:expr) => {
        $texts[$at] = $words.one;
        $texts[$at + 1] = $words.other;
        $at += 2;
    };
}

/// A label's accessor on [`Labels`], from its first text's place.
macro_rules! get {
    ($(#[$doc:meta])* Label, $field:ident, $slot:expr) => {
        $(#[$doc])*
        pub fn $field(&self) -> &Label {
            &self.0[$slot]
        }
    };
    ($(#[$doc:meta])* Plural, $field:ident, $slot:expr) => {
        $(#[$doc])*
        pub fn $field(&self) -> Plural<'_> {
            Plural {
                one: &self.0[$slot],
                other: &self.0[$slot + 1],
            }
        }
    };
}

/// Writes the list of labels once: [`Words`], the names bloggers override them by
/// ([`LABEL_KEYS`]), where each one's texts are in [`Labels`] and its accessor there, from one
/// line per label.
macro_rules! labels {
    ($($(#[$doc:meta])* $field:ident: $kind:ident = $key:literal,)*) => {
        /// Every label in one language's words, as its file writes them (placeholders in braces
        /// are filled in by the views); [`Words::texts`] turns them into [`Texts`] while the
        /// program is compiled.
        #[derive(Debug, Clone, Copy)]
        pub struct Words {
            $($(#[$doc])* pub $field: words!($kind),)*
        }

        /// The names bloggers use to override labels: in the data's `labels` object (`viewMore`)
        /// and as attributes with a `label-` prefix (`label-view-more`). A plural label's
        /// override replaces both of its forms.
        pub const LABEL_KEYS: [&str; [$($key),*].len()] = [$($key),*];

        /// Each label by its place in [`LABEL_KEYS`].
        #[allow(non_camel_case_types)]
        enum Key {
            $($field,)*
        }

        /// Where each label's texts begin in [`Texts`], by its place in [`LABEL_KEYS`], and
        /// after the last, how many there are.
        const SLOTS: [usize; LABEL_KEYS.len() + 1] = {
            let mut slots = [0; LABEL_KEYS.len() + 1];
            let mut key = 0;
            $(
                slots[key + 1] = slots[key] + width!($kind);
                key += 1;
            )*
            slots
        };

        impl Words {
            /// The words as [`Texts`].
            pub const fn texts(&self) -> Texts {
                let mut texts = [""; TEXTS];
                let mut at = 0;
                $(put!($kind, texts, at, self.$field);)*
                assert!(at == TEXTS, "every label has its texts");
                texts
            }
        }

        impl Labels {
            $(get!($(#[$doc])* $kind, $field, SLOTS[Key::$field as usize]);)*
        }
    };
}

/// How many texts the labels have.
const TEXTS: usize = SLOTS[LABEL_KEYS.len()];

/// Every label of one widget: its language's texts, with a blogger's words where they replaced
/// them. One accessor a label (`labels.view_more()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels([Label; TEXTS]);

impl Labels {
    /// A language's labels, none replaced, from the packed string that holds its [`Texts`]
    /// ([`Language::labels`]).
    ///
    /// [`Language::labels`]: super::Language::labels
    pub fn of(packed: &'static str) -> Self {
        let mut texts = super::packed::unpack(packed);
        Self(std::array::from_fn(|_| {
            Cow::Borrowed(texts.next().unwrap_or_default())
        }))
    }

    /// Replaces the label named `key` (one of [`LABEL_KEYS`]), both forms of a plural; false
    /// for an unknown name.
    pub fn set(&mut self, key: &str, text: &str) -> bool {
        let Some(index) = LABEL_KEYS.iter().position(|known| *known == key) else {
            return false;
        };
        for slot in SLOTS[index]..SLOTS[index + 1] {
            self.0[slot] = Cow::Owned(text.to_owned());
        }
        true
    }
}

labels! {
    /// Heading above the reviews.
    reviews: Label = "reviews",
    /// Shown when the film has no reviews.
    no_reviews: Label = "noReviews",
    /// Button that expands a collapsed review.
    view_more: Label = "viewMore",
    /// Button that collapses an expanded review.
    view_less: Label = "viewLess",
    /// Accessible name of those buttons: `{action}` is the button's label, `{author}` the reviewer.
    toggle_name: Label = "toggleName",
    /// Button that reveals the reviews beyond `max-reviews`; `{count}` is the total.
    show_all: Plural = "showAll",
    /// Button that hides them again.
    show_fewer: Label = "showFewer",
    /// Shown while film data is being fetched.
    loading: Label = "loading",
    /// Hidden words before the certificate, so it is announced as one.
    rated: Label = "rated",
    /// Hidden words after a link that opens a new tab.
    opens_in_new_tab: Label = "opensInNewTab",
    /// Name of the trailer for a trailer without a label of its own; `{title}` is the film's.
    trailer_name: Label = "trailerName",
    /// Button that opens the trailer player.
    play_trailer: Label = "playTrailer",
    /// Button that closes the trailer player.
    close: Label = "close",
    /// Poster alternative text for a poster without an `alt`; `{title}` is the film's.
    poster_alt: Label = "posterAlt",
    /// A score as text for assistive technology: `{value}` out of `{best}`.
    score: Label = "score",
    /// A star rating as text for assistive technology.
    stars: Label = "stars",
    /// A letter grade as text for assistive technology.
    grade: Label = "grade",
    /// Hidden words before the average of the ratings.
    average_rating: Label = "averageRating",
    /// How many reviews the average is taken over.
    rating_count: Plural = "ratingCount",
    /// Button shown instead of a review marked as containing spoilers.
    spoiler: Label = "spoiler",
    /// Button that copies the link to one review.
    copy_link: Label = "copyLink",
    /// Said, and shown on that button, once the link is copied.
    link_copied: Label = "linkCopied",
    /// First line of the error box.
    error_title: Label = "errorTitle",
    /// What a TV series is called, at the start of its line: "TV series, 2007–2015".
    tv_series: Label = "tvSeries",
    /// A season of a series without a number.
    tv_season: Label = "tvSeason",
    /// An episode of a series without a number.
    tv_episode: Label = "tvEpisode",
    /// A season by its number: `{number}`.
    season_number: Label = "seasonNumber",
    /// An episode by its number in its season: `{number}`.
    episode_number: Label = "episodeNumber",
}

/// The attribute that overrides the label named `key`: `viewMore` → `label-view-more`.
pub fn label_attribute(key: &str) -> String {
    let mut name = String::from("label-");
    for character in key.chars() {
        if character.is_ascii_uppercase() {
            name.push('-');
        }
        name.push(character.to_ascii_lowercase());
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LANGUAGES;

    #[test]
    fn each_accessor_reads_its_own_words_past_the_plurals() {
        let labels = Labels::of(LANGUAGES[0].labels);
        assert_eq!(labels.reviews(), "Reviews");
        assert_eq!(labels.show_all().one, "Show {count} review");
        assert_eq!(labels.show_all().other, "Show all {count} reviews");
        assert_eq!(labels.show_fewer(), "Show fewer reviews");
        assert_eq!(labels.rating_count().other, "{count} ratings");
        assert_eq!(labels.spoiler(), "Contains spoilers — show review");
        assert_eq!(labels.episode_number(), "Episode {number}");
        assert_eq!(SLOTS[LABEL_KEYS.len()], TEXTS);
    }

    #[test]
    fn every_language_has_words_for_every_label() {
        for language in LANGUAGES {
            let texts: Vec<_> = crate::i18n::packed::unpack(language.labels).collect();
            assert_eq!(texts.len(), TEXTS, "{}", language.code);
            for (slot, text) in texts.iter().enumerate() {
                assert!(!text.trim().is_empty(), "{}: text {slot}", language.code);
            }
            assert_eq!(language.months().count(), 12, "{}", language.code);
            assert!(language.months().all(|month| !month.is_empty()));
        }
    }
}
