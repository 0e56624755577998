//! Decoding: the best label sequence (Viterbi) and per-token label probabilities
//! (forward-backward), both restricted to valid BILOU sequences.
//!
//! Scores are sums of feature weights (emissions) plus label-pair weights (transitions).
//! For confidence, scores divided by a temperature are read as a linear-chain CRF, whose
//! marginals are the probabilities of each label at each token.

use std::sync::LazyLock;

use super::label::{allowed, may_end, LABELS};

/// For each label, the labels that may come before it and, separately, after it (ascending):
/// 9 of 17 for `O`, B and U, 2 for I and L, so the recurrences skip the forbidden pairs.
struct Moves {
    before: [([u8; LABELS], usize); LABELS],
    after: [([u8; LABELS], usize); LABELS],
}

static MOVES: LazyLock<Moves> = LazyLock::new(|| {
    let mut moves = Moves { before: [([0; LABELS], 0); LABELS], after: [([0; LABELS], 0); LABELS] };
    for previous in 0..LABELS as u8 {
        for next in 0..LABELS as u8 {
            if allowed(Some(previous), next) {
                let (list, n) = &mut moves.before[next as usize];
                list[*n] = previous;
                *n += 1;
                let (list, n) = &mut moves.after[previous as usize];
                list[*n] = next;
                *n += 1;
            }
        }
    }
    moves
});

/// Label-pair weights, with the start and the end of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Transitions {
    pub start: [f32; LABELS],
    pub pairs: [[f32; LABELS]; LABELS],
    pub end: [f32; LABELS],
}

impl Default for Transitions {
    fn default() -> Transitions {
        Transitions { start: [0.0; LABELS], pairs: [[0.0; LABELS]; LABELS], end: [0.0; LABELS] }
    }
}

const FORBIDDEN: f32 = f32::NEG_INFINITY;

impl Transitions {
    /// The weights with invalid moves set to minus infinity.
    pub fn constrained(&self) -> Transitions {
        let mut t = self.clone();
        for next in 0..LABELS {
            if !allowed(None, next as u8) {
                t.start[next] = FORBIDDEN;
            }
            if !may_end(next as u8) {
                t.end[next] = FORBIDDEN;
            }
            for previous in 0..LABELS {
                if !allowed(Some(previous as u8), next as u8) {
                    t.pairs[previous][next] = FORBIDDEN;
                }
            }
        }
        t
    }
}

