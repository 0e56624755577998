//! The word lists the rules use: the valence of sentiment words (the VADER lexicon, embedded
//! as a derived table), and the words that negate, intensify, dampen or contrast.
//!
//! The valence table `models/sentiment-lexicon.tsv` is derived from VADER's lexicon by
//! `newslens train sentiment` (single words only, mean rating on -4..4, one decimal). The
//! same table travels inside `models/sentiment.bin` as sorted 32-bit word keys and valences in
//! tenths, searched in place, so that loading parses nothing; the text file is the reviewable
//! copy (a test checks that both agree). The role lists below are our own.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::word;
use crate::hash::IdMap;

/// The valence table as text: what training writes and what tests compare the model with.
#[cfg(test)]
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
    "not", "n't", "no", "never", "nothing", "nobody", "none", "nor", "neither", "nowhere", "without", "cannot",
    "lacks", "lacking", "lack", "hardly", "barely", "scarcely", "seldom",
];
const INTENSIFIERS: &[&str] = &[
    "very",
    "really",
    "extremely",
    "incredibly",
    "absolutely",
    "totally",
    "completely",
    "highly",
    "truly",
    "utterly",
    "remarkably",
    "especially",
    "particularly",
    "exceptionally",
    "hugely",
    "deeply",
    "most",
    "so",
    "super",
    "thoroughly",
    "enormously",
    "immensely",
    "exceedingly",
    "amazingly",
    "entirely",
    "extraordinarily",
    "genuinely",
    "seriously",
    "strongly",
    "wildly",
];
const DAMPENERS: &[&str] = &[
    "slightly",
    "somewhat",
    "marginally",
    "mildly",
    "fairly",
    "moderately",
    "relatively",
    "partly",
    "occasionally",
    "kinda",
    "sorta",
    "almost",
    "less",
];
const CONTRASTS: &[&str] = &["but", "however", "nevertheless", "nonetheless", "yet"];
const CONCESSIONS: &[&str] = &["although", "though", "despite", "while", "whereas"];

/// The roles of the listed words, shared by every lexicon.
static ROLES: LazyLock<IdMap<Role>> = LazyLock::new(|| {
    let mut roles = IdMap::with_capacity_and_hasher(128, Default::default());
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
    roles
});

/// Valences keyed by the top 32 bits of [`word::key`] (with 7,245 words listed, an unlisted
/// word takes a listed word's valence about once in 600,000), with the roles.
#[derive(Clone, Debug, PartialEq)]
pub struct Lexicon<'a> {
    /// Where the keys of each bucket (by their top [`BUCKET_BITS`] bits) start, u32 each, the
    /// last being the number of keys: a lookup searches a handful of keys, not all of them.
    starts: Cow<'a, [u8]>,
    /// Sorted keys, 4 bytes each, little-endian.
    keys: Cow<'a, [u8]>,
    /// Valence in tenths (i8), one per key.
    tenths: Cow<'a, [u8]>,
}

impl<'a> Lexicon<'a> {
    /// A lexicon over stored tables (as the model file holds them); `None` when their sizes
    /// disagree or the bucket starts go backwards. Unsorted keys make lookups miss, never fail.
    pub fn from_tables(starts: &'a [u8], keys: &'a [u8], tenths: &'a [u8]) -> Option<Lexicon<'a>> {
        if starts.len() != 4 * (BUCKETS + 1) || keys.len() != tenths.len() * 4 {
            return None;
        }
        let mut previous = 0;
        for bucket in 0..=BUCKETS {
            let start = u32_at(starts, bucket);
            if start < previous || (bucket == 0 && start != 0) {
                return None;
            }
            previous = start;
        }
        (previous as usize == tenths.len()).then_some(Lexicon {
            starts: Cow::Borrowed(starts),
            keys: Cow::Borrowed(keys),
            tenths: Cow::Borrowed(tenths),
        })
    }

    /// The stored tables: bucket starts, keys and valences in tenths.
    #[cfg(any(test, feature = "train"))]
    pub fn tables(&self) -> [&[u8]; 3] {
        [&self.starts, &self.keys, &self.tenths]
    }

    /// Reads a valence table (`word<TAB>valence` lines; `#` starts a comment line). Lines that
    /// do not parse are skipped: the table is generated and checked by a test. Valences are
    /// kept to a tenth, within -12.7..12.7; the first of two words with one key wins.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(tsv: &str) -> Lexicon<'static> {
        let mut entries: Vec<(u32, i8)> = Vec::new();
        for line in tsv.lines().filter(|line| !line.starts_with('#')) {
            let mut fields = line.split('\t');
            if let (Some(word), Some(Ok(value))) = (fields.next(), fields.next().map(str::parse::<f32>)) {
                if value.is_finite() {
                    entries.push((short_key(word::key(word)), (value * 10.0).round().clamp(-127.0, 127.0) as i8));
                }
            }
        }
        entries.sort_by_key(|&(key, _)| key);
        entries.dedup_by_key(|&mut (key, _)| key);
        let mut starts = Vec::with_capacity(4 * (BUCKETS + 1));
        let mut next = 0;
        for bucket in 0..=BUCKETS {
            while next < entries.len() && ((entries[next].0 >> (32 - BUCKET_BITS)) as usize) < bucket {
                next += 1;
            }
            starts.extend_from_slice(&(next as u32).to_le_bytes());
        }
        let keys = entries.iter().flat_map(|&(key, _)| key.to_le_bytes()).collect();
        let tenths = entries.iter().map(|&(_, tenths)| tenths as u8).collect();
        Lexicon { starts: Cow::Owned(starts), keys: Cow::Owned(keys), tenths: Cow::Owned(tenths) }
    }

