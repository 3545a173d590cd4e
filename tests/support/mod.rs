//! What the browser test pages share: waiting for the widget, and finding in a card.

use web_sys::{Element, ShadowRoot};

/// Waits for timers the widget set (its batches are one `setTimeout` apart), then for Yew.
pub async fn settle(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

/// Waits until the card in `shadow` is whole, or its error box shows: a card not prerendered
/// comes in steps, a task each (its frame, its data read, its head, its reviews, whose list is
/// busy until its first page is in).
#[allow(dead_code, reason = "the builder's page tests mount no reader's card")]
pub async fn whole(shadow: &ShadowRoot) {
    for _ in 0..400 {
        let shown = shadow
            .query_selector(".fc-card__title, .fc-error")
            .unwrap()
            .is_some();
        if shown
            && shadow
                .query_selector("[aria-busy='true']")
                .unwrap()
                .is_none()
        {
            return;
        }
        settle(5).await;
    }
    panic!("the card never became whole");
}

/// The element `selector` finds in the card, which must be there.
pub fn find(shadow: &ShadowRoot, selector: &str) -> Element {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}
