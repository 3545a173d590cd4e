//! Spanish.

use super::{one_is_singular, packed::packed, DateFormats, Language, Plural, Words};

/// Spanish.
pub const LANGUAGE: Language = Language {
    code: "es",
    labels: packed!(Words {
        reviews: "Reseñas",
        no_reviews: "Todavía no hay reseñas.",
        view_more: "Ver más",
        view_less: "Ver menos",
        toggle_name: "{action}: reseña de {author}",
        show_all: Plural {
            one: "Mostrar {count} reseña",
            other: "Mostrar las {count} reseñas",
        },
        show_fewer: "Mostrar menos reseñas",
        loading: "Cargando película…",
        rated: "Clasificación",
        opens_in_new_tab: "(se abre en una pestaña nueva)",
        trailer_name: "Tráiler de {title}",
        play_trailer: "Ver tráiler",
        close: "Cerrar",
        poster_alt: "Póster de {title}",
        score: "{value} de {best}",
        stars: "{value} de {best} estrellas",
        grade: "Nota {grade}",
        average_rating: "Valoración media",
        rating_count: Plural {
            one: "{count} valoración",
            other: "{count} valoraciones",
        },
        spoiler: "Contiene spoilers — mostrar reseña",
        copy_link: "Copiar enlace",
        link_copied: "Enlace copiado",
        error_title: "No se pudo mostrar esta ficha de película.",
        tv_series: "Serie de televisión",
        tv_season: "Temporada de serie",
        tv_episode: "Episodio de serie",
        season_number: "Temporada {number}",
        episode_number: "Episodio {number}",
    }
    .texts()),
    months: packed!([
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
    ]),
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
