//! Word knowledge from outside the training data: GloVe word clusters and name lists.
//!
//! The sources are text files in `models/ner/` derived by `scripts/derive_ner_lexicon.py` from
//! pinned open packages (sources and licences in `models/README.md`). What the tagger embeds is
//! `models/ner/lexicon.bin`, made from them by [`derive`] (`NEWSLENS_WRITE_TABLES=1 cargo test
//! --lib lexicon_table`; the same test fails when the file is out of date) and read in place:
//! hash indexes ([`super::table`]) over the 32-bit keys of the words' ids
//! ([`crate::hash::string_id`], which the tagger computes for every word anyway), so loading
//! decodes nothing.
//!
//! What is known of a word is stored at the word's position in the index, in one u16: its fine
//! cluster in the low 10 bits (1,023: none) and the lists it is in as a 6-bit code in the others
//! (seven lists, some implying others: see `list_code`), so a lookup reads
//! the index and then two bytes, with no word ids in between.
//!
//! Lookups are by the normalized lower-case form, so they work the same for "KYIV", "Kyiv" and
//! "kyiv".
//!
//! Lists: places, countries, given names, surnames (the US Census, famous people from WordNet
//! and a hand-written list of people in the news), legal-form suffixes and organizations
//! (listed companies and a hand-written list of agencies, international organizations and news
//! outlets); sources and sizes in `models/README.md`.
//!
//! Limits: the lists are US-centric for people, hold cities of 100,000 people or more (and
//! every country and capital), and know little after 2014 (GloVe) beyond the two hand-written
//! lists; the tagger learns how far to trust them. Words are matched by 32-bit hash, not compared as text: a word not in the
//! tables takes a listed word's entry with probability about 1 in 3,600 (the word index keeps
//! 28 bits of each 32-bit key), and of two listed words with the same kept bits only the first is
//! kept (12 of 75,976 words are lost that way; the derivation test counts them).

#[cfg(test)]
use std::fmt::Write;
use std::sync::LazyLock;

use super::model::key;
use super::table::{self, Index};
#[cfg(not(target_arch = "wasm32"))]
use crate::hash::string_id;
use crate::model::{Format, ModelError, Reader};

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

/// The word is the surname of a famous person (WordNet) or of a person in the news
/// (`famous-surnames.txt`, `news-people.txt`); such words are also [`SURNAME`]s.
pub const FAMOUS: u8 = 32;

/// The word names an organization (a listed company, agency, international organization or
/// news outlet; `companies.txt`, `organizations.txt`).
pub const ORGANIZATION: u8 = 64;

/// The list bits of a word as stored: 6 bits of a code (below 54) in which a country implies a
/// place, a famous surname a surname, and a legal-form suffix excludes an organization's name
/// (the suffix is kept: no word is both).
#[cfg(test)]
fn list_code(lists: u8) -> u16 {
    let place = if lists & COUNTRY != 0 { 2 } else { u16::from(lists & PLACE != 0) };
    let given = u16::from(lists & GIVEN_NAME != 0);
    let surname = if lists & FAMOUS != 0 { 2 } else { u16::from(lists & SURNAME != 0) };
    let org = if lists & ORG_SUFFIX != 0 {
        1
    } else if lists & ORGANIZATION != 0 {
        2
    } else {
        0
    };
    place + 3 * given + 6 * surname + 18 * org
}

/// The list bits of each stored code ([`list_code`]'s inverse; codes from 54 on mean none).
const LISTS_OF_CODE: [u8; 64] = {
    let mut table = [0u8; 64];
    let mut code = 0;
    while code < 54 {
        let place = [0, PLACE, PLACE | COUNTRY][code % 3];
        let given = [0, GIVEN_NAME][code / 3 % 2];
        let surname = [0, SURNAME, SURNAME | FAMOUS][code / 6 % 3];
        let org = [0, ORG_SUFFIX, ORGANIZATION][code / 18];
        table[code] = place | given | surname | org;
        code += 1;
    }
    table
};

/// No cluster: the word is not among the clustered vocabulary.
pub const NO_CLUSTER: u16 = u16::MAX;

/// Bits of each word's key kept in the word index beside its bucket (see [`table`]): 12 of 16
/// saves 37 KB (gzip) for one false match in about 3,600 lookups of unknown words
/// (1 in 58,000 with 16).
const WORD_BITS: u32 = 12;

/// Bits of a word's value that hold its fine cluster; the list bits are above them.
const CLUSTER_BITS: u32 = 10;
/// The stored fine cluster of a word with none.
const CLUSTER_NONE: u16 = (1 << CLUSTER_BITS) - 1;

