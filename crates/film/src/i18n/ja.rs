//! Japanese.

use super::{packed::packed, DateFormats, Language, Plural, PluralForm, Words};

/// Japanese: one plural form, dates as year, month and day numbers.
pub const LANGUAGE: Language = Language {
    code: "ja",
    labels: packed!(Words {
        reviews: "レビュー",
        no_reviews: "レビューはまだありません。",
        view_more: "もっと見る",
        view_less: "閉じる",
        toggle_name: "{action}: {author}さんのレビュー",
        show_all: Plural {
            one: "{count}件のレビューをすべて表示",
            other: "{count}件のレビューをすべて表示",
        },
        show_fewer: "表示するレビューを減らす",
        loading: "映画を読み込んでいます…",
        rated: "年齢区分",
        opens_in_new_tab: "(新しいタブで開きます)",
        trailer_name: "{title} 予告編",
        play_trailer: "予告編を再生",
        close: "閉じる",
        poster_alt: "{title} のポスター",
        score: "{best}点中{value}点",
        stars: "星{best}個中{value}個",
        grade: "評価 {grade}",
        average_rating: "平均評価",
        rating_count: Plural {
            one: "{count}件の評価",
            other: "{count}件の評価",
        },
        spoiler: "ネタバレを含みます — レビューを表示",
        copy_link: "リンクをコピー",
        link_copied: "リンクをコピーしました",
        error_title: "この映画カードを表示できませんでした。",
        tv_series: "テレビシリーズ",
        tv_season: "シリーズのシーズン",
        tv_episode: "シリーズのエピソード",
        season_number: "シーズン{number}",
        episode_number: "第{number}話",
    }
    .texts()),
    months: packed!([
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ]),
    dates: DateFormats {
        day_month_year: "{year}年{month}{day}日",
        month_year: "{year}年{month}",
        year: "{year}年",
    },
    group_separator: ",",
    min_grouping_digits: 4,
    decimal_separator: ".",
    list_separator: "、",
    plural: always_other,
};

fn always_other(_count: u64) -> PluralForm {
    PluralForm::Other
}
