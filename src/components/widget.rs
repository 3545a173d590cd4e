use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_box::ErrorBox;
use crate::components::film_card::FilmCard;
use crate::config::Config;
use crate::data::DataError;
use crate::model::Film;

/// Properties of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The outcome of reading the film data: a film to show, or why there is none.
    pub data: Result<Rc<Film>, Rc<DataError>>,
    /// Display options for this widget.
    pub config: Rc<Config>,
}

/// The root of one embedded widget: the film card, or an error box in its place.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let labels = crate::i18n::labels(&props.config.lang);
    html! {
        <div class="fc-root" lang={props.config.lang.clone()}>
            {match &props.data {
                Ok(film) => html! { <FilmCard film={film.clone()} config={props.config.clone()} /> },
                Err(error) => html! { <ErrorBox error={error.clone()} {labels} /> },
            }}
        </div>
    }
}
