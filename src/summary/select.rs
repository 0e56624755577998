//! Choosing the sentences: best first, skipping what repeats a sentence already chosen, taking a
//! quotation whole or not at all; returned in document order.

use std::ops::Range;

use super::terms::Terms;

/// A sentence whose cosine similarity to one already chosen passes this mostly repeats it.
const REDUNDANT: f32 = 0.5;

/// The longest quotation, in sentences, that may be taken whole.
const LONGEST_UNIT: usize = 3;

/// Up to `length` sentence indices, in document order.
pub fn select(terms: &Terms, units: &[Range<usize>], eligible: &[bool], scores: &[f32], length: usize) -> Vec<usize> {
    // Each unit once, by its first sentence, scored by the mean of its sentences.
    let mut candidates: Vec<(Range<usize>, f32)> = units
        .iter()
        .enumerate()
        .filter(|(i, unit)| unit.start == *i && eligible.get(*i).copied().unwrap_or(false))
        .filter(|(_, unit)| unit.len() <= LONGEST_UNIT)
        .map(|(_, unit)| {
            let sum: f32 = scores.get(unit.clone()).map_or(0.0, |s| s.iter().sum());
            (unit.clone(), sum / unit.len().max(1) as f32)
        })
        .collect();
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.start.cmp(&b.0.start)));
    let mut chosen: Vec<usize> = Vec::with_capacity(length.min(units.len()));
    for (unit, _) in candidates {
        if chosen.len() + unit.len() > length {
            continue;
        }
        let repeats = unit.clone().any(|i| chosen.iter().any(|&c| terms.similarity(i, c) > REDUNDANT));
        if !repeats {
            chosen.extend(unit);
        }
        if chosen.len() == length {
            break;
        }
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Document;

    #[test]
    fn a_repeat_is_skipped_and_a_quotation_is_taken_whole_or_not_at_all() {
        let document = Document::new(
            "Floods closed the valley road on Monday. Floods closed the valley road Monday. \
             “We are cut off. We need help,” the mayor said. Schools stay shut all week.",
        );
        let terms = Terms::new(&document);
        let units: Vec<Range<usize>> = vec![0..1, 1..2, 2..4, 2..4, 4..5];
        let eligible = [true; 5];
        let scores = [1.0, 0.9, 0.8, 0.8, 0.1];
        assert_eq!(select(&terms, &units, &eligible, &scores, 2), [0, 4]);
        assert_eq!(select(&terms, &units, &eligible, &scores, 3), [0, 2, 3]);
    }
}
