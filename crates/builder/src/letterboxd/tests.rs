//! The Letterboxd readers on real-shaped files (tests/corpus/letterboxd/), and every message.

use std::io::Write;

use proptest::prelude::*;
use zip::write::SimpleFileOptions;

use super::*;

fn corpus(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/corpus/letterboxd/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn refusal(bytes: &[u8]) -> String {
    read(bytes).unwrap_err().to_string()
}

fn zipped(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn titles(diary: &Diary) -> Vec<(&str, Option<u16>, usize)> {
    diary
        .films
        .iter()
        .map(|film| (film.title.as_str(), film.year, film.entries.len()))
        .collect()
}

#[test]
fn reviews_csv_keeps_quoted_commas_line_breaks_half_stars_and_titles_in_any_script() {
    let diary = read(&corpus("reviews.csv")).unwrap();
    assert_eq!(diary.source, Source::Reviews);
    assert_eq!(diary.member, None);
    assert_eq!(
        titles(&diary),
        [
            ("The Red Shoes", Some(1948), 2),
            ("Amélie", Some(2001), 1),
            ("千と千尋の神隠し", Some(2001), 1),
            ("Heat", Some(1995), 1),
        ]
    );
    let red_shoes = &diary.films[0].entries;
    assert_eq!(
        red_shoes[0],
        Entry {
            text: "Technicolor as a fever dream. The ballet, all seventeen minutes of it, is the film's heart.".into(),
            half_stars: Some(9),
            date: Some("2024-03-01".into()),
            rewatch: false,
            spoiler: false,
        }
    );
    assert_eq!(
        red_shoes[1].text,
        "Second time, on the big screen.\n\nIt only grows: Lermontov's \"cruel\" speech, Vicky on the stairs, the red shoes themselves."
    );
    assert_eq!(
        (red_shoes[1].half_stars, red_shoes[1].rewatch),
        (Some(10), true)
    );
    assert_eq!(
        diary.films[1].entries[0].text,
        "Charmant, mais un peu sucré, non ?"
    );
    assert_eq!(diary.films[1].entries[0].half_stars, Some(7));
    // No rating, and no watched date: the date it was logged.
    let spirited = &diary.films[2].entries[0];
    assert_eq!(
        (spirited.half_stars, spirited.date.as_deref()),
        (None, Some("2024-07-01"))
    );
    assert_eq!(diary.films[3].entries[0].half_stars, Some(1));
}

#[test]
fn diary_csv_gives_ratings_and_rewatches_without_text() {
    let diary = read(&corpus("diary.csv")).unwrap();
    assert_eq!(diary.source, Source::Diary);
    assert_eq!(
        titles(&diary),
        [
            ("The Red Shoes", Some(1948), 2),
            ("Crouching Tiger, Hidden Dragon", Some(2000), 1),
            ("Stalker", Some(1979), 1),
        ]
    );
    assert!(diary
        .films
        .iter()
        .flat_map(|f| &f.entries)
        .all(|e| e.text.is_empty()));
    assert!(diary.films[0].entries[1].rewatch);
    assert_eq!(diary.films[2].entries[0].half_stars, None);
}

#[test]
fn the_feed_gives_reviews_as_text_spoilers_and_the_members_name() {
    let diary = read(&corpus("feed.rss")).unwrap();
    assert_eq!(diary.source, Source::Feed);
    assert_eq!(diary.member.as_deref(), Some("Mira Okafor"));
    // The list's item names no film and is passed over.
    assert_eq!(
        titles(&diary),
        [
            ("The Red Shoes", Some(1948), 1),
            ("Heat", Some(1995), 1),
            ("Stalker", Some(1979), 1)
        ]
    );
    assert_eq!(
        diary.films[0].entries[0].text,
        "Technicolor as a fever dream & a warning.\n\nThe ballet is the film\u{2019}s heart,\nand Moira Shearer\u{2019}s too."
    );
    let heat = &diary.films[1].entries[0];
    assert_eq!(
        heat.text,
        "The coffee shop scene still works; the ending, less so."
    );
    assert!(heat.spoiler && heat.rewatch);
    assert_eq!(heat.half_stars, Some(6));
    // A watch logged without a review: its description only says when.
    assert_eq!(diary.films[2].entries[0].text, "");
    assert_eq!(
        diary.films[2].entries[0].date.as_deref(),
        Some("2024-06-30")
    );
}

#[test]
fn the_exports_zip_gives_reviews_csv_and_the_name_in_profile_csv() {
    let profile = b"Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films\n2019-01-01,miraokafor,Mira,Okafor,mira@example.org,,,,,\n";
    let bytes = zipped(&[
        ("profile.csv", profile),
        ("diary.csv", &corpus("diary.csv")),
        ("deleted/reviews.csv", &corpus("watched.csv")),
        ("reviews.csv", &corpus("reviews.csv")),
        ("watched.csv", &corpus("watched.csv")),
    ]);
    let diary = read(&bytes).unwrap();
    assert_eq!(diary.source, Source::Reviews);
    assert_eq!(diary.member.as_deref(), Some("Mira Okafor"));
    assert_eq!(
        diary,
        Diary {
            member: diary.member.clone(),
            ..read(&corpus("reviews.csv")).unwrap()
        }
    );
    // Without reviews.csv, the diary.
    let diary = read(&zipped(&[("diary.csv", &corpus("diary.csv"))])).unwrap();
    assert_eq!((diary.source, diary.member), (Source::Diary, None));
}

#[test]
fn a_film_fills_the_form_with_stars_dates_and_the_author() {
    let diary = read(&corpus("reviews.csv")).unwrap();
    let imported = form::imported(&diary, 0, " Mira Okafor ").unwrap();
    assert_eq!(imported.kind, "Letterboxd reviews");
    assert_eq!(imported.form.title, "The Red Shoes");
    assert_eq!(imported.form.release_date, "1948");
    let reviews = &imported.form.reviews;
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[0].author, "Mira Okafor");
    assert_eq!(reviews[0].date, "2024-03-01");
    assert_eq!(
        (
            reviews[0].rating.kind,
            reviews[0].rating.value.as_str(),
            reviews[0].rating.best.as_str()
        ),
        (crate::form::RatingKind::Stars, "4.5", "5")
    );
    assert_eq!(reviews[1].rating.value, "5");
    assert_eq!(reviews[1].id, "letterboxd-2024-05-18-rewatch-2");
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert_eq!(notes, ["reviews[1].id: a rewatch on Letterboxd; the card does not show rewatches, so the review's id says so"]);
    // The card takes the form as it is.
    let film = imported.form.validate().unwrap();
    assert_eq!(
        film.reviews[0].rating,
        Some(filmcard_film::model::Rating::Stars { halves: 9, best: 5 })
    );
    assert!(form::imported(&diary, 4, "x").is_none());
}

#[test]
fn without_a_name_or_a_text_the_form_says_where_to_write() {
    let diary = read(&corpus("diary.csv")).unwrap();
    let imported = form::imported(&diary, 2, "").unwrap();
    let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        notes,
        [
            "reviews[0].author: Letterboxd's file does not name you: write your name as the reviews' author",
            "reviews[0].text: this Letterboxd entry has a rating but no review; write one, or remove the review",
        ]
    );
    assert_eq!(
        imported.form.reviews[0].rating.kind,
        crate::form::RatingKind::None
    );
}

