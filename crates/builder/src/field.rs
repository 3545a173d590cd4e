//! Fields by path: the form is addressed with the same paths as the data's errors
//! (`reviews[2].author`), so an error lands on the field it names.

use filmcard_film::data::DataError;

/// The path of the import box, where errors about the pasted text as a whole land.
pub const IMPORT: &str = "import";

/// The path of the Letterboxd file field, where a refused file's message lands.
pub const LETTERBOXD: &str = "letterboxd";

/// The field a refused import's message lands on: the Letterboxd file field for a refused
/// Letterboxd file, else the import box.
pub fn refused_at(path: &str) -> &'static str {
    if contains(LETTERBOXD, path) {
        LETTERBOXD
    } else {
        IMPORT
    }
}

/// The path of an option field: `options.` and the attribute's name.
pub fn option_path(attribute: &str) -> String {
    format!("options.{attribute}")
}

/// The path of a review's field: `reviews[2].author`.
pub fn review_path(index: usize, field: &str) -> String {
    if field.is_empty() {
        format!("reviews[{index}]")
    } else {
        format!("reviews[{index}].{field}")
    }
}

/// An element id for the field at `path`, unique in the builder's page.
pub fn dom_id(kind: &str, path: &str) -> String {
    let mut id = format!("fc-b-{kind}-");
    id.extend(
        path.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }),
    );
    id
}

/// Whether `prefix` names `path` or a part that contains it, segment by segment
/// (`reviews[2]` contains `reviews[2].author`, but `reviews[2]` does not contain `reviews[20]`).
pub fn contains(prefix: &str, path: &str) -> bool {
    path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// The field an error lands on: the most precise of `fields` that contains its path; the import
/// box for an error about the data as a whole or a part no field holds.
pub fn target<'a>(path: &str, fields: impl IntoIterator<Item = &'a str>) -> String {
    fields
        .into_iter()
        .filter(|field| !field.is_empty() && contains(field, path))
        .max_by_key(|field| field.len())
        .unwrap_or(IMPORT)
        .to_owned()
}

/// An error placed on its field: where it lands, and the words to show there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// The path of the field it lands on.
    pub field: String,
    /// The error as the card words it (`path: message`).
    pub text: String,
    /// Where it comes from, shown before it: the card's verdict, an option, the import.
    pub origin: Origin,
}

/// Where a placed message comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The card's verdict on the form as it is now.
    Card,
    /// An option the card would not use.
    Option,
    /// The last import: its verdict or what the form could not hold.
    Import,
}

/// Places an error on the most precise of `fields` containing its path.
pub fn place<'a>(
    error: &DataError,
    origin: Origin,
    fields: impl IntoIterator<Item = &'a str>,
) -> Placed {
    Placed {
        field: target(&error.path, fields),
        text: error.to_string(),
        origin,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FIELDS: [&str; 8] = [
        "title",
        "release",
        "release.date",
        "reviews",
        "reviews[2]",
        "reviews[2].author",
        "reviews[2].rating",
        "reviews[2].rating.best",
    ];

    #[test]
    fn an_error_lands_on_the_most_precise_field_that_holds_it() {
        let at = |path: &str| target(path, FIELDS);
        assert_eq!(at("reviews[2].author"), "reviews[2].author");
        assert_eq!(at("reviews[2].rating.best"), "reviews[2].rating.best");
        assert_eq!(at("reviews[2].rating.value"), "reviews[2].rating");
        assert_eq!(at("reviews[2].id"), "reviews[2]");
        assert_eq!(at("reviews[20].id"), "reviews");
        assert_eq!(at("release.date"), "release.date");
        assert_eq!(at("titles"), IMPORT);
        assert_eq!(at(""), IMPORT);
        assert_eq!(refused_at(LETTERBOXD), LETTERBOXD);
        assert_eq!(refused_at(""), IMPORT);
    }

    #[test]
    fn ids_are_plain() {
        assert_eq!(
            dom_id("field", "reviews[2].author"),
            "fc-b-field-reviews-2--author"
        );
    }

    proptest! {
        #[test]
        fn a_target_always_contains_the_path_or_is_the_import_box(path in "[a-z\\[\\]0-9.]{0,20}") {
            let field = target(&path, FIELDS);
            prop_assert!(field == IMPORT || contains(&field, &path));
        }
    }
}
