//! Japanese.

use std::borrow::Cow::Borrowed as B;

use super::{DateFormats, Labels, Language, Plural, PluralForm};

/// Japanese: one plural form, dates as year, month and day numbers.
pub const LANGUAGE: Language = Language {
    code: "ja",
    labels: Labels {
        reviews: B("レビュー"),
        no_reviews: B("レビューはまだありません。"),
        view_more: B("もっと見る"),
        view_less: B("閉じる"),
        toggle_name: B("{action}: {author}さんのレビュー"),
        show_all: Plural {
            one: B("{count}件のレビューをすべて表示"),
            other: B("{count}件のレビューをすべて表示"),
        },
        show_fewer: B("表示するレビューを減らす"),
        loading: B("映画を読み込んでいます…"),
        rated: B("年齢区分"),
        opens_in_new_tab: B("(新しいタブで開きます)"),
        trailer_name: B("{title} 予告編"),
        play_trailer: B("予告編を再生"),
        close: B("閉じる"),
        poster_alt: B("{title} のポスター"),
        score: B("{best}点中{value}点"),
        stars: B("星{best}個中{value}個"),
        grade: B("評価 {grade}"),
        average_rating: B("平均評価"),
        rating_count: Plural {
            one: B("{count}件の評価"),
            other: B("{count}件の評価"),
        },
        spoiler: B("ネタバレを含みます — レビューを表示"),
        copy_link: B("リンクをコピー"),
        link_copied: B("リンクをコピーしました"),
        error_title: B("この映画カードを表示できませんでした。"),
        tv_series: B("テレビシリーズ"),
        tv_season: B("シリーズのシーズン"),
        tv_episode: B("シリーズのエピソード"),
        season_number: B("シーズン{number}"),
        episode_number: B("第{number}話"),
    },
    months: [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ],
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
