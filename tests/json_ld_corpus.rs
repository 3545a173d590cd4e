//! Every real schema.org `Movie` block in `tests/corpus/real-jsonld/` (copied byte for byte from
//! real film sites; `SOURCES.md` there gives each one's origin) read as `source="ld+json"` reads
//! it. The expected values were written from reading each file, not from the output.

use filmcard::i18n::Locale;
use filmcard::json_ld::{film_from_blocks, FromPage};
use filmcard::model::{Film, Kind, Work};

/// The page the blocks are read on, as the edge hands it: relative addresses resolve against it.
const PAGE: &str = "https://blog.example/films/post.html";

fn read(name: &str) -> Result<FromPage, String> {
    let path = format!(
        "{}/tests/corpus/real-jsonld/{name}.jsonld",
        env!("CARGO_MANIFEST_DIR")
    );
    let block = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    film_from_blocks(&[block], PAGE).map_err(|error| error.to_string())
}

/// Every text the card shows.
fn texts(film: &Film) -> Vec<String> {
    let mut texts = vec![film.title.clone()];
    texts.extend(film.certificate.clone());
    texts.extend(film.synopsis.clone());
    texts.extend(
        film.trailer
            .iter()
            .flat_map(|t| [Some(t.url.clone()), t.label.clone()])
            .flatten(),
    );
    texts.extend(
        film.poster
            .iter()
            .flat_map(|p| [Some(p.url.clone()), p.alt.clone()])
            .flatten(),
    );
    for review in &film.reviews {
        texts.extend([review.author.clone(), review.text.clone()]);
    }
    texts
}

/// Whether `text` holds something that reads as an HTML character reference (`&apos;`, `&#39;`).
fn has_reference(text: &str) -> bool {
    text.match_indices('&').any(|(at, _)| {
        let rest = &text[at + 1..];
        let name_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .unwrap_or(rest.len());
        name_end > 0 && rest[name_end..].starts_with(';')
    })
}

struct Expected {
    name: &'static str,
    title: &'static str,
    reviews: usize,
    rating: Option<(u32, Option<u64>)>,
    release: Option<&'static str>,
    left_out: &'static [&'static str],
}

const EXPECTED: &[Expected] = &[
    Expected { name: "allocine-fight-club", title: "Fight Club", reviews: 0, rating: Some((90, Some(82_807))), release: None, left_out: &[] },
    Expected { name: "csfd-na-spatne-strane", title: "Na špatné straně", reviews: 0, rating: Some((72, Some(7_890))), release: Some("2018"), left_out: &[] },
    Expected { name: "csfd-the-loan-shark", title: "The Loan Shark", reviews: 0, rating: None, release: Some("1912"), left_out: &[] },
    Expected { name: "douban-jin-xiang-qing-geng-qie", title: "近乡情更怯", reviews: 0, rating: None, release: None, left_out: &[] },
    Expected { name: "douban-meeting-evil", title: "遇见恶魔 Meeting Evil", reviews: 0, rating: Some((61, Some(822))), release: None, left_out: &[] },
    Expected { name: "imdb-ferris-buellers-day-off-trimmed", title: "Ferris Bueller's Day Off", reviews: 0, rating: Some((78, None)), release: Some("1986-06-11"), left_out: &["review.reviewBody: missing"] },
    Expected { name: "imdb-l-immortel", title: "L'immortel", reviews: 1, rating: Some((66, Some(35_051))), release: Some("2010-03-24"), left_out: &[] },
    Expected { name: "imdb-quality-of-life", title: "Quality of Life", reviews: 0, rating: None, release: None, left_out: &[] },
    Expected { name: "imdb-spirited-away", title: "Sen to Chihiro no kamikakushi", reviews: 1, rating: Some((86, Some(755_373))), release: Some("2003-03-28"), left_out: &[] },
    Expected { name: "imdb-the-shawshank-redemption-2020", title: "The Shawshank Redemption", reviews: 1, rating: Some((93, Some(2_111_190))), release: Some("1994-10-14"), left_out: &[] },
    Expected { name: "letterboxd-shrek", title: "Shrek", reviews: 0, rating: Some((82, Some(1_524_195))), release: Some("2001"), left_out: &[] },
    Expected { name: "metacritic-fight-club", title: "Fight Club", reviews: 0, rating: Some((66, Some(35))), release: Some("1999-10-15"), left_out: &["trailer: has no url, embedUrl or contentUrl to link to"] },
    Expected { name: "rottentomatoes-the-shawshank-redemption", title: "The Shawshank Redemption", reviews: 24, rating: Some((91, Some(68))), release: None, left_out: &[] },
    Expected { name: "schemaorg-example-in-search-of-haydn", title: "In search of Haydn [videorecording] / Phil Grabsky Films.com & Seventh Art Productions in association with Sky Art HD ; filmed, written and directed by Phil Grabsky.", reviews: 0, rating: None, release: Some("2011-01-01"), left_out: &[] },
];

