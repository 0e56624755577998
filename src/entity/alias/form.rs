//! One name mention read as a name: the words that identify it, without the title, the
//! leading "the", the possessive or the legal form that surround it in the text.
//!
//! The method: take the document's tokens inside the mention's span; drop a leading "the", a
//! leading run of titles for people ("Secretary of State", "Mr."), and trailing punctuation and
//! possessives ("’s"); note a title just before the span too, since the tagger may leave it
//! out. Words are compared lower case without periods, so "KYIV" is "Kyiv" and "U.S." is "US".
//! Limits: a title is only recognised from the table in `words.txt`; nicknames ("Joe" and
//! "Joseph") stay different first names.

use std::ops::Range;

use super::tables::{is_name_token, word_key, Gender, TABLES};
use crate::mention::{Mention, MentionType};
use crate::segment::{Document, TokenKind};

/// A name mention, normalised.
#[derive(Clone, Debug)]
pub struct Form {
    /// Lower-case words without periods: `["antony", "j", "blinken"]`.
    pub words: Vec<String>,
    /// The name's own byte span: title, leading "the" and possessive left out.
    pub start: usize,
    pub end: usize,
    /// Written with a title, inside the span or just before it.
    pub titled: bool,
    pub gender: Gender,
    /// One token of 2 to 6 capital letters, periods allowed: "ICC", "U.N.".
    pub acronym: bool,
    /// Every letter is a capital (headlines in capitals, acronyms).
    pub capitals: bool,
    /// Starts with a capitalised "The" that was kept ("The Hague").
    pub the: bool,
    /// The first word is a lower-case surname particle ("von der Leyen").
    pub particle_first: bool,
    /// Token indices of the name's words.
    pub tokens: Range<usize>,
}

impl Form {
    /// Reads `mention`; `None` when no word is left (a span of punctuation or titles only).
    pub fn new(document: &Document<'_>, mention: &Mention) -> Option<Form> {
        let tokens = &document.tokens;
        let first = tokens.partition_point(|t| t.end <= mention.start);
        let last = tokens.partition_point(|t| t.start < mention.end);
        if first >= last {
            return None;
        }
        let mut from = first;
        let mut to = last;
        // Trailing possessives, punctuation and quotes.
        while to > from {
            let kind = tokens[to - 1].kind;
            let possessive = matches!(document.norm(to - 1), "'s" | "'");
            if possessive || !is_name_token(kind) {
                to -= 1;
            } else {
                break;
            }
        }
        while from < to && !is_name_token(tokens[from].kind) {
            from += 1;
        }
        let person = mention.kind == MentionType::Person;
        let mut titled = false;
        let mut gender = Gender::Unknown;
        // A title just before the span: "Mr." + "Blinken".
        if let Some(before) = first.checked_sub(1) {
            if let Some(&said) = TABLES.titles.get(&word_key(document.norm(before))) {
                titled = true;
                gender = said;
            }
        }
        // Titles inside the span, for people only ("General Motors" keeps its first word).
        if person {
            let mut at = from;
            let mut seen_title = false;
            let mut cut = from;
            while at + 1 < to {
                let word = word_key(document.norm(at));
                if let Some(&said) = TABLES.titles.get(&word) {
                    seen_title = true;
                    if said != Gender::Unknown {
                        gender = said;
                    }
                    cut = at + 1;
                } else if TABLES.inner.contains(&word) || (word == "the" && at == from) {
                    if seen_title {
                        cut = at + 1;
                    }
                } else {
                    break;
                }
                at += 1;
            }
            if seen_title {
                titled = true;
                from = cut;
            }
        }
        let mut the = false;
        if to - from > 1 && word_key(document.norm(from)) == "the" {
            // "The" keeps its capital only inside a sentence ("in The Hague"): at a sentence's
            // start it is the article.
            let sentence = document.sentences.partition_point(|s| s.tokens.start <= from);
            let opens = sentence
                .checked_sub(1)
                .and_then(|i| document.sentences.get(i))
                .is_some_and(|s| (s.tokens.start..from).all(|i| !is_name_token(tokens[i].kind)));
            if document.token_text(from) == "the" || opens {
                from += 1;
            } else {
                the = true;
            }
        }
        let words: Vec<String> = (from..to)
            .filter(|&i| is_name_token(tokens[i].kind))
            .map(|i| word_key(document.norm(i)))
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return None;
        }
        let start = tokens[from].start;
        let end = tokens[to - 1].end;
        let text = document.text.get(start..end).unwrap_or("");
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = letters > 1 && text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let acronym = to - from == 1 && capitals && (2..=6).contains(&letters) && tokens[from].kind == TokenKind::Word;
        let particle_first =
            TABLES.particles.contains(&words[0]) && text.chars().next().is_some_and(char::is_lowercase);
        let mut words = words;
        if the {
            words.remove(0);
        }
        Some(Form { words, start, end, titled, gender, acronym, capitals, the, particle_first, tokens: from..to })
    }

    /// The words as one key: "antony j blinken".
    pub fn key(&self) -> String {
        self.words.join(" ")
    }

    /// The key of an organization without its legal form: "nvidia corp" → "nvidia".
    pub fn key_without_legal_form(&self) -> String {
        let mut words: &[String] = &self.words;
        while words.len() > 1 && words.last().is_some_and(|w| TABLES.corporate.contains(w)) {
            words = &words[..words.len() - 1];
        }
        words.join(" ")
    }

    /// A person's first name and surname, where the form gives both: "Antony J. Blinken" gives
    /// ("antony", "blinken"); "von der Leyen" and "Blinken" give none.
    pub fn full_name(&self) -> Option<(&str, &str)> {
        let surname = self.surname()?;
        if self.particle_first || self.words.len() < 2 {
            return None;
        }
        let first = self.words.first()?;
        (first.as_str() != surname).then_some((first.as_str(), surname))
    }

    /// The first word is a surname particle, in any case: "Von der Leyen" at a sentence's
    /// start, but also "Ben Wallace".
    pub fn particle_like_first(&self) -> bool {
        self.words.len() > 1 && self.words.first().is_some_and(|w| TABLES.particles.contains(w))
    }

    /// The surname key: the last word that is not a suffix ("Jr."), without an "al-" prefix.
    pub fn surname(&self) -> Option<&str> {
        let mut words: &[String] = &self.words;
        while words.len() > 1 && words.last().is_some_and(|w| TABLES.suffixes.contains(w)) {
            words = &words[..words.len() - 1];
        }
        let last = words.last()?.as_str();
        Some(strip_article(last))
    }
}

