use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

/// `value`, once it has stayed the same for `delay`: typing re-renders the form at once and the
/// preview only when the typing pauses. The first value is returned at once.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, delay: Duration) -> T {
    let settled = use_state(|| value.clone());
    // Counts changes, so a wait that a newer change overtook does nothing when it ends.
    let generation = use_memo((), |_| Rc::new(Cell::new(0u64)));
    {
        let settled = settled.clone();
        let generation = (*generation).clone();
        use_effect_with(value, move |value| {
            let mine = generation.get() + 1;
            generation.set(mine);
            let value = value.clone();
            yew::platform::spawn_local(async move {
                yew::platform::time::sleep(delay).await;
                if generation.get() == mine {
                    settled.set(value);
                }
            });
        });
    }
    (*settled).clone()
}
