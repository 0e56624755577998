//! Absolute dates: "January 20, 2025", "20 January 2025", "Jan. 20", "May 2024",
//! "in 2014", "the 1990s", "the 19th century", "mid-May", "early 2024", "Wednesday",
//! "Christmas", "spring 2024", "Q3 2024" (dates in digits alone are in `date_digits`). The value is the ISO 8601 prefix shared by every day the
//! mention names, when it names a year.

use super::count::ordinal_at;
use super::date_digits;
use super::found::{Found, CONFIDENCE};
use super::numeral::{is_ordinal_suffix, numeral};
use super::tables::{MonthForm, TABLES};
use super::view::View;
use super::year::{date, days_in_month, plain_year, year_at};
use crate::segment::TokenKind;

/// The earliest year read with no cue word before it.
const UNCUED_YEARS_FROM: u32 = 1500;

/// The longest absolute date starting at token `at`.
pub fn absolute(view: &View<'_>, at: usize) -> Option<Found> {
    let candidates = [
        date_digits::iso(view, at),
        date_digits::slashed(view, at),
        month_first(view, at),
        day_first(view, at),
        year(view, at),
        decade(view, at),
        century(view, at),
        modified(view, at),
        the_period(view, at),
        weekday(view, at),
        holiday(view, at),
        season(view, at),
        quarter(view, at),
    ];
    longest(candidates)
}

pub fn longest<const N: usize>(candidates: [Option<Found>; N]) -> Option<Found> {
    let mut best: Option<Found> = None;
    for candidate in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| candidate.end > b.end) {
            best = Some(candidate);
        }
    }
    best
}

/// A capitalised month name at `at`: its number and how it may be read.
#[inline(never)]
pub fn month_at(view: &View<'_>, at: usize) -> Option<(u32, MonthForm)> {
    let found = TABLES.months.get(view.lower(at))?;
    view.is_capitalised(at).then_some(*found)
}

/// A day of the month at `at`: "20", "20th".
pub(super) fn day_at(view: &View<'_>, at: usize) -> Option<u32> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let number = numeral(view.raw(at))?;
    let day = number.whole()?;
    let suffix_ok = number.suffix.is_empty() || is_ordinal_suffix(u64::from(day), number.suffix);
    (number.prefix.is_empty() && suffix_ok && number.digits() <= 2 && (1..=31).contains(&day)).then_some(day)
}

/// A range of days at `at`: "27-29".
fn day_range_at(view: &View<'_>, at: usize) -> Option<(u32, u32)> {
    let (first, last) = view.raw(at).split_once('-')?;
    let day = |part: &str| {
        let ok = (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| part.parse::<u32>().ok()).flatten().filter(|d| (1..=31).contains(d))
    };
    let (first, last) = (day(first)?, day(last)?);
    (first < last).then_some((first, last))
}

/// "January 20, 2025", "Jan. 20", "May 2024", "May of 2024", "in May", "July".
fn month_first(view: &View<'_>, at: usize) -> Option<Found> {
    let (month, form) = month_at(view, at)?;
    if let Some(day) = day_at(view, at + 1).filter(|&day| day <= days_in_month(None, month)) {
        let year_at_ = if view.lower(at + 2) == "," { at + 3 } else { at + 2 };
        if let Some(year) = year_at(view, year_at_).filter(|&y| day <= days_in_month(Some(y), month)) {
            return date(year_at_ + 1, Some(format!("{year:04}-{month:02}-{day:02}")), CONFIDENCE.full_date);
        }
        return date(at + 2, None, CONFIDENCE.month_day);
    }
    if let Some((_, last)) = day_range_at(view, at + 1).filter(|&(_, last)| last <= days_in_month(None, month)) {
        return range_with_year(view, at + 2, month, last);
    }
    let year_at_ = if view.lower(at + 1) == "of" { at + 2 } else { at + 1 };
    if let Some(year) = year_at(view, year_at_) {
        return date(year_at_ + 1, Some(format!("{year:04}-{month:02}")), CONFIDENCE.month_year);
    }
    match form {
        MonthForm::Full => date(at + 1, None, CONFIDENCE.month),
        MonthForm::Ambiguous if cued_month(view, at) => date(at + 1, None, CONFIDENCE.ambiguous_month),
        _ => None,
    }
}

