//! Relative addresses in JSON-LD (`/title/tt0111161/`, `//img.example/poster.jpg`), resolved
//! against the page's own address as a browser resolves a link's `href` (RFC 3986, section 5).
//! What comes out is checked by the same rule as any address in the data, so a relative address
//! can never smuggle in another scheme.

/// `reference` resolved against `base`, an absolute address. A reference that has a scheme of
/// its own is returned as it is, for the address check to judge; so is every reference when
/// `base` has no `scheme://host` (a page opened from a file), since nothing can be resolved then.
pub fn resolve(base: &str, reference: &str) -> String {
    // Browsers drop the white space and control characters around an address.
    let reference = reference.trim_matches(|c: char| c <= ' ');
    if has_scheme(reference) {
        return reference.to_owned();
    }
    let Some((scheme, after_scheme)) = base.split_once(':') else {
        return reference.to_owned();
    };
    let Some(after_slashes) = after_scheme.strip_prefix("//") else {
        return reference.to_owned();
    };
    if !has_scheme(base) {
        return reference.to_owned();
    }
    if reference.starts_with("//") {
        return [scheme, ":", reference].concat();
    }
    let authority_end = after_slashes
        .find(['/', '?', '#'])
        .unwrap_or(after_slashes.len());
    let origin = &base[..scheme.len() + 3 + authority_end];
    let path_and_more = &after_slashes[authority_end..];
    let without_fragment = path_and_more.split('#').next().unwrap_or_default();
    let base_path = without_fragment.split('?').next().unwrap_or_default();
    if reference.is_empty() {
        return [origin, without_fragment].concat();
    }
    if reference.starts_with('#') {
        return [origin, without_fragment, reference].concat();
    }
    if reference.starts_with('?') {
        return [origin, base_path, reference].concat();
    }
    let (reference_path, tail) = reference
        .find(['?', '#'])
        .map_or((reference, ""), |at| reference.split_at(at));
    let merged = if reference_path.starts_with('/') {
        reference_path.to_owned()
    } else {
        let directory = base_path.rfind('/').map_or("/", |at| &base_path[..=at]);
        [directory, reference_path].concat()
    };
    [origin, &without_dot_segments(&merged), tail].concat()
}

/// Whether `text` starts with a URL scheme and its colon: a letter, then letters, digits, `+`,
/// `-` or `.`.
fn has_scheme(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once(':') else {
        return false;
    };
    let mut bytes = scheme.bytes();
    bytes
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && bytes.all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'))
}

/// A path with its `.` and `..` segments taken out, as RFC 3986's `remove_dot_segments` does.
fn without_dot_segments(path: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (index, segment) in segments.iter().enumerate() {
        let last = index + 1 == segments.len();
        match *segment {
            "." | ".." => {
                if *segment == ".." {
                    kept.pop();
                }
                if last {
                    kept.push("");
                }
            }
            other => kept.push(other),
        }
    }
    ["/", &kept.join("/")].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://blog.example/films/red-shoes.html?lang=fr#top";

    #[test]
    fn relative_addresses_resolve_as_a_browser_resolves_them() {
        let cases = [
            ("/title/tt0111161/", "https://blog.example/title/tt0111161/"),
            (
                "//static.example/empty.svg",
                "https://static.example/empty.svg",
            ),
            ("poster.jpg", "https://blog.example/films/poster.jpg"),
            ("./poster.jpg", "https://blog.example/films/poster.jpg"),
            ("../a/./b/../c.jpg", "https://blog.example/a/c.jpg"),
            ("../../../../up", "https://blog.example/up"),
            ("..", "https://blog.example/"),
            (
                "?lang=de",
                "https://blog.example/films/red-shoes.html?lang=de",
            ),
            (
                "#review-2",
                "https://blog.example/films/red-shoes.html?lang=fr#review-2",
            ),
            ("a?b=/c#d", "https://blog.example/films/a?b=/c#d"),
            (" /padded ", "https://blog.example/padded"),
            ("https://other.example/x", "https://other.example/x"),
        ];
        for (reference, expected) in cases {
            assert_eq!(resolve(BASE, reference), expected, "{reference:?}");
        }
        assert_eq!(
            resolve("http://127.0.0.1:8080", "/video/1"),
            "http://127.0.0.1:8080/video/1"
        );
    }

    #[test]
    fn a_scheme_is_never_resolved_away() {
        for reference in ["javascript:alert(1)", "data:text/html,x", "JaVaScRiPt:x"] {
            assert_eq!(resolve(BASE, reference), reference);
        }
    }

    #[test]
    fn without_a_web_base_nothing_is_resolved() {
        for base in ["about:blank", "", "file-without-scheme", "1http://x/"] {
            assert_eq!(resolve(base, "/poster.jpg"), "/poster.jpg", "{base:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const BASE: &str = "https://blog.example/films/red-shoes.html";

    proptest! {
        /// Whatever the relative reference, the result stays on the base's scheme and host.
        #[test]
        fn a_path_stays_on_the_base_site(path in "[a-z./?#=]{0,20}") {
            prop_assume!(!has_scheme(&path) && !path.starts_with("//"));
            let resolved = resolve(BASE, &path);
            prop_assert!(resolved.starts_with("https://blog.example/"), "{:?} -> {:?}", path, resolved);
        }
    }
}
