use yew::prelude::*;

use crate::field::Placed;

/// Properties of [`Status`].
#[derive(Properties, PartialEq)]
pub struct StatusProps {
    /// The card's verdict when it refuses the data, placed on its field.
    pub verdict: Option<Placed>,
    /// What the page last did.
    pub status: AttrValue,
    /// How many imports were made, on the page for scripts waiting on one.
    #[prop_or_default]
    pub imports: u32,
    /// Moves the focus to the field at a path.
    pub on_focus: Callback<String>,
}

/// The form's state for screen readers (announced as it changes) and sighted users: whether
/// the card shows, or the error it shows and a button to its field.
#[component]
pub fn Status(props: &StatusProps) -> Html {
    let on_go = props.verdict.as_ref().map(|verdict| {
        let on_focus = props.on_focus.clone();
        let field = verdict.field.clone();
        Callback::from(move |_: MouseEvent| on_focus.emit(field.clone()))
    });
    html! {
        <div class="fc-b-status">
            <p role="status" aria-live="polite" aria-atomic="true" class="fc-b-status__verdict">
                {match &props.verdict {
                    None => html! { {"The card shows the film."} },
                    Some(verdict) => html! { <>{"The card shows an error: "}<strong>{verdict.text.clone()}</strong></> },
                }}
            </p>
            if let Some(on_go) = on_go {
                <button type="button" onclick={on_go}>{"Go to the field"}</button>
            }
            <p role="status" aria-live="polite" class="fc-b-status__done" data-imports={props.imports.to_string()}>{props.status.clone()}</p>
        </div>
    }
}
