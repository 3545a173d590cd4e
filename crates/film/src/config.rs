//! Widget options read from the host element's attributes, with every default in one place.

use crate::contract::{self, Either, Whole};
use crate::i18n::{label_attribute, LABEL_KEYS};
use crate::order::Sort;

/// How one widget displays its film.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Reviews longer than this many grapheme clusters are collapsed behind "View More".
    pub collapse_at: usize,
    /// The heading level of the film title (2 gives `<h2>`); the reviews heading is one below.
    pub heading_level: u8,
    /// The language of the labels, as a BCP 47 tag.
    pub lang: String,
    /// How many reviews show before a "Show all" button reveals the rest.
    pub max_reviews: usize,
    /// Prefix for element ids, unique per widget on a page, so ARIA references stay unambiguous.
    pub id_prefix: String,
    /// The order of the reviews.
    pub sort: Sort,
    /// Whether a YouTube or Vimeo trailer plays in a dialog on the card (`trailer="player"`, the
    /// default) rather than opening as a link (`trailer="link"`).
    pub trailer_player: bool,
    /// Labels the blogger set with `label-*` attributes, as `(key, text)`.
    pub labels: Vec<(String, String)>,
    /// Whether the widget waits to render until the card comes near the reader's viewport
    /// (`loading="lazy"`, the default), or renders as soon as it loads (`loading="eager"`).
    pub lazy: bool,
    /// Whether the card comes in steps, each in a task of its own: its frame, then its head, then
    /// its first page of reviews, batch by batch, so that no step holds a slow phone's page for
    /// long. The browser's render of a card not prerendered; never an attribute (a prerendered
    /// card is rendered over in one step, the same markup in the same task).
    pub in_steps: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            collapse_at: contract::COLLAPSE_AT.default as usize,
            heading_level: contract::HEADING_LEVEL.default as u8,
            max_reviews: contract::MAX_REVIEWS.default as usize,
            lang: "en".to_owned(),
            id_prefix: "fc".to_owned(),
            sort: Sort::Original,
            // The first word of contract::TRAILER and of contract::LOADING is the default.
            trailer_player: true,
            labels: Vec::new(),
            lazy: true,
            in_steps: false,
        }
    }
}

impl Config {
    /// Reads options through `attribute`, which returns an attribute's value by name.
    ///
    /// An invalid value never stops the widget: the default is kept and a warning returned for
    /// the console.
    pub fn from_attributes(attribute: &dyn Fn(&str) -> Option<String>) -> (Self, Vec<String>) {
        let mut config = Self::default();
        let mut warnings = Vec::new();
        let mut whole = |spec: Whole, what: &str, value: &mut usize| {
            if let Some(text) = attribute(spec.name) {
                match spec.parse(&text) {
                    Some(n) => *value = n as usize,
                    None => warnings.push(format!(
                        "{}=\"{text}\" is not {what}; using {value}",
                        spec.name
                    )),
                }
            }
        };
        let (min, max) = (contract::COLLAPSE_AT.min, contract::COLLAPSE_AT.max);
        whole(
            contract::COLLAPSE_AT,
            &format!("a whole number from {min} to {max}"),
            &mut config.collapse_at,
        );
        let mut heading_level = usize::from(config.heading_level);
        let (min, max) = (contract::HEADING_LEVEL.min, contract::HEADING_LEVEL.max);
        whole(
            contract::HEADING_LEVEL,
            &format!("a number from {min} to {max}"),
            &mut heading_level,
        );
        let min = contract::MAX_REVIEWS.min;
        whole(
            contract::MAX_REVIEWS,
            &format!("a whole number of at least {min}"),
            &mut config.max_reviews,
        );
        config.heading_level = heading_level as u8;
        // The stylesheet applies the theme from the attribute itself; only a typo needs a word.
        if let Some(value) = attribute("theme") {
            if !contract::THEMES.contains(&value.trim()) {
                warnings.push(format!(
                    "theme=\"{value}\" is not light, dark or auto; following the reader's setting"
                ));
            }
        }
        if let Some(value) = attribute("sort") {
            match Sort::from_name(&value) {
                Some(sort) => config.sort = sort,
                None => warnings.push(format!(
                    "sort=\"{value}\" is not one of {}; keeping the data's order",
                    Sort::NAMES.join(", ")
                )),
            }
        }
        let mut either = |spec: Either, otherwise: &str, flag: &mut bool| {
            if let Some(value) = attribute(spec.name) {
                match spec.parse(&value) {
                    Some(first) => *flag = first,
                    None => warnings.push(format!(
                        "{}=\"{value}\" is not {} or {}; {otherwise}",
                        spec.name, spec.words[0], spec.words[1]
                    )),
                }
            }
        };
        either(
            contract::TRAILER,
            "using player",
            &mut config.trailer_player,
        );
        either(
            contract::LOADING,
            "rendering when near the viewport",
            &mut config.lazy,
        );
        for key in LABEL_KEYS {
            if let Some(text) =
                attribute(&label_attribute(key)).filter(|text| !text.trim().is_empty())
            {
                config.labels.push((key.to_owned(), text));
            }
        }
        if let Some(value) = attribute("lang").filter(|lang| !lang.trim().is_empty()) {
            config.lang = value.trim().to_owned();
        }
        (config, warnings)
    }

