//! `newslens train targets DATA`: the target model from NewsMTSC train
//! (`DATA/entity-sentiment/newsmtsc/train.jsonl`), reporting macro-F1 on its dev file after each
//! epoch (dev is only read to report and choose settings, never trained on).
//!
//! Method: three-class logistic regression with neutral as the reference class, trained by
//! averaged stochastic gradient descent with L2, classes weighted to equal total weight (the
//! metric is macro-F1), in a fixed pseudo-random order: the same data and settings give the
//! same file. Features seen fewer than `min_count` times in train get no weight, which keeps
//! the file small.

use std::fs;
use std::io;
use std::path::Path;

use super::model::{self, Model};
use super::newsmtsc::{self, Confusion};
use super::{each_target, probabilities};
use crate::segment::Document;
use crate::sentiment::Label;

/// Training settings.
#[derive(Clone, Debug)]
pub struct Settings {
    pub bits: u32,
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
    pub min_count: u32,
    /// Added to the neutral logit (subtracted from the bias of the other two classes).
    pub neutral_bias: f32,
    /// Training runs in different orders whose averaged weights are averaged.
    pub runs: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { bits: 20, epochs: 8, rate: 0.05, l2: 1e-4, min_count: 3, neutral_bias: 0.0, runs: 1 }
    }
}

struct Example {
    features: Vec<(u32, f32)>,
    class: usize,
}

