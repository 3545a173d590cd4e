//! The default colours in `styles/tokens.css` meet WCAG 2.x contrast minimums in the light and
//! the dark scheme, so a page that themes nothing still gets a readable card. A token may give both
//! schemes at once with `light-dark(light, dark)`, or be overridden for the dark scheme inside
//! `@media (prefers-color-scheme: dark) { :host { ... } }`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Normal-size text needs 4.5:1 (WCAG 1.4.3).
const TEXT: f64 = 4.5;
/// Focus indicators and other non-text marks need 3:1 (WCAG 1.4.11).
const NON_TEXT: f64 = 3.0;

/// (foreground token, background token, minimum ratio). The border is decorative and left out.
const PAIRS: [(&str, &str, f64); 7] = [
    ("text", "bg", TEXT),
    ("text", "surface", TEXT),
    ("muted", "bg", TEXT),
    ("muted", "surface", TEXT),
    ("accent", "bg", TEXT),
    ("badge-text", "badge-bg", TEXT),
    ("focus", "bg", NON_TEXT),
];

const DARK: &str = "@media (prefers-color-scheme: dark)";

type Tokens = BTreeMap<String, String>;

/// The `--fc-*` values of the light and the dark scheme, from the top-level `:host` block (either
/// side of `light-dark()`) and the `:host` block inside the dark scheme's media query.
fn themes(css: &str) -> (Tokens, Tokens) {
    let mut host = Tokens::new();
    let mut dark_host = Tokens::new();
    let mut blocks: Vec<String> = Vec::new();
    let mut pending = String::new();
    for c in without_comments(css).chars() {
        match c {
            '{' => {
                blocks.push(squeeze(&pending));
                pending.clear();
            }
            ';' | '}' => {
                if let Some((name, value)) = pending.split_once(':') {
                    let name = name.trim();
                    let target = match blocks.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                        [":host"] => Some(&mut host),
                        [DARK, ":host"] => Some(&mut dark_host),
                        _ => None,
                    };
                    if let (Some(target), true) = (target, name.starts_with("--fc-")) {
                        target.insert(name.to_owned(), value.trim().to_owned());
                    }
                }
                pending.clear();
                if c == '}' {
                    blocks.pop();
                }
            }
            _ => pending.push(c),
        }
    }
    let mut light = Tokens::new();
    let mut dark = Tokens::new();
    for (name, value) in host {
        let (light_value, dark_value) = light_dark(&value).unwrap_or((&value, &value));
        light.insert(name.clone(), light_value.to_owned());
        dark.insert(name, dark_value.to_owned());
    }
    for (name, value) in dark_host {
        let dark_value = light_dark(&value).map_or(value.as_str(), |(_, dark)| dark);
        dark.insert(name, dark_value.to_owned());
    }
    (light, dark)
}

/// The two sides of `light-dark(a, b)`, when the value is one.
fn light_dark(value: &str) -> Option<(&str, &str)> {
    let inner = value.strip_prefix("light-dark(")?.strip_suffix(')')?;
    let (light, dark) = inner.split_once(',')?;
    Some((light.trim(), dark.trim()))
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `#rgb` or `#rrggbb` as 0–255 channels. Anything else (names, `rgb()`, alpha) cannot be judged
/// without knowing what lies beneath, so it is refused rather than guessed.
fn hex(value: &str) -> Result<[u8; 3], String> {
    let digits = value
        .strip_prefix('#')
        .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| format!("{value:?} is not a #hex colour"))?;
    let channel = |s: &str| u8::from_str_radix(s, 16).expect("hex digits");
    match digits.len() {
        3 => Ok([0, 1, 2].map(|i| channel(&digits[i..=i].repeat(2)))),
        6 => Ok([0, 2, 4].map(|i| channel(&digits[i..i + 2]))),
        _ => Err(format!("{value:?} must be #rgb or #rrggbb, without alpha")),
    }
}

/// Relative luminance as defined by WCAG 2.x, from sRGB channels.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_formula_matches_known_values() {
    let ratio = |a: &str, b: &str| contrast(hex(a).unwrap(), hex(b).unwrap());
    assert!((ratio("#000", "#fff") - 21.0).abs() < 1e-9);
    assert!((ratio("#123456", "#123456") - 1.0).abs() < 1e-9);
    assert_eq!(ratio("#767676", "#ffffff"), ratio("#ffffff", "#767676"));
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    assert!(ratio("#767676", "#ffffff") >= TEXT);
    assert!(ratio("#777777", "#ffffff") < TEXT);
    assert!((ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
    assert!(hex("red").is_err() && hex("#ffffff80").is_err() && hex("#ggg").is_err());
}

#[test]
fn the_parser_reads_both_schemes() {
    let css = "
        /* --fc-color-bg: #000000; */
        :host {
          --fc-color-bg: #ffffff;
          --fc-color-text: #111;
          --fc-color-accent: light-dark(#a3111d, #ff8a94);
          --fc-color-focus: light-dark(#1a56db,#8ab4ff);
          color: red
        }
        .other { --fc-color-text: #222222; }
        @media (prefers-color-scheme:   dark) {
          :host { --fc-color-bg: #000000; --fc-color-focus: light-dark(#eeeeee, #dddddd); }
        }
        @media (min-width: 40rem) { :host { --fc-color-bg: #333333; } }
    ";
    let (light, dark) = themes(css);
    assert_eq!(light["--fc-color-bg"], "#ffffff");
    assert_eq!(light["--fc-color-text"], "#111");
    assert_eq!(light["--fc-color-accent"], "#a3111d");
    assert_eq!(light["--fc-color-focus"], "#1a56db");
    assert_eq!(dark["--fc-color-bg"], "#000000");
    assert_eq!(
        dark["--fc-color-text"], "#111",
        "dark keeps what it does not set"
    );
    assert_eq!(dark["--fc-color-accent"], "#ff8a94");
    assert_eq!(dark["--fc-color-focus"], "#dddddd");
    assert_eq!(light.len(), 4);
}

#[test]
fn default_colours_meet_wcag_contrast_in_both_schemes() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/tokens.css");
    let css = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (light, dark) = themes(&css);
    // Without this, a dark scheme that failed to parse would pass as a copy of the light one.
    assert_ne!(
        light.get("--fc-color-bg"),
        dark.get("--fc-color-bg"),
        "tokens.css gives no dark background"
    );
    let mut failures = Vec::new();
    for (scheme, tokens) in [("light", &light), ("dark", &dark)] {
        for (fore, back, minimum) in PAIRS {
            let colour = |name: &str| {
                let token = format!("--fc-color-{name}");
                let value = tokens
                    .get(&token)
                    .unwrap_or_else(|| panic!("{scheme}: {token} is not set"));
                hex(value).unwrap_or_else(|e| panic!("{scheme}: {token}: {e}"))
            };
            let ratio = contrast(colour(fore), colour(back));
            let verdict = if ratio >= minimum { "ok" } else { "FAIL" };
            println!(
                "{scheme:5} {fore:>10} on {back:<8} {ratio:5.2}:1 (needs {minimum}:1) {verdict}"
            );
            if ratio < minimum {
                failures.push(format!(
                    "{scheme}: {fore} on {back} is {ratio:.2}:1, needs {minimum}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
