use serde_json::{json, Value};

use super::*;
use crate::data::from_value;

const RED_SHOES: &str = include_str!("../../../../demo/the-red-shoes.json");
const BLACK_NARCISSUS: &str = include_str!("../../../../demo/black-narcissus.json");

fn film(value: Value) -> Film {
    from_value(&value).expect("valid film data")
}

fn demo(text: &str) -> Film {
    crate::data::parse(text).expect("the demo film is valid")
}

#[test]
fn the_demo_film_keeps_only_what_earns_a_rich_result() {
    let film = demo(RED_SHOES);
    let ld = json_ld(&film);
    assert_eq!(ld["@type"], "Movie");
    assert_eq!(ld["name"], "The Red Shoes");
    assert_eq!(ld["datePublished"], "1948-10-22");
    assert_eq!(ld["contentRating"], "NR");
    // Its reviews have no rating, its trailer is a search page: all left out, and said so.
    for absent in ["review", "trailer", "aggregateRating", "image"] {
        assert!(ld.get(absent).is_none(), "{absent}");
    }
    let paths: Vec<String> = left_out(&film).into_iter().map(|part| part.path).collect();
    assert_eq!(
        paths,
        [
            "trailer",
            "reviews[0]",
            "reviews[1]",
            "reviews[2]",
            "reviews[3]"
        ]
    );
}

#[test]
fn unrated_reviews_are_left_out_and_rated_ones_keep_their_order() {
    let film = demo(BLACK_NARCISSUS);
    let ld = json_ld(&film);
    let rated: Vec<&str> = film
        .reviews
        .iter()
        .filter(|review| review.rating.is_some())
        .map(|review| review.author.as_str())
        .collect();
    let written: Vec<&str> = ld["review"]
        .as_array()
        .expect("reviews")
        .iter()
        .map(|review| review["author"]["name"].as_str().expect("an author"))
        .collect();
    assert!(
        rated.len() < film.reviews.len(),
        "the demo has unrated reviews"
    );
    assert_eq!(written, rated);
    for review in ld["review"].as_array().unwrap() {
        assert_eq!(review["reviewRating"]["@type"], "Rating");
    }
    let unrated = film.reviews.iter().filter(|r| r.rating.is_none()).count();
    let noted = left_out(&film)
        .iter()
        .filter(|part| part.path.starts_with("reviews["))
        .count();
    assert_eq!(noted, unrated);
}

#[test]
fn every_scale_becomes_a_rating_with_its_best_and_worst() {
    let film = film(json!({
        "title": "X",
        "reviews": [
            { "author": "a", "text": "t", "rating": 7.5 },
            { "author": "b", "text": "t", "rating": { "value": 72, "best": 100 } },
            { "author": "c", "text": "t", "rating": { "stars": 3.5 } },
            { "author": "d", "text": "t", "rating": { "stars": 8, "best": 10 } },
            { "author": "e", "text": "t", "rating": "B+" },
            { "author": "f", "text": "t", "rating": "F" }
        ]
    }));
    let ratings: Vec<(Value, Value, Value)> = json_ld(&film)["review"]
        .as_array()
        .unwrap()
        .iter()
        .map(|review| {
            let rating = &review["reviewRating"];
            (
                rating["ratingValue"].clone(),
                rating["bestRating"].clone(),
                rating["worstRating"].clone(),
            )
        })
        .collect();
    assert_eq!(
        ratings,
        [
            (json!(7.5), json!(10), json!(0)),
            (json!(72), json!(100), json!(0)),
            (json!(3.5), json!(5), json!(0)),
            (json!(8), json!(10), json!(0)),
            (json!(9), json!(12), json!(0)),
            (json!(0), json!(12), json!(0)),
        ]
    );
}

#[test]
fn the_aggregate_rating_is_the_cards_own_average() {
    let film = film(json!({
        "title": "X",
        "reviews": [
            { "author": "a", "text": "t", "rating": 9 },
            { "author": "b", "text": "t", "rating": { "stars": 4 } },
            { "author": "c", "text": "t" },
            { "author": "d", "text": "t", "rating": { "value": 45, "best": 50 } }
        ]
    }));
    // 9, 8 and 9 out of 10: the card shows 8.7 from 3 ratings.
    assert_eq!(film.rating_summary(), Some((87, Some(3))));
    assert_eq!(
        json_ld(&film)["aggregateRating"],
        json!({ "@type": "AggregateRating", "ratingValue": 8.7, "bestRating": 10, "worstRating": 0, "ratingCount": 3 })
    );
}

