//! The allowlist of a prerendered card's markup, which the WordPress plugin checks a Film card
//! block's stored card against before it prints any of it (the block's attributes are whatever
//! an Author sent): written from the markup itself, by rendering the card corpora (the data the
//! card accepts, hostile text, the demo films) with every option, and collecting each element,
//! its attributes and the card's classes. The plugin reads it as its `snippet-allowlist.json`,
//! written by `cargo run -p filmcard-prerender --bin snippet-allowlist`; a test fails
//! when the two disagree.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde_json::{json, Value};

use super::editor::RENDERER;
use super::{config_of, widget};
use filmcard_film::data;

/// Attributes whose values are web addresses from the film's data: the plugin accepts only the
/// addresses of the block's own film there.
pub const URL_ATTRIBUTES: [&str; 2] = ["href", "src"];

/// Attributes whose values the card writes from a few words of its own (not from the data): the
/// plugin accepts only the values the corpora show.
pub const CLOSED_ATTRIBUTES: [&str; 13] = [
    "type",
    "target",
    "rel",
    "role",
    "tabindex",
    "part",
    "dir",
    "aria-expanded",
    "aria-hidden",
    "aria-haspopup",
    "loading",
    "decoding",
    "referrerpolicy",
];

/// The films of the corpora, as JSON text.
fn films() -> Vec<String> {
    let mut films = vec![
        include_str!("../../../demo/the-red-shoes.json").to_owned(),
        include_str!("../../../demo/black-narcissus.json").to_owned(),
    ];
    let cases = include_str!("../../../tests/corpus/cases.txt");
    for case in cases.split("\n=== ").skip(1) {
        let Some((head, verdict)) = case.rsplit_once("\n--> ") else {
            continue;
        };
        if verdict.trim() == "ok" {
            let input = head.split_once('\n').map_or("", |(_, input)| input);
            films.push(input.to_owned());
        }
    }
    let xss: Value = serde_json::from_str(include_str!("../../../tests/corpus/xss.json"))
        .expect("tests/corpus/xss.json is JSON");
    for case in xss["text"].as_array().into_iter().flatten() {
        let value = &case["value"];
        films.push(
            json!({
                "title": value, "certificate": value, "synopsis": value,
                "trailer": { "url": "https://example.com/", "label": value },
                "poster": { "url": "https://example.com/p.jpg", "alt": value },
                "reviews": [{ "author": value, "text": value, "date": "2020-01-02", "rating": 7 },
                            { "author": value, "text": value, "spoiler": true, "rating": { "stars": 3.5 } }],
            })
            .to_string(),
        );
    }
    films
}

/// The card's options the corpora are rendered with, each film with each.
fn option_sets() -> Vec<Vec<(String, String)>> {
    let sets: [&[(&str, &str)]; 6] = [
        &[],
        &[("lang", "fr"), ("trailer", "link"), ("heading-level", "1")],
        &[
            ("lang", "ja"),
            ("max-reviews", "1"),
            ("collapse-at", "20"),
            ("heading-level", "3"),
        ],
        &[
            ("lang", "de"),
            ("sort", "newest"),
            ("theme", "dark"),
            ("heading-level", "4"),
        ],
        &[("lang", "es"), ("sort", "highest"), ("heading-level", "5")],
        &[
            ("collapse-at", "20"),
            ("trailer", "player"),
            ("loading", "eager"),
        ],
    ];
    sets.iter()
        .map(|set| {
            set.iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect()
        })
        .collect()
}

/// What the markup holds: each element's attributes with the values seen, the elements closed
/// by an end tag, and the classes.
#[derive(Default)]
struct Seen {
    elements: BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
    closed: BTreeSet<String>,
    classes: BTreeSet<String>,
}

