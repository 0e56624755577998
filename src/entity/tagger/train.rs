//! Training the name tagger: an averaged structured perceptron (Collins 2002) over BILOU
//! labels, then quantization to i8 and pruning of zero rows (see [`super::model`]).
//!
//! Deterministic: sentences are visited in an order shuffled by a fixed-seed generator, and
//! features are hashed, not numbered by first sight in a hash map's order. The dev file is used
//! to report F1 after each epoch and to fit the confidence temperature, never for training.

use std::collections::HashMap;

use super::decode::{viterbi, Transitions};
use super::features::DocumentWords;
use super::label::{from_spans, parts, spans, LABELS};
use super::lexicon::Lexicon;
use super::model::{encode_weight, key, Model, ModelParts};
use super::Tagger;
use crate::eval::conll::{self, Doc, Scores};
use crate::hash::fnv1a as checksum;

/// Choices of a training run.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Add copies of some training documents (one in ten each) in capitals, in headline Title
    /// Case (two styles) and in lower case, so that the tagger does not lean on capitals alone.
    pub augment: bool,
    /// Quantile of absolute weights mapped to ±127 (larger ones are clipped).
    pub clip_quantile: f64,
    /// Weights smaller than this (in absolute value) are dropped before quantization.
    pub prune: f32,
    /// At most this many weights are kept (not zero): the prune threshold rises to the
    /// weight ranked this far down by magnitude (keeps the model's size in check).
    pub keep: Option<usize>,
    /// Training runs (in different orders) whose weights are averaged.
    pub runs: usize,
    /// Features seen in fewer training tokens than this are left out before training.
    pub min_count: usize,
    /// Feature groups used (see [`super::features::ALL_GROUPS`]); fewer only to measure a group.
    pub groups: u8,
    /// The command line recorded in the model header.
    pub command: String,
    /// Training parts of extra sets (`crate::eval::sources`), each with its weight.
    pub extra: Vec<Extra>,
}

/// The training part of one extra set.
#[derive(Clone, Debug)]
pub struct Extra {
    pub name: String,
    pub docs: Vec<Doc>,
    /// Each update from this set's sentences counts this much (CoNLL's count 1).
    pub weight: f32,
    /// False where the set leaves MISC names unmarked: there a token marked `O` may also be
    /// part of a MISC name, and the tagger is only corrected towards the best sequence that
    /// agrees with the marked names (a latent-variable perceptron step).
    pub misc: bool,
    /// FNV-1a 64 of the set's file.
    pub checksum: u64,
    /// The set's held-out documents: only scored, in the report.
    pub held_out: Vec<Doc>,
}

/// One training sentence: per token, its feature rows; and its gold labels.
struct Example {
    features: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<u8>,
    weight: f32,
    /// Whether `O` in `gold` may also be a MISC label (see [`Extra::misc`]).
    partial: bool,
}

struct Features {
    rows: HashMap<u32, u32>,
}

impl Features {
    fn index(&mut self, hash: u64) -> u32 {
        let next = self.rows.len() as u32;
        *self.rows.entry(key(hash)).or_insert(next)
    }
}

fn examples(docs: &[Doc], lexicon: &Lexicon, features: &mut Features, grow: bool, groups: u8) -> Vec<Example> {
    weighted_examples(docs, lexicon, features, grow, groups, 1.0, false)
}

fn weighted_examples(
    docs: &[Doc],
    lexicon: &Lexicon,
    features: &mut Features,
    grow: bool,
    groups: u8,
    weight: f32,
    partial: bool,
) -> Vec<Example> {
    let mut out = Vec::new();
    let mut hashes = Vec::with_capacity(64);
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|s| s.tokens.iter().map(String::as_str).collect()).collect();
        let mut words = DocumentWords::new(&sentences, lexicon);
        words.groups = groups;
        for (s, sentence) in doc.iter().enumerate() {
            let mut example = Example {
                features: Vec::new(),
                offsets: vec![0],
                gold: from_spans(sentence.tokens.len(), &sentence.names),
                weight,
                partial,
            };
            for i in 0..sentence.tokens.len() {
                hashes.clear();
                words.features(s, i, &mut hashes);
                for &h in &hashes {
                    if grow {
                        example.features.push(features.index(h));
                    } else if let Some(&row) = features.rows.get(&key(h)) {
                        example.features.push(row);
                    }
                }
                example.offsets.push(example.features.len());
            }
            out.push(example);
        }
    }
    out
}

