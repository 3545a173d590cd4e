use yew::prelude::*;

use crate::field::{dom_id, Origin, Placed};

/// The messages placed on the field at `path`, and the ids a control lists in its
/// `aria-describedby`. A plain function rather than a component: it has no state.
pub fn field_messages(path: &str, errors: &[Placed]) -> (Html, Vec<String>) {
    let mine: Vec<(String, &Placed)> = errors
        .iter()
        .filter(|placed| placed.field == path)
        .enumerate()
        .map(|(at, placed)| (dom_id(&format!("error{at}"), path), placed))
        .collect();
    let ids = mine.iter().map(|(id, _)| id.clone()).collect();
    let html = html! {
        { for mine.into_iter().map(|(id, placed)| html! {
            <p class={classes!("fc-b-error", (placed.origin == Origin::Import).then_some("fc-b-error--import"))} id={id}>
                <span class="fc-b-error__origin">{match placed.origin {
                    Origin::Card => "The card says: ",
                    Origin::Option => "The card ignores this: ",
                    Origin::Import => "From the import: ",
                }}</span>
                <span class="fc-b-error__text">{placed.text.clone()}</span>
            </p>
        }) }
    };
    (html, ids)
}
