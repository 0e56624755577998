//! Times of day: "6:15", "6:15 a.m. local time", "5 p.m.", "5pm", "6.15pm", "10:30 GMT",
//! "0600 GMT", "noon", "midnight", "five o'clock", "this morning", "Monday night". The value
//! is "HH:MM" on a 24-hour clock where the text makes the hour clear; the zone is kept in
//! the mention's text, not converted.

use super::count::{Count, Form};
use super::found::{Found, CONFIDENCE};
use super::numeral::numeral;
use super::tables::TABLES;
use super::view::View;
use crate::mention::{MentionType, Value};
use crate::segment::TokenKind;

fn time(end: usize, clock: Option<(u32, u32)>, confidence: f32) -> Option<Found> {
    Some(Found {
        end,
        kind: MentionType::Time,
        value: clock.map(|(hour, minute)| Value::Text(format!("{hour:02}:{minute:02}"))),
        confidence,
    })
}

/// The 24-hour clock for `hour` on a 12-hour clock with "a.m." (`pm` false) or "p.m.".
fn twenty_four(hour: u32, pm: bool) -> Option<u32> {
    match (hour, pm) {
        (1..=11, false) => Some(hour),
        (12, false) => Some(0),
        (1..=11, true) => Some(hour + 12),
        (12, true) => Some(12),
        _ => None,
    }
}

/// A time zone after a time: "GMT" (in capitals), "local time", "Moscow time". Returns the
/// token after it, or `at` when there is none.
fn zone(view: &View<'_>, at: usize) -> usize {
    if TABLES.zones.contains(view.lower(at)) && view.is_upper(at) {
        at + 1
    } else if view.lower(at + 1) == "time" && (view.lower(at) == "local" || view.is_capitalised(at)) {
        at + 2
    } else {
        at
    }
}

/// "a.m." or "p.m." at `at`: whether it is p.m.
fn meridiem(view: &View<'_>, at: usize) -> Option<bool> {
    TABLES.meridiems.get(view.lower(at)).copied()
}

/// Clock times in digits or words.
pub fn clock(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    let word = view.lower(at);
    match word {
        "noon" | "midday" => return time(at + 1, Some((12, 0)), CONFIDENCE.time_clear),
        "midnight" => return time(at + 1, Some((0, 0)), CONFIDENCE.time_clear),
        _ => {}
    }
    if let Some(found) = colon(view, at).or_else(|| joined_meridiem(view, at)) {
        return Some(found);
    }
    let count = count?;
    let whole = count.value.filter(|h| h.fract() == 0.0 && (0.0..=24.0).contains(h)).map(|h| h as u32);
    // "for one am happy": after a number in words, only the dotted "a.m." is a time.
    let after_words = count.form == Form::Words && view.lower(count.end) == "am";
    if let Some(pm) = meridiem(view, count.end).filter(|_| !after_words) {
        // "5.30 p.m.": a number with two decimals is hours and minutes.
        let (hour, minute) =
            match numeral(view.raw(at)).filter(|n| n.decimals == 2 && n.is_plain() && count.end == at + 1) {
                Some(n) => (u32::try_from(n.mantissa / 100).ok()?, (n.mantissa % 100) as u32),
                None => (whole?, 0),
            };
        let hour = twenty_four(hour, pm).filter(|_| minute < 60)?;
        return time(zone(view, count.end + 1), Some((hour, minute)), CONFIDENCE.time_clear);
    }
    let next = view.lower(count.end);
    let Some(hour) = whole else {
        return military(view, at);
    };
    match next {
        "noon" if hour == 12 => time(count.end + 1, Some((12, 0)), CONFIDENCE.time_clear),
        "midnight" if hour == 12 => time(count.end + 1, Some((0, 0)), CONFIDENCE.time_clear),
        "o'clock" if (1..=12).contains(&hour) => time(zone(view, count.end + 1), None, CONFIDENCE.time_clear),
        _ => military(view, at),
    }
}

