use std::rc::Rc;

use yew::prelude::*;

use crate::components::field_messages::field_messages;
use crate::field::{dom_id, Placed, LETTERBOXD};
use crate::hooks::use_control_value::use_control_value;
use crate::host::BuilderHost;
use crate::import::Imported;
use crate::letterboxd::{self, form, Diary};
use filmcard_film::data::DataError;

/// Properties of [`LetterboxdPanel`].
#[derive(Properties, PartialEq)]
pub struct LetterboxdPanelProps {
    /// Every message placed on a field; the panel shows those about the Letterboxd file.
    pub errors: Rc<Vec<Placed>>,
    /// Called with the form made from the chosen film.
    pub on_import: Callback<Imported>,
    /// Called with why a file was refused; the form stays as it was.
    pub on_refuse: Callback<DataError>,
    /// Says what the file holds, for screen readers.
    pub on_announce: Callback<String>,
    /// The builder's way to the browser: reads the chosen file's bytes.
    pub host: BuilderHost,
}

/// Fills the form from a blogger's Letterboxd diary: the export's `reviews.csv` or `diary.csv`,
/// the whole export `.zip`, or a saved RSS feed. The file is read in the page; the blogger picks
/// a film and says their name, and its reviews fill the form.
#[component]
pub fn LetterboxdPanel(props: &LetterboxdPanelProps) -> Html {
    let diary = use_state(|| None::<Rc<Diary>>);
    let chosen = use_state(|| 0usize);
    let author = use_state(String::new);
    let file = use_node_ref();
    let file_id = dom_id("file", LETTERBOXD);
    let film_id = dom_id("film", LETTERBOXD);
    let author_id = dom_id("author", LETTERBOXD);
    let (messages, described) = field_messages(LETTERBOXD, &props.errors);
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = described.is_some().then_some("true");
    let on_read = {
        let diary = diary.clone();
        let chosen = chosen.clone();
        let author = author.clone();
        let on_refuse = props.on_refuse.clone();
        let on_announce = props.on_announce.clone();
        use_callback((), move |bytes: Vec<u8>, _| {
            match letterboxd::read(&bytes) {
                Ok(read) => {
                    if let Some(member) = &read.member {
                        author.set(member.clone());
                    }
                    let count = read.films.len();
                    on_announce.emit(format!(
                        "The {} holds {count} {}: pick one.",
                        read.source.name(),
                        if count == 1 { "film" } else { "films" }
                    ));
                    chosen.set(0);
                    diary.set(Some(Rc::new(read)));
                }
                Err(error) => on_refuse.emit(DataError::new(LETTERBOXD, error.to_string())),
            }
        })
    };
    let on_file = {
        let on_open_bytes = props.host.on_open_bytes.clone();
        let file = file.clone();
        use_callback(on_read, move |_: Event, on_read| {
            on_open_bytes.emit((file.clone(), on_read.clone()))
        })
    };
    let read = use_control_value();
    let on_choose = {
        let chosen = chosen.clone();
        use_callback(read.clone(), move |event: Event, read| {
            chosen.set(read.emit(event).parse().unwrap_or(0))
        })
    };
    let on_author = {
        let author = author.clone();
        use_callback(read, move |event: InputEvent, read| {
            author.set(read.emit(event.into()))
        })
    };
    let on_fill = {
        let on_import = props.on_import.clone();
        use_callback(
            (diary.clone(), *chosen, (*author).clone()),
            move |_: MouseEvent, (diary, chosen, author)| {
                if let Some(imported) = diary
                    .as_ref()
                    .and_then(|diary| form::imported(diary, *chosen, author))
                {
                    on_import.emit(imported);
                }
            },
        )
    };
    html! {
        <details class="fc-b-section fc-b-letterboxd" data-path={LETTERBOXD}>
            <summary>{"Start from your Letterboxd diary"}</summary>
            <div class="fc-b-field">
                <label for={file_id.clone()}>{"Letterboxd file: reviews.csv or diary.csv from your export, the export's .zip, or your saved RSS feed"}</label>
                <input id={file_id} ref={file} type="file"
                    accept=".csv,.zip,.rss,.xml,text/csv,application/zip,application/rss+xml,application/xml"
                    onchange={on_file} aria-invalid={invalid} aria-describedby={described} />
                {messages}
                <p class="fc-b-hint">{"The file is read in this page; nothing is sent anywhere."}</p>
            </div>
            if let Some(diary) = &*diary {
                <div class="fc-b-field">
                    <label for={film_id.clone()}>{"Film"}</label>
                    <select id={film_id} onchange={on_choose}>
                        { for diary.films.iter().enumerate().map(|(index, film)| html! {
                            <option value={index.to_string()} selected={index == *chosen}>{form::label(film)}</option>
                        }) }
                    </select>
                </div>
                <div class="fc-b-field">
                    <label for={author_id.clone()}>{"Your name, as the reviews' author"}</label>
                    <input id={author_id} type="text" value={(*author).clone()} oninput={on_author} />
                </div>
                <button type="button" onclick={on_fill}>{"Fill in the form with this film"}</button>
            }
        </details>
    }
}
