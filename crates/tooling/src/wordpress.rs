//! What the WordPress plugin's PHP must know to write a card's plain fallback on the server (the
//! same markup as the prerenderer's fallback, for feeds, crawlers and readers without
//! JavaScript): the words of each language the fallback uses, the label names a film's `labels`
//! may override, and what `str::trim` takes off. The plugin reads it as its `fallback-words.json`,
//! written by `cargo run -p filmcard-tooling --bin contract fallback-words`; a test fails when the two disagree.

use serde_json::{json, Map, Value};

use filmcard_film::i18n::{Labels, LABEL_KEYS, LANGUAGES};

/// The labels the fallback shows, by the names a film's `labels` overrides them with.
fn fallback_labels(labels: &Labels) -> Map<String, Value> {
    [
        ("reviews", labels.reviews()),
        ("rated", labels.rated()),
        ("trailerName", labels.trailer_name()),
        ("tvSeries", labels.tv_series()),
        ("tvSeason", labels.tv_season()),
        ("tvEpisode", labels.tv_episode()),
        ("seasonNumber", labels.season_number()),
        ("episodeNumber", labels.episode_number()),
    ]
    .into_iter()
    .map(|(key, label)| (key.to_owned(), json!(label)))
    .collect()
}

/// The ranges of code points Rust's `char::is_whitespace` holds, as `[first, last]`.
fn white_space() -> Vec<[u32; 2]> {
    let mut ranges: Vec<[u32; 2]> = Vec::new();
    for code in
        (0..=0x10_ffff_u32).filter(|&code| char::from_u32(code).is_some_and(char::is_whitespace))
    {
        match ranges.last_mut() {
            Some(range) if range[1] + 1 == code => range[1] = code,
            _ => ranges.push([code, code]),
        }
    }
    ranges
}

/// The plugin's `fallback-words.json`: `languages` by code (`en` is the language of a tag
/// without a table), each with its `labels`, `months`, `dates` (`dayMonthYear`,
/// `monthYear`, `year`) and `listSeparator`; `labelKeys`, the names a film's `labels` may use;
/// `whiteSpace`, the code point ranges trimmed off text.
pub fn fallback_words() -> Value {
    let languages: Map<String, Value> = LANGUAGES
        .iter()
        .map(|language| {
            (
                language.code.to_owned(),
                json!({
                    "labels": fallback_labels(&Labels::of(language.labels)),
                    "months": language.months().collect::<Vec<_>>(),
                    "dates": {
                        "dayMonthYear": language.dates.day_month_year,
                        "monthYear": language.dates.month_year,
                        "year": language.dates.year,
                    },
                    "listSeparator": language.list_separator,
                }),
            )
        })
        .collect();
    json!({
        "languages": languages,
        "labelKeys": LABEL_KEYS,
        "whiteSpace": white_space(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plugin's copy is what this module writes.
    #[test]
    fn the_wordpress_plugin_has_the_fallback_words_of_the_card() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../integrations/wordpress/filmcard/fallback-words.json"
        );
        let shipped: Value = serde_json::from_str(
            &std::fs::read_to_string(path).expect("the plugin's fallback-words.json"),
        )
        .expect("fallback-words.json is JSON");
        assert_eq!(
            shipped,
            fallback_words(),
            "{path} differs: run `cargo run -p filmcard-tooling --bin contract fallback-words > {path}`"
        );
    }

    #[test]
    fn every_language_has_every_word_the_fallback_shows() {
        let words = fallback_words();
        let languages = words["languages"].as_object().expect("an object");
        assert!(
            languages.contains_key("en"),
            "English, for tags without a table"
        );
        assert_eq!(languages.len(), LANGUAGES.len());
        for (code, language) in languages {
            let labels = language["labels"].as_object().expect("labels");
            assert_eq!(labels.len(), 8, "{code}");
            for key in labels.keys() {
                assert!(LABEL_KEYS.contains(&key.as_str()), "{code}: {key}");
            }
            assert_eq!(language["months"].as_array().map(Vec::len), Some(12));
        }
        let space = words["whiteSpace"].as_array().expect("ranges");
        assert!(space.contains(&json!([0x3000, 0x3000])));
        assert!(space.contains(&json!([0x2000, 0x200a])));
        assert!(!space.iter().any(|range| range[0] == json!(0x200b)));
    }
}
