//! Where a host's film comes from: inline data (big data read in steps), a `src=` to fetch, or
//! the page's JSON-LD.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Response};

use super::extra::explained;
use super::page::text_content;
use crate::components::widget::WidgetData;
use crate::data::{self, DataError};

use crate::contract::{BIG_INLINE_DATA, INLINE_DATA_SELECTOR};

/// Where a host's film data comes from.
pub(super) enum Source {
    /// A child `<script type="application/json">`.
    Inline(String),
    /// The same, read in steps after the card is mounted (when it is over [`BIG_INLINE_DATA`],
    /// or the card is not prerendered): the text as the page holds it, not yet copied into the
    /// wasm.
    InlineInSteps(js_sys::JsString),
    /// A `src` attribute to fetch.
    Fetch(String),
    /// The page's schema.org JSON-LD, asked for with `source="ld+json"`: read by the on-demand
    /// module (see `extra`).
    JsonLd,
    /// Nothing usable.
    Missing,
}

impl Source {
    /// The source of `host`'s data; inline data is read `in_steps` (each step a task of its
    /// own) unless it is small and the card must be whole in this task.
    pub(super) fn of(host: &Element, in_steps: bool) -> Self {
        if let Ok(Some(script)) = host.query_selector(INLINE_DATA_SELECTOR) {
            let text = text_content(&script);
            return if in_steps || text.length() > BIG_INLINE_DATA {
                Self::InlineInSteps(text)
            } else {
                Self::Inline(text.into())
            };
        }
        if let Some(url) = host
            .get_attribute("src")
            .filter(|url| !url.trim().is_empty())
        {
            return Self::Fetch(url);
        }
        if host.get_attribute("source").as_deref() == Some("ld+json") {
            return Self::JsonLd;
        }
        Self::Missing
    }

    /// What the widget shows first: the film, when the source needs no network and is small;
    /// else loading.
    pub(super) fn initial_data(&self) -> WidgetData {
        match self {
            Self::Inline(text) => match data::parse(text) {
                // A terse refusal is shown once the on-demand module has said why (`extra`).
                Err(_) if cfg!(feature = "terse-errors") => WidgetData::Loading,
                read => read.into(),
            },
            Self::InlineInSteps(_) => WidgetData::Loading,
            Self::JsonLd => WidgetData::Loading,
            Self::Fetch(_) => WidgetData::Loading,
            Self::Missing => WidgetData::Failed(Rc::new(DataError::new(
                "",
                "no film data: put a <script type=\"application/json\"> block inside the element, \
                 or give it a src=\"film.json\" or source=\"ld+json\" attribute",
            ))),
        }
    }
}

/// Inline data read in the tasks after the one that mounted the card: one to copy the text into
/// the wasm, one to parse it, one to check it, and the card renders in the next. On a slow phone
/// each of them is short, where parsing and rendering a card in one task was not: the first use
/// of each part of the wasm compiles it.
pub(super) async fn read_in_steps(text: js_sys::JsString) -> WidgetData {
    yield_to_page().await;
    let js_text = text;
    let text = String::from(&js_text);
    yield_to_page().await;
    let value = match data::parse_json(&text) {
        Ok(value) => value,
        Err(error) => return Err(explained(&text, error).await).into(),
    };
    drop(text);
    yield_to_page().await;
    let film = data::from_value(&value);
    drop(value);
    yield_to_page().await;
    match film {
        Err(error) => Err(explained(&String::from(&js_text), error).await).into(),
        film => film.into(),
    }
}

/// The film in `text`, or why it was refused, in full (see `explained`).
pub(super) async fn parse_explained(text: &str) -> Result<crate::model::Film, DataError> {
    match data::parse(text) {
        Err(error) => Err(explained(text, error).await),
        film => film,
    }
}

/// Ends the current task, so the page can paint and answer input before the next step.
async fn yield_to_page() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// The film at `url`, or why it could not be had.
pub(super) async fn fetch_film(url: &str) -> Result<crate::model::Film, DataError> {
    let failed = |why: String| DataError::new("src", format!("could not load {url}: {why}"));
    let window = web_sys::window().ok_or_else(|| failed("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed("the network request failed".into()))?
        .unchecked_into();
    if !response.ok() {
        return Err(failed(format!(
            "the server answered HTTP {}",
            response.status()
        )));
    }
    let text = JsFuture::from(
        response
            .text()
            .map_err(|_| failed("unreadable body".into()))?,
    )
    .await
    .map_err(|_| failed("the download broke off".into()))?;
    parse_explained(&text.as_string().unwrap_or_default()).await
}
