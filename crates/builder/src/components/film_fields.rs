use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::select_field::SelectField;
use crate::components::text_field::table_field;
use crate::field::Placed;
use crate::form::fields::{Field, Kind, FILM, GROUPS};
use crate::form::FormState;
use filmcard_film::model::Work;

thread_local! {
    /// The kind select's choices: the data's names, with the words the card uses.
    static KINDS: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        Work::KINDS
            .into_iter()
            .zip(["Film", "TV series", "TV season", "TV episode"])
            .map(|(value, text)| (AttrValue::Static(value), AttrValue::Static(text)))
            .collect(),
    );
}

/// One of the film's own fields (see [`FILM`]), at its path in the data: the kind's select
/// (the table's one choice), or a text field.
fn text_field(
    field: &'static Field<FormState>,
    form: &FormState,
    errors: &Rc<Vec<Placed>>,
    on_set: &Callback<(String, String)>,
) -> Html {
    if field.kind == Kind::Choice {
        let text = (field.text)(form);
        let value = match field.absent {
            Some(absent) if text.trim().is_empty() => AttrValue::Static(absent),
            _ => AttrValue::from(text.clone()),
        };
        return html! {
            <SelectField path={field.path} label={field.label} choices={KINDS.with(Rc::clone)}
                {value} errors={errors.clone()} on_set={on_set.clone()} />
        };
    }
    table_field(field, AttrValue::Static(field.path), form, errors, on_set)
}

/// Properties of [`FilmFields`].
#[derive(Properties, PartialEq)]
pub struct FilmFieldsProps {
    /// The form.
    pub form: Rc<FormState>,
    /// Why the trailer is left out of the JSON-LD for search engines, when it is.
    #[prop_or_default]
    pub trailer_note: Option<AttrValue>,
    /// Every message placed on a field; each field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
}

/// The film's own fields: title, what it is (a film, or a TV series, season or episode, with
/// their fields), certificate, release, synopsis, trailer and poster.
#[component]
pub fn FilmFields(props: &FilmFieldsProps) -> Html {
    let FilmFieldsProps {
        form,
        trailer_note,
        errors,
        on_set,
    } = props;
    let group = |path: &'static str, legend: &'static str| {
        let (messages, _) = field_messages(path, errors);
        let fields = FILM.iter().filter(|field| field.part() == Some(path));
        // The note on what the JSON-LD leaves out concerns the trailer as a whole.
        let note = trailer_note.as_ref().filter(|_| path == "trailer");
        html! {
            <fieldset class="fc-b-group" data-path={path}>
                <legend>{legend}</legend>
                {messages}
                { for fields.map(|field| text_field(field, form, errors, on_set)) }
                if let Some(note) = note {
                    <p class="fc-b-hint fc-b-json-ld-note" data-note="json-ld">{note.clone()}</p>
                }
            </fieldset>
        }
    };
    // The fields in the table's order, those of another kind of work left out unless they
    // hold text; a part's fields in their group, where the part's first field is.
    let fields = FILM.iter().enumerate().filter_map(|(at, field)| {
        let previous = at.checked_sub(1).and_then(|before| FILM[before].part());
        match field.part() {
            None if form.shows(field) => Some(text_field(field, form, errors, on_set)),
            None => None,
            Some(part) if previous != Some(part) => GROUPS
                .iter()
                .find(|(path, _)| *path == part)
                .map(|(path, legend)| group(path, legend)),
            Some(_) => None,
        }
    });
    html! {
        <section class="fc-b-section" aria-labelledby="fc-b-film-heading">
            <h2 id="fc-b-film-heading">{"The film"}</h2>
            { for fields }
        </section>
    }
}
