//! The widget mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

use filmcard::embed;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

mod support;

use support::{find, settle, whole};

wasm_bindgen_test_configure!(run_in_browser);

const DEMO: &str = include_str!("../demo/the-red-shoes.json");

/// Adds a `<film-card>` holding `json` to the page and returns it, not yet mounted.
fn host_with(json: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("film-card").unwrap();
    let script = document.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Mounts a `<film-card>` holding `json`, and returns it and its shadow root as the mount leaves
/// them, before the card's steps.
async fn mounting(json: &str) -> (Element, ShadowRoot) {
    let host = host_with(json);
    embed::mount(&host);
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("the widget has a shadow root");
    (host, shadow)
}

/// Mounts a `<film-card>` holding `json` and waits until its card (or error box) is whole.
async fn mounted(json: &str) -> (Element, ShadowRoot) {
    let (host, shadow) = mounting(json).await;
    whole(&shadow).await;
    (host, shadow)
}

fn full_text(index: usize) -> String {
    let film = filmcard::data::parse(DEMO).unwrap();
    film.reviews[index].text.clone()
}

#[wasm_bindgen_test]
async fn view_more_expands_and_view_less_collapses() {
    let (_host, shadow) = mounted(DEMO).await;
    let button: HtmlElement = find(&shadow, "button[aria-controls]").dyn_into().unwrap();
    let text = find(
        &shadow,
        &format!("#{}", button.get_attribute("aria-controls").unwrap()),
    );
    let collapsed = text.text_content().unwrap();
    assert!(collapsed.ends_with('…'), "{collapsed}");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(text.text_content().unwrap(), full_text(1));
    assert!(button.text_content().unwrap().starts_with("View Less"));

    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(text.text_content().unwrap(), collapsed);
    assert!(button.text_content().unwrap().starts_with("View More"));
}

#[wasm_bindgen_test]
async fn reviews_toggle_independently() {
    let (_host, shadow) = mounted(DEMO).await;
    let buttons = shadow.query_selector_all(".fc-review__toggle").unwrap();
    assert_eq!(buttons.length(), 3);
    let second: HtmlElement = buttons.item(1).unwrap().dyn_into().unwrap();
    second.click();
    yew::scheduler::flush().await;
    let expanded: Vec<_> = (0..3)
        .map(|i| {
            let button: Element = buttons.item(i).unwrap().dyn_into().unwrap();
            button.get_attribute("aria-expanded").unwrap()
        })
        .collect();
    assert_eq!(expanded, ["false", "true", "false"]);
    assert_eq!(
        find(&shadow, &format!("#{}-review-2", id_prefix(&shadow)))
            .text_content()
            .unwrap(),
        full_text(2)
    );
}

/// The widget's id prefix, read back from its title's id (`fc3-title` gives `fc3`).
fn id_prefix(shadow: &ShadowRoot) -> String {
    find(shadow, ".fc-card__title")
        .id()
        .trim_end_matches("-title")
        .to_owned()
}

#[wasm_bindgen_test]
async fn the_stylesheet_is_adopted_inside_the_shadow_root() {
    let (_host, shadow) = mounted(DEMO).await;
    let title = find(&shadow, ".fc-card__title");
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&title)
        .unwrap()
        .unwrap();
    assert_eq!(style.get_property_value("font-weight").unwrap(), "700");
}

#[wasm_bindgen_test]
async fn invalid_data_shows_an_error_box_in_place_of_the_card() {
    let (_host, shadow) = mounted(r#"{ "title": "X", "reviews": [{ "author": "a" }] }"#).await;
    assert!(shadow.query_selector(".fc-card").unwrap().is_none());
    let error = find(&shadow, ".fc-error");
    assert!(error
        .text_content()
        .unwrap()
        .contains("reviews[0].text: missing"));
}

#[wasm_bindgen_test]
async fn mounting_twice_renders_one_widget() {
    let (host, shadow) = mounted(DEMO).await;
    embed::mount(&host);
    embed::mount_all();
    yew::scheduler::flush().await;
    assert_eq!(host.shadow_root(), Some(shadow.clone()));
    assert_eq!(shadow.query_selector_all(".fc-card").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn toggling_a_review_tells_the_host_page() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let (host, shadow) = mounted(DEMO).await;
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let listener = {
        let heard = heard.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let field = |name: &str| js_sys::Reflect::get(&detail, &name.into()).unwrap();
            heard.borrow_mut().push(format!(
                "{} {} {}",
                event.type_(),
                field("id").as_string().unwrap(),
                field("expanded").as_bool().unwrap()
            ));
        })
    };
    host.add_event_listener_with_callback("filmcard:toggle", listener.as_ref().unchecked_ref())
        .unwrap();
    let button: HtmlElement = find(&shadow, ".fc-review__toggle").dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        *heard.borrow(),
        ["filmcard:toggle 2 true", "filmcard:toggle 2 false"]
    );
}

