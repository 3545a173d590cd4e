use yew::prelude::*;

use crate::i18n::{fill, Locale};

/// The average rating out of 10 (in tenths: 87 is 8.7) and how many ratings it is taken over,
/// when that is known: "8.7/10 · 4 ratings", read as "Average rating: 8.7 out of 10, 4 ratings".
pub fn rating_summary(average_tenths: u32, count: Option<u64>, locale: &Locale) -> Html {
    let average = locale.tenths(average_tenths);
    let spoken = format!(
        "{}: {}{}",
        locale.labels.average_rating(),
        fill(
            locale.labels.score(),
            &[("value", &average), ("best", "10")]
        ),
        if count.is_some() { ", " } else { "" }
    );
    html! {
        <p class="fc-reviews__average" part="average">
            <span class="fc-visually-hidden">{spoken}</span>
            <span class="fc-reviews__average-score" aria-hidden="true">{format!("{average}/10")}</span>
            if let Some(count) = count {
                <span aria-hidden="true">{" · "}</span>
                {locale.plural(locale.labels.rating_count(), count)}
            }
        </p>
    }
}
