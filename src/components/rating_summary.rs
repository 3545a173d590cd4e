use yew::prelude::*;

use crate::i18n::{fill, Locale};

/// The average of the reviews' ratings out of 10 (in tenths: 87 is 8.7) and how many ratings
/// it is taken over: "8.7/10 · 4 ratings", read as "Average rating: 8.7 out of 10, 4 ratings".
pub fn rating_summary(average_tenths: u32, count: u64, locale: &Locale) -> Html {
    let average = locale.tenths(average_tenths);
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
            {locale.plural(&locale.labels.rating_count, count)}
        </p>
    }
}
