use yew::prelude::*;

use crate::text;

/// Text as its paragraphs, each a `<p>` (so screen readers and reading modes get them), the
/// last followed by `after` (an excerpt's ellipsis). Line breaks inside a paragraph are kept by
/// the stylesheet (`white-space: pre-line`).
pub fn paragraphs(text: &str, after: &'static str) -> Html {
    let found = text::paragraphs(text);
    let last = found.len().saturating_sub(1);
    found
        .into_iter()
        .enumerate()
        .map(|(index, paragraph)| {
            html! {
                <p>{paragraph.to_owned()}if index == last { {after} }</p>
            }
        })
        .collect()
}
