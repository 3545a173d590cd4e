//! What the builder hands the blogger: the film JSON, the snippet for a post, and the
//! schema.org `Movie` JSON-LD for the page's head, all from the same data.

use serde_json::{json, Map, Value};

use crate::model::{Film, PartialDate, Rating, GRADES};

/// The order keys are written in, so the JSON reads as the form does; others follow, sorted.
const KEY_ORDER: [&str; 37] = [
    "@context",
    "@type",
    "id",
    "identifier",
    "name",
    "title",
    "certificate",
    "contentRating",
    "release",
    "datePublished",
    "date",
    "region",
    "synopsis",
    "description",
    "trailer",
    "url",
    "label",
    "image",
    "poster",
    "caption",
    "alt",
    "reviews",
    "review",
    "author",
    "text",
    "reviewBody",
    "reviewRating",
    "rating",
    "ratingValue",
    "value",
    "stars",
    "bestRating",
    "best",
    "worstRating",
    "spoiler",
    "labels",
    "aggregateRating",
];

/// JSON text, indented by two spaces, keys in [`KEY_ORDER`], every `<` written `\u003c` so the
/// text can never end the `<script>` it sits in (`</script>`) or open a comment there.
pub fn json_text(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, 0, &mut out);
    out.replace('<', "\\u003c")
}

fn write_value(value: &Value, depth: usize, out: &mut String) {
    let indent = |depth: usize| "  ".repeat(depth);
    match value {
        Value::Object(object) if !object.is_empty() => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort_by_key(|key| {
                (
                    KEY_ORDER
                        .iter()
                        .position(|known| known == key)
                        .unwrap_or(KEY_ORDER.len()),
                    key.as_str(),
                )
            });
            out.push_str("{\n");
            for (at, key) in keys.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                write_value(&object[*key], depth + 1, out);
                out.push_str(if at + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (at, item) in items.iter().enumerate() {
                out.push_str(&indent(depth + 1));
                write_value(item, depth + 1, out);
                out.push_str(if at + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&indent(depth));
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

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
    left_out
}

fn tenths(tenths: u32) -> Value {
    if tenths.is_multiple_of(10) {
        Value::from(tenths / 10)
    } else {
        Value::from(f64::from(tenths) / 10.0)
    }
}

/// A rating as schema.org's `Rating`: the value and the best, the worst being 0.
fn schema_rating(rating: &Rating) -> Value {
    let (value, best) = match *rating {
        Rating::Score {
            value_tenths,
            best_tenths,
        } => (tenths(value_tenths), tenths(best_tenths)),
        Rating::Stars { halves, best } => (tenths(u32::from(halves) * 5), Value::from(best)),
        Rating::Grade(position) => (Value::from(position), Value::from(GRADES.len() - 1)),
    };
    json!({ "@type": "Rating", "ratingValue": value, "bestRating": best, "worstRating": 0 })
}

fn date(date: &PartialDate) -> Value {
    Value::String(date.iso())
}

/// The film as a schema.org `Movie` for the page's head: what search engines read, and what a
/// card with `source="ld+json"` shows. Built from the validated film, so it says nothing the
/// card would refuse.
pub fn json_ld(film: &Film) -> Value {
    let mut movie = Map::new();
    let mut put = |key: &str, value: Value| {
        movie.insert(key.to_owned(), value);
    };
    put("@context", json!("https://schema.org"));
    put("@type", json!("Movie"));
    put("name", json!(film.title));
    if let Some(certificate) = &film.certificate {
        put("contentRating", json!(certificate));
    }
    if let Some(day) = film.release.as_ref().and_then(|release| release.date) {
        put("datePublished", date(&day));
    }
    if let Some(synopsis) = &film.synopsis {
        put("description", json!(synopsis));
    }
    if let Some(trailer) = &film.trailer {
        let mut video = json!({ "@type": "VideoObject", "url": trailer.url });
        if let Some(label) = &trailer.label {
            video["name"] = json!(label);
        }
        put("trailer", video);
    }
    if let Some(poster) = &film.poster {
        let mut image = json!({ "@type": "ImageObject", "url": poster.url });
        if let Some(alt) = &poster.alt {
            image["caption"] = json!(alt);
        }
        put("image", image);
    }
    if !film.reviews.is_empty() {
        let reviews = film
            .reviews
            .iter()
            .map(|review| {
                let mut item = json!({
                    "@type": "Review",
                    "author": { "@type": "Person", "name": review.author },
                    "reviewBody": review.text,
                });
                if let Some(id) = &review.id {
                    item["identifier"] = json!(id);
                }
                if let Some(day) = &review.date {
                    item["datePublished"] = date(day);
                }
                if let Some(rating) = &review.rating {
                    item["reviewRating"] = schema_rating(rating);
                }
                item
            })
            .collect();
        put("review", Value::Array(reviews));
    }
    Value::Object(movie)
}

/// The JSON-LD block for the page's head.
pub fn json_ld_block(film: &Film) -> String {
    format!(
        "<script type=\"application/ld+json\">\n{}\n</script>\n",
        json_text(&json_ld(film))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_ld::film_from_blocks;
    use crate::model::Review;
    use std::rc::Rc;

    const DEMO: &str = include_str!("../../demo/the-red-shoes.json");
    const BLACK_NARCISSUS: &str = include_str!("../../demo/black-narcissus.json");

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

    /// The film as JSON-LD carries it: what [`json_ld_leaves_out`] names, taken out.
    fn as_carried(film: &Film) -> Film {
        let mut film = film.clone();
        if let Some(release) = &mut film.release {
            release.region = None;
        }
        film.labels.clear();
        film.reviews = film
            .reviews
            .iter()
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
        for value in [
            serde_json::from_str(DEMO).unwrap(),
            serde_json::from_str(BLACK_NARCISSUS).unwrap(),
            extra,
        ] {
            let film = crate::data::from_value(&value).unwrap();
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
            json_ld_leaves_out(&crate::data::from_value(&value).unwrap()),
            ["the release region"]
        );
        value["reviews"][0]["spoiler"] = json!(true);
        value["labels"] = json!({ "viewMore": "Read on" });
        let film = crate::data::from_value(&value).unwrap();
        assert_eq!(json_ld_leaves_out(&film).len(), 3);
    }
}
