//! The inline JSON reader on any text: it accepts a film or refuses it with a path and message,
//! and what it accepts holds the model's promises.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match filmcard::data::parse(text) {
        Ok(film) => {
            assert!(!film.title.is_empty());
            let mut anchors = std::collections::HashSet::new();
            for review in &film.reviews {
                assert!(!review.author.is_empty() && !review.text.is_empty());
                assert!(anchors.insert(review.anchor.clone()), "anchors are unique");
            }
            for url in film
                .poster
                .iter()
                .map(|p| &p.url)
                .chain(film.trailer.iter().map(|t| &t.url))
            {
                assert!(filmcard::data::is_web_url(url), "{url}");
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
