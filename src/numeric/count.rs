//! Counts, cardinals and ordinals. A count is a number over one or more tokens, in digits
//! ("137,000", "1.5 million", "2bn"), in words ("three hundred and twenty", "a dozen",
//! "twenty-five") or vague ("dozens", "tens of thousands", "several hundred"); the money,
//! percent, quantity and duration rules build on it, and what none of them claims is a
//! cardinal. A score or range ("2-1", "10-15") is a cardinal without a value. Ordinals are
//! one token: "21st", "second", "twenty-first", "second-largest".
//!
//! Limits: fractions ("two-thirds", "1/2") and negative numbers are not read; "one" after
//! "no", "the", "this" and the like is taken for a pronoun, elsewhere for a number ("one of
//! them" is a cardinal).

use super::found::{Found, CONFIDENCE};
use super::numeral::{is_ordinal_suffix, numeral};
use super::tables::TABLES;
use super::view::View;
use crate::mention::{MentionType, Value};
use crate::segment::TokenKind;

/// The most tokens a number in words may span: "three hundred and twenty-five thousand ...".
const MAX_WORDS: usize = 12;

/// How a count was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Digits,
    Words,
    Vague,
}

/// A number over tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Count {
    pub end: usize,
    /// `None` for vague counts.
    pub value: Option<f64>,
    pub form: Form,
}

/// The longest count starting at token `at`.
#[inline(never)]
pub fn count_at(view: &View<'_>, at: usize) -> Option<Count> {
    digits(view, at).or_else(|| words(view, at)).or_else(|| vague(view, at))
}

fn digits(view: &View<'_>, at: usize) -> Option<Count> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let number = numeral(view.raw(at))?;
    if !number.prefix.is_empty() {
        return None;
    }
    if number.suffix.is_empty() {
        let (end, scale) = scale_words(view, at + 1);
        return Some(Count { end, value: Some(number.scaled(scale)), form: Form::Digits });
    }
    let suffix = number.suffix.to_ascii_lowercase();
    let scale = match TABLES.short_scales.get(suffix.as_str()) {
        Some(&scale) => scale,
        // "1.5m people" is a million; "100m" alone is more often metres, so it is left alone.
        None if suffix == "m" && number.decimals > 0 => 1e6,
        None => return None,
    };
    Some(Count { end: at + 1, value: Some(number.scaled(scale)), form: Form::Digits })
}

/// The scale words after a number in digits ("million", "hundred thousand", "bn"): the token
/// after them and the factor they multiply by (1 when there are none).
pub fn scale_words(view: &View<'_>, at: usize) -> (usize, f64) {
    let mut end = at;
    let mut scale = 1.0;
    if let Some(&multiplier) = TABLES.multipliers.get(view.lower(end)) {
        scale *= multiplier;
        end += 1;
    }
    let word = view.lower(end);
    if let Some(&factor) = TABLES.scales.get(word).or_else(|| TABLES.short_scales.get(word)) {
        scale *= factor;
        end += 1;
    }
    (end, scale)
}

/// What the previous word of a number in words was.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Article,
    Unit,
    Tens,
    Multiplier,
    Scale,
    And,
}