    /// A lexicon without valences (what analysis falls back to without its model).
    pub fn empty() -> Lexicon<'static> {
        const NO_STARTS: [u8; 4 * (BUCKETS + 1)] = [0; 4 * (BUCKETS + 1)];
        Lexicon { starts: Cow::Borrowed(&NO_STARTS), keys: Cow::Borrowed(&[]), tenths: Cow::Borrowed(&[]) }
    }

    /// The valence of a word on VADER's scale (-4 to 4), 0 when it is not listed.
    pub fn valence(&self, key: u64) -> f32 {
        let wanted = short_key(key);
        let bucket = (wanted >> (32 - BUCKET_BITS)) as usize;
        // `from_tables` checked that the starts never decrease and end at the number of keys.
        let (low, high) = (u32_at(&self.starts, bucket) as usize, u32_at(&self.starts, bucket + 1) as usize);
        let Some(keys) = self.keys.get(4 * low..4 * high) else {
            return 0.0;
        };
        // The last key at or below `wanted`, found without branching on the comparisons.
        let (mut base, mut size) = (0, high - low);
        if size == 0 {
            return 0.0;
        }
        while size > 1 {
            let half = size / 2;
            base = if u32_at(keys, base + half) <= wanted { base + half } else { base };
            size -= half;
        }
        if u32_at(keys, base) == wanted {
            f32::from(self.tenths[low + base] as i8) / 10.0
        } else {
            0.0
        }
    }

    /// How many words have a valence.
    #[cfg(any(test, feature = "train"))]
    pub fn len(&self) -> usize {
        self.tenths.len()
    }

    /// The role of a token, given its text and key.
    pub fn role(&self, text: &str, key: u64) -> Role {
        if let Some(&role) = ROLES.get(&key) {
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

/// Keys are grouped by their top bits: about seven keys a bucket.
const BUCKET_BITS: u32 = 10;
const BUCKETS: usize = 1 << BUCKET_BITS;

#[inline]
fn u32_at(bytes: &[u8], index: usize) -> u32 {
    let at = 4 * index;
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// The part of a word key the table stores.
fn short_key(key: u64) -> u32 {
    (key >> 32) as u32
}

#[cfg(test)]
impl Lexicon<'static> {
    /// The committed valence table.
    pub fn embedded() -> Lexicon<'static> {
        Lexicon::parse(LEXICON_TSV)
    }
}

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
        assert_eq!(lexicon.valence(word::key("good")), 1.9);
    }

    #[test]
    fn stored_tables_read_back_as_the_same_lexicon() {
        let lexicon = Lexicon::parse("good\t1.9\nbad\t-2.5\n# note\nnonsense\nodd\tNaN\n");
        let [starts, keys, tenths] = lexicon.tables();
        assert_eq!(Lexicon::from_tables(starts, keys, tenths), Some(lexicon.clone()));
        assert_eq!(lexicon.len(), 2);
        assert_eq!(lexicon.valence(word::key("Bad")), -2.5);
        assert_eq!(Lexicon::from_tables(starts, &keys[1..], tenths), None);
        assert_eq!(Lexicon::from_tables(&starts[4..], keys, tenths), None);
        let mut backwards = starts.to_vec();
        backwards[4 * 1000] = 7;
        assert_eq!(Lexicon::from_tables(&backwards, keys, tenths), None);
        assert_eq!(Lexicon::empty().valence(word::key("good")), 0.0);
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
