//! Choosing the phrases to show: entity spans made whole candidates, then the best candidates
//! in score order, each dropped when it is a near-duplicate of one already chosen.

use crate::hash::FastMap;
use std::ops::Range;

use super::candidate::{Candidate, Key, Words, MAX_WORDS};
use super::{EntityHint, Keyphrase, Occurrence};
use crate::segment::Document;

/// Entities at least this salient (the most salient has 1) are what the text is about: their
/// names are boosted by their salience.
const ABOUT: f32 = 0.5;
/// The factor for the names of other entities: the entity panel lists them, key phrases are
/// for topics.
const ASIDE: f32 = 0.5;

/// A recurring phrase takes the place of a better part of it when it accounts for at least
/// one in this many of the part's occurrences ("sea wall" for "wall"; not a phrase seen twice
/// for a word the whole text uses).
const PART_SHARE: usize = 3;

/// Adds each entity mention of at most [`MAX_WORDS`] words as an occurrence of a candidate
/// that names the entity, removes the occurrences of other candidates that cut a mention, and
/// returns each candidate's score factor (1 for candidates that are not entities; 1 +
/// salience for entities the text is about, [`ASIDE`] for the others).
pub fn apply_entities(
    document: &Document<'_>,
    words: &Words,
    candidates: &mut Vec<Candidate>,
    entities: &[EntityHint],
) -> Vec<f32> {
    let mut boosts = vec![1.0f32; candidates.len()];
    if entities.is_empty() {
        return boosts;
    }
    let mut index_of: FastMap<Key, usize> = candidates.iter().enumerate().map(|(i, c)| (c.key, i)).collect();
    let mut mentions: Vec<Range<usize>> = Vec::new();
    for hint in entities {
        let first = document.tokens.partition_point(|t| t.start < hint.start);
        let end = document.tokens.partition_point(|t| t.end <= hint.end);
        if first >= end {
            continue;
        }
        let terms: Vec<u32> = words.tokens[first..end].iter().flatten().map(|w| w.term).collect();
        if terms.is_empty() || terms.len() > MAX_WORDS {
            continue;
        }
        let mut key = [u32::MAX; MAX_WORDS];
        key[..terms.len()].copy_from_slice(&terms);
        let index = *index_of.entry(key).or_insert_with(|| {
            candidates.push(Candidate {
                key,
                len: terms.len(),
                occurrences: Vec::new(),
                capitalised: 0,
                names: 0,
                entity: None,
            });
            boosts.push(1.0);
            candidates.len() - 1
        });
        let candidate = &mut candidates[index];
        let at = candidate.occurrences.partition_point(|o| o.start < first);
        if candidate.occurrences.get(at) != Some(&(first..end)) {
            candidate.occurrences.insert(at, first..end);
        }
        candidate.names += 1;
        candidate.entity = candidate.entity.or(Some(hint.entity));
        let salience = hint.salience.clamp(0.0, 1.0);
        boosts[index] = if salience >= ABOUT { 1.0 + salience } else { ASIDE };
        mentions.push(first..end);
    }
    // Mentions sorted by end (packed into integers, so that the sort is the one `best` uses):
    // those ending after an occurrence starts are a suffix, and when mentions do not nest, as
    // merged entity mentions do not, the ones that overlap it come first in that suffix.
    let mut packed: Vec<u64> = mentions.iter().map(|m| ((m.end as u64) << 32) | m.start as u64).collect();
    packed.sort_unstable();
    let mentions: Vec<Range<usize>> =
        packed.into_iter().map(|p| (p & u64::from(u32::MAX)) as usize..(p >> 32) as usize).collect();
    for candidate in candidates.iter_mut() {
        candidate.occurrences.retain(|occurrence| {
            let from = mentions.partition_point(|m| m.end <= occurrence.start);
            !mentions[from..].iter().take_while(|m| m.start < occurrence.end).any(|mention| {
                let overlaps = occurrence.start < mention.end && mention.start < occurrence.end;
                let contains = occurrence.start <= mention.start && mention.end <= occurrence.end;
                overlaps && !contains
            })
        });
    }
    boosts
}

