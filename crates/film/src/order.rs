//! The order reviews are listed in, chosen with the `sort` attribute.

use std::rc::Rc;

use crate::model::Review;

/// How a card orders its reviews.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// As the data lists them.
    #[default]
    Original,
    /// Most recent first; undated reviews last.
    Newest,
    /// Best rated first; unrated reviews last.
    Highest,
    /// Worst rated first; unrated reviews last.
    Lowest,
}

impl Sort {
    /// The attribute values, in the order they are documented.
    pub const NAMES: [&'static str; 4] = ["original", "newest", "highest", "lowest"];

    /// The order named by a `sort` attribute value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "original" => Some(Self::Original),
            "newest" => Some(Self::Newest),
            "highest" => Some(Self::Highest),
            "lowest" => Some(Self::Lowest),
            _ => None,
        }
    }

    /// The positions of `reviews` in this order. Ties keep the data's order, so the result never
    /// changes between renders.
    pub fn apply(self, reviews: &[Rc<Review>]) -> Vec<usize> {
        if self == Self::Original {
            return (0..reviews.len()).collect();
        }
        // One key type and one sort for every order: each `sort_by_key` closure would be compiled
        // into a sort of its own, and every reader downloads each one.
        let mut keyed: Vec<(bool, i64, usize)> = reviews
            .iter()
            .enumerate()
            .map(|(index, review)| {
                let key = match self {
                    Self::Original => None,
                    Self::Newest => review.date.map(|date| {
                        let month = i64::from(date.month.unwrap_or(0));
                        let day = i64::from(date.day.unwrap_or(0));
                        -(i64::from(date.year) * 10_000 + month * 100 + day)
                    }),
                    Self::Highest => review.rating.map(|rating| -i64::from(rating.per_mille())),
                    Self::Lowest => review.rating.map(|rating| i64::from(rating.per_mille())),
                };
                (key.is_none(), key.unwrap_or(0), index)
            })
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, _, index)| index).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Rating};

    pub(super) fn review(name: &str, date: Option<(u16, u8)>, stars: Option<u8>) -> Rc<Review> {
        Rc::new(Review {
            id: None,
            anchor: name.into(),
            author: name.into(),
            text: "t".into(),
            date: date.map(|(year, month)| PartialDate {
                year,
                month: Some(month),
                day: None,
            }),
            rating: stars.map(|halves| Rating::Stars { halves, best: 5 }),
            spoiler: false,
        })
    }

    fn names(reviews: &[Rc<Review>], sort: Sort) -> Vec<&str> {
        sort.apply(reviews)
            .into_iter()
            .map(|index| reviews[index].author.as_str())
            .collect()
    }

    #[test]
    fn each_order_puts_reviews_without_the_key_last_and_keeps_ties_in_data_order() {
        let reviews = [
            review("a", Some((2001, 5)), Some(6)),
            review("b", None, None),
            review("c", Some((2020, 1)), Some(10)),
            review("d", Some((1999, 12)), Some(6)),
            review("e", Some((2020, 1)), None),
        ];
        assert_eq!(names(&reviews, Sort::Original), ["a", "b", "c", "d", "e"]);
        assert_eq!(names(&reviews, Sort::Newest), ["c", "e", "a", "d", "b"]);
        assert_eq!(names(&reviews, Sort::Highest), ["c", "a", "d", "b", "e"]);
        assert_eq!(names(&reviews, Sort::Lowest), ["a", "d", "c", "b", "e"]);
    }

    #[test]
    fn names_are_read_without_regard_to_case() {
        assert_eq!(Sort::from_name(" Newest "), Some(Sort::Newest));
        assert_eq!(Sort::from_name("best"), None);
        for name in Sort::NAMES {
            assert!(Sort::from_name(name).is_some());
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::review;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_order_is_a_permutation(
            keys in proptest::collection::vec((proptest::option::of(1900u16..2030), proptest::option::of(0u8..=10)), 0..40),
            which in 0usize..4,
        ) {
            let reviews: Vec<_> = keys
                .iter()
                .enumerate()
                .map(|(index, (year, stars))| review(&index.to_string(), year.map(|y| (y, 1)), *stars))
                .collect();
            let sort = Sort::from_name(Sort::NAMES[which]).expect("a name");
            let mut order = sort.apply(&reviews);
            order.sort_unstable();
            prop_assert_eq!(order, (0..reviews.len()).collect::<Vec<_>>());
        }
    }
}
