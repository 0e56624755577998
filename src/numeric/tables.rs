//! The word tables behind the numeric rules: number words, calendar words, units and
//! currencies, kept as reviewable text files beside this one and parsed once on first use.
//!
//! Each file has one entry a line, `table phrase = value`, with `#` comments. A malformed line
//! is skipped, never a panic; a unit test keeps every committed line well-formed.

use crate::hash::{FastMap, FastSet};
use std::sync::LazyLock;

use super::view::View;
use crate::mention::MentionType;

const NUMBERS: &str = include_str!("numbers.txt");
const CALENDAR: &str = include_str!("calendar.txt");
const UNITS: &str = include_str!("units.txt");
const CURRENCIES: &str = include_str!("currencies.txt");

/// How a month name may be read as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthForm {
    /// A date on its own when capitalised: "January".
    Full,
    /// Also an everyday word or a name: "May", "March", "June".
    Ambiguous,
    /// "Jan.", "Sept": only before a day or a year.
    Abbreviation,
}

/// Phrases of one or more lower-case tokens, found longest first.
#[derive(Debug)]
pub struct Phrases<T> {
    by_first: FastMap<&'static str, Vec<(Vec<&'static str>, T)>>,
}

impl<T> Phrases<T> {
    fn new() -> Phrases<T> {
        Phrases { by_first: FastMap::default() }
    }

    fn insert(&mut self, words: Vec<&'static str>, value: T) {
        if let Some(first) = words.first() {
            let entries = self.by_first.entry(first).or_default();
            let rest = words[1..].to_vec();
            // Longest first, so that the first match is the longest.
            let at = entries.iter().position(|(other, _)| other.len() < rest.len()).unwrap_or(entries.len());
            entries.insert(at, (rest, value));
        }
    }

    /// The longest phrase starting at token `at`: the token index after it, and its value.
    #[inline(never)]
    pub fn longest(&self, view: &View<'_>, at: usize) -> Option<(usize, &T)> {
        let entries = self.by_first.get(view.lower(at))?;
        entries.iter().find_map(|(rest, value)| {
            let matches = rest.iter().enumerate().all(|(k, word)| view.lower(at + 1 + k) == *word);
            matches.then_some((at + 1 + rest.len(), value))
        })
    }

    /// The value of a one-token phrase.
    pub fn single(&self, word: &str) -> Option<&T> {
        self.by_first.get(word)?.iter().find_map(|(rest, value)| rest.is_empty().then_some(value))
    }
}

/// Every table, parsed.
#[derive(Debug)]
pub struct Tables {
    pub cardinals: FastMap<&'static str, f64>,
    pub ordinals: FastMap<&'static str, f64>,
    pub multipliers: FastMap<&'static str, f64>,
    pub scales: FastMap<&'static str, f64>,
    pub short_scales: FastMap<&'static str, f64>,
    pub money_scales: FastMap<&'static str, f64>,
    pub vague: FastSet<&'static str>,
    pub quantifiers: FastSet<&'static str>,
    pub percent: Phrases<()>,

    pub months: FastMap<&'static str, (u32, MonthForm)>,
    pub weekdays: FastSet<&'static str>,
    pub seasons: FastSet<&'static str>,
    pub holidays: Phrases<()>,
    pub relative_days: FastMap<&'static str, MentionType>,
    pub deictics: FastSet<&'static str>,
    pub periods: FastSet<&'static str>,
    pub durations: FastMap<&'static str, MentionType>,
    pub parts_of_day: FastSet<&'static str>,
    pub meridiems: FastMap<&'static str, bool>,
    pub zones: FastSet<&'static str>,
    pub date_cues: FastSet<&'static str>,
    pub weak_date_cues: FastSet<&'static str>,
    pub year_cues: FastSet<&'static str>,
    pub count_cues: FastSet<&'static str>,
    pub count_nouns: FastSet<&'static str>,
    pub pronoun_before: FastSet<&'static str>,

