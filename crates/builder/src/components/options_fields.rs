use std::rc::Rc;

use yew::prelude::*;

use crate::components::select_field::SelectField;
use crate::components::text_field::TextField;
use crate::field::{option_path, Placed};
use crate::form::Options;
use filmcard_film::contract;
use filmcard_film::i18n::LANGUAGES;
use filmcard_film::order::Sort;

/// Properties of [`OptionsFields`].
#[derive(Properties, PartialEq)]
pub struct OptionsFieldsProps {
    /// The options as typed.
    pub options: Options,
    /// Every message placed on a field; each field shows its own.
    pub errors: Rc<Vec<Placed>>,
    /// Called with `(path, text)` on every edit.
    pub on_set: Callback<(String, String)>,
}

fn choices(
    first: &'static str,
    words: impl IntoIterator<Item = &'static str>,
) -> Rc<Vec<(AttrValue, AttrValue)>> {
    Rc::new(
        std::iter::once(("", first))
            .chain(words.into_iter().map(|word| (word, word)))
            .map(|(value, text)| (AttrValue::Static(value), AttrValue::Static(text)))
            .collect(),
    )
}

/// The card's options, written as the element's attributes.
#[component]
pub fn OptionsFields(props: &OptionsFieldsProps) -> Html {
    let OptionsFieldsProps {
        options,
        errors,
        on_set,
    } = props;
    let select = |name: &str,
                  label: &'static str,
                  value: &str,
                  choices: Rc<Vec<(AttrValue, AttrValue)>>| {
        html! {
            <SelectField path={option_path(name)} label={label} value={AttrValue::from(value.to_owned())}
                choices={choices} errors={errors.clone()} on_set={on_set.clone()} />
        }
    };
    let number = |name: &str, label: &'static str, value: &str, hint: String| {
        html! {
            <TextField path={option_path(name)} label={label} kind="number" hint={AttrValue::from(hint)}
                value={AttrValue::from(value.to_owned())} errors={errors.clone()} on_set={on_set.clone()} />
        }
    };
    let whole = |spec: contract::Whole| {
        if spec.max == u32::MAX {
            format!("Blank for {}; at least {}", spec.default, spec.min)
        } else {
            format!(
                "Blank for {}; from {} to {}",
                spec.default, spec.min, spec.max
            )
        }
    };
    html! {
        <section class="fc-b-section" aria-labelledby="fc-b-options-heading">
            <h2 id="fc-b-options-heading">{"The card's options"}</h2>
            {select("lang", "Language", &options.lang, choices("The page's language", LANGUAGES.iter().map(|l| l.code)))}
            {select("theme", "Theme", &options.theme, choices("The reader's setting", ["light", "dark"]))}
            {select("sort", "Order of the reviews", &options.sort, choices("As listed", Sort::NAMES.into_iter().skip(1)))}
            {select(contract::TRAILER.name, "Trailer", &options.trailer, choices("Plays on the card", [contract::TRAILER.words[1]]))}
            {number(contract::COLLAPSE_AT.name, "Cut reviews longer than (characters)", &options.collapse_at, whole(contract::COLLAPSE_AT))}
            {number(contract::MAX_REVIEWS.name, "Reviews shown before \"Show all\"", &options.max_reviews, whole(contract::MAX_REVIEWS))}
            {number(contract::HEADING_LEVEL.name, "Heading level of the title", &options.heading_level, whole(contract::HEADING_LEVEL))}
        </section>
    }
}
