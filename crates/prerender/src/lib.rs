//! Prerendering: a film's card as HTML, ahead of time, for a page to hold before any script runs.
//!
//! [`render`] takes the film's JSON and the card's options and returns the snippet a blogger
//! pastes in place of the plain `<film-card>` element: the element with its options as
//! attributes, holding
//!
//! - a declarative shadow root (`<template shadowrootmode="open">`) with a `<link>` to the
//!   bundle's stylesheet and the card exactly as the widget first renders it (the same
//!   [`Widget`] component, so the wasm renders the same markup over it without a visible
//!   change), and a hidden `<slot>` that the stylesheet's `scripting: none` rule shows in the
//!   card's place: readers without JavaScript, who could not open a review, read the fallback,
//!   every review in full;
//! - the film's JSON, as the widget reads it (`<` written `\u003c`, so no text can close the
//!   script element);
//! - a plain light-DOM fallback ([`Fallback`](fallback::Fallback): the title, certificate and
//!   date, synopsis, trailer link, and each review as a `<blockquote>`), which shows wherever
//!   the shadow root is not created (feed readers, old browsers) and never beside the card: the
//!   shadow root shows its host's children only through its slot.
//!
//! The data goes through the same validator as the live card ([`filmcard_film::data::parse`]);
//! every text is written by Yew's renderer, escaped, as in the browser.
//!
//! A crate of its own (`filmcard-prerender`, docs/architecture.md): on the core and the views,
//! never on the reader's bundle and its browser edge; its only bindings are its two wasm32
//! entries, `node` (the Node command) and `editor_edge` (the block editor's module).

#![warn(missing_docs)]

pub mod allowlist;
pub mod cli;
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod editor_edge;
mod fallback;
#[cfg(target_arch = "wasm32")]
pub mod node;

use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use yew::{BaseComponent, LocalServerRenderer};

use filmcard_card::components::widget::{Widget, WidgetData, WidgetProps};
use filmcard_card::components::Shared;
use filmcard_film::config::Config;
use filmcard_film::data::{self, DataError};
use filmcard_film::i18n::{label_attribute, Locale, LABEL_KEYS};
use filmcard_film::model::Film;

pub use fallback::{Fallback, FallbackProps};

/// The options of the card that are not attributes of its element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The element's attributes, as `(name, value)`: `lang`, `theme`, `collapse-at`,
    /// `max-reviews`, `heading-level`, `sort`, `trailer`, `loading` and `label-*`, read exactly
    /// as the widget reads them from the page. `lang` defaults to `en` and is always written, so
    /// the widget renders in the language the snippet was made in.
    pub attributes: Vec<(String, String)>,
    /// The address of the bundle's stylesheet (`filmcard.css`, next to `filmcard.js`), linked
    /// from the shadow root.
    pub stylesheet: String,
    /// Leave out the shadow root and the JSON: only the plain fallback, for a feed or an email.
    pub fallback_only: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            attributes: Vec::new(),
            stylesheet: DEFAULT_STYLESHEET.to_owned(),
            fallback_only: false,
        }
    }
}

/// The stylesheet's address when none is given: next to the page.
pub const DEFAULT_STYLESHEET: &str = "filmcard.css";

/// The attributes a snippet may carry (and `label-*`).
pub const ATTRIBUTES: [&str; 8] = [
    "lang",
    "theme",
    "collapse-at",
    "max-reviews",
    "heading-level",
    "sort",
    "trailer",
    "loading",
];