fn words(view: &View<'_>, at: usize) -> Option<Count> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::Start;
    let mut last_scale = f64::INFINITY;
    let mut end = at;
    while end < at + MAX_WORDS {
        let word = view.lower(end);
        let next = view.lower(end + 1);
        let next_multiplies = TABLES.multipliers.contains_key(next) || TABLES.scales.contains_key(next);
        if (word == "a" || word == "an") && last == Last::Start && next_multiplies {
            current = 1.0;
            last = Last::Article;
        } else if word == "and" && matches!(last, Last::Multiplier | Last::Scale) && word_value(next).is_some() {
            last = Last::And;
        } else if let Some((value, tens)) = word_value(word) {
            let fits = match last {
                Last::Start | Last::Multiplier | Last::Scale | Last::And => true,
                Last::Tens => value < 10.0,
                Last::Article | Last::Unit => false,
            };
            if !fits {
                break;
            }
            current += value;
            last = if tens { Last::Tens } else { Last::Unit };
        } else if let Some(&multiplier) = TABLES.multipliers.get(word) {
            if !matches!(last, Last::Unit | Last::Tens | Last::Article) || current >= 100.0 {
                break;
            }
            current *= multiplier;
            last = Last::Multiplier;
        } else if let Some(&scale) = TABLES.scales.get(word) {
            if !matches!(last, Last::Unit | Last::Tens | Last::Article | Last::Multiplier) || scale >= last_scale {
                break;
            }
            total += current * scale;
            current = 0.0;
            last_scale = scale;
            last = Last::Scale;
        } else {
            break;
        }
        end += 1;
    }
    (end > at && last != Last::Article).then_some(Count { end, value: Some(total + current), form: Form::Words })
}

/// The value of a number word below one hundred ("seven", "forty", "twenty-five") and
/// whether it is a bare multiple of ten that a unit may follow.
fn word_value(word: &str) -> Option<(f64, bool)> {
    if let Some(&value) = TABLES.cardinals.get(word) {
        return Some((value, value >= 20.0));
    }
    let (tens, unit) = word.split_once('-')?;
    let tens = *TABLES.cardinals.get(tens)?;
    let unit = *TABLES.cardinals.get(unit)?;
    (tens >= 20.0 && tens % 10.0 == 0.0 && (1.0..10.0).contains(&unit)).then_some((tens + unit, false))
}

fn vague(view: &View<'_>, at: usize) -> Option<Count> {
    let word = view.lower(at);
    let of_more = |from: usize| view.lower(from) == "of" && TABLES.vague.contains(view.lower(from + 1));
    let end = if word == "tens" && of_more(at + 1) {
        at + 3
    } else if TABLES.vague.contains(word) {
        if of_more(at + 1) {
            at + 3
        } else {
            at + 1
        }
    } else {
        let after = if word == "a" && view.lower(at + 1) == "few" {
            at + 2
        } else if TABLES.quantifiers.contains(word) {
            at + 1
        } else {
            return None;
        };
        let next = view.lower(after);
        if TABLES.multipliers.contains_key(next) || TABLES.scales.contains_key(next) || TABLES.vague.contains(next) {
            let (end, _) = scale_words(view, after);
            end.max(after + 1)
        } else {
            return None;
        }
    };
    Some(Count { end, value: None, form: Form::Vague })
}

/// A cardinal: a count that no other rule claimed.
pub fn cardinal(view: &View<'_>, at: usize, count: &Count) -> Option<Found> {
    let confidence = match count.form {
        // "1/2", "24/7", "9/11": fractions and names, not counts.
        Form::Digits if slash_beside(view, at) => return None,
        Form::Digits => CONFIDENCE.digits,
        Form::Words if view.lower(at) == "one" && count.end == at + 1 => {
            let after = view.lower(at + 1);
            if TABLES.pronoun_before.contains(view.before(at)) || after == "another" || after == "'s" {
                return None;
            }
            CONFIDENCE.one
        }
        Form::Words => CONFIDENCE.words,
        Form::Vague => CONFIDENCE.vague,
    };
    Some(Found { end: count.end, kind: MentionType::Cardinal, value: count.value.map(Value::Number), confidence })
}

fn slash_beside(view: &View<'_>, at: usize) -> bool {
    let before = at.checked_sub(1).is_some_and(|b| view.raw(b) == "/" && view.touches_next(b));
    let after = view.raw(at + 1) == "/" && view.touches_next(at);
    before || after
}

