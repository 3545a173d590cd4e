//! The builder's state and its reducer: every change the page makes goes through [`Action`].

use std::rc::Rc;

use serde_json::{json, Map, Value};
use yew::Reducible;

use super::field::{self, contains};
use super::form::fields::{Field, FILM, GROUPS, OPTIONS, REVIEW};
use super::form::{FormState, RatingKind, ReviewForm};
use super::import::Imported;
use filmcard_film::data::DataError;

/// Everything the builder page holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BuilderState {
    /// The form.
    pub form: FormState,
    /// Where the snippet loads the bundle from: the folder of `filmcard.js`.
    pub bundle: String,
    /// Forms as they were before each removal, the latest last, with what was removed.
    pub undo: Vec<(String, FormState)>,
    /// The last import's notes, each naming its place; a note goes once its field is edited.
    pub import_notes: Vec<DataError>,
    /// What the page last did, for screen readers (the page announces it).
    pub status: String,
    /// A field to move the focus to, with a counter so asking twice moves it twice.
    pub focus: Option<(String, u32)>,
    /// How many imports were made, kept on the page for scripts waiting on one.
    pub imports: u32,
}

/// A change to the builder's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Sets the field at a path (as the data's errors name it; options are `options.<name>`,
    /// a rating's form `reviews[i].rating.kind`, a spoiler flag `"true"` or `"false"`).
    Set(String, String),
    /// Adds a blank review at the end.
    AddReview,
    /// Removes the review at an index (undoable).
    RemoveReview(usize),
    /// Moves the review at an index one place up (`-1`) or down (`1`).
    MoveReview(usize, isize),
    /// Empties the form (undoable).
    Clear,
    /// Puts back what the last removal took.
    Undo,
    /// Replaces the form with an import (undoable).
    Import(Box<Imported>),
    /// An import that was not film data.
    ImportFailed(DataError),
    /// Sets the bundle's address.
    SetBundle(String),
    /// Moves the focus to the field at a path.
    Focus(String),
    /// Says what a button did (copied, downloaded), for screen readers.
    Announce(String),
}

impl BuilderState {
    /// A state with the form and bundle address of a saved draft.
    pub fn with_draft(bundle: String, draft: Option<&str>) -> Self {
        let mut state = Self {
            bundle,
            ..Self::default()
        };
        if let Some((form, bundle)) = draft.and_then(read_draft) {
            state.form = form;
            if !bundle.is_empty() {
                state.bundle = bundle;
            }
        }
        state
    }

    /// The draft to keep: the film JSON, the options and the bundle's address.
    pub fn draft(&self) -> String {
        let attributes: Map<String, Value> = self
            .form
            .options
            .attributes()
            .into_iter()
            .map(|(name, value)| (name.to_owned(), Value::String(value.to_owned())))
            .collect();
        json!({ "film": self.form.to_value(), "attributes": attributes, "bundle": self.bundle })
            .to_string()
    }

    fn remember(&mut self, what: String) {
        self.undo.push((what, self.form.clone()));
        // Enough to take back a run of removals; older ones are let go.
        if self.undo.len() > 20 {
            self.undo.remove(0);
        }
    }
}

fn read_draft(text: &str) -> Option<(FormState, String)> {
    let draft: Value = serde_json::from_str(text).ok()?;
    let (mut form, _) = FormState::from_value(draft.get("film")?);
    if let Some(attributes) = draft.get("attributes").and_then(Value::as_object) {
        for (name, value) in attributes {
            if let (Some(field), Some(value)) = (form.options.field_mut(name), value.as_str()) {
                *field = value.to_owned();
            }
        }
    }
    let bundle = draft
        .get("bundle")
        .and_then(Value::as_str)
        .unwrap_or_default();
    Some((form, bundle.to_owned()))
}

/// The review index and field of a path such as `reviews[2].author`.
fn review_field(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix("reviews[")?;
    let (index, field) = rest.split_once(']')?;
    Some((
        index.parse().ok()?,
        field.strip_prefix('.').unwrap_or(field),
    ))
}

impl FormState {
    /// The text of the field at `path` (see [`Action::Set`]); `None` for no field.
    pub fn get(&self, path: &str) -> Option<String> {
        if let Some(key) = path.strip_prefix("labels.") {
            return Some(self.label(key).to_owned());
        }
        if let Some(name) = path.strip_prefix("options.") {
            return Field::at(&OPTIONS, name).map(|field| (field.text)(&self.options).clone());
        }
        if let Some((index, name)) = review_field(path) {
            let review = self.reviews.get(index)?;
            if let Some(field) = Field::at(&REVIEW, name) {
                return Some((field.text)(review).clone());
            }
            return Some(match name {
                "spoiler" => review.spoiler.to_string(),
                "rating.kind" => review.rating.kind.name().to_owned(),
                "rating.best" => review.rating.best.clone(),
                "rating" | "rating.value" | "rating.stars" => review.rating.value.clone(),
                _ => return None,
            });
        }
        Field::at(&FILM, path).map(|field| (field.text)(self).clone())
    }

