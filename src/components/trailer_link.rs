use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{fill, Locale};
use crate::model::Trailer;

/// Properties of [`TrailerLink`].
#[derive(Properties, PartialEq)]
pub struct TrailerLinkProps {
    /// The trailer's validated URL and label.
    pub trailer: Trailer,
    /// The film's title, for a link without a label of its own.
    pub title: AttrValue,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// A link to the trailer that opens in a new tab without giving that tab access to this page.
#[component]
pub fn TrailerLink(props: &TrailerLinkProps) -> Html {
    let label = match &props.trailer.label {
        Some(label) => label.clone(),
        None => fill(
            &props.locale.labels.trailer_name,
            &[("title", &props.title)],
        ),
    };
    html! {
        <p class="fc-card__trailer">
            <a class="fc-trailer" part="trailer" href={props.trailer.url.clone()} target="_blank" rel="noopener noreferrer">
                <span dir="auto">{label}</span>
                <span class="fc-visually-hidden">{" "}{props.locale.labels.opens_in_new_tab.clone()}</span>
            </a>
        </p>
    }
}
