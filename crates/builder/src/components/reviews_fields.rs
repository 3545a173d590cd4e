use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::review_fields::ReviewFields;
use crate::field::review_path;
use crate::field::Placed;
use crate::form::ReviewForm;
use filmcard_film::schema::LeftOut;

/// Properties of [`ReviewsFields`].
#[derive(Properties, PartialEq)]
pub struct ReviewsFieldsProps {
    /// The reviews as the form holds them.
    pub reviews: Rc<Vec<ReviewForm>>,
    /// What the JSON-LD leaves out of the film, when the card accepts it; each review shows its
    /// own note.
    #[prop_or_default]
    pub json_ld_left_out: Rc<Vec<LeftOut>>,
    /// Every message placed on a field; each field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
    /// Adds a blank review.
    pub on_add: Callback<()>,
    /// Removes the review at an index.
    pub on_remove: Callback<usize>,
    /// Moves the review at an index one place up or down.
    pub on_move: Callback<(usize, isize)>,
}

/// The list of reviews and the button adding one.
#[component]
pub fn ReviewsFields(props: &ReviewsFieldsProps) -> Html {
    let (messages, _) = field_messages("reviews", &props.errors);
    let on_add = {
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| on_add.emit(()))
    };
    let count = props.reviews.len();
    html! {
        <section class="fc-b-section" aria-labelledby="fc-b-reviews-heading" data-path="reviews">
            <h2 id="fc-b-reviews-heading">{"Reviews"}</h2>
            {messages}
            if count == 0 {
                <p class="fc-b-hint">{"No reviews yet."}</p>
            }
            { for props.reviews.iter().enumerate().map(|(index, review)| {
                let path = review_path(index, "");
                let json_ld_note = props.json_ld_left_out.iter()
                    .find(|part| part.path == path)
                    .map(|part| AttrValue::Static(part.reason));
                html! {
                    <ReviewFields {index} {count} review={review.clone()} {json_ld_note} errors={props.errors.clone()}
                        on_set={props.on_set.clone()} on_remove={props.on_remove.clone()} on_move={props.on_move.clone()} />
                }
            }) }
            <button type="button" onclick={on_add}>{"Add a review"}</button>
        </section>
    }
}
