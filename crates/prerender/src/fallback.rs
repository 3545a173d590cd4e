use std::rc::Rc;

use yew::prelude::*;

use filmcard_card::components::trailer_link::trailer_name;
use filmcard_film::i18n::Locale;
use filmcard_film::model::Film;

/// Properties of [`Fallback`].
#[derive(Properties, PartialEq)]
pub struct FallbackProps {
    /// The validated film to show.
    pub film: Rc<Film>,
    /// The words of the card's language.
    pub locale: Rc<Locale>,
    /// The title's heading level, as the card's; "Reviews" is one below.
    pub heading_level: u8,
}

/// The card as plain HTML for where the shadow root is not created (feed readers, email, old
/// browsers): only elements a feed sanitizer keeps, no classes, no script. The synopsis and each
/// review are paragraphs, each `<p>`, their line breaks `<br>`; a series, season or episode
/// says so under the title.
#[component]
pub fn Fallback(props: &FallbackProps) -> Html {
    let FallbackProps {
        film,
        locale,
        heading_level,
    } = props;
    let labels = &locale.labels;
    let title_tag = format!("h{heading_level}");
    let section_tag = format!("h{}", (heading_level + 1).min(6));
    let release = film.release.as_ref();
    let date = release.and_then(|release| release.date.as_ref());
    let region = release.and_then(|release| release.region.as_ref());
    let has_meta = film.certificate.is_some() || date.is_some() || region.is_some();
    let reviews = film.reviews.iter().map(|review| {
        html! {
            <blockquote>
                {paragraphs(&review.text)}
                <footer>
                    {"— "}<cite>{&review.author}</cite>
                    if let Some(date) = &review.date {
                        {", "}<time datetime={date.iso()}>{locale.date(date)}</time>
                    }
                </footer>
            </blockquote>
        }
    });
    html! {
        <>
            <@{title_tag}>{&film.title}</@>
            if let Some(work) = locale.work(film) {
                <p>{work}</p>
            }
            if has_meta {
                <p>
                    if let Some(certificate) = &film.certificate {
                        {format!("{} {certificate}", labels.rated())}
                        if date.is_some() || region.is_some() { {" · "} }
                    }
                    if let Some(date) = date {
                        <time datetime={date.iso()}>{locale.date(date)}</time>
                    }
                    if let Some(region) = region {
                        {if date.is_some() { format!(" ({region})") } else { format!("({region})") }}
                    }
                </p>
            }
            if let Some(synopsis) = &film.synopsis {
                {paragraphs(synopsis)}
            }
            if let Some(trailer) = &film.trailer {
                <p><a href={trailer.url.clone()}>{trailer_name(trailer, &film.title, locale)}</a></p>
            }
            if !film.reviews.is_empty() {
                <@{section_tag}>{labels.reviews().clone()}</@>
                {for reviews}
            }
        </>
    }
}

/// Text as its paragraphs, each a `<p>` with its line breaks as `<br>`.
fn paragraphs(text: &str) -> Html {
    filmcard_film::text::paragraphs(text)
        .into_iter()
        .map(|paragraph| html! { <p>{lines(paragraph)}</p> })
        .collect()
}

/// Text with each line break as a `<br>`.
fn lines(text: &str) -> Html {
    text.split('\n')
        .enumerate()
        .map(|(index, line)| {
            html! {
                <>
                    if index > 0 { <br /> }
                    {line.to_owned()}
                </>
            }
        })
        .collect()
}