const LEXICON: &[u8] = include_bytes!("../../../models/ner/lexicon.bin");
/// The lexicon's file: magic `NLNERLEX`, and the format version this build reads and writes.
pub const FORMAT: Format = Format { magic: b"NLNERLEX", version: 3, name: "name-tagger lexicon" };

// The embedded bytes are part of the program and a test reads them with every check, so at run
// time only the magic number, version and sizes are checked (see `Model::embedded`).
static EMBEDDED: LazyLock<Result<Lexicon<'static>, ModelError>> = LazyLock::new(|| Lexicon::read(LEXICON, false));

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

/// The tables, borrowing the file's bytes.
#[derive(Clone, Copy)]
pub struct Lexicon<'a> {
    /// Per fine cluster: its mid and coarse clusters (u16 each).
    tree: &'a [u8],
    words: Index<'a>,
    /// Per position of `words`: fine cluster and list bits (u16, see [`CLUSTER_BITS`]).
    values: &'a [u8],
    starts: Index<'a>,
    /// Per position of `starts`: the most words of a multi-word name starting with that word.
    longest: &'a [u8],
    phrases: Index<'a>,
    /// Per position of `phrases`: list bits.
    phrase_lists: &'a [u8],
}

fn u16_at(bytes: &[u8], i: usize) -> u16 {
    bytes.get(2 * i..2 * i + 2).map_or(NO_CLUSTER, |b| u16::from_le_bytes([b[0], b[1]]))
}

/// The key of a multi-word name from its words' ids.
struct PhraseKey(u64);

impl PhraseKey {
    fn new() -> PhraseKey {
        PhraseKey(0x6a09_e667_f3bc_c908)
    }

    fn add(&mut self, id: u64) {
        self.0 = (self.0.rotate_left(23) ^ id).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn key(&self) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        key(h ^ (h >> 33))
    }
}

/// Reads an index from the front of `reader`.
fn index<'a>(reader: &mut Reader<'a>, bits: u32, check: bool) -> Result<Index<'a>, ModelError> {
    let (index, rest) = Index::read_with(reader.rest(), bits, check).map_err(ModelError::Malformed)?;
    reader.advance_to(rest);
    Ok(index)
}

impl<'a> Lexicon<'a> {
    /// Reads a lexicon file, checking its magic number, version, checksum and indexes.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Lexicon<'a>, ModelError> {
        Lexicon::read(bytes, true)
    }

    fn read(bytes: &'a [u8], check: bool) -> Result<Lexicon<'a>, ModelError> {
        let mut reader = Reader::new(FORMAT.open(bytes, check)?.payload);
        let fine_clusters = reader.u32()? as usize;
        if fine_clusters > CLUSTER_NONE as usize {
            return Err(ModelError::Malformed("cluster count"));
        }
        let tree = reader.take(4 * fine_clusters)?;
        let words = index(&mut reader, WORD_BITS, check)?;
        let values = reader.take(2 * words.len())?;
        let starts = index(&mut reader, table::MAX_BITS, check)?;
        let longest = reader.take(starts.len())?;
        let phrases = index(&mut reader, table::MAX_BITS, check)?;
        let phrase_lists = reader.take(phrases.len())?;
        if !reader.rest().is_empty() {
            return Err(ModelError::Malformed("trailing bytes"));
        }
        Ok(Lexicon { tree, words, values, starts, longest, phrases, phrase_lists })
    }

    /// The embedded tables.
    pub fn embedded() -> Result<Lexicon<'static>, ModelError> {
        EMBEDDED.clone()
    }

    /// What the lexicon knows of the word whose [`string_id`] is `norm_id`.
    pub fn entry(&self, norm_id: u64) -> WordEntry {
        let Some(position) = self.words.find(key(norm_id)) else { return WordEntry::default() };
        let value = u16_at(self.values, position);
        let fine = value & CLUSTER_NONE;
        let (fine, mid, coarse) = if fine == CLUSTER_NONE {
            (NO_CLUSTER, NO_CLUSTER, NO_CLUSTER)
        } else {
            (fine, u16_at(self.tree, 2 * fine as usize), u16_at(self.tree, 2 * fine as usize + 1))
        };
        WordEntry { clusters: [fine, mid, coarse], lists: LISTS_OF_CODE[usize::from(value >> CLUSTER_BITS)] }
    }

    /// What the lexicon knows of a normalized word.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn word(&self, norm: &str) -> WordEntry {
        self.entry(string_id(norm))
    }

    /// The most words of a multi-word name starting with the word whose id is `norm_id` (0:
    /// none starts with it).
    pub fn phrase_start(&self, norm_id: u64) -> usize {
        self.starts.find(key(norm_id)).and_then(|p| self.longest.get(p)).map_or(0, |&n| usize::from(n))
    }

    /// Multi-word names starting at the first of these words (given by [`string_id`]): the
    /// longest match, as (words, lists).
    pub fn longest_phrase_ids(&self, ids: &[u64]) -> Option<(usize, u8)> {
        let first = *ids.first()?;
        let longest = self.phrase_start(first);
        let mut key = PhraseKey::new();
        key.add(first);
        let mut found = None;
        for (i, &id) in ids.iter().enumerate().take(longest).skip(1) {
            key.add(id);
            if let Some(&lists) = self.phrases.find(key.key()).and_then(|p| self.phrase_lists.get(p)) {
                found = Some((i + 1, lists));
            }
        }
        found
    }

    /// Multi-word names starting at `norms[0]`: the longest match, as (words, lists).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn longest_phrase(&self, norms: &[&str]) -> Option<(usize, u8)> {
        let ids: Vec<u64> = norms.iter().map(|n| string_id(n)).collect();
        self.longest_phrase_ids(&ids)
    }

    /// Number of single words known (for tests and diagnostics).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is known.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The text tables [`derive`] reads, as in `models/ner/`.
