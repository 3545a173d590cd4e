use yew::prelude::*;

use crate::i18n::Labels;

/// Properties of [`Certificate`].
#[derive(Properties, PartialEq)]
pub struct CertificateProps {
    /// The age certificate as the data gives it, e.g. "NR".
    pub certificate: AttrValue,
    /// Labels in the widget's language.
    pub labels: &'static Labels,
}

/// The age certificate as a badge, announced as "Rated NR".
#[component]
pub fn Certificate(props: &CertificateProps) -> Html {
    html! {
        <span class="fc-badge" part="certificate">
            <span class="fc-visually-hidden">{props.labels.rated}{" "}</span>
            <span dir="auto">{props.certificate.clone()}</span>
        </span>
    }
}