#[test]
fn the_picker_names_each_film_and_what_it_holds() {
    let reviews = read(&corpus("reviews.csv")).unwrap();
    assert_eq!(
        form::label(&reviews.films[0]),
        "The Red Shoes (1948), 2 reviews"
    );
    assert_eq!(form::label(&reviews.films[1]), "Amélie (2001), 1 review");
    let feed = read(&corpus("feed.rss")).unwrap();
    assert_eq!(form::label(&feed.films[2]), "Stalker (1979), 1 entry");
    let diary = read(&corpus("diary.csv")).unwrap();
    assert_eq!(
        form::label(&diary.films[0]),
        "The Red Shoes (1948), 2 entries"
    );
}

const OPEN: &str = "open reviews.csv or diary.csv from Letterboxd's export, the export's .zip, or a saved Letterboxd RSS feed";

#[test]
fn files_of_another_kind_are_refused_with_what_to_open() {
    assert_eq!(refusal(b""), format!("the file is empty; {OPEN}"));
    assert_eq!(refusal(b" \n"), format!("the file is empty; {OPEN}"));
    assert_eq!(
        refusal(&[0xff, 0xfe, 0x00, 0x41]),
        format!("the file is neither text nor a .zip; {OPEN}")
    );
    assert_eq!(
        refusal(&corpus("goodreads.csv")),
        format!("line 1: this CSV file is not from Letterboxd: its first line lacks the columns Name, Year and Letterboxd URI; {OPEN}")
    );
    assert_eq!(
        refusal(&corpus("watched.csv")),
        format!("this Letterboxd file lists films without reviews or ratings (as watched.csv and watchlist.csv do); {OPEN}")
    );
    assert_eq!(
        refusal(&corpus("blog.rss")),
        format!("this RSS feed has no Letterboxd films (no letterboxd:filmTitle); {OPEN}")
    );
    assert_eq!(
        refusal(b"<html><body>A page</body></html>"),
        format!("this XML file is not an RSS feed; {OPEN}")
    );
    assert_eq!(
        refusal(include_str!("../../../../demo/the-red-shoes.json").as_bytes()),
        format!("line 1: this CSV file is not from Letterboxd: its first line lacks the columns Name, Year and Letterboxd URI; {OPEN}")
    );
    assert_eq!(
        refusal(&zipped(&[("watched.csv", &corpus("watched.csv"))])),
        format!("this .zip holds neither reviews.csv nor diary.csv, so it is not Letterboxd's export; {OPEN}")
    );
    assert_eq!(
        refusal(b"Date,Name,Year,Letterboxd URI,Rating\n"),
        "the file has no films yet"
    );
}