#[cfg(test)]
pub struct Sources<'s> {
    pub clusters: &'s str,
    pub places: &'s str,
    pub countries: &'s str,
    pub given_names: &'s str,
    pub surnames: &'s str,
    pub org_suffixes: &'s str,
    /// Surnames of famous people (WordNet person instances), read as surnames.
    pub famous_surnames: &'s str,
    /// Surnames of people in the news since 2015 (hand-written), read as surnames.
    pub news_people: &'s str,
    /// Names of listed companies.
    pub companies: &'s str,
    /// Organizations in the news (hand-written).
    pub organizations: &'s str,
}

/// The bytes of `lexicon.bin` from the text tables, and how many words were left out because
/// their hash equals an earlier word's.
#[cfg(test)]
pub fn derive(sources: &Sources<'_>) -> (Vec<u8>, usize) {
    use std::collections::HashMap;
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<&str> = Vec::new();
    let mut entries: Vec<WordEntry> = Vec::new();
    let mut tree: HashMap<u16, (u16, u16)> = HashMap::new();
    for line in sources.clusters.lines() {
        let mut fields = line.split('\t');
        match (fields.next(), fields.next(), fields.next(), fields.next()) {
            (Some("#tree"), Some(fine), Some(mid), Some(coarse)) => {
                if let (Ok(fine), Ok(mid), Ok(coarse)) = (fine.parse(), mid.parse(), coarse.parse()) {
                    tree.insert(fine, (mid, coarse));
                }
            }
            (Some(fine), Some(list), None, None) if !fine.starts_with('#') => {
                let Ok(fine) = fine.parse::<u16>() else { continue };
                let (mid, coarse) = tree.get(&fine).copied().unwrap_or((NO_CLUSTER, NO_CLUSTER));
                for word in list.split(' ').filter(|w| !w.is_empty()) {
                    let id = *ids.entry(word).or_insert_with(|| {
                        words.push(word);
                        entries.push(WordEntry::default());
                        words.len() - 1
                    });
                    entries[id].clusters = [fine, mid, coarse];
                }
            }
            _ => {}
        }
    }
    let mut phrases: Vec<(u32, u8)> = Vec::new();
    let mut starts: HashMap<u32, usize> = HashMap::new();
    let mut start_order: Vec<u32> = Vec::new();
    for (table, list) in [
        (sources.places, PLACE),
        (sources.countries, PLACE | COUNTRY),
        (sources.given_names, GIVEN_NAME),
        (sources.surnames, SURNAME),
        (sources.org_suffixes, ORG_SUFFIX),
        (sources.famous_surnames, SURNAME | FAMOUS),
        (sources.news_people, SURNAME | FAMOUS),
        (sources.companies, ORGANIZATION),
        (sources.organizations, ORGANIZATION),
    ] {
        for line in table.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            if line.contains(' ') {
                let mut key = PhraseKey::new();
                line.split(' ').for_each(|w| key.add(string_id(w)));
                match phrases.iter_mut().find(|p| p.0 == key.key()) {
                    Some(p) => p.1 |= list,
                    None => phrases.push((key.key(), list)),
                }
                let first = key_of(line.split(' ').next().unwrap_or_default());
                let n = line.split(' ').count();
                let longest = starts.entry(first).or_insert_with(|| {
                    start_order.push(first);
                    0
                });
                *longest = (*longest).max(n);
            } else {
                let id = *ids.entry(line).or_insert_with(|| {
                    words.push(line);
                    entries.push(WordEntry::default());
                    words.len() - 1
                });
                entries[id].lists |= list;
            }
        }
    }
    let mut out = Vec::new();
    let mut header =
        String::from("newslens name-tagger lexicon\ncommand: NEWSLENS_WRITE_TABLES=1 cargo test --lib lexicon_table\n");
    for (name, text) in [
        ("clusters.txt", sources.clusters),
        ("places.txt", sources.places),
        ("countries.txt", sources.countries),
        ("given-names.txt", sources.given_names),
        ("surnames.txt", sources.surnames),
        ("org-suffixes.txt", sources.org_suffixes),
        ("famous-surnames.txt", sources.famous_surnames),
        ("news-people.txt", sources.news_people),
        ("companies.txt", sources.companies),
        ("organizations.txt", sources.organizations),
    ] {
        let _ = writeln!(header, "{name}: fnv1a64 {:016x}", crate::hash::fnv1a(text.as_bytes()));
    }
    let fine_clusters =
        entries.iter().map(|e| e.clusters[0]).filter(|&c| c != NO_CLUSTER).max().map_or(0, |c| c as usize + 1);
    assert!(fine_clusters <= CLUSTER_NONE as usize, "at most 1,023 fine clusters fit the lexicon format");
    out.extend_from_slice(&(fine_clusters as u32).to_le_bytes());
    for fine in 0..fine_clusters as u16 {
        let (mid, coarse) = tree.get(&fine).copied().unwrap_or((NO_CLUSTER, NO_CLUSTER));
        out.extend_from_slice(&mid.to_le_bytes());
        out.extend_from_slice(&coarse.to_le_bytes());
    }
    let keys: Vec<u32> = words.iter().map(|w| key_of(w)).collect();
    let (index, order) = table::build_with(&keys, WORD_BITS);
    let dropped = words.len() - order.len();
    out.extend_from_slice(&index);
    for &i in &order {
        let entry = entries[i];
        let fine = if entry.clusters[0] == NO_CLUSTER { CLUSTER_NONE } else { entry.clusters[0] };
        let value = fine | list_code(entry.lists) << CLUSTER_BITS;
        out.extend_from_slice(&value.to_le_bytes());
    }
    let (index, order) = table::build(&start_order);
    out.extend_from_slice(&index);
    out.extend(order.iter().map(|&i| starts[&start_order[i]].min(255) as u8));
    let phrase_keys: Vec<u32> = phrases.iter().map(|p| p.0).collect();
    let (index, order) = table::build(&phrase_keys);
    out.extend_from_slice(&index);
    out.extend(order.iter().map(|&i| phrases[i].1));
    (FORMAT.write(&header, &out), dropped)
}

