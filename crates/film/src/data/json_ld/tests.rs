use super::*;
use crate::model::Rating;

const PAGE: &str = "https://blog.example/films/red-shoes/";

const MOVIE: &str = r#"{
    "@context": "https://schema.org",
    "@type": "Movie",
    "name": "The Red Shoes",
    "contentRating": "NR",
    "datePublished": "1948-10-22",
    "description": "A ballerina torn between art and love.",
    "image": { "@type": "ImageObject", "url": "https://example.com/poster.jpg", "caption": "Vicky in red shoes" },
    "trailer": { "@type": "VideoObject", "name": "The Red Shoes Trailers", "embedUrl": "https://www.youtube.com/embed/abc" },
    "review": [
        { "@type": "Review", "author": { "@type": "Person", "name": "katyhun" }, "reviewBody": "Outstanding.",
          "datePublished": "2015-03-14T10:00:00Z", "reviewRating": { "@type": "Rating", "ratingValue": "9", "bestRating": "10" } },
        { "@type": "Review", "author": "Maria Trim", "reviewBody": "Breathtaking." }
    ]
}"#;

fn read(block: &str) -> FromPage {
    film_from_blocks(&[block], PAGE).expect("the movie is shown")
}

fn left_out(block: &str) -> Vec<String> {
    read(block)
        .left_out
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_movie_maps_onto_every_field() {
    let FromPage { film, left_out, .. } = read(MOVIE);
    assert_eq!(left_out, []);
    assert_eq!(film.title, "The Red Shoes");
    assert_eq!(film.certificate.as_deref(), Some("NR"));
    assert_eq!(
        film.release
            .and_then(|r| r.date)
            .map(|d| d.iso())
            .as_deref(),
        Some("1948-10-22")
    );
    assert_eq!(
        film.synopsis.as_deref(),
        Some("A ballerina torn between art and love.")
    );
    let trailer = film.trailer.expect("trailer");
    assert_eq!(
        (trailer.url.as_str(), trailer.label.as_deref()),
        (
            "https://www.youtube.com/embed/abc",
            Some("The Red Shoes Trailers")
        )
    );
    let poster = film.poster.expect("poster");
    assert_eq!(poster.alt.as_deref(), Some("Vicky in red shoes"));
    assert_eq!(film.reviews.len(), 2);
    assert_eq!(film.reviews[0].author, "katyhun");
    assert_eq!(
        film.reviews[0].date.map(|d| d.iso()).as_deref(),
        Some("2015-03-14")
    );
    assert_eq!(
        film.reviews[0].rating,
        Some(Rating::Score {
            value_tenths: 90,
            best_tenths: 100
        })
    );
    assert_eq!(film.reviews[1].author, "Maria Trim");
    assert_eq!(film.aggregate, None);
}

#[test]
fn the_movie_is_found_in_graphs_lists_pages_and_later_blocks() {
    let graph = format!(r#"{{ "@graph": [{{ "@type": "WebPage" }}, {MOVIE}] }}"#);
    let list = format!(r#"[{{ "@type": "Organization" }}, {MOVIE}]"#);
    let page = format!(r#"{{ "@type": "WebPage", "mainEntity": {MOVIE} }}"#);
    let typed_list = MOVIE.replace(r#""@type": "Movie""#, r#""@type": ["Product", "Movie"]"#);
    let iri = MOVIE.replace(
        r#""@type": "Movie""#,
        r#""@type": "http://schema.org/Movie""#,
    );
    for block in [&graph, &list, &page, &typed_list, &iri] {
        assert_eq!(read(block).film.title, "The Red Shoes", "{block}");
    }
    assert!(film_from_blocks(&["not json", r#"{ "@type": "Person" }"#, MOVIE], PAGE).is_ok());
}

#[test]
fn comment_wrappers_around_the_json_are_taken_off() {
    for (open, close) in [
        ("/* <![CDATA[ */", "/* ]]> */"),
        ("//<![CDATA[", "//]]>"),
        ("<!--", "-->"),
        ("<![CDATA[", "]]>"),
        ("\u{feff}", ""),
    ] {
        let block = format!("\n{open}\n{MOVIE}\n{close}\n");
        assert_eq!(read(&block).film.title, "The Red Shoes", "{open}");
    }
    assert_eq!(without_wrappers(" [1] "), "[1]");
    assert_eq!(without_wrappers("/* only a comment */"), "");
}

#[test]
fn no_work_is_a_clear_error() {
    let error = film_from_blocks(&[r#"{ "@type": "Book", "name": "X" }"#], PAGE).unwrap_err();
    assert!(
        error.message.starts_with(
            "no schema.org Movie, TVSeries, TVSeason or TVEpisode found in the page's"
        ),
        "{error}"
    );
    assert!(film_from_blocks::<&str>(&[], PAGE).is_err());
}

#[test]
fn only_a_movie_without_a_usable_title_is_refused() {
    let error =
        film_from_blocks(&[r#"{ "@type": "Movie", "image": "/p.jpg" }"#], PAGE).unwrap_err();
    assert_eq!(
        error.to_string(),
        "name: missing: a card needs the film's title (in the page's JSON-LD Movie)"
    );
    let error = film_from_blocks(&[r#"{ "@type": "Movie", "name": 7 }"#], PAGE).unwrap_err();
    assert_eq!(
        error.to_string(),
        "name: must be text, found a number (in the page's JSON-LD Movie)"
    );
    let alternate = r#"{ "@type": "Movie", "name": " ", "alternateName": "22 Bullets" }"#;
    assert_eq!(read(alternate).film.title, "22 Bullets");
}

#[test]
fn parts_that_cannot_be_used_are_left_out_and_named() {
    let movie = r#"{ "@type": "Movie", "name": "X",
        "image": "javascript:alert(1)",
        "trailer": { "@type": "VideoObject", "name": "T", "thumbnailUrl": "https://i.example/t.jpg" },
        "datePublished": "sometime in 1948",
        "contentRating": ["PG", "R"],
        "review": [
            { "author": "a", "reviewBody": "kept", "reviewRating": { "ratingValue": 12, "bestRating": 10 } },
            { "author": "b", "name": "a headline but no text" },
            { "author": { "@type": "Organization" }, "reviewBody": "no author" },
            { "author": "c", "reviewBody": "kept too", "datePublished": "1948-02-30" }
        ] }"#;
    let FromPage { film, left_out, .. } = read(movie);
    assert_eq!(film.title, "X");
    assert_eq!(
        (film.poster, film.trailer, film.release, film.certificate),
        (None, None, None, None)
    );
    let texts: Vec<_> = film.reviews.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["kept", "kept too"]);
    assert!(film.reviews.iter().all(|r| r.rating.is_none()));
    // Of a day its month does not have, the year and month are certain.
    let dates: Vec<_> = film
        .reviews
        .iter()
        .map(|r| r.date.map(|d| d.iso()))
        .collect();
    assert_eq!(dates, [None, Some("1948-02".to_owned())]);
    let left_out: Vec<String> = left_out.iter().map(ToString::to_string).collect();
    assert_eq!(
        left_out,
        [
            "contentRating: must be text, found a list",
            "datePublished: must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22",
            "trailer: has no url, embedUrl or contentUrl to link to",
            "image: must be a web address starting with https:// or http://",
            "review[0].reviewRating: must be a number from 0 to 10, the best score",
            "review[1].reviewBody: missing",
            "review[2].author: missing",
            "review[3].datePublished: must be a real date: the days of February 1948 go from 01 to 29; the card keeps 1948-02",
        ]
    );
}

#[test]
fn a_review_id_used_twice_loses_its_id_not_the_review() {
    let movie = r#"{ "@type": "Movie", "name": "X", "review": [
        { "@id": "r1", "author": "a", "reviewBody": "one" },
        { "@id": "r1", "author": "b", "reviewBody": "two" } ] }"#;
    let FromPage { film, left_out, .. } = read(movie);
    assert_eq!(film.reviews.len(), 2);
    assert_eq!(film.reviews[1].id, None);
    assert_eq!(left_out.len(), 1);
    assert_eq!(left_out[0].path, "review[1].@id");
}

#[test]
fn character_references_are_decoded_as_text_everywhere() {
    let movie = r#"{ "@type": "Movie", "name": "L&apos;immortel &amp; co",
        "description": "&lt;script&gt;alert(1)&lt;/script&gt; family&#39;s",
        "trailer": { "url": "https://v.example/p?a=1&amp;b=2" },
        "review": { "author": "&quot;Tim&quot;", "reviewBody": "&lt;img src=x onerror=alert(1)&gt;" } }"#;
    let film = read(movie).film;
    assert_eq!(film.title, "L'immortel & co");
    assert_eq!(
        film.synopsis.as_deref(),
        Some("<script>alert(1)</script> family's")
    );
    assert_eq!(
        film.trailer.expect("trailer").url,
        "https://v.example/p?a=1&b=2"
    );
    assert_eq!(film.reviews[0].author, "\"Tim\"");
    assert_eq!(film.reviews[0].text, "<img src=x onerror=alert(1)>");
}

#[test]
fn hidden_schemes_stay_refused() {
    for url in [
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "java&#x09;script:alert(1)",
        "data:text/html,&lt;script&gt;",
    ] {
        let movie = format!(
            r#"{{ "@type": "Movie", "name": "X", "trailer": {{ "url": "{url}" }}, "image": "{url}" }}"#
        );
        let FromPage { film, left_out, .. } = read(&movie);
        assert_eq!((film.trailer, film.poster), (None, None), "{url}");
        assert_eq!(left_out.len(), 2, "{url}");
    }
}

#[test]
fn relative_addresses_resolve_against_the_page() {
    let movie = r#"{ "@type": "Movie", "name": "X", "image": "//img.example/p.svg",
        "trailer": { "embedUrl": "/video/imdb/vi1" } }"#;
    let film = read(movie).film;
    assert_eq!(
        film.poster.expect("poster").url,
        "https://img.example/p.svg"
    );
    assert_eq!(
        film.trailer.expect("trailer").url,
        "https://blog.example/video/imdb/vi1"
    );
    // Without a web page to resolve against, a relative address cannot be used.
    let read = film_from_blocks(&[movie], "about:srcdoc").expect("shown");
    assert_eq!(read.left_out.len(), 2);
}

#[test]
fn the_trailer_takes_its_first_usable_address_never_a_thumbnail() {
    let movie = r#"{ "@type": "Movie", "name": "X", "trailer": [{ "@type": "VideoObject",
        "url": "ftp://v.example/t", "embedUrl": "https://v.example/embed/t",
        "thumbnail": { "contentUrl": "https://i.example/t.jpg" }, "thumbnailUrl": "https://i.example/t.jpg" }] }"#;
    let FromPage { film, left_out, .. } = read(movie);
    assert_eq!(
        film.trailer.expect("trailer").url,
        "https://v.example/embed/t"
    );
    assert_eq!(left_out, []);
    let only_thumbnail = r#"{ "@type": "Movie", "name": "X", "trailer": { "contentUrl": "", "thumbnailUrl": "https://i.example/t.jpg" } }"#;
    assert_eq!(read(only_thumbnail).film.trailer, None);
}

#[test]
fn authors_come_as_people_organisations_text_or_lists() {
    let author = |author: &str| {
        let movie = format!(
            r#"{{ "@type": "Movie", "name": "X", "review": {{ "author": {author}, "reviewBody": "t" }} }}"#
        );
        read(&movie).film.reviews.first().map(|r| r.author.clone())
    };
    assert_eq!(
        author(r#"{ "@type": "Person", "name": "Ann" }"#).as_deref(),
        Some("Ann")
    );
    assert_eq!(
        author(r#"{ "@type": "Organization", "name": "Film4" }"#).as_deref(),
        Some("Film4")
    );
    assert_eq!(author(r#""Ann""#).as_deref(), Some("Ann"));
    assert_eq!(
        author(r#"[{ "name": "Ann" }, "Bob", { "@type": "Organization" }]"#).as_deref(),
        Some("Ann, Bob")
    );
    assert_eq!(author("[]"), None);
}

#[test]
fn ratings_come_on_any_scale_and_fresh_or_rotten_is_no_score() {
    let rating = |rating: &str| {
        let movie = format!(
            r#"{{ "@type": "Movie", "name": "X", "review": {{ "author": "a", "reviewBody": "t", "reviewRating": {rating} }} }}"#
        );
        let read = read(&movie);
        (
            read.film.reviews[0].rating.map(|r| r.per_mille()),
            read.left_out.len(),
        )
    };
    assert_eq!(
        rating(r#"{ "ratingValue": "4,5", "bestRating": "5" }"#),
        (Some(900), 0)
    );
    assert_eq!(
        rating(r#"{ "ratingValue": " 10 ", "bestRating": "10.0", "worstRating": "1" }"#),
        (Some(1000), 0)
    );
    assert_eq!(
        rating(r#"{ "ratingValue": 72 , "bestRating": 100 }"#),
        (Some(720), 0)
    );
    // Without a best rating, schema.org's 5, or the scale a larger value shows.
    assert_eq!(rating(r#"{ "ratingValue": 4 }"#), (Some(800), 0));
    assert_eq!(rating(r#"{ "ratingValue": 7.8 }"#), (Some(780), 0));
    assert_eq!(rating(r#"{ "ratingValue": 66 }"#), (Some(660), 0));
    assert_eq!(rating("8"), (Some(800), 0));
    assert_eq!(
        rating(r#"{ "ratingValue": 1, "bestRating": "1", "worstRating": "-1" }"#),
        (None, 1)
    );
    assert_eq!(rating(r#"{ "ratingValue": "" }"#), (None, 0));
    assert_eq!(rating(r#"{ "ratingValue": "great" }"#), (None, 1));
}

#[test]
fn the_page_summary_of_ratings_is_kept_with_its_count() {
    let aggregate = |summary: &str| {
        let movie = format!(r#"{{ "@type": "Movie", "name": "X", "aggregateRating": {summary} }}"#);
        read(&movie)
            .film
            .aggregate
            .map(|a| (a.rating.per_mille(), a.count))
    };
    assert_eq!(
        aggregate(r#"{ "ratingValue": "9.3", "bestRating": "10.0", "ratingCount": 2111190 }"#),
        Some((930, Some(2_111_190)))
    );
    assert_eq!(
        aggregate(r#"{ "ratingValue": 91, "bestRating": "100", "reviewCount": 68 }"#),
        Some((910, Some(68)))
    );
    assert_eq!(aggregate(r#"{ "ratingValue": 7.8 }"#), Some((780, None)));
    assert_eq!(
        aggregate(r#"{ "ratingValue": "", "ratingCount": "0" }"#),
        None
    );
}

#[test]
fn dates_with_times_zones_and_english_words_are_read() {
    let date = |text: &str| {
        date_value(&Value::String(text.to_owned()))
            .as_str()
            .map(str::to_owned)
    };
    assert_eq!(
        date("2016-09-23T07:26:50-07:00").as_deref(),
        Some("2016-09-23")
    );
    assert_eq!(date("2013-04-01 00:06:00").as_deref(), Some("2013-04-01"));
    assert_eq!(date("October 15, 1999").as_deref(), Some("1999-10-15"));
    assert_eq!(date("Oct. 5 1999").as_deref(), Some("1999-10-05"));
    assert_eq!(date("15 October 1999").as_deref(), Some("1999-10-15"));
    assert_eq!(date("June 2001").as_deref(), Some("2001-06"));
    assert_eq!(date("1948").as_deref(), Some("1948"));
    assert_eq!(date("Ma 15, 1999").as_deref(), Some("Ma 15, 1999"));
    assert_eq!(
        date("Octobre 15, 1999").as_deref(),
        Some("Octobre 15, 1999")
    );
    let movie = r#"{ "@type": "Movie", "name": "X", "dateCreated": "2005-11-20T14:50:02-08:00",
        "releasedEvent": [{ "@type": "PublicationEvent", "startDate": "2001" }] }"#;
    assert_eq!(
        read(movie)
            .film
            .release
            .and_then(|r| r.date)
            .map(|d| d.iso())
            .as_deref(),
        Some("2001")
    );
    let record_date =
        r#"{ "@type": "Movie", "name": "X", "dateCreated": "2005-11-20T14:50:02-08:00" }"#;
    assert_eq!(read(record_date).film.release, None);
    let year = r#"{ "@type": "Movie", "name": "X", "dateCreated": "1912" }"#;
    assert_eq!(
        read(year)
            .film
            .release
            .and_then(|r| r.date)
            .map(|d| d.iso())
            .as_deref(),
        Some("1912")
    );
}

#[test]
fn one_warning_lists_what_was_left_out_grouped_by_reason() {
    let movie = r#"{ "@type": "Movie", "name": "X", "review": [
        { "author": "a", "reviewBody": "t", "reviewRating": { "ratingValue": 1, "bestRating": 1, "worstRating": -1 } },
        { "author": "b", "reviewBody": "t", "reviewRating": { "ratingValue": -1, "bestRating": 1, "worstRating": -1 } },
        { "author": "c" } ] }"#;
    assert_eq!(
        read(movie).warning().as_deref(),
        Some(
            "the page's JSON-LD Movie \"X\" is shown without what could not be used: \
             review[0].reviewRating, review[1].reviewRating: a verdict on a scale below zero \
             (such as fresh or rotten) is not a score; review[2].reviewBody: missing"
        )
    );
    assert_eq!(read(MOVIE).warning(), None);
    assert_eq!(left_out(MOVIE), Vec::<String>::new());
}
