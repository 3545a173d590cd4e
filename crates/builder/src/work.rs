//! What the card is about, as the form holds it: the kind (a film, a TV series, a season or an
//! episode) and the fields that go with it, as typed.

use serde_json::{Map, Value};

use filmcard_film::model::Work;

/// The kind and its fields, as typed; blank means absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkForm {
    /// `film`, `series`, `season` or `episode`; blank is a film.
    pub kind: String,
    /// The series a season or an episode belongs to.
    pub series: String,
    /// The season's number.
    pub season: String,
    /// The episode's number.
    pub episode: String,
    /// When a series ended: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub ended: String,
}

/// The fields, by their paths in the data, after `kind`.
pub const FIELDS: [&str; 4] = ["series", "season", "episode", "ended"];

/// The kinds each field belongs to, as the data's validator has them.
fn belongs(field: &str, kind: &str) -> bool {
    match field {
        "series" | "season" => matches!(kind, "season" | "episode"),
        "episode" => kind == "episode",
        "ended" => kind == "series",
        _ => false,
    }
}

impl WorkForm {
    /// The field at a path (`kind` or one of [`FIELDS`]).
    pub fn field_mut(&mut self, path: &str) -> Option<&mut String> {
        Some(match path {
            "kind" => &mut self.kind,
            "series" => &mut self.series,
            "season" => &mut self.season,
            "episode" => &mut self.episode,
            "ended" => &mut self.ended,
            _ => return None,
        })
    }

    /// The fields the form shows: those of the kind, and any other that holds text, so that
    /// the data's error about it has a field to land on.
    pub fn shown(&self) -> Vec<&'static str> {
        let mut form = self.clone();
        FIELDS
            .into_iter()
            .filter(|field| {
                belongs(field, self.kind.trim())
                    || form
                        .field_mut(field)
                        .is_some_and(|text| !text.trim().is_empty())
            })
            .collect()
    }

    /// Puts the work into film data in the data's format; blank fields and a blank or `film`
    /// kind are left out. Numbers typed as numbers go in as numbers, anything else as text, for
    /// the data's checks to judge.
    pub fn put(&self, film: &mut Map<String, Value>) {
        let kind = self.kind.trim();
        if !kind.is_empty() && kind != "film" {
            film.insert("kind".to_owned(), Value::String(self.kind.clone()));
        }
        for (key, text, numeric) in [
            ("series", &self.series, false),
            ("season", &self.season, true),
            ("episode", &self.episode, true),
            ("ended", &self.ended, false),
        ] {
            if text.trim().is_empty() {
                continue;
            }
            let value = match serde_json::from_str::<Value>(text.trim()) {
                Ok(number @ Value::Number(_)) if numeric => number,
                _ => Value::String(text.clone()),
            };
            film.insert(key.to_owned(), value);
        }
    }

    /// The form of a validated work.
    pub fn of(work: &Work) -> Self {
        let number = |number: &Option<u32>| number.map(|n| n.to_string()).unwrap_or_default();
        let mut form = Self {
            kind: work.kind().to_owned(),
            ..Self::default()
        };
        match work {
            Work::Film => form.kind.clear(),
            Work::Series { ended } => form.ended = ended.map(|d| d.iso()).unwrap_or_default(),
            Work::Season { series, season } => {
                form.series = series.clone().unwrap_or_default();
                form.season = number(season);
            }
            Work::Episode {
                series,
                season,
                episode,
            } => {
                form.series = series.clone().unwrap_or_default();
                form.season = number(season);
                form.episode = number(episode);
            }
        }
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::FormState;
    use serde_json::json;

    #[test]
    fn a_work_goes_into_the_data_and_comes_back_through_the_validator() {
        let data = json!({ "title": "Smoke Gets in Your Eyes", "kind": "episode", "series": "Mad Men", "season": 1, "episode": 1 });
        let (form, left_out) = FormState::from_value(&data);
        assert_eq!(left_out, []);
        assert_eq!(form.work.kind, "episode");
        assert_eq!(form.work.shown(), ["series", "season", "episode"]);
        assert_eq!(form.to_value(), data);
        let film = form.validate().expect("valid");
        assert_eq!(FormState::of(&film).work, form.work);
    }

    #[test]
    fn a_film_writes_no_kind_and_a_stray_field_stays_in_view() {
        let mut form = WorkForm {
            kind: "film".to_owned(),
            ..WorkForm::default()
        };
        let mut film = Map::new();
        form.put(&mut film);
        assert!(film.is_empty());
        assert!(form.shown().is_empty());
        form.ended = "2015".to_owned();
        assert_eq!(form.shown(), ["ended"]);
        form.put(&mut film);
        assert_eq!(film.get("ended"), Some(&json!("2015")));
        form.kind = "series".to_owned();
        form.season = "two".to_owned();
        let mut film = Map::new();
        form.put(&mut film);
        assert_eq!(film.get("season"), Some(&json!("two")));
        assert_eq!(WorkForm::of(&Work::Film), WorkForm::default());
    }
}
