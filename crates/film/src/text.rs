//! Grapheme-safe, word-boundary truncation of review text, and text's paragraphs.
//!
//! Where grapheme clusters begin is handed in by the caller (a [`Graphemes`]): the browser's
//! `Intl.Segmenter` in the bundle (`crates/browser/src/graphemes.rs`: its tables are the
//! browser's, so the wasm carries none) and [`unicode_graphemes`] (`unicode-segmentation`) in
//! native builds, which is how `cargo test` covers the same rules; the browser tests check the
//! bundle's path. Text whose characters each form a cluster of their own ([`lone_starts`]: most
//! Latin, Greek, Cyrillic, Japanese and Korean text) needs neither, so a page of such reviews
//! never makes the browser's segmenter.

/// Where grapheme clusters start: the byte offsets at which the first `count` grapheme clusters
/// of `text` start (fewer when the text has fewer).
pub type Graphemes = fn(&str, usize) -> Vec<usize>;

/// A [`Graphemes`] the views can hold and hand down: the edge that mounts a card supplies the
/// browser's. By default, natively, [`unicode_graphemes`]; in wasm, where a card is always
/// mounted by an edge that hands in the browser's, each character is taken as a cluster.
#[derive(Clone, Copy)]
pub struct Segmenter(pub Graphemes);

impl Default for Segmenter {
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return Self(unicode_graphemes);
        #[cfg(target_arch = "wasm32")]
        return Self(|text, count| {
            text.char_indices()
                .take(count)
                .map(|(start, _)| start)
                .collect()
        });
    }
}

impl PartialEq for Segmenter {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

/// What a collapsed review shows: all of it, or a prefix to follow with an ellipsis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excerpt<'a> {
    /// The text is within the limit and is shown whole.
    Whole(&'a str),
    /// The text is longer than the limit; this prefix is shown, then an ellipsis.
    Cut(&'a str),
}

/// Shortens `text` to at most `limit` grapheme clusters, ending at a word boundary when the window
/// holds one.
///
/// The prefix always ends between two grapheme clusters of `text` (so never inside an emoji
/// sequence, a flag or a letter with combining marks) and carries no trailing white space.
pub fn excerpt(
    text: &str,
    limit: usize,
    grapheme_starts: impl Fn(&str, usize) -> Vec<usize>,
) -> Excerpt<'_> {
    // A cluster holds at least one character, so a text of no more characters than the limit
    // needs no segmenting.
    if text.chars().nth(limit).is_none() {
        return Excerpt::Whole(text);
    }
    // Where the first `limit + 2` clusters start: the window is the first `limit + 1` of them.
    // Most text (Latin, Greek, Cyrillic, Japanese, Korean, with their punctuation) is told
    // without a segmenter, so a page whose reviews are such text never makes one: the browser's
    // takes a phone about 100 ms to make, in the task that renders the card.
    let starts = lone_starts(text, limit + 2).unwrap_or_else(|| grapheme_starts(text, limit + 2));
    let Some(&hard_cut) = starts.get(limit) else {
        return Excerpt::Whole(text);
    };
    // Looking one grapheme past the limit lets a text whose limit falls exactly on the end of a
    // word keep that whole word.
    let end_of = |index: usize| starts.get(index + 1).copied().unwrap_or(text.len());
    let blank = |index: usize| is_blank(&text[starts[index]..end_of(index)]);
    let word_end = (0..=limit)
        .rev()
        .filter(|&index| blank(index))
        // Whole blank clusters are trimmed, never a white-space character that is part of a
        // larger cluster (a prepended mark can fuse with the space after it).
        .find_map(|index| (0..index).rev().find(|&before| !blank(before)).map(end_of));
    Excerpt::Cut(&text[..word_end.unwrap_or(hard_cut)])
}

/// The paragraphs of `text`: the runs of lines between blank lines (lines of nothing but white
/// space), each without the white space around it. None is empty; a text of white space has
/// none. Line breaks inside a paragraph are kept.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    // The byte range of the current paragraph's lines, from its first line's start to its last
    // line's end.
    let mut current: Option<(usize, usize)> = None;
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            if let Some((start, end)) = current.take() {
                found.push(text[start..end].trim());
            }
        } else {
            current = Some((current.map_or(line_start, |(start, _)| start), line_end));
        }
        line_start = line_end + 1;
    }
    if let Some((start, end)) = current {
        found.push(text[start..end].trim());
    }
    found
}

/// The characters that [stand alone](stands_alone), as ranges of code points (a table and a loop:
/// a `match` of the same ranges cost the reader's bundle 134 bytes more).
const LONE_RANGES: [(u32, u32); 16] = [
    (0x09, 0x0A),
    (0x20, 0x7E),
    (0xA0, 0x2FF),
    (0x370, 0x482),
    (0x48A, 0x52F),
    (0x2000, 0x200B),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x3000, 0x3029),
    (0x3030, 0x303F),
    (0x3041, 0x3096),
    (0x309B, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFF01, 0xFF9D),
];