/// "al-Assad" → "assad": Arabic names are shortened both with and without the article.
fn strip_article(word: &str) -> &str {
    for prefix in ["al-", "el-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(text: &str, name: &str, kind: MentionType) -> Option<Form> {
        let document = Document::new(text);
        let start = text.find(name).expect("the name is in the text");
        let mention = Mention {
            start,
            end: start + name.len(),
            text: name.to_string(),
            kind,
            confidence: 1.0,
            value: None,
            entity: None,
            sentiment: None,
        };
        Form::new(&document, &mention)
    }

    #[test]
    fn titles_and_possessives_are_left_out() {
        let f = form(
            "Secretary of State Antony J. Blinken’s visit",
            "Secretary of State Antony J. Blinken’s",
            MentionType::Person,
        )
        .expect("a name");
        assert_eq!(f.words, ["antony", "j", "blinken"]);
        assert!(f.titled);
        assert_eq!(f.full_name(), Some(("antony", "blinken")));
        let f = form("He met Mr. Blinken today.", "Blinken", MentionType::Person).expect("a name");
        assert!(f.titled);
        assert_eq!(f.gender, Gender::Male);
        assert_eq!(f.full_name(), None);
        assert_eq!(f.surname(), Some("blinken"));
    }

    #[test]
    fn organizations_keep_title_like_first_words() {
        let f = form("General Motors said", "General Motors", MentionType::Organization).expect("a name");
        assert_eq!(f.key(), "general motors");
        let f = form("Nvidia Corp. said", "Nvidia Corp.", MentionType::Organization).expect("a name");
        assert_eq!(f.key_without_legal_form(), "nvidia");
    }

    #[test]
    fn particles_and_the_are_handled() {
        let f = form("said von der Leyen.", "von der Leyen", MentionType::Person).expect("a name");
        assert!(f.particle_first);
        assert_eq!(f.full_name(), None);
        assert_eq!(f.surname(), Some("leyen"));
        let f = form("Aid reached the United States.", "the United States", MentionType::Location).expect("a name");
        assert_eq!(f.key(), "united states");
        assert!(!f.the);
        let f = form("Talks in The Hague.", "The Hague", MentionType::Location).expect("a name");
        assert_eq!(f.key(), "hague");
        assert!(f.the);
    }

    #[test]
    fn acronyms_and_capitals_are_recognised() {
        let f = form("The ICC ruled.", "ICC", MentionType::Organization).expect("a name");
        assert!(f.acronym && f.capitals);
        let f = form("BLINKEN IN KYIV", "KYIV", MentionType::Location).expect("a name");
        assert_eq!(f.key(), "kyiv");
        assert!(form("A - B", "-", MentionType::Misc).is_none());
    }
}
