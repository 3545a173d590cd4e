use std::rc::Rc;

use yew::prelude::*;

use crate::components::select_field::SelectField;
use crate::components::text_field::TextField;
use crate::field::{option_path, Placed};
use crate::form::fields::{Kind, OPTIONS};
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
    // The words each choice offers, and the range each number takes, by attribute.
    let offered = |name: &str| match name {
        "lang" => choices("The page's language", LANGUAGES.iter().map(|l| l.code)),
        "theme" => choices("The reader's setting", ["light", "dark"]),
        "sort" => choices("As listed", Sort::NAMES.into_iter().skip(1)),
        name if name == contract::TRAILER.name => {
            choices("Plays on the card", [contract::TRAILER.words[1]])
        }
        _ => Rc::default(),
    };
    let range = |name: &str| {
        [
            contract::COLLAPSE_AT,
            contract::MAX_REVIEWS,
            contract::HEADING_LEVEL,
        ]
        .into_iter()
        .find(|spec| spec.name == name)
        .map(whole)
        .unwrap_or_default()
    };
    // The choices first, then the numbers, each in the table's order.
    let fields = OPTIONS
        .iter()
        .filter(|field| field.kind == Kind::Choice)
        .chain(OPTIONS.iter().filter(|field| field.kind != Kind::Choice))
        .map(|field| {
            let value = (field.text)(options);
            if field.kind == Kind::Choice {
                select(field.path, field.label, value, offered(field.path))
            } else {
                number(field.path, field.label, value, range(field.path))
            }
        });
    html! {
        <section class="fc-b-section" aria-labelledby="fc-b-options-heading">
            <h2 id="fc-b-options-heading">{"The card's options"}</h2>
            { for fields }
        </section>
    }
}