/// Whether `character` is a grapheme cluster of its own wherever it stands: no rule of Unicode's
/// joins it to the character before or after (UAX #29: it is neither CR, Extend, ZWJ, a
/// SpacingMark, Prepend, a Hangul jamo nor a Regional Indicator). Tab and line feed, Latin,
/// Greek, Cyrillic without its combining marks, general punctuation without the joiners, the
/// CJK symbols, kana and ideographs without their combining marks, Hangul syllables (two
/// precomposed syllables never join), and the full-width forms without the half-width sound marks.
fn stands_alone(character: char) -> bool {
    let code = u32::from(character);
    LONE_RANGES
        .iter()
        .any(|&(first, last)| first <= code && code <= last)
}

/// Where the first `count` grapheme clusters of `text` start, when each of its first `count`
/// characters [stands alone](stands_alone): then every character starts a cluster, and no
/// segmenter is needed. `None` when one of them might join another.
pub fn lone_starts(text: &str, count: usize) -> Option<Vec<usize>> {
    text.char_indices()
        .take(count)
        .map(|(start, character)| stands_alone(character).then_some(start))
        .collect()
}

fn is_blank(grapheme: &str) -> bool {
    grapheme.chars().all(char::is_whitespace)
}

/// The byte offsets at which the first `count` grapheme clusters of `text` start (fewer when the
/// text has fewer), by `unicode-segmentation`'s tables: the [`Graphemes`] of native builds.
#[cfg(not(target_arch = "wasm32"))]
pub fn unicode_graphemes(text: &str, count: usize) -> Vec<usize> {
    use unicode_segmentation::UnicodeSegmentation;
    text.grapheme_indices(true)
        .take(count)
        .map(|(start, _)| start)
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn cut(text: &str, limit: usize) -> &str {
        match excerpt(text, limit, unicode_graphemes) {
            Excerpt::Cut(prefix) => prefix,
            Excerpt::Whole(_) => panic!("expected {text:?} to be cut at {limit}"),
        }
    }

    #[test]
    fn short_text_is_whole() {
        assert_eq!(
            excerpt("Very beautiful", 300, unicode_graphemes),
            Excerpt::Whole("Very beautiful")
        );
        assert_eq!(excerpt("abc", 3, unicode_graphemes), Excerpt::Whole("abc"));
        assert_eq!(excerpt("", 3, unicode_graphemes), Excerpt::Whole(""));
    }

    #[test]
    fn cuts_at_the_last_word_boundary_in_the_window() {
        assert_eq!(cut("one two three", 9), "one two");
        assert_eq!(cut("one two three", 7), "one two");
        assert_eq!(cut("one two three", 6), "one");
        assert_eq!(cut("one two   three", 9), "one two");
    }

    #[test]
    fn a_single_long_word_is_cut_hard() {
        assert_eq!(cut("abcdefghij", 4), "abcd");
        assert_eq!(cut("   abcdefghij", 5), "   ab");
    }

    #[test]
    fn never_splits_grapheme_clusters() {
        let family = "👨‍👩‍👧‍👦";
        let text = format!("{family}{family}{family}");
        assert_eq!(cut(&text, 2), format!("{family}{family}"));
        assert_eq!(cut("🇫🇷🇩🇪🇬🇧", 1), "🇫🇷");
        assert_eq!(cut("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}e\u{301}");
    }

    #[test]
    fn paragraphs_are_split_at_blank_lines_and_keep_single_breaks() {
        assert_eq!(
            paragraphs("One.\nStill one.\n\nTwo.\r\n \t\r\nThree. \n\n\n"),
            ["One.\nStill one.", "Two.", "Three."]
        );
        assert_eq!(paragraphs("  Only one  "), ["Only one"]);
        assert!(paragraphs(" \n\n \n").is_empty());
        assert!(paragraphs("").is_empty());
    }

    #[test]
    fn counts_graphemes_not_bytes_or_chars() {
        let text = "é".repeat(300);
        assert_eq!(
            excerpt(&text, 300, unicode_graphemes),
            Excerpt::Whole(text.as_str())
        );
        let decomposed = "e\u{301}".repeat(300);
        assert_eq!(
            excerpt(&decomposed, 300, unicode_graphemes),
            Excerpt::Whole(decomposed.as_str())
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text drawn from pieces that stress segmentation: spaces, combining marks, joiners,
    /// regional indicators, a prepended mark and CJK.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("\r\n \r\n".to_string()),
            Just("\u{301}".to_string()),
            Just("\u{200d}".to_string()),
            Just("👩".to_string()),
            Just("🇯🇵".to_string()),
            Just("\u{600}".to_string()),
            Just("日本".to_string()),
            "[a-z]{1,8}",
            any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
    }

    /// Text mostly of characters that stand alone, from every range of them and its edges,
    /// with now and then one that joins (a combining mark, a joiner, CR, a half-width sound mark,
    /// a jamo, a regional indicator).
    fn lone_text() -> impl Strategy<Value = String> {
        let alone = proptest::sample::select(&LONE_RANGES[..])
            .prop_flat_map(|(first, last)| first..=last)
            .prop_filter_map("a code point", char::from_u32);
        let character = prop_oneof![
            8 => alone,
            1 => prop_oneof![
                Just('\r'), Just('\u{300}'), Just('\u{483}'), Just('\u{200C}'), Just('\u{200D}'),
                Just('\u{302A}'), Just('\u{3099}'), Just('\u{FF9E}'), Just('\u{1100}'),
                Just('\u{1161}'), Just('\u{11A8}'), Just('\u{1F1EF}'), Just('\u{600}'),
                Just('\u{903}'), Just('\u{FE0F}'), any::<char>(),
            ],
        ];
        proptest::collection::vec(character, 0..90).prop_map(String::from_iter)
    }

    #[test]
    fn two_characters_that_stand_alone_are_two_clusters() {
        // Every character said to stand alone, before and after itself and one character of each
        // kind of cluster break the ranges hold (Other, Control, LF, a Hangul LV and LVT syllable,
        // an Extended_Pictographic): two clusters each time, by unicode-segmentation's tables.
        // Were one of them CR, Extend, ZWJ, a SpacingMark, Prepend, a jamo or a Regional
        // Indicator, one of these pairs would be one cluster.
        let kinds = ['a', '\t', '\n', '\u{AC00}', '\u{AC01}', '\u{203C}'];
        let mut checked = 0;
        for character in (0..=0xFFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| stands_alone(*c))
        {
            for other in kinds.into_iter().chain([character]) {
                assert!(stands_alone(other));
                for (first, second) in [(character, other), (other, character)] {
                    let text = format!("{first}{second}");
                    assert_eq!(
                        unicode_graphemes(&text, 3),
                        [0, first.len_utf8()],
                        "{text:?} is not two clusters"
                    );
                }
            }
            checked += 1;
        }
        assert!(checked > 40_000, "{checked} characters");
    }

    fn graphemes(text: &str) -> Vec<&str> {
        use unicode_segmentation::UnicodeSegmentation;
        text.graphemes(true).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn excerpt_is_a_grapheme_prefix_within_the_limit(text in tricky_text(), limit in 1usize..60) {
            let all = graphemes(&text);
            match excerpt(&text, limit, unicode_graphemes) {
                Excerpt::Whole(whole) => {
                    prop_assert_eq!(whole, text.as_str());
                    prop_assert!(all.len() <= limit);
                }
                Excerpt::Cut(prefix) => {
                    prop_assert!(all.len() > limit);
                    prop_assert!(text.starts_with(prefix));
                    prop_assert!(!prefix.is_empty());
                    let kept = graphemes(prefix);
                    prop_assert!(kept.len() <= limit);
                    prop_assert_eq!(&kept[..], &all[..kept.len()], "prefix split a grapheme");
                }
            }
        }

        #[test]
        fn lone_starts_are_where_unicode_starts_its_clusters(text in lone_text(), count in 0usize..90) {
            let expected = unicode_graphemes(&text, count);
            match lone_starts(&text, count) {
                Some(starts) => prop_assert_eq!(starts, expected),
                // Only a character that might join another sends the text to a segmenter.
                None => prop_assert!(text.chars().take(count).any(|c| !stands_alone(c))),
            }
        }

        #[test]
        fn excerpt_ends_at_a_word_boundary_when_the_window_has_one(text in tricky_text(), limit in 1usize..60) {
            let all = graphemes(&text);
            if let Excerpt::Cut(prefix) = excerpt(&text, limit, unicode_graphemes) {
                let window = &all[..=limit];
                let boundary_in_window = window
                    .iter()
                    .enumerate()
                    .any(|(i, g)| is_blank(g) && window[..i].iter().any(|g| !is_blank(g)));
                if boundary_in_window {
                    let next = graphemes(&text[prefix.len()..])[0];
                    prop_assert!(is_blank(next), "prefix {:?} is not followed by a blank", prefix);
                    prop_assert!(!is_blank(graphemes(prefix).last().unwrap()));
                } else {
                    prop_assert_eq!(graphemes(prefix).len(), limit);
                }
            }
        }

        #[test]
        fn paragraphs_keep_every_word_and_an_excerpt_keeps_the_paragraphs_it_reaches(text in tricky_text(), limit in 1usize..60) {
            let all = paragraphs(&text);
            let words = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(words(&all.concat()), words(&text));
            for paragraph in &all {
                prop_assert!(!paragraph.is_empty());
                prop_assert_eq!(paragraph.trim(), *paragraph);
                prop_assert!(paragraph.split('\n').all(|line| !line.trim().is_empty()), "blank line in {:?}", paragraph);
            }
            if let Excerpt::Cut(prefix) = excerpt(&text, limit, unicode_graphemes) {
                // A prefix of white space alone (a text starting with more blanks than the
                // limit) has no paragraph.
                let kept = paragraphs(prefix);
                prop_assert!(kept.len() <= all.len());
                if let Some(last) = kept.len().checked_sub(1) {
                    prop_assert_eq!(&kept[..last], &all[..last]);
                    prop_assert!(all[last].starts_with(kept[last]), "{:?} does not start {:?}", kept[last], all[last]);
                }
            }
        }
    }
}
