//! Components rendered to HTML strings, natively, with Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

mod ssr;

use filmcard::components::review::{Review, ReviewProps};
use filmcard::components::widget::{Widget, WidgetData, WidgetProps};
use filmcard::components::Shared;
use filmcard::config::Config;
use filmcard::data::{self, DataError};
use filmcard::i18n::Locale;
use filmcard::model;
use scraper::{ElementRef, Html, Selector};
use ssr::render;

const DEMO: &str = include_str!("../demo/the-red-shoes.json");

fn widget(data: Result<model::Film, DataError>) -> String {
    widget_with(data, Config::default(), None)
}

fn widget_with(
    data: Result<model::Film, DataError>,
    config: Config,
    linked_review: Option<&str>,
) -> String {
    render::<Widget>(WidgetProps {
        data: WidgetData::from(data),
        config: Shared::new(config),
        linked_review: linked_review.map(|anchor| anchor.to_owned().into()),
        host: Default::default(),
    })
}

fn review(text: &str) -> model::Review {
    model::Review {
        id: None,
        anchor: "a1b2c3d4".into(),
        author: "Maria Trim".into(),
        text: text.into(),
        date: None,
        rating: None,
        spoiler: false,
    }
}

fn review_props(review: model::Review, targeted: bool) -> ReviewProps {
    ReviewProps {
        review: Shared::new(review),
        number: 3,
        text_id: "fc0-review-2".into(),
        collapse_at: 20,
        targeted,
        locale: Shared::new(Locale::default()),
        host: Default::default(),
    }
}

/// A review's markup, collapsed, or opened as a link to it opens it.
fn review_html(text: &str, opened: bool) -> String {
    render::<Review>(review_props(review(text), opened))
}

/// The elements named `tag` that carry every one of `attributes`, each with exactly that value.
fn selector(tag: &str, attributes: &[(&str, &str)]) -> Selector {
    let conditions: String = attributes
        .iter()
        .map(|(name, value)| format!("[{name}=\"{value}\"]"))
        .collect();
    Selector::parse(&format!("{tag}{conditions}")).expect("a selector")
}

/// How many elements named `tag` carry every one of `attributes`.
fn count(html: &str, tag: &str, attributes: &[(&str, &str)]) -> usize {
    Html::parse_fragment(html)
        .select(&selector(tag, attributes))
        .count()
}

/// The one element named `tag` with `attributes`, read with `read`.
fn the_one<T>(
    html: &str,
    tag: &str,
    attributes: &[(&str, &str)],
    read: impl Fn(ElementRef) -> T,
) -> T {
    let fragment = Html::parse_fragment(html);
    let found: Vec<_> = fragment.select(&selector(tag, attributes)).collect();
    assert_eq!(found.len(), 1, "one <{tag}> with {attributes:?} in {html}");
    read(found[0])
}

/// The text at the start of the one element named `tag` with `attributes`, up to its first child
/// element.
fn text_after(html: &str, tag: &str, attributes: &[(&str, &str)]) -> String {
    the_one(html, tag, attributes, |element| {
        element
            .children()
            .map_while(|node| node.value().as_text().map(|text| text.to_string()))
            .collect()
    })
}

/// The texts of the `<p>` paragraphs inside the one `<div>` with `attributes`.
fn paragraphs_in(html: &str, attributes: &[(&str, &str)]) -> Vec<String> {
    let paragraph = Selector::parse("p").expect("a selector");
    the_one(html, "div", attributes, |div| {
        div.select(&paragraph).map(|p| p.text().collect()).collect()
    })
}

/// The visible text of an HTML fragment: its text nodes, in order.
fn text_of(html: &str) -> String {
    Html::parse_fragment(html).root_element().text().collect()
}

/// The text of the reviews' average, spoken and shown.
fn average_of(html: &str) -> String {
    the_one(html, "p", &[("class", "fc-reviews__average")], |p| {
        p.text().collect()
    })
}

