use yew::prelude::*;

use crate::i18n::{fill, Locale};
use crate::model::Trailer;

/// The trailer's name: its own label, else one made from the film's title.
pub fn trailer_name(trailer: &Trailer, title: &str, locale: &Locale) -> String {
    match &trailer.label {
        Some(label) => label.clone(),
        None => fill(locale.labels.trailer_name(), &[("title", title)]),
    }
}

/// A link to the trailer that opens in a new tab without giving that tab access to this page.
pub fn trailer_link(trailer: &Trailer, title: &str, locale: &Locale) -> Html {
    let label = trailer_name(trailer, title, locale);
    html! {
        <p class="fc-card__trailer">
            <a class="fc-trailer" part="trailer" href={trailer.url.clone()} target="_blank" rel="noopener noreferrer">
                <span dir="auto">{label}</span>
                <span class="fc-visually-hidden">{" "}{locale.labels.opens_in_new_tab().clone()}</span>
            </a>
        </p>
    }
}