#[derive(Clone, Copy)]
enum Recase {
    Upper,
    Lower,
    /// Headline style: every word capitalised; acronyms kept.
    Title,
    /// Headline style: words capitalised except short function words; acronyms kept.
    TitleExceptSmall,
}

const FUNCTION_WORDS: [&str; 18] =
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "vs"];

fn recase_word(word: &str, how: Recase) -> String {
    match how {
        Recase::Upper => word.to_uppercase(),
        Recase::Lower => word.to_lowercase(),
        Recase::Title | Recase::TitleExceptSmall => {
            let lower = word.to_lowercase();
            if matches!(how, Recase::TitleExceptSmall) && FUNCTION_WORDS.contains(&lower.as_str()) {
                return lower;
            }
            if word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                return word.to_owned();
            }
            let mut chars = lower.chars();
            chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
        }
    }
}

fn recase(docs: &[Doc], how: Recase) -> Vec<Doc> {
    docs.iter()
        .map(|doc| {
            doc.iter()
                .map(|s| conll::Sentence {
                    tokens: s.tokens.iter().map(|t| recase_word(t, how)).collect(),
                    names: s.names.clone(),
                })
                .collect()
        })
        .collect()
}

/// Leaves out the features that occur in fewer than `min_count` training tokens, renumbering
/// the rest in their first-seen order.
fn drop_rare(features: &mut Features, train: &mut [Example], min_count: usize) {
    let mut counts = vec![0usize; features.rows.len()];
    for example in train.iter() {
        for &f in &example.features {
            counts[f as usize] += 1;
        }
    }
    let mut renumbered = vec![u32::MAX; counts.len()];
    let mut next = 0;
    for (row, &count) in counts.iter().enumerate() {
        if count >= min_count {
            renumbered[row] = next;
            next += 1;
        }
    }
    features.rows.retain(|_, row| renumbered[*row as usize] != u32::MAX);
    for row in features.rows.values_mut() {
        *row = renumbered[*row as usize];
    }
    for example in train.iter_mut() {
        let (mut kept, mut offsets) = (Vec::with_capacity(example.features.len()), vec![0]);
        for r in example.offsets.windows(2) {
            kept.extend(
                example.features[r[0]..r[1]].iter().map(|&f| renumbered[f as usize]).filter(|&f| f != u32::MAX),
            );
            offsets.push(kept.len());
        }
        example.features = kept;
        example.offsets = offsets;
    }
}

/// Parameters with the averaging trick: the average of all versions is `w - u / c`.
struct Averaged {
    w: Vec<f32>,
    u: Vec<f32>,
}

impl Averaged {
    fn new(n: usize) -> Averaged {
        Averaged { w: vec![0.0; n], u: vec![0.0; n] }
    }

    fn update(&mut self, i: usize, delta: f32, c: f32) {
        self.w[i] += delta;
        self.u[i] += c * delta;
    }

    fn average(&self, c: f32) -> Vec<f32> {
        self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect()
    }
}

/// The type index of MISC.
const MISC: usize = 3;

const T_START: usize = 0;
const T_PAIRS: usize = LABELS;
const T_END: usize = LABELS + LABELS * LABELS;
const T_LEN: usize = T_END + LABELS;

