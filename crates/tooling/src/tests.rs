use super::*;

#[test]
fn the_on_demand_files_are_named_as_the_bindings_generator_names_them() {
    assert_eq!(EXTRA_GLUE, format!("{EXTRA_MODULE}.js"));
    assert_eq!(EXTRA_WASM, format!("{EXTRA_MODULE}_bg.wasm"));
    // Resolved against the bundle's own address: a plain file name, no path, no scheme.
    for name in [EXTRA_GLUE, EXTRA_WASM, PLAYER_SCRIPT] {
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{name}"
        );
    }
}

#[test]
fn the_layout_is_read_from_the_stylesheet() {
    let layout = Layout::shipped().unwrap();
    let value = |name: &str| {
        layout
            .fields()
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| *value)
            .unwrap()
    };
    for (name, expected) in [
        ("fontSize", 16.0),
        ("line", 24.0),
        ("maxWidth", 704.0),
        ("border", 1.0),
        ("padding", 16.0),
        ("titleSize", 24.0),
        ("titleGap", 4.0),
        ("metaGap", 12.0),
        ("synopsisGap", 12.0),
        ("playButton", 44.0),
        ("trailerLink", 24.0),
        ("headingGap", 8.0),
        ("reviewPadding", 12.0),
        ("bylineGap", 4.0),
        ("viewMore", 28.0),
        ("toggleGap", 4.0),
        ("spoiler", 44.0),
        ("showAll", 44.0),
        ("showAllGap", 8.0),
    ] {
        assert_eq!(value(name), expected, "{name}");
    }
    assert!((layout.title_line - 28.8).abs() < 1e-9);
    assert!((layout.heading_line - 23.92).abs() < 1e-9);
    assert!(
        layout.family.starts_with("system-ui, "),
        "{}",
        layout.family
    );
    assert_eq!(layout.title_weight, "700");
}

#[test]
fn a_missing_rule_is_named() {
    assert_eq!(
        Layout::from_css(":host { --fc-font-size: 16px; }").unwrap_err(),
        ":host: no --fc-line-height"
    );
    assert_eq!(eval("calc(16px / 4)", 16.0), Some(4.0));
    assert_eq!(eval("calc(16 * 0.75)", 16.0), Some(12.0));
    assert_eq!(eval("1.15em", 16.0), Some(18.4));
    assert_eq!(eval("1px solid var(--fc-color-border)", 16.0), Some(1.0));
    assert_eq!(eval("auto", 16.0), None);
    assert_eq!(
        shorthand(" 0 0 calc(var(--fc-space) / 4)"),
        ["0", "0", "calc(var(--fc-space) / 4)"]
    );
}

#[test]
fn whole_number_attributes() {
    assert_eq!(MAX_REVIEWS.parse("-5"), None);
    assert_eq!(MAX_REVIEWS.parse("0"), None);
    assert_eq!(MAX_REVIEWS.parse(" +7 "), Some(7));
    assert_eq!(MAX_REVIEWS.parse("4294967296"), None);
    assert_eq!(COLLAPSE_AT.parse("5"), None);
    assert_eq!(COLLAPSE_AT.parse("20"), Some(20));
    assert_eq!(COLLAPSE_AT.parse("1e3"), None);
    assert_eq!(HEADING_LEVEL.parse("6"), None);
    assert_eq!(TRAILER.parse(" link "), Some(false));
    assert_eq!(LOADING.parse("Eager"), None);
}

#[test]
fn the_fragment_prefix_is_the_models() {
    use filmcard_film::model::Review;
    assert_eq!(
        Review::anchor_in(&format!("{FRAGMENT_PREFIX}r24")),
        Some("r24")
    );
}
