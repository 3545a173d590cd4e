use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{fill, Locale};

/// Properties of [`RatingSummary`].
#[derive(Properties, PartialEq)]
pub struct RatingSummaryProps {
    /// The average out of 10, in tenths: 87 is 8.7.
    pub average_tenths: u32,
    /// How many ratings the average is taken over.
    pub count: u64,
    /// The words of the widget's language.
    pub locale: Rc<Locale>,
}

/// The average of the reviews' ratings and how many there are: "8.7/10 · 4 ratings".
#[component]
pub fn RatingSummary(props: &RatingSummaryProps) -> Html {
    let locale = &props.locale;
    let average = locale.tenths(props.average_tenths);
    let spoken = format!(
        "{}: {}, ",
        locale.labels.average_rating,
        fill(&locale.labels.score, &[("value", &average), ("best", "10")])
    );
    html! {
        <p class="fc-reviews__average" part="average">
            <span class="fc-visually-hidden">{spoken}</span>
            <span class="fc-reviews__average-score" aria-hidden="true">{format!("{average}/10")}</span>
            <span aria-hidden="true">{" · "}</span>
            {locale.plural(&locale.labels.rating_count, props.count)}
        </p>
    }
}
