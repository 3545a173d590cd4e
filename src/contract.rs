//! What the page-side loader (`web/`) must know about the card, defined once.
//!
//! The loader runs before the wasm arrives: it finds the hosts, reserves each card's height from
//! its inline data and the attributes, starts the widget once a card is near, and shows a plain
//! fallback when the wasm cannot run. Every fact it shares with the card lives here, and
//! `src/bin/contract.rs` writes them out as the loader's `contract.js` when the bundle is built,
//! with a table of sample inputs and the card's verdicts on them, which the loader's own tests
//! check its rules against.

use std::ops::RangeInclusive;

/// The elements that hold a card.
pub const HOST_SELECTOR: &str = "film-card, [data-filmcard]";
/// A host's inline data: a child JSON script.
pub const INLINE_DATA_SELECTOR: &str = ":scope > script[type='application/json']";
/// What every console message of the widget starts with.
pub const CONSOLE_PREFIX: &str = "filmcard: ";
/// The one console message after an internal error, which stops the widget (the reason follows
/// in brackets): written by the widget's panic hook where one runs, else by the glue's watch on
/// traps (`src/embed/trap.js`) when the wasm traps.
pub const STOPPED_MESSAGE: &str =
    "the widget stopped after an internal error; the cards already shown stay readable";
/// Dispatched on a host once its card is rendered.
pub const EVENT_READY: &str = "filmcard:ready";
/// Dispatched on a host when a reader expands or collapses a review.
pub const EVENT_TOGGLE: &str = "filmcard:toggle";
/// Dispatched on a host when its data was refused or could not be loaded.
pub const EVENT_ERROR: &str = "filmcard:error";
/// Inline data longer than this many UTF-16 code units is read in steps by the widget (a
/// 5,000-review film is 2.8 MB, and reading and checking it at once held the page's main thread for
/// a quarter of a second), and only its head by the loader's estimate.
pub const BIG_INLINE_DATA: u32 = 100_000;
/// How far from the viewport, in CSS pixels, a lazy card starts to render: the distance Chromium
/// starts loading lazy images at on a fast connection, so the card is ready before the reader
/// scrolls to it. The loader starts downloading the wasm at the same distance.
pub const NEAR_VIEWPORT_PX: u32 = 1250;
/// What a review's element id and URL fragment start with.
pub const FRAGMENT_PREFIX: &str = "review-";
/// What a prerendered card's shadow root holds (`filmcard render`), as the widget renders it: the
/// loader listens there for the reader's taps until the widget renders over it.
pub const PRERENDERED_SELECTOR: &str = ".fc-root";
/// The controls of a card, in document order. The widget renders a prerendered card's markup
/// again, so a control is found again by its position among them: the one that had the focus,
/// and each one tapped before the takeover.
pub const CONTROLS_SELECTOR: &str = "a[href], button, [tabindex]";
/// A review's "Copy link" button: the loader copies the link itself, while the reader's tap
/// still lets a page write to the clipboard.
pub const COPY_LINK_SELECTOR: &str = ".fc-review__link";
/// The name (for `Symbol.for`) of the host's property where the loader leaves the taps on a
/// prerendered card before the takeover, for the widget to replay, each once.
pub const TAPS_KEY: &str = "filmcard.taps";
/// The on-demand module: what few cards need (the reader of the page's JSON-LD, for
/// `source="ld+json"`) is a second wasm module, not in the bundle every reader downloads. This is
/// its name as wasm-bindgen writes it (`scripts/dist.sh` builds it beside the bundle).
pub const EXTRA_MODULE: &str = "filmcard-extra";
/// The on-demand module's glue, fetched only when a card needs it, from beside the bundle: the
/// address is this name resolved against the bundle's own glue (`filmcard-core.js`), wherever it
/// is served from.
pub const EXTRA_GLUE: &str = "filmcard-extra.js";
/// The on-demand module's wasm, resolved as [`EXTRA_GLUE`] is.
pub const EXTRA_WASM: &str = "filmcard-extra_bg.wasm";

/// A whole-number attribute: its name, default and accepted range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    /// The attribute's name.
    pub name: &'static str,
    /// The value when the attribute is absent or invalid.
    pub default: u32,
    /// The smallest accepted value.
    pub min: u32,
    /// The largest accepted value.
    pub max: u32,
}

