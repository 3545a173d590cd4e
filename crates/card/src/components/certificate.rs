use yew::prelude::*;

use crate::i18n::Locale;

/// The age certificate as a badge, announced as "Rated NR".
pub fn certificate(certificate: &str, locale: &Locale) -> Html {
    html! {
        <span class="fc-badge" part="certificate">
            <span class="fc-visually-hidden">{locale.labels.rated().clone()}{" "}</span>
            <span dir="auto">{certificate.to_owned()}</span>
        </span>
    }
}
