//! The trailer player ([`crate::host::PlayerRequest`]): the modal dialog with the video host's
//! player, built by a script of its own (`contract::PLAYER_SCRIPT`, from `web/src/player.js`)
//! that is fetched from beside the bundle only when a reader reaches for "Play trailer". Until
//! then the card holds the button alone.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::page::console_error;
use crate::contract::PLAYER_SCRIPT;
use crate::host::{Play, PlayerRequest};

#[wasm_bindgen(module = "/src/embed/player.js")]
extern "C" {
    /// Starts fetching the player's script, once for the page.
    #[wasm_bindgen(js_name = preparePlayer)]
    fn prepare_player(file: &str);

    /// Opens the player for `button`'s trailer; rejects when its script cannot be had.
    #[wasm_bindgen(js_name = openPlayer)]
    fn open_player(
        file: &str,
        button: &Element,
        url: &str,
        name: &str,
        close: &str,
        heading_id: &str,
    ) -> js_sys::Promise;
}

/// Gets the player ready, or opens it.
pub(super) fn handle(request: PlayerRequest) {
    match request {
        PlayerRequest::Near => prepare_player(PLAYER_SCRIPT),
        PlayerRequest::Play(play) => wasm_bindgen_futures::spawn_local(open(play)),
    }
}

/// Opens the player. When its script cannot be had, the card stays as it is, the button says it
/// is unavailable (`aria-disabled`), and the console says why; a later press tries again.
async fn open(play: Play) {
    let Some(button) = play.button.cast::<Element>() else {
        return;
    };
    let opened = open_player(
        PLAYER_SCRIPT,
        &button,
        &play.url,
        &play.name,
        &play.close,
        &play.heading_id,
    );
    if JsFuture::from(opened).await.ok() == Some(JsValue::FALSE) {
        console_error(&format!(
            "the trailer player could not be loaded: upload {PLAYER_SCRIPT} beside filmcard.js \
             with the bundle's other files, and allow it where the page's \
             Content-Security-Policy allows filmcard.js"
        ));
    }
}