impl Whole {
    /// The accepted values.
    pub fn range(&self) -> RangeInclusive<u32> {
        self.min..=self.max
    }

    /// The attribute's value when `value` is a whole number in range (decimal digits with an
    /// optional `+`, white space around them allowed); `None` otherwise.
    pub fn parse(&self, value: &str) -> Option<u32> {
        let number = value.trim().parse::<u64>().ok()?;
        u32::try_from(number)
            .ok()
            .filter(|n| self.range().contains(n))
    }
}

/// An attribute that takes one of two words: the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Either {
    /// The attribute's name.
    pub name: &'static str,
    /// The words, the default first.
    pub words: [&'static str; 2],
}

impl Either {
    /// Whether `value` says the default (`Some(true)`), the other word (`Some(false)`), or
    /// neither (`None`); white space around the word is allowed.
    pub fn parse(&self, value: &str) -> Option<bool> {
        match value.trim() {
            word if word == self.words[0] => Some(true),
            word if word == self.words[1] => Some(false),
            _ => None,
        }
    }
}

/// Reviews longer than this many grapheme clusters are collapsed behind "View More".
pub const COLLAPSE_AT: Whole = Whole {
    name: "collapse-at",
    default: 300,
    min: 20,
    max: 100_000,
};
/// How many reviews show before "Show all".
pub const MAX_REVIEWS: Whole = Whole {
    name: "max-reviews",
    default: 10,
    min: 1,
    max: u32::MAX,
};
/// The film title's heading level.
pub const HEADING_LEVEL: Whole = Whole {
    name: "heading-level",
    default: 2,
    min: 1,
    max: 5,
};
/// `player` (a YouTube or Vimeo trailer plays on the card) or `link`.
pub const TRAILER: Either = Either {
    name: "trailer",
    words: ["player", "link"],
};
/// `lazy` (render once near the viewport) or `eager`.
pub const LOADING: Either = Either {
    name: "loading",
    words: ["lazy", "eager"],
};

/// The `theme` attribute's words (the stylesheet applies them; without one the card follows the
/// reader's setting).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// The attributes a blog engine's integration may pass through to a host, with what each takes:
/// `[min, max]` for a whole number, the list of words for a word (compared after trimming, `sort`
/// also after lowercasing), `"tag"` for a BCP 47 language tag. The WordPress plugin reads this as
/// its `attributes.json`, written by `cargo run --bin contract attributes`.
pub fn passed_attributes() -> serde_json::Value {
    let whole = |spec: Whole| (spec.name, serde_json::json!([spec.min, spec.max]));
    let either = |spec: Either| (spec.name, serde_json::json!(spec.words));
    let attributes = [
        ("lang", serde_json::json!("tag")),
        ("theme", serde_json::json!(THEMES)),
        whole(MAX_REVIEWS),
        whole(COLLAPSE_AT),
        ("sort", serde_json::json!(crate::order::Sort::NAMES)),
        either(TRAILER),
        either(LOADING),
        whole(HEADING_LEVEL),
    ];
    serde_json::Value::Object(
        attributes
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect(),
    )
}

/// The card's verdicts on an address: whether the data may link to it (the rule of
/// [`crate::data::is_web_url`]) and whether it plays on the card (a video id from
/// [`crate::video::Video::from_url`]).
pub fn url_verdict(url: &str) -> (bool, bool) {
    (
        crate::data::is_web_url(url),
        crate::video::Video::from_url(url).is_some(),
    )
}

