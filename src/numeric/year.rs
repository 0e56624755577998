//! What the date rules share: which four-digit numbers are years, month lengths, and the
//! [`Found`] of a date.

use super::found::Found;
use super::numeral::numeral;
use super::view::View;
use crate::mention::{MentionType, Value};
use crate::segment::TokenKind;

/// Years read without a month or day beside them (from 1500 without a cue word).
pub(super) const BARE_YEARS: std::ops::RangeInclusive<u32> = 1000..=2099;

pub(super) fn date(end: usize, value: Option<String>, confidence: f32) -> Option<Found> {
    Some(Found { end, kind: MentionType::Date, value: value.map(Value::Text), confidence })
}

/// A year in four digits at `at`: "2024".
pub(super) fn year_at(view: &View<'_>, at: usize) -> Option<u32> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    plain_year(view.raw(at))
}

pub(super) fn plain_year(token: &str) -> Option<u32> {
    let number = numeral(token)?;
    let year = number.whole()?;
    (number.is_plain() && number.digits() == 4 && BARE_YEARS.contains(&year)).then_some(year)
}

pub(super) fn days_in_month(year: Option<u32>, month: u32) -> u32 {
    match month {
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
