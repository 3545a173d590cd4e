use super::*;

const DEMO: &str = include_str!("../../../demo/the-red-shoes.json");

fn options(attributes: &[(&str, &str)]) -> Options {
    Options {
        attributes: attributes
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect(),
        ..Options::default()
    }
}

/// The part of `snippet` between `start` and the next `end`.
fn between<'a>(snippet: &'a str, start: &str, end: &str) -> &'a str {
    let from = snippet.find(start).expect(start) + start.len();
    let to = from + snippet[from..].find(end).expect(end);
    &snippet[from..to]
}

fn film(json: &str) -> Rc<Film> {
    Rc::new(data::parse(json).expect("valid film"))
}

#[test]
fn the_shadow_root_holds_the_stylesheet_and_the_card_as_the_widget_first_renders_it() {
    let snippet = render(DEMO, &Options::default()).unwrap();
    assert!(snippet.starts_with(
        "<film-card lang=\"en\">\n<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"filmcard.css\"><slot hidden></slot>"
    ));
    let card = between(&snippet, "<slot hidden></slot>", "</template>");
    assert_eq!(card, widget(&film(DEMO), Config::default()));
    assert!(card.starts_with("<div lang=\"en\" class=\"fc-root\"><article part=\"card\""));
    // Collapsed as the live card shows it: the widget renders over it without a change.
    assert_eq!(card.matches("class=\"fc-review__toggle\"").count(), 3);
    assert!(snippet.ends_with("\n</film-card>\n"));
}

#[test]
fn the_card_is_collapsed_as_the_widget_shows_it_and_the_fallback_has_every_review_in_full() {
    let json = r#"{ "title": "T", "trailer": { "url": "https://youtu.be/dQw4w9WgXcQ" },
        "reviews": [
            { "author": "a", "text": "Long review. Long review. Long review. Long review. Long review. End of it." },
            { "author": "b", "text": "The twist is the end.", "spoiler": true },
            { "author": "c", "text": "Third." }
        ] }"#;
    let snippet = render(
        json,
        &options(&[("collapse-at", "20"), ("max-reviews", "1")]),
    )
    .unwrap();
    let card = between(&snippet, "<slot hidden></slot>", "</template>");
    assert!(!card.contains("End of it."));
    assert!(!card.contains("The twist is the end."));
    assert!(!card.contains("Third."));
    assert!(card.contains("class=\"fc-reviews__more\""));
    assert!(card.contains("fc-trailer--play"));
    let fallback = between(&snippet, "</script>\n", "\n</film-card>");
    assert!(fallback.contains("End of it.</p>"));
    assert!(fallback.contains("The twist is the end."));
    assert!(fallback.contains("<p>Third.</p>"));
    assert!(fallback.contains("<a href=\"https://youtu.be/dQw4w9WgXcQ\">T trailer</a>"));
}

#[test]
fn the_fallback_holds_title_certificate_date_synopsis_trailer_and_every_review_in_full() {
    let snippet = render(DEMO, &Options::default()).unwrap();
    let fallback = between(&snippet, "</script>\n", "\n</film-card>");
    assert!(fallback.starts_with("<h2>The Red Shoes</h2>"));
    assert!(fallback
        .contains("<p>Rated NR · <time datetime=\"1948-10-22\">22 October 1948</time> (USA)</p>"));
    assert!(fallback.contains("<p>In this classic drama, Vicky Page"));
    assert!(fallback.contains(
        "<a href=\"https://www.youtube.com/results?search_query=The+Red+Shoes+1948+trailer\">The Red Shoes Trailers</a>"
    ));
    assert!(fallback.contains("<h3>Reviews</h3>"));
    assert_eq!(fallback.matches("<blockquote>").count(), 4);
    for author in ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"] {
        assert!(
            fallback.contains(&format!("<cite>{author}</cite>")),
            "{author}"
        );
    }
    assert!(fallback.contains("used her love for the ballet to come back to him.</p>"));
    assert!(!fallback.contains("class="));
}

