//! German.

use super::{one_is_singular, packed::packed, DateFormats, Language, Plural, Words};

/// German.
pub const LANGUAGE: Language = Language {
    code: "de",
    labels: packed!(Words {
        reviews: "Rezensionen",
        no_reviews: "Noch keine Rezensionen.",
        view_more: "Mehr anzeigen",
        view_less: "Weniger anzeigen",
        toggle_name: "{action}: Rezension von {author}",
        show_all: Plural {
            one: "{count} Rezension anzeigen",
            other: "Alle {count} Rezensionen anzeigen",
        },
        show_fewer: "Weniger Rezensionen anzeigen",
        loading: "Film wird geladen…",
        rated: "Altersfreigabe",
        opens_in_new_tab: "(öffnet in neuem Tab)",
        trailer_name: "Trailer zu {title}",
        play_trailer: "Trailer abspielen",
        close: "Schließen",
        poster_alt: "Plakat zu {title}",
        score: "{value} von {best}",
        stars: "{value} von {best} Sternen",
        grade: "Note {grade}",
        average_rating: "Durchschnittliche Bewertung",
        rating_count: Plural {
            one: "{count} Bewertung",
            other: "{count} Bewertungen",
        },
        spoiler: "Enthält Spoiler — Rezension anzeigen",
        copy_link: "Link kopieren",
        link_copied: "Link kopiert",
        error_title: "Diese Filmkarte konnte nicht angezeigt werden.",
        tv_series: "Fernsehserie",
        tv_season: "Serienstaffel",
        tv_episode: "Serienfolge",
        season_number: "Staffel {number}",
        episode_number: "Folge {number}",
    }
    .texts()),
    months: packed!([
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ]),
    dates: DateFormats {
        day_month_year: "{day}. {month} {year}",
        month_year: "{month} {year}",
        year: "{year}",
    },
    group_separator: ".",
    min_grouping_digits: 4,
    decimal_separator: ",",
    list_separator: ", ",
    plural: one_is_singular,
};
