//! Rules for dates, times, money, percentages, quantities, ordinals and cardinals.
//!
//! Method: the tokens of each sentence are read left to right. At each token every rule
//! family proposes the mention that would start there (`date`, `relative`, `time`,
//! `amount`, `count`); the longest wins, the earlier family a tie, and reading resumes after
//! it. Rules look a bounded number of tokens ahead, so the whole pass is linear in the
//! text. The words the rules know (number words, months, units, currencies) are text tables
//! beside this file (see `tables`). Each family has a fixed confidence (`CONFIDENCE`),
//! higher for unambiguous patterns ("3.5%", "2024-05-03") than for guesses ("one", a bare
//! four-digit number read as a year).
//!
//! Values: dates are ISO 8601 prefixes of every day they name ("2024-05", "2014", "199" for
//! the 1990s, "18" for the 19th century) and absent when relative ("last week") or without a
//! year ("Jan. 20"); times are "HH:MM" on a 24-hour clock, in the zone the text names;
//! money is `{amount, currency}` with an ISO 4217 code; quantities are `{amount, unit}`.
//!
//! Limits: English only. A bare "$" is read as US dollars and "¥" as yen. "May", "March",
//! "April", "June" and "August" are months only with a day, a year or a cue word beside them
//! ("in May"), so "Theresa May" and "they may leave" stay untagged, and so does a month in
//! a text written all in lower case. Four-digit numbers from 1500 to 2099 (from 1000 after a
//! cue such as "in") are read as years unless a count word is beside them ("about 2000",
//! "2000 people"). Fractions, negative numbers and ranges of amounts ("$5-10 million") are
//! not read; a score or range of plain numbers ("2-1", "10-15") is a cardinal without a
//! value. Names that hold numbers ("Euro 96", "Boeing 737") give numeric mentions here;
//! [`crate::entity::mentions`] lets the name tagger's longer span win.

mod amount;
mod count;
mod date;
mod date_digits;
mod found;
mod numeral;
mod relative;
mod tables;
mod time;
mod view;
mod year;

use crate::mention::{Mention, MentionType, Value};
use crate::segment::{Document, TokenKind};
use found::Found;
use view::View;

/// The numeric and temporal mentions of `document`, in text order, without overlaps.
///
/// ```
/// use newslens::entity::{MentionType, Value};
/// use newslens::numeric;
///
/// let document = newslens::Document::new("Kyiv got $1.2 billion in May 2024.");
/// let mentions = numeric::mentions(&document);
/// assert_eq!(mentions[0].text, "$1.2 billion");
/// assert_eq!(mentions[0].value, Some(Value::Money { amount: 1.2e9, currency: "USD".into() }));
/// assert_eq!(mentions[1].kind, MentionType::Date);
/// assert_eq!(mentions[1].value, Some(Value::Text("2024-05".into())));
/// ```
pub fn mentions(document: &Document<'_>) -> Vec<Mention> {
    let mut view = View::new(document);
    let mut found = Vec::new();
    for sentence in &document.sentences {
        view.focus(sentence.tokens.clone());
        let tokens = view.sentence();
        let mut at = tokens.start;
        while at < tokens.end {
            match best(&view, at) {
                Some(best) if best.end > at && best.end <= tokens.end => {
                    if let Some(mention) = mention(&view, at, best.end, best.kind, best.value, best.confidence) {
                        found.push(mention);
                    }
                    at = best.end;
                }
                _ => at += 1,
            }
        }
    }
    found
}

/// The longest mention that starts at token `at`; the earlier rule wins a tie.
fn best(view: &View<'_>, at: usize) -> Option<Found> {
    if !may_start(view, at) {
        return None;
    }
    let count = count::count_at(view, at);
    let count = count.as_ref();
    let candidates = [
        time::clock(view, at, count),
        time::part_of_day(view, at),
        date::absolute(view, at),
        relative::relative(view, at),
        relative::duration(view, at, count),
        amount::money(view, at, count),
        amount::percent(view, at, count),
        amount::quantity(view, at, count),
        count::ordinal(view, at),
        count::pair(view, at),
        count.and_then(|count| count::cardinal(view, at, count)),
    ];
    let mut best: Option<Found> = None;
    for candidate in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| candidate.end > b.end) {
            best = Some(candidate);
        }
    }
    best
}

/// Whether any rule could start a mention at token `at`: a cheap test that skips most words.
fn may_start(view: &View<'_>, at: usize) -> bool {
    match view.kind(at) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            let lower = view.lower(at);
            tables::TABLES.starters.contains(lower)
                || lower.contains('-')
                || tables::TABLES.currency_codes.contains_key(view.raw(at))
                || view.raw(at + 1) == "$"
        }
        Some(TokenKind::Punct) => matches!(view.raw(at), "'" | "\u{2019}"),
        Some(TokenKind::Symbol) => tables::TABLES.currency_symbols.contains_key(view.raw(at)),
        _ => false,
    }
}

fn mention(
    view: &View<'_>,
    first: usize,
    end: usize,
    kind: MentionType,
    value: Option<Value>,
    confidence: f32,
) -> Option<Mention> {
    let (start, stop) = view.span(first, end)?;
    Some(Mention {
        start,
        end: stop,
        text: view.text().get(start..stop)?.to_string(),
        kind,
        confidence,
        value,
        entity: None,
        sentiment: None,
    })
}

/// The mentions of `text` as `text|type|value`, for the unit tests of every rule file.
#[cfg(test)]
fn described(text: &str) -> Vec<String> {
    mentions(&Document::new(text))
        .iter()
        .map(|m| {
            let kind = format!("{:?}", m.kind).to_lowercase();
            let value = match &m.value {
                None => String::new(),
                Some(Value::Number(n)) => format!("|{n}"),
                Some(Value::Text(t)) => format!("|{t}"),
                Some(Value::Money { amount, currency }) => format!("|{amount} {currency}"),
                Some(Value::Quantity { amount, unit }) => format!("|{amount} {unit}"),
            };
            format!("{}|{kind}{value}", m.text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_reading_wins() {
        assert_eq!(described("It took 2 million years."), ["2 million years|date"]);
        assert_eq!(described("They paid 2 million dollars."), ["2 million dollars|money|2000000 USD"]);
    }

    #[test]
    fn mentions_stop_at_sentence_ends() {
        assert_eq!(described("It rose 5. Percent figures came later."), ["5|cardinal|5"]);
    }

    #[test]
    fn empty_and_odd_texts_give_nothing() {
        assert!(described("").is_empty());
        assert!(described("  \n\n ").is_empty());
        assert!(described("🙂 — …").is_empty());
    }
}