/// Folds a short form of a name into the best longer name that ends with it, or starts with
/// it when the short form has two words or more ("Buble" into "Michael Buble", "Dame
/// Vivienne" into "Dame Vivienne Westwood", but not "Chicago" into "Chicago Cubs"): the name
/// takes the better of the two scores (and the short form's entity if it has none), and the
/// short form's own score becomes 0. Occurrences stay each phrase's own. Short forms go first, so that chains end in the longest name.
pub fn merge_aliases(candidates: &mut [Candidate], scores: &mut [f32]) {
    let names: Vec<usize> =
        (0..candidates.len()).filter(|&i| candidates[i].len >= 2 && candidates[i].names > 0).collect();
    if names.is_empty() {
        return;
    }
    // Each name under the word runs an alias can match: its proper suffixes (any length) and
    // its proper prefixes of two words or more. Names have at most MAX_WORDS words, so this
    // index is linear in the names and every alias looks up its few candidates directly.
    // Keyed like candidates, padded with `u32::MAX`, which no stem index reaches.
    let mut by_part: FastMap<Key, Vec<usize>> = FastMap::default();
    for &i in &names {
        let terms = candidates[i].terms();
        for cut in 1..terms.len() {
            by_part.entry(padded(&terms[cut..])).or_default().push(i);
            if cut >= 2 {
                by_part.entry(padded(&terms[..cut])).or_default().push(i);
            }
        }
    }
    for names in by_part.values_mut() {
        names.dedup();
    }
    for len in 1..MAX_WORDS {
        for short in 0..candidates.len() {
            let alias = &candidates[short];
            if alias.len != len || alias.capitalised * 2 < alias.occurrences.len() || scores[short] <= 0.0 {
                continue;
            }
            let Some(matching) = by_part.get(&padded(alias.terms())) else { continue };
            let name = matching
                .iter()
                .copied()
                .filter(|&i| candidates[i].len > len && !candidates[i].occurrences.is_empty())
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]));
            let Some(name) = name else { continue };
            if candidates[name].entity.is_none() {
                candidates[name].entity = candidates[short].entity;
            }
            scores[name] = scores[name].max(scores[short]);
            scores[short] = 0.0;
        }
    }
}

/// The key of a run of at most [`MAX_WORDS`] stems: the stems, padded with `u32::MAX`.
fn padded(terms: &[u32]) -> Key {
    let mut key = [u32::MAX; MAX_WORDS];
    key[..terms.len()].copy_from_slice(terms);
    key
}

/// The best `limit` candidates by `scores`, without near-duplicates, as key phrases. A phrase
/// that recurs and holds a better one takes its place ("sea wall" replaces "wall"), when it
/// makes at least one in [`PART_SHARE`] of the part's occurrences.
pub fn best(
    document: &Document<'_>,
    words: &Words,
    candidates: &[Candidate],
    scores: &[f32],
    limit: usize,
    entities: &[EntityHint],
) -> Vec<Keyphrase> {
    // Best first; among equals, the candidate found first. Scores are positive, so their bits
    // order as the numbers do, and one integer sort does it.
    let mut order: Vec<u64> = (0..candidates.len())
        .filter(|&i| !candidates[i].occurrences.is_empty() && scores[i] > 0.0)
        .map(|i| (u64::from(!scores[i].to_bits()) << 32) | i as u64)
        .collect();
    order.sort_unstable();
    // The limit is the caller's and may be huge (`usize::MAX` means "all"): never allocate by it.
    // Each chosen phrase keeps the score of the place it took.
    let mut chosen: Vec<(usize, f32)> = Vec::with_capacity(limit.min(order.len()));
    for index in order.into_iter().map(|key| (key & u64::from(u32::MAX)) as usize) {
        if chosen.len() == limit {
            break;
        }
        let candidate = &candidates[index];
        let part = chosen.iter().position(|&(c, _)| {
            let held = &candidates[c];
            held.len < candidate.len
                && candidate.occurrences.len() >= 2
                && PART_SHARE * candidate.occurrences.len() >= held.occurrences.len()
                && held.entity.is_none()
                && contains_terms(candidate.terms(), held.terms())
        });
        if let Some(part) = part {
            if !chosen.iter().any(|&(c, _)| c != chosen[part].0 && is_near_duplicate(candidate, &candidates[c])) {
                chosen[part].0 = index;
            }
            continue;
        }
        if !chosen.iter().any(|&(c, _)| is_near_duplicate(candidate, &candidates[c])) {
            chosen.push((index, scores[index]));
        }
    }
    // A replacement may have made two places one phrase: keep the first.
    let mut seen = Vec::with_capacity(chosen.len());
    chosen.retain(|&(c, _)| {
        let new = !seen.contains(&c);
        seen.push(c);
        new
    });
    // Each entity's mentions, by id (ids are small: below the number of entities), as the
    // tokens they cover (a hint that covers none is left out).
    let mut mentions: Vec<Vec<Occurrence>> = Vec::new();
    for hint in entities {
        let first = document.tokens.partition_point(|t| t.start < hint.start);
        let end = document.tokens.partition_point(|t| t.end <= hint.end);
        if first >= end || hint.entity > entities.len() {
            continue;
        }
        if mentions.len() <= hint.entity {
            mentions.resize(hint.entity + 1, Vec::new());
        }
        mentions[hint.entity]
            .push(Occurrence { start: document.tokens[first].start, end: document.tokens[end - 1].end });
    }
    for spans in &mut mentions {
        spans.sort_unstable_by_key(|o| o.start);
        spans.dedup();
    }
    let top = chosen.first().map_or(1.0, |&(_, score)| score);
    chosen.into_iter().map(|(i, score)| keyphrase(document, words, &candidates[i], score / top, &mentions)).collect()
}

