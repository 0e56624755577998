//! Amounts: money ("$1.2 billion", "US$5 million", "€300", "£2.5bn", "10 million euros",
//! "USD 5 million", "billions of dollars"), percentages ("3.5%", "12 percent", "40 per
//! cent", "two percentage points") and quantities ("40 km", "10 kilometres", "3.2 tons",
//! "20°C", "30mph"). Values: money `{amount, currency}` (ISO 4217), a percentage its number,
//! a quantity `{amount, unit}` with the unit in its usual symbol.

use super::count::{scale_words, Count};
use super::found::{Found, CONFIDENCE};
use super::numeral::{numeral, Numeral};
use super::tables::TABLES;
use super::view::View;
use crate::mention::{MentionType, Value};
use crate::segment::TokenKind;

fn money_found(end: usize, amount: Option<f64>, currency: &str, confidence: f32) -> Option<Found> {
    Some(Found {
        end,
        kind: MentionType::Money,
        value: amount.map(|amount| Value::Money { amount, currency: currency.to_string() }),
        confidence,
    })
}

/// Money: a currency symbol on the number, a currency code before it, or a currency name or
/// code after a count.
pub fn money(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    symbol(view, at).or_else(|| code_first(view, at)).or_else(|| named(view, count?))
}

/// "$1.2 billion", "US$5 million", "€300", "£2.5bn", "$5m", and "$US118.70" (which splits
/// into "$" and "US118.70").
fn symbol(view: &View<'_>, at: usize) -> Option<Found> {
    let (number_at, currency) = if view.raw(at) == "$" && view.touches_next(at) {
        let number = numeral(view.raw(at + 1))?;
        (at + 1, TABLES.currency_symbols.get(format!("{}$", number.prefix).as_str())?)
    } else if view.raw(at + 1) == "$" && view.touches_next(at) && view.kind(at + 2) == Some(TokenKind::Number) {
        // "C$ 0.45", with a space, which splits into "C", "$" and "0.45".
        let currency = TABLES.currency_symbols.get(format!("{}$", view.raw(at)).as_str())?;
        numeral(view.raw(at + 2)).filter(|n| n.prefix.is_empty())?;
        (at + 2, currency)
    } else if view.raw(at).chars().count() == 1 && view.kind(at + 1) == Some(TokenKind::Number) {
        // "$ 20,850", with a space, as tokenized corpora write it.
        let currency = TABLES.currency_symbols.get(view.raw(at))?;
        numeral(view.raw(at + 1)).filter(|n| n.prefix.is_empty())?;
        (at + 1, currency)
    } else if view.kind(at) == Some(TokenKind::Number) {
        (at, TABLES.currency_symbols.get(numeral(view.raw(at))?.prefix)?)
    } else {
        return None;
    };
    let number = numeral(view.raw(number_at))?;
    let (end, amount) = amount_at(view, number_at, number)?;
    money_found(end, Some(amount), currency, CONFIDENCE.money_symbol)
}

/// The amount a numeral at `at` states in money, with what follows it: scale words
/// ("1.2 billion") or a scale suffix ("2.5bn", "5m", "300k"). The token after it, and the amount.
fn amount_at(view: &View<'_>, at: usize, number: Numeral<'_>) -> Option<(usize, f64)> {
    if number.suffix.is_empty() {
        let (end, scale) = scale_words(view, at + 1);
        return Some((end, number.scaled(scale)));
    }
    let suffix = number.suffix.to_ascii_lowercase();
    let suffix = suffix.as_str();
    let scale = TABLES.short_scales.get(suffix).or_else(|| TABLES.money_scales.get(suffix))?;
    Some((at + 1, number.scaled(*scale)))
}

/// "USD 5 million", "GBP 20m", "Rs 500 crore", "Rs. 500", "USD five million".
fn code_first(view: &View<'_>, at: usize) -> Option<Found> {
    let currency = TABLES.currency_codes.get(view.raw(at))?;
    let number_at = if view.raw(at + 1) == "." { at + 2 } else { at + 1 };
    let plain =
        numeral(view.raw(number_at)).filter(|n| n.prefix.is_empty() && view.kind(number_at) == Some(TokenKind::Number));
    let (end, amount) = match plain {
        Some(number) => amount_at(view, number_at, number)?,
        None => {
            let count = super::count::count_at(view, number_at)?;
            (count.end, count.value?)
        }
    };
    money_found(end, Some(amount), currency, CONFIDENCE.money_word)
}

