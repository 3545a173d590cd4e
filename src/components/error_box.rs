use std::rc::Rc;

use yew::prelude::*;

use crate::data::DataError;
use crate::i18n::Locale;

/// Properties of [`ErrorBox`].
#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    /// Why the film data was refused.
    pub error: Rc<DataError>,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// A small box in place of the card that tells the blogger which field to fix.
#[component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    html! {
        <div class="fc-error" part="error">
            <p class="fc-error__title">{props.locale.labels.error_title.clone()}</p>
            <p class="fc-error__detail" dir="auto"><code>{props.error.to_string()}</code></p>
        </div>
    }
}