#[test]
fn a_page_summary_without_a_count_is_left_out() {
    let mut film = film(json!({ "title": "X" }));
    film.aggregate = Some(crate::model::AggregateRating {
        rating: Rating::Score {
            value_tenths: 86,
            best_tenths: 100,
        },
        count: None,
    });
    assert!(json_ld(&film).get("aggregateRating").is_none());
    assert_eq!(left_out(&film)[0].path, "aggregateRating");
    film.aggregate.as_mut().unwrap().count = Some(755_373);
    assert_eq!(json_ld(&film)["aggregateRating"]["ratingCount"], 755_373);
    assert_eq!(json_ld(&film)["aggregateRating"]["ratingValue"], 8.6);
    assert_eq!(left_out(&film), []);
}

#[test]
fn the_trailer_is_a_video_only_when_it_can_be_filled() {
    let with = |trailer: Value| film(json!({ "title": "Black Narcissus", "trailer": trailer }));
    let youtube = with(
        json!({ "url": "https://www.youtube.com/watch?v=ZpA4JjStM5E", "uploaded": "2019-05-02" }),
    );
    assert_eq!(
        json_ld(&youtube)["trailer"],
        json!({
            "@type": "VideoObject",
            "name": "Black Narcissus trailer",
            "url": "https://www.youtube.com/watch?v=ZpA4JjStM5E",
            "embedUrl": "https://www.youtube.com/embed/ZpA4JjStM5E",
            "thumbnailUrl": "https://i.ytimg.com/vi/ZpA4JjStM5E/hqdefault.jpg",
            "uploadDate": "2019-05-02"
        })
    );
    assert_eq!(left_out(&youtube), []);
    let labelled = with(
        json!({ "url": "https://youtu.be/ZpA4JjStM5E", "label": "Trailer (1947)", "uploaded": "2019" }),
    );
    assert_eq!(json_ld(&labelled)["trailer"]["name"], "Trailer (1947)");
    assert_eq!(json_ld(&labelled)["trailer"]["uploadDate"], "2019");
    for (trailer, reason) in [
        (json!({ "url": "https://youtu.be/ZpA4JjStM5E" }), "uploaded"),
        (
            json!({ "url": "https://vimeo.com/76979871", "uploaded": "2019-05-02" }),
            "thumbnail",
        ),
        (
            json!({ "url": "https://www.imdb.com/video/vi1/", "uploaded": "2019-05-02" }),
            "thumbnail",
        ),
    ] {
        let film = with(trailer.clone());
        assert!(json_ld(&film).get("trailer").is_none(), "{trailer}");
        let noted = left_out(&film);
        assert_eq!(noted.len(), 1);
        assert_eq!(noted[0].path, "trailer");
        assert!(noted[0].reason.contains(reason), "{trailer}");
    }
}

#[test]
fn the_upload_date_is_checked_as_every_date_is() {
    let error = from_value(&json!({
        "title": "X",
        "trailer": { "url": "https://youtu.be/ZpA4JjStM5E", "uploaded": "2019-02-30" }
    }))
    .unwrap_err();
    assert_eq!(error.path, "trailer.uploaded");
    assert!(error.message.contains("real date"), "{}", error.message);
}

#[test]
fn the_poster_is_the_image() {
    let film = film(
        json!({ "title": "X", "poster": { "url": "https://img.example/p.jpg", "alt": "A poster" } }),
    );
    assert_eq!(
        json_ld(&film)["image"],
        json!({ "@type": "ImageObject", "url": "https://img.example/p.jpg", "caption": "A poster" })
    );
}

#[test]
fn the_block_is_the_script_element_around_the_text() {
    let film = demo(BLACK_NARCISSUS);
    let block = json_ld_block(&film);
    let text = json_ld_text(&film);
    assert_eq!(
        block,
        format!("<script type=\"application/ld+json\">\n{text}\n</script>\n")
    );
    assert!(text.starts_with("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Movie\",\n  \"name\": \"Black Narcissus\""));
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        json_ld(&film)
    );
}

