use std::rc::Rc;

use yew::prelude::*;

use crate::components::review::Review;
use crate::config::Config;
use crate::i18n::labels;
use crate::model::Film;
use crate::state::{ReviewsAction, ReviewsState};

/// Properties of [`ReviewList`].
#[derive(Properties, PartialEq)]
pub struct ReviewListProps {
    /// The film whose reviews are listed.
    pub film: Rc<Film>,
    /// Display options for this widget.
    pub config: Rc<Config>,
}

/// The "Reviews" section: a heading and a list of reviews, each collapsible on its own.
#[component]
pub fn ReviewList(props: &ReviewListProps) -> Html {
    let ReviewListProps { film, config } = props;
    let state = use_reducer(ReviewsState::default);
    let labels = labels(&config.lang);
    let heading_id = format!("{}-reviews", config.id_prefix);
    let reviews = film.reviews.iter().enumerate().map(|(index, review)| {
        let on_toggle = {
            let state = state.dispatcher();
            Callback::from(move |()| state.dispatch(ReviewsAction::Toggle(index)))
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
    html! {
        <section class="fc-reviews" aria-labelledby={heading_id.clone()}>
            <@{config.section_tag()} id={heading_id} class="fc-reviews__heading">
                {labels.reviews}
            </@>
            if film.reviews.is_empty() {
                <p class="fc-reviews__empty">{labels.no_reviews}</p>
            } else {
                <ul class="fc-reviews__list">{for reviews}</ul>
            }
        </section>
    }
}
