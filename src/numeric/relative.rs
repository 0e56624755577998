//! Dates named from today and spans of time: "yesterday", "last week", "next month",
//! "earlier this year", "the past two years", "last Thursday", "three years ago",
//! "24 hours", "a decade ago", "a five-year plan". None of these has a value: the day the
//! article was written is unknown.

use super::count::Count;
use super::date::month_at;
use super::found::{Found, CONFIDENCE};
use super::tables::TABLES;
use super::view::View;
use crate::mention::MentionType;

/// Words after a span of time that belong to it: "three years ago", "80 years old".
const AFTER_DURATION: [&str; 5] = ["ago", "earlier", "later", "old", "long"];

/// "yesterday", "tonight", "last week", "earlier this year", "the coming weeks",
/// "last Thursday", "next May", "this spring", "the past two years".
pub fn relative(view: &View<'_>, at: usize) -> Option<Found> {
    if let Some(&kind) = TABLES.relative_days.get(view.lower(at)) {
        return Some(Found { end: at + 1, kind, value: None, confidence: CONFIDENCE.relative });
    }
    let mut next = at;
    if matches!(view.lower(next), "earlier" | "later") {
        next += 1;
    }
    let article = view.lower(next) == "the";
    if article {
        next += 1;
    }
    let deictic = view.lower(next);
    // "the following week" names a date; "following years of war" does not.
    if !TABLES.deictics.contains(deictic) || (deictic == "following" && !article) {
        return None;
    }
    next += 1;
    let word = view.lower(next);
    let names_a_date = TABLES.periods.contains(word)
        || TABLES.seasons.contains(word)
        || (TABLES.weekdays.contains(word) && view.is_capitalised(next))
        || month_at(view, next).is_some();
    if names_a_date {
        return Some(Found { end: next + 1, kind: MentionType::Date, value: None, confidence: CONFIDENCE.relative });
    }
    let span = span_of_time(view, next, super::count::count_at(view, next).as_ref())?;
    Some(Found { confidence: CONFIDENCE.relative, ..span })
}

/// "three years", "24 hours", "several months", "three years ago", "a decade ago",
/// "five-year", "5-year-old".
pub fn duration(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    if let Some(found) = hyphenated(view, at) {
        return Some(found);
    }
    if matches!(view.lower(at), "a" | "an") {
        let kind = *TABLES.durations.get(view.lower(at + 1))?;
        let after = view.lower(at + 2);
        let ok = matches!(after, "ago" | "earlier" | "later");
        return ok.then_some(Found { end: at + 3, kind, value: None, confidence: CONFIDENCE.duration });
    }
    span_of_time(view, at, count)
}

/// A count or a vague amount ("several", "a few", "many") followed by a unit of time.
fn span_of_time(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    let word = view.lower(at);
    let unit_at = match count {
        Some(count) => count.end,
        _ if word == "a" && view.lower(at + 1) == "few" => at + 2,
        _ if matches!(word, "several" | "many" | "few") => at + 1,
        _ => return None,
    };
    let kind = *TABLES.durations.get(view.lower(unit_at))?;
    let mut end = unit_at + 1;
    if AFTER_DURATION.contains(&view.lower(end)) {
        end += 1;
    }
    Some(Found { end, kind, value: None, confidence: CONFIDENCE.duration })
}

/// One token: "five-year", "24-hour", "5-year-old", "two-week-long".
fn hyphenated(view: &View<'_>, at: usize) -> Option<Found> {
    let lower = view.lower(at);
    let mut parts = lower.split('-');
    let number = parts.next()?;
    let unit = parts.next()?;
    let after = parts.next();
    if parts.next().is_some() || after.is_some_and(|a| !matches!(a, "old" | "long")) {
        return None;
    }
    let is_number =
        (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())) || TABLES.cardinals.contains_key(number);
    if !is_number || unit.ends_with('s') {
        return None;
    }
    let kind = *TABLES.durations.get(unit)?;
    Some(Found { end: at + 1, kind, value: None, confidence: CONFIDENCE.duration })
}

#[cfg(test)]
mod tests {
    use super::super::described;

    #[test]
    fn deictic_words_name_periods_weekdays_and_months() {
        assert_eq!(described("next Monday"), ["next Monday|date"]);
        assert_eq!(described("last March"), ["last March|date"]);
        assert_eq!(described("the next 24 hours"), ["the next 24 hours|time"]);
    }

    #[test]
    fn deictic_words_alone_are_not_dates() {
        assert!(described("the last time").is_empty());
        assert!(described("following years of war").is_empty());
    }

    #[test]
    fn a_single_unit_needs_ago() {
        assert_eq!(described("a year ago"), ["a year ago|date"]);
        assert!(described("a year").is_empty());
    }
}
