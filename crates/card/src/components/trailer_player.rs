use yew::prelude::*;

use crate::components::trailer_link::trailer_name;
use crate::components::Shared;
use crate::host::{HostActions, Play, PlayerRequest};
use crate::i18n::Locale;
use crate::model::Trailer;
use crate::video::Video;

/// Properties of [`TrailerPlayer`].
#[derive(Properties, PartialEq)]
pub struct TrailerPlayerProps {
    /// The checked video behind the trailer's URL.
    pub video: Video,
    /// The trailer as the data gives it, for its label.
    pub trailer: Trailer,
    /// The film's title, for a trailer without a label of its own.
    pub title: AttrValue,
    /// Prefix for the id of the dialog's heading, unique on the page.
    pub id_prefix: AttrValue,
    /// The words of the widget's language.
    pub locale: Shared<Locale>,
    /// How the card reaches the page around it.
    pub host: HostActions,
}

/// A "Play trailer" button. The video host's player is put in the page, in a modal dialog, only
/// once the reader presses it, by the edge ([`PlayerRequest`]): the code that builds the dialog is
/// fetched when the reader points at or focuses the button, and costs the card nothing until then.
#[component]
pub fn TrailerPlayer(props: &TrailerPlayerProps) -> Html {
    let labels = &props.locale.labels;
    let button = use_node_ref();
    let name = trailer_name(&props.trailer, &props.title, &props.locale);
    let on_near = {
        let on_player = props.host.on_player.clone();
        Callback::from(move |_: Event| on_player.emit(PlayerRequest::Near))
    };
    let on_play = {
        let on_player = props.host.on_player.clone();
        let play = Play {
            button: button.clone(),
            url: props.video.player_url(),
            name: name.clone(),
            close: labels.close().to_string(),
            heading_id: format!("{}-player-title", props.id_prefix),
        };
        Callback::from(move |_: MouseEvent| on_player.emit(PlayerRequest::Play(play.clone())))
    };
    html! {
        <p class="fc-card__trailer">
            <button
                ref={button}
                type="button"
                class="fc-trailer fc-trailer--play"
                part="trailer"
                aria-haspopup="dialog"
                aria-label={format!("{}: {name}", labels.play_trailer())}
                onclick={on_play}
                onpointerover={on_near.reform(Event::from)}
                onfocus={on_near.reform(Event::from)}
            >
                <span class="fc-trailer__icon" aria-hidden="true">{"▶"}</span>
                {labels.play_trailer().clone()}
            </button>
        </p>
    }
}
