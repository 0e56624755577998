//! Decoding: the best label sequence (Viterbi) and per-token label probabilities
//! (forward-backward), both restricted to valid BILOU sequences.
//!
//! Scores are sums of feature weights (emissions) plus label-pair weights (transitions).
//! For confidence, scores divided by a temperature are read as a linear-chain CRF, whose
//! marginals are the probabilities of each label at each token.

use super::label::{allowed, may_end, LABELS};

/// The labels a name may not be open before: `O`, and L and U of each type (ascending). These
/// are exactly the labels that may come before `O`, B and U ([`OPENING`]), and the only ones.
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// `O`, and B and U of each type (ascending): the labels that may follow any of [`CLOSED`].
const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// B, I and L of type `k` are `1 + 4k`, `2 + 4k`, `3 + 4k`: I and L may follow only B and I of
/// their type, and B and I be followed only by I and L of theirs.
const TYPE_COUNT: usize = 4;

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

/// The highest-scoring valid label sequence. `transitions` must be `Transitions::constrained`.
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
    let pairs = &transitions.pairs;
    for i in 1..n {
        let mut next = [FORBIDDEN; LABELS];
        let back = &mut back[i];
        // The best of `from` before `t` (the first one on ties, as `from` is ascending).
        let best = |t: usize, from: &[usize]| {
            let mut best = FORBIDDEN;
            let mut arg = 0;
            for &p in from {
                let s = score[p] + pairs[p][t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            (best, arg as u8)
        };
        for t in OPENING {
            let (s, arg) = best(t, &CLOSED);
            next[t] = s + emissions[i][t];
            back[t] = arg;
        }
        for k in 0..TYPE_COUNT {
            let open = [1 + 4 * k, 2 + 4 * k];
            for t in [2 + 4 * k, 3 + 4 * k] {
                let (s, arg) = best(t, &open);
                next[t] = s + emissions[i][t];
                back[t] = arg;
            }
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
    /// `transitions` must be `Transitions::constrained`.
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
#[cfg(not(target_arch = "wasm32"))]
pub fn marginals(emissions: &[[f32; LABELS]], factors: &Factors) -> Vec<[f32; LABELS]> {
    marginals_between(emissions, factors, 0..emissions.len())
}

/// [`marginals`] of the tokens in `range` only (row `i` is token `range.start + i`): the forward
/// pass stops at the range's end and the backward pass at its start.
///
/// Computed in the probability domain with per-token rescaling (Rabiner's scaled
/// forward-backward), so each token costs 17 exponentials rather than 2 × 17², over the label
/// pairs BILOU allows only (97 of 289).
pub fn marginals_between(
    emissions: &[[f32; LABELS]],
    factors: &Factors,
    range: std::ops::Range<usize>,
) -> Vec<[f32; LABELS]> {
    let n = emissions.len();
    let (start, end) = (range.start.min(n), range.end.min(n));
    if start >= end {
        return Vec::new();
    }
    let k = factors.k;
    let exp = |x: f32| if x == FORBIDDEN { 0.0 } else { (x * k).exp() };
    let pairs = &factors.pairs;
    // Emission factors, each token's scaled by its largest score so none overflows.
    let factors_of = |row: &[f32; LABELS]| {
        let max = row.iter().copied().fold(FORBIDDEN, f32::max);
        row.map(|e| exp(e - max))
    };
    let emission_factors: Vec<[f32; LABELS]> = emissions.iter().map(factors_of).collect();
    let emission = |i: usize| emission_factors[i];
    let normalize = |row: &mut [f32; LABELS]| {
        let sum: f32 = row.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            let inverse = 1.0 / sum;
            row.iter_mut().for_each(|v| *v *= inverse);
        }
    };
    // Forward, tokens 0..end; only those from `start` are kept.
    let mut alpha = Vec::with_capacity(end - start);
    let mut a: [f32; LABELS] = std::array::from_fn(|t| factors.start[t]);
    let first = emission(0);
    a.iter_mut().zip(first).for_each(|(v, e)| *v *= e);
    normalize(&mut a);
    if start == 0 {
        alpha.push(a);
    }
    for i in 1..end {
        let e = emission(i);
        let mut next = [0f32; LABELS];
        for t in OPENING {
            let mut sum = 0.0;
            for p in CLOSED {
                sum += a[p] * pairs[p][t];
            }
            next[t] = sum * e[t];
        }
        for k in 0..TYPE_COUNT {
            let (b, i_, l) = (1 + 4 * k, 2 + 4 * k, 3 + 4 * k);
            next[i_] = (a[b] * pairs[b][i_] + a[i_] * pairs[i_][i_]) * e[i_];
            next[l] = (a[b] * pairs[b][l] + a[i_] * pairs[i_][l]) * e[l];
        }
        normalize(&mut next);
        a = next;
        if i >= start {
            alpha.push(a);
        }
    }
    // Backward, tokens n-1 down to start, multiplied into the kept forward rows as it goes.
    let mut beta = factors.end;
    normalize(&mut beta);
    let mut rows = alpha;
    for i in (start..n).rev() {
        if i < n - 1 {
            let e = emission(i + 1);
            let g: [f32; LABELS] = std::array::from_fn(|t| e[t] * beta[t]);
            let mut previous = [0f32; LABELS];
            for p in CLOSED {
                let mut sum = 0.0;
                for t in OPENING {
                    sum += pairs[p][t] * g[t];
                }
                previous[p] = sum;
            }
            for k in 0..TYPE_COUNT {
                let (i_, l) = (2 + 4 * k, 3 + 4 * k);
                for p in [1 + 4 * k, 2 + 4 * k] {
                    previous[p] = pairs[p][i_] * g[i_] + pairs[p][l] * g[l];
                }
            }
            normalize(&mut previous);
            beta = previous;
        }
        if i < end {
            let row = &mut rows[i - start];
            for t in 0..LABELS {
                row[t] *= beta[t];
            }
            let sum: f32 = row.iter().sum();
            *row = if sum > 0.0 && sum.is_finite() { row.map(|v| (v / sum).clamp(0.0, 1.0)) } else { [0.0; LABELS] };
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tagger::label::{label, BEGIN, LAST, UNIT};

    /// Viterbi over every pair, the forbidden ones included, as the reference.
    fn dense_viterbi(emissions: &[[f32; LABELS]], t: &Transitions) -> f32 {
        let mut score: [f32; LABELS] = std::array::from_fn(|l| t.start[l] + emissions[0][l]);
        for row in &emissions[1..] {
            score = std::array::from_fn(|l| {
                (0..LABELS).map(|p| score[p] + t.pairs[p][l]).fold(FORBIDDEN, f32::max) + row[l]
            });
        }
        (0..LABELS).map(|l| score[l] + t.end[l]).fold(FORBIDDEN, f32::max)
    }

    /// Deterministic pseudo-random scores in [-spread, spread) in steps of spread / 500
    /// (xorshift32 from `seed`).
    fn scores(seed: u32, spread: f32) -> impl FnMut() -> f32 {
        let mut x = seed;
        move || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 1000) as f32 / (500.0 / spread) - spread
        }
    }
    #[test]
    fn skipping_forbidden_pairs_finds_the_best_valid_sequence() {
        let mut t = Transitions::default();
        let mut next = scores(0x1234_5678, 5.0);
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
    fn the_label_sets_are_the_allowed_moves() {
        for p in 0..LABELS {
            for t in 0..LABELS {
                let by_sets = (CLOSED.contains(&p) && OPENING.contains(&t))
                    || (0..TYPE_COUNT)
                        .any(|k| [1 + 4 * k, 2 + 4 * k].contains(&p) && [2 + 4 * k, 3 + 4 * k].contains(&t));
                assert_eq!(by_sets, allowed(Some(p as u8), t as u8), "{p} -> {t}");
            }
        }
    }

    /// Marginals by summing over every label sequence, as the reference.
    fn enumerated_marginals(emissions: &[[f32; LABELS]], t: &Transitions, temperature: f32) -> Vec<[f64; LABELS]> {
        let n = emissions.len();
        let mut totals = vec![[0f64; LABELS]; n];
        let mut z = 0f64;
        let mut labels = vec![0usize; n];
        loop {
            let mut score = t.start[labels[0]] + t.end[labels[n - 1]];
            for i in 0..n {
                score += emissions[i][labels[i]];
                if i > 0 {
                    score += t.pairs[labels[i - 1]][labels[i]];
                }
            }
            if score > FORBIDDEN {
                let w = (f64::from(score) / f64::from(temperature)).exp();
                z += w;
                for i in 0..n {
                    totals[i][labels[i]] += w;
                }
            }
            let Some(i) = (0..n).find(|&i| labels[i] + 1 < LABELS) else { break };
            labels[i] += 1;
            labels[..i].iter_mut().for_each(|l| *l = 0);
        }
        totals.iter().map(|row| row.map(|v| v / z)).collect()
    }

    #[test]
    fn marginals_agree_with_enumeration_on_any_range() {
        let mut next = scores(0x9e37_79b9, 2.5);
        let mut t = Transitions::default();
        t.start.iter_mut().chain(t.pairs.iter_mut().flatten()).chain(t.end.iter_mut()).for_each(|v| *v = next());
        let t = t.constrained();
        let factors = Factors::new(&t, 1.5);
        for n in 1..=3 {
            let emissions: Vec<[f32; LABELS]> = (0..n).map(|_| std::array::from_fn(|_| next())).collect();
            let reference = enumerated_marginals(&emissions, &t, 1.5);
            let all = marginals(&emissions, &factors);
            for (row, expected) in all.iter().zip(&reference) {
                for (a, b) in row.iter().zip(expected) {
                    assert!((f64::from(*a) - b).abs() < 1e-4, "length {n}: {a} against {b}");
                }
            }
            for start in 0..n {
                for end in start..=n {
                    assert_eq!(
                        marginals_between(&emissions, &factors, start..end),
                        all[start..end].to_vec(),
                        "{start}..{end} of {n}"
                    );
                }
            }
        }
        assert!(marginals_between(&[[0.0; LABELS]], &factors, 3..5).is_empty());
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
