//! HTML character references in JSON-LD text (`&apos;`, `&amp;`, `&#39;`, `&#x27;`, `&eacute;`),
//! decoded to the characters they stand for. Sites write their JSON-LD through the same escaping
//! as their HTML, so a title reaches the page as `L&apos;immortel`; a browser never decodes the
//! text of a `<script>`, so the widget does.
//!
//! The named references are HTML 4's 252 (and a few of HTML5's, below), the set that PHP's `htmlentities`, WordPress and the
//! other CMSs write; HTML5 added some 2,000 more (`&NotNestedGreaterGreater;`) that no page in the
//! corpus uses, and a table of them would cost every reader kilobytes of wasm. A reference the
//! table does not know is kept as it is, as a browser keeps one it does not know.

/// The Latin-1 names, one per character from U+00A0 to U+00FF, in code point order.
const LATIN_1: &str = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg \
macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

/// The other named references of HTML 4; `apos` (XML's, which HTML5 and every CMS use); and the
/// HTML5 names that hide a `javascript:` address from a filter (`javascript&colon;alert&lpar;1&rpar;`),
/// so the address check sees what a browser would. Each is its name and, right after it, its
/// character; one string rather than a table of pairs, which took three times the room.
const OTHERS: &str =
    "colon: Tab\t NewLine\n lpar( rpar) quot\" amp& apos' lt< gt> OElig\u{152} oelig\u{153} \
Scaron\u{160} scaron\u{161} Yuml\u{178} fnof\u{192} circ\u{2c6} tilde\u{2dc} Alpha\u{391} \
Beta\u{392} Gamma\u{393} Delta\u{394} Epsilon\u{395} Zeta\u{396} Eta\u{397} Theta\u{398} \
Iota\u{399} Kappa\u{39a} Lambda\u{39b} Mu\u{39c} Nu\u{39d} Xi\u{39e} Omicron\u{39f} \
Pi\u{3a0} Rho\u{3a1} Sigma\u{3a3} Tau\u{3a4} Upsilon\u{3a5} Phi\u{3a6} Chi\u{3a7} \
Psi\u{3a8} Omega\u{3a9} alpha\u{3b1} beta\u{3b2} gamma\u{3b3} delta\u{3b4} epsilon\u{3b5} \
zeta\u{3b6} eta\u{3b7} theta\u{3b8} iota\u{3b9} kappa\u{3ba} lambda\u{3bb} mu\u{3bc} \
nu\u{3bd} xi\u{3be} omicron\u{3bf} pi\u{3c0} rho\u{3c1} sigmaf\u{3c2} sigma\u{3c3} \
tau\u{3c4} upsilon\u{3c5} phi\u{3c6} chi\u{3c7} psi\u{3c8} omega\u{3c9} thetasym\u{3d1} \
upsih\u{3d2} piv\u{3d6} ensp\u{2002} emsp\u{2003} thinsp\u{2009} zwnj\u{200c} zwj\u{200d} \
lrm\u{200e} rlm\u{200f} ndash\u{2013} mdash\u{2014} lsquo\u{2018} rsquo\u{2019} \
sbquo\u{201a} ldquo\u{201c} rdquo\u{201d} bdquo\u{201e} dagger\u{2020} Dagger\u{2021} \
bull\u{2022} hellip\u{2026} permil\u{2030} prime\u{2032} Prime\u{2033} lsaquo\u{2039} \
rsaquo\u{203a} oline\u{203e} frasl\u{2044} euro\u{20ac} image\u{2111} weierp\u{2118} \
real\u{211c} trade\u{2122} alefsym\u{2135} larr\u{2190} uarr\u{2191} rarr\u{2192} \
darr\u{2193} harr\u{2194} crarr\u{21b5} lArr\u{21d0} uArr\u{21d1} rArr\u{21d2} \
dArr\u{21d3} hArr\u{21d4} forall\u{2200} part\u{2202} exist\u{2203} empty\u{2205} \
nabla\u{2207} isin\u{2208} notin\u{2209} ni\u{220b} prod\u{220f} sum\u{2211} \
minus\u{2212} lowast\u{2217} radic\u{221a} prop\u{221d} infin\u{221e} ang\u{2220} \
and\u{2227} or\u{2228} cap\u{2229} cup\u{222a} int\u{222b} there4\u{2234} sim\u{223c} \
cong\u{2245} asymp\u{2248} ne\u{2260} equiv\u{2261} le\u{2264} ge\u{2265} sub\u{2282} \
sup\u{2283} nsub\u{2284} sube\u{2286} supe\u{2287} oplus\u{2295} otimes\u{2297} \
perp\u{22a5} sdot\u{22c5} lceil\u{2308} rceil\u{2309} lfloor\u{230a} rfloor\u{230b} \
lang\u{2329} rang\u{232a} loz\u{25ca} spades\u{2660} clubs\u{2663} hearts\u{2665} \
diams\u{2666}";

/// How far after a `&` its `;` is looked for, so a stray `&` far from any `;` is passed over
/// quickly: room for the longest name, or for a number with leading zeros.
const REACH: usize = 32;

