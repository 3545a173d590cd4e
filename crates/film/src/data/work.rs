//! What the card is about: `kind` (a film, a TV series, a season or an episode) and the fields
//! that place a season or an episode in its series.

use serde_json::Value;

use super::error::{describe, wrong_type};
use super::fields::Fields;
use super::DataError;
use crate::model::{Kind, Work};

/// The highest season or episode number the data takes.
pub const MAX_NUMBER: u32 = 99_999;

/// The fields that belong to some kinds only, each with those kinds as bits (`1 << kind`): a
/// table the reader loops over rather than a check written out a field.
const PLACED: [(&str, u8); 4] = [
    ("ended", SERIES),
    ("series", IN_SERIES),
    ("season", IN_SERIES),
    ("episode", EPISODE),
];

/// The kinds a field of [`PLACED`] may belong to, as bits.
const SERIES: u8 = 1 << Kind::Series as u8;
const EPISODE: u8 = 1 << Kind::Episode as u8;
const IN_SERIES: u8 = 1 << Kind::Season as u8 | EPISODE;

/// The work from `kind`, `ended`, `series`, `season` and `episode`. A field that does not belong
/// to the kind is refused, so a misplaced one is never silently dropped. Never inlined: inlined
/// into [`super::film::from_value`], each of its early returns drops the fields read before it,
/// which cost the reader's bundle about 250 bytes.
#[inline(never)]
pub(super) fn work(film: &Fields<'_>) -> Result<Work, DataError> {
    let kind = match film.get("kind") {
        None => Kind::Film,
        Some(Value::String(name)) => Work::KINDS
            .iter()
            .position({
                let name = name.trim();
                move |kind| *kind == name
            })
            .map(|index| Kind::ALL[index])
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
    // A field given for a kind it does not belong to is refused with the kind to add, before
    // any is read; the series' title, the one field that allocates, is read last, so that no
    // refusal has a field read before it to drop.
    for &(name, kinds) in &PLACED {
        if kinds & 1 << kind as u8 == 0 && film.get(name).is_some() {
            return Err(DataError::new(film.path_of(name), misplaced(kinds)));
        }
    }
    Ok(Work {
        kind,
        ended: film.optional_date("ended")?,
        season: number(film, "season")?,
        episode: number(film, "episode")?,
        series: film.optional_text("series")?,
    })
}

/// Why a field of `kinds` (as in [`PLACED`]) is refused, and the kind to add.
fn misplaced(kinds: u8) -> String {
    let (which, add) = match kinds {
        SERIES => ("a series", "series"),
        EPISODE => ("an episode", "episode"),
        _ => ("a season or an episode", "season"),
    };
    said!("belongs to {which}: add \"kind\": \"{add}\"")
}

/// A season's or an episode's number: a whole number from 0 to [`MAX_NUMBER`].
#[inline(never)]
fn number(film: &Fields<'_>, name: &str) -> Result<Option<u32>, DataError> {
    let Some(value) = film.get(name) else {
        return Ok(None);
    };
    // One refusal for a number out of range and for a value of another type.
    value
        .as_u64()
        .filter(|number| *number <= u64::from(MAX_NUMBER))
        .map(|number| Some(number as u32))
        .ok_or_else(|| {
            DataError::new(
                film.path_of(name),
                said!(
                    "must be a whole number from 0 to {MAX_NUMBER}, found {}",
                    match value {
                        Value::Number(number) => number.to_string(),
                        other => describe(other).to_owned(),
                    }
                ),
            )
        })
}