#[test]
fn every_real_movie_with_a_name_becomes_a_card() {
    for expected in EXPECTED {
        let name = expected.name;
        let FromPage { film, left_out, .. } =
            read(name).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(film.title, expected.title, "{name}");
        assert_eq!(film.reviews.len(), expected.reviews, "{name}");
        assert_eq!(film.rating_summary(), expected.rating, "{name}");
        let release = film.release.as_ref().and_then(|r| r.date).map(|d| d.iso());
        assert_eq!(release.as_deref(), expected.release, "{name}");
        for text in texts(&film) {
            assert!(
                !has_reference(&text),
                "{name}: an undecoded reference in {text:?}"
            );
        }
        // Rotten Tomatoes' 24 fresh-or-rotten verdicts are each left out as no score.
        let left_out: Vec<String> = left_out.iter().map(ToString::to_string).collect();
        if name.starts_with("rottentomatoes") {
            assert_eq!(left_out.len(), 24, "{name}");
            for (index, line) in left_out.iter().enumerate() {
                assert_eq!(
                    line,
                    &format!("review[{index}].reviewRating: a verdict on a scale below zero (such as fresh or rotten) is not a score"),
                );
            }
        } else {
            assert_eq!(left_out, expected.left_out, "{name}");
        }
    }
}

#[test]
fn the_one_movie_without_a_name_shows_the_error_naming_the_title() {
    assert_eq!(
        read("letterboxd-kinds-of-kindness").unwrap_err(),
        "name: missing: a card needs the film's title (in the page's JSON-LD Movie)"
    );
}

/// What the card makes of one hostile or malformed block.
#[derive(Debug, PartialEq)]
enum Outcome {
    Shown {
        title: String,
        left_out: Vec<String>,
    },
    Refused(String),
}

const CASES: &str = include_str!("corpus/json-ld-cases.txt");

fn cases() -> Vec<(String, String, Outcome)> {
    let mut cases = Vec::new();
    let mut lines = CASES.lines().peekable();
    while let Some(line) = lines.next() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let name = line
            .strip_prefix("=== ")
            .unwrap_or_else(|| panic!("json-ld-cases.txt: expected \"=== name\", found {line:?}"));
        let mut block = Vec::new();
        while let Some(line) = lines.next_if(|line| !line.starts_with("--> ")) {
            block.push(line);
        }
        let first = lines
            .next()
            .unwrap_or_else(|| panic!("{name}: no \"--> \" line"));
        let outcome = if let Some(error) = first.strip_prefix("--> error: ") {
            Outcome::Refused(error.to_owned())
        } else {
            let title = first
                .strip_prefix("--> title: ")
                .unwrap_or_else(|| panic!("{name}: expected \"--> title: \" or \"--> error: \""));
            let mut left_out = Vec::new();
            while let Some(line) = lines.next_if(|line| line.starts_with("--> left out: ")) {
                left_out.push(line["--> left out: ".len()..].to_owned());
            }
            Outcome::Shown {
                title: title.to_owned(),
                left_out,
            }
        };
        cases.push((name.to_owned(), block.join("\n"), outcome));
    }
    cases
}

#[test]
fn hostile_and_malformed_blocks_give_exactly_the_expected_card() {
    let cases = cases();
    assert!(cases.len() >= 19, "{} cases", cases.len());
    for (name, block, expected) in cases {
        let outcome = match film_from_blocks(&[block.as_str()], PAGE) {
            Ok(read) => {
                // Whatever the data, every address the card uses is a web address.
                let addresses = read
                    .film
                    .trailer
                    .iter()
                    .map(|t| &t.url)
                    .chain(read.film.poster.iter().map(|p| &p.url));
                for address in addresses {
                    assert!(filmcard::data::is_web_url(address), "{name}: {address}");
                    assert!(address.starts_with("https://"), "{name}: {address}");
                }
                Outcome::Shown {
                    title: read.film.title,
                    left_out: read.left_out.iter().map(ToString::to_string).collect(),
                }
            }
            Err(error) => Outcome::Refused(error.to_string()),
        };
        assert_eq!(outcome, expected, "{name}");
    }
}

