//! Scoring one run of tokens: the linear model's margin (log-odds of positive) and each
//! token's share of it, corrected for news (see `news`), with emphasis applied.

use super::features::{self, Feature, Unit};
use super::lexicon::Lexicon;
use super::model::Model;
use super::news;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::ModelError;
#[cfg(not(target_arch = "wasm32"))]
use crate::segment::Document;

/// A shouted word in a sentence that is not all capitals weighs this much more (VADER adds
/// about a fifth of a strong word's valence).
const SHOUTED: f32 = 1.5;
/// Each exclamation mark (up to three) strengthens the sentence by this fraction.
const PER_EXCLAMATION: f32 = 0.15;
const MAX_EXCLAMATIONS: usize = 3;

/// The margin of `units` and each unit's contribution to it.
pub struct Scored {
    pub margin: f32,
    pub contributions: Vec<f32>,
}

/// Scores `units`; `exclamations` is the number of "!" in the sentence.
pub fn score(
    units: &[Unit],
    exclamations: usize,
    lexicon: &Lexicon<'_>,
    model: &Model<'_>,
    buffer: &mut Vec<Feature>,
) -> Scored {
    buffer.clear();
    features::extract(units, lexicon, model.config, model.bits, buffer);
    let mut contributions = vec![0.0f32; units.len()];
    for feature in buffer.iter() {
        let amount = model.weight(feature.index) * feature.value;
        if amount == 0.0 {
            continue;
        }
        let (first, last) = (usize::from(feature.first), usize::from(feature.last));
        let share = amount / (last - first + 1) as f32;
        for contribution in &mut contributions[first..=last] {
            *contribution += share;
        }
    }
    let dense = [model.dense[0], model.dense[1]];
    for (contribution, unit) in contributions.iter_mut().zip(units) {
        *contribution = news::adjust(unit.key, *contribution, dense);
    }
    let all_shouted = units.iter().all(|u| u.shouted);
    if !all_shouted {
        for (contribution, unit) in contributions.iter_mut().zip(units) {
            if unit.shouted {
                *contribution *= SHOUTED;
            }
        }
    }
    let emphasis = emphasis(exclamations);
    for contribution in &mut contributions {
        *contribution *= emphasis;
    }
    let margin = contributions.iter().sum();
    Scored { margin, contributions }
}

/// Reads `model` bytes and a `lexicon` table the way the embedded ones are read, then scores
/// every sentence of `text` with them: the way in for the fuzzer (`fuzz/fuzz_targets/model.rs`),
/// which feeds it corrupted model files (through `newslens::internals`).
#[cfg(not(target_arch = "wasm32"))]
pub fn margins_with(model: &[u8], lexicon: &str, text: &str) -> Result<Vec<f32>, ModelError> {
    let model = Model::read(model)?;
    let lexicon = Lexicon::parse(lexicon);
    let document = Document::new(text);
    let mut buffer = Vec::new();
    Ok(document
        .sentences
        .iter()
        .map(|sentence| {
            let units: Vec<Unit> = sentence
                .tokens
                .clone()
                .map(|i| Unit::new(document.token_text(i), document.norm(i), document.tokens[i].case, &lexicon))
                .collect();
            score(&units, 0, &lexicon, &model, &mut buffer).margin
        })
        .collect())
}

/// Whether the embedded model reads; analysis silently scores 0 without it.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_model() -> Result<String, ModelError> {
    Model::read(super::model::EMBEDDED).map(|model| model.header)
}

/// How much `exclamations` marks strengthen every contribution of a sentence.
pub fn emphasis(exclamations: usize) -> f32 {
    1.0 + PER_EXCLAMATION * exclamations.min(MAX_EXCLAMATIONS) as f32
}
