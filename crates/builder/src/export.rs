//! What the builder hands the blogger: the film JSON, the snippet for a post, and the
//! schema.org JSON-LD for the page's head ([`filmcard_film::schema`], the same mapping as
//! `filmcard render --json-ld`), all from the same data.

use serde_json::Value;

use filmcard_film::model::{Film, Rating};
pub use filmcard_film::schema::{json_ld, json_ld_block, json_text};

/// An attribute value with `&` and `"` written as references.
fn attribute_value(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;")
}

/// The snippet for a post: the element with its options as attributes and the film JSON inside,
/// then the script tag that loads the bundle's `filmcard.js` from `bundle` (a folder's address).
pub fn snippet(film: &Value, attributes: &[(&str, &str)], bundle: &str) -> String {
    let mut out = String::from("<film-card");
    for (name, value) in attributes {
        out.push_str(&format!(" {name}=\"{}\"", attribute_value(value)));
    }
    out.push_str(">\n<script type=\"application/json\">\n");
    out.push_str(&json_text(film));
    out.push_str("\n</script>\n</film-card>\n");
    out.push_str(&script_tag(bundle));
    out
}

/// The script tag loading `filmcard.js` from the bundle's folder at `bundle`.
pub fn script_tag(bundle: &str) -> String {
    let folder = bundle.trim();
    let folder = folder.strip_suffix("filmcard.js").unwrap_or(folder);
    let slash = if folder.is_empty() || folder.ends_with('/') {
        ""
    } else {
        "/"
    };
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n",
        attribute_value(&format!("{folder}{slash}filmcard.js"))
    )
}

/// What of a film schema.org's `Movie` does not carry, and the card reading the JSON-LD back
/// therefore shows differently, in a blogger's words.
pub fn json_ld_leaves_out(film: &Film) -> Vec<&'static str> {
    let mut left_out = Vec::new();
    if film
        .release
        .as_ref()
        .is_some_and(|release| release.region.is_some())
    {
        left_out.push("the release region");
    }
    if film.reviews.iter().any(|review| review.spoiler) {
        left_out.push("the spoiler flags (those reviews would show at once)");
    }
    if film
        .reviews
        .iter()
        .any(|review| matches!(review.rating, Some(Rating::Stars { .. } | Rating::Grade(_))))
    {
        left_out.push("the form of star and letter ratings (they become scores)");
    }
    if !film.labels.is_empty() {
        left_out.push("the label overrides");
    }
    let omitted = filmcard_film::schema::left_out(film);
    if omitted.iter().any(|part| part.path.starts_with("reviews[")) {
        left_out.push("the reviews without a rating (marked at each review)");
    }
    if omitted.iter().any(|part| part.path == "trailer") {
        left_out.push("the trailer (see the trailer's fields)");
    }
    left_out
}

#[cfg(test)]
mod tests {
    use super::*;
    use filmcard_film::json_ld::film_from_blocks;
    use filmcard_film::model::{AggregateRating, Review, GRADES};
    use serde_json::json;
    use std::rc::Rc;

    const DEMO: &str = include_str!("../../../demo/the-red-shoes.json");
    const BLACK_NARCISSUS: &str = include_str!("../../../demo/black-narcissus.json");

    #[test]
    fn the_json_text_is_the_same_data_in_the_form_order() {
        let value: Value = serde_json::from_str(DEMO).unwrap();
        let text = json_text(&value);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
        assert!(text.starts_with("{\n  \"title\": \"The Red Shoes\",\n  \"certificate\""));
    }

    #[test]
    fn nothing_in_the_data_can_close_the_script() {
        let value = json!({ "title": "</script><script>alert(1)</script>", "reviews": [{ "author": "<!--", "text": "x" }] });
        let text = json_text(&value);
        assert!(!text.contains('<'));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
        let snippet = snippet(
            &value,
            &[("sort", "newest")],
            "https://cdn.example/filmcard/",
        );
        assert_eq!(snippet.matches("</script>").count(), 2);
        assert!(snippet
            .starts_with("<film-card sort=\"newest\">\n<script type=\"application/json\">\n{"));
        assert!(snippet.ends_with(
            "<script type=\"module\" src=\"https://cdn.example/filmcard/filmcard.js\"></script>\n"
        ));
    }

