//! The browser edge (`src/embed.rs`, or `src/embed/`) says what `filmcard::contract` says: the
//! loader's constants are generated from the contract, so a value the edge restates differently
//! would make the loader and the card disagree.
#![cfg(not(target_arch = "wasm32"))]

use filmcard::contract;
use std::fs;
use std::path::Path;

/// The edge's Rust sources, concatenated.
fn edge_source() -> String {
    let mut files = vec![Path::new("src/embed.rs").to_path_buf()];
    if let Ok(entries) = fs::read_dir("src/embed") {
        files.extend(entries.flatten().map(|entry| entry.path()));
    }
    files
        .iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter_map(|path| fs::read_to_string(path).ok())
        .collect()
}

/// `100000` as Rust may write it: `100000` or `100_000`.
fn spellings(number: u32) -> [String; 2] {
    let digits = number.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('_');
        }
        grouped.push(digit);
    }
    [digits, grouped]
}

#[test]
fn the_edge_states_each_fact_as_the_contract_does() {
    let source = edge_source();
    assert!(source.contains("HOST_SELECTOR"), "no edge source found");
    let quoted = |text: &str| format!("{text:?}");
    let facts: [(&str, Vec<String>); 8] = [
        ("HOST_SELECTOR", vec![quoted(contract::HOST_SELECTOR)]),
        (
            "INLINE_DATA_SELECTOR",
            vec![quoted(contract::INLINE_DATA_SELECTOR)],
        ),
        ("CONSOLE_PREFIX", vec![quoted(contract::CONSOLE_PREFIX)]),
        ("EVENT_READY", vec![quoted(contract::EVENT_READY)]),
        ("EVENT_TOGGLE", vec![quoted(contract::EVENT_TOGGLE)]),
        ("EVENT_ERROR", vec![quoted(contract::EVENT_ERROR)]),
        (
            "BIG_INLINE_DATA",
            spellings(contract::BIG_INLINE_DATA)
                .map(|n| format!("BIG_INLINE_DATA: u32 = {n};"))
                .to_vec(),
        ),
        (
            "NEAR_VIEWPORT_PX",
            vec![format!("\"{}px 0px\"", contract::NEAR_VIEWPORT_PX)],
        ),
    ];
    for (name, literals) in facts {
        let from_contract = source.contains(&format!("contract::{name}"))
            || (source.contains("contract::{") && source.contains(name));
        assert!(
            from_contract || literals.iter().any(|literal| source.contains(literal)),
            "src/embed restates {name} other than as {literals:?}: take it from filmcard::contract"
        );
    }
}

#[test]
fn the_config_defaults_are_the_contracts() {
    let config = filmcard::config::Config::default();
    assert_eq!(config.collapse_at, contract::COLLAPSE_AT.default as usize);
    assert_eq!(config.max_reviews, contract::MAX_REVIEWS.default as usize);
    assert_eq!(
        u32::from(config.heading_level),
        contract::HEADING_LEVEL.default
    );
    assert_eq!(
        (config.trailer_player, config.lazy),
        (
            contract::TRAILER.parse(contract::TRAILER.words[0]) == Some(true),
            contract::LOADING.parse(contract::LOADING.words[0]) == Some(true)
        )
    );
}
