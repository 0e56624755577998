//! Word classes for key-phrase candidates, without a part-of-speech tagger: stop words (from
//! `stopwords.txt`, and `vague.txt` unless capitalised), adjectives that only start phrases
//! (`modifiers.txt` plus suffix rules), verb forms (from `verbs.txt` plus suffix rules) and adverbs ("-ly").
//! Both lists are plain text embedded in the binary and parsed once.

use std::collections::HashSet;
use std::sync::LazyLock;

static STOP_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse(include_str!("stopwords.txt")));

static VAGUE: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(include_str!("vague.txt")));

static MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse(include_str!("modifiers.txt")));

static VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| parse(include_str!("verbs.txt")));

fn parse(list: &'static str) -> HashSet<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// What a lower-cased word can do in a key phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A function word or an empty word: breaks candidate phrases.
    Stop,
    /// Likely a verb or an adverb: may sit inside a phrase, never at either end.
    Inner,
    /// An adjective that may start a phrase but not end one or stand alone.
    Modifier,
    /// Anything else: nouns, adjectives, names.
    Content,
}

/// The class of `lower`, a lower-cased word token. `capitalised` is whether it was written
/// with a capital letter: suffix rules do not apply to names ("Reed", "Billing").
pub fn class(lower: &str, capitalised: bool) -> Class {
    if STOP_WORDS.contains(lower) || lower.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return Class::Stop;
    }
    if VAGUE.contains(lower) {
        return if capitalised { Class::Content } else { Class::Stop };
    }
    if VERBS.contains(lower) {
        return Class::Inner;
    }
    if !capitalised && lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ly")) {
        return Class::Inner;
    }
    if !capitalised
        && (MODIFIERS.contains(lower)
            || ["ous", "ful", "ical", "less"].iter().any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix)))
    {
        return Class::Modifier;
    }
    Class::Content
}

#[cfg(test)]
mod tests {
    use super::{class, Class};

    #[test]
    fn function_words_and_contractions_are_stop_words() {
        for word in ["the", "of", "would", "n't", "’s", "said", "mr"] {
            assert_eq!(class(word, false), Class::Stop, "{word}");
        }
    }

    #[test]
    fn past_tenses_and_adverbs_sit_only_inside_phrases() {
        assert_eq!(class("killed", false), Class::Inner);
        assert_eq!(class("fled", false), Class::Inner);
        assert_eq!(class("suddenly", false), Class::Inner);
        assert_eq!(class("reed", true), Class::Content);
        assert_eq!(class("bear", false), Class::Content);
    }

    #[test]
    fn adjectives_only_start_phrases() {
        assert_eq!(class("former", false), Class::Modifier);
        assert_eq!(class("outrageous", false), Class::Modifier);
        assert_eq!(class("senior", true), Class::Content);
    }

    #[test]
    fn vague_words_count_only_inside_names() {
        assert_eq!(class("new", false), Class::Stop);
        assert_eq!(class("new", true), Class::Content);
    }
}
