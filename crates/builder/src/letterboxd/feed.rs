//! A saved copy of a member's Letterboxd RSS feed, read by `quick-xml`; and the review text
//! Letterboxd writes as HTML (in the feed's `description`, and as typed in the export), turned
//! into plain text with its paragraphs.

use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;

use super::{Diary, Entry, LetterboxdError, Problem, Source};

/// The paragraph Letterboxd puts before a review that gives the plot away.
const SPOILER_NOTE: &str = "This review may contain spoilers.";

/// What a character or entity reference stands for, as HTML knows them (every XML entity is
/// one), decoded by the card's own decoder of HTML's character references; `None` for a name
/// it does not know.
fn reference(reference: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(character)) = reference.resolve_char_ref() {
        return Some(character.to_string());
    }
    let written = format!("&{};", &*reference.xml10_content());
    let decoded = filmcard_film::json_ld::decode_entities(&written);
    (decoded != written).then_some(decoded)
}

/// One `<item>` as read so far.
#[derive(Default)]
struct Item {
    title: Option<String>,
    year: String,
    rating: String,
    watched: String,
    rewatch: String,
    description: String,
}

/// Reads the feed: every item that names a Letterboxd film, and the member's name.
pub fn read(text: &str) -> Result<Diary, LetterboxdError> {
    let mut reader = Reader::from_str(text);
    let mut diary = Diary {
        source: Source::Feed,
        member: None,
        films: Vec::new(),
    };
    let mut path: Vec<String> = Vec::new();
    let mut item: Option<Item> = None;
    let mut items = 0usize;
    let mut text_now = String::new();
    let mut root = false;
    loop {
        let event = reader.read_event().map_err(|error| {
            LetterboxdError::whole(Problem::Xml(format!(
                "{error} (at byte {})",
                reader.error_position()
            )))
        })?;
        match event {
            Event::Start(start) => {
                let name = start.name().as_ref().to_owned();
                if path.is_empty() && (root || name != "rss") {
                    return Err(LetterboxdError::whole(Problem::NotRss));
                }
                root = true;
                if name == "item" && path.last().is_some_and(|parent| parent == "channel") {
                    items += 1;
                    item = Some(Item::default());
                }
                path.push(name);
                text_now.clear();
            }
            Event::Empty(_) if path.is_empty() => {
                return Err(LetterboxdError::whole(Problem::NotRss));
            }
            Event::Text(content) => text_now.push_str(&content.xml10_content()),
            Event::CData(content) => text_now.push_str(&content.xml10_content()),
            Event::GeneralRef(entity) => match reference(&entity) {
                Some(character) => text_now.push_str(&character),
                None => {
                    return Err(LetterboxdError::whole(Problem::Xml(format!(
                        "the entity &{}; is not XML's (at byte {})",
                        &*entity.xml10_content(),
                        reader.buffer_position()
                    ))))
                }
            },
            Event::End(_) => {
                let Some(name) = path.pop() else { break };
                let value = std::mem::take(&mut text_now);
                if name == "item" {
                    if let Some(done) = item.take() {
                        add(&mut diary, done, items)?;
                    }
                    continue;
                }
                if let Some(item) = item.as_mut() {
                    match name.as_str() {
                        "letterboxd:filmTitle" => item.title = Some(value),
                        "letterboxd:filmYear" => item.year = value,
                        "letterboxd:memberRating" => item.rating = value,
                        "letterboxd:watchedDate" => item.watched = value,
                        "letterboxd:rewatch" => item.rewatch = value,
                        "description" => item.description = value,
                        "dc:creator" if diary.member.is_none() && !value.trim().is_empty() => {
                            diary.member = Some(value.trim().to_owned());
                        }
                        _ => {}
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root {
        return Err(LetterboxdError::whole(Problem::NotRss));
    }
    if let Some(open) = path.last() {
        return Err(LetterboxdError::whole(Problem::Xml(format!(
            "it ends before <{open}> is closed; save the whole feed again"
        ))));
    }
    if diary.films.is_empty() {
        return Err(LetterboxdError::whole(Problem::ForeignFeed));
    }
    Ok(diary)
}

/// Adds an item that names a film; other items (lists, for one) are passed over.
fn add(diary: &mut Diary, item: Item, number: usize) -> Result<(), LetterboxdError> {
    let Some(title) = item.title else {
        return Ok(());
    };
    let at =
        |element: &str, problem| LetterboxdError::new(format!("item {number}, {element}"), problem);
    let title = title.trim();
    if title.is_empty() {
        return Err(at("letterboxd:filmTitle", Problem::NoName));
    }
    let year = super::year(&item.year).map_err(|p| at("letterboxd:filmYear", p))?;
    let rating = item.rating.trim();
    let half_stars = match rating {
        "" => None,
        rating => Some(super::half_stars(rating).ok_or_else(|| {
            at(
                "letterboxd:memberRating",
                Problem::Rating(rating.to_owned()),
            )
        })?),
    };
    let (text, spoiler) = description(&item.description);
    let entry = Entry {
        text,
        half_stars,
        date: super::date(&item.watched).map_err(|p| at("letterboxd:watchedDate", p))?,
        rewatch: super::rewatch(&item.rewatch).map_err(|p| at("letterboxd:rewatch", p))?,
        spoiler,
    };
    diary.add(title.to_owned(), year, entry);
    Ok(())
}

/// The review in an item's `description`, and whether Letterboxd marks it as a spoiler. The
/// poster image goes; a diary entry without a review, whose description only says when it was
/// watched, has no text.
fn description(html: &str) -> (String, bool) {
    let paragraphs = paragraphs(html, false).unwrap_or_else(|| vec![html.trim().to_owned()]);
    let spoiler = paragraphs.iter().any(|p| p == SPOILER_NOTE);
    let paragraphs: Vec<String> = paragraphs
        .into_iter()
        .filter(|p| p != SPOILER_NOTE)
        .collect();
    let only_watched = paragraphs.len() == 1
        && ["Watched on ", "Rewatched on "]
            .iter()
            .any(|start| paragraphs[0].starts_with(start))
        && paragraphs[0].ends_with('.')
        && paragraphs[0].len() < 64;
    if only_watched {
        return (String::new(), spoiler);
    }
    (paragraphs.join("\n\n"), spoiler)
}

/// A review as the export holds it: as typed, with any HTML Letterboxd allows in reviews
/// (`<i>`, `<b>`, `<br>`, links) turned into its text; text that is not well-formed markup
/// (a lone `<` in "3 < 4") is kept as typed.
pub fn review_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    if !text.contains(['<', '&']) {
        return text.trim().to_owned();
    }
    match paragraphs(&text, true) {
        Some(paragraphs) => paragraphs.join("\n\n"),
        None => text.trim().to_owned(),
    }
}

/// The paragraphs of an HTML fragment as text: `<p>` and blank lines part paragraphs, `<br>`
/// breaks a line, other elements keep only their text. Line breaks in the text itself are kept
/// when `keep_breaks` (text as typed) and are spaces otherwise (as HTML shows them). `None` when
/// the fragment is not well-formed enough to read.
fn paragraphs(html: &str, keep_breaks: bool) -> Option<Vec<String>> {
    let mut reader = Reader::from_str(html);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    let mut out = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(tag) | Event::Empty(tag) => {
                match tag.local_name().as_ref().to_ascii_lowercase().as_str() {
                    "p" | "blockquote" | "div" => out.push_str("\n\n"),
                    "br" => out.push('\n'),
                    _ => {}
                }
            }
            Event::End(tag) => {
                if let "p" | "blockquote" | "div" =
                    tag.local_name().as_ref().to_ascii_lowercase().as_str()
                {
                    out.push_str("\n\n");
                }
            }
            Event::Text(content) => {
                let content = content.xml10_content();
                if keep_breaks {
                    out.push_str(&content);
                } else {
                    out.extend(content.chars().map(|c| if c == '\n' { ' ' } else { c }));
                }
            }
            Event::CData(content) => out.push_str(&content.xml10_content()),
            Event::GeneralRef(entity) => out.push_str(&reference(&entity)?),
            Event::Eof => break,
            _ => {}
        }
    }
    Some(
        out.split("\n\n")
            .map(|paragraph| {
                paragraph
                    .lines()
                    .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .trim()
                    .to_owned()
            })
            .filter(|paragraph| !paragraph.is_empty())
            .collect(),
    )
}
