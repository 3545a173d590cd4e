//! The film as schema.org JSON-LD for the page's head: one mapping from the card's data, used by
//! the card builder's export, by `filmcard render FILM.json --json-ld` and by the WordPress
//! plugin's block (through the `filmcard-schema` module the block editor runs). It is built only
//! into those tools (feature `schema`), never into the bundle readers download.
//!
//! What goes in earns a rich result or stays out, so that search engines' checks find no error:
//!
//! - a review goes in only with its rating (`reviewRating`, which a review snippet requires);
//!   one without stays on the card and out of the JSON-LD ([`review_left_out`]);
//! - every rating is a `Rating` with its own `bestRating` and `worstRating`;
//! - the card's own average of the reviews' ratings (the line heading the reviews,
//!   [`Film::rating_summary`]) is the `aggregateRating`, out of 10, with `ratingCount`;
//! - the trailer is a `VideoObject` only when it can be filled as search engines require: a
//!   YouTube video (its thumbnail's address follows from the video's id) with the date it was
//!   uploaded (`trailer.uploaded` in the data); otherwise it is left out ([`trailer_left_out`]);
//! - the poster is the `image`.
//!
//! The text is written with `<`, `>` and `&` as JSON escapes ([`markup_free_json_text`]): nothing
//! a blogger typed can close the `<script>` element or be changed by an HTML filter on its way.

#[cfg(test)]
mod tests;
mod text;

use serde_json::{json, Map, Value};

use crate::i18n::{fill, Locale};
use crate::model::{Film, Kind, PartialDate, Rating, Review, Trailer, Work, GRADES};
use crate::video::Video;

pub use text::{json_text, markup_free_json_text};

/// The schema.org type the card's work is written as: the one place a kind of work is mapped.
pub fn work_type(film: &Film) -> &'static str {
    match film.work.kind {
        Kind::Film => "Movie",
        Kind::Series => "TVSeries",
        Kind::Season => "TVSeason",
        Kind::Episode => "TVEpisode",
    }
}

/// What places a series, season or episode: the series' end, the series a season or episode is
/// part of, the season's and the episode's numbers. Nothing for a film.
fn work_parts(work: &Work) -> Vec<(&'static str, Value)> {
    let mut parts = Vec::new();
    if let Some(day) = &work.ended {
        parts.push(("endDate", date(day)));
    }
    if let Some(name) = &work.series {
        parts.push(("partOfSeries", json!({ "@type": "TVSeries", "name": name })));
    }
    if let Some(number) = work.season {
        parts.push(if work.kind == Kind::Episode {
            let season = json!({ "@type": "TVSeason", "seasonNumber": number });
            ("partOfSeason", season)
        } else {
            ("seasonNumber", json!(number))
        });
    }
    if let Some(number) = work.episode {
        parts.push(("episodeNumber", json!(number)));
    }
    parts
}

/// A part of the film the JSON-LD leaves out, and why, in a blogger's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// Where it is in the film's data, as the data's errors name fields: `reviews[2]`, `trailer`.
    pub path: String,
    /// Why it is left out, and that the card still shows it.
    pub reason: &'static str,
}

/// Why a review is not in the JSON-LD, when it is not.
pub fn review_left_out(review: &Review) -> Option<&'static str> {
    review.rating.is_none().then_some(
        "left out of the JSON-LD for search engines: a review is shown in search results only \
         with its rating. The card still shows it.",
    )
}

/// Why the trailer is not in the JSON-LD, when it is not.
pub fn trailer_left_out(trailer: &Trailer) -> Option<&'static str> {
    match (Video::from_url(&trailer.url), trailer.uploaded) {
        (Some(Video::YouTube(_)), Some(_)) => None,
        (Some(Video::YouTube(_)), None) => Some(
            "left out of the JSON-LD for search engines: a video needs the date it was \
             uploaded (trailer.uploaded). The card still shows it.",
        ),
        _ => Some(
            "left out of the JSON-LD for search engines: a video needs a thumbnail image, and \
             only a YouTube video's address gives one. The card still shows it.",
        ),
    }
}

/// Why the card's rating summary is not the `aggregateRating`, when there is one and it is not.
const AGGREGATE_WITHOUT_COUNT: &str = "left out of the JSON-LD for search engines: the page's \
    summary of ratings does not say how many ratings it is taken over. The card still shows it.";

