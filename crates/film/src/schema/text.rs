//! JSON text as the builder and the command write it for a page: indented by two spaces, keys in
//! the order a reader of the form expects, and nothing in it that could end the `<script>` it
//! sits in.

use serde_json::Value;

/// The order keys are written in, so the JSON reads as the form does; others follow, sorted.
const KEY_ORDER: [&str; 41] = [
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
    "embedUrl",
    "label",
    "uploaded",
    "uploadDate",
    "thumbnailUrl",
    "image",
    "poster",
    "caption",
    "alt",
    "aggregateRating",
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
];

/// JSON text, indented by two spaces, keys in [`KEY_ORDER`], every `<` written `\u003c` so the
/// text can never end the `<script>` it sits in (`</script>`) or open a comment there.
pub fn json_text(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, 0, &mut out);
    out.replace('<', "\\u003c")
}

/// [`json_text`] with `>` and `&` written as `\u003e` and `\u0026` too: no character of HTML's
/// markup is left in it, so a filter that reads the text as HTML (WordPress's kses on a block's
/// attributes, a theme's escaping) finds nothing to change and the text stays byte for byte the
/// same wherever it is stored. JSON reads it as the same value.
pub fn markup_free_json_text(value: &Value) -> String {
    json_text(value)
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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
