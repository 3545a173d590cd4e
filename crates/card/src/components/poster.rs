use yew::prelude::*;

use crate::i18n::{fill, Locale};
use crate::model;

/// The poster image, loaded lazily so a card below the fold costs the reader nothing up front;
/// without an `alt` of its own, it is described from the film's title.
pub fn poster(poster: &model::Poster, title: &str, locale: &Locale) -> Html {
    let alt = match &poster.alt {
        Some(alt) => alt.clone(),
        None => fill(locale.labels.poster_alt(), &[("title", title)]),
    };
    html! {
        <img class="fc-card__poster" part="poster" src={poster.url.clone()} {alt}
            loading="lazy" decoding="async" referrerpolicy="no-referrer" />
    }
}
