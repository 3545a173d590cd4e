use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Locale;
use crate::model::Release;

/// Properties of [`ReleaseLine`].
#[derive(Properties, PartialEq)]
pub struct ReleaseLineProps {
    /// When and where the film was released.
    pub release: Release,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// The release date as a machine-readable `<time>`, then the region: "22 October 1948 (USA)".
#[component]
pub fn ReleaseLine(props: &ReleaseLineProps) -> Html {
    let Release { date, region } = &props.release;
    html! {
        <span class="fc-release" part="release">
            if let Some(date) = date {
                <time datetime={date.iso()}>{props.locale.date(date)}</time>
            }
            if let Some(region) = region {
                {if date.is_some() { " (" } else { "(" }}
                <span dir="auto">{region}</span>
                {")"}
            }
        </span>
    }
}