/// "10 million euros", "5,000 dollars", "50 cents", "500 USD", "billions of dollars".
fn named(view: &View<'_>, count: &Count) -> Option<Found> {
    if let Some((end, &(currency, factor))) = TABLES.currency_names.longest(view, count.end) {
        return money_found(end, count.value.map(|v| v * factor), currency, CONFIDENCE.money_word);
    }
    let after = view.raw(count.end);
    // "500 USD", and "5 €" as written in much of Europe.
    let code = view.is_upper(count.end).then(|| TABLES.currency_codes.get(after)).flatten();
    let symbol = (after.chars().count() == 1).then(|| TABLES.currency_symbols.get(after)).flatten();
    if let Some(currency) = code.or(symbol) {
        return money_found(count.end + 1, count.value, currency, CONFIDENCE.money_word);
    }
    if count.value.is_none() && view.lower(count.end) == "of" {
        let (end, &(currency, _)) = TABLES.currency_names.longest(view, count.end + 1)?;
        return money_found(end, None, currency, CONFIDENCE.money_word);
    }
    None
}

/// Percentages: "3.5%", "12 percent", "40 per cent", "two percentage points".
pub fn percent(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    if view.kind(at) == Some(TokenKind::Number) {
        if let Some(number) = numeral(view.raw(at)).filter(|n| n.prefix.is_empty() && n.suffix == "%") {
            return Some(Found {
                end: at + 1,
                kind: MentionType::Percent,
                value: Some(Value::Number(number.value())),
                confidence: CONFIDENCE.percent_sign,
            });
        }
    }
    if let Some((low, high)) = view.raw(at).strip_suffix('%').and_then(|range| range.split_once('-')) {
        // "10-15%": a range, no value.
        let number = |part: &str| numeral(part).filter(|n| n.is_plain()).is_some();
        if number(low) && number(high) {
            return Some(Found {
                end: at + 1,
                kind: MentionType::Percent,
                value: None,
                confidence: CONFIDENCE.percent_sign,
            });
        }
    }
    let count = count?;
    let value = count.value?;
    let (end, _) = TABLES.percent.longest(view, count.end)?;
    let confidence = if view.raw(count.end) == "%" { CONFIDENCE.percent_sign } else { CONFIDENCE.percent_word };
    Some(Found { end, kind: MentionType::Percent, value: Some(Value::Number(value)), confidence })
}

/// Quantities: a count and a unit ("40 km", "3.2 tons", "20 °C"), a unit on the digits
/// ("40km", "30mph") or after a hyphen ("a 5-km run").
pub fn quantity(view: &View<'_>, at: usize, count: Option<&Count>) -> Option<Found> {
    let found = |end: usize, amount: f64, unit: &str| Found {
        end,
        kind: MentionType::Quantity,
        value: Some(Value::Quantity { amount, unit: unit.to_string() }),
        confidence: CONFIDENCE.quantity,
    };
    if view.kind(at) == Some(TokenKind::Number) {
        if let Some(number) = numeral(view.raw(at)).filter(|n| n.prefix.is_empty() && !n.suffix.is_empty()) {
            let suffix = number.suffix.to_lowercase();
            if let Some(unit) = TABLES.units.single(&suffix) {
                return Some(found(at + 1, number.value(), unit));
            }
        }
    }
    if let Some((number, unit)) = view.lower(at).split_once('-') {
        // "a 5-km run", "a 10-mile march"
        let amount = numeral(number).filter(|n| n.is_plain()).map(|n| n.value());
        let amount = amount.or_else(|| TABLES.cardinals.get(number).copied());
        if let Some((amount, unit)) = amount.zip(TABLES.units.single(unit)) {
            return Some(found(at + 1, amount, unit));
        }
    }
    let count = count?;
    let amount = count.value?;
    let (end, unit) = TABLES.units.longest(view, count.end)?;
    Some(found(end, amount, unit))
}

#[cfg(test)]
mod tests {
    use super::super::described;

    #[test]
    fn currency_symbols_and_suffixes_combine() {
        assert_eq!(described("£300k"), ["£300k|money|300000 GBP"]);
        assert_eq!(described("HK$4"), ["HK$4|money|4 HKD"]);
        assert_eq!(described("GBP 20m"), ["GBP 20m|money|20000000 GBP"]);
        assert_eq!(described("at $US118.70 a barrel"), ["$US118.70|money|118.7 USD"]);
        assert_eq!(described("5 € each"), ["5 €|money|5 EUR"]);
        assert_eq!(described("fined $ 20,850"), ["$ 20,850|money|20850 USD"]);
        assert_eq!(described("fell C$ 0.45"), ["C$ 0.45|money|0.45 CAD"]);
    }

    #[test]
    fn a_range_of_percentages_has_no_value() {
        assert_eq!(described("10-15%"), ["10-15%|percent"]);
    }

    #[test]
    fn pounds_are_weight_unless_sterling() {
        assert_eq!(described("5 pounds"), ["5 pounds|quantity|5 lb"]);
        assert_eq!(described("5 pounds sterling"), ["5 pounds sterling|money|5 GBP"]);
    }

    #[test]
    fn units_that_are_common_words_are_not_suffixes() {
        assert!(described("the 100m final").is_empty());
        assert_eq!(described("5G"), Vec::<String>::new());
    }
}
