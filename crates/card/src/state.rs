//! What the reader has done to a card: which reviews are open, and how much of the list shows.

use std::rc::Rc;

use yew::Reducible;

/// Reviews are added to the page this many at a time after "Show all", one batch per task, so a
/// list of thousands never blocks the page for long.
pub const REVEAL_BATCH: usize = 50;

/// How much of the review list is on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListState {
    /// How many reviews show before "Show all".
    first_page: usize,
    /// How many reviews there are.
    total: usize,
    /// How many reviews are on the page now.
    rendered: usize,
    /// Whether the reader asked for every review; `rendered` then grows batch by batch.
    showing_all: bool,
}

/// What changes the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    /// "Show all": start adding the rest.
    ShowAll,
    /// "Show fewer": back to the first page.
    ShowFewer,
    /// Add the next batch, if any are left.
    RenderNextBatch,
    /// A link asks for the review at this position in display order: when it is not on the page
    /// yet, show all, so the batches reach it.
    RenderThrough(usize),
}

impl ListState {
    /// The first page of a list of `total` reviews: on the page at once, or, `in_steps`, none yet,
    /// to be added batch by batch as "Show all" adds the rest.
    pub fn new(first_page: usize, total: usize, in_steps: bool) -> Self {
        Self {
            first_page,
            total,
            rendered: if in_steps { 0 } else { first_page.min(total) },
            showing_all: false,
        }
    }

    /// How many reviews the list is to show: the first page, or all once the reader asked.
    fn target(&self) -> usize {
        if self.showing_all {
            self.total
        } else {
            self.first_page.min(self.total)
        }
    }

    /// How many reviews are on the page, in display order.
    pub fn rendered(&self) -> usize {
        self.rendered
    }

    /// Whether there are more reviews than the first page.
    pub fn has_more(&self) -> bool {
        self.total > self.first_page
    }

    /// Whether the reader asked for every review.
    pub fn is_showing_all(&self) -> bool {
        self.showing_all
    }

    /// Whether more batches are still to be added.
    pub fn is_revealing(&self) -> bool {
        self.rendered < self.target()
    }

    /// Whether the first page is on the page (the card is whole).
    pub fn has_first_page(&self) -> bool {
        self.rendered >= self.first_page.min(self.total)
    }
}

impl Reducible for ListState {
    type Action = ListAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ListAction::ShowAll => next.showing_all = true,
            ListAction::ShowFewer => {
                next.showing_all = false;
                next.rendered = next.first_page.min(next.total);
            }
            ListAction::RenderNextBatch => {
                next.rendered = (next.rendered + REVEAL_BATCH).min(next.target());
            }
            // Beyond what is on the page and beyond the first page (which a card rendered in
            // steps is still adding).
            ListAction::RenderThrough(position)
                if position >= next.rendered.max(next.first_page) =>
            {
                next.showing_all = true;
            }
            ListAction::RenderThrough(_) => {}
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What the reader has done to one review.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewState {
    /// Whether a long text is shown whole.
    pub expanded: bool,
    /// Whether a review marked as a spoiler shows its text.
    pub spoiler_shown: bool,
    /// Whether its link was just copied.
    pub link_copied: bool,
}

/// What a reader can do to one review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    /// "View More" or "View Less".
    ToggleExpanded,
    /// "Contains spoilers — show review".
    ShowSpoiler,
    /// Arrived through a link to this review: show all of it.
    Open,
    /// Its link is on the clipboard.
    LinkCopied,
}

impl Reducible for ReviewState {
    type Action = ReviewAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ReviewAction::ToggleExpanded => next.expanded = !next.expanded,
            ReviewAction::ShowSpoiler => next.spoiler_shown = true,
            ReviewAction::Open => {
                next.expanded = true;
                next.spoiler_shown = true;
            }
            ReviewAction::LinkCopied => next.link_copied = true,
        }
        if action != ReviewAction::LinkCopied {
            next.link_copied = false;
        }
        Rc::new(next)
    }
}

