//! Scores: a PositionRank-style centrality for each stem (Florescu and Caragea, 2017: PageRank
//! over the co-occurrence graph of words, its random jumps biased towards words that occur
//! early), then a score per candidate phrase from its words' scores, its own frequency, how
//! tightly its words stick together and how far it spreads through the text. (Casing acts
//! earlier: it shapes the candidates, see `candidate`.)

use super::candidate::{Candidate, Words};
use super::lexicon::Class;
use crate::segment::Document;

/// Words at most this far apart (counting only non-stop words of one sentence) are linked.
const WINDOW: usize = 4;
/// PageRank's damping factor: the chance of following a link rather than jumping.
const DAMPING: f32 = 0.85;
/// PageRank stops after this many rounds, or sooner once a round moves less than CONVERGED.
const ITERATIONS: usize = 30;
const CONVERGED: f32 = 1e-5;
/// The factor for a phrase of several words seen only once.
const ONCE: f32 = 0.5;
/// The weight of spread: a phrase from the first token to the last scores 1 + SPREAD times more.
const SPREAD: f32 = 2.0;

/// The centrality of every stem (indexed by `Word::term`), summing to 1 over the stems that occur
/// (stop words have 0).
pub fn term_scores(document: &Document<'_>, words: &Words) -> Vec<f32> {
    let n = words.terms;
    let mut jump = vec![0.0f32; n];
    let mut degree = vec![0.0f32; n];
    let mut edges: Vec<(u32, u32)> = Vec::new();
    let mut position = 0usize;
    let mut recent: Vec<u32> = Vec::with_capacity(WINDOW);
    for sentence in &document.sentences {
        recent.clear();
        for word in words.tokens[sentence.tokens.clone()].iter().flatten() {
            position += 1;
            if word.class == Class::Stop {
                continue;
            }
            jump[word.term as usize] += 1.0 / (position as f32).sqrt();
            for &other in &recent {
                if other != word.term {
                    edges.push((other, word.term));
                    degree[other as usize] += 1.0;
                    degree[word.term as usize] += 1.0;
                }
            }
            if recent.len() == WINDOW - 1 {
                recent.remove(0);
            }
            recent.push(word.term);
        }
    }
    let total: f32 = jump.iter().sum();
    if total <= 0.0 {
        return jump;
    }
    for value in &mut jump {
        *value /= total;
    }
    let mut score = jump.clone();
    let mut next = vec![0.0f32; n];
    let mut share = vec![0.0f32; n];
    for _ in 0..ITERATIONS {
        // Words without links hand their weight back through the jump distribution.
        let mut stranded = 0.0;
        for ((share, &score), &degree) in share.iter_mut().zip(&score).zip(&degree) {
            if degree == 0.0 {
                stranded += score;
                *share = 0.0;
            } else {
                *share = DAMPING * score / degree;
            }
        }
        let jumping = 1.0 - DAMPING + DAMPING * stranded;
        for (value, base) in next.iter_mut().zip(&jump) {
            *value = jumping * base;
        }
        for &(a, b) in &edges {
            next[b as usize] += share[a as usize];
            next[a as usize] += share[b as usize];
        }
        let change: f32 = next.iter().zip(&score).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut score, &mut next);
        if change < CONVERGED {
            break;
        }
    }
    score
}

/// How many times each stem occurs as a non-stop word.
pub fn term_counts(words: &Words) -> Vec<u32> {
    let mut counts = vec![0u32; words.terms];
    for word in words.tokens.iter().flatten() {
        counts[word.term as usize] += 1;
    }
    counts
}

/// The score of one candidate phrase: the mean of its words' centrality (PositionRank's sum
/// favours long phrases; multi-word phrases win back their place over their parts in
/// `select::best`); times its cohesion (the share of its rarest word's occurrences that
/// fall inside the phrase: "polar bear" 1, "celebrity polar" low); halved for a phrase of
/// several words seen once that is not a name; raised by its spread over the text (from its
/// first occurrence to its last: a phrase that runs through the article is what it is about).
pub fn phrase_score(candidate: &Candidate, terms: &[f32], counts: &[u32], tokens: usize) -> f32 {
    let n = candidate.len;
    let sum: f32 = candidate.terms().iter().map(|&t| terms[t as usize]).sum();
    let frequency = candidate.occurrences.len() as f32;
    let mut score = sum / n as f32;
    if n > 1 {
        let rarest = candidate.terms().iter().map(|&t| counts[t as usize]).min().unwrap_or(1).max(1);
        score *= (frequency / rarest as f32).min(1.0);
        if frequency < 2.0 && candidate.names == 0 {
            score *= ONCE;
        }
    }
    let first = candidate.occurrences.first().map_or(0, |o| o.start);
    let last = candidate.occurrences.last().map_or(0, |o| o.start);
    let spread = (last - first) as f32 / tokens.max(1) as f32;
    score * (1.0 + SPREAD * spread)
}