#[test]
fn the_demo_card_shows_every_field() {
    let html = widget(data::parse(DEMO));
    let card = [("class", "fc-card"), ("aria-labelledby", "fc-title")];
    assert_eq!(count(&html, "article", &card), 1, "{html}");
    let title = [
        ("id", "fc-title"),
        ("class", "fc-card__title"),
        ("dir", "auto"),
    ];
    assert_eq!(text_after(&html, "h2", &title), "The Red Shoes");
    assert!(text_of(&html).contains("Rated NR"));
    assert!(html.contains(r#"<time datetime="1948-10-22">22 October 1948</time>"#));
    assert!(text_of(&html).contains("22 October 1948 (USA)"));
    assert!(html.contains("In this classic drama, Vicky Page is an aspiring ballerina"));
    assert!(html.contains(r#"target="_blank" rel="noopener noreferrer""#));
    assert!(html.contains("The Red Shoes Trailers"));
    assert_eq!(text_after(&html, "h3", &[("id", "fc-reviews")]), "Reviews");
    let bylines = [("class", "fc-review__author"), ("dir", "auto")];
    assert_eq!(count(&html, "span", &bylines), 4);
    for author in ["cokiable", "ib011f9545i", "Maria Trim", "katyhun"] {
        assert!(html.contains(&format!(r#"class="fc-review__author">{author}</span>"#)));
    }
}

#[test]
fn only_long_reviews_are_collapsed_behind_a_button() {
    let html = widget(data::parse(DEMO));
    assert_eq!(count(&html, "li", &[("class", "fc-review")]), 4);
    let collapsed = [("class", "fc-review__toggle"), ("aria-expanded", "false")];
    assert_eq!(
        count(&html, "button", &collapsed),
        3,
        "the first review is short"
    );
    let first = [("id", "fc-review-0"), ("class", "fc-review__text")];
    assert_eq!(
        paragraphs_in(&html, &first),
        ["Very beautiful and inspiring film. I'm very impressed by the choreography and music and a great acting game."]
    );
    assert!(html.contains(r#"aria-controls="fc-review-1""#));
    assert!(
        !html.contains("Flesh and Bones was a dark"),
        "long text is collapsed"
    );
}

#[test]
fn a_collapsed_review_shows_a_word_prefix_an_ellipsis_and_view_more() {
    let html = review_html("Stunning looking film and superb dancing.", false);
    let text = [
        ("id", "fc0-review-2"),
        ("class", "fc-review__text"),
        ("dir", "auto"),
    ];
    assert_eq!(paragraphs_in(&html, &text), ["Stunning looking…"], "{html}");
    let toggle = [
        ("type", "button"),
        ("class", "fc-review__toggle"),
        ("aria-expanded", "false"),
        ("aria-controls", "fc0-review-2"),
    ];
    assert_eq!(count(&html, "button", &toggle), 1, "{html}");
    assert!(
        html.contains(r#"aria-label="View More: review by Maria Trim""#),
        "{html}"
    );
    assert!(text_of(&html).contains("View More"));
}

#[test]
fn an_expanded_review_shows_the_whole_text_and_view_less() {
    let html = review_html("Stunning looking film and superb dancing.", true);
    assert!(
        html.contains(">Stunning looking film and superb dancing.</p>"),
        "{html}"
    );
    assert!(html.contains(r#"aria-expanded="true""#));
    assert!(
        html.contains(r#"aria-label="View Less: review by Maria Trim""#),
        "{html}"
    );
    assert!(text_of(&html).contains("View Less"));
}

#[test]
fn a_short_review_has_no_toggle() {
    let html = review_html("Lovely.", false);
    assert!(!html.contains("fc-review__toggle"));
    assert!(html.contains(">Lovely.</p>"));
}

#[test]
fn review_text_is_escaped_never_markup() {
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let html = review_html(payload, true);
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn invalid_data_renders_an_error_box_naming_the_field() {
    let html = widget(data::parse(
        r#"{ "title": "X", "reviews": [{ "text": "t" }] }"#,
    ));
    assert_eq!(count(&html, "div", &[("class", "fc-error")]), 1, "{html}");
    assert!(html.contains("reviews[0].author: missing"));
    assert!(!html.contains("fc-card"));
}

const LONG_LIST: &str = include_str!("../demo/black-narcissus.json");

fn config(edit: impl FnOnce(&mut Config)) -> Config {
    let mut config = Config::default();
    edit(&mut config);
    config
}

fn authors(html: &str) -> Vec<String> {
    // The server renderer writes `class` last.
    html.match_indices(r#"class="fc-review__author">"#)
        .map(|(start, found)| {
            let rest = &html[start + found.len()..];
            rest[..rest.find('<').expect("closes")].to_owned()
        })
        .collect()
}

#[test]
fn a_spoiler_shows_its_author_and_a_warning_button_instead_of_its_text() {
    let mut spoiler = review("Ruth falls from the bell tower.");
    spoiler.spoiler = true;
    let html = render::<Review>(review_props(spoiler.clone(), false));
    assert!(text_of(&html).contains("Maria Trim"), "{html}");
    assert!(!html.contains("bell tower"), "{html}");
    let warning = [("type", "button"), ("class", "fc-review__spoiler")];
    assert_eq!(
        text_after(&html, "button", &warning),
        "Contains spoilers — show review"
    );
    assert!(!html.contains("fc-review__toggle"));
    // A link to the review opens it, spoiler and all.
    let opened = render::<Review>(review_props(spoiler, true));
    assert!(opened.contains("bell tower"), "{opened}");
    assert!(!opened.contains("fc-review__spoiler"));
}

#[test]
fn every_review_is_an_anchor_with_a_copy_link_button() {
    let html = review_html("Lovely.", false);
    assert_eq!(
        count(
            &html,
            "li",
            &[("id", "review-a1b2c3d4"), ("tabindex", "-1")]
        ),
        1,
        "{html}"
    );
    let copy = [
        ("class", "fc-review__link"),
        ("aria-label", "Copy link: review by Maria Trim"),
    ];
    assert_eq!(text_after(&html, "button", &copy), "Copy link");
    let film = data::parse(LONG_LIST).expect("valid");
    let html = widget(Ok(film));
    assert_eq!(count(&html, "li", &[("id", "review-r1")]), 1);
}

#[test]
fn ratings_show_as_scores_stars_or_grades_and_speak_in_words() {
    let rated = |rating| {
        let mut with_rating = review("Lovely.");
        with_rating.rating = Some(rating);
        let html = render::<Review>(review_props(with_rating, false));
        let rating = &html[html.find(r#"part="rating""#).expect("a rating")..];
        let rating = &rating[..rating.find("</span></span>").expect("closes")];
        let shown = text_after(rating, "span", &[("aria-hidden", "true")]);
        let spoken = text_after(rating, "span", &[("class", "fc-visually-hidden")]);
        (shown, spoken)
    };
    let pair = |shown: &str, spoken: &str| (shown.to_owned(), spoken.to_owned());
    assert_eq!(
        rated(model::Rating::Score {
            value_tenths: 85,
            best_tenths: 100
        }),
        pair("8.5/10", "8.5 out of 10")
    );
    assert_eq!(
        rated(model::Rating::Stars { halves: 7, best: 5 }),
        pair("★★★½☆", "3.5 out of 5 stars")
    );
    assert_eq!(rated(model::Rating::Grade(9)), pair("B+", "Grade B+"));
}

#[test]
fn the_average_rating_and_its_count_head_the_reviews_only_when_there_are_ratings() {
    let html = widget(data::parse(LONG_LIST));
    let average = average_of(&html);
    assert!(
        average.contains("Average rating: 8.3 out of 10, 8.3/10 · 22 ratings"),
        "{average}"
    );
    assert!(!widget(data::parse(DEMO)).contains("fc-reviews__average"));
}

#[test]
fn a_youtube_trailer_is_a_play_button_and_nothing_of_the_video_host_is_in_the_page() {
    let html = widget(data::parse(LONG_LIST));
    let play = [
        ("type", "button"),
        ("aria-haspopup", "dialog"),
        ("aria-label", "Play trailer: Black Narcissus trailer"),
    ];
    assert_eq!(count(&html, "button", &play), 1, "{html}");
    assert!(!html.contains("<iframe"), "no player before the click");
    assert!(!html.contains("<dialog"));
    assert!(!html.contains("youtube"), "not even the address");
    // trailer="link" keeps it a link; so does any URL that is not a video page.
    let html = widget_with(
        data::parse(LONG_LIST),
        config(|c| c.trailer_player = false),
        None,
    );
    assert_eq!(
        count(&html, "a", &[("class", "fc-trailer"), ("target", "_blank")]),
        1
    );
    assert!(!widget(data::parse(DEMO)).contains("aria-haspopup"));
}

#[test]
fn each_language_has_its_labels_dates_and_plurals() {
    let cases = [
        (
            "en",
            "Reviews",
            "22 October 1948",
            "View More",
            "Show all 24 reviews",
        ),
        (
            "fr",
            "Avis",
            "22 octobre 1948",
            "Lire la suite",
            "Afficher les 24 avis",
        ),
        (
            "de",
            "Rezensionen",
            "22. Oktober 1948",
            "Mehr anzeigen",
            "Alle 24 Rezensionen anzeigen",
        ),
        (
            "es",
            "Reseñas",
            "22 de octubre de 1948",
            "Ver más",
            "Mostrar las 24 reseñas",
        ),
        (
            "ja",
            "レビュー",
            "1948年10月22日",
            "もっと見る",
            "24件のレビューをすべて表示",
        ),
    ];
    for (lang, heading, date, view_more, show_all) in cases {
        let seed = widget_with(data::parse(DEMO), config(|c| c.lang = lang.into()), None);
        let root = [("class", "fc-root"), ("lang", lang)];
        assert_eq!(count(&seed, "div", &root), 1, "{lang}");
        assert_eq!(
            text_after(&seed, "h3", &[("class", "fc-reviews__heading")]),
            heading
        );
        assert!(
            seed.contains(&format!(r#"<time datetime="1948-10-22">{date}</time>"#)),
            "{lang}: {seed}"
        );
        assert!(seed.contains(&format!(">{view_more}</button>")), "{lang}");
        let long = widget_with(
            data::parse(LONG_LIST),
            config(|c| c.lang = lang.into()),
            None,
        );
        assert!(long.contains(&format!(">{show_all}</button>")), "{lang}");
    }
    let regional = widget_with(data::parse(DEMO), config(|c| c.lang = "fr-CA".into()), None);
    let root = [("class", "fc-root"), ("lang", "fr")];
    assert_eq!(count(&regional, "div", &root), 1);
}

#[test]
fn labels_from_an_attribute_beat_labels_from_the_data_which_beat_the_language() {
    let data = DEMO.replacen(
        "{",
        r#"{ "labels": { "viewMore": "Keep reading", "reviews": "What readers say" },"#,
        1,
    );
    let html = widget_with(
        data::parse(&data),
        config(|c| c.labels = vec![("reviews".into(), "Your reviews".into())]),
        None,
    );
    assert!(html.contains(">Keep reading</button>"), "{html}");
    assert_eq!(
        text_after(&html, "h3", &[("class", "fc-reviews__heading")]),
        "Your reviews"
    );
}

#[test]
fn reviews_follow_the_sort_order_and_only_the_first_page_shows() {
    let newest = widget_with(
        data::parse(LONG_LIST),
        config(|c| c.sort = filmcard::order::Sort::Newest),
        None,
    );
    assert_eq!(authors(&newest)[..3], ["Noor", "Haruto", "marco.r"]);
    assert_eq!(authors(&newest).len(), 10);
    let lowest = widget_with(
        data::parse(LONG_LIST),
        config(|c| c.sort = filmcard::order::Sort::Lowest),
        None,
    );
    assert_eq!(authors(&lowest)[0], "Sabine K.");
    let more = [("class", "fc-reviews__more"), ("aria-expanded", "false")];
    assert_eq!(text_after(&newest, "button", &more), "Show all 24 reviews");
}

#[test]
fn a_link_to_a_review_renders_it_open() {
    let html = widget_with(data::parse(DEMO), Config::default(), Some("1"));
    // The seed's reviews have no ids: their anchors are derived, so link by the derived one.
    assert!(!html.contains(r#"aria-expanded="true""#));
    let film = data::parse(DEMO).expect("valid");
    let anchor = film.reviews[2].anchor.clone();
    let html = widget_with(Ok(film), Config::default(), Some(&anchor));
    let open = [("class", "fc-review__toggle"), ("aria-expanded", "true")];
    assert_eq!(count(&html, "button", &open), 1, "{html}");
    assert!(html.contains("Flesh and Bones was a dark"));
}

#[test]
fn the_loading_state_and_the_error_box_speak_the_widget_language() {
    let loading = render::<Widget>(WidgetProps {
        data: WidgetData::Loading,
        config: Shared::new(config(|c| c.lang = "de".into())),
        linked_review: None,
        host: Default::default(),
    });
    assert!(loading.contains("Film wird geladen…"), "{loading}");
    let failed = widget_with(data::parse("[]"), config(|c| c.lang = "es".into()), None);
    assert!(failed.contains("No se pudo mostrar esta ficha de película."));
}

/// A card from a page's JSON-LD, read as `source="ld+json"` reads it.
fn from_json_ld(block: &str) -> String {
    let read = filmcard::json_ld::film_from_blocks(&[block], "https://blog.example/post/")
        .map(|read| read.film);
    widget(read)
}

#[test]
fn a_json_ld_summary_of_ratings_heads_the_reviews_with_or_without_a_count() {
    let html = from_json_ld(
        r#"{ "@type": "Movie", "name": "X", "aggregateRating": { "ratingValue": "4,5", "bestRating": "5", "ratingCount": "82807" } }"#,
    );
    let average = average_of(&html);
    assert!(
        average.contains("Average rating: 9 out of 10, 9/10 · 82,807 ratings"),
        "{average}"
    );
    // It stands in for the reviews' own average, and shows even with no review.
    assert!(html.contains("No reviews yet."), "{html}");
    let html = from_json_ld(
        r#"{ "@type": "Movie", "name": "X", "aggregateRating": { "ratingValue": 7.8 },
            "review": { "author": "a", "reviewBody": "t", "reviewRating": { "ratingValue": 2, "bestRating": 10 } } }"#,
    );
    let average = average_of(&html);
    assert!(
        average.contains("Average rating: 7.8 out of 107.8/10"),
        "{average}"
    );
    assert!(
        !average.contains("ratings") && !average.contains(" · "),
        "{average}"
    );
    assert!(!average.contains("2.0"), "{average}");
}

#[test]
fn json_ld_references_that_decode_to_markup_stay_text() {
    let html = from_json_ld(
        r#"{ "@type": "Movie", "name": "&lt;script&gt;alert(1)&lt;/script&gt;",
            "description": "&lt;img src=x onerror=alert(2)&gt;",
            "review": { "author": "&lt;b&gt;Tim&lt;/b&gt;", "reviewBody": "&#60;iframe src=javascript:alert(3)&#62;" } }"#,
    );
    for markup in ["<script", "<img", "<b>", "<iframe"] {
        assert!(!html.contains(markup), "{markup} in {html}");
    }
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&lt;iframe src=javascript:alert(3)&gt;"),
        "{html}"
    );
}

#[test]
fn the_synopsis_and_a_review_are_paragraphs_collapsed_or_whole() {
    let text = "Short opening.\n\nThe second paragraph runs on.\nWith a break.\n\n\nLast.";
    let attributes = [("id", "fc0-review-2"), ("class", "fc-review__text")];
    let mut props = review_props(review(text), false);
    props.collapse_at = 30;
    let collapsed = render::<Review>(props);
    assert_eq!(
        paragraphs_in(&collapsed, &attributes),
        ["Short opening.", "The second…"]
    );
    let whole = review_html(text, true);
    assert_eq!(
        paragraphs_in(&whole, &attributes),
        [
            "Short opening.",
            "The second paragraph runs on.\nWith a break.",
            "Last."
        ]
    );
    let film = data::parse(
        r#"{ "title": "X", "synopsis": "One.\n\n  Two.\r\n\r\nThree.\n", "kind": "episode", "series": "Mad Men", "season": 1, "episode": 3 }"#,
    );
    let html = widget(film);
    assert_eq!(
        paragraphs_in(
            &html,
            &[("class", "fc-card__synopsis"), ("part", "synopsis")]
        ),
        ["One.", "Two.", "Three."]
    );
    assert_eq!(
        text_after(&html, "p", &[("class", "fc-card__work"), ("part", "work")]),
        "Mad Men, Season 1, Episode 3"
    );
}

#[test]
fn a_film_has_no_work_line_and_a_series_says_its_years_in_the_card_language() {
    assert!(!widget(data::parse(DEMO)).contains("fc-card__work"));
    let series = data::parse(
        r#"{ "title": "Mad Men", "kind": "series", "release": { "date": "2007-07-19" }, "ended": "2015" }"#,
    );
    let config = Config {
        lang: "es".into(),
        ..Config::default()
    };
    let html = widget_with(series, config, None);
    assert_eq!(
        text_after(&html, "p", &[("class", "fc-card__work")]),
        "Serie de televisión, 2007–2015"
    );
}
