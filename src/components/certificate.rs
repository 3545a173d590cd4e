use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Locale;

/// Properties of [`Certificate`].
#[derive(Properties, PartialEq)]
pub struct CertificateProps {
    /// The age certificate as the data gives it, e.g. "NR".
    pub certificate: AttrValue,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// The age certificate as a badge, announced as "Rated NR".
#[component]
pub fn Certificate(props: &CertificateProps) -> Html {
    html! {
        <span class="fc-badge" part="certificate">
            <span class="fc-visually-hidden">{props.locale.labels.rated.clone()}{" "}</span>
            <span dir="auto">{props.certificate.clone()}</span>
        </span>
    }
}
