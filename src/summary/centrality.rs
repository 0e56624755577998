//! Directed centrality (after PacSum, Zheng & Lapata, "Sentence Centrality Revisited for
//! Unsupervised Summarization", ACL 2019): a sentence is central when the text after it keeps
//! talking about what it says; what it merely repeats of the text before it counts against it.
//!
//! With unit-length vectors, the sum of a sentence's cosine similarities to all later sentences
//! is its dot product with the sum of their vectors, so one pass from the end (a running sum)
//! and one from the start give every sentence's score in time linear in the text.

use super::terms::Terms;

/// How much similarity to the text before a sentence counts, against 1 for the text after it.
/// Negative, as PacSum found for news: a sentence that restates earlier ones is not the gist.
const BACKWARD: f32 = -0.5;

/// Each sentence's directed centrality: the sum of its similarities to later sentences plus
/// `BACKWARD` times the sum of its similarities to earlier ones.
pub fn directed(terms: &Terms) -> Vec<f32> {
    let count = terms.vectors.len();
    let mut running = vec![0.0f32; terms.vocabulary];
    let mut scores = vec![0.0f32; count];
    for (i, vector) in terms.vectors.iter().enumerate().rev() {
        scores[i] = dot(vector, &running);
        add(vector, &mut running);
    }
    running.iter_mut().for_each(|w| *w = 0.0);
    for (i, vector) in terms.vectors.iter().enumerate() {
        scores[i] += BACKWARD * dot(vector, &running);
        add(vector, &mut running);
    }
    scores
}

fn dot(vector: &[(u32, f32)], dense: &[f32]) -> f32 {
    vector.iter().map(|&(id, w)| w * dense.get(id as usize).copied().unwrap_or(0.0)).sum()
}

fn add(vector: &[(u32, f32)], dense: &mut [f32]) {
    for &(id, w) in vector {
        if let Some(slot) = dense.get_mut(id as usize) {
            *slot += w;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Document;

    #[test]
    fn the_sums_equal_the_pairwise_similarities() {
        let document = Document::new(
            "Floods hit the valley town. Rescuers reached the valley by boat. The town mayor praised rescuers. \
             Rain is expected again.",
        );
        let terms = Terms::new(&document);
        let scores = directed(&terms);
        for (i, &score) in scores.iter().enumerate() {
            let mut expected = 0.0;
            for j in 0..scores.len() {
                if j > i {
                    expected += terms.similarity(i, j);
                } else if j < i {
                    expected += BACKWARD * terms.similarity(i, j);
                }
            }
            assert!((score - expected).abs() < 1e-4, "{i}: {score} against {expected}");
        }
    }

    #[test]
    fn a_sentence_the_rest_elaborates_outranks_an_aside() {
        let document = Document::new(
            "The council approved the new bridge budget. The weather was mild. \
             The bridge budget covers repairs. Council members said the bridge needs repairs.",
        );
        let scores = directed(&Terms::new(&document));
        assert!(scores[0] > scores[1]);
    }
}