/// Addresses the loader's rules are checked on, besides the XSS corpus's: where they once
/// disagreed with the card, and each shape of video address.
pub const URL_SAMPLES: &[&str] = &[
    "https://example.com/\u{feff}",
    "https://exa\u{200b}mple.com/",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10",
    "https://youtube.com/watch?v=short&v=dQw4w9WgXcQ",
    "https://m.youtube.com/watch?v=dQw4w9WgXcQ#comments",
    "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "HTTPS://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXcQ?si=abc",
    "https://youtu.be//dQw4w9WgXcQ/",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.YouTube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload",
    "https://www.youtube.com/watch?vv=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://youtube.com@evil.example/embed/dQw4w9WgXcQ",
    "https://youtube.com:8443/embed/dQw4w9WgXcQ",
    "https://evil.example/youtu.be/dQw4w9WgXcQ",
    "https://www.youtube.com/results?search_query=The+Red+Shoes+1948+trailer",
    "https://vimeo.com/76979871",
    "https://player.vimeo.com/video/76979871",
    "https://vimeo.com/1234567890123",
    "https://vimeo.com/channels/staffpicks/76979871",
    "https://vimeo.com/7697abc",
    "https://www.imdb.com/video/vi123/",
    " https://youtu.be/dQw4w9WgXcQ ",
    "\u{85}https://youtu.be/dQw4w9WgXcQ",
    "\u{feff}https://youtu.be/dQw4w9WgXcQ",
    "https://youtu.be/dQw4w9WgXc\u{212a}",
    "https://\u{212a}youtu.be/dQw4w9WgXcQ",
    "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
    "ftp://youtu.be/dQw4w9WgXcQ",
    "https://:80/",
    "https://a:80/",
    "https://a\\b/",
    "http:example.com",
    "https://example.com",
    "https://example.com?q#f",
    "https://user@example.com/",
    "https://example.com/a b",
    "https://example.com/\u{ad}",
    "https://example.com/\u{2028}",
    "https://example.com/\u{3000}",
    "https://example.com/\u{e0001}",
    "https://example.com/\u{1f3ac}",
];

/// Attribute values the loader's reading is checked on, besides every value in range's edges:
/// where it once disagreed with the card, and white space and signs.
pub const ATTRIBUTE_SAMPLES: &[(&str, &str)] = &[
    ("max-reviews", "-5"),
    ("max-reviews", "0"),
    ("max-reviews", "3"),
    ("max-reviews", " +3 "),
    ("max-reviews", "3.5"),
    ("max-reviews", "1e3"),
    ("max-reviews", "0x10"),
    ("max-reviews", ""),
    ("max-reviews", "+"),
    ("max-reviews", "007"),
    ("max-reviews", "4294967295"),
    ("max-reviews", "4294967296"),
    ("max-reviews", "99999999999999999999999"),
    ("max-reviews", "\u{a0}4\u{3000}"),
    ("max-reviews", "\u{85}4"),
    ("max-reviews", "\u{feff}4"),
    ("max-reviews", "\u{200b}4"),
    ("max-reviews", "\u{661}"),
    ("collapse-at", "5"),
    ("collapse-at", "19"),
    ("collapse-at", "20"),
    ("collapse-at", "100000"),
    ("collapse-at", "100001"),
    ("collapse-at", "-300"),
    ("collapse-at", " 120\n"),
    ("trailer", "link"),
    ("trailer", " link "),
    ("trailer", "Link"),
    ("trailer", "player"),
    ("trailer", "embed"),
    ("loading", "eager"),
    ("loading", "\teager"),
    ("loading", "EAGER"),
    ("loading", "lazy"),
    ("loading", "later"),
];

/// The collapsed card's metrics the loader's height estimate needs, in CSS pixels, as the
/// stylesheet lays the card out at its default tokens. Read from `styles/` by [`Layout::from_css`],
/// never restated.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// `--fc-font-size`.
    pub font_size: f64,
    /// A line of body text: `--fc-font-size` × `--fc-line-height`.
    pub line: f64,
    /// `--fc-max-width`.
    pub max_width: f64,
    /// The card's border width.
    pub border: f64,
    /// The body's and the reviews' padding: `--fc-space`.
    pub padding: f64,
    /// The title's font size.
    pub title_size: f64,
    /// A line of the title.
    pub title_line: f64,
    /// Below the title.
    pub title_gap: f64,
    /// Below the certificate and release line.
    pub meta_gap: f64,
    /// Below the synopsis.
    pub synopsis_gap: f64,
    /// The "Play trailer" button.
    pub play_button: f64,
    /// A trailer link's line.
    pub trailer_link: f64,
    /// A line of the "Reviews" heading.
    pub heading_line: f64,
    /// Below the heading.
    pub heading_gap: f64,
    /// Below the average rating.
    pub average_gap: f64,
    /// A review's padding above and below.
    pub review_padding: f64,
    /// Below the byline.
    pub byline_gap: f64,
    /// The "View More" button.
    pub toggle: f64,
    /// Above the "View More" button.
    pub toggle_gap: f64,
    /// The spoiler button.
    pub spoiler: f64,
    /// The "Show all" button.
    pub show_all: f64,
    /// Above the "Show all" button.
    pub show_all_gap: f64,
    /// `--fc-font`: the font family.
    pub family: String,
    /// The title's font weight.
    pub title_weight: String,
}