fn film_with_reviews(count: usize, extra: &str) -> String {
    let reviews: Vec<String> = (1..=count)
        .map(|n| {
            format!(
                r#"{{ "id": "n{n}", "author": "Reader {n}", "text": "Review number {n}."{extra} }}"#
            )
        })
        .collect();
    format!(
        r#"{{ "title": "Long list", "reviews": [{}] }}"#,
        reviews.join(",")
    )
}

#[wasm_bindgen_test]
async fn show_all_adds_the_rest_in_batches_then_show_fewer_takes_them_away() {
    let (_host, shadow) = mounted(&film_with_reviews(260, "")).await;
    let count = || shadow.query_selector_all(".fc-review").unwrap().length();
    assert_eq!(count(), 10);
    let more: HtmlElement = find(&shadow, ".fc-reviews__more").dyn_into().unwrap();
    assert_eq!(more.text_content().unwrap(), "Show all 260 reviews");
    more.click();
    yew::scheduler::flush().await;
    let first_batch = count();
    assert!(
        (10..260).contains(&first_batch),
        "the first task added {first_batch} reviews: all at once would be one long task"
    );
    assert_eq!(more.get_attribute("aria-expanded").as_deref(), Some("true"));
    for _ in 0..100 {
        if count() == 260 {
            break;
        }
        settle(10).await;
    }
    assert_eq!(count(), 260);
    assert!(find(&shadow, ".fc-reviews__list")
        .get_attribute("aria-busy")
        .is_none());
    more.click();
    yew::scheduler::flush().await;
    assert_eq!(count(), 10);
    assert_eq!(more.text_content().unwrap(), "Show all 260 reviews");
}

#[wasm_bindgen_test]
async fn a_spoiler_opens_on_request_and_the_focus_moves_to_the_review() {
    let film = r#"{ "title": "X", "reviews": [
        { "id": "twist", "author": "Harriet", "text": "Ruth falls from the bell tower.", "spoiler": true }
    ] }"#;
    let (_host, shadow) = mounted(film).await;
    assert!(!shadow
        .text_content()
        .unwrap_or_default()
        .contains("bell tower"));
    let review = find(&shadow, "#review-twist");
    assert!(!review.text_content().unwrap().contains("bell tower"));
    let warning: HtmlElement = find(&shadow, ".fc-review__spoiler").dyn_into().unwrap();
    assert_eq!(
        warning.text_content().unwrap(),
        "Contains spoilers — show review"
    );
    warning.click();
    yew::scheduler::flush().await;
    assert!(review.text_content().unwrap().contains("bell tower"));
    assert!(shadow
        .query_selector(".fc-review__spoiler")
        .unwrap()
        .is_none());
    assert_eq!(shadow.active_element(), Some(review));
}

