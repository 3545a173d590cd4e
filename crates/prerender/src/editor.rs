//! The Film card block's prerendered card, made in the WordPress block editor by this renderer
//! built for the browser (the plugin's `prerender/` module, loaded only in the editor): the
//! card's markup as the widget first renders it, the shadow root's content of `filmcard render`,
//! and the key of what it was made from, which the plugin compares with the block's JSON and
//! options before it uses the markup (a stale one is left out: the card renders at run time).

use std::rc::Rc;

use super::{config_of, widget};
use filmcard_film::data::{self, DataError};

/// The renderer's version, stored with each prerendered card; the plugin uses only cards made by
/// the renderer its allowlist was written from.
pub const RENDERER: &str = env!("CARGO_PKG_VERSION");

/// A prerendered card: the markup and the key of the data and options it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prerendered {
    /// The card's markup, as the widget first renders it.
    pub widget: String,
    /// [`snippet_key`] of the data and options.
    pub key: String,
}

/// The key of a film's JSON and the card's options: FNV-1a (64 bits, in hex, PHP's `fnv1a64`)
/// of the JSON as the plugin stores it (`<`, `>` and `&` written as JSON escapes, see the
/// plugin's save filter), a line break, then `name=value` and a line break for each option in
/// the order of their names.
pub fn snippet_key(json: &str, attributes: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = attributes.iter().collect();
    sorted.sort();
    let mut text = json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    text.push('\n');
    for (name, value) in sorted {
        text.push_str(&format!("{name}={value}\n"));
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The card for the film in `json` with the card's `attributes`, or why the data or an option
/// was refused.
pub fn prerendered(json: &str, attributes: &[(String, String)]) -> Result<Prerendered, DataError> {
    let film = Rc::new(data::parse(json)?);
    let config = config_of(attributes)?;
    Ok(Prerendered {
        widget: widget(&film, config),
        key: snippet_key(json, attributes),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_fnv1a_of_the_stored_json_and_the_sorted_options() {
        // PHP's hash('fnv1a64', "\n"): the key of no JSON and no options.
        assert_eq!(snippet_key("", &[]), "af63c74c8601c8dd");
        let a = [
            ("lang".to_owned(), "fr".to_owned()),
            ("heading-level".to_owned(), "3".to_owned()),
        ];
        let b = [a[1].clone(), a[0].clone()];
        assert_eq!(snippet_key("{}", &a), snippet_key("{}", &b));
        assert_ne!(snippet_key("{}", &a), snippet_key("{}", &a[..1]));
        assert_eq!(
            snippet_key(r#"{"t":"<&>"}"#, &[]),
            snippet_key(r#"{"t":"\u003c\u0026\u003e"}"#, &[])
        );
        assert_eq!(snippet_key("abc", &[]).len(), 16);
    }

    #[test]
    fn the_card_is_the_shadow_roots_content_of_the_command() {
        let json = include_str!("../../../demo/the-red-shoes.json");
        let attributes = [("lang".to_owned(), "de".to_owned())];
        let card = prerendered(json, &attributes).expect("the demo film");
        let snippet = super::super::render(
            json,
            &super::super::Options {
                attributes: attributes.to_vec(),
                ..Default::default()
            },
        )
        .expect("the demo film");
        assert!(snippet.contains(&format!("<slot hidden></slot>{}</template>", card.widget)));
        assert!(card
            .widget
            .starts_with("<div lang=\"de\" class=\"fc-root\">"));
        assert!(prerendered(json, &[("sort".to_owned(), "sideways".to_owned())]).is_err());
        assert!(prerendered("{}", &[]).is_err());
    }
}
