use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_box::error_box;
use crate::components::film_card::FilmCard;
use crate::components::{CardScope, Shared};
use crate::config::Config;
use crate::data::DataError;
use crate::host::HostActions;
use crate::i18n::Locale;
use crate::model::Film;

/// Where a widget's film data stands.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetData {
    /// The data is still being fetched.
    Loading,
    /// The data was read and validated.
    Ready(Shared<Film>),
    /// The data could not be read or was refused.
    Failed(Rc<DataError>),
}

impl From<Result<Film, DataError>> for WidgetData {
    fn from(result: Result<Film, DataError>) -> Self {
        match result {
            Ok(film) => Self::Ready(Shared::new(film)),
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
    pub config: Shared<Config>,
    /// The anchor of the review the page's URL names (`#review-<anchor>`): that review is opened,
    /// scrolled to and focused.
    #[prop_or_default]
    pub linked_review: Option<AttrValue>,
    /// How the card reaches the page around it.
    #[prop_or_default]
    pub host: HostActions,
}

/// The root of one embedded widget: a placeholder while loading, then the film card, or an error
/// box in its place.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let film_labels = match &props.data {
        WidgetData::Ready(film) => Some(film.clone()),
        _ => None,
    };
    // The attribute's wording beats the data's, which beats the language's.
    let locale = use_memo((props.config.clone(), film_labels), |(config, film)| {
        let from_data = film.iter().flat_map(|film| film.labels.iter());
        Locale::new(&config.lang)
            .with_overrides(from_data)
            .with_overrides(&config.labels)
    });
    // A card's state (the reviews shown, the ones opened, the trailer) belongs to its film: new
    // film data gets a fresh card, as a page shows a fresh card for new data.
    let film_revision = {
        let revisions = use_mut_ref(|| 0u32);
        use_memo(props.data.clone(), move |_| {
            *revisions.borrow_mut() += 1;
            let revision = *revisions.borrow();
            revision
        })
    };
    html! {
            <div class="fc-root" lang={locale.code()}>
                {match &props.data {
                    WidgetData::Loading => html! {
                        <div class="fc-card fc-card--loading" role="status">
                            <p class="fc-card__body">{locale.labels.loading().clone()}</p>
                        </div>
                    },
                    WidgetData::Ready(film) => html! {
                        <FilmCard
                            key={*film_revision}
                            film={film.clone()}
                            scope={Rc::new(CardScope {
                                config: props.config.clone(),
                                locale: locale.clone().into(),
                                linked_review: props.linked_review.clone(),
                                host: props.host.clone(),
                            })}
                        />
                    },
                    WidgetData::Failed(error) => html! {
                        {error_box(error, &locale)}
                    },
                }}
            </div>
    }
}