    pub units: Phrases<&'static str>,
    pub currency_symbols: FastMap<&'static str, &'static str>,
    pub currency_codes: FastMap<&'static str, &'static str>,
    pub currency_names: Phrases<(&'static str, f64)>,

    /// Every lower-case word a mention can start with, besides numbers, hyphenated words,
    /// apostrophes and currency codes: lets the reader skip most tokens at once.
    pub starters: FastSet<&'static str>,

    /// Lines that did not parse, as `file:line`; empty for the committed tables.
    pub errors: Vec<String>,
}

/// The tables, parsed on first use.
pub static TABLES: LazyLock<Tables> = LazyLock::new(Tables::parse);

impl Tables {
    fn parse() -> Tables {
        let mut tables = Tables {
            cardinals: FastMap::default(),
            ordinals: FastMap::default(),
            multipliers: FastMap::default(),
            scales: FastMap::default(),
            short_scales: FastMap::default(),
            money_scales: FastMap::default(),
            vague: FastSet::default(),
            quantifiers: FastSet::default(),
            percent: Phrases::new(),
            months: FastMap::default(),
            weekdays: FastSet::default(),
            seasons: FastSet::default(),
            holidays: Phrases::new(),
            relative_days: FastMap::default(),
            deictics: FastSet::default(),
            periods: FastSet::default(),
            durations: FastMap::default(),
            parts_of_day: FastSet::default(),
            meridiems: FastMap::default(),
            zones: FastSet::default(),
            date_cues: FastSet::default(),
            weak_date_cues: FastSet::default(),
            year_cues: FastSet::default(),
            count_cues: FastSet::default(),
            count_nouns: FastSet::default(),
            pronoun_before: FastSet::default(),
            units: Phrases::new(),
            currency_symbols: FastMap::default(),
            currency_codes: FastMap::default(),
            currency_names: Phrases::new(),
            starters: FastSet::default(),
            errors: Vec::new(),
        };
        for (file, source) in
            [("numbers.txt", NUMBERS), ("calendar.txt", CALENDAR), ("units.txt", UNITS), ("currencies.txt", CURRENCIES)]
        {
            for (number, line) in source.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if tables.add(line).is_none() {
                    tables.errors.push(format!("{file}:{}: {line}", number + 1));
                }
            }
        }
        tables.starters = tables.collect_starters();
        tables
    }

