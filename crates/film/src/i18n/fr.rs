//! French.

use std::borrow::Cow::Borrowed as B;

use super::{DateFormats, Labels, Language, Plural, PluralForm};

/// French.
pub const LANGUAGE: Language = Language {
    code: "fr",
    labels: Labels {
        reviews: B("Avis"),
        no_reviews: B("Aucun avis pour l’instant."),
        view_more: B("Lire la suite"),
        view_less: B("Réduire"),
        toggle_name: B("{action} : avis de {author}"),
        show_all: Plural {
            one: B("Afficher {count} avis"),
            other: B("Afficher les {count} avis"),
        },
        show_fewer: B("Afficher moins d’avis"),
        loading: B("Chargement du film…"),
        rated: B("Classification"),
        opens_in_new_tab: B("(s’ouvre dans un nouvel onglet)"),
        trailer_name: B("Bande-annonce de {title}"),
        play_trailer: B("Lire la bande-annonce"),
        close: B("Fermer"),
        poster_alt: B("Affiche de {title}"),
        score: B("{value} sur {best}"),
        stars: B("{value} étoiles sur {best}"),
        grade: B("Note {grade}"),
        average_rating: B("Note moyenne"),
        rating_count: Plural {
            one: B("{count} note"),
            other: B("{count} notes"),
        },
        spoiler: B("Contient des spoilers — afficher l’avis"),
        copy_link: B("Copier le lien"),
        link_copied: B("Lien copié"),
        error_title: B("Cette fiche de film n’a pas pu être affichée."),
        tv_series: B("Série télévisée"),
        tv_season: B("Saison de série"),
        tv_episode: B("Épisode de série"),
        season_number: B("Saison {number}"),
        episode_number: B("Épisode {number}"),
    },
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    dates: DateFormats {
        day_month_year: "{day} {month} {year}",
        month_year: "{month} {year}",
        year: "{year}",
    },
    // A narrow no-break space, as French typography and Intl.NumberFormat write it.
    group_separator: "\u{202f}",
    min_grouping_digits: 4,
    decimal_separator: ",",
    list_separator: ", ",
    plural: zero_and_one_are_singular,
};

fn zero_and_one_are_singular(count: u64) -> PluralForm {
    if count <= 1 {
        PluralForm::One
    } else {
        PluralForm::Other
    }
}