/// Whether the words around an ambiguous month at `at` make it a date: "in May", "from
/// March to June", but not "after May resigned", "wrote to May" or "in May's cabinet".
fn cued_month(view: &View<'_>, at: usize) -> bool {
    let before = view.before(at);
    let next = view.lower(at + 1);
    if next == "'s" {
        return false;
    }
    let range_follows =
        matches!(view.kind(at + 1), None | Some(TokenKind::Punct)) || matches!(next, "to" | "and" | "through");
    let range_ends = matches!(before, "to" | "and" | "through" | "until" | "-" | "\u{2013}")
        && at.checked_sub(2).is_some_and(|month| month_at(view, month).is_some());
    TABLES.date_cues.contains(before) || (TABLES.weak_date_cues.contains(before) && range_follows) || range_ends
}

/// "May 27-29" or "27-29 May", then an optional year: the value is the month when the year
/// is given ("2024-05"), none otherwise.
fn range_with_year(view: &View<'_>, after: usize, month: u32, last_day: u32) -> Option<Found> {
    let year_at_ = if view.lower(after) == "," { after + 1 } else { after };
    if let Some(year) = year_at(view, year_at_).filter(|&y| last_day <= days_in_month(Some(y), month)) {
        return date(year_at_ + 1, Some(format!("{year:04}-{month:02}")), CONFIDENCE.month_year);
    }
    date(after, None, CONFIDENCE.month_day)
}

/// "20 January 2025", "20th of January", "3 Sept", "27-29 May".
fn day_first(view: &View<'_>, at: usize) -> Option<Found> {
    if let Some((_, last)) = day_range_at(view, at) {
        let (month, _) = month_at(view, at + 1)?;
        return (last <= days_in_month(None, month)).then(|| range_with_year(view, at + 2, month, last))?;
    }
    let day = day_at(view, at)?;
    let month_at_ = if view.lower(at + 1) == "of" && view.raw(at).len() > 2 { at + 2 } else { at + 1 };
    let (month, _) = month_at(view, month_at_)?;
    if day > days_in_month(None, month) {
        return None;
    }
    let year_at_ = if view.lower(month_at_ + 1) == "," { month_at_ + 2 } else { month_at_ + 1 };
    if let Some(year) = year_at(view, year_at_).filter(|&y| day <= days_in_month(Some(y), month)) {
        return date(year_at_ + 1, Some(format!("{year:04}-{month:02}-{day:02}")), CONFIDENCE.full_date);
    }
    date(month_at_ + 1, None, CONFIDENCE.month_day)
}

/// "in 2014", "the 2024 election", "2019": a year unless a count word is beside it.
fn year(view: &View<'_>, at: usize) -> Option<Found> {
    let year = year_at(view, at)?;
    let before = view.before(at);
    let slash = view.raw(at + 1) == "/" || before == "/";
    if slash || TABLES.count_cues.contains(before) || TABLES.count_nouns.contains(view.lower(at + 1)) {
        return None;
    }
    let cued = TABLES.date_cues.contains(before)
        || TABLES.weak_date_cues.contains(before)
        || TABLES.year_cues.contains(before);
    // "Local 1021", "Flight 1066": an early year needs a cue ("in 1066").
    if !cued && year < UNCUED_YEARS_FROM {
        return None;
    }
    let confidence = if cued { CONFIDENCE.year_cued } else { CONFIDENCE.year_bare };
    date(at + 1, Some(format!("{year:04}")), confidence)
}

