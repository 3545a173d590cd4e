//! One film of a Letterboxd diary into the builder's form: its title and year, and each entry
//! as a review by the blogger, rated in stars out of 5.

use super::{Diary, DiaryFilm, Entry};
use crate::form::{FormState, RatingForm, RatingKind, ReviewForm};
use crate::import::Imported;
use filmcard_film::data::DataError;

/// What the picker shows for a film: `Title (Year), n reviews`.
pub fn label(film: &DiaryFilm) -> String {
    let year = film
        .year
        .map(|year| format!(" ({year})"))
        .unwrap_or_default();
    let texts = film.entries.iter().filter(|e| !e.text.is_empty()).count();
    let count = match (film.entries.len(), texts) {
        (1, 1) => "1 review".to_owned(),
        (n, t) if t == n => format!("{n} reviews"),
        (1, _) => "1 entry".to_owned(),
        (n, 0) => format!("{n} entries"),
        (n, t) => format!("{n} entries, {t} with a review"),
    };
    format!("{}{year}, {count}", film.title)
}

/// The review's stable id: the day it was watched, and whether it was a rewatch, so the card's
/// link to the review stays the same when the blogger imports the film again.
fn review_id(entry: &Entry, number: usize) -> String {
    let day = entry.date.as_deref().unwrap_or("undated");
    let rewatch = if entry.rewatch { "-rewatch" } else { "" };
    format!("letterboxd-{day}{rewatch}-{number}")
}

/// The form for the film at `index` of `diary`, its reviews written by `author`, with a note on
/// every entry the form cannot hold as Letterboxd has it: a rewatch (the card has no place for
/// it, so the review's id keeps it), an entry without a review's text.
pub fn imported(diary: &Diary, index: usize, author: &str) -> Option<Imported> {
    let film = diary.films.get(index)?;
    let mut notes = Vec::new();
    let reviews = film
        .entries
        .iter()
        .enumerate()
        .map(|(at, entry)| {
            if entry.text.is_empty() {
                notes.push(DataError::new(
                    format!("reviews[{at}].text"),
                    "this Letterboxd entry has a rating but no review; write one, or remove the review",
                ));
            }
            if entry.rewatch {
                notes.push(DataError::new(
                    format!("reviews[{at}].id"),
                    "a rewatch on Letterboxd; the card does not show rewatches, so the review's id says so",
                ));
            }
            ReviewForm {
                id: review_id(entry, at + 1),
                author: author.trim().to_owned(),
                text: entry.text.clone(),
                date: entry.date.clone().unwrap_or_default(),
                rating: entry.half_stars.map_or_else(RatingForm::default, |half| RatingForm {
                    kind: RatingKind::Stars,
                    value: if half % 2 == 0 {
                        (half / 2).to_string()
                    } else {
                        format!("{}.5", half / 2)
                    },
                    best: "5".to_owned(),
                }),
                spoiler: entry.spoiler,
            }
        })
        .collect();
    if author.trim().is_empty() {
        notes.insert(
            0,
            DataError::new(
                "reviews[0].author",
                "Letterboxd's file does not name you: write your name as the reviews' author",
            ),
        );
    }
    Some(Imported {
        form: FormState {
            title: film.title.clone(),
            release_date: film.year.map(|year| year.to_string()).unwrap_or_default(),
            reviews,
            ..FormState::default()
        },
        notes,
        kind: diary.source.name(),
    })
}