/// Whether `candidate` adds nothing to `better`: its words are a part of `better`'s and most
/// of its occurrences are inside `better`'s, or it holds `better`'s words and occurs once.
fn is_near_duplicate(candidate: &Candidate, better: &Candidate) -> bool {
    if contains_terms(better.terms(), candidate.terms()) {
        let inside = candidate.occurrences.iter().filter(|o| is_inside(o, &better.occurrences)).count();
        return inside * 2 >= candidate.occurrences.len();
    }
    // A longer phrase around a better one stays if it recurs: "polar bear" after "bear".
    candidate.occurrences.len() < 2 && contains_terms(candidate.terms(), better.terms())
}

/// Whether `occurrence` lies inside one of `outer`, which is sorted by start. Starts are
/// distinct and a span holds at most a few tokens, so only the last few spans that start at or
/// before `occurrence` can hold it: the check takes logarithmic time, not linear.
fn is_inside(occurrence: &Range<usize>, outer: &[Range<usize>]) -> bool {
    const LOOK_BACK: usize = 8;
    let end = outer.partition_point(|o| o.start <= occurrence.start);
    outer[end.saturating_sub(LOOK_BACK)..end].iter().any(|o| occurrence.end <= o.end)
}

fn contains_terms(outer: &[u32], inner: &[u32]) -> bool {
    inner.len() <= outer.len() && outer.windows(inner.len()).any(|window| window == inner)
}

fn keyphrase(
    document: &Document<'_>,
    words: &Words,
    candidate: &Candidate,
    score: f32,
    mentions: &[Vec<Occurrence>],
) -> Keyphrase {
    // Show the phrase as written in full, where its first word is not first in a sentence, so
    // that its capital means something.
    let full: Vec<&Range<usize>> = candidate.occurrences.iter().filter(|o| o.end - o.start >= candidate.len).collect();
    let shown = full
        .iter()
        .find(|o| words.tokens[o.start].is_some_and(|w| !w.initial))
        .or(full.first())
        .copied()
        .unwrap_or(&candidate.occurrences[0]);
    let span =
        |o: &Range<usize>| Occurrence { start: document.tokens[o.start].start, end: document.tokens[o.end - 1].end };
    let text = span(shown);
    // A name's occurrences are its entity's mentions.
    let occurrences = match candidate.entity.and_then(|e| mentions.get(e)) {
        Some(spans) if !spans.is_empty() => spans.clone(),
        _ => candidate.occurrences.iter().map(span).collect(),
    };
    Keyphrase { text: document.text[text.start..text.end].to_owned(), score, occurrences, entity: candidate.entity }
}