/// "1990s" (value "199"), "’90s" (no value: the century is unsaid).
fn decade(view: &View<'_>, at: usize) -> Option<Found> {
    if matches!(view.raw(at), "'" | "\u{2019}") {
        let number = numeral(view.raw(at + 1))?;
        let ok = number.prefix.is_empty() && number.suffix == "s" && number.digits() == 2 && number.mantissa % 10 == 0;
        return ok.then(|| date(at + 2, None, CONFIDENCE.decade))?;
    }
    let prefix = decade_prefix(view.raw(at))?;
    date(at + 1, Some(prefix), CONFIDENCE.decade)
}

fn decade_prefix(token: &str) -> Option<String> {
    let number = numeral(token)?;
    let ok = number.prefix.is_empty()
        && !number.grouped
        && number.suffix == "s"
        && number.digits() == 4
        && number.mantissa % 10 == 0;
    ok.then(|| number.integer[..3].to_string())
}

/// "19th century" (value "18"), "twenty-first century", "19th-century".
fn century(view: &View<'_>, at: usize) -> Option<Found> {
    let lower = view.lower(at);
    let (number, end) = match lower.strip_suffix("-century") {
        Some(ordinal) => (super::count::ordinal_word(ordinal).or_else(|| ordinal_digits(ordinal))?, at + 1),
        None if view.lower(at + 1) == "century" => (ordinal_at(view, at)? as f64, at + 2),
        None => return None,
    };
    if !(1.0..=21.0).contains(&number) {
        return None;
    }
    date(end, Some(format!("{:02}", number as u32 - 1)), CONFIDENCE.decade)
}

fn ordinal_digits(word: &str) -> Option<f64> {
    let number = numeral(word)?;
    let ok = number.prefix.is_empty() && number.decimals == 0 && is_ordinal_suffix(number.mantissa, number.suffix);
    ok.then_some(number.mantissa as f64)
}

/// "early May", "late 2024", "mid-2024", "mid-May", "late Tuesday", "early 1990s".
fn modified(view: &View<'_>, at: usize) -> Option<Found> {
    let lower = view.lower(at);
    if let Some(rest) = lower.strip_prefix("mid-") {
        let raw_rest = view.raw(at).get(4..)?;
        let value = match TABLES.months.get(rest) {
            Some(&(_, form)) => {
                let capitalised = raw_rest.chars().next().is_some_and(char::is_uppercase);
                if !capitalised || form == MonthForm::Abbreviation {
                    return None;
                }
                None
            }
            None => Some(decade_prefix(raw_rest).or_else(|| plain_year(raw_rest).map(|y| format!("{y:04}")))?),
        };
        return date(at + 1, value, CONFIDENCE.month);
    }
    if !matches!(lower, "early" | "late" | "mid") {
        return None;
    }
    longest([
        month_first(view, at + 1),
        year(view, at + 1),
        decade(view, at + 1),
        century(view, at + 1),
        weekday(view, at + 1),
    ])
}

/// "the 1990s", "the early 2000s", "the 19th century", "the mid-1990s".
fn the_period(view: &View<'_>, at: usize) -> Option<Found> {
    if view.lower(at) != "the" {
        return None;
    }
    let next = view.lower(at + 1);
    let inner = if matches!(next, "early" | "late" | "mid") { at + 2 } else { at + 1 };
    let mid_decade =
        next.strip_prefix("mid-").is_some_and(|_| view.raw(at + 1).get(4..).and_then(decade_prefix).is_some());
    // "the 19th-century building": the article belongs to the noun after the adjective.
    let adjective = view.lower(inner).ends_with("-century");
    longest([
        decade(view, inner),
        century(view, inner).filter(|_| !adjective),
        mid_decade.then(|| modified(view, at + 1)).flatten(),
    ])
}

/// "Wednesday", "Wednesday, January 20, 2025".
fn weekday(view: &View<'_>, at: usize) -> Option<Found> {
    if !TABLES.weekdays.contains(view.lower(at)) || !view.is_capitalised(at) {
        return None;
    }
    let next = if view.lower(at + 1) == "," { at + 2 } else { at + 1 };
    let with_day = longest([month_first(view, next), day_first(view, next)]).filter(|inner| inner.end >= next + 2);
    with_day.or_else(|| date(at + 1, None, CONFIDENCE.weekday))
}

