//! Import: film JSON, a page's JSON-LD `Movie` (its `<script>` block or the JSON alone), or a
//! `.json` file's text, into the form, with what could not come along named.

use serde_json::Value;

use super::form::FormState;
use filmcard_film::data::{self, DataError};
use filmcard_film::json_ld;

/// What an import gives the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The form, filled in as far as it can hold the data.
    pub form: FormState,
    /// The card's verdict on the pasted data, then what was left out, each naming its place.
    pub notes: Vec<DataError>,
    /// Which kind of text it was, for the announcement.
    pub kind: &'static str,
}

/// The text inside a `<script …>` element, when the text is one; else the text.
fn script_body(text: &str) -> &str {
    let trimmed = text.trim();
    if !trimmed.starts_with("<script") {
        return text;
    }
    let Some(open_end) = trimmed.find('>') else {
        return text;
    };
    let body = &trimmed[open_end + 1..];
    match body.rfind("</script") {
        Some(close) => &body[..close],
        None => body,
    }
}

/// Whether a JSON value is schema.org data rather than the card's own format.
fn is_schema_org(value: &Value) -> bool {
    json_ld::find_movie(value).is_some()
        || value.get("@context").is_some()
        || value.get("@type").is_some()
        || value.get("@graph").is_some()
}

/// Reads pasted or opened text. An error only when the text is not film data at all: its reason
/// then names the whole (path `""`), or for JSON-LD the part that made the Movie unusable.
pub fn import(text: &str) -> Result<Imported, DataError> {
    let body = script_body(text);
    let json = json_ld::without_wrappers(body);
    let value = data::parse_json(json);
    if let Ok(value) = &value {
        if is_schema_org(value) {
            let (read, mut notes) = match json_ld::film_from_blocks(&[json], "") {
                Ok(read) => (read, Vec::new()),
                // A Movie without a title still fills in the rest; the blogger types the title.
                Err(refusal) => {
                    let mut movie = json_ld::find_movie(value).cloned().ok_or(refusal.clone())?;
                    movie["name"] = Value::String("-".to_owned());
                    let mut read = json_ld::film_from_blocks(&[movie.to_string()], "")?;
                    read.film.title.clear();
                    (read, vec![DataError::new("title", refusal.message)])
                }
            };
            notes.extend(read.left_out);
            if read.film.aggregate.is_some() {
                notes.push(DataError::new(
                    "aggregateRating",
                    "the page's rating summary is not part of the card's own data; the card shows the reviews' average",
                ));
            }
            return Ok(Imported {
                form: FormState::of(&read.film),
                notes,
                kind: "JSON-LD Movie",
            });
        }
    }
    let value = data::parse_json(body)?;
    let (form, left_out) = FormState::from_value(&value);
    if !value.is_object() {
        return Err(data::from_value(&value).expect_err("only an object is film data"));
    }
    let mut notes: Vec<DataError> = data::from_value(&value).err().into_iter().collect();
    notes.extend(left_out);
    Ok(Imported {
        form,
        notes,
        kind: "film JSON",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../../demo/the-red-shoes.json");

    #[test]
    fn film_json_fills_the_form() {
        let imported = import(DEMO).unwrap();
        assert_eq!(imported.notes, vec![]);
        assert_eq!(imported.form.title, "The Red Shoes");
        assert_eq!(imported.form.reviews.len(), 4);
        assert_eq!(imported.kind, "film JSON");
    }

    #[test]
    fn the_card_verdict_comes_first_and_names_the_field() {
        let imported =
            import(r#"{ "title": "X", "reviews": [{ "author": "a", "text": "t" }, { "text": "t" }], "cast": [] }"#)
                .unwrap();
        let notes: Vec<String> = imported.notes.iter().map(ToString::to_string).collect();
        assert_eq!(
            notes,
            [
                "reviews[1].author: missing",
                "cast: is not part of the card's data; the form leaves it out"
            ]
        );
    }

    #[test]
    fn text_that_is_no_film_is_refused_as_the_card_refuses_it() {
        assert_eq!(import("").unwrap_err(), data::parse("").unwrap_err());
        assert_eq!(import("[1]").unwrap_err(), data::parse("[1]").unwrap_err());
        assert_eq!(
            import("{ \"title\": ").unwrap_err(),
            data::parse("{ \"title\": ").unwrap_err()
        );
    }

    #[test]
    fn a_json_ld_block_fills_the_form_and_says_what_it_left_out() {
        let block = r#"<script type="application/ld+json">
        { "@context": "https://schema.org", "@type": "Movie", "name": "Spirited Away",
          "aggregateRating": { "ratingValue": 8.6, "bestRating": 10, "ratingCount": 10 },
          "review": [{ "author": { "name": "a" }, "reviewBody": "Lovely", "reviewRating": { "ratingValue": 9, "bestRating": 10 } },
                     { "author": { "name": "b" } }] }
        </script>"#;
        let imported = import(block).unwrap();
        assert_eq!(imported.kind, "JSON-LD Movie");
        assert_eq!(imported.form.title, "Spirited Away");
        assert_eq!(imported.form.reviews.len(), 1);
        let paths: Vec<&str> = imported.notes.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(paths, ["review[1].reviewBody", "aggregateRating"]);
    }

    #[test]
    fn every_real_json_ld_block_imports_into_a_form_the_card_accepts() {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/corpus/real-jsonld"
        );
        let mut read = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "jsonld") {
                let text = std::fs::read_to_string(&path).unwrap();
                let imported = import(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                // Only a Movie without a name leaves the form short of what the card needs.
                let expected = match imported.notes.first() {
                    Some(note) if note.path == "title" => Err("title: missing".to_owned()),
                    _ => Ok(()),
                };
                let verdict = imported
                    .form
                    .validate()
                    .map(|_| ())
                    .map_err(|e| e.to_string());
                assert_eq!(verdict, expected, "{}", path.display());
                read += 1;
            }
        }
        assert_eq!(read, 15);
    }
}
