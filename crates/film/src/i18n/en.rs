//! English, the fallback for every language without its own file.

use std::borrow::Cow::Borrowed as B;

use super::{one_is_singular, DateFormats, Labels, Language, Plural};

/// English (British date order: "22 October 1948").
pub const LANGUAGE: Language = Language {
    code: "en",
    labels: Labels {
        reviews: B("Reviews"),
        no_reviews: B("No reviews yet."),
        view_more: B("View More"),
        view_less: B("View Less"),
        toggle_name: B("{action}: review by {author}"),
        show_all: Plural {
            one: B("Show {count} review"),
            other: B("Show all {count} reviews"),
        },
        show_fewer: B("Show fewer reviews"),
        loading: B("Loading film…"),
        rated: B("Rated"),
        opens_in_new_tab: B("(opens in a new tab)"),
        trailer_name: B("{title} trailer"),
        play_trailer: B("Play trailer"),
        close: B("Close"),
        poster_alt: B("Poster of {title}"),
        score: B("{value} out of {best}"),
        stars: B("{value} out of {best} stars"),
        grade: B("Grade {grade}"),
        average_rating: B("Average rating"),
        rating_count: Plural {
            one: B("{count} rating"),
            other: B("{count} ratings"),
        },
        spoiler: B("Contains spoilers — show review"),
        copy_link: B("Copy link"),
        link_copied: B("Link copied"),
        error_title: B("This film card could not be shown."),
        tv_series: B("TV series"),
        tv_season: B("TV season"),
        tv_episode: B("TV episode"),
        season_number: B("Season {number}"),
        episode_number: B("Episode {number}"),
    },
    months: [
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
    ],
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
