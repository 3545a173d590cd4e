use yew::prelude::*;

use crate::components::trailer_link::trailer_name;
use crate::components::Shared;
use crate::host::{DialogRequest, HostActions};
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

/// A "Play trailer" button; the video host's player is only put in the page, in a modal dialog,
/// once the reader presses it, and taken out again when the dialog closes.
#[component]
pub fn TrailerPlayer(props: &TrailerPlayerProps) -> Html {
    let labels = &props.locale.labels;
    let host = &props.host;
    let playing = use_state_eq(|| false);
    let button = use_node_ref();
    let dialog = use_node_ref();
    // The dialog's accessible name.
    let heading_id = format!("{}-player-title", props.id_prefix);
    {
        let on_dialog = host.on_dialog.clone();
        let (button, dialog) = (button.clone(), dialog.clone());
        // Runs after the dialog is in, or out of, the card.
        use_effect_with(*playing, move |&playing| {
            if playing {
                on_dialog.emit(DialogRequest::Open(dialog));
            }
            let opened = playing;
            move || {
                if opened {
                    on_dialog.emit(DialogRequest::Closed(button));
                }
            }
        });
    }
    let name = trailer_name(&props.trailer, &props.title, &props.locale);
    let on_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(true))
    };
    let on_close_button = {
        let on_dialog = host.on_dialog.clone();
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| on_dialog.emit(DialogRequest::Close(dialog.clone())))
    };
    // Escape and the close button both end here, through the dialog's own `close` event.
    let on_closed = {
        let playing = playing.clone();
        Callback::from(move |_: Event| playing.set(false))
    };
    html! {
        <>
            <p class="fc-card__trailer">
                <button
                    ref={button}
                    type="button"
                    class="fc-trailer fc-trailer--play"
                    part="trailer"
                    aria-haspopup="dialog"
                    aria-label={format!("{}: {name}", labels.play_trailer)}
                    onclick={on_play}
                >
                    <span class="fc-trailer__icon" aria-hidden="true">{"▶"}</span>
                    {labels.play_trailer.clone()}
                </button>
            </p>
            if *playing {
                <dialog ref={dialog} class="fc-player" part="player" aria-labelledby={heading_id.clone()} onclose={on_closed}>
                    <div class="fc-player__bar">
                        <p id={heading_id} class="fc-player__title" dir="auto">{name.clone()}</p>
                        <button type="button" class="fc-player__close" part="player-close" onclick={on_close_button}>
                            {labels.close.clone()}
                        </button>
                    </div>
                    <div class="fc-player__frame">
                        <iframe
                            src={props.video.player_url()}
                            title={name}
                            allow="autoplay; fullscreen; picture-in-picture"
                            referrerpolicy="strict-origin-when-cross-origin"
                        ></iframe>
                    </div>
                </dialog>
            }
        </>
    }
}
