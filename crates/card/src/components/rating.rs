use yew::prelude::*;

use crate::i18n::{fill, Locale};
use crate::model::{Rating, GRADES};

/// A score as readers see it ("9/10", "★★★★½", "B+"), announced in words ("9 out of 10",
/// "4.5 out of 5 stars", "Grade B+").
pub fn rating_text(rating: &Rating, locale: &Locale) -> Html {
    let (shown, spoken) = rating_texts(rating, locale);
    html! {
        <span class="fc-review__rating" part="rating">
            <span aria-hidden="true">{shown}</span>
            <span class="fc-visually-hidden">{spoken}</span>
        </span>
    }
}

/// What a rating looks like, and what it says to assistive technology.
pub fn rating_texts(rating: &Rating, locale: &Locale) -> (String, String) {
    let labels = &locale.labels;
    match *rating {
        Rating::Score {
            value_tenths,
            best_tenths,
        } => {
            let value = locale.tenths(value_tenths);
            let best = locale.tenths(best_tenths);
            let shown = format!("{value}/{best}");
            (
                shown,
                fill(labels.score(), &[("value", &value), ("best", &best)]),
            )
        }
        Rating::Stars { halves, best } => {
            let whole = usize::from(halves / 2);
            let half = usize::from(halves % 2);
            let empty = usize::from(best).saturating_sub(whole + half);
            let shown = format!(
                "{}{}{}",
                "★".repeat(whole),
                "½".repeat(half),
                "☆".repeat(empty)
            );
            let value = locale.tenths(u32::from(halves) * 5);
            let best = locale.number(u64::from(best));
            (
                shown,
                fill(labels.stars(), &[("value", &value), ("best", &best)]),
            )
        }
        Rating::Grade(position) => {
            let grade = GRADES[usize::from(position).min(GRADES.len() - 1)];
            (grade.to_owned(), fill(labels.grade(), &[("grade", grade)]))
        }
    }
}
