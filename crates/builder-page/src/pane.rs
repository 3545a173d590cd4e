//! A preview card's pane as on a page: its box gets a shadow root with the card's stylesheet,
//! and the card renders into it ([`filmcard_builder::host::BuilderHost::render_pane`]).

use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

use filmcard_browser::STYLES;
use filmcard_builder::host::Pane;

thread_local! {
    /// The card's stylesheet, parsed once and adopted by every preview's shadow root.
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new()
        .ok()
        .filter(|sheet| sheet.replace_sync(STYLES).is_ok());
}

/// Gives the box at `node` a shadow root with the card's stylesheet, and returns the element
/// inside it to render the card into.
fn attach(node: &NodeRef) -> Option<Element> {
    let host = node.cast::<Element>()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
    let root = host.owner_document()?.create_element("div").ok()?;
    shadow.replace_children_with_node_1(&root);
    Some(root)
}

/// Properties of [`ShadowPane`].
#[derive(Properties, PartialEq)]
pub struct ShadowPaneProps {
    /// The card and its theme.
    pub pane: Pane,
}

/// A preview card in its box's shadow root.
#[component]
pub fn ShadowPane(props: &ShadowPaneProps) -> Html {
    let node = use_node_ref();
    let root = use_state(|| None::<Element>);
    {
        let node = node.clone();
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(element) = attach(&node) {
                root.set(Some(element));
            }
        });
    }
    let card = props.pane.card.clone();
    let inside = match &*root {
        // Until the shadow root is there, the card renders in place.
        None => card,
        Some(element) => create_portal(card, element.clone()),
    };
    props.pane.boxed(node, inside)
}
