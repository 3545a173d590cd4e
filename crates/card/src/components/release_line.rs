use yew::prelude::*;

use crate::i18n::Locale;
use crate::model::Release;

/// The release date as a machine-readable `<time>`, then the region: "22 October 1948 (USA)".
pub fn release_line(release: &Release, locale: &Locale) -> Html {
    let Release { date, region } = release;
    html! {
        <span class="fc-release" part="release">
            if let Some(date) = date {
                <time datetime={date.iso()}>{locale.date(date)}</time>
            }
            if let Some(region) = region {
                {if date.is_some() { " (" } else { "(" }}
                <span dir="auto">{region}</span>
                {")"}
            }
        </span>
    }
}