/// `text` with every character reference it holds replaced by its character, in one pass: the
/// result is text, never read as markup again, so `&amp;lt;` gives `&lt;` and `&lt;b&gt;` gives
/// `<b>` as five characters to show.
pub fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((character, length)) => {
                out.push(character);
                rest = &rest[length..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `text` (which starts with `&`) stands for, and the
/// reference's length in bytes; `None` when it is not one.
fn reference(text: &str) -> Option<(char, usize)> {
    let end = text.bytes().take(REACH).position(|byte| byte == b';')?;
    let body = &text[1..end];
    let character = match body.strip_prefix('#') {
        Some(number) => {
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => digits(hex, 16)?,
                None => digits(number, 10)?,
            };
            // As HTML does: what is no character (zero, a surrogate, past U+10FFFF) becomes U+FFFD.
            char::from_u32(code)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{fffd}')
        }
        None => named(body)?,
    };
    Some((character, end + 1))
}

/// Digits in `radix`, at least one, as a number; a number too large for any character gives one
/// past the last.
fn digits(text: &str, radix: u32) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0u32, |value, digit| {
        let digit = digit.to_digit(radix)?;
        Some(
            value
                .saturating_mul(radix)
                .saturating_add(digit)
                .min(0x11_0000),
        )
    })
}

fn named(name: &str) -> Option<char> {
    if let Some((position, _)) = LATIN_1
        .split(' ')
        .enumerate()
        .find(|(_, known)| *known == name)
    {
        return char::from_u32(0xa0 + position as u32);
    }
    OTHERS.split(' ').find_map(|entry| {
        let (at, character) = entry.char_indices().next_back()?;
        (entry[..at] == *name).then_some(character)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_references_real_pages_use_are_decoded() {
        assert_eq!(decode("L&apos;immortel"), "L'immortel");
        assert_eq!(
            decode("&quot;Spirited&quot; &amp; away&#39;s &#x27;x&#X27;"),
            "\"Spirited\" & away's 'x'"
        );
        assert_eq!(
            decode("caf&eacute; &Agrave; &yuml; &nbsp;&hellip;&mdash;&euro;"),
            "café À ÿ \u{a0}…—€"
        );
        assert_eq!(
            decode("player_gen_cmedia=19441802&amp;cfilm=21189.html"),
            "player_gen_cmedia=19441802&cfilm=21189.html"
        );
    }

    #[test]
    fn markup_decodes_to_text_once() {
        assert_eq!(
            decode("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "<script>alert(1)</script>"
        );
        assert_eq!(decode("&amp;lt;b&amp;gt;"), "&lt;b&gt;");
        assert_eq!(decode("&#106;avascript:"), "javascript:");
    }

    #[test]
    fn what_is_not_a_known_reference_stays_as_it_is() {
        for text in [
            "Fish & Chips",
            "a&b;c",
            "&unknown;",
            "&;",
            "&#;",
            "&#x;",
            "&#12a;",
            "&amp",
            "AT&T and M&Ms",
            "&",
            "&&amp;",
        ] {
            let expected = if text == "&&amp;" { "&&" } else { text };
            assert_eq!(decode(text), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_that_are_no_character_become_the_replacement_character() {
        assert_eq!(decode("&#0;"), "\u{fffd}");
        assert_eq!(decode("&#xD800;"), "\u{fffd}");
        assert_eq!(decode("&#99999999999;"), "\u{fffd}");
        assert_eq!(decode("&#x1F3AC;"), "🎬");
    }

    #[test]
    fn every_name_in_the_tables_decodes_to_its_own_character() {
        let names: Vec<&str> = LATIN_1
            .split(' ')
            .chain(OTHERS.split(' ').map(|entry| {
                let (at, _) = entry.char_indices().next_back().expect("a character");
                &entry[..at]
            }))
            .collect();
        assert_eq!(names.len(), 258, "HTML 4's 252, apos and five of HTML5's");
        let mut seen = std::collections::BTreeSet::new();
        for name in names {
            assert!(name.len() + 2 <= REACH, "{name}");
            let decoded = decode(&format!("&{name};"));
            assert_eq!(decoded.chars().count(), 1, "{name}");
            assert!(seen.insert(decoded), "{name} decodes like another name");
        }
        assert_eq!(decode("&eacute;"), "é");
        assert_eq!(decode("&yuml;"), "\u{ff}");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Text without an ampersand is returned as it is, and decoding never grows the text.
        #[test]
        fn decoding_keeps_plain_text_and_never_grows(text in "\\PC{0,40}") {
            let decoded = decode(&text);
            prop_assert!(decoded.len() <= text.len(), "{:?} -> {:?}", text, decoded);
            if !text.contains('&') {
                prop_assert_eq!(decoded, text);
            }
        }

        /// Any text written with HTML's own escapes of `&`, `<`, `>` and quotes decodes back to it.
        #[test]
        fn escaped_text_decodes_back(text in "\\PC{0,40}") {
            let escaped = text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;");
            prop_assert_eq!(decode(&escaped), text);
        }
    }
}