#[test]
fn a_malformed_file_is_refused_at_its_line_and_column() {
    let head = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n";
    let row = |fields: &str| {
        format!("{head}2024-01-01,Heat,1995,https://boxd.it/a,4,,Fine,,2024-01-01\n{fields}\n")
    };
    let cases = [
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,4",
            "line 3: has 5 fields where the first line has 9",
        ),
        (
            "2024-01-02,,1995,https://boxd.it/b,4,,Fine,,2024-01-02",
            "line 3, Name: the film's name is missing",
        ),
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,6,,Fine,,2024-01-02",
            "line 3, Rating: “6” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5",
        ),
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,3.7,,Fine,,2024-01-02",
            "line 3, Rating: “3.7” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5",
        ),
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,0,,Fine,,2024-01-02",
            "line 3, Rating: “0” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5",
        ),
        (
            "2024-01-02,Heat,95,https://boxd.it/b,4,,Fine,,2024-01-02",
            "line 3, Year: “95” is not a year, e.g. 1948",
        ),
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,4,,Fine,,2024-02-30",
            "line 3, Watched Date: “2024-02-30” is not a date written YYYY-MM-DD",
        ),
        (
            "02/01/2024,Heat,1995,https://boxd.it/b,4,,Fine,,",
            "line 3, Date: “02/01/2024” is not a date written YYYY-MM-DD",
        ),
        (
            "2024-01-02,Heat,1995,https://boxd.it/b,4,Maybe,Fine,,2024-01-02",
            "line 3, Rewatch: “Maybe” must be Yes, No or nothing",
        ),
    ];
    for (fields, expected) in cases {
        assert_eq!(refusal(row(fields).as_bytes()), expected, "{fields}");
    }
    let feed = String::from_utf8(corpus("feed.rss")).unwrap();
    assert_eq!(
        refusal(feed.replace("<letterboxd:memberRating>3.0<", "<letterboxd:memberRating>7<").as_bytes()),
        "item 2, letterboxd:memberRating: “7” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5"
    );
    assert_eq!(
        refusal(
            feed.replace("<letterboxd:filmYear>1979<", "<letterboxd:filmYear>soon<")
                .as_bytes()
        ),
        "item 3, letterboxd:filmYear: “soon” is not a year, e.g. 1948"
    );
    assert!(refusal(feed.replace("</item>", "</itme>").as_bytes())
        .starts_with("the feed is not well-formed XML: "));
    assert_eq!(
        refusal(&feed.as_bytes()[..feed.find("</item>").unwrap()]),
        "the feed is not well-formed XML: it ends before <item> is closed; save the whole feed again"
    );
    assert!(refusal(b"PK\x03\x04 not really a zip").starts_with("the .zip could not be opened: "));
    let mut broken = corpus("reviews.csv");
    let at = broken
        .windows(11)
        .position(|w| w == b"Technicolor")
        .unwrap();
    broken[at] = 0xff;
    assert_eq!(
        refusal(&zipped(&[("reviews.csv", &broken)])),
        "reviews.csv, line 2: is not UTF-8 text"
    );
    assert_eq!(
        refusal(&zipped(&[("reviews.csv", b"Name,Year,Letterboxd URI,Rating\nHeat,1995,x,9\n")])),
        "reviews.csv, line 2, Rating: “9” is not a Letterboxd rating: half stars from 0.5 to 5, e.g. 3.5"
    );
}

#[test]
fn every_half_star_is_read_and_nothing_else() {
    let read: Vec<Option<u8>> = ["0.5", "1", "1.0", "2.5", "5", "5.0", "4.5"]
        .map(half_stars)
        .to_vec();
    assert_eq!(
        read,
        [
            Some(1),
            Some(2),
            Some(2),
            Some(5),
            Some(10),
            Some(10),
            Some(9)
        ]
    );
    for wrong in [
        "0", "0.0", "5.5", "10", "-1", "4.25", "4,5", "", ".5", "½", "4.5 ",
    ] {
        assert_eq!(half_stars(wrong), None, "{wrong}");
    }
}

proptest! {
    #[test]
    fn any_bytes_are_read_or_refused_with_words(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        match read(&bytes) {
            Ok(diary) => prop_assert!(!diary.films.is_empty() && diary.films.iter().all(|f| !f.title.is_empty() && !f.entries.is_empty())),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn any_review_text_survives_the_csv_round_trip(text in "[^\r\u{0}<&]{1,80}", half in 1u8..=10) {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Review", "Tags", "Watched Date"]).unwrap();
        let stars = if half % 2 == 0 { (half / 2).to_string() } else { format!("{}.5", half / 2) };
        writer.write_record(["2024-01-01", "Heat", "1995", "x", &stars, "", &text, "", ""]).unwrap();
        let bytes = writer.into_inner().unwrap();
        let trimmed = text.trim();
        prop_assume!(!trimmed.is_empty() || text.is_empty());
        match read(&bytes) {
            Ok(diary) => {
                let entry = &diary.films[0].entries[0];
                prop_assert_eq!(entry.half_stars, Some(half));
                prop_assert_eq!(&entry.text, trimmed);
            }
            Err(error) => prop_assert!(false, "refused: {}", error),
        }
    }
}
