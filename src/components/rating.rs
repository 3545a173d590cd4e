use yew::prelude::*;

use crate::i18n::Labels;
use crate::model::Rating;

/// Properties of [`RatingText`].
#[derive(Properties, PartialEq)]
pub struct RatingTextProps {
    /// The validated score and its scale.
    pub rating: Rating,
    /// Labels in the widget's language.
    pub labels: &'static Labels,
}

/// A score shown as "9/10" and announced as "9 out of 10".
#[component]
pub fn RatingText(props: &RatingTextProps) -> Html {
    let value = Rating::display_tenths(props.rating.value_tenths);
    let best = Rating::display_tenths(props.rating.best_tenths);
    html! {
        <span class="fc-review__rating">
            <span aria-hidden="true">{format!("{value}/{best}")}</span>
            <span class="fc-visually-hidden">{format!("{value} {} {best}", props.labels.out_of)}</span>
        </span>
    }
}