/// The stylesheet's sources, as `build.rs` compiles them into the widget.
pub const STYLESHEETS: [&str; 2] = [
    include_str!("../styles/tokens.css"),
    include_str!("../styles/card.css"),
];

impl Layout {
    /// The metrics read from the stylesheet; an error names the rule or property it could not
    /// read.
    pub fn from_css(css: &str) -> Result<Self, String> {
        let sheet = Sheet { css };
        let token = |name: &str| sheet.length(":host", name, 0.0);
        let font_size = token("--fc-font-size")?;
        let em = |value: f64| value * font_size;
        let line = token("--fc-line-height")? * font_size;
        let space = token("--fc-space")?;
        let title_size = em(sheet.length(":host", "--fc-title-size", 1.0)?);
        let side = |selector: &str, property: &str, font: f64, bottom: bool| {
            let value = sheet.value(selector, property)?;
            let sides = shorthand(&value);
            let chosen = match (bottom, sides.len()) {
                (true, 3 | 4) => sides[2],
                _ => sides[0],
            };
            eval(&chosen.replace("var(--fc-space)", &space.to_string()), font)
                .ok_or_else(|| format!("{selector} {{ {property}: {value} }}: not a length"))
        };
        let length =
            |selector: &str, property: &str, font: f64| side(selector, property, font, false);
        let below = |selector: &str| side(selector, "margin", font_size, true);
        let box_height = |selector: &str| -> Result<f64, String> {
            let padding = length(selector, "padding", font_size)?;
            Ok(length(selector, "min-height", font_size)?.max(line + 2.0 * padding))
        };
        let heading_size = length(".fc-reviews__heading", "font-size", font_size)?;
        // A line height without a unit is a multiple of the font size.
        let line_height = |selector: &str, size: f64| -> Result<f64, String> {
            let value = sheet.value(selector, "line-height")?;
            match value.parse::<f64>() {
                Ok(factor) => Ok(factor * size),
                Err(_) => length(selector, "line-height", size),
            }
        };
        Ok(Self {
            font_size,
            line,
            max_width: token("--fc-max-width")?,
            border: length(".fc-reviews", "border-top", font_size)?,
            padding: length(".fc-card__body", "padding", font_size)?,
            title_size,
            title_line: line_height(".fc-card__title", title_size)?,
            title_gap: below(".fc-card__title")?,
            meta_gap: below(".fc-card__meta")?,
            synopsis_gap: below(".fc-card__synopsis,\n.fc-card__trailer")?,
            play_button: box_height("button.fc-trailer")?,
            trailer_link: length(".fc-trailer", "min-height", font_size)?.max(line),
            heading_line: line_height(".fc-reviews__heading", heading_size)?,
            heading_gap: below(".fc-reviews__heading")?,
            average_gap: below(".fc-reviews__average")?,
            review_padding: length(".fc-review", "padding", font_size)?,
            byline_gap: below(".fc-review__byline")?,
            toggle: length(
                ".fc-review__toggle,\n.fc-review__link",
                "min-height",
                font_size,
            )?
            .max(line)
                + 2.0
                    * length(
                        ".fc-review__toggle,\n.fc-review__link",
                        "padding",
                        font_size,
                    )?,
            toggle_gap: length(".fc-review__toggle", "margin-top", font_size)?,
            spoiler: box_height(".fc-review__spoiler")?,
            show_all: box_height(".fc-reviews__more")?,
            show_all_gap: length(".fc-reviews__more", "margin-top", font_size)?,
            family: sheet.value(":host", "--fc-font")?,
            title_weight: sheet.value(".fc-card__title", "font-weight")?,
        })
    }