fn transitions(t: &[f32]) -> Transitions {
    let mut out = Transitions::default();
    out.start.copy_from_slice(&t[T_START..T_PAIRS]);
    for p in 0..LABELS {
        out.pairs[p].copy_from_slice(&t[T_PAIRS + p * LABELS..T_PAIRS + (p + 1) * LABELS]);
    }
    out.end.copy_from_slice(&t[T_END..T_LEN]);
    out
}

fn emissions(example: &Example, w: &[f32]) -> Vec<[f32; LABELS]> {
    example
        .offsets
        .windows(2)
        .map(|r| {
            let mut e = [0f32; LABELS];
            for &f in &example.features[r[0]..r[1]] {
                let row = &w[f as usize * LABELS..(f as usize + 1) * LABELS];
                for (s, x) in e.iter_mut().zip(row) {
                    *s += x;
                }
            }
            e
        })
        .collect()
}

fn float_f1(examples: &[Example], w: &[f32], t: &Transitions) -> f64 {
    let t = t.constrained();
    let mut scores = Scores::default();
    for example in examples {
        let predicted = viterbi(&emissions(example, w), &t);
        scores.add(&spans(&predicted), &spans(&example.gold));
    }
    scores.overall().2
}

/// The best-scoring label sequence that agrees with a partial annotation: labels marked as
/// names are kept, and an `O` may also be any MISC label.
fn best_agreeing(mut scores: Vec<[f32; LABELS]>, gold: &[u8], t: &Transitions) -> Vec<u8> {
    for (row, &g) in scores.iter_mut().zip(gold) {
        for (label, score) in row.iter_mut().enumerate() {
            let agrees = label as u8 == g || (g == 0 && parts(label as u8).is_some_and(|(kind, _)| kind == MISC));
            if !agrees {
                *score = f32::NEG_INFINITY;
            }
        }
    }
    viterbi(&scores, t)
}

/// One averaged-perceptron run over `train` in an order shuffled from `seed`: the averaged
/// feature weights, transition weights and a report line per epoch.
fn perceptron(
    train: &[Example],
    dev: &[Example],
    n: usize,
    epochs: usize,
    seed: u64,
    run: usize,
) -> (Vec<f32>, Vec<f32>, String) {
    let mut report = String::new();
    let mut weights = Averaged::new(n * LABELS);
    let mut trans = Averaged::new(T_LEN);
    let mut rng = Rng(seed | 1);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut c = 1.0f32;
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut mistakes = 0;
        for &index in &order {
            let example = &train[index];
            let t = transitions(&trans.w).constrained();
            let scores = emissions(example, &weights.w);
            let predicted = viterbi(&scores, &t);
            let target = if example.partial { best_agreeing(scores, &example.gold, &t) } else { example.gold.clone() };
            let step = example.weight;
            if predicted != target {
                mistakes += 1;
                for (k, (&g, &p)) in target.iter().zip(&predicted).enumerate() {
                    if g != p {
                        for &f in &example.features[example.offsets[k]..example.offsets[k + 1]] {
                            weights.update(f as usize * LABELS + g as usize, step, c);
                            weights.update(f as usize * LABELS + p as usize, -step, c);
                        }
                    }
                    let (gp, pp) = if k == 0 {
                        (T_START + g as usize, T_START + p as usize)
                    } else {
                        (
                            T_PAIRS + target[k - 1] as usize * LABELS + g as usize,
                            T_PAIRS + predicted[k - 1] as usize * LABELS + p as usize,
                        )
                    };
                    if gp != pp {
                        trans.update(gp, step, c);
                        trans.update(pp, -step, c);
                    }
                }
                let (gl, pl) = (*target.last().unwrap_or(&0), *predicted.last().unwrap_or(&0));
                if gl != pl {
                    trans.update(T_END + gl as usize, step, c);
                    trans.update(T_END + pl as usize, -step, c);
                }
            }
            c += 1.0;
        }
        let f1 = float_f1(dev, &weights.average(c), &transitions(&trans.average(c)));
        let line =
            format!("run {run}, epoch {epoch}: {mistakes} sentences wrong; dev F1 (averaged, float, no document pass) {f1:.4}\n");
        eprint!("{line}");
        report += &line;
    }
    (weights.average(c), trans.average(c), report)
}

