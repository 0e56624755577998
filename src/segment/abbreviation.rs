//! The abbreviation table (`abbreviations.txt`) and the shapes that count as abbreviations
//! without being listed: initials ("J.") and dotted letter groups ("U.S.", "a.m.").

use crate::hash::FastMap;
use std::sync::LazyLock;

/// How a sentence may end after an abbreviation; see `abbreviations.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Title,
    BeforeNumber,
    Final,
    Inner,
}

static TABLE: LazyLock<FastMap<&'static str, Class>> = LazyLock::new(|| {
    let mut table = FastMap::default();
    for line in include_str!("abbreviations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (class, word) = line.split_once(' ').expect("each table line is `class word`");
        let class = match class {
            "title" => Class::Title,
            "before-number" => Class::BeforeNumber,
            "final" => Class::Final,
            "inner" => Class::Inner,
            other => panic!("unknown abbreviation class {other:?} in abbreviations.txt"),
        };
        table.insert(word, class);
    }
    table
});

/// The class of `word` (written without its final period) when `word.` is an abbreviation.
pub fn class(word: &str) -> Option<Class> {
    if let Some(&class) = TABLE.get(word) {
        return Some(class);
    }
    if is_all_caps(word) && word.len() <= 8 {
        let mut title_case = String::with_capacity(word.len());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            title_case.push(first);
            title_case.extend(chars.flat_map(char::to_lowercase));
        }
        if let Some(&class) = TABLE.get(title_case.as_str()) {
            return Some(class);
        }
    }
    if is_initial(word) || is_dotted(word) {
        return Some(Class::Final);
    }
    None
}

fn is_all_caps(word: &str) -> bool {
    word.chars().all(|c| c.is_uppercase()) && !word.is_empty()
}

/// One upper-case letter: the "J" of "Antony J. Blinken".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Single letters joined by periods: "U.S", "a.m", "D.C", "e.g".
fn is_dotted(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_titles_and_their_capitals_are_found() {
        assert_eq!(class("Mr"), Some(Class::Title));
        assert_eq!(class("MR"), Some(Class::Title));
        assert_eq!(class("Jan"), Some(Class::BeforeNumber));
        assert_eq!(class("e.g"), Some(Class::Inner));
    }

    #[test]
    fn initials_and_dotted_groups_are_abbreviations() {
        assert_eq!(class("J"), Some(Class::Final));
        assert_eq!(class("U.S"), Some(Class::Final));
        assert_eq!(class("p.m"), Some(Class::Final));
    }

    #[test]
    fn ordinary_words_are_not() {
        assert_eq!(class("said"), None);
        assert_eq!(class("no"), None);
        assert_eq!(class("a"), None);
        assert_eq!(class("US"), None);
    }
}