impl Seen {
    /// Reads the tags of markup the card's renderer wrote (double-quoted values, no comments).
    fn read(&mut self, markup: &str) {
        let mut rest = markup;
        while let Some(open) = rest.find('<') {
            rest = &rest[open + 1..];
            let end = rest.find('>').expect("a tag ends");
            let tag = &rest[..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                self.closed.insert(name.to_owned());
                continue;
            }
            let name_end = tag.find(' ').unwrap_or(tag.len());
            let attributes = self.elements.entry(tag[..name_end].to_owned()).or_default();
            let mut attrs = tag[name_end..].trim_start();
            while !attrs.is_empty() {
                let stop = attrs.find([' ', '=']).unwrap_or(attrs.len());
                let name = &attrs[..stop];
                let mut value = String::new();
                attrs = &attrs[stop..];
                if let Some(quoted) = attrs.strip_prefix("=\"") {
                    let close = quoted.find('"').expect("a value ends");
                    value = quoted[..close].to_owned();
                    attrs = &quoted[close + 1..];
                }
                attrs = attrs.trim_start();
                if name == "class" {
                    self.classes
                        .extend(value.split_whitespace().map(str::to_owned));
                }
                attributes.entry(name.to_owned()).or_default().insert(value);
            }
        }
    }
}

/// The plugin's `snippet-allowlist.json`: `renderer` (the version whose cards it allows),
/// `elements` (each element's attribute names), `void` (elements written without an end tag),
/// `classes`, `values` (the values of each of [`CLOSED_ATTRIBUTES`] seen) and `urls`
/// ([`URL_ATTRIBUTES`]).
pub fn snippet_allowlist() -> Value {
    let mut seen = Seen::default();
    for film in films() {
        let Ok(film) = data::parse(&film) else {
            continue;
        };
        let film = Rc::new(film);
        for options in option_sets() {
            let config = config_of(&options).expect("the corpora's options are the card's");
            seen.read(&widget(&film, config));
        }
    }
    let elements: BTreeMap<&String, Vec<&String>> = seen
        .elements
        .iter()
        .map(|(name, attributes)| (name, attributes.keys().collect()))
        .collect();
    let void: Vec<&String> = seen
        .elements
        .keys()
        .filter(|name| !seen.closed.contains(*name))
        .collect();
    let mut values: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    for attributes in seen.elements.values() {
        for (name, seen_values) in attributes {
            if CLOSED_ATTRIBUTES.contains(&name.as_str()) {
                values.entry(name).or_default().extend(seen_values);
            }
        }
    }
    json!({
        "renderer": RENDERER,
        "elements": elements,
        "void": void,
        "classes": seen.classes,
        "values": values,
        "urls": URL_ATTRIBUTES,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plugin's copy is what this module writes.
    #[test]
    fn the_wordpress_plugin_has_the_allowlist_of_the_cards_markup() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../integrations/wordpress/filmcard/snippet-allowlist.json"
        );
        let shipped: Value = serde_json::from_str(
            &std::fs::read_to_string(path).expect("the plugin's snippet-allowlist.json"),
        )
        .expect("snippet-allowlist.json is JSON");
        assert_eq!(
            shipped,
            snippet_allowlist(),
            "{path} differs: run `cargo run -p filmcard-prerender --bin snippet-allowlist > {path}`"
        );
    }

    #[test]
    fn the_allowlist_holds_the_cards_markup_and_nothing_that_runs_or_loads() {
        let allowlist = snippet_allowlist();
        let elements = allowlist["elements"].as_object().expect("elements");
        for name in [
            "div", "article", "h2", "p", "button", "ul", "li", "a", "img", "time",
        ] {
            assert!(elements.contains_key(name), "{name} is in the card");
        }
        for name in [
            "script", "style", "iframe", "svg", "link", "template", "object", "embed", "form",
            "noscript", "math", "textarea",
        ] {
            assert!(!elements.contains_key(name), "{name} is not");
        }
        for (element, attributes) in elements {
            for attribute in attributes.as_array().expect("names") {
                let attribute = attribute.as_str().expect("a name");
                assert!(
                    !attribute.starts_with("on")
                        && !["style", "srcset", "srcdoc", "action", "formaction"]
                            .contains(&attribute),
                    "{element} {attribute}"
                );
            }
        }
        assert_eq!(allowlist["void"], json!(["img"]));
        let classes = allowlist["classes"].as_array().expect("classes");
        assert!(classes
            .iter()
            .all(|class| class.as_str().is_some_and(|class| class.starts_with("fc-"))));
        assert!(classes.contains(&json!("fc-review__toggle")));
        assert_eq!(allowlist["values"]["target"], json!(["_blank"]));
        for name in CLOSED_ATTRIBUTES {
            let values = allowlist["values"][name].as_array().map_or(0, Vec::len);
            assert!((1..=24).contains(&values), "{name}: {values} values");
        }
    }
}
