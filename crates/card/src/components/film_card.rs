use std::rc::Rc;

use yew::prelude::*;

use crate::components::certificate::certificate;
use crate::components::paragraphs::paragraphs;
use crate::components::poster::poster;
use crate::components::release_line::release_line;
use crate::components::review_list::ReviewList;
use crate::components::trailer_link::trailer_link;
use crate::components::trailer_player::TrailerPlayer;
use crate::components::{CardScope, Shared};
use crate::model::Film;
use crate::video::Video;

/// Properties of [`FilmCard`].
#[derive(Properties, PartialEq)]
pub struct FilmCardProps {
    /// The validated film to show.
    pub film: Shared<Film>,
    /// What every view of the card shares.
    pub scope: Rc<CardScope>,
}

/// The film card: title, what the work is when it is not a film, certificate, release, synopsis, trailer and the reviews.
#[component]
pub fn FilmCard(props: &FilmCardProps) -> Html {
    let FilmCardProps { film, scope } = props;
    let CardScope {
        config,
        locale,
        host,
        ..
    } = &**scope;
    let title_id = format!("{}-title", config.id_prefix);
    let has_meta = film.certificate.is_some() || film.release.is_some();
    let trailer = film.trailer.as_ref().map(|trailer| {
        let video = config
            .trailer_player
            .then(|| Video::from_url(&trailer.url))
            .flatten();
        match video {
            Some(video) => html! {
                <TrailerPlayer
                    {video}
                    trailer={trailer.clone()}
                    title={film.title.clone()}
                    id_prefix={config.id_prefix.clone()}
                    locale={locale.clone()}
                    host={host.clone()}
                />
            },
            None => html! {
                {trailer_link(trailer, &film.title, locale)}
            },
        }
    });
    html! {
        <article class="fc-card" part="card" aria-labelledby={title_id.clone()}>
            if let Some(film_poster) = &film.poster {
                {poster(film_poster, &film.title, locale)}
            }
            <div class="fc-card__body">
                <@{config.title_tag()} id={title_id} class="fc-card__title" part="title" dir="auto">
                    {&film.title}
                </@>
                if let Some(work) = locale.work(film) {
                    <p class="fc-card__work" part="work" dir="auto">{work}</p>
                }
                if has_meta {
                    <p class="fc-card__meta">
                        if let Some(rating) = &film.certificate {
                            {certificate(rating, locale)}
                        }
                        if let Some(release) = &film.release {
                            {release_line(release, locale)}
                        }
                    </p>
                }
                if let Some(synopsis) = &film.synopsis {
                    <div class="fc-card__synopsis" part="synopsis" dir="auto">{paragraphs(synopsis, "")}</div>
                }
                {for trailer}
            </div>
            <ReviewList film={film.clone()} scope={scope.clone()} />
        </article>
    }
}
