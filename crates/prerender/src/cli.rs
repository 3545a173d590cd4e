//! The `filmcard render` command, shared by the native binary (`src/bin/render.rs`) and the
//! Node one (the same code compiled to wasm, `dist/cli/`): arguments in, the snippet out.

use super::{render, Options, ATTRIBUTES, DEFAULT_STYLESHEET};

/// What `filmcard --help` prints.
pub const USAGE: &str = "\
usage: filmcard render FILM.json [options] > snippet.html
       filmcard render FILM.json --json-ld > head.html

Writes the prerendered <film-card> snippet for the film in FILM.json (- reads standard input):
the card in a declarative shadow root, the film's JSON, and a plain fallback for feeds.

options (the element's attributes, as on the page):
  --lang en|fr|de|es|ja     the labels' and dates' language (default en)
  --theme light|dark|auto   the colour scheme (default auto)
  --collapse-at N           collapse reviews longer than N characters (default 300)
  --max-reviews N           reviews shown before \"Show all\" (default 10)
  --heading-level N         the title's heading level, 1 to 5 (default 2)
  --sort original|newest|highest|lowest
  --trailer player|link
  --loading lazy|eager
  --label-KEY TEXT          a label in your own words, e.g. --label-view-more \"Keep reading\"
and:
  --css URL                 the bundle's filmcard.css, linked from the card (default filmcard.css)
  --fallback-only           only the plain fallback, for a feed or an email
  --json-ld                 only the film as schema.org JSON-LD, the <script> block for the
                            page's head (what search engines read for rich results)

usage: filmcard hugo [SITE] [--css URL]   (the npm package's command)

Installs the Hugo shortcode into the site and prerenders every card of its posts; run it before
`hugo`. The Eleventy plugin is the package's filmcard/eleventy.
";

/// Runs the command on `args` (without the program's name), reading the film's file through
/// `read`; the snippet, or the message to print before failing.
pub fn run(
    args: &[String],
    read: &mut dyn FnMut(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut args = args.iter().map(String::as_str);
    match args.next() {
        Some("render") => {}
        Some("--help" | "-h" | "help") => return Ok(USAGE.to_owned()),
        Some(other) => return Err(format!("filmcard: unknown command {other:?}\n\n{USAGE}")),
        None => return Err(USAGE.to_owned()),
    }
    let mut options = Options {
        stylesheet: DEFAULT_STYLESHEET.to_owned(),
        ..Options::default()
    };
    let mut file = None;
    let mut json_ld = false;
    while let Some(arg) = args.next() {
        let Some(flag) = arg.strip_prefix("--") else {
            if file.replace(arg).is_some() {
                return Err(format!("filmcard: one film at a time (got {arg:?} too)"));
            }
            continue;
        };
        if flag == "help" {
            return Ok(USAGE.to_owned());
        }
        if flag == "fallback-only" {
            options.fallback_only = true;
            continue;
        }
        if flag == "json-ld" {
            json_ld = true;
            continue;
        }
        let (name, inline_value) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (flag, None),
        };
        let known = name == "css" || ATTRIBUTES.contains(&name) || name.starts_with("label-");
        if !known {
            return Err(format!("filmcard: unknown option --{name}\n\n{USAGE}"));
        }
        let Some(value) = inline_value.or_else(|| args.next()) else {
            return Err(format!("filmcard: --{name} needs a value"));
        };
        if name == "css" {
            options.stylesheet = value.to_owned();
        } else {
            options.attributes.push((name.to_owned(), value.to_owned()));
        }
    }
    let Some(file) = file else {
        return Err(format!(
            "filmcard: which film? give its JSON file\n\n{USAGE}"
        ));
    };
    let json = read(file).map_err(|error| format!("filmcard: {file}: {error}"))?;
    let written = if json_ld {
        // The same checks as the card's; the block is the same text the builder exports.
        filmcard_film::data::parse(&json).map(|film| filmcard_film::schema::json_ld_block(&film))
    } else {
        render(&json, &options)
    };
    written.map_err(|error| format!("filmcard: {file}: {error}"))
}