    /// The metrics of the stylesheet the widget ships.
    pub fn shipped() -> Result<Self, String> {
        Self::from_css(&STYLESHEETS.concat())
    }

    /// The metrics by name, in the order they are declared.
    pub fn fields(&self) -> [(&'static str, f64); 22] {
        [
            ("fontSize", self.font_size),
            ("line", self.line),
            ("maxWidth", self.max_width),
            ("border", self.border),
            ("padding", self.padding),
            ("titleSize", self.title_size),
            ("titleLine", self.title_line),
            ("titleGap", self.title_gap),
            ("metaGap", self.meta_gap),
            ("synopsisGap", self.synopsis_gap),
            ("playButton", self.play_button),
            ("trailerLink", self.trailer_link),
            ("headingLine", self.heading_line),
            ("headingGap", self.heading_gap),
            ("averageGap", self.average_gap),
            ("reviewPadding", self.review_padding),
            ("bylineGap", self.byline_gap),
            ("viewMore", self.toggle),
            ("toggleGap", self.toggle_gap),
            ("spoiler", self.spoiler),
            ("showAll", self.show_all),
            ("showAllGap", self.show_all_gap),
        ]
    }
}

/// Rules of a stylesheet, read by their exact selector text (the first rule of that selector).
struct Sheet<'a> {
    css: &'a str,
}

impl Sheet<'_> {
    fn value(&self, selector: &str, property: &str) -> Result<String, String> {
        let mut from = 0;
        let body = loop {
            let at = self.css[from..]
                .find(selector)
                .map(|at| from + at)
                .ok_or_else(|| format!("no rule {selector}"))?;
            from = at + selector.len();
            let starts_line = at == 0 || self.css[..at].ends_with('\n');
            let rest = &self.css[from..];
            if starts_line && rest.trim_start().starts_with('{') {
                let open = from + rest.find('{').unwrap_or_default() + 1;
                let close = self.css[open..]
                    .find('}')
                    .ok_or_else(|| format!("{selector}: no closing brace"))?;
                break &self.css[open..open + close];
            }
        };
        body.split(';')
            .filter_map(|declaration| declaration.split_once(':'))
            .find(|(name, _)| name.trim() == property)
            .map(|(_, value)| value.trim().to_owned())
            .ok_or_else(|| format!("{selector}: no {property}"))
    }

    /// A token or property as a number of pixels; `em` is the size of `1em` (0 when the value is
    /// a plain number, as `--fc-line-height` is).
    fn length(&self, selector: &str, property: &str, em: f64) -> Result<f64, String> {
        let value = self.value(selector, property)?;
        eval(&value, em)
            .ok_or_else(|| format!("{selector} {{ {property}: {value} }}: not a length"))
    }
}

/// The parts of a shorthand value (`0 0 calc(a / 4)` has three), split at white space outside
/// parentheses.
fn shorthand(value: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, None);
    for (at, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => {
                if let Some(from) = start.take() {
                    parts.push(&value[from..at]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(at);
    }
    parts.extend(start.map(|from| &value[from..]));
    parts
}

/// The first length of a CSS value in pixels: `16px`, `1.5em`,
/// `1.5` (a number), `1px solid …`, or `calc(A * B)` / `calc(A / B)` / `calc(A)` of those.
fn eval(value: &str, em: f64) -> Option<f64> {
    let value = value.trim();
    if let Some(inner) = value
        .strip_prefix("calc(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let (left, op, right) = match inner.find(['*', '/']) {
            Some(at) => (&inner[..at], &inner[at..=at], &inner[at + 1..]),
            None => return eval(inner, em),
        };
        let (left, right) = (eval(left, em)?, eval(right, em)?);
        return Some(if op == "*" {
            left * right
        } else {
            left / right
        });
    }
    let first = value.split_whitespace().next()?;
    if let Some(px) = first.strip_suffix("px") {
        px.parse().ok()
    } else if let Some(ems) = first.strip_suffix("em") {
        ems.parse::<f64>().ok().map(|n| n * em)
    } else {
        first.parse().ok()
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub mod wordpress;

#[cfg(test)]
mod tests;
