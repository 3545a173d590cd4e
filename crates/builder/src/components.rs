//! The builder's views, one component per file.

/// The builder page.
pub mod app;
/// Export: the snippet, the JSON download and the JSON-LD.
pub mod export_panel;
/// The messages placed on one field.
pub mod field_messages;
/// The film's own fields.
pub mod film_fields;
/// Import of film JSON, JSON-LD or a file.
pub mod import_panel;
/// The label overrides.
pub mod labels_fields;
/// Import of a film from a Letterboxd export or feed.
pub mod letterboxd_panel;
/// The card's options.
pub mod options_fields;
/// The live preview in both themes.
pub mod preview;
/// One card of the preview.
pub mod preview_card;
/// One review's fields.
pub mod review_fields;
/// The list of reviews.
pub mod reviews_fields;
/// A labelled select.
pub mod select_field;
/// The announcements and the card's verdict.
pub mod status;
/// A labelled text field.
pub mod text_field;