/// The highest-scoring valid label sequence. `transitions` must be [`Transitions::constrained`].
#[allow(clippy::needless_range_loop)] // index loops over the 17 labels read as the recurrences do
pub fn viterbi(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<u8> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; LABELS]; n];
    let mut score = [0f32; LABELS];
    for t in 0..LABELS {
        score[t] = transitions.start[t] + emissions[0][t];
    }
    let moves = &*MOVES;
    for i in 1..n {
        let mut next = [FORBIDDEN; LABELS];
        for t in 0..LABELS {
            let mut best = FORBIDDEN;
            let mut arg = 0u8;
            let (before, count) = &moves.before[t];
            for &p in &before[..*count] {
                let p = p as usize;
                let s = score[p] + transitions.pairs[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            next[t] = best + emissions[i][t];
            back[i][t] = arg;
        }
        score = next;
    }
    let mut last = 0u8;
    let mut best = FORBIDDEN;
    for t in 0..LABELS {
        let s = score[t] + transitions.end[t];
        if s > best {
            best = s;
            last = t as u8;
        }
    }
    let mut labels = vec![0u8; n];
    labels[n - 1] = last;
    for i in (1..n).rev() {
        labels[i - 1] = back[i][labels[i] as usize];
    }
    labels
}

/// Transitions as CRF factors: `exp(weight / temperature)`, 0 where forbidden.
#[derive(Clone, Debug)]
pub struct Factors {
    k: f32,
    start: [f32; LABELS],
    pairs: [[f32; LABELS]; LABELS],
    end: [f32; LABELS],
}

impl Factors {
    /// `transitions` must be [`Transitions::constrained`].
    pub fn new(transitions: &Transitions, temperature: f32) -> Factors {
        let k = 1.0 / temperature.max(1e-3);
        let exp = |x: f32| if x == FORBIDDEN { 0.0 } else { (x * k).exp() };
        Factors {
            k,
            start: transitions.start.map(exp),
            pairs: transitions.pairs.map(|row| row.map(exp)),
            end: transitions.end.map(exp),
        }
    }
}

/// The probability of each label at each token, reading `scores / temperature` as a CRF.
///
/// Computed in the probability domain with per-token rescaling (Rabiner's scaled
/// forward-backward), so each token costs 17 exponentials rather than 2 × 17².
#[allow(clippy::needless_range_loop)] // index loops over the 17 labels read as the recurrences do
pub fn marginals(emissions: &[[f32; LABELS]], factors: &Factors) -> Vec<[f32; LABELS]> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let k = factors.k;
    let exp = |x: f32| if x == FORBIDDEN { 0.0 } else { (x * k).exp() };
    let pairs = &factors.pairs;
    // Emission factors, each token's scaled by its largest score so none overflows.
    let emission_factors: Vec<[f32; LABELS]> = emissions
        .iter()
        .map(|row| {
            let max = row.iter().copied().fold(FORBIDDEN, f32::max);
            row.map(|e| exp(e - max))
        })
        .collect();
    let mut alpha = vec![[0f32; LABELS]; n];
    let mut beta = vec![[0f32; LABELS]; n];
    let normalize = |row: &mut [f32; LABELS]| {
        let sum: f32 = row.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            row.iter_mut().for_each(|v| *v /= sum);
        }
    };
    for t in 0..LABELS {
        alpha[0][t] = factors.start[t] * emission_factors[0][t];
        beta[n - 1][t] = factors.end[t];
    }
    normalize(&mut alpha[0]);
    let moves = &*MOVES;
    for i in 1..n {
        for t in 0..LABELS {
            let mut sum = 0.0;
            let (before, count) = &moves.before[t];
            for &p in &before[..*count] {
                let p = p as usize;
                sum += alpha[i - 1][p] * pairs[p][t];
            }
            alpha[i][t] = sum * emission_factors[i][t];
        }
        normalize(&mut alpha[i]);
    }
    normalize(&mut beta[n - 1]);
    for i in (0..n - 1).rev() {
        for p in 0..LABELS {
            let mut sum = 0.0;
            let (after, count) = &moves.after[p];
            for &t in &after[..*count] {
                let t = t as usize;
                sum += pairs[p][t] * emission_factors[i + 1][t] * beta[i + 1][t];
            }
            beta[i][p] = sum;
        }
        normalize(&mut beta[i]);
    }
    (0..n)
        .map(|i| {
            let mut row = [0f32; LABELS];
            for t in 0..LABELS {
                row[t] = alpha[i][t] * beta[i][t];
            }
            let sum: f32 = row.iter().sum();
            if sum > 0.0 && sum.is_finite() {
                row.map(|v| (v / sum).clamp(0.0, 1.0))
            } else {
                [0.0; LABELS]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tagger::label::{label, BEGIN, LAST, UNIT};

    /// Viterbi over every pair, the forbidden ones included, as the reference.
    fn dense_viterbi(emissions: &[[f32; LABELS]], t: &Transitions) -> f32 {
        let mut score: [f32; LABELS] = std::array::from_fn(|l| t.start[l] + emissions[0][l]);
        for row in &emissions[1..] {
            score = std::array::from_fn(|l| (0..LABELS).map(|p| score[p] + t.pairs[p][l]).fold(FORBIDDEN, f32::max) + row[l]);
        }
        (0..LABELS).map(|l| score[l] + t.end[l]).fold(FORBIDDEN, f32::max)
    }

    #[test]
    fn skipping_forbidden_pairs_finds_the_best_valid_sequence() {
        let mut t = Transitions::default();
        let mut x = 0x1234_5678u32;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 1000) as f32 / 100.0 - 5.0
        };
        t.start.iter_mut().chain(t.pairs.iter_mut().flatten()).chain(t.end.iter_mut()).for_each(|v| *v = next());
        let t = t.constrained();
        for len in 1..8 {
            let emissions: Vec<[f32; LABELS]> = (0..len).map(|_| std::array::from_fn(|_| next())).collect();
            let labels = viterbi(&emissions, &t);
            let mut score = t.start[labels[0] as usize] + t.end[labels[len - 1] as usize];
            for (i, &l) in labels.iter().enumerate() {
                score += emissions[i][l as usize];
                if i > 0 {
                    score += t.pairs[labels[i - 1] as usize][l as usize];
                }
            }
            assert!((score - dense_viterbi(&emissions, &t)).abs() < 1e-3, "length {len}");
        }
    }

    #[test]
    fn viterbi_never_returns_an_unfinished_name() {
        let transitions = Transitions::default().constrained();
        // The emissions alone prefer B-PER then O, which is invalid.
        let mut emissions = vec![[0f32; LABELS]; 2];
        emissions[0][label(0, BEGIN) as usize] = 5.0;
        emissions[1][0] = 5.0;
        emissions[1][label(0, LAST) as usize] = 4.0;
        assert_eq!(viterbi(&emissions, &transitions), vec![label(0, BEGIN), label(0, LAST)]);
    }

    #[test]
    fn marginals_sum_to_one_and_favour_the_strong_label() {
        let transitions = Transitions::default().constrained();
        let mut emissions = vec![[0f32; LABELS]; 3];
        emissions[1][label(1, UNIT) as usize] = 6.0;
        let m = marginals(&emissions, &Factors::new(&transitions, 1.0));
        for row in &m {
            assert!((row.iter().sum::<f32>() - 1.0).abs() < 1e-3);
        }
        assert!(m[1][label(1, UNIT) as usize] > 0.8);
    }
}
