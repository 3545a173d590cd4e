use yew::prelude::*;

use crate::data::DataError;
use crate::i18n::Locale;

/// A small box in place of the card that tells the blogger which field to fix.
pub fn error_box(error: &DataError, locale: &Locale) -> Html {
    html! {
        <div class="fc-error" part="error">
            <p class="fc-error__title">{locale.labels.error_title().clone()}</p>
            <p class="fc-error__detail" dir="auto"><code>{error.to_string()}</code></p>
        </div>
    }
}
