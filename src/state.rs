//! Which reviews of a list the reader has expanded.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

/// The expanded reviews of one list, by position.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewsState {
    expanded: BTreeSet<usize>,
}

/// What a reader can do to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewsAction {
    /// Expand a collapsed review, or collapse an expanded one.
    Toggle(usize),
}

impl ReviewsState {
    /// Whether the review at `index` shows its whole text.
    pub fn is_expanded(&self, index: usize) -> bool {
        self.expanded.contains(&index)
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
}
