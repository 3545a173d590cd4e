use std::time::Duration;

use yew::prelude::*;

use crate::state::{ListAction, ListState};

/// While `list` is revealing, adds one batch of reviews per task: each batch is rendered, then the
/// browser gets its turn (input, painting) before the next, so no single task is long.
#[hook]
pub fn use_batched_reveal(list: &UseReducerHandle<ListState>) {
    let dispatcher = list.dispatcher();
    use_effect_with(
        (list.rendered(), list.is_revealing()),
        move |&(_, revealing)| {
            if revealing {
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(Duration::ZERO).await;
                    dispatcher.dispatch(ListAction::RenderNextBatch);
                });
            }
        },
    );
}
