//! French.

use super::{packed::packed, DateFormats, Language, Plural, PluralForm, Words};

/// French.
pub const LANGUAGE: Language = Language {
    code: "fr",
    labels: packed!(Words {
        reviews: "Avis",
        no_reviews: "Aucun avis pour l’instant.",
        view_more: "Lire la suite",
        view_less: "Réduire",
        toggle_name: "{action} : avis de {author}",
        show_all: Plural {
            one: "Afficher {count} avis",
            other: "Afficher les {count} avis",
        },
        show_fewer: "Afficher moins d’avis",
        loading: "Chargement du film…",
        rated: "Classification",
        opens_in_new_tab: "(s’ouvre dans un nouvel onglet)",
        trailer_name: "Bande-annonce de {title}",
        play_trailer: "Lire la bande-annonce",
        close: "Fermer",
        poster_alt: "Affiche de {title}",
        score: "{value} sur {best}",
        stars: "{value} étoiles sur {best}",
        grade: "Note {grade}",
        average_rating: "Note moyenne",
        rating_count: Plural {
            one: "{count} note",
            other: "{count} notes",
        },
        spoiler: "Contient des spoilers — afficher l’avis",
        copy_link: "Copier le lien",
        link_copied: "Lien copié",
        error_title: "Cette fiche de film n’a pas pu être affichée.",
        tv_series: "Série télévisée",
        tv_season: "Saison de série",
        tv_episode: "Épisode de série",
        season_number: "Saison {number}",
        episode_number: "Épisode {number}",
    }
    .texts()),
    months: packed!([
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
    ]),
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