    #[test]
    fn the_bundle_address_may_name_the_folder_or_the_file() {
        let tag = "<script type=\"module\" src=\"https://x.example/f/filmcard.js\"></script>\n";
        assert_eq!(script_tag("https://x.example/f"), tag);
        assert_eq!(script_tag("https://x.example/f/"), tag);
        assert_eq!(script_tag(" https://x.example/f/filmcard.js "), tag);
        assert_eq!(
            script_tag("\"><x"),
            "<script type=\"module\" src=\"&quot;>\u{3c}x/filmcard.js\"></script>\n"
        );
    }

    /// The film as JSON-LD carries it: what [`json_ld_leaves_out`] names, taken out, and the
    /// card's average as the page's summary of its ratings.
    fn as_carried(film: &Film) -> Film {
        let mut film = film.clone();
        if let Some(release) = &mut film.release {
            release.region = None;
        }
        film.aggregate = film
            .rating_summary()
            .map(|(average_tenths, count)| AggregateRating {
                rating: Rating::Score {
                    value_tenths: average_tenths,
                    best_tenths: 100,
                },
                count,
            });
        if film
            .trailer
            .as_ref()
            .and_then(filmcard_film::schema::trailer_left_out)
            .is_some()
        {
            film.trailer = None;
        }
        if let Some(trailer) = &mut film.trailer {
            // The upload date is for search engines; the card reading the JSON-LD has no use for
            // it. The video's name is the link's text.
            trailer.uploaded = None;
            trailer
                .label
                .get_or_insert_with(|| format!("{} trailer", film.title));
        }
        film.labels.clear();
        film.reviews = film
            .reviews
            .iter()
            .filter(|review| review.rating.is_some())
            .map(|review| {
                let mut review = Review::clone(review);
                review.spoiler = false;
                review.rating = review.rating.map(|rating| match rating {
                    Rating::Stars { halves, best } => Rating::Score {
                        value_tenths: u32::from(halves) * 5,
                        best_tenths: u32::from(best) * 10,
                    },
                    Rating::Grade(position) => Rating::Score {
                        value_tenths: u32::from(position) * 10,
                        best_tenths: (GRADES.len() as u32 - 1) * 10,
                    },
                    score => score,
                });
                Rc::new(review)
            })
            .collect();
        film
    }

    #[test]
    fn the_card_reads_the_json_ld_back_as_the_same_film() {
        let mut extra: Value = serde_json::from_str(DEMO).unwrap();
        extra["poster"] = json!({ "url": "https://img.example/p.jpg", "alt": "A poster" });
        extra["reviews"][0]["id"] = json!("r1");
        extra["reviews"][0]["date"] = json!("2016-04");
        extra["reviews"][0]["rating"] = json!({ "stars": 4.5 });
        extra["reviews"][1]["rating"] = json!("B+");
        extra["reviews"][2]["rating"] = json!(7.5);
        extra["reviews"][3]["rating"] = json!({ "value": 72, "best": 100 });
        extra["reviews"][3]["spoiler"] = json!(true);
        let mut video: Value = serde_json::from_str(BLACK_NARCISSUS).unwrap();
        video["trailer"] =
            json!({ "url": "https://youtu.be/ZpA4JjStM5E", "uploaded": "2019-05-02" });
        for value in [
            serde_json::from_str(DEMO).unwrap(),
            serde_json::from_str(BLACK_NARCISSUS).unwrap(),
            extra,
            video,
        ] {
            let film = filmcard_film::data::from_value(&value).unwrap();
            let block = json_text(&json_ld(&film));
            let read = film_from_blocks(&[block], "https://blog.example/post").unwrap();
            assert_eq!(read.left_out, vec![]);
            assert_eq!(read.film, as_carried(&film));
            assert_eq!(
                read.film.rating_summary(),
                film.rating_summary(),
                "the rating line stays the same"
            );
        }
    }

    #[test]
    fn what_json_ld_leaves_out_is_said() {
        let mut value: Value = serde_json::from_str(DEMO).unwrap();
        assert_eq!(
            json_ld_leaves_out(&filmcard_film::data::from_value(&value).unwrap()),
            [
                "the release region",
                "the reviews without a rating (marked at each review)",
                "the trailer (see the trailer's fields)"
            ]
        );
        value["reviews"][0]["spoiler"] = json!(true);
        value["labels"] = json!({ "viewMore": "Read on" });
        let film = filmcard_film::data::from_value(&value).unwrap();
        assert_eq!(json_ld_leaves_out(&film).len(), 5);
        assert!(json_ld_leaves_out(&film).contains(&"the trailer (see the trailer's fields)"));
    }
}
