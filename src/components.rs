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
    pub config: Rc<Config>,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
    /// The anchor of the review a link asked for, if any.
    pub linked_review: Option<AttrValue>,
    /// How the card reaches the page around it.
    pub host: HostActions,
}
