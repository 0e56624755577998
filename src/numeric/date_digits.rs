//! Dates written in digits alone: "2024-05-03" and the European "03.05.2024" (the value),
//! "25/12/2024" (the value where a number over 12 shows which is the day), ranges of years
//! ("2019-20", "2010-2015", "2024/25", no value).

use super::found::{Found, CONFIDENCE};
use super::numeral::numeral;
use super::view::View;
use super::year::{date, days_in_month, plain_year, year_at, BARE_YEARS};
use crate::segment::TokenKind;

/// "2024-05-03" (the value), "2019-20" and "2010-2015" (ranges of years, no value), and the
/// European "03.05.2024".
pub fn iso(view: &View<'_>, at: usize) -> Option<Found> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let raw = view.raw(at);
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let number = |part: &str| part.parse::<u32>().ok();
    let (dashed, count) = split_up_to::<4>(raw, '-');
    let parts = &dashed[..count];
    if parts.iter().all(|p| digits(p)) {
        match parts {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                let (year, month, day) = (number(y)?, number(m)?, number(d)?);
                let valid = (1..=12).contains(&month) && (1..=days_in_month(Some(year), month)).contains(&day);
                return valid.then(|| date(at + 1, Some(raw.to_string()), CONFIDENCE.iso_date))?;
            }
            [first, second] if first.len() == 4 && (second.len() == 2 || second.len() == 4) => {
                let start = number(first)?;
                let end = number(second)?;
                let end = if second.len() == 2 { start / 100 * 100 + end } else { end };
                let valid = BARE_YEARS.contains(&start) && end > start && end - start <= 100;
                return valid.then(|| date(at + 1, None, CONFIDENCE.year_cued))?;
            }
            _ => return None,
        }
    }
    let (dotted, count) = split_up_to::<4>(raw, '.');
    match &dotted[..count] {
        [d, m, y] if digits(d) && digits(m) && digits(y) && d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
            let (year, month, day) = (number(y)?, number(m)?, number(d)?);
            let valid = (1..=12).contains(&month) && (1..=days_in_month(Some(year), month)).contains(&day);
            valid.then(|| date(at + 1, Some(format!("{year:04}-{month:02}-{day:02}")), CONFIDENCE.iso_date))?
        }
        _ => None,
    }
}

/// "03/05/2024" (no value: day and month could be either way round), "25/12/2024" and
/// "12/25/2024" (the value: a number over 12 can only be the day).
pub fn slashed(view: &View<'_>, at: usize) -> Option<Found> {
    if let Some(found) = season_slash(view, at) {
        return Some(found);
    }
    let touching = (at..at + 4).all(|k| view.touches_next(k));
    if !touching || view.raw(at + 1) != "/" || view.raw(at + 3) != "/" {
        return None;
    }
    let small = |k: usize| {
        let number = numeral(view.raw(k)).filter(|n| n.is_plain() && n.digits() <= 2)?;
        number.whole().filter(|n| (1..=31).contains(n))
    };
    let (first, second, year) = (small(at)?, small(at + 2)?, plain_year(view.raw(at + 4))?);
    let (month, day) = match (first, second) {
        (a, b) if a == b || (a <= 12 && b > 12) => (a, b),
        (a, b) if a > 12 && b <= 12 => (b, a),
        _ => return date(at + 5, None, CONFIDENCE.month_day),
    };
    let valid = month <= 12 && day <= days_in_month(Some(year), month);
    valid.then(|| date(at + 5, Some(format!("{year:04}-{month:02}-{day:02}")), CONFIDENCE.full_date))?
}

/// "2024/25": a season over two years (no value).
fn season_slash(view: &View<'_>, at: usize) -> Option<Found> {
    let year = year_at(view, at)?;
    let touching = view.touches_next(at) && view.touches_next(at + 1);
    let next = view.raw(at + 2);
    let follows = next.len() == 2 && next.parse::<u32>().ok() == Some((year + 1) % 100);
    (touching && view.raw(at + 1) == "/" && follows).then(|| date(at + 3, None, CONFIDENCE.year_cued))?
}

/// The first `N` pieces of `raw` split at `separator`, and how many there are; a last piece
/// holds the rest when there are more (so a pattern of fewer than `N` pieces never matches
/// it). No allocation: this runs for every number token.
fn split_up_to<const N: usize>(raw: &str, separator: char) -> ([&str; N], usize) {
    let mut parts = [""; N];
    let mut count = 0;
    for (slot, part) in parts.iter_mut().zip(raw.splitn(N, separator)) {
        *slot = part;
        count += 1;
    }
    (parts, count)
}

#[cfg(test)]
mod tests {
    use super::super::described;

    #[test]
    fn iso_dates_must_exist() {
        assert_eq!(described("2024-02-29"), ["2024-02-29|date|2024-02-29"]);
        assert_eq!(described("2023-02-29"), Vec::<String>::new());
    }

    #[test]
    fn slashed_dates_have_a_value_only_when_unambiguous() {
        assert_eq!(described("03/05/2024"), ["03/05/2024|date"]);
        assert_eq!(described("12/25/2024"), ["12/25/2024|date|2024-12-25"]);
    }

    #[test]
    fn seasons_over_two_years_are_dates() {
        assert_eq!(described("the 2024/25 season"), ["2024/25|date"]);
        assert_eq!(described("2019-20"), ["2019-20|date"]);
    }
}