/// Everything of the film the JSON-LD leaves out, in the order of the data.
pub fn left_out(film: &Film) -> Vec<LeftOut> {
    let mut left_out = Vec::new();
    if let Some(reason) = film.trailer.as_ref().and_then(trailer_left_out) {
        left_out.push(LeftOut {
            path: "trailer".to_owned(),
            reason,
        });
    }
    if let Some((_, None)) = film.rating_summary() {
        left_out.push(LeftOut {
            path: "aggregateRating".to_owned(),
            reason: AGGREGATE_WITHOUT_COUNT,
        });
    }
    for (index, review) in film.reviews.iter().enumerate() {
        if let Some(reason) = review_left_out(review) {
            left_out.push(LeftOut {
                path: format!("reviews[{index}]"),
                reason,
            });
        }
    }
    left_out
}

/// A number given in tenths, whole when it is.
fn tenths(tenths: u32) -> Value {
    if tenths.is_multiple_of(10) {
        Value::from(tenths / 10)
    } else {
        Value::from(f64::from(tenths) / 10.0)
    }
}

/// A rating as schema.org's `Rating`: its value on its own scale, the best and the worst.
fn rating(rating: &Rating) -> Value {
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

/// The trailer as a `VideoObject`, when it can be filled (see [`trailer_left_out`]).
fn video(trailer: &Trailer, film: &Film) -> Option<Value> {
    let (Some(Video::YouTube(id)), Some(uploaded)) =
        (Video::from_url(&trailer.url), trailer.uploaded)
    else {
        return None;
    };
    let name = match &trailer.label {
        Some(label) => label.clone(),
        None => {
            let locale = Locale::default().with_overrides(&film.labels);
            fill(locale.labels.trailer_name(), &[("title", &film.title)])
        }
    };
    Some(json!({
        "@type": "VideoObject",
        "name": name,
        "url": trailer.url,
        "embedUrl": format!("https://www.youtube.com/embed/{id}"),
        "thumbnailUrl": format!("https://i.ytimg.com/vi/{id}/hqdefault.jpg"),
        "uploadDate": date(&uploaded),
    }))
}

/// The film as schema.org JSON-LD: a `Movie`, `TVSeries`, `TVSeason` or `TVEpisode` (see
/// [`work_type`]) with what earns a rich result.
pub fn json_ld(film: &Film) -> Value {
    let mut work = Map::new();
    let mut put = |key: &str, value: Value| {
        work.insert(key.to_owned(), value);
    };
    put("@context", json!("https://schema.org"));
    put("@type", json!(work_type(film)));
    put("name", json!(film.title));
    for (key, value) in work_parts(&film.work) {
        put(key, value);
    }
    if let Some(certificate) = &film.certificate {
        put("contentRating", json!(certificate));
    }
    if let Some(day) = film.release.as_ref().and_then(|release| release.date) {
        put("datePublished", date(&day));
    }
    if let Some(synopsis) = &film.synopsis {
        put("description", json!(synopsis));
    }
    if let Some(video) = film
        .trailer
        .as_ref()
        .and_then(|trailer| video(trailer, film))
    {
        put("trailer", video);
    }
    if let Some(poster) = &film.poster {
        let mut image = json!({ "@type": "ImageObject", "url": poster.url });
        if let Some(alt) = &poster.alt {
            image["caption"] = json!(alt);
        }
        put("image", image);
    }
    if let Some((average_tenths, Some(count))) = film.rating_summary() {
        put(
            "aggregateRating",
            json!({
                "@type": "AggregateRating",
                "ratingValue": tenths(average_tenths),
                "bestRating": 10,
                "worstRating": 0,
                "ratingCount": count,
            }),
        );
    }
    let reviews: Vec<Value> = film
        .reviews
        .iter()
        .filter(|review| review_left_out(review).is_none())
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
            if let Some(score) = &review.rating {
                item["reviewRating"] = rating(score);
            }
            item
        })
        .collect();
    if !reviews.is_empty() {
        put("review", Value::Array(reviews));
    }
    Value::Object(work)
}

/// The JSON-LD's text: [`json_ld`] written by [`markup_free_json_text`].
pub fn json_ld_text(film: &Film) -> String {
    markup_free_json_text(&json_ld(film))
}

/// The block for the page's head: the `<script type="application/ld+json">` element holding
/// [`json_ld_text`], the same text from every tool.
pub fn json_ld_block(film: &Film) -> String {
    format!(
        "<script type=\"application/ld+json\">\n{}\n</script>\n",
        json_ld_text(film)
    )
}
