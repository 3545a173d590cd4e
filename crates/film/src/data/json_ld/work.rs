//! The kinds of work a page's JSON-LD may describe, and what places a series' season or episode.

use serde_json::{Map, Value};

use super::date::date_value;
use super::{first, name_or_text, numeric_value, present, Reader};

/// The schema.org types read, in the words of the error for a page with none of them.
pub const TYPES: [&str; 4] = ["Movie", "TVSeries", "TVSeason", "TVEpisode"];

/// The first of [`TYPES`] an object's `@type` is or lists, written plainly or as a full IRI.
pub fn type_of(object: &Map<String, Value>) -> Option<&'static str> {
    let named = |name: &Value| {
        let name = name.as_str()?;
        let name = name
            .strip_prefix("https://schema.org/")
            .or_else(|| name.strip_prefix("http://schema.org/"))
            .or_else(|| name.strip_prefix("schema:"))
            .unwrap_or(name);
        TYPES.iter().find(|known| **known == name).copied()
    };
    match object.get("@type")? {
        Value::Array(names) => names.iter().find_map(named),
        name => named(name),
    }
}

/// The data format's `kind` for a schema.org type; `None` for a Movie, the data's default.
pub fn kind_of(type_name: &str) -> Option<Value> {
    let kind = match type_name {
        "TVSeries" => "series",
        "TVSeason" => "season",
        "TVEpisode" => "episode",
        _ => return None,
    };
    Some(Value::String(kind.to_owned()))
}

impl Reader<'_> {
    /// The fields of the work's kind (see [`kind_of`]), from its schema.org properties: a
    /// TVSeries' `endDate`; a TVSeason's `partOfSeries` and `seasonNumber`; a TVEpisode's
    /// `partOfSeries`, `partOfSeason`'s `seasonNumber` and `episodeNumber`. Each is checked as
    /// the data checks it, and left out with a note when it cannot be used.
    pub(super) fn work_fields(&mut self, work: &Value) -> [(&'static str, Option<Value>); 4] {
        let kind = self.kind.as_ref().and_then(Value::as_str).unwrap_or("film");
        let (series, season, episode) = match kind {
            "series" => {
                let ended = present(work.get("endDate"))
                    .and_then(|date| self.date("endDate", date_value(date)));
                return [
                    ("ended", ended),
                    ("series", None),
                    ("season", None),
                    ("episode", None),
                ];
            }
            "season" => (true, "seasonNumber", false),
            "episode" => (true, "partOfSeason.seasonNumber", true),
            _ => {
                return [
                    ("ended", None),
                    ("series", None),
                    ("season", None),
                    ("episode", None),
                ]
            }
        };
        let series = series
            .then(|| work.get("partOfSeries"))
            .flatten()
            .map(|series| name_or_text(first(series)));
        let number = |path: &str| {
            let (outer, inner) = path.split_once('.').unwrap_or(("", path));
            let holder = if outer.is_empty() {
                Some(work)
            } else {
                work.get(outer).map(first)
            };
            present(holder.and_then(|holder| holder.get(inner))).map(numeric_value)
        };
        let season_number = number(season);
        let episode_number = episode.then(|| number("episodeNumber")).flatten();
        [
            ("ended", None),
            ("series", self.part("series", "partOfSeries", series)),
            ("season", self.part("season", season, season_number)),
            (
                "episode",
                self.part("episode", "episodeNumber", episode_number),
            ),
        ]
    }
}