#[wasm_bindgen_test]
async fn a_link_to_a_review_past_the_first_page_reveals_opens_and_focuses_it() {
    let window = web_sys::window().unwrap();
    window.location().set_hash("review-n57").unwrap();
    let (_host, shadow) = mounted(&film_with_reviews(80, "")).await;
    // The batches reach the review, then it is opened and focused: each in a task of its own, so
    // wait for the state rather than a time, which a busy machine overruns.
    for _ in 0..200 {
        let review = shadow.query_selector("#review-n57").unwrap();
        if review.is_some() && shadow.active_element() == review {
            break;
        }
        settle(10).await;
    }
    let review = find(&shadow, "#review-n57");
    assert_eq!(shadow.active_element(), Some(review));
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn the_page_language_is_used_when_the_element_has_none() {
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    let before = root.get_attribute("lang");
    root.set_attribute("lang", "de-AT").unwrap();
    let (_host, shadow) = mounted(DEMO).await;
    match before {
        Some(lang) => root.set_attribute("lang", &lang).unwrap(),
        None => root.remove_attribute("lang").unwrap(),
    }
    assert_eq!(
        find(&shadow, ".fc-reviews__heading")
            .text_content()
            .unwrap(),
        "Rezensionen"
    );
    assert_eq!(
        find(&shadow, ".fc-release time").text_content().unwrap(),
        "22. Oktober 1948"
    );
    let host = host_with(DEMO);
    host.set_attribute("lang", "ja").unwrap();
    embed::mount(&host);
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().unwrap();
    whole(&shadow).await;
    assert_eq!(
        find(&shadow, ".fc-release time").text_content().unwrap(),
        "1948年10月22日"
    );
}

/// The locale `Intl` is asked for: English cards write dates the British way.
fn intl_tag(code: &str) -> &str {
    if code == "en" {
        "en-GB"
    } else {
        code
    }
}

#[wasm_bindgen_test]
fn every_language_writes_dates_as_intl_date_time_format_does() {
    use filmcard::i18n::{Locale, LANGUAGES};
    use filmcard::model::PartialDate;
    let options = |fields: &[&str]| {
        let object = js_sys::Object::new();
        for field in fields {
            let style = if *field == "month" { "long" } else { "numeric" };
            js_sys::Reflect::set(&object, &(*field).into(), &style.into()).unwrap();
        }
        object
    };
    for language in LANGUAGES {
        let locale = Locale::new(language.code);
        let tag = intl_tag(language.code);
        for month in 1..=12u8 {
            for day in [1u8, 9, 28] {
                let date = js_sys::Date::new_with_year_month_day(
                    1948,
                    i32::from(month) - 1,
                    i32::from(day),
                );
                let intl: String = date
                    .to_locale_date_string(tag, &options(&["day", "month", "year"]))
                    .into();
                let ours = locale.date(&PartialDate {
                    year: 1948,
                    month: Some(month),
                    day: Some(day),
                });
                assert_eq!(ours, intl, "{tag} {month}/{day}");
            }
            let date = js_sys::Date::new_with_year_month_day(2024, i32::from(month) - 1, 1);
            let intl: String = date
                .to_locale_date_string(tag, &options(&["month", "year"]))
                .into();
            let ours = locale.date(&PartialDate {
                year: 2024,
                month: Some(month),
                day: None,
            });
            assert_eq!(ours, intl, "{tag} month {month}");
        }
        let year = js_sys::Date::new_with_year_month_day(1999, 5, 5);
        let intl: String = year.to_locale_date_string(tag, &options(&["year"])).into();
        let ours = locale.date(&PartialDate {
            year: 1999,
            month: None,
            day: None,
        });
        assert_eq!(ours, intl, "{tag} year");
    }
}

#[wasm_bindgen_test]
fn every_language_writes_numbers_and_chooses_plurals_as_intl_does() {
    use filmcard::i18n::{Locale, PluralForm, LANGUAGES};
    for language in LANGUAGES {
        let locale = Locale::new(language.code);
        let tag = intl_tag(language.code);
        let rules = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&tag.into()),
            &js_sys::Object::new(),
        );
        for count in (0..=120u64).chain([1000, 5000, 12_345, 1_000_000]) {
            let intl: String = js_sys::Number::from(count as f64)
                .to_locale_string(tag)
                .into();
            assert_eq!(locale.number(count), intl, "{tag} {count}");
            let category: String = rules.select(count as f64).into();
            // Our labels have a singular and a plural; CLDR's "many" (French and Spanish
            // millions) reads as the plural.
            let expected = if category == "one" {
                PluralForm::One
            } else {
                PluralForm::Other
            };
            assert_eq!(
                (language.plural)(count),
                expected,
                "{tag} {count} is {category}"
            );
        }
    }
}

