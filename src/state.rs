//! Which reviews of a list the reader has expanded.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

/// The expanded reviews of one list, by position.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewsState {
    expanded: BTreeSet<usize>,
    showing_all: bool,
}

/// What a reader can do to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewsAction {
    /// Expand a collapsed review, or collapse an expanded one.
    Toggle(usize),
    /// Show the reviews beyond the first page, or hide them again.
    ToggleShowAll,
}

/// A reader expanded or collapsed a review; reported to the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewToggle {
    /// The review's `id` from the data, else its position counted from 1.
    pub review_id: String,
    /// Whether the review now shows its whole text.
    pub expanded: bool,
}

impl ReviewsState {
    /// Whether the review at `index` shows its whole text.
    pub fn is_expanded(&self, index: usize) -> bool {
        self.expanded.contains(&index)
    }

    /// Whether every review is listed, not just the first page.
    pub fn is_showing_all(&self) -> bool {
        self.showing_all
    }
}

impl Reducible for ReviewsState {
    type Action = ReviewsAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ReviewsAction::Toggle(index) => {
                if !next.expanded.remove(&index) {
                    next.expanded.insert(index);
                }
            }
            ReviewsAction::ToggleShowAll => next.showing_all = !next.showing_all,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_expands_then_collapses_only_that_review() {
        let state = Rc::new(ReviewsState::default());
        assert!(!state.is_expanded(1));
        let state = state.reduce(ReviewsAction::Toggle(1));
        assert!(state.is_expanded(1));
        assert!(!state.is_expanded(0));
        let state = state.reduce(ReviewsAction::Toggle(2));
        assert!(state.is_expanded(1) && state.is_expanded(2));
        let state = state.reduce(ReviewsAction::Toggle(1));
        assert!(!state.is_expanded(1) && state.is_expanded(2));
    }

    #[test]
    fn show_all_toggles_without_touching_expanded_reviews() {
        let state = Rc::new(ReviewsState::default()).reduce(ReviewsAction::Toggle(0));
        assert!(!state.is_showing_all());
        let state = state.reduce(ReviewsAction::ToggleShowAll);
        assert!(state.is_showing_all() && state.is_expanded(0));
        let state = state.reduce(ReviewsAction::ToggleShowAll);
        assert!(!state.is_showing_all() && state.is_expanded(0));
    }
}