    fn collect_starters(&self) -> FastSet<&'static str> {
        let mut starters: FastSet<&'static str> = FastSet::default();
        starters.extend([
            "a", "an", "the", "early", "late", "mid", "earlier", "later", "tens", "noon", "midday", "midnight",
        ]);
        starters.extend(["q1", "q2", "q3", "q4"]);
        starters.extend(self.cardinals.keys());
        starters.extend(self.ordinals.keys());
        starters.extend(self.multipliers.keys());
        starters.extend(self.scales.keys());
        starters.extend(self.vague.iter());
        starters.extend(self.quantifiers.iter());
        starters.extend(self.months.keys());
        starters.extend(self.weekdays.iter());
        starters.extend(self.seasons.iter());
        starters.extend(self.holidays.by_first.keys());
        starters.extend(self.relative_days.keys());
        starters.extend(self.deictics.iter());
        starters
    }

    /// Adds one entry; `None` if the line is malformed.
    fn add(&mut self, line: &'static str) -> Option<()> {
        let (left, value) = match line.split_once(" = ") {
            Some((left, value)) => (left, Some(value.trim())),
            None => (line, None),
        };
        let mut words = left.split_whitespace();
        let table = words.next()?;
        let phrase: Vec<&'static str> = words.collect();
        let word = match phrase.as_slice() {
            [word] => Some(*word),
            _ => None,
        };
        // Whole numbers only: reading decimals would add a float parser to the download.
        let number = || value.and_then(|v| v.parse::<u64>().ok()).map(|n| n as f64);
        let kind = || match value {
            Some("date") => Some(MentionType::Date),
            Some("time") => Some(MentionType::Time),
            _ => None,
        };
        match table {
            "cardinal" => insert(&mut self.cardinals, word?, number()?)?,
            "ordinal" => insert(&mut self.ordinals, word?, number()?)?,
            "multiplier" => insert(&mut self.multipliers, word?, number()?)?,
            "scale" => insert(&mut self.scales, word?, number()?)?,
            "short-scale" => insert(&mut self.short_scales, word?, number()?)?,
            "money-scale" => insert(&mut self.money_scales, word?, number()?)?,
            "vague" => self.vague.insert(word?).then_some(())?,
            "quantifier" => self.quantifiers.insert(word?).then_some(())?,
            "percent" if !phrase.is_empty() => self.percent.insert(phrase, ()),
            "month" | "ambiguous-month" | "month-abbreviation" => {
                let month = value?.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
                let form = match table {
                    "month" => MonthForm::Full,
                    "ambiguous-month" => MonthForm::Ambiguous,
                    _ => MonthForm::Abbreviation,
                };
                insert(&mut self.months, word?, (month, form))?
            }
            "weekday" => self.weekdays.insert(word?).then_some(())?,
            "season" => self.seasons.insert(word?).then_some(())?,
            "holiday" if !phrase.is_empty() => self.holidays.insert(phrase, ()),
            "relative-day" => insert(&mut self.relative_days, word?, kind()?)?,
            "deictic" => self.deictics.insert(word?).then_some(())?,
            "period" => self.periods.insert(word?).then_some(())?,
            "duration" => insert(&mut self.durations, word?, kind()?)?,
            "part-of-day" => self.parts_of_day.insert(word?).then_some(())?,
            "meridiem" => {
                let pm = match value? {
                    "am" => false,
                    "pm" => true,
                    _ => return None,
                };
                insert(&mut self.meridiems, word?, pm)?
            }
            "zone" => self.zones.insert(word?).then_some(())?,
            "date-cue" => self.date_cues.insert(word?).then_some(())?,
            "weak-date-cue" => self.weak_date_cues.insert(word?).then_some(())?,
            "year-cue" => self.year_cues.insert(word?).then_some(())?,
            "count-cue" => self.count_cues.insert(word?).then_some(())?,
            "count-noun" => self.count_nouns.insert(word?).then_some(())?,
            "pronoun-before" => self.pronoun_before.insert(word?).then_some(())?,
            "unit" if !phrase.is_empty() => self.units.insert(phrase, value?),
            "symbol" => insert(&mut self.currency_symbols, word?, value?)?,
            "code" => insert(&mut self.currency_codes, word?, value?)?,
            "name" if !phrase.is_empty() => {
                let mut parts = value?.split_whitespace();
                let code = parts.next()?;
                let factor = match parts.next() {
                    Some(subunits) => 1.0 / subunits.parse::<u64>().ok().filter(|&n| n > 0)? as f64,
                    None => 1.0,
                };
                self.currency_names.insert(phrase, (code, factor));
            }
            _ => return None,
        }
        Some(())
    }
}

/// Inserts a new key; `None` if the key was already there (a duplicate line is an error).
fn insert<V>(map: &mut FastMap<&'static str, V>, key: &'static str, value: V) -> Option<()> {
    map.insert(key, value).is_none().then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_committed_table_line_parses() {
        assert_eq!(TABLES.errors, Vec::<String>::new());
    }

    #[test]
    fn tables_hold_what_the_rules_expect() {
        assert_eq!(TABLES.cardinals.get("twenty"), Some(&20.0));
        assert_eq!(TABLES.months.get("may"), Some(&(5, MonthForm::Ambiguous)));
        assert_eq!(TABLES.months.get("sept."), Some(&(9, MonthForm::Abbreviation)));
        assert_eq!(TABLES.currency_symbols.get("US$"), Some(&"USD"));
        assert_eq!(TABLES.units.single("km"), Some(&"km"));
    }
}
