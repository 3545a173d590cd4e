//! Links to a review (`#review-…`): the page's fragment handed to every card, followed when it
//! changes (the linked review is held in view by `hold.rs`).

use gloo_events::EventListener;

use super::discover::mount_waiting;
use super::mount::show_linked_review;
use super::page::linked_review;
use super::registry::stopped;

/// Hands every card the new link when the URL fragment changes, so a link to a review on the same
/// page opens it too.
pub(super) fn follow_review_links() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The listener lives as long as the page.
    EventListener::new(&window, "hashchange", |_| {
        if stopped() {
            return;
        }
        if linked_review().is_some() {
            mount_waiting();
        }
        show_linked_review();
    })
    .forget();
}