/// Trains on `data`'s NewsMTSC train file and writes `out/target-sentiment.bin`.
pub fn train(data: &Path, out: &Path, settings: &Settings, command: &str) -> io::Result<()> {
    let folder = data.join("entity-sentiment/newsmtsc");
    let train_text = fs::read_to_string(folder.join("train.jsonl"))?;
    let dev_text = fs::read_to_string(folder.join("dev.jsonl")).unwrap_or_default();
    let mut examples = examples(&train_text, settings.bits);
    let dev = examples_by_set(&dev_text, settings.bits);
    let mut counts = vec![0u32; 1 << settings.bits];
    for example in &examples {
        for &(index, _) in &example.features {
            counts[index as usize] = counts[index as usize].saturating_add(1);
        }
    }
    for example in &mut examples {
        example.features.retain(|&(index, _)| counts[index as usize] >= settings.min_count);
    }
    let mut per_class = [0usize; 3];
    for example in &examples {
        per_class[example.class] += 1;
    }
    let class_weight: Vec<f32> = per_class.iter().map(|&n| examples.len() as f32 / (3.0 * n.max(1) as f32)).collect();
    eprintln!("{} training targets (negative, neutral, positive: {per_class:?})", examples.len());

    let size = 1usize << settings.bits;
    let mut weights = vec![0.0f32; 2 * size];
    for run in 0..settings.runs.max(1) {
        let averaged = fit(&examples, &class_weight, &dev, settings, 0x5eed_u64 + run as u64 * 7919);
        for (total, w) in weights.iter_mut().zip(averaged) {
            *total += w / settings.runs.max(1) as f32;
        }
    }
    let bias = super::features::bias_slot(settings.bits) as usize;
    for (set, examples) in &dev {
        let mut line = format!("{set} F1m by neutral bias:");
        for step in -4..=8 {
            let shift = step as f32 * 0.1;
            let confusion = evaluate(examples, |i| {
                let (p, n) = (weights[2 * i as usize], weights[2 * i as usize + 1]);
                if i as usize == bias {
                    (p - shift, n - shift)
                } else {
                    (p, n)
                }
            });
            line.push_str(&format!(" {shift:.1}:{:.3}", confusion.macro_f1()));
        }
        eprintln!("{line}");
    }
    weights[2 * bias] -= settings.neutral_bias;
    weights[2 * bias + 1] -= settings.neutral_bias;

    let stored: Vec<(u32, f32, f32)> = (0..size)
        .filter(|&slot| counts[slot] >= settings.min_count)
        .map(|slot| (slot as u32, weights[2 * slot], weights[2 * slot + 1]))
        .collect();
    let header = format!(
        "newslens target sentiment model, format {}\ncommand: {command}\ndata: entity-sentiment/newsmtsc/train.jsonl fnv1a64={:016x}\nsettings: {settings:?}",
        model::FORMAT.version,
        crate::hash::fnv1a(train_text.as_bytes()),
    );
    let bytes = model::write(&header, settings.bits, &stored);
    let read = Model::read(&bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    for (set, examples) in &dev {
        let confusion = evaluate(examples, |i| read.weights(i));
        eprintln!("quantized: {set} F1m {:.3} acc {:.3}", confusion.macro_f1(), confusion.accuracy());
    }
    eprintln!("{} slots stored, {} bytes", read.stored(), bytes.len());
    fs::create_dir_all(out)?;
    fs::write(out.join("target-sentiment.bin"), &bytes)
}

/// One training run: averaged SGD over `examples` in an order drawn from `seed`; returns the
/// averaged weights (positive, negative interleaved by slot).
fn fit(
    examples: &[Example],
    class_weight: &[f32],
    dev: &[(String, Vec<Example>)],
    settings: &Settings,
    mut seed: u64,
) -> Vec<f32> {
    let size = 1usize << settings.bits;
    // weights[2 * slot] positive, [2 * slot + 1] negative; `sums` accumulate step × update.
    let mut weights = vec![0.0f32; 2 * size];
    let mut sums = vec![0.0f32; 2 * size];
    let mut step = 1.0f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..settings.epochs {
        shuffle(&mut order, &mut seed);
        let rate = settings.rate / (1.0 + epoch as f32 * 0.5);
        for &e in &order {
            let example = &examples[e];
            let (mut zp, mut zn) = (0.0, 0.0);
            for &(i, v) in &example.features {
                zp += weights[2 * i as usize] * v;
                zn += weights[2 * i as usize + 1] * v;
            }
            let [pn, _, pp] = probabilities(zp, zn);
            let gp = pp - f32::from(u8::from(example.class == 2));
            let gn = pn - f32::from(u8::from(example.class == 0));
            let weight = class_weight[example.class];
            for &(i, v) in &example.features {
                for (k, g) in [(0usize, gp), (1, gn)] {
                    let at = 2 * i as usize + k;
                    let update = -rate * (weight * g * v + settings.l2 * weights[at]);
                    weights[at] += update;
                    sums[at] += step * update;
                }
            }
            step += 1.0;
        }
        if epoch + 1 == settings.epochs {
            let averaged: Vec<f32> = weights.iter().zip(&sums).map(|(w, s)| w - s / step).collect();
            let mut line = format!("run done, epoch {}:", epoch + 1);
            for (set, examples) in dev {
                let confusion = evaluate(examples, |i| (averaged[2 * i as usize], averaged[2 * i as usize + 1]));
                line.push_str(&format!(" {set} F1m {:.3} acc {:.3};", confusion.macro_f1(), confusion.accuracy()));
            }
            eprintln!("{line}");
            return averaged;
        }
    }
    weights
}

fn evaluate(examples: &[Example], weights: impl Fn(u32) -> (f32, f32)) -> Confusion {
    let mut confusion = Confusion::default();
    for example in examples {
        let (mut zp, mut zn) = (0.0, 0.0);
        for &(i, v) in &example.features {
            let (wp, wn) = weights(i);
            zp += wp * v;
            zn += wn * v;
        }
        let [pn, pz, pp] = probabilities(zp, zn);
        let predicted = if pp >= pn && pp >= pz {
            Label::Positive
        } else if pn >= pz {
            Label::Negative
        } else {
            Label::Neutral
        };
        let gold = [Label::Negative, Label::Neutral, Label::Positive][example.class];
        confusion.add(gold, predicted);
    }
    confusion
}

fn examples(jsonl: &str, bits: u32) -> Vec<Example> {
    examples_by_set(jsonl, bits).into_iter().flat_map(|(_, examples)| examples).collect()
}

/// Examples grouped by the lines' `set`, in order of first appearance. A target that covers no
/// token counts as neutral evidence-free (no features but the bias would be wrong), so it is
/// left out here; `newslens eval targets` counts it.
fn examples_by_set(jsonl: &str, bits: u32) -> Vec<(String, Vec<Example>)> {
    let mut sets: Vec<(String, Vec<Example>)> = Vec::new();
    for line in jsonl.lines().filter_map(newsmtsc::parse) {
        let document = Document::new(&line.text);
        let spans: Vec<(usize, usize)> = line.targets.iter().map(|&(s, e, _)| (s, e)).collect();
        let position = match sets.iter().position(|(set, _)| *set == line.set) {
            Some(position) => position,
            None => {
                sets.push((line.set.clone(), Vec::new()));
                sets.len() - 1
            }
        };
        each_target(&document, &spans, bits, None, |i, _, features| {
            let mut features: Vec<(u32, f32)> = features.iter().map(|f| (f.index, f.value)).collect();
            features.sort_by_key(|&(index, _)| index);
            features.dedup_by(|later, kept| {
                if later.0 == kept.0 {
                    kept.1 += later.1;
                    true
                } else {
                    false
                }
            });
            sets[position].1.push(Example { features, class: newsmtsc::class(line.targets[i].2) });
        });
    }
    sets
}

fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}
