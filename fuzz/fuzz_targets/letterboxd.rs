//! The builder's Letterboxd readers on any bytes: a diary they read has films with entries, each
//! film fills a form the card's validator can judge, and a refusal says why.
#![no_main]

use filmcard_builder::letterboxd::{form, read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match read(bytes) {
        Ok(diary) => {
            assert!(!diary.films.is_empty());
            for (index, film) in diary.films.iter().enumerate() {
                assert!(!film.title.trim().is_empty() && !film.entries.is_empty());
                for entry in &film.entries {
                    assert!(entry.half_stars.is_none_or(|half| (1..=10).contains(&half)));
                }
                let imported =
                    form::imported(&diary, index, "A blogger").expect("every film fills the form");
                assert_eq!(imported.form.reviews.len(), film.entries.len());
                let _ = imported.form.validate();
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
