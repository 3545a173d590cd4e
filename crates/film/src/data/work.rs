//! What the card is about: `kind` (a film, a TV series, a season or an episode) and the fields
//! that place a season or an episode in its series.

use serde_json::Value;

use super::error::{describe, wrong_type};
use super::fields::Fields;
use super::DataError;
use crate::model::Work;

/// The highest season or episode number the data takes.
pub const MAX_NUMBER: u32 = 99_999;

/// The work from `kind`, `ended`, `series`, `season` and `episode`. A field that does not belong
/// to the kind is refused, so a misplaced one is never silently dropped.
pub(super) fn work(film: &Fields<'_>) -> Result<Work, DataError> {
    let kind = match film.get("kind") {
        None => "film",
        Some(Value::String(name)) => Work::KINDS
            .iter()
            .find(|kind| **kind == name.trim())
            .copied()
            .ok_or_else(|| {
                DataError::new(
                    film.path_of("kind"),
                    said!(
                        "must be \"film\", \"series\", \"season\" or \"episode\", found \"{name}\""
                    ),
                )
            })?,
        Some(other) => {
            return Err(wrong_type(
                film.path_of("kind"),
                hint!("\"film\", \"series\", \"season\" or \"episode\""),
                other,
            ))
        }
    };
    // Each field belongs to some kinds; given for another, it is refused with the kind to add.
    for (name, fits, which, add) in [
        ("ended", kind == "series", hint!("a series"), "series"),
        (
            "series",
            matches!(kind, "season" | "episode"),
            hint!("a season or an episode"),
            "season",
        ),
        (
            "season",
            matches!(kind, "season" | "episode"),
            hint!("a season or an episode"),
            "season",
        ),
        ("episode", kind == "episode", hint!("an episode"), "episode"),
    ] {
        if !fits && film.get(name).is_some() {
            return Err(DataError::new(
                film.path_of(name),
                said!("belongs to {which}: add \"kind\": \"{add}\""),
            ));
        }
    }
    Ok(match kind {
        "series" => Work::Series {
            ended: film.optional_date("ended")?,
        },
        "season" => Work::Season {
            series: film.optional_text("series")?,
            season: number(film, "season")?,
        },
        "episode" => Work::Episode {
            series: film.optional_text("series")?,
            season: number(film, "season")?,
            episode: number(film, "episode")?,
        },
        _ => Work::Film,
    })
}

/// A season's or an episode's number: a whole number from 0 to [`MAX_NUMBER`].
fn number(film: &Fields<'_>, name: &str) -> Result<Option<u32>, DataError> {
    match film.get(name) {
        None => Ok(None),
        Some(Value::Number(number)) => number
            .as_u64()
            .filter(|number| *number <= u64::from(MAX_NUMBER))
            .map(|number| Some(number as u32))
            .ok_or_else(|| {
                DataError::new(
                    film.path_of(name),
                    said!("must be a whole number from 0 to {MAX_NUMBER}, found {number}"),
                )
            }),
        Some(other) => Err(DataError::new(
            film.path_of(name),
            said!(
                "must be a whole number from 0 to {MAX_NUMBER}, found {}",
                describe(other)
            ),
        )),
    }
}
