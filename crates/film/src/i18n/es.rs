//! Spanish.

use std::borrow::Cow::Borrowed as B;

use super::{one_is_singular, DateFormats, Labels, Language, Plural};

/// Spanish.
pub const LANGUAGE: Language = Language {
    code: "es",
    labels: Labels {
        reviews: B("Reseñas"),
        no_reviews: B("Todavía no hay reseñas."),
        view_more: B("Ver más"),
        view_less: B("Ver menos"),
        toggle_name: B("{action}: reseña de {author}"),
        show_all: Plural {
            one: B("Mostrar {count} reseña"),
            other: B("Mostrar las {count} reseñas"),
        },
        show_fewer: B("Mostrar menos reseñas"),
        loading: B("Cargando película…"),
        rated: B("Clasificación"),
        opens_in_new_tab: B("(se abre en una pestaña nueva)"),
        trailer_name: B("Tráiler de {title}"),
        play_trailer: B("Ver tráiler"),
        close: B("Cerrar"),
        poster_alt: B("Póster de {title}"),
        score: B("{value} de {best}"),
        stars: B("{value} de {best} estrellas"),
        grade: B("Nota {grade}"),
        average_rating: B("Valoración media"),
        rating_count: Plural {
            one: B("{count} valoración"),
            other: B("{count} valoraciones"),
        },
        spoiler: B("Contiene spoilers — mostrar reseña"),
        copy_link: B("Copiar enlace"),
        link_copied: B("Enlace copiado"),
        error_title: B("No se pudo mostrar esta ficha de película."),
        tv_series: B("Serie de televisión"),
        tv_season: B("Temporada de serie"),
        tv_episode: B("Episodio de serie"),
        season_number: B("Temporada {number}"),
        episode_number: B("Episodio {number}"),
    },
    months: [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    dates: DateFormats {
        day_month_year: "{day} de {month} de {year}",
        month_year: "{month} de {year}",
        year: "{year}",
    },
    group_separator: ".",
    // Spanish groups only from five digits: 5000, but 12.345.
    min_grouping_digits: 5,
    decimal_separator: ",",
    list_separator: ", ",
    plural: one_is_singular,
};
