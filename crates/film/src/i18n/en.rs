//! English, the fallback for every language without its own file.

use super::{one_is_singular, packed::packed, DateFormats, Language, Plural, Words};

/// English (British date order: "22 October 1948").
pub const LANGUAGE: Language = Language {
    code: "en",
    labels: packed!(Words {
        reviews: "Reviews",
        no_reviews: "No reviews yet.",
        view_more: "View More",
        view_less: "View Less",
        toggle_name: "{action}: review by {author}",
        show_all: Plural {
            one: "Show {count} review",
            other: "Show all {count} reviews",
        },
        show_fewer: "Show fewer reviews",
        loading: "Loading film…",
        rated: "Rated",
        opens_in_new_tab: "(opens in a new tab)",
        trailer_name: "{title} trailer",
        play_trailer: "Play trailer",
        close: "Close",
        poster_alt: "Poster of {title}",
        score: "{value} out of {best}",
        stars: "{value} out of {best} stars",
        grade: "Grade {grade}",
        average_rating: "Average rating",
        rating_count: Plural {
            one: "{count} rating",
            other: "{count} ratings",
        },
        spoiler: "Contains spoilers — show review",
        copy_link: "Copy link",
        link_copied: "Link copied",
        error_title: "This film card could not be shown.",
        tv_series: "TV series",
        tv_season: "TV season",
        tv_episode: "TV episode",
        season_number: "Season {number}",
        episode_number: "Episode {number}",
    }
    .texts()),
    months: packed!([
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]),
    dates: DateFormats {
        day_month_year: "{day} {month} {year}",
        month_year: "{month} {year}",
        year: "{year}",
    },
    group_separator: ",",
    min_grouping_digits: 4,
    decimal_separator: ".",
    list_separator: ", ",
    plural: one_is_singular,
};
