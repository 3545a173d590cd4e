//! Dates as the data writes them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and real.

use crate::model::PartialDate;

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    read_date(text).ok()
}

/// [`parse_date`], saying what is wrong: the shape, or a day the month does not have.
pub(super) fn read_date(text: &str) -> Result<PartialDate, String> {
    let shape = || said!("must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 1948-10-22");
    let mut parts = text.split('-');
    let year = parts
        .next()
        .and_then(|part| number(part, 4))
        .ok_or_else(shape)?;
    let month = match parts.next() {
        Some(part) => Some(number(part, 2).ok_or_else(shape)?),
        None => None,
    };
    let day = match parts.next() {
        Some(part) => Some(number(part, 2).ok_or_else(shape)?),
        None => None,
    };
    if parts.next().is_some() || year == 0 {
        return Err(shape());
    }
    if let Some(month) = month {
        if !(1..=12).contains(&month) {
            return Err(shape());
        }
        if let Some(day) = day {
            let days = days_in_month(year, month);
            if day == 0 || day > days {
                return Err(said!(
                    "must be a real date: the days of {} {year} go from 01 to {days}",
                    crate::i18n::LANGUAGES[0].month(month as u8)
                ));
            }
        }
    }
    Ok(PartialDate {
        year,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
    })
}

fn number(digits: &str, width: usize) -> Option<u16> {
    if digits.len() == width && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