/// The snippet for the film in `json` with `options`, or why the data or an option was refused:
/// the same [`DataError`] (field path and message) the live card would show, or one naming the
/// option.
///
/// ```
/// # #[cfg(not(target_arch = "wasm32"))] {
/// use filmcard_prerender::{render, Options};
/// let snippet = render(r#"{ "title": "The Red Shoes" }"#, &Options::default()).unwrap();
/// assert!(snippet.starts_with("<film-card lang=\"en\">"));
/// # }
/// ```
pub fn render(json: &str, options: &Options) -> Result<String, DataError> {
    let film = Rc::new(data::parse(json)?);
    let config = config_of(&options.attributes)?;
    let fallback = render_now::<Fallback>(FallbackProps {
        film: film.clone(),
        locale: Rc::new(locale_of(&film, &config)),
        heading_level: config.heading_level,
    });
    if options.fallback_only {
        return Ok(fallback);
    }
    let mut snippet = String::from("<film-card");
    for (name, value) in &attributes_of(&options.attributes) {
        snippet.push_str(&format!(" {name}=\"{}\"", escape_attribute(value)));
    }
    snippet.push_str(">\n<template shadowrootmode=\"open\">");
    snippet.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}\">",
        escape_attribute(&options.stylesheet)
    ));
    // The page's own children, the fallback, show through this slot only where no script runs
    // (the stylesheet's `scripting: none` rule): there every review is in full.
    snippet.push_str("<slot hidden></slot>");
    snippet.push_str(&widget(&film, config));
    snippet.push_str("</template>\n<script type=\"application/json\">");
    snippet.push_str(&json.trim().replace('<', "\\u003c"));
    snippet.push_str("</script>\n");
    snippet.push_str(&fallback);
    snippet.push_str("\n</film-card>\n");
    Ok(snippet)
}

/// The widget's options from `attributes`, refusing a name the card does not read and a value
/// it would not use (where the live card would warn and keep the default).
fn config_of(attributes: &[(String, String)]) -> Result<Config, DataError> {
    for (name, _) in attributes {
        let known = ATTRIBUTES.contains(&name.as_str())
            || LABEL_KEYS.iter().any(|key| label_attribute(key) == *name);
        if !known {
            return Err(DataError::new(
                name.clone(),
                format!(
                    "not an option of the card: use {}, or label-* with a label's name",
                    ATTRIBUTES.join(", ")
                ),
            ));
        }
    }
    let lookup = |name: &str| {
        attributes
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let (config, warnings) = Config::from_attributes(&lookup);
    if let Some(warning) = warnings.into_iter().next() {
        let name = warning.split('=').next().unwrap_or_default().to_owned();
        return Err(DataError::new(name, warning));
    }
    Ok(config)
}

/// The attributes written on the element: each once (the last value given wins), `lang` always.
fn attributes_of(attributes: &[(String, String)]) -> Vec<(String, String)> {
    let mut written: Vec<(String, String)> = Vec::new();
    for (name, value) in attributes {
        match written.iter_mut().find(|(key, _)| key == name) {
            Some(entry) => entry.1 = value.clone(),
            None => written.push((name.clone(), value.clone())),
        }
    }
    if !written.iter().any(|(name, _)| name == "lang") {
        written.insert(0, ("lang".to_owned(), Config::default().lang));
    }
    written
}

/// The words of the card, as [`Widget`] chooses them: the attributes' over the data's over the
/// language's.
fn locale_of(film: &Film, config: &Config) -> Locale {
    Locale::new(&config.lang)
        .with_overrides(&film.labels)
        .with_overrides(&config.labels)
}

fn widget(film: &Rc<Film>, config: Config) -> String {
    render_now::<Widget>(WidgetProps {
        data: WidgetData::Ready(film.clone().into()),
        config: Shared::new(config),
        linked_review: None,
        host: Default::default(),
    })
}

/// Renders a component to HTML at once. Yew's renderer waits on nothing outside itself here (no
/// timers, no requests, no suspense), so it is polled until it is done, on any target, with no
/// runtime: a build script or Node calls [`render`] as a plain function.
fn render_now<C: BaseComponent>(props: C::Properties) -> String {
    let mut future = pin!(LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render());
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(html) = future.as_mut().poll(&mut context) {
            return html;
        }
    }
}

/// An attribute value as text between double quotes.
fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests;