    /// Sets the field at `path`; false when there is no such field.
    pub fn set(&mut self, path: &str, value: String) -> bool {
        if let Some(key) = path.strip_prefix("labels.") {
            if !filmcard_film::i18n::LABEL_KEYS.contains(&key) {
                return false;
            }
            self.set_label(key, value);
            return true;
        }
        if let Some(name) = path.strip_prefix("options.") {
            return match self.options.field_mut(name) {
                Some(field) => {
                    *field = value;
                    true
                }
                None => false,
            };
        }
        if let Some((index, name)) = review_field(path) {
            let Some(review) = self.reviews.get_mut(index) else {
                return false;
            };
            if let Some(field) = Field::at(&REVIEW, name) {
                *(field.text_mut)(review) = value;
                return true;
            }
            match name {
                "spoiler" => review.spoiler = value == "true",
                "rating.kind" => match RatingKind::from_name(&value) {
                    Some(kind) => review.rating.kind = kind,
                    None => return false,
                },
                "rating.best" => review.rating.best = value,
                "rating" | "rating.value" | "rating.stars" => review.rating.value = value,
                _ => return false,
            }
            return true;
        }
        match Field::at(&FILM, path) {
            Some(field) => {
                *(field.text_mut)(self) = value;
                true
            }
            None => false,
        }
    }

    /// The paths of every field and group of fields the form shows, where errors can land.
    pub fn field_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = [field::IMPORT, field::LETTERBOXD, "reviews", "labels"]
            .into_iter()
            .chain(GROUPS.iter().map(|(group, _)| *group))
            .chain(
                FILM.iter()
                    .filter(|field| self.shows(field))
                    .map(|field| field.path),
            )
            .map(str::to_owned)
            .collect();
        for (index, review) in self.reviews.iter().enumerate() {
            let value = match review.rating.kind {
                RatingKind::Scale => "rating.value",
                RatingKind::Stars => "rating.stars",
                _ => "rating",
            };
            let names = ["", "spoiler", "rating", value, "rating.best"];
            for name in names
                .into_iter()
                .chain(REVIEW.iter().map(|field| field.path))
            {
                paths.push(field::review_path(index, name));
            }
        }
        paths.extend(
            filmcard_film::i18n::LABEL_KEYS
                .iter()
                .map(|key| format!("labels.{key}")),
        );
        paths
    }
}

impl Reducible for BuilderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        match action {
            Action::Set(path, value) => {
                if state.form.get(&path).as_deref() == Some(value.as_str()) {
                    return self;
                }
                if !state.form.set(&path, value) {
                    return self;
                }
                state
                    .import_notes
                    .retain(|note| !contains(&path, &note.path));
            }
            Action::AddReview => {
                state.form.reviews.push(ReviewForm::default());
                let number = state.form.reviews.len();
                state.status = format!("Review {number} added.");
                state.focus = next_focus(&self.focus, field::review_path(number - 1, "author"));
            }
            Action::RemoveReview(index) => {
                if index >= state.form.reviews.len() {
                    return self;
                }
                let what = format!("Review {}", index + 1);
                state.remember(what.clone());
                state.form.reviews.remove(index);
                state.status = format!("{what} removed. Undo puts it back.");
            }
            Action::MoveReview(index, step) => {
                let Some(to) = index.checked_add_signed(step) else {
                    return self;
                };
                if to >= state.form.reviews.len() || index >= state.form.reviews.len() {
                    return self;
                }
                state.form.reviews.swap(index, to);
                state.status = format!("Review {} is now review {}.", index + 1, to + 1);
            }
            Action::Clear => {
                state.remember("The form".to_owned());
                state.form = FormState {
                    options: state.form.options.clone(),
                    ..FormState::default()
                };
                state.import_notes.clear();
                state.status = "The form is empty. Undo puts it back.".to_owned();
            }
            Action::Undo => {
                let Some((what, form)) = state.undo.pop() else {
                    return self;
                };
                state.form = form;
                state.status = format!("{what} is back.");
            }
            Action::Import(imported) => {
                let imported = *imported;
                state.imports += 1;
                state.remember("The form before the import".to_owned());
                let options = state.form.options.clone();
                state.form = imported.form;
                state.form.options = options;
                let first = imported.notes.first().map(|note| {
                    field::target(
                        &note.path,
                        state.form.field_paths().iter().map(String::as_str),
                    )
                });
                state.status = match imported.notes.len() {
                    0 => format!("The {} filled in the form.", imported.kind),
                    n => format!(
                        "The {} filled in the form; {n} {} at the fields named.",
                        imported.kind,
                        if n == 1 { "note" } else { "notes" }
                    ),
                };
                state.import_notes = imported.notes;
                if let Some(first) = first {
                    state.focus = next_focus(&self.focus, first);
                }
            }
            Action::ImportFailed(error) => {
                state.imports += 1;
                state.status = format!("Nothing was imported: {error}");
                state.focus = next_focus(&self.focus, field::refused_at(&error.path).to_owned());
                state.import_notes = vec![error];
            }
            Action::SetBundle(bundle) => state.bundle = bundle,
            Action::Focus(path) => state.focus = next_focus(&self.focus, path),
            Action::Announce(message) => state.status = message,
        }
        Rc::new(state)
    }
}

fn next_focus(previous: &Option<(String, u32)>, path: String) -> Option<(String, u32)> {
    let count = previous.as_ref().map_or(0, |(_, count)| count + 1);
    Some((path, count))
}

#[cfg(test)]
mod tests;
