use std::rc::Rc;

use yew::prelude::*;

use crate::components::review::Review;
use crate::config::Config;
use crate::i18n::labels;
use crate::model::Film;
use crate::state::{ReviewToggle, ReviewsAction, ReviewsState};

/// Properties of [`ReviewList`].
#[derive(Properties, PartialEq)]
pub struct ReviewListProps {
    /// The film whose reviews are listed.
    pub film: Rc<Film>,
    /// Display options for this widget.
    pub config: Rc<Config>,
    /// Called after a reader expands or collapses a review.
    #[prop_or_default]
    pub on_toggle: Callback<ReviewToggle>,
}

/// The "Reviews" section: a heading, the first page of reviews, each collapsible on its own, and
/// a button for the rest.
#[component]
pub fn ReviewList(props: &ReviewListProps) -> Html {
    let ReviewListProps {
        film,
        config,
        on_toggle,
    } = props;
    let state = use_reducer(ReviewsState::default);
    let labels = labels(&config.lang);
    let heading_id = format!("{}-reviews", config.id_prefix);
    let list_id = format!("{}-review-list", config.id_prefix);
    let total = film.reviews.len();
    let shown = if state.is_showing_all() {
        total
    } else {
        total.min(config.max_reviews)
    };
    let reviews = film.reviews[..shown]
        .iter()
        .enumerate()
        .map(|(index, review)| {
            let on_toggle = {
                let dispatcher = state.dispatcher();
                let on_toggle = on_toggle.clone();
                let expanded = !state.is_expanded(index);
                let review_id = review.id.clone().unwrap_or_else(|| (index + 1).to_string());
                Callback::from(move |()| {
                    dispatcher.dispatch(ReviewsAction::Toggle(index));
                    on_toggle.emit(ReviewToggle {
                        review_id: review_id.clone(),
                        expanded,
                    });
                })
            };
            html! {
                <Review
                    key={index}
                    review={review.clone()}
                    text_id={format!("{}-review-{index}", config.id_prefix)}
                    collapse_at={config.collapse_at}
                    expanded={state.is_expanded(index)}
                    {on_toggle}
                    {labels}
                />
            }
        });
    let on_show_all = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(ReviewsAction::ToggleShowAll))
    };
    html! {
        <section class="fc-reviews" part="reviews" aria-labelledby={heading_id.clone()}>
            <@{config.section_tag()} id={heading_id} class="fc-reviews__heading">
                {labels.reviews}
            </@>
            if film.reviews.is_empty() {
                <p class="fc-reviews__empty">{labels.no_reviews}</p>
            } else {
                <ul id={list_id.clone()} class="fc-reviews__list">{for reviews}</ul>
            }
            if total > config.max_reviews {
                <button
                    type="button"
                    class="fc-reviews__more"
                    part="show-all"
                    aria-expanded={state.is_showing_all().to_string()}
                    aria-controls={list_id}
                    onclick={on_show_all}
                >
                    {if state.is_showing_all() { labels.show_fewer.to_owned() } else { labels.show_all(total) }}
                </button>
            }
        </section>
    }
}
