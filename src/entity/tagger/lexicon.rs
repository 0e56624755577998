//! Word knowledge from outside the training data: GloVe word clusters and name lists.
//!
//! The tables are text files in `models/ner/` derived by `scripts/derive_ner_lexicon.py` from
//! pinned open packages (sources and licences in `models/README.md`). They are embedded and
//! parsed once. Lookups are by the normalized lower-case form, so they work the same for
//! "KYIV", "Kyiv" and "kyiv". Limits: the lists are US-centric for people, hold cities of
//! 100,000 people or more (and every country and capital), and know nothing after 2014 (GloVe); the tagger learns how far to
//! trust them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hasher for short strings (FxHash's multiply-rotate): lookups of every token's
/// words are a large share of tagging time, and these maps hold no untrusted keys that an
/// attacker could choose to collide.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// The word is a place name (city, country, capital, US state, continent).
pub const PLACE: u8 = 1;
/// The word is a country, capital, US state or continent.
pub const COUNTRY: u8 = 16;
/// The word is a given name.
pub const GIVEN_NAME: u8 = 2;
/// The word is a surname.
pub const SURNAME: u8 = 4;
/// The word is a legal-form suffix of organization names ("Inc.", "GmbH").
pub const ORG_SUFFIX: u8 = 8;

/// No cluster: the word is not among the clustered vocabulary.
pub const NO_CLUSTER: u16 = u16::MAX;

const CLUSTERS: &str = include_str!("../../../models/ner/clusters.txt");
const PLACES: &str = include_str!("../../../models/ner/places.txt");
const COUNTRIES: &str = include_str!("../../../models/ner/countries.txt");
const GIVEN_NAMES: &str = include_str!("../../../models/ner/given-names.txt");
const SURNAMES: &str = include_str!("../../../models/ner/surnames.txt");
const ORG_SUFFIXES: &str = include_str!("../../../models/ner/org-suffixes.txt");

/// What the lexicon knows of one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordEntry {
    /// Fine, mid and coarse cluster ids, or [`NO_CLUSTER`].
    pub clusters: [u16; 3],
    /// The lists the word is in: a set of [`PLACE`], [`GIVEN_NAME`], ...
    pub lists: u8,
}

impl Default for WordEntry {
    fn default() -> WordEntry {
        WordEntry { clusters: [NO_CLUSTER; 3], lists: 0 }
    }
}

/// The parsed tables.
pub struct Lexicon {
    words: FastMap<String, WordEntry>,
    /// Multi-word place names, words joined by one space.
    phrases: FastMap<String, u8>,
    /// For the first word of each multi-word name, the most words a name starting with it has.
    phrase_starts: FastMap<String, usize>,
}

impl Lexicon {
    /// Parses the embedded tables. Lines that do not parse are skipped: the tables are
    /// generated, and a test checks that they parse completely.
    pub fn embedded() -> Lexicon {
        let mut lexicon = Lexicon {
            words: FastMap::with_capacity_and_hasher(120_000, Default::default()),
            phrases: FastMap::default(),
            phrase_starts: FastMap::default(),
        };
        lexicon.add_clusters(CLUSTERS);
        lexicon.add_list(PLACES, PLACE);
        lexicon.add_list(COUNTRIES, PLACE | COUNTRY);
        lexicon.add_list(GIVEN_NAMES, GIVEN_NAME);
        lexicon.add_list(SURNAMES, SURNAME);
        lexicon.add_list(ORG_SUFFIXES, ORG_SUFFIX);
        lexicon
    }

    fn add_clusters(&mut self, table: &str) {
        let mut tree: HashMap<u16, (u16, u16)> = HashMap::new();
        for line in table.lines() {
            let mut fields = line.split('\t');
            match (fields.next(), fields.next(), fields.next(), fields.next()) {
                (Some("#tree"), Some(fine), Some(mid), Some(coarse)) => {
                    if let (Ok(fine), Ok(mid), Ok(coarse)) = (fine.parse(), mid.parse(), coarse.parse()) {
                        tree.insert(fine, (mid, coarse));
                    }
                }
                (Some(fine), Some(words), None, None) if !fine.starts_with('#') => {
                    let Ok(fine) = fine.parse::<u16>() else { continue };
                    let (mid, coarse) = tree.get(&fine).copied().unwrap_or((NO_CLUSTER, NO_CLUSTER));
                    for word in words.split(' ').filter(|w| !w.is_empty()) {
                        self.words.entry(word.to_owned()).or_default().clusters = [fine, mid, coarse];
                    }
                }
                _ => {}
            }
        }
    }

    fn add_list(&mut self, table: &str, list: u8) {
        for line in table.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            if line.contains(' ') {
                *self.phrases.entry(line.to_owned()).or_default() |= list;
                let words = line.split(' ').count();
                let first = line.split(' ').next().unwrap_or_default();
                let longest = self.phrase_starts.entry(first.to_owned()).or_default();
                *longest = (*longest).max(words);
            } else {
                self.words.entry(line.to_owned()).or_default().lists |= list;
            }
        }
    }

    /// What the lexicon knows of a normalized word.
    pub fn word(&self, norm: &str) -> WordEntry {
        self.words.get(norm).copied().unwrap_or_default()
    }

    /// Whether some multi-word name starts with `norm`.
    pub fn starts_phrase(&self, norm: &str) -> bool {
        self.phrase_starts.contains_key(norm)
    }

    /// Multi-word names starting at `norms[0]`: the longest match, as (words, lists).
    pub fn longest_phrase(&self, norms: &[&str]) -> Option<(usize, u8)> {
        let first = norms.first()?;
        let longest = *self.phrase_starts.get(*first)?;
        let mut key = String::with_capacity(32);
        let mut found = None;
        key.push_str(first);
        for (i, norm) in norms.iter().enumerate().take(longest).skip(1) {
            key.push(' ');
            key.push_str(norm);
            if let Some(&lists) = self.phrases.get(&key) {
                found = Some((i + 1, lists));
            }
        }
        found
    }

    /// Number of single words known (for tests and diagnostics).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_parse_and_know_common_names() {
        let lexicon = Lexicon::embedded();
        assert!(lexicon.len() > 50_000);
        assert_ne!(lexicon.word("paris").clusters[0], NO_CLUSTER);
        assert_eq!(lexicon.word("paris").clusters, lexicon.word("london").clusters);
        assert!(lexicon.word("kyiv").lists & COUNTRY != 0);
        assert!(lexicon.word("smith").lists & SURNAME != 0);
        assert!(lexicon.word("kamala").lists & GIVEN_NAME != 0 || lexicon.word("mary").lists & GIVEN_NAME != 0);
        assert!(lexicon.longest_phrase(&["new", "york", "city"]).map(|(n, _)| n).unwrap_or(0) >= 2);
    }
}
