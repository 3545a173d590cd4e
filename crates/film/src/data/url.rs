//! The one rule for addresses in the data: absolute web addresses, nothing hidden in them.

/// Accepts only absolute `http:`/`https:` URLs with a host and no credentials, written without
/// white space or control characters (which browsers strip, hiding a different scheme).
pub fn is_web_url(url: &str) -> bool {
    url_problem(url).is_none()
}

/// Why `url` may not be linked to, in a blogger's words; `None` when it may.
pub(super) fn url_problem(url: &str) -> Option<&'static str> {
    let not_web = hint!("must be a web address starting with https:// or http://");
    let is_hidden = |c: char| c.is_whitespace() || c.is_control() || is_invisible_format(c);
    // The scheme is judged as a browser reads it, with white space and control characters
    // dropped, so that ` javascript:` and `java\tscript:` are named for what they are.
    let visible: String = url.chars().filter(|&c| !is_hidden(c)).collect();
    let Some((scheme, rest)) = visible.split_once(':') else {
        return Some(not_web);
    };
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return Some(not_web);
    }
    if url.chars().any(is_hidden) {
        return Some(hint!(
            "must not contain spaces, tabs, line breaks or other invisible characters"
        ));
    }
    if url.contains('\\') {
        return Some(hint!("must use / and never \\"));
    }
    let Some(after_slashes) = rest.strip_prefix("//") else {
        return Some(not_web);
    };
    let authority = after_slashes
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    if authority.is_empty() || authority.starts_with(':') {
        Some(hint!(
            "must name a site after the //, e.g. https://example.com/"
        ))
    } else if authority.contains('@') {
        Some(hint!(
            "must not contain a user name or password (user:password@)"
        ))
    } else {
        None
    }
}

/// Characters that take no room on screen yet change what an address is or how it reads:
/// zero-width spaces and joiners, the byte order mark, bidirectional controls (which can show
/// `moc.elpmaxe` as `example.com`), the soft hyphen. Unicode's format characters (Cf) that can
/// stand in text.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}