/// A reader expanded or collapsed a review; reported to the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewToggle {
    /// The review's `id` from the data, else its position in the data counted from 1.
    pub review_id: String,
    /// Whether the review now shows its whole text.
    pub expanded: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_expands_then_collapses() {
        let state = Rc::new(ReviewState::default());
        let state = state.reduce(ReviewAction::ToggleExpanded);
        assert!(state.expanded);
        let state = state.reduce(ReviewAction::ToggleExpanded);
        assert!(!state.expanded);
    }

    #[test]
    fn opening_from_a_link_shows_everything_and_copying_is_forgotten_on_the_next_action() {
        let state = Rc::new(ReviewState::default()).reduce(ReviewAction::LinkCopied);
        assert!(state.link_copied);
        let state = state.reduce(ReviewAction::Open);
        assert_eq!(
            *state,
            ReviewState {
                expanded: true,
                spoiler_shown: true,
                link_copied: false
            }
        );
        let state = Rc::new(ReviewState::default()).reduce(ReviewAction::ShowSpoiler);
        assert!(state.spoiler_shown && !state.expanded);
    }

    #[test]
    fn show_all_adds_batches_until_every_review_is_on_the_page() {
        let mut state = Rc::new(ListState::new(10, 120, false));
        assert_eq!((state.rendered(), state.has_more()), (10, true));
        // Batches only come after "Show all".
        state = state.reduce(ListAction::RenderNextBatch);
        assert_eq!(state.rendered(), 10);
        state = state.reduce(ListAction::ShowAll);
        assert!(state.is_revealing());
        let mut batches = 0;
        while state.is_revealing() {
            state = state.reduce(ListAction::RenderNextBatch);
            batches += 1;
        }
        assert_eq!((state.rendered(), batches), (120, 3));
        state = state.reduce(ListAction::ShowFewer);
        assert_eq!((state.rendered(), state.is_showing_all()), (10, false));
    }

    #[test]
    fn a_link_to_a_later_review_shows_all_in_batches() {
        let state =
            Rc::new(ListState::new(10, 5000, false)).reduce(ListAction::RenderThrough(4321));
        assert_eq!(state.rendered(), 10);
        assert!(state.is_revealing());
        let same = state.clone().reduce(ListAction::RenderThrough(3));
        assert!(Rc::ptr_eq(&same, &state));
    }

    #[test]
    fn a_card_in_steps_adds_its_first_page_in_batches_after_its_head() {
        let mut state = Rc::new(ListState::new(10, 120, true));
        assert_eq!(state.rendered(), 0);
        assert!(state.is_revealing() && !state.has_first_page() && !state.is_showing_all());
        // A link to a review of the first page waits for it rather than showing all.
        state = state.reduce(ListAction::RenderThrough(3));
        assert!(!state.is_showing_all());
        state = state.reduce(ListAction::RenderNextBatch);
        assert_eq!(state.rendered(), 10);
        assert!(state.has_first_page() && !state.is_revealing());
        // A first page longer than a batch comes batch by batch too.
        let mut long = Rc::new(ListState::new(120, 5000, true));
        let mut batches = 0;
        while long.is_revealing() {
            long = long.reduce(ListAction::RenderNextBatch);
            batches += 1;
        }
        assert_eq!((long.rendered(), batches), (120, 3));
        // A list shorter than its first page, and an empty one, are whole at once or after one step.
        let short = Rc::new(ListState::new(10, 4, true)).reduce(ListAction::RenderNextBatch);
        assert_eq!((short.rendered(), short.has_first_page()), (4, true));
        assert!(ListState::new(10, 0, true).has_first_page());
    }

    #[test]
    fn short_lists_have_no_more() {
        let state = ListState::new(10, 4, false);
        assert_eq!((state.rendered(), state.has_more()), (4, false));
    }
}
