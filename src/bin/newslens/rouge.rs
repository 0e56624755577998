//! ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, computed as Google's `rouge-score` package computes them
//! (`RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)`): the text lower-cased,
//! every run of characters other than `[a-z0-9]` a space, tokens of more than three characters
//! Porter-stemmed (NLTK's variant, the one `newslens::keyphrase::stem` implements); n-gram
//! overlap clipped by counts; ROUGE-Lsum the summary-level union LCS of Lin (2004) over
//! sentences given one a line, each hit counted at most as often as the token occurs on both
//! sides.

use std::collections::HashMap;

use newslens::keyphrase::stem;

/// Precision, recall and F1 of one comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    fn new(hits: usize, predicted: usize, reference: usize) -> Score {
        let precision = hits as f64 / predicted.max(1) as f64;
        let recall = hits as f64 / reference.max(1) as f64;
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Score { precision, recall, f1 }
    }
}

/// The tokens `rouge-score` compares.
pub fn tokens(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let spaced: String =
        lower.chars().map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { ' ' }).collect();
    spaced
        .split_whitespace()
        .map(|t| if t.len() > 3 { stem(t) } else { t.to_owned() })
        .filter(|t| !t.is_empty())
        .collect()
}

/// ROUGE-N of `predicted` against `reference`.
pub fn rouge_n(predicted: &str, reference: &str, n: usize) -> Score {
    let grams = |text: &str| {
        let tokens = tokens(text);
        let mut counts: HashMap<Vec<String>, usize> = HashMap::new();
        for window in tokens.windows(n) {
            *counts.entry(window.to_vec()).or_default() += 1;
        }
        counts
    };
    let (p, r) = (grams(predicted), grams(reference));
    let hits = r.iter().map(|(gram, &count)| count.min(p.get(gram).copied().unwrap_or(0))).sum();
    Score::new(hits, p.values().sum(), r.values().sum())
}

/// ROUGE-Lsum of `predicted` against `reference`, both one sentence a line.
pub fn rouge_lsum(predicted: &str, reference: &str) -> Score {
    let sentences =
        |text: &str| -> Vec<Vec<String>> { text.split('\n').filter(|s| !s.is_empty()).map(tokens).collect() };
    let (candidate, reference) = (sentences(predicted), sentences(reference));
    let m: usize = reference.iter().map(Vec::len).sum();
    let n: usize = candidate.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let count = |list: &[Vec<String>]| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for token in list.iter().flatten() {
            *counts.entry(token.clone()).or_default() += 1;
        }
        counts
    };
    let (mut left_r, mut left_c) = (count(&reference), count(&candidate));
    let mut hits = 0;
    for sentence in &reference {
        let mut union: Vec<usize> = candidate.iter().flat_map(|c| lcs_indices(sentence, c)).collect();
        union.sort_unstable();
        union.dedup();
        for token in union.into_iter().map(|i| &sentence[i]) {
            let (Some(r), Some(c)) = (left_r.get_mut(token), left_c.get_mut(token)) else { continue };
            if *r > 0 && *c > 0 {
                hits += 1;
                *r -= 1;
                *c -= 1;
            }
        }
    }
    Score::new(hits, n, m)
}

/// The indices in `reference` of one longest common subsequence with `candidate`, chosen by the
/// same backtracking as `rouge-score` (ties step back in `reference`).
fn lcs_indices(reference: &[String], candidate: &[String]) -> Vec<usize> {
    let (rows, cols) = (reference.len(), candidate.len());
    let mut table = vec![0u32; (rows + 1) * (cols + 1)];
    let at = |i: usize, j: usize| i * (cols + 1) + j;
    for i in 1..=rows {
        for j in 1..=cols {
            table[at(i, j)] = if reference[i - 1] == candidate[j - 1] {
                table[at(i - 1, j - 1)] + 1
            } else {
                table[at(i - 1, j)].max(table[at(i, j - 1)])
            };
        }
    }
    let (mut i, mut j) = (rows, cols);
    let mut found = Vec::new();
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            found.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table[at(i, j - 1)] > table[at(i - 1, j)] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lower_case_alphanumeric_runs_stemmed_past_three_letters() {
        assert_eq!(tokens("The Bears’ 3-0 win, running!"), ["the", "bear", "3", "0", "win", "run"]);
    }

    #[test]
    fn rouge_n_clips_repeated_grams() {
        let score = rouge_n("the the the cat", "the cat sat", 1);
        assert!((score.precision - 0.5).abs() < 1e-9 && (score.recall - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(rouge_n("cat sat", "cat sat", 2).f1, 1.0);
    }

    #[test]
    fn lsum_takes_the_union_of_sentence_lcs() {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5;
        // the union LCS is w1 w2 w3 w5: recall 4/5.
        let score = rouge_lsum("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "w1 w2 w3 w4 w5");
        assert!((score.recall - 0.8).abs() < 1e-9, "{score:?}");
        assert!((score.precision - 0.4).abs() < 1e-9);
    }
}