/// "Christmas", "New Year's Eve".
fn holiday(view: &View<'_>, at: usize) -> Option<Found> {
    let (end, _) = TABLES.holidays.longest(view, at)?;
    view.is_capitalised(at).then(|| date(end, None, CONFIDENCE.holiday))?
}

/// "Q3", "Q3 2024", "first-quarter", "the first quarter of 2024", "the second half of 2023"
/// (value the year). A quarter or half in words needs its year: "the first half" of a match
/// and "the third quarter" of a game are no dates.
fn quarter(view: &View<'_>, at: usize) -> Option<Found> {
    let word = view.lower(at);
    let q = word.strip_prefix('q').is_some_and(|n| matches!(n, "1" | "2" | "3" | "4"));
    let adjective = matches!(
        word,
        "first-quarter" | "second-quarter" | "third-quarter" | "fourth-quarter" | "first-half" | "second-half"
    );
    let mut next = at;
    let needs_year = if q || adjective {
        next += 1;
        false
    } else {
        if word == "the" {
            next += 1;
        }
        let number = super::count::ordinal_at(view, next)
            .or_else(|| matches!(view.lower(next), "final" | "last").then_some(4))?;
        let limit = match view.lower(next + 1) {
            "quarter" => 4,
            "half" => 2,
            _ => return None,
        };
        if number > limit && !matches!(view.lower(next), "final" | "last") {
            return None;
        }
        next += 2;
        true
    };
    let year_at_ = if matches!(view.lower(next), "of" | ",") { next + 1 } else { next };
    match year_at(view, year_at_) {
        Some(year) => date(year_at_ + 1, Some(format!("{year:04}")), CONFIDENCE.month_year),
        None if !needs_year => date(next, None, CONFIDENCE.month),
        None => None,
    }
}

/// "spring 2024", "summer of 2023" (value the year).
fn season(view: &View<'_>, at: usize) -> Option<Found> {
    if !TABLES.seasons.contains(view.lower(at)) {
        return None;
    }
    let year_at_ = if view.lower(at + 1) == "of" { at + 2 } else { at + 1 };
    let year = year_at(view, year_at_)?;
    date(year_at_ + 1, Some(format!("{year:04}")), CONFIDENCE.month_year)
}

#[cfg(test)]
mod tests {
    use super::super::described;
    use super::super::year::days_in_month;

    #[test]
    fn impossible_days_are_not_dates() {
        assert_eq!(described("Feb. 30, 2023"), ["30|cardinal|30", "2023|date|2023"]);
        assert_eq!(days_in_month(Some(2024), 2), 29);
        assert_eq!(days_in_month(Some(1900), 2), 28);
    }

    #[test]
    fn ambiguous_months_need_a_cue() {
        assert_eq!(described("in May"), ["May|date"]);
        assert_eq!(described("May 5"), ["May 5|date"]);
        assert!(described("May said").is_empty());
    }

    #[test]
    fn abbreviated_months_need_a_number() {
        assert_eq!(described("Sept. 11"), ["Sept. 11|date"]);
        assert!(described("Jan Smith").is_empty());
    }

    #[test]
    fn early_years_need_a_cue() {
        assert_eq!(described("in 1066"), ["1066|date|1066"]);
        assert_eq!(described("Local 1021"), ["1021|cardinal|1021"]);
    }

    #[test]
    fn quarters_in_words_need_a_year() {
        assert_eq!(described("the first quarter of 2024"), ["the first quarter of 2024|date|2024"]);
        assert_eq!(described("Q3 2024"), ["Q3 2024|date|2024"]);
        assert_eq!(described("in the first half"), ["first|ordinal|1"]);
    }

    #[test]
    fn centuries_and_decades_give_shared_prefixes() {
        assert_eq!(described("the 2000s"), ["the 2000s|date|200"]);
        assert_eq!(described("the 9th century"), ["the 9th century|date|08"]);
    }
}
