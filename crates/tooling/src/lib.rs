//! The build tooling around the card's contract (`filmcard_film::contract`): never in a crate a
//! reader downloads. The generator (`src/main.rs`, `cargo run -p filmcard-tooling --bin contract`)
//! writes the loader's `contract.js` from the contract's facts, the table of sample inputs and the
//! card's verdicts on them that the loader's tests check against, and the attribute table the
//! WordPress plugin reads; the stylesheet's reader (with its `calc()` evaluator) gives the loader
//! the collapsed card's metrics.

pub use filmcard_film::contract::*;

/// The attributes a blog engine's integration may pass through to a host, with what each takes:
/// `[min, max]` for a whole number, the list of words for a word (compared after trimming, `sort`
/// also after lowercasing), `"tag"` for a BCP 47 language tag. The WordPress plugin reads this as
/// its `attributes.json`, written by `cargo run -p filmcard-tooling --bin contract attributes`.
pub fn passed_attributes() -> serde_json::Value {
    let whole = |spec: Whole| (spec.name, serde_json::json!([spec.min, spec.max]));
    let either = |spec: Either| (spec.name, serde_json::json!(spec.words));
    let attributes = [
        ("lang", serde_json::json!("tag")),
        ("theme", serde_json::json!(THEMES)),
        whole(MAX_REVIEWS),
        whole(COLLAPSE_AT),
        ("sort", serde_json::json!(filmcard_film::order::Sort::NAMES)),
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
/// [`filmcard_film::data::is_web_url`]) and whether it plays on the card (a video id from
/// [`filmcard_film::video::Video::from_url`]).
pub fn url_verdict(url: &str) -> (bool, bool) {
    (
        filmcard_film::data::is_web_url(url),
        filmcard_film::video::Video::from_url(url).is_some(),
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

/// The stylesheet's sources, as `crates/browser/build.rs` compiles them into the widget.
pub const STYLESHEETS: [&str; 2] = [
    include_str!("../../../styles/tokens.css"),
    include_str!("../../../styles/card.css"),
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
