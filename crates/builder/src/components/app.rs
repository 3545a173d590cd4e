use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

use crate::components::export_panel::ExportPanel;
use crate::components::film_fields::FilmFields;
use crate::components::import_panel::ImportPanel;
use crate::components::labels_fields::LabelsFields;
use crate::components::letterboxd_panel::LetterboxdPanel;
use crate::components::options_fields::OptionsFields;
use crate::components::preview::Preview;
use crate::components::reviews_fields::ReviewsFields;
use crate::components::status::Status;
use crate::field::{option_path, place, Origin, Placed};
use crate::hooks::use_debounced::use_debounced;
use crate::host::BuilderHost;
use crate::import::import;
use crate::state::{Action, BuilderState};
use filmcard_card::components::widget::WidgetData;
use filmcard_film::data::DataError;

/// How long typing must pause before the preview and the checks follow.
pub const SETTLE: Duration = Duration::from_millis(250);

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The builder's way to the browser.
    #[prop_or_default]
    pub host: BuilderHost,
    /// Where the snippet loads the bundle from, unless the draft says otherwise.
    #[prop_or_default]
    pub bundle: AttrValue,
    /// The draft kept from the last visit.
    #[prop_or_default]
    pub draft: Option<AttrValue>,
}

/// The card builder: the form, its checks, the live preview and what to put on a page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state =
        use_reducer(|| BuilderState::with_draft(props.bundle.to_string(), props.draft.as_deref()));
    let form_ref = use_node_ref();
    let dispatcher = state.dispatcher();
    let on_set = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(path, value): (String, String), _| {
            dispatcher.dispatch(Action::Set(path, value))
        })
    };
    let on_add = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: (), _| dispatcher.dispatch(Action::AddReview))
    };
    let on_remove = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |index: usize, _| {
            dispatcher.dispatch(Action::RemoveReview(index))
        })
    };
    let on_move = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(index, step): (usize, isize), _| {
            dispatcher.dispatch(Action::MoveReview(index, step))
        })
    };
    let on_import = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |text: String, _| {
            dispatcher.dispatch(match import(&text) {
                Ok(imported) => Action::Import(Box::new(imported)),
                Err(error) => Action::ImportFailed(error),
            })
        })
    };
    let on_letterboxd = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |imported: crate::import::Imported, _| {
            dispatcher.dispatch(Action::Import(Box::new(imported)))
        })
    };
    let on_refuse = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |error: DataError, _| {
            dispatcher.dispatch(Action::ImportFailed(error))
        })
    };
    let on_set_bundle = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |bundle: String, _| {
            dispatcher.dispatch(Action::SetBundle(bundle))
        })
    };
    let on_focus = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |path: String, _| {
            dispatcher.dispatch(Action::Focus(path))
        })
    };
    let on_announce = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |message: String, _| {
            dispatcher.dispatch(Action::Announce(message))
        })
    };
    let on_undo = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Undo)
        })
    };
    let on_clear = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Clear)
        })
    };

    // The preview and the checks follow the form once typing pauses.
    let settled = use_debounced(state.form.clone(), SETTLE);
    // Counts the checked versions of the form: the preview mounts a fresh card for each, as a
    // page shows a fresh card for new data.
    let revisions = use_mut_ref(|| 0u64);
    let checked = use_memo(settled.clone(), |form| {
        *revisions.borrow_mut() += 1;
        let revision = *revisions.borrow();
        let value = Rc::new(form.to_value());
        let verdict = filmcard_film::data::from_value(&value).map(Rc::new);
        let (config, warnings) = form.options.config();
        let attributes: Vec<(String, String)> = form
            .options
            .attributes()
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        (
            value,
            verdict,
            Rc::new(config),
            warnings,
            Rc::new(attributes),
            revision,
        )
    });
    let (value, verdict, config, warnings, attributes, revision) = &*checked;
    let fields = state.form.field_paths();
    let fields = || fields.iter().map(String::as_str);
    let card_error = verdict
        .as_ref()
        .err()
        .map(|error| place(error, Origin::Card, fields()));
    let mut errors: Vec<Placed> = card_error.iter().cloned().collect();
    for warning in warnings {
        let name = warning.split('=').next().unwrap_or_default();
        errors.push(Placed {
            field: option_path(name),
            text: warning.clone(),
            origin: Origin::Option,
        });
    }
    for note in &state.import_notes {
        errors.push(place(note, Origin::Import, fields()));
    }
    let errors = Rc::new(errors);
    let data = match verdict {
        Ok(film) => WidgetData::Ready(film.clone().into()),
        Err(error) => WidgetData::Failed(Rc::new(DataError::clone(error))),
    };

    // The draft is kept once typing pauses.
    let draft = use_debounced(state.draft(), SETTLE);
    {
        let on_save_draft = props.host.on_save_draft.clone();
        use_effect_with(draft, move |draft| on_save_draft.emit(draft.clone()));
    }
    {
        let on_focus_field = props.host.on_focus_field.clone();
        let form_ref = form_ref.clone();
        use_effect_with(state.focus.clone(), move |focus| {
            if let Some((path, _)) = focus {
                on_focus_field.emit((form_ref, path.clone()));
            }
        });
    }
    let status = state.status.clone();
    let form = Rc::new(state.form.clone());
    // What the JSON-LD leaves out, noted at the trailer and at each review it concerns.
    let json_ld_left_out = Rc::new(
        verdict
            .as_ref()
            .map(|film| filmcard_film::schema::left_out(film))
            .unwrap_or_default(),
    );
    let trailer_note = json_ld_left_out
        .iter()
        .find(|part| part.path == "trailer")
        .map(|part| AttrValue::Static(part.reason));
    // The host, for the views below that read their controls through it.
    html! {
        <ContextProvider<BuilderHost> context={props.host.clone()}>
        <div class="fc-b-app">
            <header class="fc-b-header">
                <h1>{"Filmcard builder"}</h1>
                <p>{"Fill in the film and its reviews, watch the card change, then copy the snippet into your post. Nothing you type leaves this page; the draft stays in this browser."}</p>
            </header>
            <div class="fc-b-columns">
                <div class="fc-b-form" ref={form_ref}>
                    <ImportPanel errors={errors.clone()} on_import={on_import} host={props.host.clone()} />
                    <LetterboxdPanel errors={errors.clone()} on_import={on_letterboxd} on_refuse={on_refuse}
                        on_announce={on_announce.clone()} host={props.host.clone()} />
                    <FilmFields form={form.clone()} {trailer_note} errors={errors.clone()} on_set={on_set.clone()} />
                    <ReviewsFields reviews={Rc::new(state.form.reviews.clone())} {json_ld_left_out} errors={errors.clone()}
                        on_set={on_set.clone()} on_add={on_add} on_remove={on_remove} on_move={on_move} />
                    <OptionsFields options={state.form.options.clone()} errors={errors.clone()} on_set={on_set.clone()} />
                    <LabelsFields form={form} errors={errors.clone()} on_set={on_set} />
                    <div class="fc-b-actions">
                        <button type="button" onclick={on_undo} disabled={state.undo.is_empty()}>
                            {match state.undo.last() {
                                Some((what, _)) => format!("Undo: bring back {}", what.to_lowercase()),
                                None => "Undo".to_owned(),
                            }}
                        </button>
                        <button type="button" class="fc-b-danger" onclick={on_clear}>{"Empty the form"}</button>
                    </div>
                </div>
                <div class="fc-b-side">
                    <Status verdict={card_error} status={AttrValue::from(status)} imports={state.imports} on_focus={on_focus} />
                    <Preview data={data} config={config.clone()} revision={*revision} host={props.host.clone()} />
                    <ExportPanel value={value.clone()} film={verdict.as_ref().ok().cloned()}
                        attributes={attributes.clone()} bundle={AttrValue::from(state.bundle.clone())}
                        on_set_bundle={on_set_bundle} on_announce={on_announce} host={props.host.clone()} />
                </div>
            </div>
        </div>
        </ContextProvider<BuilderHost>>
    }
}
