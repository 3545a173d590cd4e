use std::rc::Rc;

use yew::prelude::*;

use crate::edge::controls::PageElement;
use crate::host::BuilderHost;
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
    /// The builder's way to the browser: gives the card its shadow root.
    pub host: BuilderHost,
}

/// The real card, in a shadow root with its own stylesheet as on a page, in one theme.
#[component]
pub fn PreviewCard(props: &PreviewCardProps) -> Html {
    let node = use_node_ref();
    let root = use_state(|| None::<PageElement>);
    {
        let on_attach = props.host.on_attach.clone();
        let node = node.clone();
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(element) = on_attach.emit(node) {
                root.set(Some(element));
            }
        });
    }
    let card = html! {
        <Widget
            key={props.revision}
            data={props.data.clone()}
            config={Shared::from(props.config.clone())}
            host={HostActions { graphemes: props.host.graphemes, ..HostActions::default() }}
        />
    };
    html! {
        <figure class="fc-b-preview__pane">
            <figcaption>{format!("In the {} theme", props.theme)}</figcaption>
            <div ref={node} class="fc-b-preview__card" theme={props.theme.clone()}>
                {match &*root {
                    // Until the shadow root is there (and when rendering to a string), the card
                    // renders in place.
                    None => card,
                    Some(element) => create_portal(card, element.clone()),
                }}
            </div>
        </figure>
    }
}