#[test]
fn text_is_escaped_everywhere_and_the_json_cannot_close_its_script() {
    let json = r#"{ "title": "<b>Bold</b> & \"quoted\"",
        "synopsis": "</script><script>alert(1)</script>",
        "trailer": { "url": "https://example.com/?a=1&b=\"2\"", "label": "<i>x</i>" },
        "reviews": [{ "author": "<img src=x onerror=alert(1)>", "text": "line one\n<script>alert(2)</script>" }] }"#;
    let snippet = render(json, &options(&[("label-reviews", "\"><script>")])).unwrap();
    assert_eq!(snippet.matches("<script").count(), 1);
    assert_eq!(snippet.matches("</script>").count(), 1);
    assert!(!snippet.contains("<b>"));
    assert!(!snippet.contains("<i>"));
    assert!(!snippet.contains("<img"));
    assert!(snippet.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; \"quoted\""));
    assert!(
        snippet.contains("line one<br/>&lt;script&gt;alert(2)&lt;/script&gt;")
            || snippet.contains("line one<br>&lt;script&gt;alert(2)&lt;/script&gt;")
    );
    assert!(snippet.contains(" label-reviews=\"&quot;&gt;&lt;script&gt;\""));
    let json_text = between(&snippet, "<script type=\"application/json\">", "</script>");
    assert!(!json_text.contains('<'));
    // What the widget reads back is the film as given.
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(json_text).unwrap(),
        serde_json::from_str::<serde_json::Value>(json).unwrap()
    );
}

#[test]
fn options_become_attributes_and_shape_the_card() {
    let snippet = render(
        DEMO,
        &Options {
            stylesheet: "https://cdn.example/filmcard/filmcard.css?v=1&x=2".into(),
            ..options(&[
                ("theme", "dark"),
                ("lang", "fr"),
                ("heading-level", "3"),
                ("label-view-more", "Lire la suite"),
                ("theme", "light"),
            ])
        },
    )
    .unwrap();
    assert!(snippet.starts_with(
        "<film-card theme=\"light\" lang=\"fr\" heading-level=\"3\" label-view-more=\"Lire la suite\">"
    ));
    assert!(snippet.contains("href=\"https://cdn.example/filmcard/filmcard.css?v=1&amp;x=2\""));
    assert!(snippet.contains("<div lang=\"fr\" class=\"fc-root\">"));
    assert!(snippet.contains("22 octobre 1948"));
    assert!(snippet.contains("<h3 id=\"fc-title\""));
    assert!(snippet.contains(">Lire la suite</button>"));
    assert!(snippet.contains("<h3>The Red Shoes</h3>"));
    assert!(snippet.contains("Classé NR") || snippet.contains("NR · "));
}

