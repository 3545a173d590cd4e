//! The line that says what a card is about when it is not a film: "TV series, 2007–2015",
//! "Mad Men, Season 1, Episode 3".

use super::{fill, Locale};
use crate::model::{Film, Kind, PartialDate, Work};

impl Locale {
    /// The film's work line in this locale; `None` for a film, which needs none. A series gives
    /// its years (its release year, then the year it ended: "2007–" while it runs); a season
    /// and an episode, their series and numbers. Never inlined: together with the work read
    /// first in [`crate::data`], this took 111 B off the reader's bundle (BENCHMARKS.md).
    #[inline(never)]
    pub fn work(&self, film: &Film) -> Option<String> {
        let Work {
            kind,
            ended,
            series,
            season,
            episode,
        } = &film.work;
        let labels = &self.labels;
        let text = |text: &str| Some(text.to_owned());
        let numbered = |label: &str, number: Option<u32>| {
            number.map(|number| fill(label, &[("number", &(number as usize).to_string())]))
        };
        // Up to three parts, then joined: a season or an episode without its own number is
        // named as what it is.
        let parts = match kind {
            Kind::Film => return None,
            Kind::Series => {
                // The years as text through `usize`, whose conversion the card has already.
                let year = |date: Option<PartialDate>| date.map(|date| usize::from(date.year));
                let (start, end) = (
                    year(film.release.as_ref().and_then(|r| r.date)),
                    year(*ended),
                );
                // One year when it began and ended in it; none when neither is known.
                let mut years = start.map(|year| year.to_string());
                if end != start {
                    let years = years.get_or_insert_default();
                    years.push('–');
                    years.push_str(&end.map(|year| year.to_string()).unwrap_or_default());
                }
                [text(labels.tv_series()), years, None]
            }
            Kind::Season => [
                series.clone(),
                numbered(labels.season_number(), *season).or_else(|| text(labels.tv_season())),
                None,
            ],
            Kind::Episode => [
                series.clone(),
                numbered(labels.season_number(), *season),
                numbered(labels.episode_number(), *episode).or_else(|| text(labels.tv_episode())),
            ],
        };
        let mut line = String::new();
        for part in parts.iter().flatten() {
            if !line.is_empty() {
                line.push_str(self.language.list_separator);
            }
            line.push_str(part);
        }
        Some(line)
    }
}

#[cfg(test)]
mod tests {
    use crate::data::parse;
    use crate::i18n::{Locale, LANGUAGES};

    fn line(json: &str, lang: &str) -> Option<String> {
        Locale::new(lang).work(&parse(json).expect("valid"))
    }

    #[test]
    fn a_film_has_no_line_and_a_series_gives_its_years() {
        assert_eq!(line(r#"{ "title": "X" }"#, "en"), None);
        let series = r#"{ "title": "Mad Men", "kind": "series", "release": { "date": "2007-07-19" }, "ended": "2015-05-17" }"#;
        assert_eq!(line(series, "en").as_deref(), Some("TV series, 2007–2015"));
        assert_eq!(
            line(series, "de").as_deref(),
            Some("Fernsehserie, 2007–2015")
        );
        assert_eq!(
            line(series, "ja").as_deref(),
            Some("テレビシリーズ、2007–2015")
        );
        let running = r#"{ "title": "X", "kind": "series", "release": { "date": "2019" } }"#;
        assert_eq!(line(running, "en").as_deref(), Some("TV series, 2019–"));
        let one_year = r#"{ "title": "X", "kind": "series", "release": { "date": "2019" }, "ended": "2019-12" }"#;
        assert_eq!(
            line(one_year, "fr").as_deref(),
            Some("Série télévisée, 2019")
        );
        let undated = r#"{ "title": "X", "kind": "series" }"#;
        assert_eq!(line(undated, "es").as_deref(), Some("Serie de televisión"));
        let only_ended = r#"{ "title": "X", "kind": "series", "ended": "1999" }"#;
        assert_eq!(line(only_ended, "en").as_deref(), Some("TV series, –1999"));
    }

    #[test]
    fn seasons_and_episodes_name_their_series_and_numbers_in_every_language() {
        let episode = r#"{ "title": "Smoke Gets in Your Eyes", "kind": "episode", "series": "Mad Men", "season": 1, "episode": 1 }"#;
        let season =
            r#"{ "title": "Season 2", "kind": "season", "series": "Mad Men", "season": 2 }"#;
        let expected = [
            ("en", "Mad Men, Season 1, Episode 1", "Mad Men, Season 2"),
            ("fr", "Mad Men, Saison 1, Épisode 1", "Mad Men, Saison 2"),
            ("de", "Mad Men, Staffel 1, Folge 1", "Mad Men, Staffel 2"),
            (
                "es",
                "Mad Men, Temporada 1, Episodio 1",
                "Mad Men, Temporada 2",
            ),
            ("ja", "Mad Men、シーズン1、第1話", "Mad Men、シーズン2"),
        ];
        assert_eq!(expected.len(), LANGUAGES.len());
        for (lang, episode_line, season_line) in expected {
            assert_eq!(line(episode, lang).as_deref(), Some(episode_line));
            assert_eq!(line(season, lang).as_deref(), Some(season_line));
        }
        let bare = r#"{ "title": "Pilot", "kind": "episode" }"#;
        assert_eq!(line(bare, "en").as_deref(), Some("TV episode"));
        let unnumbered = r#"{ "title": "X", "kind": "season", "series": "Y" }"#;
        assert_eq!(line(unnumbered, "en").as_deref(), Some("Y, TV season"));
        let specials = r#"{ "title": "X", "kind": "episode", "season": 0, "episode": 12 }"#;
        assert_eq!(
            line(specials, "en").as_deref(),
            Some("Season 0, Episode 12")
        );
    }

    #[test]
    fn a_blogger_words_the_line_their_own_way() {
        let locale = Locale::new("en").with_overrides(&[
            ("tvSeries".to_owned(), "Show".to_owned()),
            ("episodeNumber".to_owned(), "Ep. {number}".to_owned()),
        ]);
        let film = parse(r#"{ "title": "X", "kind": "series" }"#).expect("valid");
        assert_eq!(locale.work(&film).as_deref(), Some("Show"));
        let film = parse(r#"{ "title": "X", "kind": "episode", "episode": 4 }"#).expect("valid");
        assert_eq!(locale.work(&film).as_deref(), Some("Ep. 4"));
    }
}