/// A film of about 300 KB of JSON: over the size the widget reads in steps.
fn big_film() -> String {
    film_with_reviews(1_500, r#", "date": "1948-09-06", "spoiler": false"#)
        .replace("Review number", &"A long review, ".repeat(8))
}

#[wasm_bindgen_test]
async fn big_inline_data_is_read_after_the_mount_task_and_then_shows() {
    let json = big_film();
    assert!(json.len() > 200_000, "{} bytes", json.len());
    let (_host, shadow) = mounting(&json).await;
    assert!(
        shadow.query_selector(".fc-card__title").unwrap().is_none(),
        "read and checked in the same task as the mount"
    );
    whole(&shadow).await;
    assert_eq!(
        find(&shadow, ".fc-card__title").text_content().unwrap(),
        "Long list"
    );
    assert_eq!(
        shadow.query_selector_all(".fc-review").unwrap().length(),
        10
    );
}

#[wasm_bindgen_test]
async fn big_inline_data_with_a_mistake_shows_the_same_error_as_small_data() {
    let broken = format!("{} ]", big_film().trim_end_matches('}'));
    let expected = filmcard::data::parse(&broken).unwrap_err().to_string();
    assert!(expected.contains("not valid JSON"), "{expected}");
    let (_host, shadow) = mounted(&broken).await;
    assert!(find(&shadow, ".fc-error")
        .text_content()
        .unwrap()
        .contains(&expected));
}

/// The bundle's excerpts segment with the browser's `Intl.Segmenter`: the same cuts as the native
/// unit tests in `crates/film/src/text.rs`, made in the browser with the segmenter the edge hands
/// the views.
#[wasm_bindgen_test]
fn excerpts_never_split_a_grapheme_cluster_in_the_browser() {
    use filmcard::text::{excerpt, Excerpt};
    use filmcard_browser::graphemes::grapheme_starts as graphemes;
    let cut = |text: &str, limit: usize| match excerpt(text, limit, graphemes) {
        Excerpt::Cut(prefix) => prefix.to_owned(),
        Excerpt::Whole(_) => panic!("expected {text} to be cut at {limit}"),
    };
    let family = "👨‍👩‍👧‍👦";
    assert_eq!(
        cut(&format!("{family}{family}{family}"), 2),
        format!("{family}{family}")
    );
    assert_eq!(cut("🇫🇷🇩🇪🇬🇧", 1), "🇫🇷");
    assert_eq!(cut("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}e\u{301}");
    assert_eq!(cut("one two three", 9), "one two");
    assert_eq!(cut("one two three", 6), "one");
    assert_eq!(cut("one two   three", 9), "one two");
    assert_eq!(cut("   abcdefghij", 5), "   ab");
    assert_eq!(cut("abcdefghij", 4), "abcd");
    assert_eq!(
        cut(&format!("a {family} {family} b"), 4),
        format!("a {family}")
    );
    let decomposed = "e\u{301}".repeat(300);
    assert_eq!(
        excerpt(&decomposed, 300, graphemes),
        Excerpt::Whole(decomposed.as_str())
    );
    assert_eq!(excerpt("abc", 3, graphemes), Excerpt::Whole("abc"));
}

/// A mounted card given another film (as the card builder's preview does while a blogger types):
/// the new film's reviews replace the old ones, however many fewer there are, and nothing that
/// belonged to the old film (a review opened) carries over.
#[wasm_bindgen_test]
async fn a_mounted_card_given_a_film_with_fewer_reviews_shows_that_film() {
    use filmcard::components::widget::{Widget, WidgetData, WidgetProps};
    use filmcard::components::Shared;
    use filmcard::config::Config;

    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let config = Shared::new(Config::default());
    let props = |json: &str| WidgetProps {
        data: WidgetData::from(filmcard::data::parse(json)),
        config: config.clone(),
        linked_review: None,
        host: Default::default(),
    };
    let mut app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props(DEMO)).render();
    yew::scheduler::flush().await;
    let reviews = |root: &Element| root.query_selector_all(".fc-review").unwrap().length();
    assert_eq!(reviews(&root), 4);
    let toggle: HtmlElement = root
        .query_selector(".fc-review__toggle")
        .unwrap()
        .expect("a long review has a toggle")
        .dyn_into()
        .unwrap();
    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    let mut film: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    let reviews_of_demo = film["reviews"].as_array_mut().unwrap();
    reviews_of_demo.swap(0, 1);
    reviews_of_demo.truncate(2);
    app.update(props(&film.to_string()));
    yew::scheduler::flush().await;
    assert_eq!(reviews(&root), 2, "the second film's two reviews");
    assert_eq!(
        root.query_selector_all(".fc-review__toggle[aria-expanded=\"true\"]")
            .unwrap()
            .length(),
        0,
        "no review of the new film is open"
    );
    app.destroy();
    root.remove();
}
