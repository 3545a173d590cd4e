//! A language's texts as one string, joined while the program is compiled: a table of string
//! slices costs each text a pointer and a length in the reader's wasm, and five languages of
//! labels and month names made that 1,680 bytes of addresses (BENCHMARKS.md).

/// Between two texts of a packed table. No text may hold it: [`pack`] refuses one that does,
/// while the program is compiled.
pub const SEPARATOR: char = '\u{1f}';

/// How long `texts` are once packed.
pub const fn packed_len(texts: &[&str]) -> usize {
    let mut len = texts.len().saturating_sub(1);
    let mut index = 0;
    while index < texts.len() {
        len += texts[index].len();
        index += 1;
    }
    len
}

/// `texts` joined by [`SEPARATOR`]; `N` is their [`packed_len`].
pub const fn pack<const N: usize>(texts: &[&str]) -> [u8; N] {
    let mut out = [0; N];
    let mut at = 0;
    let mut index = 0;
    while index < texts.len() {
        if index > 0 {
            out[at] = SEPARATOR as u8;
            at += 1;
        }
        let bytes = texts[index].as_bytes();
        let mut byte = 0;
        while byte < bytes.len() {
            assert!(bytes[byte] != SEPARATOR as u8, "a text holds the separator");
            out[at] = bytes[byte];
            at += 1;
            byte += 1;
        }
        index += 1;
    }
    assert!(at == N, "the length is the packed length");
    out
}

/// A list of texts (an array expression of `&str`) packed into one `&'static str` while the
/// program is compiled; [`unpack`] reads it back.
macro_rules! packed {
    ($texts:expr) => {{
        const TEXTS: &[&str] = &$texts;
        const BYTES: [u8; $crate::i18n::packed::packed_len(TEXTS)] =
            $crate::i18n::packed::pack(TEXTS);
        match ::core::str::from_utf8(&BYTES) {
            Ok(packed) => packed,
            Err(_) => panic!("texts are whole characters"),
        }
    }};
}
pub(crate) use packed;

/// The texts of a [`packed!`] table, in order.
pub fn unpack(packed: &'static str) -> impl Iterator<Item = &'static str> {
    packed.split(SEPARATOR)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_come_back_as_they_went_in() {
        const PACKED: &str = packed!(["Reviews", "", "レビュー", "Show {count}"]);
        assert_eq!(
            PACKED.len(),
            packed_len(&["Reviews", "", "レビュー", "Show {count}"])
        );
        assert_eq!(
            unpack(PACKED).collect::<Vec<_>>(),
            ["Reviews", "", "レビュー", "Show {count}"]
        );
        assert_eq!(unpack(packed!(["one"])).collect::<Vec<_>>(), ["one"]);
    }
}
