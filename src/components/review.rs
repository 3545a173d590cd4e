use std::rc::Rc;

use yew::prelude::*;

use crate::components::rating::RatingText;
use crate::i18n::Labels;
use crate::model;
use crate::text::{excerpt, Excerpt};

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The review to show.
    pub review: Rc<model::Review>,
    /// Id of the review's text element, unique on the page; the toggle's `aria-controls`.
    pub text_id: AttrValue,
    /// Texts longer than this many grapheme clusters are collapsed.
    pub collapse_at: usize,
    /// Whether a long text is shown whole.
    pub expanded: bool,
    /// Called when the reader presses "View More" or "View Less".
    pub on_toggle: Callback<()>,
    /// Labels in the widget's language.
    pub labels: &'static Labels,
}

/// One review: its author, and its text behind a disclosure button when it is long.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let ReviewProps {
        review,
        text_id,
        labels,
        expanded,
        ..
    } = props;
    let excerpt = excerpt(&review.text, props.collapse_at);
    let shown = match excerpt {
        Excerpt::Cut(prefix) if !expanded => html! { <>{prefix}{"…"}</> },
        _ => html! { {review.text.as_str()} },
    };
    // The accessible name starts with the visible label and says whose review it opens.
    let toggle_label = if *expanded {
        labels.view_less
    } else {
        labels.view_more
    };
    let on_click = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(()))
    };
    html! {
        <li class="fc-review" part="review">
            <p class="fc-review__byline">
                <span class="fc-review__author" part="review-author" dir="auto">{&review.author}</span>
                if let Some(rating) = review.rating {
                    <RatingText {rating} {labels} />
                }
                if let Some(date) = &review.date {
                    <time class="fc-review__date" datetime={date.iso()}>{labels.date(date)}</time>
                }
            </p>
            <p id={text_id.clone()} class="fc-review__text" part="review-text" dir="auto">{shown}</p>
            if matches!(excerpt, Excerpt::Cut(_)) {
                <button
                    type="button"
                    class="fc-review__toggle"
                    part="toggle"
                    aria-expanded={expanded.to_string()}
                    aria-controls={text_id.clone()}
                    aria-label={format!("{toggle_label}: {} {}", labels.review_by, review.author)}
                    onclick={on_click}
                >
                    {toggle_label}
                </button>
            }
        </li>
    }
}
