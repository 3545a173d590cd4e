//! The card's views, one per file. They receive validated data only.
//!
//! Views with state or hooks are components; the small stateless ones are plain functions that
//! return `Html`, because each component type adds about 4 KB of generic code to the wasm that
//! every reader downloads (measured in BENCHMARKS.md).

/// The age certificate badge.
pub mod certificate;
/// The box shown in place of a card whose data was refused.
pub mod error_box;
/// The film card itself.
pub mod film_card;
/// Text as paragraphs.
pub mod paragraphs;
/// The poster image.
pub mod poster;
/// A review's score.
pub mod rating;
/// The average of the ratings.
pub mod rating_summary;
/// The release date and region.
pub mod release_line;
/// One review with its disclosure button.
pub mod review;
/// One batch of reviews, rendered together.
pub mod review_batch;
/// The reviews section.
pub mod review_list;
/// The link to the trailer.
pub mod trailer_link;
/// The button and dialog that play the trailer on the card.
pub mod trailer_player;
/// The root of one embedded widget.
pub mod widget;

use std::ops::Deref;
use std::rc::Rc;

use yew::AttrValue;

use crate::config::Config;
use crate::host::HostActions;
use crate::i18n::Locale;

/// What every view of one card shares: its options, its words, the review a link asked for, and
/// its way to the page. One value passed down, so that something new all views need is one more
/// field here rather than one more prop on each.
#[derive(PartialEq)]
pub struct CardScope {
    /// Display options for this widget.
    pub config: Shared<Config>,
    /// The words of the widget's language.
    pub locale: Shared<Locale>,
    /// The anchor of the review a link asked for, if any.
    pub linked_review: Option<AttrValue>,
    /// How the card reaches the page around it.
    pub host: HostActions,
}

/// A value the views of a card share, equal only to itself: props holding the film or the
/// language's words compare by allocation, as they are made once per card and handed down. A
/// derived comparison would compile a field-by-field comparison of a film and of a language for
/// every reader, where a new value always comes in a new allocation anyway.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(value: Rc<T>) -> Self {
        Self(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn shared_values_are_equal_only_to_themselves() {
        let words = Shared::new(String::from("Reviews"));
        assert!(words == words.clone());
        // The same words in another allocation are a new value: the views render again.
        assert!(words != Shared::new(String::from("Reviews")));
        assert_eq!(*words, "Reviews");
    }
}