#[test]
fn nothing_typed_can_close_the_script_or_be_read_as_markup() {
    let film = film(json!({
        "title": "</script><script>alert(1)</script>",
        "synopsis": "a & b > c <!-- d",
        "reviews": [{ "author": "<b>", "text": "</SCRIPT>&amp;", "rating": 5 }]
    }));
    let block = json_ld_block(&film);
    assert_eq!(block.matches('<').count(), 2, "only the element's own tags");
    let text = json_ld_text(&film);
    assert!(!text.contains(['<', '>', '&']), "{text}");
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["name"],
        json!(film.title)
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn rating() -> impl Strategy<Value = Option<Value>> {
        prop_oneof![
            Just(None),
            (0u32..=100).prop_map(|tenths| Some(json!(f64::from(tenths) / 10.0))),
            (0u32..=10).prop_map(|halves| Some(json!({ "stars": f64::from(halves) / 2.0 }))),
            (0usize..GRADES.len()).prop_map(|at| Some(json!(GRADES[at]))),
            (1u32..=1000, 0u32..=1000).prop_map(|(best, value)| Some(
                json!({ "value": f64::from(value.min(best)) / 10.0, "best": f64::from(best) / 10.0 })
            )),
        ]
    }

    proptest! {
        #[test]
        fn typed_text_never_leaves_the_script(title in "\\PC{1,40}", text in "\\PC{1,80}", author in "\\PC{1,20}") {
            prop_assume!(!title.trim().is_empty() && !text.trim().is_empty() && !author.trim().is_empty());
            let film = film(json!({ "title": title, "synopsis": text,
                "reviews": [{ "author": author, "text": text, "rating": 7 }] }));
            let text_out = json_ld_text(&film);
            prop_assert!(!text_out.contains(['<', '>', '&']));
            prop_assert_eq!(serde_json::from_str::<Value>(&text_out).unwrap(), json_ld(&film));
            prop_assert_eq!(json_ld_block(&film).matches("</script").count(), 1);
        }

        #[test]
        fn the_aggregate_is_the_cards_average_and_counts_the_rated(ratings in proptest::collection::vec(rating(), 0..8)) {
            let reviews: Vec<Value> = ratings.iter().enumerate().map(|(at, rating)| {
                let mut review = json!({ "author": format!("r{at}"), "text": "t" });
                if let Some(rating) = rating {
                    review["rating"] = rating.clone();
                }
                review
            }).collect();
            let film = film(json!({ "title": "X", "reviews": reviews }));
            let ld = json_ld(&film);
            let rated = ratings.iter().filter(|rating| rating.is_some()).count();
            let written = ld.get("review").and_then(Value::as_array).map_or(0, Vec::len);
            prop_assert_eq!(written, rated);
            match film.rating_summary() {
                Some((tenths, Some(count))) => {
                    let aggregate = &ld["aggregateRating"];
                    prop_assert_eq!(aggregate["ratingCount"].as_u64(), Some(count));
                    prop_assert_eq!(count as usize, rated);
                    let value = aggregate["ratingValue"].as_f64().unwrap();
                    prop_assert_eq!((value * 10.0).round() as u32, tenths);
                }
                _ => {
                    prop_assert_eq!(rated, 0);
                    prop_assert!(ld.get("aggregateRating").is_none());
                }
            }
        }
    }
}

#[test]
fn series_seasons_and_episodes_are_written_as_their_schema_org_types() {
    let series = json_ld(&film(json!({
        "title": "Mad Men", "kind": "series",
        "release": { "date": "2007-07-19" }, "ended": "2015-05-17"
    })));
    assert_eq!(series["@type"], "TVSeries");
    assert_eq!(series["datePublished"], "2007-07-19");
    assert_eq!(series["endDate"], "2015-05-17");

    let season = json_ld(&film(json!({
        "title": "Mad Men, season 4", "kind": "season", "series": "Mad Men", "season": 4
    })));
    assert_eq!(season["@type"], "TVSeason");
    assert_eq!(season["seasonNumber"], 4);
    assert_eq!(
        season["partOfSeries"],
        json!({ "@type": "TVSeries", "name": "Mad Men" })
    );

    let episode = json_ld(&film(json!({
        "title": "Smoke Gets in Your Eyes", "kind": "episode",
        "series": "Mad Men", "season": 1, "episode": 1
    })));
    assert_eq!(episode["@type"], "TVEpisode");
    assert_eq!(episode["episodeNumber"], 1);
    assert_eq!(
        episode["partOfSeason"],
        json!({ "@type": "TVSeason", "seasonNumber": 1 })
    );
    assert_eq!(episode["partOfSeries"]["name"], "Mad Men");

    // A film, and a work that does not say where it belongs, get none of these.
    let bare = json_ld(&film(json!({ "title": "Specials", "kind": "season" })));
    assert_eq!(bare["@type"], "TVSeason");
    let movie = json_ld(&film(json!({ "title": "The Red Shoes" })));
    assert_eq!(movie["@type"], "Movie");
    for ld in [&bare, &movie] {
        for key in [
            "endDate",
            "partOfSeries",
            "partOfSeason",
            "seasonNumber",
            "episodeNumber",
        ] {
            assert!(ld.get(key).is_none(), "{key}");
        }
    }
}
