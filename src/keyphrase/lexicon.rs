//! Word classes for key-phrase candidates, without a part-of-speech tagger: stop words (from
//! `stopwords.txt`, and `vague.txt` unless capitalised), adjectives that only start phrases
//! (`modifiers.txt` plus suffix rules), verb forms (from `verbs.txt` plus suffix rules) and adverbs ("-ly").
//! Both lists are plain text embedded in the binary and parsed once.

use std::sync::LazyLock;

use crate::hash::FastMap;

/// The list a word comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Stop,
    Vague,
    Modifier,
    Verb,
}

/// Every listed word, with the first list that names it.
static LISTS: LazyLock<FastMap<&'static str, List>> = LazyLock::new(|| {
    let mut words = FastMap::default();
    for (list, text) in [
        (List::Stop, include_str!("stopwords.txt")),
        (List::Vague, include_str!("vague.txt")),
        (List::Modifier, include_str!("modifiers.txt")),
        (List::Verb, include_str!("verbs.txt")),
    ] {
        for word in text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')) {
            words.entry(word).or_insert(list);
        }
    }
    words
});

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
    if lower.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return Class::Stop;
    }
    class_listed(lower, LISTS.get(lower).copied(), capitalised)
}

/// The class of `lower` written in lower case and written with a capital: [`class`] twice, with
/// one look-up.
pub fn classes(lower: &str) -> (Class, Class) {
    if lower.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return (Class::Stop, Class::Stop);
    }
    let listed = LISTS.get(lower).copied();
    (class_listed(lower, listed, false), class_listed(lower, listed, true))
}

fn class_listed(lower: &str, listed: Option<List>, capitalised: bool) -> Class {
    let adjective_suffix =
        || ["ous", "ful", "ical", "less"].iter().any(|s| lower.len() > s.len() + 2 && lower.ends_with(s));
    match (listed, capitalised) {
        (Some(List::Stop), _) | (Some(List::Vague), false) => Class::Stop,
        (Some(List::Verb), _) => Class::Inner,
        (None, _) if is_particle(lower) => Class::Inner,
        (Some(List::Modifier), false) => Class::Modifier,
        (_, true) => Class::Content,
        (None, false) if lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ly")) => Class::Inner,
        (None, false) if adjective_suffix() => Class::Modifier,
        _ => Class::Content,
    }
}

/// Lower-case words that sit inside names of many languages ("von", "del", "bin").
const NAME_PARTICLES: [&str; 14] =
    ["al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "van", "von"];

/// Whether `lower` is a particle of names; outside a name it never starts or ends a phrase.
pub fn is_particle(lower: &str) -> bool {
    NAME_PARTICLES.contains(&lower)
}

/// [`is_particle`] of `word` with its ASCII letters lower-cased, without building the
/// lower-cased copy.
pub fn is_particle_any_case(word: &str) -> bool {
    NAME_PARTICLES.iter().any(|particle| particle.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::{class, classes, Class};

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
    fn both_classes_at_once_agree_with_each_class() {
        for word in ["the", "new", "killed", "reed", "former", "outrageous", "von", "x", "bear", "n't"] {
            assert_eq!(classes(word), (class(word, false), class(word, true)), "{word}");
        }
    }

    #[test]
    fn vague_words_count_only_inside_names() {
        assert_eq!(class("new", false), Class::Stop);
        assert_eq!(class("new", true), Class::Content);
    }
}
