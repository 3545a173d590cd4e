//! The URL rule and address resolution on any base (the first line) and reference (the rest):
//! an accepted address hides nothing, and a web address is never rewritten by resolution.
#![no_main]

use filmcard::data::is_web_url;
use filmcard::json_ld::resolve;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if is_web_url(text) {
        assert!(
            !text.chars().any(|c| c.is_whitespace() || c.is_control()),
            "{text:?}"
        );
        let lower = text.to_ascii_lowercase();
        assert!(
            lower.starts_with("https:") || lower.starts_with("http:"),
            "{text:?}"
        );
    }
    let (base, reference) = text.split_once('\n').unwrap_or((text, ""));
    let resolved = resolve(base, reference);
    if is_web_url(reference) {
        assert_eq!(resolved, reference, "against {base:?}");
    }
});
