//! Training the tagger (the `train` feature): an averaged perceptron over CoNLL-2003 `train.txt`,
//! the previous tags taken from the tagger's own guesses (as at tagging time), sentences
//! shuffled each epoch by a fixed seed, so that a run is deterministic. Weights whose average
//! is below `prune` are dropped and the rest stored as i8 codes.

use super::conll::{self, Sentence};
use super::features::{self, Word};
use super::model::{checksum, Model, ModelParts};
use super::tag::COUNT;
use crate::hash::FastMap;

/// Choices of a training run.
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights below this in absolute value are dropped.
    pub prune: f32,
    /// The command line recorded in the model's header.
    pub command: String,
}

#[derive(Clone, Copy)]
struct Weight {
    tag: u8,
    value: f32,
    total: f32,
    stamp: u32,
}

#[derive(Default)]
struct Weights {
    rows: FastMap<u32, Vec<Weight>>,
    step: u32,
}

impl Weights {
    fn scores(&self, keys: &[u32]) -> [f32; COUNT] {
        let mut scores = [0.0; COUNT];
        for key in keys {
            for weight in self.rows.get(key).into_iter().flatten() {
                scores[usize::from(weight.tag)] += weight.value;
            }
        }
        scores
    }

    fn update(&mut self, keys: &[u32], truth: u8, guess: u8) {
        let step = self.step;
        for key in keys {
            let row = self.rows.entry(*key).or_default();
            for (tag, delta) in [(truth, 1.0), (guess, -1.0)] {
                let at = match row.iter().position(|w| w.tag == tag) {
                    Some(at) => at,
                    None => {
                        row.push(Weight { tag, value: 0.0, total: 0.0, stamp: step });
                        row.len() - 1
                    }
                };
                let weight = &mut row[at];
                weight.total += (step - weight.stamp) as f32 * weight.value;
                weight.stamp = step;
                weight.value += delta;
            }
        }
    }

    fn averaged(&self) -> Vec<(u32, Vec<(u8, f32)>)> {
        let step = self.step.max(1) as f32;
        self.rows
            .iter()
            .map(|(&key, row)| {
                let weights =
                    row.iter().map(|w| (w.tag, (w.total + (self.step - w.stamp) as f32 * w.value) / step)).collect();
                (key, weights)
            })
            .collect()
    }
}

/// Trains on `train_text` and returns the model file and a report with the accuracy on
/// `dev_text` (used for the report only).
pub fn train(train_text: &str, dev_text: &str, options: &TrainOptions) -> Result<(Vec<u8>, String), String> {
    let train = conll::parse(train_text)?;
    let dev = conll::parse(dev_text)?;
    let prepared: Vec<(Vec<Word>, &Sentence)> =
        train.iter().map(|s| (s.words.iter().enumerate().map(|(i, w)| Word::new(w, i == 0)).collect(), s)).collect();
    let mut weights = Weights::default();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut state = options.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut keys = Vec::new();
    let mut report = String::new();
    for epoch in 0..options.epochs {
        // Fisher-Yates with a xorshift generator.
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &s in &order {
            let (words, sentence) = &prepared[s];
            let (mut previous, mut before) = (u8::MAX, u8::MAX);
            for (i, truth) in sentence.tags.iter().enumerate() {
                features::features(words, i, previous, before, &mut keys);
                let guess = super::best(&weights.scores(&keys));
                weights.step += 1;
                if guess != truth.0 {
                    weights.update(&keys, truth.0, guess);
                } else {
                    right += 1;
                }
                all += 1;
                (before, previous) = (previous, guess);
            }
        }
        report += &format!("epoch {}: train accuracy {:.4}\n", epoch + 1, right as f64 / all.max(1) as f64);
    }
    let averaged = weights.averaged();
    report += &format!(
        "dev accuracy (all weights, unquantised): {:.4}\n",
        super::accuracy(&Model::from_weights(&averaged), &dev)
    );
    // The scale puts the 99.9th percentile of the kept weights at the top code; larger ones clip.
    let mut magnitudes: Vec<f32> =
        averaged.iter().flat_map(|(_, row)| row.iter().map(|w| w.1.abs())).filter(|&w| w >= options.prune).collect();
    magnitudes.sort_by(f32::total_cmp);
    let top = magnitudes.get(magnitudes.len() * 999 / 1000).copied().unwrap_or(1.0);
    let scale = (top / 127.0).max(f32::MIN_POSITIVE);
    let features: Vec<(u32, Vec<(u8, i8)>)> = averaged
        .into_iter()
        .map(|(key, row)| {
            let kept = row
                .into_iter()
                .filter(|w| w.1.abs() >= options.prune)
                .map(|(tag, value)| (tag, (value / scale).round().clamp(-127.0, 127.0) as i8))
                .filter(|w| w.1 != 0)
                .collect();
            (key, kept)
        })
        .collect();
    let tokens: usize = train.iter().map(|s| s.words.len()).sum();
    let header = format!(
        "newslens part-of-speech tagger (greedy averaged perceptron)\ncommand: {}\ntrain data: {} tokens, fnv1a64 {:016x}\nepochs: {}, seed: {}, prune: {}\n",
        options.command,
        tokens,
        checksum(train_text.as_bytes()),
        options.epochs,
        options.seed,
        options.prune
    );
    let bytes = ModelParts { header, scale, features }.to_bytes();
    let model = Model::from_bytes(&bytes).map_err(|error| error.to_string())?;
    report += &format!(
        "features kept: {}\ndev accuracy (stored model): {:.4} over {} tokens\n",
        model.len(),
        super::accuracy(&model, &dev),
        dev.iter().map(|s| s.words.len()).sum::<usize>()
    );
    let predicted: Vec<_> = dev
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            (super::tag_words(&model, &words), s.chunks.as_slice())
        })
        .collect();
    let gold: Vec<_> = dev.iter().map(|s| (s.tags.clone(), s.chunks.as_slice())).collect();
    for (label, set) in [("gold tags", &gold), ("predicted tags", &predicted)] {
        let [p, r, f] = super::chunk::scores(set);
        report += &format!("dev noun phrases from {label}: P {p:.4} R {r:.4} F1 {f:.4}\n");
    }
    Ok((bytes, report))
}