#[test]
fn bad_data_and_bad_options_are_refused_with_the_field_to_fix() {
    let error = render(
        r#"{ "title": "T", "reviews": [{ "text": "x" }] }"#,
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(
        error,
        data::parse(r#"{ "title": "T", "reviews": [{ "text": "x" }] }"#).unwrap_err()
    );
    assert_eq!(error.path, "reviews[0].author");
    let error = render(DEMO, &options(&[("max-reviews", "0")])).unwrap_err();
    assert_eq!(error.path, "max-reviews");
    assert!(error.message.contains("a whole number of at least 1"));
    let error = render(DEMO, &options(&[("onclick", "alert(1)")])).unwrap_err();
    assert_eq!(error.path, "onclick");
    assert!(render(DEMO, &options(&[("label-nonsense", "x")])).is_err());
}

#[test]
fn fallback_only_is_the_plain_html_alone() {
    let fallback = render(
        DEMO,
        &Options {
            fallback_only: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(fallback.starts_with("<h2>The Red Shoes</h2>"));
    assert!(!fallback.contains("<template"));
    assert!(!fallback.contains("<script"));
    assert!(!fallback.contains("film-card"));
}

fn run_cli(args: &[&str]) -> Result<String, String> {
    let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
    cli::run(&args, &mut |path| match path {
        "film.json" => Ok(DEMO.to_owned()),
        _ => Err("No such file or directory".to_owned()),
    })
}

#[test]
fn the_command_reads_its_options_like_attributes() {
    let snippet = run_cli(&[
        "render",
        "film.json",
        "--lang",
        "de",
        "--theme=dark",
        "--css",
        "/fc/filmcard.css",
        "--label-view-more",
        "Weiter",
    ])
    .unwrap();
    assert_eq!(
        snippet,
        render(
            DEMO,
            &Options {
                stylesheet: "/fc/filmcard.css".into(),
                ..options(&[
                    ("lang", "de"),
                    ("theme", "dark"),
                    ("label-view-more", "Weiter")
                ])
            }
        )
        .unwrap()
    );
    assert!(run_cli(&["render", "film.json", "--fallback-only"])
        .unwrap()
        .starts_with("<h2>"));
    assert!(run_cli(&["--help"]).unwrap().contains("--fallback-only"));
}

#[test]
fn the_command_writes_the_json_ld_block_alone() {
    let block = run_cli(&["render", "film.json", "--json-ld"]).unwrap();
    let film = filmcard_film::data::parse(DEMO).unwrap();
    assert_eq!(block, filmcard_film::schema::json_ld_block(&film));
    assert!(block.starts_with("<script type=\"application/ld+json\">\n{"));
    assert!(!block.contains("<film-card"));
    assert!(run_cli(&["--help"]).unwrap().contains("--json-ld"));
    let refused = cli::run(
        &["render".to_owned(), "bad.json".to_owned(), "--json-ld".to_owned()],
        &mut |_| Ok(r#"{ "title": "X", "trailer": { "url": "https://youtu.be/ZpA4JjStM5E", "uploaded": "May 2019" } }"#.to_owned()),
    )
    .unwrap_err();
    assert!(
        refused.starts_with("filmcard: bad.json: trailer.uploaded: must be a date"),
        "{refused}"
    );
}

#[test]
fn the_command_says_what_is_wrong() {
    let error = run_cli(&["render", "missing.json"]).unwrap_err();
    assert_eq!(error, "filmcard: missing.json: No such file or directory");
    let error = run_cli(&["render", "film.json", "--colour", "red"]).unwrap_err();
    assert!(error.starts_with("filmcard: unknown option --colour"));
    let error = run_cli(&["render", "film.json", "--lang"]).unwrap_err();
    assert_eq!(error, "filmcard: --lang needs a value");
    let error = run_cli(&["render", "film.json", "--sort", "best"]).unwrap_err();
    assert!(error.starts_with("filmcard: film.json: sort: sort=\"best\" is not one of"));
    assert!(run_cli(&["render"]).unwrap_err().contains("which film?"));
    assert!(run_cli(&["draw", "film.json"])
        .unwrap_err()
        .starts_with("filmcard: unknown command"));
}

/// The loader finds a prerendered card and each "Copy link" in it by the contract's selectors:
/// the snippet's card must match them as the widget's does.
#[test]
fn the_snippet_holds_the_card_and_copy_links_the_loader_listens_to() {
    use filmcard_film::contract::{COPY_LINK_SELECTOR, PRERENDERED_SELECTOR};
    let snippet = render(DEMO, &Options::default()).unwrap();
    let card = between(&snippet, "<slot hidden></slot>", "</template>");
    let class_of = |selector: &str| {
        let class = selector.strip_prefix('.').expect("a class selector");
        assert!(
            !class.contains([' ', '.', '[', ':']),
            "{selector} is one class"
        );
        format!("class=\"{class}\"")
    };
    assert!(card.starts_with(&format!(
        "<div lang=\"en\" {}>",
        class_of(PRERENDERED_SELECTOR)
    )));
    // One on each of the demo's four reviews.
    assert_eq!(card.matches(&class_of(COPY_LINK_SELECTOR)).count(), 4);
}