/// A deterministic xorshift generator for the visiting order.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Trains on `train_text` (CoNLL) and returns the model file and a report of the run.
pub fn train(train_text: &str, dev_text: &str, options: &TrainOptions) -> Result<(Vec<u8>, String), String> {
    let mut report = String::new();
    let lexicon = Lexicon::embedded().map_err(|e| e.to_string())?;
    let train_docs = conll::parse(train_text)?;
    let dev_docs = conll::parse(dev_text)?;
    let mut docs = train_docs.clone();
    if options.augment {
        let every = |r: usize| -> Vec<Doc> {
            train_docs.iter().enumerate().filter(|(i, _)| i % 10 == r).map(|(_, d)| d.clone()).collect()
        };
        docs.extend(recase(&every(3), Recase::Upper));
        docs.extend(recase(&every(5), Recase::Title));
        docs.extend(recase(&every(9), Recase::TitleExceptSmall));
        docs.extend(recase(&every(7), Recase::Lower));
    }
    let mut features = Features { rows: HashMap::new() };
    let mut train = examples(&docs, &lexicon, &mut features, true, options.groups);
    for extra in &options.extra {
        let part =
            weighted_examples(&extra.docs, &lexicon, &mut features, true, options.groups, extra.weight, !extra.misc);
        report += &format!(
            "extra {}: {} documents, {} sentences, weight {}{}\n",
            extra.name,
            extra.docs.len(),
            part.len(),
            extra.weight,
            if extra.misc { "" } else { ", MISC unmarked" }
        );
        train.extend(part);
    }
    if options.min_count > 1 {
        let before = features.rows.len();
        drop_rare(&mut features, &mut train, options.min_count);
        report += &format!("features seen at least {} times: {} of {before}\n", options.min_count, features.rows.len());
    }
    let dev = examples(&dev_docs, &lexicon, &mut features, false, options.groups);
    let n = features.rows.len();
    report += &format!(
        "documents {} (with copies {}), sentences {}, features {}\n",
        train_docs.len(),
        docs.len(),
        train.len(),
        n
    );
    eprint!("{report}");
    // Several runs in different orders, their averaged weights averaged again: one run's
    // figures move by a few tenths of a point with the order alone.
    let runs = options.runs.max(1);
    let mut w = vec![0f32; n * LABELS];
    let mut t_sum = vec![0f32; T_LEN];
    for run in 0..runs {
        let (run_w, run_t, lines) = perceptron(&train, &dev, n, options.epochs, options.seed + run as u64, run);
        report += &lines;
        for (sum, x) in w.iter_mut().zip(&run_w) {
            *sum += x / runs as f32;
        }
        for (sum, x) in t_sum.iter_mut().zip(&run_t) {
            *sum += x / runs as f32;
        }
    }
    let t = transitions(&t_sum);
    if runs > 1 {
        let line = format!("{runs} runs averaged: dev F1 (float, no document pass) {:.4}\n", float_f1(&dev, &w, &t));
        eprint!("{line}");
        report += &line;
    }
    let mut magnitudes: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    let at = ((magnitudes.len() as f64 * options.clip_quantile) as usize).min(magnitudes.len().saturating_sub(1));
    let clip = if magnitudes.is_empty() { 1.0 } else { *magnitudes.select_nth_unstable_by(at, f32::total_cmp).1 };
    // Logarithmic codes: the clip value maps to 127, the smallest step is clip / 2000 × step.
    let scale = clip / 2000.0;
    let step = (clip / scale).ln_1p() / 127.0;
    let mut prune = options.prune;
    if let Some(keep) = options.keep {
        let mut largest: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&m| m >= prune).collect();
        if keep < largest.len() {
            let (_, at, _) = largest.select_nth_unstable_by(keep, |a, b| b.total_cmp(a));
            prune = prune.max(f32::from_bits(at.to_bits() + 1)); // the next float up: `at` itself is dropped
        }
        report += &format!("prune threshold for at most {keep} weights: {prune:.3}\n");
    }
    let mut rows: Vec<(u32, u32)> = features.rows.iter().map(|(&k, &r)| (k, r)).collect();
    rows.sort_unstable();
    let quantized: Vec<(u32, [i8; LABELS])> = rows
        .iter()
        .filter_map(|&(k, r)| {
            let mut q = [0i8; LABELS];
            for (l, slot) in q.iter_mut().enumerate() {
                let weight = w[r as usize * LABELS + l];
                *slot = if weight.abs() < prune { 0 } else { encode_weight(weight, scale, step) };
            }
            q.iter().any(|&x| x != 0).then_some((k, q))
        })
        .collect();
    let nonzero = quantized.iter().map(|(_, q)| q.iter().filter(|&&x| x != 0).count()).sum::<usize>();
    report += &format!("quantized: logarithmic codes, scale {scale:.5}, step {step:.4} (|w| quantile {} = {clip:.3}), {} of {n} features kept, {nonzero} weights not zero\n", options.clip_quantile, quantized.len());
    let header = format!(
        "newslens name tagger (averaged perceptron, BILOU)\ncommand: {}\ntrain data: {} tokens, fnv1a64 {:016x}\nepochs: {}, seed: {}, runs: {}, augment: {}\n",
        options.command,
        train_docs.iter().flatten().map(|s| s.tokens.len()).sum::<usize>(),
        checksum(train_text.as_bytes()),
        options.epochs,
        options.seed,
        runs,
        options.augment
    );
    let mut parts = ModelParts { header, scale, step, temperature: 1.0, transitions: t, features: quantized };
    // The temperature that makes confidences best calibrated on dev (lowest Brier score).
    let mut best = (f64::INFINITY, 1.0f32);
    for temperature in [2.0f32, 4.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0] {
        parts.temperature = temperature;
        let bytes = parts.to_bytes();
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let tagger = Tagger { model, lexicon, consistency: false };
        let brier = brier(&tagger, &dev_docs);
        report += &format!("temperature {temperature}: Brier {brier:.4}\n");
        if brier < best.0 {
            best = (brier, temperature);
        }
    }
    parts.temperature = best.1;
    parts.header += &options
        .extra
        .iter()
        .map(|e| {
            format!("extra: {} weight {} ({} documents, fnv1a64 {:016x})\n", e.name, e.weight, e.docs.len(), e.checksum)
        })
        .collect::<String>();
    let bytes = parts.to_bytes();
    let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let mut tagger = Tagger { model, lexicon, consistency: false };
    report += &format!("dev, quantized, no document pass:\n{}\n", crate::eval::ner::evaluate(&tagger, &dev_docs));
    tagger.consistency = true;
    report += &format!("dev, quantized, with document pass:\n{}\n", crate::eval::ner::evaluate(&tagger, &dev_docs));
    if !options.extra.is_empty() {
        let held: Vec<(&str, bool, &[Doc])> =
            options.extra.iter().map(|e| (e.name.as_str(), e.misc, e.held_out.as_slice())).collect();
        report += &crate::eval::ner::held_out_table(&tagger, &dev_docs, &held);
    }
    Ok((bytes, report))
}

fn brier(tagger: &Tagger, docs: &[Doc]) -> f64 {
    let (mut sum, mut count) = (0.0, 0usize);
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|s| s.tokens.iter().map(String::as_str).collect()).collect();
        for (names, sentence) in tagger.names(&sentences).iter().zip(doc) {
            for name in names {
                let right = sentence.names.contains(&(name.start, name.end, name.kind));
                let error = f64::from(name.confidence) - if right { 1.0 } else { 0.0 };
                sum += error * error;
                count += 1;
            }
        }
    }
    sum / count.max(1) as f64
}
