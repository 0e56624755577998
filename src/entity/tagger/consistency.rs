//! The document pass: one name, one type, within an article.
//!
//! Method: every name's words (normalized) collect the confidence of each type they were
//! given in the document. Then (1) each name takes the type with the most confidence for its
//! words; (2) capitalised word sequences that were tagged confidently elsewhere but missed here
//! are added with that type; (3) a capitalised word alone that is the last word of a person's
//! full name in the document ("Zelensky" after "Volodymyr Zelensky") becomes a person.
//! Limits: a word used for two things in one article (a person and a company named after
//! them) gets one type.

use super::features::DocumentWords;
use super::label::Name;
use crate::hash::IdMap;
use crate::segment::{Case, Casing};

/// Names at least this confident are copied to missed mentions of the same words.
const COPY_CONFIDENCE: f32 = 0.8;
/// Only names less confident than this take the document's type for their words: a sure
/// name keeps its own (on dev, relabelling every name cost 0.5 F1, relabelling those under
/// 0.8 gained 0.1: in sports results "TORONTO" is a team in the table and a place in "CHICAGO
/// AT TORONTO").
const RELABEL_BELOW: f32 = 0.8;
/// The longest name copied, in words.
const LONGEST: usize = 6;
const PERSON: usize = 0;

/// A word sequence's key: a hash of its words' normalized ids (no string is built).
fn key(words: &DocumentWords, s: usize, start: usize, end: usize) -> u64 {
    let mut h = (end - start) as u64;
    for i in start..end {
        h = (h.rotate_left(29) ^ words.word(s, i).norm_id).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    h ^ (h >> 32)
}

pub fn apply(words: &DocumentWords, names: &mut [Vec<Name>]) {
    let mut mass: IdMap<[f32; 4]> = IdMap::default();
    let mut confident: IdMap<(usize, f32)> = IdMap::default();
    let mut surnames: IdMap<f32> = IdMap::default();
    for (s, found) in names.iter().enumerate() {
        for name in found {
            let key = key(words, s, name.start, name.end);
            mass.entry(key).or_default()[name.kind] += name.confidence;
            if name.confidence >= COPY_CONFIDENCE && name.end - name.start <= LONGEST {
                let best = confident.entry(key).or_insert((name.kind, 0.0));
                if name.confidence > best.1 {
                    *best = (name.kind, name.confidence);
                }
            }
            if name.kind == PERSON && name.end - name.start >= 2 {
                let last = words.word(s, name.end - 1);
                if last.case != Case::Lower {
                    let slot = surnames.entry(last.norm_id).or_default();
                    *slot = slot.max(name.confidence);
                }
            }
        }
    }
    if mass.is_empty() {
        return;
    }
    for (s, found) in names.iter_mut().enumerate() {
        // (1) One type per name.
        for name in found.iter_mut() {
            let key = key(words, s, name.start, name.end);
            if let (Some(types), true) = (mass.get(&key), name.confidence < RELABEL_BELOW) {
                let (best, _) =
                    types
                        .iter()
                        .enumerate()
                        .fold((name.kind, types[name.kind]), |acc, (k, &m)| if m > acc.1 { (k, m) } else { acc });
                name.kind = best;
            }
            // (3) A surname alone.
            if name.end - name.start == 1 && name.kind != PERSON {
                let norm = words.word(s, name.start).norm_id;
                if let Some(&confidence) = surnames.get(&norm) {
                    if confidence > name.confidence {
                        name.kind = PERSON;
                    }
                }
            }
        }
        // (2) Missed mentions, and (3) for words no name covers.
        let len = words.sentence_len(s);
        let capitals_matter = words.modes[s] != Casing::Lower;
        let mut covered = vec![false; len];
        for name in found.iter() {
            covered[name.start..name.end].iter_mut().for_each(|c| *c = true);
        }
        let mut added = Vec::new();
        let mut i = 0;
        while i < len {
            if covered[i] || (capitals_matter && !words.word(s, i).case_capitalised()) {
                i += 1;
                continue;
            }
            let mut matched = None;
            for end in (i + 1..=(i + LONGEST).min(len)).rev() {
                if covered[i..end].iter().any(|&c| c) {
                    continue;
                }
                if let Some(&(kind, confidence)) = confident.get(&key(words, s, i, end)) {
                    matched = Some((end, kind, confidence * 0.9));
                    break;
                }
            }
            if matched.is_none() {
                if let Some(&confidence) = surnames.get(&words.word(s, i).norm_id) {
                    matched = Some((i + 1, PERSON, confidence * 0.8));
                }
            }
            match matched {
                Some((end, kind, confidence)) => {
                    added.push(Name { start: i, end, kind, confidence });
                    i = end;
                }
                None => i += 1,
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|name| name.start);
        }
    }
}
