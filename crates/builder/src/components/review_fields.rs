use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::select_field::SelectField;
use crate::components::text_field::{table_field, TextField};
use crate::field::{dom_id, review_path, Placed};
use crate::form::fields::{Field, REVIEW, REVIEW_BEFORE_RATING};
use crate::form::{RatingKind, ReviewForm};
use crate::hooks::use_control_value::use_control_value;
use filmcard_film::model::GRADES;

/// Properties of [`ReviewFields`].
#[derive(Properties, PartialEq)]
pub struct ReviewFieldsProps {
    /// The review's index in the list, from 0.
    pub index: usize,
    /// How many reviews there are, to know which moves are possible.
    pub count: usize,
    /// The review as the form holds it.
    pub review: ReviewForm,
    /// Why the review is left out of the JSON-LD for search engines, when it is.
    #[prop_or_default]
    pub json_ld_note: Option<AttrValue>,
    /// Every message placed on a field; each field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
    /// Removes the review at an index.
    pub on_remove: Callback<usize>,
    /// Moves the review at an index one place up (`-1`) or down (`1`).
    pub on_move: Callback<(usize, isize)>,
}

/// One review's fields, grouped under its number, with buttons to move and remove it.
#[component]
pub fn ReviewFields(props: &ReviewFieldsProps) -> Html {
    let ReviewFieldsProps {
        index,
        review,
        errors,
        on_set,
        ..
    } = props;
    let read = use_control_value();
    let index = *index;
    let number = index + 1;
    let path = |field: &str| AttrValue::from(review_path(index, field));
    let (group_messages, _) = field_messages(&review_path(index, ""), errors);
    let rating_kinds: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        RatingKind::ALL
            .iter()
            .map(|(kind, name)| {
                let text = match kind {
                    RatingKind::None => "No rating",
                    RatingKind::OutOfTen => "A number out of 10",
                    RatingKind::Scale => "A score on another scale",
                    RatingKind::Stars => "Stars",
                    RatingKind::Grade => "A letter grade",
                };
                (AttrValue::Static(name), AttrValue::Static(text))
            })
            .collect(),
    );
    let grades: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        std::iter::once(("", "Choose a grade"))
            .chain(GRADES.iter().rev().map(|grade| (*grade, *grade)))
            .map(|(value, text)| (AttrValue::Static(value), AttrValue::Static(text)))
            .collect(),
    );
    let rating = &review.rating;
    // The rating's fields sit in one group named `rating`, where the data's errors about the
    // rating as a whole land; a number out of 10 or a grade is itself the field named `rating`.
    let own_field = matches!(rating.kind, RatingKind::OutOfTen | RatingKind::Grade);
    let (rating_messages, _) = if own_field {
        (html! {}, Vec::new())
    } else {
        field_messages(&review_path(index, "rating"), errors)
    };
    let value_field = match rating.kind {
        RatingKind::None => html! {},
        RatingKind::Grade => html! {
            <SelectField path={path("rating")} label="Grade" value={rating.value.clone()}
                choices={grades} errors={errors.clone()} on_set={on_set.clone()} />
        },
        RatingKind::OutOfTen => html! {
            <TextField path={path("rating")} label="Score out of 10" kind="number"
                value={rating.value.clone()} errors={errors.clone()} on_set={on_set.clone()} />
        },
        kind => {
            let stars = kind == RatingKind::Stars;
            html! { <>
                <TextField path={path(if stars { "rating.stars" } else { "rating.value" })}
                    label={if stars { "Stars" } else { "Score" }} kind="number"
                    hint={stars.then_some(AttrValue::Static("Whole or half stars, e.g. 4 or 3.5"))}
                    value={rating.value.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                <TextField path={path("rating.best")}
                    label={if stars { "Out of how many stars" } else { "Best possible score" }}
                    hint={AttrValue::Static(if stars { "Blank for 5" } else { "Blank for 10" })}
                    kind="number" value={rating.best.clone()} errors={errors.clone()} on_set={on_set.clone()} />
            </> }
        }
    };
    let on_spoiler = {
        let on_set = on_set.clone();
        let spoiler_path = review_path(index, "spoiler");
        // A checkbox reads as `true` or `false`, as the state takes the flag.
        Callback::from(move |event: Event| {
            on_set.emit((spoiler_path.clone(), read.emit(event)));
        })
    };
    let spoiler_id = dom_id("field", &review_path(index, "spoiler"));
    let (spoiler_messages, spoiler_described) =
        field_messages(&review_path(index, "spoiler"), errors);
    let spoiler_described = (!spoiler_described.is_empty()).then(|| spoiler_described.join(" "));
    let text_field = |field: &'static Field<ReviewForm>| {
        table_field(field, path(field.path), review, errors, on_set)
    };
    let (before_rating, after_spoiler) = REVIEW.split_at(REVIEW_BEFORE_RATING);
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(index))
    };
    let on_up = {
        let on_move = props.on_move.clone();
        Callback::from(move |_: MouseEvent| on_move.emit((index, -1)))
    };
    let on_down = {
        let on_move = props.on_move.clone();
        Callback::from(move |_: MouseEvent| on_move.emit((index, 1)))
    };
    html! {
        <fieldset class="fc-b-review" data-path={path("")}>
            <legend>{format!("Review {number}")}</legend>
            {group_messages}
            { for before_rating.iter().map(text_field) }
            <div class="fc-b-rating" data-path={(!own_field).then(|| path("rating"))}>
                {rating_messages}
                <SelectField path={path("rating.kind")} label="Rating" value={rating.kind.name()}
                    choices={rating_kinds} errors={errors.clone()} on_set={on_set.clone()} />
                {value_field}
            </div>
            if let Some(note) = &props.json_ld_note {
                <p class="fc-b-hint fc-b-json-ld-note" data-note="json-ld">{note.clone()}</p>
            }
            <div class="fc-b-field fc-b-field--check" data-path={path("spoiler")}>
                <input type="checkbox" id={spoiler_id.clone()} checked={review.spoiler} onchange={on_spoiler}
                    aria-describedby={spoiler_described} />
                <label for={spoiler_id}>{"Gives the plot away (hidden behind a spoiler warning)"}</label>
                {spoiler_messages}
            </div>
            { for after_spoiler.iter().map(text_field) }
            <div class="fc-b-review__actions">
                <button type="button" onclick={on_up} disabled={index == 0}>
                    {"Move up"}<span class="fc-b-hidden">{format!(" review {number}")}</span>
                </button>
                <button type="button" onclick={on_down} disabled={number >= props.count}>
                    {"Move down"}<span class="fc-b-hidden">{format!(" review {number}")}</span>
                </button>
                <button type="button" class="fc-b-danger" onclick={on_remove}>
                    {"Remove"}<span class="fc-b-hidden">{format!(" review {number}")}</span>
                </button>
            </div>
        </fieldset>
    }
}
