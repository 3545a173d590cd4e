//! The JSON-LD reader on any block, with the page's address on a first line starting `http` (else
//! a blog post's): a Movie it reads holds the model's promises, and the on-demand module's
//! handover gives the same film back.
#![no_main]

use filmcard::json_ld;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (page, block) = match text.split_once('\n') {
        Some((page, block)) if page.starts_with("http") => (page, block),
        _ => ("https://blog.example/post", text),
    };
    let decoded = json_ld::decode_entities(block);
    if !block.contains('&') {
        assert_eq!(decoded, block);
    }
    let read = json_ld::film_from_blocks(&[block], page);
    let handed = json_ld::film_from_handover(&json_ld::handover(&[block], page));
    match (read, handed) {
        (Ok(read), Ok((film, _))) => {
            assert!(!read.film.title.is_empty());
            for url in read
                .film
                .poster
                .iter()
                .map(|p| &p.url)
                .chain(read.film.trailer.iter().map(|t| &t.url))
            {
                assert!(filmcard::data::is_web_url(url), "{url}");
            }
            assert_eq!(read.film.title, film.title);
            assert_eq!(read.film.reviews.len(), film.reviews.len());
        }
        (Err(read), Err(handed)) => assert_eq!(read.path, handed.path),
        (read, handed) => panic!("the handover disagrees: {read:?} / {handed:?}"),
    }
});
