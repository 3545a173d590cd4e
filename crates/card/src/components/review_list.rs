use std::rc::Rc;

use yew::prelude::*;

use crate::components::rating_summary::rating_summary;
use crate::components::review_batch::ReviewBatch;
use crate::components::{CardScope, Shared};
use crate::hooks::use_batched_reveal::use_batched_reveal;
use crate::model::Film;
use crate::state::{ListAction, ListState, REVEAL_BATCH};

/// Properties of [`ReviewList`].
#[derive(Properties, PartialEq)]
pub struct ReviewListProps {
    /// The film whose reviews are listed.
    pub film: Shared<Film>,
    /// What every view of the card shares.
    pub scope: Rc<CardScope>,
}

/// The "Reviews" section: a heading, the average rating, the first page of reviews in the chosen
/// order, and a button that adds the rest, batch by batch.
#[component]
pub fn ReviewList(props: &ReviewListProps) -> Html {
    let ReviewListProps { film, scope } = props;
    let CardScope {
        config,
        locale,
        linked_review,
        host,
    } = &**scope;
    let labels = &locale.labels;
    let total = film.reviews.len();
    let list = use_reducer(|| ListState::new(config.max_reviews, total, config.in_steps));
    use_batched_reveal(&list);
    {
        // Effects run after the DOM is updated: the host hears "ready" once the card is whole,
        // its first page of reviews included.
        let on_ready = host.on_ready.clone();
        let title = film.title.clone();
        use_effect_with(list.has_first_page(), move |&whole| {
            if whole {
                on_ready.emit(title);
            }
        });
    }
    let order = use_memo((film.clone(), config.sort), |(film, sort)| {
        sort.apply(&film.reviews)
    });
    let average = use_memo(film.clone(), |film| film.rating_summary());
    {
        // A link to a review beyond the first page shows all, so the batches reach it.
        let position = linked_review.as_deref().and_then(|anchor| {
            order
                .iter()
                .position(|&index| film.reviews[index].anchor == anchor)
        });
        let dispatcher = list.dispatcher();
        use_effect_with(position, move |position| {
            if let Some(position) = *position {
                dispatcher.dispatch(ListAction::RenderThrough(position));
            }
        });
    }
    let heading_id = format!("{}-reviews", config.id_prefix);
    let list_id = format!("{}-review-list", config.id_prefix);
    let batches = (0..list.rendered()).step_by(REVEAL_BATCH).map(|start| {
        let range = start..(start + REVEAL_BATCH).min(list.rendered());
        html! {
            <ReviewBatch
                key={start}
                film={film.clone()}
                order={order.clone()}
                {range}
                scope={scope.clone()}
            />
        }
    });
    let on_show_all = {
        let dispatcher = list.dispatcher();
        let showing_all = list.is_showing_all();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(if showing_all {
                ListAction::ShowFewer
            } else {
                ListAction::ShowAll
            })
        })
    };
    html! {
        <section class="fc-reviews" part="reviews" aria-labelledby={heading_id.clone()}>
            <@{config.section_tag()} id={heading_id} class="fc-reviews__heading">
                {labels.reviews().clone()}
            </@>
            if let Some((average_tenths, count)) = *average {
                {rating_summary(average_tenths, count, locale)}
            }
            if film.reviews.is_empty() {
                <p class="fc-reviews__empty">{labels.no_reviews().clone()}</p>
            } else {
                <div id={list_id.clone()} class="fc-reviews__list" aria-busy={list.is_revealing().then_some("true")}>
                    {for batches}
                </div>
            }
            if list.has_more() {
                <button
                    type="button"
                    class="fc-reviews__more"
                    part="show-all"
                    aria-expanded={list.is_showing_all().to_string()}
                    aria-controls={list_id}
                    onclick={on_show_all}
                >
                    {if list.is_showing_all() {
                        labels.show_fewer().to_string()
                    } else {
                        locale.plural(labels.show_all(), total as u64)
                    }}
                </button>
            }
        </section>
    }
}
