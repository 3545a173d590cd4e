use std::rc::Rc;

use yew::prelude::*;

use crate::components::review::Review;
use crate::components::{CardScope, Shared};
use crate::model::Film;

/// Properties of [`ReviewBatch`].
#[derive(Properties, PartialEq)]
pub struct ReviewBatchProps {
    /// The film whose reviews are listed.
    pub film: Shared<Film>,
    /// Positions in `film.reviews`, in display order.
    pub order: Rc<Vec<usize>>,
    /// Which part of `order` this batch shows.
    pub range: std::ops::Range<usize>,
    /// What every view of the card shares.
    pub scope: Rc<CardScope>,
}

/// A run of consecutive reviews, as a list of its own. Reviews come in these so that adding a
/// batch, or opening one review, leaves every other batch untouched, in Yew and in the browser:
/// a batch beyond the first is laid out only when it nears the screen, and appending one does not
/// make the browser lay out the thousands before it again (one flat list of 5,000 did, at about
/// 50 ms a frame).
#[component]
pub fn ReviewBatch(props: &ReviewBatchProps) -> Html {
    let ReviewBatchProps {
        film, order, scope, ..
    } = props;
    let CardScope {
        config,
        locale,
        linked_review,
        host,
    } = &**scope;
    let reviews = order[props.range.clone()].iter().map(|&index| {
        let review = &film.reviews[index];
        let targeted = linked_review.as_deref() == Some(review.anchor.as_str());
        html! {
            <Review
                key={index}
                review={Shared::from(review.clone())}
                number={index + 1}
                text_id={format!("{}-review-{index}", config.id_prefix)}
                collapse_at={config.collapse_at}
                {targeted}
                locale={locale.clone()}
                host={host.clone()}
            />
        }
    });
    let reviews: Html = reviews.collect();
    // Each class a literal: a class from an expression goes through `Classes`, whose set of
    // names brings a hash table into the reader's wasm for this one list (BENCHMARKS.md).
    if props.range.start == 0 {
        html! { <ul class="fc-reviews__batch">{reviews}</ul> }
    } else {
        html! { <ul class="fc-reviews__batch fc-reviews__batch--more">{reviews}</ul> }
    }
}
