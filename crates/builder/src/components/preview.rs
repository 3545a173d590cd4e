use std::rc::Rc;

use yew::prelude::*;

use crate::components::preview_card::PreviewCard;
use crate::hooks::use_control_value::use_control_value;
use crate::host::BuilderHost;
use filmcard_card::components::widget::WidgetData;
use filmcard_film::config::Config;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The film, or why the card refuses it.
    pub data: WidgetData,
    /// The card's options.
    pub config: Rc<Config>,
    /// Which checked version of the form this is; a new one mounts a fresh card.
    #[prop_or_default]
    pub revision: u64,
    /// The builder's way to the browser.
    pub host: BuilderHost,
}

/// The live preview: the card in the light and the dark theme, at a phone's or a desktop's width.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let phone = use_state(|| false);
    let read = use_control_value();
    let on_width = {
        let phone = phone.clone();
        Callback::from(move |event: Event| {
            phone.set(read.emit(event) == "phone");
        })
    };
    let pane = |theme: &'static str| {
        let mut config = (*props.config).clone();
        config.id_prefix = format!("fc-b-{theme}");
        // The preview renders every card at once; `loading` only matters on a page.
        config.lazy = false;
        html! {
            <PreviewCard data={props.data.clone()} config={Rc::new(config)} revision={props.revision} theme={theme} host={props.host.clone()} />
        }
    };
    html! {
        <section class={classes!("fc-b-preview", (*phone).then_some("fc-b-preview--phone"))} aria-labelledby="fc-b-preview-heading">
            <h2 id="fc-b-preview-heading">{"Preview"}</h2>
            <fieldset class="fc-b-width">
                <legend>{"Width"}</legend>
                <label><input type="radio" name="fc-b-width" value="desktop" checked={!*phone} onchange={on_width.clone()} />{" Desktop"}</label>
                <label><input type="radio" name="fc-b-width" value="phone" checked={*phone} onchange={on_width} />{" Phone"}</label>
            </fieldset>
            <div class="fc-b-preview__panes">
                {pane("light")}
                {pane("dark")}
            </div>
        </section>
    }
}
