use yew::prelude::*;

use crate::host::BuilderHost;

/// The host's reader of a control's value ([`BuilderHost::read_control`]), from the builder
/// page's context; outside one (a view rendered on its own), the default host's.
#[hook]
pub fn use_control_value() -> Callback<Event, String> {
    use_context::<BuilderHost>()
        .unwrap_or_default()
        .read_control
}
