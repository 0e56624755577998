//! One score per sentence: position, centrality and salience, each scaled to [0, 1] and
//! weighted, times a length prior.

use crate::keyphrase::{EntityHint, Keyphrase};
use crate::segment::{Document, TokenKind};

/// The weights of position, centrality and salience. Position weighs most: in news the lead
/// carries the gist, and taking the first three sentences is the baseline that unsupervised
/// methods rarely beat (TextRank and PacSum with TF-IDF score below it on CNN/DailyMail);
/// centrality and salience decide between sentences of close rank.
const POSITION: f32 = 0.8;
const CENTRALITY: f32 = 0.1;
const SALIENCE: f32 = 0.1;

/// Words past which a sentence's score falls in proportion (25 words: about the length of a
/// typical news sentence). A far longer one says more than its gist, or is two sentences glued
/// together by a missing period (a photo caption run into the text).
const LONG_SENTENCE: f32 = 25.0;

/// For each sentence, the salience of the entities and the scores of the key phrases it names,
/// summed over their mentions and divided by the square root of its length (so that a long
/// sentence does not win by naming more), relative to the highest sentence.
pub fn salience(document: &Document<'_>, entities: &[EntityHint], keyphrases: &[Keyphrase]) -> Vec<f32> {
    let mut sums = vec![0.0f32; document.sentences.len()];
    let spans = entities
        .iter()
        .map(|e| (e.start, e.salience))
        .chain(keyphrases.iter().flat_map(|k| k.occurrences.iter().map(move |o| (o.start, k.score))));
    for (start, weight) in spans {
        let at = document.sentences.partition_point(|s| s.span.end <= start);
        if let Some(sum) = sums.get_mut(at) {
            *sum += weight.max(0.0);
        }
    }
    for (i, sum) in sums.iter_mut().enumerate() {
        *sum /= (words(document, i) as f32).max(1.0).sqrt();
    }
    let top = sums.iter().copied().fold(0.0f32, f32::max);
    if top > 0.0 {
        sums.iter_mut().for_each(|s| *s /= top);
    }
    sums
}

/// The combined score of every sentence. Position is 1/(k + 1) for the k-th eligible sentence;
/// centrality is scaled to [0, 1] over the eligible sentences.
pub fn combine(document: &Document<'_>, eligible: &[bool], centrality: &[f32], salience: &[f32]) -> Vec<f32> {
    let chosen = || centrality.iter().zip(eligible).filter(|(_, &e)| e).map(|(&c, _)| c);
    let low = chosen().fold(f32::INFINITY, f32::min);
    let high = chosen().fold(f32::NEG_INFINITY, f32::max);
    let range = if high > low { high - low } else { 1.0 };
    let mut rank = 0usize;
    (0..eligible.len())
        .map(|i| {
            let position = 1.0 / (rank as f32 + 1.0);
            rank += usize::from(eligible[i]);
            let central = if low.is_finite() { ((centrality[i] - low) / range).clamp(0.0, 1.0) } else { 0.0 };
            let score = POSITION * position + CENTRALITY * central + SALIENCE * salience.get(i).copied().unwrap_or(0.0);
            score * length_prior(words(document, i))
        })
        .collect()
}

/// 1 up to `LONG_SENTENCE` words, then falling as 1/length.
fn length_prior(words: usize) -> f32 {
    (LONG_SENTENCE / words.max(1) as f32).min(1.0)
}

fn words(document: &Document<'_>, sentence: usize) -> usize {
    document.sentences[sentence].tokens.clone().filter(|&t| document.tokens[t].kind == TokenKind::Word).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_only_eligible_sentences() {
        let document = Document::new("Fire. A fire hit the old mill. The mill was empty.");
        let scores = combine(&document, &[false, true, true], &[0.0; 3], &[0.0; 3]);
        assert_eq!(scores, [POSITION, POSITION, POSITION / 2.0]);
    }

    #[test]
    fn a_sentence_past_the_usual_length_loses_in_proportion() {
        assert_eq!(length_prior(10), 1.0);
        assert_eq!(length_prior(50), 0.5);
        assert_eq!(length_prior(0), 1.0);
    }

    #[test]
    fn salience_sums_the_mentions_of_each_sentence_per_root_of_its_length() {
        let document = Document::new("Biden met Xi. It rained. Xi left.");
        let hints = [
            EntityHint { start: 0, end: 5, salience: 1.0 },
            EntityHint { start: 10, end: 12, salience: 0.5 },
            EntityHint { start: 25, end: 27, salience: 0.5 },
        ];
        let found = salience(&document, &hints, &[]);
        let (first, third) = (1.5 / 3f32.sqrt(), 0.5 / 2f32.sqrt());
        assert_eq!(found, [1.0, 0.0, third / first]);
    }
}
