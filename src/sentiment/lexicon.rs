//! The word lists the rules use: the valence of sentiment words (the VADER lexicon, embedded
//! as a derived table), and the words that negate, intensify, dampen or contrast.
//!
//! The valence table `models/sentiment-lexicon.tsv` is derived from VADER's lexicon by
//! `newslens train sentiment` (single words only, mean rating on -4..4). The role lists below
//! are our own.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::word;

/// The embedded valence table.
pub(super) const LEXICON_TSV: &str = include_str!("../../models/sentiment-lexicon.tsv");

/// What a word does to the sentiment of its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Plain,
    /// Flips the words after it, up to the end of the clause: "not", "n't", "never".
    Negator,
    /// Strengthens the next word: "very", "extremely".
    Intensifier,
    /// Weakens the next word: "slightly", "somewhat".
    Dampener,
    /// What follows outweighs what precedes: "but", "however".
    Contrast,
    /// Opens a clause that the rest of the sentence outweighs: "although", "despite".
    Concession,
    /// Punctuation that ends a clause: "," "." ";" "!" "?" "--".
    Boundary,
}

const NEGATORS: &[&str] = &[
    "not", "n't", "no", "never", "nothing", "nobody", "none", "nor", "neither", "nowhere",
    "without", "cannot", "lacks", "lacking", "lack", "hardly", "barely", "scarcely", "seldom",
];
const INTENSIFIERS: &[&str] = &[
    "very", "really", "extremely", "incredibly", "absolutely", "totally", "completely", "highly",
    "truly", "utterly", "remarkably", "especially", "particularly", "exceptionally", "hugely",
    "deeply", "most", "so", "super", "thoroughly", "enormously", "immensely", "exceedingly",
    "amazingly", "entirely", "extraordinarily", "genuinely", "seriously", "strongly", "wildly",
];
const DAMPENERS: &[&str] = &[
    "slightly", "somewhat", "marginally", "mildly", "fairly", "moderately", "relatively",
    "partly", "occasionally", "kinda", "sorta", "almost", "less",
];
const CONTRASTS: &[&str] = &["but", "however", "nevertheless", "nonetheless", "yet"];
const CONCESSIONS: &[&str] = &["although", "though", "despite", "while", "whereas"];

/// Valences and roles, keyed by [`word::key`].
pub struct Lexicon {
    valence: HashMap<u64, f32, BuildKey>,
    roles: HashMap<u64, Role, BuildKey>,
}

impl Lexicon {
    /// The embedded lexicon.
    pub fn embedded() -> Lexicon {
        Lexicon::parse(LEXICON_TSV)
    }

    /// Reads a valence table (`word<TAB>valence` lines; `#` starts a comment line). Lines that
    /// do not parse are skipped: the table is generated and checked by a test.
    pub fn parse(tsv: &str) -> Lexicon {
        let mut valence = HashMap::with_capacity_and_hasher(8192, BuildKey::default());
        for line in tsv.lines().filter(|line| !line.starts_with('#')) {
            let mut fields = line.split('\t');
            if let (Some(word), Some(Ok(value))) = (fields.next(), fields.next().map(str::parse::<f32>)) {
                valence.insert(word::key(word), value);
            }
        }
        let mut roles = HashMap::with_capacity_and_hasher(128, BuildKey::default());
        for (list, role) in [
            (NEGATORS, Role::Negator),
            (INTENSIFIERS, Role::Intensifier),
            (DAMPENERS, Role::Dampener),
            (CONTRASTS, Role::Contrast),
            (CONCESSIONS, Role::Concession),
        ] {
            for word in list {
                roles.insert(word::key(word), role);
            }
        }
        Lexicon { valence, roles }
    }

    /// The valence of a word on VADER's scale (-4 to 4), 0 when it is not listed.
    pub fn valence(&self, key: u64) -> f32 {
        self.valence.get(&key).copied().unwrap_or(0.0)
    }

    /// How many words have a valence.
    #[cfg(any(test, feature = "train"))]
    pub fn len(&self) -> usize {
        self.valence.len()
    }

    /// The role of a token, given its text and key.
    pub fn role(&self, text: &str, key: u64) -> Role {
        if let Some(&role) = self.roles.get(&key) {
            return role;
        }
        let is_boundary = !text.is_empty()
            && text.chars().all(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '-' | '–' | '—' | '…'));
        if is_boundary {
            Role::Boundary
        } else {
            Role::Plain
        }
    }
}

/// Keys are already hashes: the map uses them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) | u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type BuildKey = BuildHasherDefault<KeyHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_knows_common_sentiment_words() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.len() > 5000, "{} words", lexicon.len());
        assert!(lexicon.valence(word::key("good")) > 1.0);
        assert!(lexicon.valence(word::key("Terrible")) < -1.0);
        assert_eq!(lexicon.valence(word::key("table")), 0.0);
    }

    #[test]
    fn roles_come_from_the_lists_and_punctuation() {
        let lexicon = Lexicon::embedded();
        let role = |text: &str| lexicon.role(text, word::key(text));
        assert_eq!(role("n’t"), Role::Negator);
        assert_eq!(role("Very"), Role::Intensifier);
        assert_eq!(role("but"), Role::Contrast);
        assert_eq!(role("..."), Role::Boundary);
        assert_eq!(role("!?"), Role::Boundary);
        assert_eq!(role("film"), Role::Plain);
    }
}
