use super::*;
use crate::import::import;

fn run(actions: impl IntoIterator<Item = Action>) -> Rc<BuilderState> {
    actions
        .into_iter()
        .fold(Rc::new(BuilderState::default()), |state, action| {
            state.reduce(action)
        })
}

fn set(path: &str, value: &str) -> Action {
    Action::Set(path.into(), value.into())
}

#[test]
fn every_field_path_can_be_set_and_read() {
    let mut form = FormState {
        reviews: vec![ReviewForm::default()],
        ..FormState::default()
    };
    for path in form.field_paths() {
        let value = match path.as_str() {
            p if p.ends_with("spoiler") => "true",
            p if p.ends_with("rating.kind") => "stars",
            _ => "x",
        };
        let group = [
            "import",
            "letterboxd",
            "release",
            "trailer",
            "poster",
            "reviews",
            "labels",
            "reviews[0]",
        ];
        assert_eq!(
            form.set(&path, value.into()),
            !group.contains(&path.as_str()),
            "{path}"
        );
        if !group.contains(&path.as_str()) {
            assert_eq!(form.get(&path).as_deref(), Some(value), "{path}");
        }
    }
    assert!(!form.set("reviews[3].author", "x".into()));
    assert!(!form.set("labels.nope", "x".into()));
}

#[test]
fn a_removal_is_undone_in_place() {
    let state = run([
        Action::AddReview,
        set("reviews[0].author", "a"),
        Action::AddReview,
        set("reviews[1].author", "b"),
        Action::AddReview,
        set("reviews[2].author", "c"),
        Action::RemoveReview(1),
    ]);
    let authors = |s: &BuilderState| {
        s.form
            .reviews
            .iter()
            .map(|r| r.author.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(authors(&state), ["a", "c"]);
    assert_eq!(state.status, "Review 2 removed. Undo puts it back.");
    let state = state.reduce(Action::Undo);
    assert_eq!(authors(&state), ["a", "b", "c"]);
    assert!(state.undo.is_empty());
}

#[test]
fn reviews_move_within_the_list_only() {
    let state = run([
        Action::AddReview,
        set("reviews[0].author", "a"),
        Action::AddReview,
        set("reviews[1].author", "b"),
        Action::MoveReview(1, -1),
    ]);
    assert_eq!(state.form.reviews[0].author, "b");
    let same = state.clone().reduce(Action::MoveReview(0, -1));
    assert!(Rc::ptr_eq(&same, &state));
    let same = state.clone().reduce(Action::MoveReview(1, 1));
    assert!(Rc::ptr_eq(&same, &state));
}

#[test]
fn an_import_replaces_the_form_keeps_the_options_and_focuses_its_first_note() {
    let state = run([
        set("options.sort", "newest"),
        Action::Import(Box::new(
            import(r#"{ "title": "X", "reviews": [{ "author": "a" }] }"#).unwrap(),
        )),
    ]);
    assert_eq!(state.form.title, "X");
    assert_eq!(state.form.options.sort, "newest");
    assert_eq!(
        state.focus.as_ref().map(|f| f.0.as_str()),
        Some("reviews[0].text")
    );
    assert_eq!(
        state.import_notes[0].to_string(),
        "reviews[0].text: missing"
    );
    // Editing the field the note names takes the note away.
    let state = state.reduce(set("reviews[0].text", "Fine"));
    assert!(state.import_notes.is_empty());
    let state = state.reduce(Action::Undo);
    assert_eq!(state.form.title, "");
}

#[test]
fn a_draft_comes_back_as_it_was() {
    let state = run([
        set("title", "The Red Shoes"),
        set("options.theme", "dark"),
        Action::AddReview,
        set("reviews[0].rating.kind", "stars"),
        set("reviews[0].rating.stars", "4.5"),
        set("reviews[0].spoiler", "true"),
        Action::SetBundle("https://cdn.example/fc/".into()),
    ]);
    let back = BuilderState::with_draft("default".into(), Some(&state.draft()));
    assert_eq!(back.form, state.form);
    assert_eq!(back.bundle, "https://cdn.example/fc/");
    let fresh = BuilderState::with_draft("default".into(), Some("not json"));
    assert_eq!(fresh.form, FormState::default());
    assert_eq!(fresh.bundle, "default");
}

#[test]
fn setting_a_field_to_its_value_changes_nothing() {
    let state = run([set("title", "X")]);
    let same = state.clone().reduce(set("title", "X"));
    assert!(Rc::ptr_eq(&same, &state));
}
