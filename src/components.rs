//! The card's views, one component per file. They receive validated data only.

pub mod certificate;
pub mod error_box;
pub mod film_card;
pub mod poster;
pub mod rating;
pub mod release_line;
pub mod review;
pub mod review_list;
pub mod trailer_link;
pub mod widget;