/// Two numbers joined by a hyphen, a score or a range: "2-1", "10-15" (no value).
pub fn pair(view: &View<'_>, at: usize) -> Option<Found> {
    if view.kind(at) != Some(TokenKind::Number) {
        return None;
    }
    let (first, second) = view.raw(at).split_once('-')?;
    let digits = |part: &str| (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    (digits(first) && digits(second)).then_some(Found {
        end: at + 1,
        kind: MentionType::Cardinal,
        value: None,
        confidence: CONFIDENCE.vague,
    })
}

/// An ordinal: "21st", "second", "twenty-first".
pub fn ordinal(view: &View<'_>, at: usize) -> Option<Found> {
    let whole_numeral = view.kind(at) == Some(TokenKind::Number) && !view.raw(at).contains('-');
    let (value, confidence) = if whole_numeral {
        let number = numeral(view.raw(at))?;
        let ok = number.prefix.is_empty() && number.decimals == 0 && is_ordinal_suffix(number.mantissa, number.suffix);
        (ok.then_some(number.mantissa as f64)?, CONFIDENCE.digits_ordinal)
    } else {
        let word = view.lower(at);
        let value = ordinal_word(word).or_else(|| {
            // "second-largest", "first-ever": the rank is the first part.
            let (rank, rest) = word.split_once('-')?;
            let rest_is_word = !rest.is_empty() && rest.chars().all(|c| c.is_alphabetic() || c == '-');
            let rank = TABLES.ordinals.get(rank).copied().or_else(|| {
                let number = numeral(rank)?;
                let ok = number.prefix.is_empty()
                    && number.decimals == 0
                    && is_ordinal_suffix(number.mantissa, number.suffix);
                ok.then_some(number.mantissa as f64)
            });
            rank.filter(|_| rest_is_word)
        })?;
        (value, CONFIDENCE.words)
    };
    Some(Found { end: at + 1, kind: MentionType::Ordinal, value: Some(Value::Number(value)), confidence })
}

/// The value of an ordinal word: "third", "twenty-first".
pub fn ordinal_word(word: &str) -> Option<f64> {
    if let Some(&value) = TABLES.ordinals.get(word) {
        return Some(value);
    }
    let (tens, unit) = word.split_once('-')?;
    let tens = *TABLES.cardinals.get(tens)?;
    let unit = *TABLES.ordinals.get(unit)?;
    (tens >= 20.0 && tens % 10.0 == 0.0 && unit < 10.0).then_some(tens + unit)
}

/// The value of an ordinal in digits or words, for "the 19th century" and "the 20th of May".
pub fn ordinal_at(view: &View<'_>, at: usize) -> Option<u64> {
    let found = ordinal(view, at)?;
    match found.value {
        Some(Value::Number(value)) if value >= 1.0 => Some(value as u64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::described;

    #[test]
    fn number_words_add_up() {
        assert_eq!(
            described("three hundred and twenty-five thousand"),
            ["three hundred and twenty-five thousand|cardinal|325000"]
        );
        assert_eq!(described("a million"), ["a million|cardinal|1000000"]);
        assert_eq!(described("twenty five"), ["twenty five|cardinal|25"]);
    }

    #[test]
    fn number_words_that_do_not_combine_stay_apart() {
        assert_eq!(described("one two"), ["one|cardinal|1", "two|cardinal|2"]);
        assert_eq!(described("a man"), Vec::<String>::new());
    }

    #[test]
    fn scales_after_digits_multiply_exactly() {
        assert_eq!(described("1.2 billion"), ["1.2 billion|cardinal|1200000000"]);
        assert_eq!(described("2bn"), ["2bn|cardinal|2000000000"]);
    }

    #[test]
    fn one_as_a_pronoun_is_left_alone() {
        assert!(described("No one came, not even the one who called.").is_empty());
        assert_eq!(described("One died."), ["One|cardinal|1"]);
    }

    #[test]
    fn ordinals_need_the_right_suffix() {
        assert_eq!(described("21st 22nd 23rd"), ["21st|ordinal|21", "22nd|ordinal|22", "23rd|ordinal|23"]);
        assert!(described("21th").is_empty());
        assert_eq!(described("twenty-first"), ["twenty-first|ordinal|21"]);
        assert_eq!(
            described("the second-largest and 4th-biggest"),
            ["second-largest|ordinal|2", "4th-biggest|ordinal|4"]
        );
    }
}
