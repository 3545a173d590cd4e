use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::select_field::SelectField;
use crate::components::text_field::{table_field, TextField};
use crate::field::Placed;
use crate::form::fields::{Field, FILM, GROUPS};
use crate::form::FormState;
use crate::work::WorkForm;

thread_local! {
    /// The kind select's choices: the data's names, with the words the card uses.
    static KINDS: Rc<Vec<(AttrValue, AttrValue)>> = Rc::new(
        [("film", "Film"), ("series", "TV series"), ("season", "TV season"), ("episode", "TV episode")]
            .map(|(value, text)| (AttrValue::Static(value), AttrValue::Static(text)))
            .to_vec(),
    );
}

/// One of the work's fields (see [`WorkForm::shown`]), with its label and hint.
fn work_field(
    path: &'static str,
    work: &WorkForm,
    errors: &Rc<Vec<Placed>>,
    on_set: &Callback<(String, String)>,
) -> Html {
    let (label, hint, kind) = match path {
        "series" => ("Series", "The series' title, e.g. Mad Men", "text"),
        "season" => ("Season number", "0 for specials", "number"),
        "episode" => ("Episode number", "Its number in the season", "number"),
        _ => (
            "Ended",
            "When the last episode aired: YYYY-MM-DD, YYYY-MM or YYYY; blank while it runs",
            "text",
        ),
    };
    let value = work.clone().field_mut(path).cloned().unwrap_or_default();
    html! {
        <TextField path={path} label={label} hint={AttrValue::Static(hint)} kind={kind}
            value={AttrValue::from(value)} errors={errors.clone()} on_set={on_set.clone()} />
    }
}

/// One of the film's own fields (see [`FILM`]), at its path in the data.
fn text_field(
    field: &'static Field<FormState>,
    form: &FormState,
    errors: &Rc<Vec<Placed>>,
    on_set: &Callback<(String, String)>,
) -> Html {
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
    // The fields in the table's order, the title first and the work's after it; a part's
    // fields in their group, where the part's first field is.
    let (title, rest) = FILM
        .split_first()
        .expect("the film's fields start with the title");
    let rest = rest.iter().enumerate().filter_map(|(at, field)| {
        let previous = at.checked_sub(1).and_then(|before| rest[before].part());
        match field.part() {
            None => Some(text_field(field, form, errors, on_set)),
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
            {text_field(title, form, errors, on_set)}
            <SelectField path="kind" label="What it is" choices={KINDS.with(Rc::clone)}
                value={AttrValue::from(if form.work.kind.trim().is_empty() { "film".to_owned() } else { form.work.kind.clone() })}
                errors={errors.clone()} on_set={on_set.clone()} />
            { for form.work.shown().into_iter().map(|path| work_field(path, &form.work, errors, on_set)) }
            { for rest }
        </section>
    }
}