#[test]
fn the_corpus_is_all_here_and_all_checked() {
    let dir = format!("{}/tests/corpus/real-jsonld", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".jsonld").map(str::to_owned))
        .collect();
    names.sort();
    let mut checked: Vec<&str> = EXPECTED.iter().map(|e| e.name).collect();
    checked.push("letterboxd-kinds-of-kindness");
    checked.sort();
    assert_eq!(names, checked);
}

#[test]
fn what_the_pages_write_reaches_the_card_decoded_and_resolved() {
    let film = read("imdb-l-immortel").expect("shown").film;
    assert_eq!(film.certificate.as_deref(), Some("Not Rated"));
    assert_eq!(film.reviews[0].author, "tim-764-291856");
    assert_eq!(
        film.reviews[0].date.map(|d| d.iso()).as_deref(),
        Some("2012-05-20")
    );
    assert_eq!(
        film.trailer.expect("trailer").url,
        "https://www.imdb.com/video/vi2663777817/"
    );
    let film = read("imdb-spirited-away").expect("shown").film;
    assert!(film
        .synopsis
        .expect("synopsis")
        .contains("her family's move"));
    assert!(film.reviews[0].text.contains('"'));
    let film = read("allocine-fight-club").expect("shown").film;
    assert_eq!(
        film.trailer.expect("trailer").url,
        "http://www.allocine.fr/video/player_gen_cmedia=19441802&cfilm=21189.html"
    );
    let film = read("csfd-the-loan-shark").expect("shown").film;
    assert_eq!(
        film.poster.expect("poster").url,
        "https://static.pmgstatic.com/assets/images/6aeb8871e0052a62b04d591a3f85e733/empty-image.svg"
    );
    let film = read("imdb-the-shawshank-redemption-2020")
        .expect("shown")
        .film;
    assert_eq!(
        film.trailer.expect("trailer").url,
        "https://blog.example/video/imdb/vi3877612057"
    );
    assert_eq!(film.reviews[0].rating.map(|r| r.per_mille()), Some(1000));
    let film = read("rottentomatoes-the-shawshank-redemption")
        .expect("shown")
        .film;
    assert_eq!(
        film.reviews[0].date.map(|d| d.iso()).as_deref(),
        Some("2016-09-23")
    );
    assert_eq!(film.reviews[0].author, "Duane Byrge");
    assert!(film.reviews.iter().all(|review| review.rating.is_none()));
}

/// The bundle reads JSON-LD in its on-demand module and hands the card the result as text
/// (`json_ld::handover`): every real block and every hostile or malformed case reaches the card as
/// the same film, warning or error as reading it in place.
#[test]
fn every_block_crosses_from_the_on_demand_module_unchanged() {
    use filmcard::json_ld::{film_from_handover, handover};
    let dir = format!("{}/tests/corpus/real-jsonld", env!("CARGO_MANIFEST_DIR"));
    let mut blocks: Vec<String> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "jsonld"))
        .map(|path| std::fs::read_to_string(path).expect("a readable block"))
        .collect();
    let real = blocks.len();
    blocks.extend(cases().into_iter().map(|(_, block, _)| block));
    assert!(
        real >= 15 && blocks.len() >= real + 19,
        "{real} real, {} in all",
        blocks.len()
    );
    for block in &blocks {
        let direct =
            film_from_blocks(&[block], PAGE).map(|read| (read.film.clone(), read.warning()));
        assert_eq!(
            film_from_handover(&handover(&[block], PAGE)),
            direct,
            "{block}"
        );
    }
}

/// A series, season or episode block from `tests/corpus/tv-jsonld/`: written for the tests in
/// the shape IMDb's and Kinopoisk's `TVSeries` blocks (and a season's and an episode's) take,
/// with texts of their own; the README there says which is which.
fn read_tv(name: &str) -> FromPage {
    let path = format!(
        "{}/tests/corpus/tv-jsonld/{name}.jsonld",
        env!("CARGO_MANIFEST_DIR")
    );
    let block = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    film_from_blocks(&[block], PAGE).unwrap_or_else(|error| panic!("{name}: {error}"))
}

