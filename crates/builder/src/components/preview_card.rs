use std::rc::Rc;

use yew::prelude::*;

use crate::host::{BuilderHost, Pane};
use filmcard_card::components::widget::{Widget, WidgetData};
use filmcard_card::components::Shared;
use filmcard_card::host::HostActions;
use filmcard_film::config::Config;

/// Properties of [`PreviewCard`].
#[derive(Properties, PartialEq)]
pub struct PreviewCardProps {
    /// The film, or why the card refuses it.
    pub data: WidgetData,
    /// The card's options.
    pub config: Rc<Config>,
    /// Which checked version of the form this is: the card is mounted afresh for each.
    #[prop_or_default]
    pub revision: u64,
    /// `light` or `dark`.
    pub theme: AttrValue,
    /// The builder's way to the browser: renders the card's pane, with its shadow root.
    pub host: BuilderHost,
}

/// The real card, in a shadow root with its own stylesheet as on a page (where the host gives
/// it one; rendered to a string, in place), in one theme.
#[component]
pub fn PreviewCard(props: &PreviewCardProps) -> Html {
    let card = html! {
        <Widget
            key={props.revision}
            data={props.data.clone()}
            config={Shared::from(props.config.clone())}
            host={HostActions { graphemes: props.host.graphemes, ..HostActions::default() }}
        />
    };
    let pane = Pane {
        theme: props.theme.clone(),
        card,
    };
    html! {
        <figure class="fc-b-preview__pane">
            <figcaption>{format!("In the {} theme", props.theme)}</figcaption>
            {props.host.render_pane.emit(pane)}
        </figure>
    }
}
