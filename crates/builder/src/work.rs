//! What the card is about, as the form holds it: the kind (a film, a TV series, a season or an
//! episode) and the fields that go with it, as typed. The fields themselves (their paths, labels,
//! and the kinds each belongs to) are the form's table's ([`crate::form::fields::FILM`]).

use filmcard_film::model::{Kind, Work};

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

impl WorkForm {
    /// The form of a validated work.
    pub fn of(work: &Work) -> Self {
        let number = |number: &Option<u32>| number.map(|n| n.to_string()).unwrap_or_default();
        Self {
            kind: match work.kind {
                Kind::Film => String::new(),
                _ => work.kind().to_owned(),
            },
            series: work.series.clone().unwrap_or_default(),
            season: number(&work.season),
            episode: number(&work.episode),
            ended: work.ended.map(|d| d.iso()).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::fields::FILM;
    use crate::form::FormState;
    use serde_json::{json, Value};

    /// The work's fields the form shows, in the table's order.
    fn shown(form: &FormState) -> Vec<&'static str> {
        FILM.iter()
            .filter(|field| !field.kinds.is_empty() && form.shows(field))
            .map(|field| field.path)
            .collect()
    }

    fn work(kind: &str) -> FormState {
        FormState {
            work: WorkForm {
                kind: kind.to_owned(),
                ..WorkForm::default()
            },
            ..FormState::default()
        }
    }

    #[test]
    fn a_work_goes_into_the_data_and_comes_back_through_the_validator() {
        let data = json!({ "title": "Smoke Gets in Your Eyes", "kind": "episode", "series": "Mad Men", "season": 1, "episode": 1 });
        let (form, left_out) = FormState::from_value(&data);
        assert_eq!(left_out, []);
        assert_eq!(form.work.kind, "episode");
        assert_eq!(shown(&form), ["series", "season", "episode"]);
        assert_eq!(form.to_value(), data);
        let film = form.validate().expect("valid");
        assert_eq!(FormState::of(&film).work, form.work);
    }

    #[test]
    fn each_kind_shows_its_own_fields() {
        assert_eq!(shown(&work("")), [] as [&str; 0]);
        assert_eq!(shown(&work("film")), [] as [&str; 0]);
        assert_eq!(shown(&work("series")), ["ended"]);
        assert_eq!(shown(&work(" season ")), ["series", "season"]);
        assert_eq!(shown(&work("episode")), ["series", "season", "episode"]);
        assert_eq!(shown(&work("movie")), [] as [&str; 0]);
    }

    #[test]
    fn a_film_writes_no_kind_and_a_stray_field_stays_in_view() {
        let mut form = work("film");
        assert_eq!(form.to_value(), json!({}));
        assert!(shown(&form).is_empty());
        form.work.ended = "2015".to_owned();
        assert_eq!(shown(&form), ["ended"]);
        assert_eq!(form.to_value().get("ended"), Some(&json!("2015")));
        form.work.kind = "series".to_owned();
        form.work.season = "two".to_owned();
        assert_eq!(shown(&form), ["season", "ended"]);
        let film = form.to_value();
        assert_eq!(film.get("kind"), Some(&json!("series")));
        assert_eq!(film.get("season"), Some(&json!("two")));
        form.work.season = " 3 ".to_owned();
        assert_eq!(form.to_value().get("season"), Some(&json!(3)));
        assert_eq!(WorkForm::of(&Work::default()), WorkForm::default());
    }

    #[test]
    fn a_number_where_the_work_takes_text_is_read_as_its_text() {
        let data = json!({ "title": "X", "kind": "series", "ended": 2015, "series": 24 });
        let (form, left_out) = FormState::from_value(&data);
        assert_eq!(left_out, []);
        assert_eq!(
            (form.work.ended.as_str(), form.work.series.as_str()),
            ("2015", "24")
        );
        assert_eq!(form.to_value().get("ended"), Some(&Value::from("2015")));
    }

    /// The kinds the table gives each field are the data's: the validator refuses the field for
    /// every other kind, at the field's path, and takes it for its own.
    #[test]
    fn the_table_s_kinds_are_the_validator_s() {
        for field in FILM.iter().filter(|field| !field.kinds.is_empty()) {
            for kind in Work::KINDS {
                let mut form = work(kind);
                form.title = "X".to_owned();
                *(field.text_mut)(&mut form) =
                    if field.path == "ended" { "2015" } else { "1" }.to_owned();
                let verdict = form.validate();
                if field.belongs(kind) {
                    assert!(verdict.is_ok(), "{} of a {kind}: {verdict:?}", field.path);
                    assert!(form.shows(field));
                } else {
                    let error = verdict.expect_err(field.path);
                    assert_eq!(error.path, field.path, "{kind}");
                    // Still shown, so the error lands on it.
                    assert!(form.shows(field), "{} of a {kind}", field.path);
                }
            }
        }
    }
}
