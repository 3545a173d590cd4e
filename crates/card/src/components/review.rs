use yew::prelude::*;

use crate::components::paragraphs::paragraphs;
use crate::components::rating::rating_text;
use crate::components::Shared;
use crate::host::{FocusRequest, HostActions};
use crate::i18n::{fill, Locale};
use crate::model;
use crate::state::{ReviewAction, ReviewState, ReviewToggle};
use crate::text::{excerpt, Excerpt};

/// Properties of [`Review`].
#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The review to show.
    pub review: Shared<model::Review>,
    /// Its position in the data, counted from 1; how the host page hears of a review without an
    /// `id`.
    pub number: usize,
    /// Id of the review's text element, unique in the card; the toggle's `aria-controls`.
    pub text_id: AttrValue,
    /// Texts longer than this many grapheme clusters are collapsed.
    pub collapse_at: usize,
    /// Whether the page's URL points at this review: it then opens, scrolls into view and takes
    /// the focus.
    #[prop_or_default]
    pub targeted: bool,
    /// The words of the widget's language.
    pub locale: Shared<Locale>,
    /// How the card reaches the page around it.
    pub host: HostActions,
}

/// One review: its author, rating and date, and its text, behind a disclosure button when it is
/// long and behind a spoiler warning when it gives the plot away.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let ReviewProps {
        review,
        text_id,
        locale,
        targeted,
        ..
    } = props;
    let labels = &locale.labels;
    let host = &props.host;
    // A review a link points at is open from its first render; the effect below covers links
    // followed later.
    let state = use_reducer(|| ReviewState {
        expanded: *targeted,
        spoiler_shown: *targeted,
        link_copied: false,
    });
    let fragment = review.fragment();
    // The review's own element, for the focus to go to.
    let node = use_node_ref();
    {
        let dispatcher = state.dispatcher();
        let on_focus = host.on_focus.clone();
        let target = node.clone();
        use_effect_with(*targeted, move |&targeted| {
            if targeted {
                dispatcher.dispatch(ReviewAction::Open);
                on_focus.emit(FocusRequest {
                    target,
                    scroll: true,
                });
            }
        });
    }
    let hidden_by_spoiler = review.spoiler && !state.spoiler_shown;
    let excerpt = excerpt(&review.text, props.collapse_at, host.graphemes.0);
    let shown = match excerpt {
        Excerpt::Cut(prefix) if !state.expanded => paragraphs(prefix, "…"),
        _ => paragraphs(&review.text, ""),
    };
    // Accessible names start with the visible label and say whose review the button acts on.
    let name_of = |action: &str| {
        fill(
            labels.toggle_name(),
            &[("action", action), ("author", &review.author)],
        )
    };
    let toggle_label = if state.expanded {
        labels.view_less()
    } else {
        labels.view_more()
    };
    let on_toggle = {
        let dispatcher = state.dispatcher();
        let on_toggle = host.on_toggle.clone();
        let expanded = !state.expanded;
        let review_id = review
            .id
            .clone()
            .unwrap_or_else(|| props.number.to_string());
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(ReviewAction::ToggleExpanded);
            on_toggle.emit(ReviewToggle {
                review_id: review_id.clone(),
                expanded,
            });
        })
    };
    let on_show_spoiler = {
        let dispatcher = state.dispatcher();
        let on_focus = host.on_focus.clone();
        let target = node.clone();
        // The button goes away with the warning, so the focus moves to the review it revealed.
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(ReviewAction::ShowSpoiler);
            on_focus.emit(FocusRequest {
                target: target.clone(),
                scroll: false,
            });
        })
    };
    let on_copy_link = {
        let dispatcher = state.dispatcher();
        let on_copy_link = host.on_copy_link.clone();
        let fragment = fragment.clone();
        Callback::from(move |_: MouseEvent| {
            if on_copy_link.emit(fragment.clone()) {
                dispatcher.dispatch(ReviewAction::LinkCopied);
            }
        })
    };
    let copy_label = if state.link_copied {
        labels.link_copied()
    } else {
        labels.copy_link()
    };
    html! {
        <li id={fragment} ref={node} class="fc-review" part="review" tabindex="-1">
            <p class="fc-review__byline">
                <span class="fc-review__author" part="review-author" dir="auto">{&review.author}</span>
                if let Some(rating) = review.rating {
                    {rating_text(&rating, locale)}
                }
                if let Some(date) = &review.date {
                    <time class="fc-review__date" datetime={date.iso()}>{locale.date(date)}</time>
                }
                <button
                    type="button"
                    class="fc-review__link"
                    part="copy-link"
                    aria-label={name_of(copy_label)}
                    onclick={on_copy_link}
                >
                    {copy_label.clone()}
                </button>
                <span class="fc-visually-hidden" role="status">
                    if state.link_copied { {labels.link_copied().clone()} }
                </span>
            </p>
            if hidden_by_spoiler {
                <button
                    type="button"
                    class="fc-review__spoiler"
                    part="spoiler"
                    aria-label={name_of(labels.spoiler())}
                    onclick={on_show_spoiler}
                >
                    {labels.spoiler().clone()}
                </button>
            } else {
                <div id={text_id.clone()} class="fc-review__text" part="review-text" dir="auto">{shown}</div>
            }
            if !hidden_by_spoiler && matches!(excerpt, Excerpt::Cut(_)) {
                <button
                    type="button"
                    class="fc-review__toggle"
                    part="toggle"
                    aria-expanded={state.expanded.to_string()}
                    aria-controls={text_id.clone()}
                    aria-label={name_of(toggle_label)}
                    onclick={on_toggle}
                >
                    {toggle_label.clone()}
                </button>
            }
        </li>
    }
}