#[cfg(test)]
fn key_of(word: &str) -> u32 {
    key(string_id(word))
}

#[cfg(test)]
mod tests {
    use super::super::features::normalize;
    use super::*;

    fn sources() -> Sources<'static> {
        Sources {
            clusters: include_str!("../../../models/ner/clusters.txt"),
            places: include_str!("../../../models/ner/places.txt"),
            countries: include_str!("../../../models/ner/countries.txt"),
            given_names: include_str!("../../../models/ner/given-names.txt"),
            surnames: include_str!("../../../models/ner/surnames.txt"),
            org_suffixes: include_str!("../../../models/ner/org-suffixes.txt"),
            famous_surnames: include_str!("../../../models/ner/famous-surnames.txt"),
            news_people: include_str!("../../../models/ner/news-people.txt"),
            companies: include_str!("../../../models/ner/companies.txt"),
            organizations: include_str!("../../../models/ner/organizations.txt"),
        }
    }

    /// Regenerates `models/ner/lexicon.bin` when `NEWSLENS_WRITE_TABLES` is set; otherwise
    /// fails if the committed file is not what the text tables give.
    #[test]
    fn lexicon_table_matches_its_text_sources() {
        let (bytes, dropped) = derive(&sources());
        // Words sharing their bucket and 12 kept bits with an earlier word: about n² / 2²⁹,
        // 11 expected for 75,976 words; 12 with the committed tables.
        assert!(dropped <= 16, "{dropped} words share a kept key with another");
        if std::env::var_os("NEWSLENS_WRITE_TABLES").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/ner/lexicon.bin");
            std::fs::write(path, &bytes).expect("models/ner is writable");
        } else {
            assert!(
                bytes == LEXICON,
                "models/ner/lexicon.bin is out of date: run NEWSLENS_WRITE_TABLES=1 cargo test --lib lexicon_table"
            );
        }
    }

    #[test]
    fn embedded_tables_read_and_know_common_names() {
        let lexicon = Lexicon::embedded().expect("the embedded lexicon reads");
        assert!(lexicon.len() > 50_000);
        assert_ne!(lexicon.word("paris").clusters[0], NO_CLUSTER);
        assert_eq!(lexicon.word("paris").clusters, lexicon.word("london").clusters);
        assert!(lexicon.word("kyiv").lists & COUNTRY != 0);
        assert!(lexicon.word("smith").lists & SURNAME != 0);
        assert!(lexicon.word("kamala").lists & GIVEN_NAME != 0 || lexicon.word("mary").lists & GIVEN_NAME != 0);
        assert!(lexicon.longest_phrase(&["new", "york", "city"]).map(|(n, _)| n).unwrap_or(0) >= 2);
        assert_eq!(lexicon.longest_phrase(&["new", "qzxv"]), None);
        assert_eq!(lexicon.word("qzxvqzxv"), WordEntry::default());
    }

    #[test]
    fn every_clustered_word_finds_its_clusters_in_any_case() {
        let lexicon = Lexicon::embedded().expect("the embedded lexicon reads");
        let lines: Vec<&str> = sources().clusters.lines().collect();
        let tree: Vec<(u16, u16, u16)> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("#tree\t"))
            .filter_map(|l| {
                let v: Vec<u16> = l.split('\t').filter_map(|f| f.parse().ok()).collect();
                (v.len() == 3).then(|| (v[0], v[1], v[2]))
            })
            .collect();
        assert!(tree.len() >= 1000);
        let (mut checked, mut wrong) = (0, 0);
        for line in lines.iter().filter(|l| !l.starts_with('#')).step_by(7) {
            let Some((fine, list)) = line.split_once('\t') else { continue };
            let fine: u16 = fine.parse().expect("a cluster number");
            let &(_, mid, coarse) = tree.iter().find(|t| t.0 == fine).expect("every cluster is in the tree");
            for word in list.split(' ').filter(|w| !w.is_empty()).step_by(5) {
                let found = lexicon.word(&normalize(&word.to_uppercase()));
                if found.clusters != [fine, mid, coarse] {
                    wrong += 1;
                }
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked} words checked");
        // Only a word whose kept key equals an earlier word's (at most 16, see the derivation
        // test) can be wrong.
        assert!(wrong <= 16, "{wrong} of {checked} words have the wrong clusters");
    }

    #[test]
    fn list_codes_keep_every_combination_the_tables_make() {
        for lists in 0..=127u8 {
            let suffix_and_org = lists & ORG_SUFFIX != 0 && lists & ORGANIZATION != 0;
            if lists & COUNTRY != 0 && lists & PLACE == 0
                || lists & FAMOUS != 0 && lists & SURNAME == 0
                || suffix_and_org
            {
                continue;
            }
            assert_eq!(LISTS_OF_CODE[usize::from(list_code(lists))], lists, "lists {lists:#09b}");
        }
        let lexicon = Lexicon::embedded().expect("the embedded lexicon reads");
        assert_eq!(lexicon.word("stalin").lists & (SURNAME | FAMOUS), SURNAME | FAMOUS);
        assert!(lexicon.word("adyen").lists & ORGANIZATION != 0);
        assert!(lexicon
            .longest_phrase(&["world", "health", "organization"])
            .is_some_and(|(_, l)| l & ORGANIZATION != 0));
    }

    #[test]
    fn the_embedded_lexicon_passes_every_check() {
        let lexicon = Lexicon::from_bytes(LEXICON).expect("checksum and indexes agree");
        assert_eq!(lexicon.len(), Lexicon::embedded().expect("it reads").len());
    }

    #[test]
    fn a_corrupted_lexicon_is_refused() {
        let mut bytes = LEXICON.to_vec();
        bytes[40] ^= 1;
        assert_eq!(Lexicon::from_bytes(&bytes).err(), Some(ModelError::Corrupted));
        assert!(Lexicon::from_bytes(&LEXICON[..LEXICON.len() / 2]).is_err());
        assert_eq!(
            Lexicon::from_bytes(b"NLNERMDL\x01\0\0\0........").err(),
            Some(ModelError::NotAModel { model: "name-tagger lexicon" })
        );
    }
}
