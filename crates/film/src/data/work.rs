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
/// to the kind is refused, so a misplaced one is never silently dropped. Never inlined: inlined
/// into [`super::film::from_value`], each of its early returns drops the fields read before it,
/// which cost the reader's bundle about 250 bytes.
#[inline(never)]
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
    // Each field is read once, whatever the kind; one given for a kind it does not belong to is refused with the kind to add.
    let series = film.optional_text("series")?;
    let season = number(film, "season")?;
    let episode = number(film, "episode")?;
    let ended = film.optional_date("ended")?;
    let (in_season, in_episode) = (matches!(kind, "season" | "episode"), kind == "episode");
    for (name, fits, which, add) in [
        ("ended", kind == "series", hint!("a series"), "series"),
        (
            "series",
            in_season,
            hint!("a season or an episode"),
            "season",
        ),
        (
            "season",
            in_season,
            hint!("a season or an episode"),
            "season",
        ),
        ("episode", in_episode, hint!("an episode"), "episode"),
    ] {
        if !fits && film.get(name).is_some() {
            return Err(DataError::new(
                film.path_of(name),
                said!("belongs to {which}: add \"kind\": \"{add}\""),
            ));
        }
    }
    Ok(match kind {
        "series" => Work::Series { ended },
        "season" => Work::Season { series, season },
        "episode" => Work::Episode {
            series,
            season,
            episode,
        },
        _ => Work::Film,
    })
}

/// A season's or an episode's number: a whole number from 0 to [`MAX_NUMBER`].
#[inline(never)]
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
