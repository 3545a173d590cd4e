use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::components::select_field::SelectField;
use crate::components::text_field::TextField;
use crate::field::Placed;
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
    let field = |path: &'static str, label: &'static str, value: &str| {
        html! {
            <TextField path={path} label={label} value={AttrValue::from(value.to_owned())}
                errors={errors.clone()} on_set={on_set.clone()} />
        }
    };
    let group = |path: &'static str, legend: &'static str, fields: Html| {
        let (messages, _) = field_messages(path, errors);
        html! {
            <fieldset class="fc-b-group" data-path={path}>
                <legend>{legend}</legend>
                {messages}
                {fields}
            </fieldset>
        }
    };
    html! {
        <section class="fc-b-section" aria-labelledby="fc-b-film-heading">
            <h2 id="fc-b-film-heading">{"The film"}</h2>
            <TextField path="title" label="Title" required=true value={form.title.clone()}
                errors={errors.clone()} on_set={on_set.clone()} />
            <SelectField path="kind" label="What it is" choices={KINDS.with(Rc::clone)}
                value={AttrValue::from(if form.work.kind.trim().is_empty() { "film".to_owned() } else { form.work.kind.clone() })}
                errors={errors.clone()} on_set={on_set.clone()} />
            { for form.work.shown().into_iter().map(|path| work_field(path, &form.work, errors, on_set)) }
            <TextField path="certificate" label="Certificate" hint={AttrValue::Static("e.g. PG-13 or NR")}
                value={form.certificate.clone()} errors={errors.clone()} on_set={on_set.clone()} />
            {group("release", "Release", html! { <>
                <TextField path="release.date" label="Release date"
                    hint={AttrValue::Static("YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22")}
                    value={form.release_date.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                {field("release.region", "Region", &form.release_region)}
            </> })}
            <TextField path="synopsis" label="Synopsis" multiline=true value={form.synopsis.clone()}
                errors={errors.clone()} on_set={on_set.clone()} />
            {group("trailer", "Trailer", html! { <>
                <TextField path="trailer.url" label="Trailer address" kind="url"
                    hint={AttrValue::Static("An http or https address; a YouTube or Vimeo video plays on the card")}
                    value={form.trailer_url.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                {field("trailer.label", "Trailer link text", &form.trailer_label)}
                <TextField path="trailer.uploaded" label="When the video was uploaded"
                    hint={AttrValue::Static("YYYY-MM-DD, as the video's page says: search engines list a YouTube trailer as a video only with it")}
                    value={form.trailer_uploaded.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                if let Some(note) = trailer_note {
                    <p class="fc-b-hint fc-b-json-ld-note" data-note="json-ld">{note.clone()}</p>
                }
            </> })}
            {group("poster", "Poster", html! { <>
                <TextField path="poster.url" label="Poster image address" kind="url"
                    hint={AttrValue::Static("The preview leaves the image out: this page loads nothing from elsewhere")}
                    value={form.poster_url.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                {field("poster.alt", "Poster text alternative", &form.poster_alt)}
            </> })}
        </section>
    }
}
