//! JSON text into a tree, and where it breaks: line, column and what to fix, for the mistakes
//! people make by hand.

use serde_json::Value;

use super::DataError;

/// The first half of [`parse`]: the JSON text read into a tree, not yet checked as a film, so a
/// caller with a big film can let the page breathe between the two halves.
pub fn parse_json(text: &str) -> Result<Value, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DataError::new(
            "",
            said!("the film data is empty; it must be a JSON object ({{ ... }})"),
        ));
    }
    serde_json::from_str(text).map_err(|error| json_error(text, &error))
}

/// Says where the JSON breaks and, for the mistakes people make by hand, what to fix.
fn json_error(text: &str, error: &serde_json::Error) -> DataError {
    let place = format!(
        "the film data is not valid JSON (line {}, column {})",
        error.line(),
        // serde_json reports column 0 for a break at a line's end; people count from 1.
        error.column().max(1)
    );
    // A terse build says where, not what (see `error::terse`).
    if super::error::terse() {
        return DataError::new("", place);
    }
    // serde_json names the problem only in its display text, in a parser's words.
    let display = error.to_string();
    let reason = display.split(" at line ").next().unwrap_or_default();
    // The column counts bytes and stops on the first byte of what could not be read; a line
    // break inside text is reported on the next line, where the culprit is not.
    let unread = text
        .split('\n')
        .nth(error.line().saturating_sub(1))
        .and_then(|line| line.get(error.column().saturating_sub(1)..))
        .filter(|_| !reason.starts_with("control character"))
        .unwrap_or_default();
    let culprit = unread.chars().next();
    let hint = if error.is_eof() {
        "it ends too early; is a closing }, ] or \" missing?"
    } else if matches!(
        culprit,
        Some('\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
    ) {
        // Blog editors turn typed quotes into typographic ones.
        "quotes must be straight (\") and not curly (\u{201c} \u{201d})"
    } else if culprit == Some('\'') {
        "text and field names must be in double quotes (\"), not single quotes"
    } else if unread.starts_with("//") || unread.starts_with("/*") {
        "JSON does not allow comments"
    } else {
        match reason {
            "trailing characters" => "there is more text after the end of the data",
            "recursion limit exceeded" => "lists or objects are nested too deeply",
            "lone leading surrogate in hex escape"
            | "unexpected end of hex escape"
            | "invalid unicode code point" => "a \\u escape does not stand for a real character",
            "invalid escape" => "a backslash must start an escape such as \\n, \\\" or \\\\",
            "trailing comma" => "there is a comma just before a closing } or ]",
            "key must be a string" => "field names must be in double quotes",
            "expected value" => "a value is missing here, or text is not in double quotes",
            "expected ident" => "only true, false and null may be written without quotes",
            "expected `:`" => "a colon (:) must follow each field name",
            "expected `,` or `}`" => "a comma (,) or a closing } is missing here",
            "expected `,` or `]`" => "a comma (,) or a closing ] is missing here",
            "number out of range" => "a number is too large",
            "invalid number" => "a number is not written like 9 or 8.5",
            reason if reason.starts_with("control character") => {
                "a line break or tab inside text must be written \\n or \\t"
            }
            reason => reason,
        }
    };
    DataError::new("", format!("{place}: {hint}"))
}
