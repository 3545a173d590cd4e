use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_box::ErrorBox;
use crate::components::film_card::FilmCard;
use crate::config::Config;
use crate::data::DataError;
use crate::model::Film;
use crate::state::ReviewToggle;

/// Where a widget's film data stands.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetData {
    /// The data is still being fetched.
    Loading,
    /// The data was read and validated.
    Ready(Rc<Film>),
    /// The data could not be read or was refused.
    Failed(Rc<DataError>),
}

impl From<Result<Film, DataError>> for WidgetData {
    fn from(result: Result<Film, DataError>) -> Self {
        match result {
            Ok(film) => Self::Ready(Rc::new(film)),
            Err(error) => Self::Failed(Rc::new(error)),
        }
    }
}

/// Properties of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The film to show, or why there is none yet.
    pub data: WidgetData,
    /// Display options for this widget.
    pub config: Rc<Config>,
    /// Called with the film's title once its card is in the page.
    #[prop_or_default]
    pub on_ready: Callback<String>,
    /// Called after a reader expands or collapses a review.
    #[prop_or_default]
    pub on_toggle: Callback<ReviewToggle>,
}

/// The root of one embedded widget: a placeholder while loading, then the film card, or an error
/// box in its place.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let labels = crate::i18n::labels(&props.config.lang);
    {
        let ready_title = match &props.data {
            WidgetData::Ready(film) => Some(film.title.clone()),
            _ => None,
        };
        let on_ready = props.on_ready.clone();
        // Effects run after the DOM is updated, so the host hears "ready" when the card is there.
        use_effect_with(ready_title, move |title| {
            if let Some(title) = title {
                on_ready.emit(title.clone());
            }
        });
    }
    html! {
        <div class="fc-root" lang={props.config.lang.clone()}>
            {match &props.data {
                WidgetData::Loading => html! {
                    <div class="fc-card fc-card--loading" role="status">
                        <p class="fc-card__body">{labels.loading}</p>
                    </div>
                },
                WidgetData::Ready(film) => html! {
                    <FilmCard film={film.clone()} config={props.config.clone()} on_toggle={props.on_toggle.clone()} />
                },
                WidgetData::Failed(error) => html! { <ErrorBox error={error.clone()} {labels} /> },
            }}
        </div>
    }
}