#[test]
fn series_seasons_and_episodes_become_cards_that_say_what_they_are() {
    let english = Locale::new("en");
    let release = |film: &Film| film.release.as_ref().and_then(|r| r.date).map(|d| d.iso());

    let imdb = read_tv("imdb-shaped-tvseries");
    assert_eq!(imdb.type_name, "TVSeries");
    assert_eq!(imdb.left_out, []);
    let film = &imdb.film;
    assert_eq!(film.title, "The Lighthouse Keepers");
    assert_eq!(
        film.work,
        Work {
            kind: Kind::Series,
            ..Work::default()
        }
    );
    assert_eq!(english.work(film).as_deref(), Some("TV series, 2018–"));
    assert_eq!(release(film).as_deref(), Some("2018-09-23"));
    assert_eq!(film.certificate.as_deref(), Some("TV-14"));
    assert_eq!(film.rating_summary(), Some((82, Some(48_213))));
    assert_eq!(
        film.trailer.as_ref().map(|t| t.url.as_str()),
        Some("https://blog.example/video/vi1100001/")
    );
    assert!(film
        .synopsis
        .as_deref()
        .is_some_and(|s| s.contains("other's lamp")));
    assert_eq!(filmcard::text::paragraphs(&film.reviews[0].text).len(), 2);

    let kinopoisk = read_tv("kinopoisk-shaped-tvseries");
    let film = &kinopoisk.film;
    assert_eq!(film.title, "Смотрители маяка");
    assert_eq!(english.work(film).as_deref(), Some("TV series, 2018–2021"));
    assert_eq!(
        Locale::new("fr").work(film).as_deref(),
        Some("Série télévisée, 2018–2021")
    );
    assert_eq!(release(film).as_deref(), Some("2018"));
    assert_eq!(
        filmcard::text::paragraphs(film.synopsis.as_deref().unwrap_or_default()).len(),
        3
    );
    assert_eq!(film.rating_summary(), Some((79, Some(15_234))));
    // `2019-3-06` is read whole; 30 February keeps its year and month, and says so.
    let dates: Vec<_> = film
        .reviews
        .iter()
        .map(|r| r.date.map(|d| d.iso()))
        .collect();
    assert_eq!(
        dates,
        [Some("2019-03-06".to_owned()), Some("2021-02".to_owned())]
    );
    let left_out: Vec<String> = kinopoisk.left_out.iter().map(ToString::to_string).collect();
    assert_eq!(
        left_out,
        ["review[1].datePublished: must be a real date: the days of February 2021 go from 01 to 28; the card keeps 2021-02"]
    );
    assert_eq!(
        kinopoisk.warning().as_deref(),
        Some("the page's JSON-LD TVSeries \"Смотрители маяка\" is shown without what could not be used: review[1].datePublished: must be a real date: the days of February 2021 go from 01 to 28; the card keeps 2021-02")
    );

    let season = read_tv("tvseason-shaped");
    assert_eq!(
        (season.type_name, season.left_out.as_slice()),
        ("TVSeason", &[][..])
    );
    let film = &season.film;
    assert_eq!(film.title, "The Lighthouse Keepers: Season 2");
    assert_eq!(
        film.work,
        Work {
            kind: Kind::Season,
            series: Some("The Lighthouse Keepers".to_owned()),
            season: Some(2),
            ..Work::default()
        }
    );
    assert_eq!(
        english.work(film).as_deref(),
        Some("The Lighthouse Keepers, Season 2")
    );
    assert_eq!(release(film).as_deref(), Some("2019-10-06"));
    assert_eq!(
        film.poster.as_ref().map(|p| p.url.as_str()),
        Some("https://blog.example/images/lighthouse-season-2.jpg")
    );
    assert_eq!(film.reviews[0].rating.map(|r| r.per_mille()), Some(900));

    let episode = read_tv("tvepisode-shaped");
    assert_eq!(
        (episode.type_name, episode.left_out.as_slice()),
        ("TVEpisode", &[][..])
    );
    let film = &episode.film;
    assert_eq!(film.title, "The Long Night");
    assert_eq!(
        film.work,
        Work {
            kind: Kind::Episode,
            series: Some("The Lighthouse Keepers".to_owned()),
            season: Some(2),
            episode: Some(3),
            ended: None,
        }
    );
    assert_eq!(
        Locale::new("de").work(film).as_deref(),
        Some("The Lighthouse Keepers, Staffel 2, Folge 3")
    );
    assert_eq!(release(film).as_deref(), Some("2019-10-13"));
    assert_eq!(film.rating_summary(), Some((94, Some(9_120))));
}

#[test]
fn the_tv_pages_cross_from_the_on_demand_module_unchanged() {
    use filmcard::json_ld::{film_from_handover, handover};
    for name in [
        "imdb-shaped-tvseries",
        "kinopoisk-shaped-tvseries",
        "tvseason-shaped",
        "tvepisode-shaped",
    ] {
        let path = format!(
            "{}/tests/corpus/tv-jsonld/{name}.jsonld",
            env!("CARGO_MANIFEST_DIR")
        );
        let block = std::fs::read_to_string(&path).expect("a readable block");
        let direct = read_tv(name);
        assert_eq!(
            film_from_handover(&handover(&[&block], PAGE)),
            Ok((direct.film.clone(), direct.warning())),
            "{name}"
        );
    }
}
