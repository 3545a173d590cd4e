//! German.

use std::borrow::Cow::Borrowed as B;

use super::{one_is_singular, DateFormats, Labels, Language, Plural};

/// German.
pub const LANGUAGE: Language = Language {
    code: "de",
    labels: Labels {
        reviews: B("Rezensionen"),
        no_reviews: B("Noch keine Rezensionen."),
        view_more: B("Mehr anzeigen"),
        view_less: B("Weniger anzeigen"),
        toggle_name: B("{action}: Rezension von {author}"),
        show_all: Plural {
            one: B("{count} Rezension anzeigen"),
            other: B("Alle {count} Rezensionen anzeigen"),
        },
        show_fewer: B("Weniger Rezensionen anzeigen"),
        loading: B("Film wird geladen…"),
        rated: B("Altersfreigabe"),
        opens_in_new_tab: B("(öffnet in neuem Tab)"),
        trailer_name: B("Trailer zu {title}"),
        play_trailer: B("Trailer abspielen"),
        close: B("Schließen"),
        poster_alt: B("Plakat zu {title}"),
        score: B("{value} von {best}"),
        stars: B("{value} von {best} Sternen"),
        grade: B("Note {grade}"),
        average_rating: B("Durchschnittliche Bewertung"),
        rating_count: Plural {
            one: B("{count} Bewertung"),
            other: B("{count} Bewertungen"),
        },
        spoiler: B("Enthält Spoiler — Rezension anzeigen"),
        copy_link: B("Link kopieren"),
        link_copied: B("Link kopiert"),
        error_title: B("Diese Filmkarte konnte nicht angezeigt werden."),
        tv_series: B("Fernsehserie"),
        tv_season: B("Serienstaffel"),
        tv_episode: B("Serienfolge"),
        season_number: B("Staffel {number}"),
        episode_number: B("Folge {number}"),
    },
    months: [
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
    ],
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