    /// The tag name of the film title's heading.
    pub fn title_tag(&self) -> String {
        format!("h{}", self.heading_level)
    }

    /// The tag name of the headings one level below the title.
    pub fn section_tag(&self) -> String {
        format!("h{}", (self.heading_level + 1).min(6))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(attributes: &[(&str, &str)]) -> (Config, Vec<String>) {
        let map: HashMap<&str, &str> = attributes.iter().copied().collect();
        Config::from_attributes(&|name| map.get(name).map(|v| v.to_string()))
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(read(&[]), (Config::default(), vec![]));
        assert_eq!(Config::default().collapse_at, 300);
        assert!(Config::default().lazy);
    }

    #[test]
    fn valid_attributes_are_used() {
        let (config, warnings) = read(&[
            ("collapse-at", " 120 "),
            ("heading-level", "3"),
            ("lang", "fr"),
        ]);
        assert!(warnings.is_empty());
        assert_eq!(
            (
                config.collapse_at,
                config.heading_level,
                config.lang.as_str()
            ),
            (120, 3, "fr")
        );
        assert_eq!(
            (config.title_tag().as_str(), config.section_tag().as_str()),
            ("h3", "h4")
        );
    }

    #[test]
    fn sort_trailer_and_labels_are_read() {
        let (config, warnings) = read(&[
            ("sort", "Highest"),
            ("trailer", "link"),
            ("label-view-more", "Read on"),
            ("label-show-all", "All {count}"),
            ("label-reviews", "  "),
            ("loading", "eager"),
        ]);
        assert!(warnings.is_empty());
        assert_eq!(config.sort, Sort::Highest);
        assert!(!config.lazy);
        assert!(!config.trailer_player);
        assert_eq!(
            config.labels,
            [
                ("viewMore".to_owned(), "Read on".to_owned()),
                ("showAll".to_owned(), "All {count}".to_owned())
            ]
        );
    }

    #[test]
    fn out_of_range_numbers_keep_the_default() {
        let (config, warnings) = read(&[("max-reviews", "-5"), ("collapse-at", "5")]);
        assert_eq!((config.max_reviews, config.collapse_at), (10, 300));
        assert_eq!(warnings.len(), 2);
        let (config, warnings) = read(&[
            ("max-reviews", "+3"),
            ("collapse-at", "100000"),
            ("heading-level", " 1 "),
        ]);
        assert!(warnings.is_empty());
        assert_eq!(
            (config.max_reviews, config.collapse_at, config.heading_level),
            (3, 100_000, 1)
        );
        // The same on every target: usize is 32 bits in the browser.
        assert_eq!(read(&[("max-reviews", "4294967296")]).0.max_reviews, 10);
    }

    #[test]
    fn invalid_attributes_keep_the_default_and_warn() {
        let (config, warnings) = read(&[
            ("collapse-at", "5"),
            ("heading-level", "seven"),
            ("max-reviews", "0"),
            ("theme", "neon"),
            ("sort", "best"),
            ("trailer", "embed"),
            ("loading", "later"),
        ]);
        assert_eq!(config, Config::default());
        assert_eq!(
            warnings,
            [
                "collapse-at=\"5\" is not a whole number from 20 to 100000; using 300",
                "heading-level=\"seven\" is not a number from 1 to 5; using 2",
                "max-reviews=\"0\" is not a whole number of at least 1; using 10",
                "theme=\"neon\" is not light, dark or auto; following the reader's setting",
                "sort=\"best\" is not one of original, newest, highest, lowest; keeping the data's order",
                "trailer=\"embed\" is not player or link; using player",
                "loading=\"later\" is not lazy or eager; rendering when near the viewport",
            ]
        );
    }
}
