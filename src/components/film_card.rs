use std::rc::Rc;

use yew::prelude::*;

use crate::components::certificate::Certificate;
use crate::components::poster::Poster;
use crate::components::release_line::ReleaseLine;
use crate::components::review_list::ReviewList;
use crate::components::trailer_link::TrailerLink;
use crate::config::Config;
use crate::i18n::labels;
use crate::model::Film;
use crate::state::ReviewToggle;

/// Properties of [`FilmCard`].
#[derive(Properties, PartialEq)]
pub struct FilmCardProps {
    /// The validated film to show.
    pub film: Rc<Film>,
    /// Display options for this widget.
    pub config: Rc<Config>,
    /// Called after a reader expands or collapses a review.
    #[prop_or_default]
    pub on_toggle: Callback<ReviewToggle>,
}

/// The film card: title, certificate, release, synopsis, trailer and the reviews.
#[component]
pub fn FilmCard(props: &FilmCardProps) -> Html {
    let FilmCardProps {
        film,
        config,
        on_toggle,
    } = props;
    let labels = labels(&config.lang);
    let title_id = format!("{}-title", config.id_prefix);
    let has_meta = film.certificate.is_some() || film.release.is_some();
    html! {
        <article class="fc-card" part="card" aria-labelledby={title_id.clone()}>
            if let Some(poster) = &film.poster {
                <Poster poster={poster.clone()} title={film.title.clone()} {labels} />
            }
            <div class="fc-card__body">
                <@{config.title_tag()} id={title_id} class="fc-card__title" part="title" dir="auto">
                    {&film.title}
                </@>
                if has_meta {
                    <p class="fc-card__meta">
                        if let Some(certificate) = &film.certificate {
                            <Certificate certificate={certificate.clone()} {labels} />
                        }
                        if let Some(release) = &film.release {
                            <ReleaseLine release={release.clone()} {labels} />
                        }
                    </p>
                }
                if let Some(synopsis) = &film.synopsis {
                    <p class="fc-card__synopsis" part="synopsis" dir="auto">{synopsis}</p>
                }
                if let Some(trailer) = &film.trailer {
                    <TrailerLink trailer={trailer.clone()} title={film.title.clone()} {labels} />
                }
            </div>
            <ReviewList film={film.clone()} config={config.clone()} on_toggle={on_toggle.clone()} />
        </article>
    }
}
