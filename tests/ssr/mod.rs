//! What the render test files share: a component rendered to its HTML string, natively.

use yew::{BaseComponent, LocalServerRenderer};

/// Renders `C` with `props` to HTML with Yew's server renderer, on a current-thread runtime.
pub fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(
        &runtime,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}
