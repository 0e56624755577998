//! The curated tables behind alias merging, kept as reviewable text beside this file and
//! parsed once on first use: `words.txt` (titles, particles, suffixes, legal forms, generic
//! organization words) and `aliases.txt` (forms that name the same entity).
//!
//! Alias forms are read with the article's own tokenizer and normalisation ([`key_words`]),
//! so that "U.S." in the table and "U.S." in an article give the same key. A malformed line is
//! skipped, never a panic; a unit test keeps every committed line well-formed.

use crate::hash::{FastMap, FastSet};
use std::sync::LazyLock;

use crate::segment::{Document, TokenKind};

const WORDS: &str = include_str!("words.txt");
const ALIASES: &str = include_str!("aliases.txt");

/// The gender a title states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Unknown,
    Male,
    Female,
}

impl Gender {
    /// Whether two mentions could name the same person.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

#[derive(Debug, Default)]
pub struct Tables {
    pub titles: FastMap<String, Gender>,
    pub inner: FastSet<String>,
    pub particles: FastSet<String>,
    pub suffixes: FastSet<String>,
    pub corporate: FastSet<String>,
    pub generic: FastSet<String>,
    /// Key of a form → key of its entity's first form ("us" → "united states").
    pub aliases: FastMap<String, String>,
}

pub static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut tables = Tables::default();
    for line in lines(WORDS) {
        let mut fields = line.split_whitespace();
        let (Some(table), Some(word)) = (fields.next(), fields.next()) else { continue };
        let word = word.to_string();
        match table {
            "title" => {
                let gender = match fields.next() {
                    Some("m") => Gender::Male,
                    Some("f") => Gender::Female,
                    _ => Gender::Unknown,
                };
                tables.titles.insert(word, gender);
            }
            "inner" => _ = tables.inner.insert(word),
            "particle" => _ = tables.particles.insert(word),
            "suffix" => _ = tables.suffixes.insert(word),
            "corporate" => _ = tables.corporate.insert(word),
            "generic" => _ = tables.generic.insert(word),
            _ => {}
        }
    }
    for line in lines(ALIASES) {
        let mut keys = line.split('|').map(|form| phrase_key(form.trim())).filter(|k| !k.is_empty());
        let Some(first) = keys.next() else { continue };
        tables.aliases.insert(first.clone(), first.clone());
        for key in keys {
            tables.aliases.entry(key).or_insert_with(|| first.clone());
        }
    }
    tables
});

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// A word as names are compared: its normalized form (see [`crate::segment::form`]) without
/// periods, so that "U.S." is "us".
pub fn word_key(norm: &str) -> String {
    norm.chars().filter(|&c| c != '.').collect()
}

/// Whether a token takes part in a name's key: words and numbers ("Group of 20"), not
/// punctuation.
pub fn is_name_token(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Word | TokenKind::Number)
}

/// The normalised words of a table phrase, read with the article tokenizer, without a
/// leading "the".
pub fn key_words(phrase: &str) -> Vec<String> {
    let document = Document::new(phrase);
    let mut words: Vec<String> = (0..document.tokens.len())
        .filter(|&i| is_name_token(document.tokens[i].kind))
        .map(|i| word_key(document.norm(i)))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

fn phrase_key(phrase: &str) -> String {
    key_words(phrase).join(" ")
}

/// The key of an entity named by `key`: its alias class where the table has one.
pub fn class(key: String) -> String {
    match TABLES.aliases.get(&key) {
        Some(first) => first.clone(),
        None => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_committed_line_is_well_formed() {
        let tables = ["title", "inner", "particle", "suffix", "corporate", "generic"];
        for line in lines(WORDS) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            assert!(matches!(fields.len(), 2 | 3) && tables.contains(&fields[0]), "{line}");
            assert_eq!(fields[1], word_key(&crate::segment::normalize(fields[1])), "{line}");
            assert!(fields.len() == 2 || (fields[0] == "title" && matches!(fields[2], "m" | "f")), "{line}");
        }
        for line in lines(ALIASES) {
            assert!(line.split('|').all(|form| !phrase_key(form.trim()).is_empty()), "{line}");
        }
    }

    #[test]
    fn short_forms_key_to_the_first_form() {
        assert_eq!(class("us".into()), "united states");
        assert_eq!(class("united states of america".into()), "united states");
        assert_eq!(class("britain".into()), "united kingdom");
        assert_eq!(class("nato".into()), "north atlantic treaty organization");
        assert_eq!(class("kyiv".into()), "kyiv");
    }

    #[test]
    fn table_phrases_read_like_article_text() {
        assert_eq!(key_words("the U.S."), ["us"]);
        assert_eq!(key_words("People's Republic of China"), ["people", "'s", "republic", "of", "china"]);
        assert_eq!(TABLES.titles.get("mrs"), Some(&Gender::Female));
    }
}
