use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{fill, Locale};
use crate::model;

/// Properties of [`Poster`].
#[derive(Properties, PartialEq)]
pub struct PosterProps {
    /// The poster's validated URL and alternative text.
    pub poster: model::Poster,
    /// The film's title, for a poster without alternative text of its own.
    pub title: AttrValue,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// The poster image, loaded lazily so a card below the fold costs the reader nothing up front.
#[component]
pub fn Poster(props: &PosterProps) -> Html {
    let alt = match &props.poster.alt {
        Some(alt) => alt.clone(),
        None => fill(&props.locale.labels.poster_alt, &[("title", &props.title)]),
    };
    html! {
        <img class="fc-card__poster" part="poster" src={props.poster.url.clone()} {alt}
            loading="lazy" decoding="async" referrerpolicy="no-referrer" />
    }
}
