//! Decoding: the best label sequence (Viterbi) and per-token label probabilities
//! (forward-backward), both restricted to valid BILOU sequences.
//!
//! Scores are sums of feature weights (emissions) plus label-pair weights (transitions).
//! For confidence, scores divided by a temperature are read as a linear-chain CRF, whose
//! marginals are the probabilities of each label at each token.

use super::label::{allowed, may_end, LABELS};

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
    for i in 1..n {
        let mut next = [FORBIDDEN; LABELS];
        for t in 0..LABELS {
            let mut best = FORBIDDEN;
            let mut arg = 0u8;
            for p in 0..LABELS {
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

fn log_sum_exp(values: impl Iterator<Item = f32>) -> f32 {
    let values: [f32; LABELS] = {
        let mut array = [FORBIDDEN; LABELS];
        for (slot, v) in array.iter_mut().zip(values) {
            *slot = v;
        }
        array
    };
    let max = values.iter().copied().fold(FORBIDDEN, f32::max);
    if max == FORBIDDEN {
        return FORBIDDEN;
    }
    max + values.iter().map(|v| (v - max).exp()).sum::<f32>().ln()
}

/// The probability of each label at each token, reading `scores / temperature` as a CRF.
pub fn marginals(emissions: &[[f32; LABELS]], transitions: &Transitions, temperature: f32) -> Vec<[f32; LABELS]> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let k = 1.0 / temperature.max(1e-3);
    let e = |i: usize, t: usize| emissions[i][t] * k;
    let pair = |p: usize, t: usize| transitions.pairs[p][t] * k;
    let mut alpha = vec![[FORBIDDEN; LABELS]; n];
    let mut beta = vec![[FORBIDDEN; LABELS]; n];
    for t in 0..LABELS {
        alpha[0][t] = transitions.start[t] * k + e(0, t);
        beta[n - 1][t] = transitions.end[t] * k;
    }
    for i in 1..n {
        for t in 0..LABELS {
            alpha[i][t] = log_sum_exp((0..LABELS).map(|p| alpha[i - 1][p] + pair(p, t))) + e(i, t);
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..LABELS {
            beta[i][p] = log_sum_exp((0..LABELS).map(|t| pair(p, t) + e(i + 1, t) + beta[i + 1][t]));
        }
    }
    let total = log_sum_exp((0..LABELS).map(|t| alpha[n - 1][t] + beta[n - 1][t]));
    (0..n)
        .map(|i| {
            let mut row = [0f32; LABELS];
            for t in 0..LABELS {
                let v = alpha[i][t] + beta[i][t] - total;
                row[t] = if v.is_finite() { v.exp().clamp(0.0, 1.0) } else { 0.0 };
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tagger::label::{label, BEGIN, LAST, UNIT};

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
        let m = marginals(&emissions, &transitions, 1.0);
        for row in &m {
            assert!((row.iter().sum::<f32>() - 1.0).abs() < 1e-3);
        }
        assert!(m[1][label(1, UNIT) as usize] > 0.8);
    }
}