/// "6:15", "18:30 GMT", "6:15 a.m. local time", and "6:15pm" (which splits in three tokens).
fn colon(view: &View<'_>, at: usize) -> Option<Found> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let raw = view.raw(at);
    let (hour, minute, mut end, mut pm) = match raw.split_once(':') {
        Some((h, m)) => (h, m, at + 1, None),
        None if view.raw(at + 1) == ":" => {
            let minutes = numeral(view.raw(at + 2))?;
            let pm = *TABLES.meridiems.get(minutes.suffix.to_ascii_lowercase().as_str())?;
            (raw, minutes.integer, at + 3, Some(pm))
        }
        None => return None,
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hour) || hour.len() > 2 || !digits(minute) || minute.len() != 2 {
        return None;
    }
    let mut hour: u32 = hour.parse().ok()?;
    let minute: u32 = minute.parse().ok()?;
    if hour > 24 || minute > 59 {
        return None;
    }
    if pm.is_none() {
        pm = meridiem(view, end);
        if pm.is_some() {
            end += 1;
        }
    }
    if let Some(pm) = pm {
        hour = twenty_four(hour, pm)?;
    }
    let zoned = zone(view, end);
    let confidence = if pm.is_some() || zoned > end { CONFIDENCE.time_clear } else { CONFIDENCE.time_colon };
    time(zoned, Some((hour, minute)), confidence)
}

/// "5pm", "10am", "6.15pm", "10a.m.".
fn joined_meridiem(view: &View<'_>, at: usize) -> Option<Found> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let number = numeral(view.raw(at))?;
    let pm = *TABLES.meridiems.get(number.suffix.to_ascii_lowercase().as_str())?;
    if !number.prefix.is_empty() || number.grouped {
        return None;
    }
    let (hour, minute) = match number.decimals {
        0 => (number.mantissa, 0),
        2 => (number.mantissa / 100, number.mantissa % 100),
        _ => return None,
    };
    let hour = twenty_four(u32::try_from(hour).ok()?, pm).filter(|_| minute < 60)?;
    time(zone(view, at + 1), Some((hour, minute as u32)), CONFIDENCE.time_clear)
}

/// "0600 GMT", "1930 local time": four digits are a time only with a zone after them.
fn military(view: &View<'_>, at: usize) -> Option<Found> {
    let raw = view.raw(at);
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let end = zone(view, at + 1);
    let hour: u32 = raw.get(..2)?.parse().ok()?;
    let minute: u32 = raw.get(2..)?.parse().ok()?;
    (end > at + 1 && hour < 24 && minute < 60).then(|| time(end, Some((hour, minute)), CONFIDENCE.time_clear))?
}

/// "this morning", "last night", "yesterday afternoon", "Monday night".
pub fn part_of_day(view: &View<'_>, at: usize) -> Option<Found> {
    let word = view.lower(at);
    let day = TABLES.deictics.contains(word)
        || TABLES.relative_days.get(word) == Some(&MentionType::Date)
        || (TABLES.weekdays.contains(word) && view.is_capitalised(at));
    (day && TABLES.parts_of_day.contains(view.lower(at + 1))).then(|| time(at + 2, None, CONFIDENCE.relative))?
}

#[cfg(test)]
mod tests {
    use super::super::described;
    use super::twenty_four;

    #[test]
    fn twelve_oclock_is_noon_or_midnight() {
        assert_eq!(twenty_four(12, false), Some(0));
        assert_eq!(twenty_four(12, true), Some(12));
        assert_eq!(twenty_four(13, true), None);
    }

    #[test]
    fn impossible_clock_times_are_not_times() {
        assert_eq!(described("25:10"), Vec::<String>::new());
        assert_eq!(described("13 p.m."), ["13|cardinal|13"]);
        assert_eq!(described("I for one am happy"), ["one|cardinal|1"]);
    }

    #[test]
    fn a_zone_needs_capitals() {
        assert_eq!(described("10:30 GMT"), ["10:30 GMT|time|10:30"]);
        assert_eq!(described("1930 gmt"), ["1930|date|1930"]);
    }
}
