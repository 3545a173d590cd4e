//! The browser edge (`src/embed/`) takes its facts from `filmcard::contract`, as the loader's
//! generated constants do, and restates none of them: a value written twice would drift.
#![cfg(not(target_arch = "wasm32"))]

use filmcard_tooling as contract;
use std::fs;

/// The edge's Rust sources, concatenated.
fn edge_source() -> String {
    let files: Vec<_> = fs::read_dir("src/embed")
        .expect("the edge's folder")
        .flatten()
        .map(|entry| entry.path())
        .collect();
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
fn the_edge_takes_each_fact_from_the_contract() {
    let source = edge_source();
    assert!(source.contains("fn start"), "no edge source found");
    let quoted = |text: &str| format!("{text:?}");
    let single_quoted = |text: &str| format!("'{}'", text.replace('\'', "\\'"));
    // Each fact with the ways the edge could restate it by hand instead.
    let facts: [(&str, Vec<String>); 14] = [
        ("HOST_SELECTOR", vec![quoted(contract::HOST_SELECTOR)]),
        (
            "INLINE_DATA_SELECTOR",
            vec![
                quoted(contract::INLINE_DATA_SELECTOR),
                single_quoted(contract::INLINE_DATA_SELECTOR),
                "script[type='application/json']".to_owned(),
            ],
        ),
        ("CONSOLE_PREFIX", vec![quoted(contract::CONSOLE_PREFIX)]),
        ("EVENT_READY", vec![quoted(contract::EVENT_READY)]),
        ("EVENT_TOGGLE", vec![quoted(contract::EVENT_TOGGLE)]),
        ("EVENT_ERROR", vec![quoted(contract::EVENT_ERROR)]),
        (
            "BIG_INLINE_DATA",
            spellings(contract::BIG_INLINE_DATA).to_vec(),
        ),
        (
            "PRERENDERED_SELECTOR",
            vec![quoted(contract::PRERENDERED_SELECTOR)],
        ),
        (
            "CONTROLS_SELECTOR",
            vec![quoted(contract::CONTROLS_SELECTOR)],
        ),
        ("TAPS_KEY", vec![quoted(contract::TAPS_KEY)]),
        ("EXTRA_GLUE", vec![quoted(contract::EXTRA_GLUE)]),
        ("EXTRA_WASM", vec![quoted(contract::EXTRA_WASM)]),
        ("PLAYER_SCRIPT", vec![quoted(contract::PLAYER_SCRIPT)]),
        (
            "NEAR_VIEWPORT_PX",
            vec![format!("\"{}px", contract::NEAR_VIEWPORT_PX)],
        ),
    ];
    for (name, literals) in facts {
        assert!(
            source.contains(&format!("contract::{name}"))
                || (source.contains("contract::{") && source.contains(name)),
            "src/embed does not take {name} from filmcard::contract"
        );
        for literal in &literals {
            assert!(
                !source.contains(literal.as_str()),
                "src/embed restates {name} as {literal}: take it from filmcard::contract"
            );
        }
    }
}

/// The on-demand module's files are named by the contract alone: the edge's JavaScript is handed
/// them by its Rust, and the size report and the tests read them from the loader's constants
/// (web/src/contract.js, which the contract writes).
#[test]
fn only_the_contract_names_the_on_demand_files() {
    let mut checked = 0;
    for dir in ["src/embed", "web/src", "scripts"] {
        for path in fs::read_dir(dir)
            .expect("a source folder")
            .flatten()
            .map(|e| e.path())
        {
            // web/src/contract.js is the contract's own output (scripts/contract.sh).
            if !path
                .extension()
                .is_some_and(|ext| ext == "js" || ext == "mjs" || ext == "sh")
                || path.ends_with("web/src/contract.js")
            {
                continue;
            }
            let source = fs::read_to_string(&path).expect("a readable source");
            checked += 1;
            for name in [
                contract::EXTRA_MODULE,
                contract::EXTRA_GLUE,
                contract::EXTRA_WASM,
                contract::PLAYER_SCRIPT,
            ] {
                assert!(
                    !source.contains(name),
                    "{} names {name}: take it from filmcard::contract",
                    path.display()
                );
            }
        }
    }
    assert!(checked >= 8, "only {checked} scripts found");
}

/// The package ships the on-demand module under the contract's names.
#[test]
fn the_package_ships_the_on_demand_files() {
    let package: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("web/package.json").expect("web/package.json"))
            .expect("web/package.json is JSON");
    let files = package["files"].as_array().expect("a files list");
    for name in [
        contract::EXTRA_GLUE,
        contract::EXTRA_WASM,
        contract::PLAYER_SCRIPT,
    ] {
        assert!(
            files.iter().any(|file| file == name),
            "web/package.json's files lack {name}"
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

/// The WordPress plugin validates the attributes it passes through against its `attributes.json`,
/// which must be exactly what the contract says (`cargo run -p filmcard-tooling --bin contract attributes` writes it).
#[test]
fn the_wordpress_plugin_passes_what_the_card_reads() {
    let path = "integrations/wordpress/filmcard/attributes.json";
    let shipped: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("the plugin's attributes.json"))
            .expect("the plugin's attributes.json is JSON");
    assert_eq!(
        shipped,
        contract::passed_attributes(),
        "{path} differs from the contract: run `cargo run -p filmcard-tooling --bin contract attributes > {path}`"
    );
    let names: Vec<&str> = shipped
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    for name in [
        "lang",
        "theme",
        "max-reviews",
        "collapse-at",
        "sort",
        "trailer",
        "loading",
        "heading-level",
    ] {
        assert!(names.contains(&name), "{name} is not passed through");
    }
}
