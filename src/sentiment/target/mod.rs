//! Sentiment toward a target: how a sentence portrays a person, organization or place it
//! names (NewsMTSC's definition: positive, neutral or negative toward that target), with the
//! words that drove it. "X criticized Y" is negative toward Y, not necessarily toward X.
//!
//! Method: a three-class logistic regression (neutral as the reference class) over hashed
//! features of the words around the target (see `features`): words by side and distance, the
//! words of the target's own clause, quoted words when the target stands outside the quote,
//! the bigrams next to it and lexicon valence by side, distance and clause. Trained on
//! NewsMTSC train (8,734 targets in US political news) by `newslens train targets`; 8-bit
//! weights in `models/target-sentiment.bin` (see `model`). A target's score is
//! P(positive) − P(negative) in [-1, 1]; its label is the most probable class.
//!
//! Limits: English news only; it reads one sentence and at most [`features::WINDOW`] tokens on
//! each side, so sentiment spread over several sentences, sarcasm and world knowledge are
//! missed; a quotation's speaker and subject are told apart only by quotation marks, not by
//! parsing; learned from 2017-2019 US politics, so other domains lean on the lexicon features.

mod features;
pub(crate) mod model;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod newsmtsc;
#[cfg(feature = "train")]
pub mod train;

use std::sync::LazyLock;

use serde::Serialize;

use super::{Counts, Driver, Label};
use crate::entity::{Entity, Mention};
use crate::segment::{Document, TokenKind};
use features::{Feature, Unit, NO_TOKEN};
use model::Model;

const MODEL_BYTES: &[u8] = include_bytes!("../../../models/target-sentiment.bin");

static MODEL: LazyLock<Model<'static>> = LazyLock::new(|| Model::read(MODEL_BYTES).unwrap_or_else(|_| Model::empty()));

/// The most drivers listed per target.
const MAX_DRIVERS: usize = 5;
/// Tokens that move the log-odds (positive against negative) less than this are not drivers.
const MIN_DRIVER_WEIGHT: f32 = 0.25;

/// The sentiment a sentence expresses toward one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetSentiment {
    /// P(positive) − P(negative), in [-1, 1].
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub label: Label,
    /// The words that moved the target's score most, in text order.
    pub drivers: Vec<Driver>,
}

impl TargetSentiment {
    fn neutral() -> TargetSentiment {
        TargetSentiment { score: 0.0, label: Label::Neutral, drivers: Vec::new() }
    }
}

/// The sentiment toward an entity over its mentions: the mean of their scores, labelled by the
/// same band as sentences, and how many mentions had each label.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct EntitySentiment {
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub label: Label,
    pub counts: Counts,
}

/// The sentiment toward each target span (byte offsets `start..end` into `document.text`), in
/// the order given. A span that covers no token is neutral with no drivers.
///
/// ```
/// use newslens::Document;
/// use newslens::sentiment::target::targets;
/// let text = "Critics condemned Smith for the disastrous failure.";
/// let start = text.find("Smith").unwrap();
/// let found = targets(&Document::new(text), &[(start, start + 5)]);
/// assert!(found[0].score < 0.0);
/// ```
pub fn targets(document: &Document<'_>, spans: &[(usize, usize)]) -> Vec<TargetSentiment> {
    let model: &Model<'_> = &MODEL;
    let mut results = vec![TargetSentiment::neutral(); spans.len()];
    each_target(document, spans, model.bits, None, |i, offset, features| {
        results[i] = score(document, offset, features, model);
    });
    results
}

/// Calls `found(span index, first token of its sentence, features)` for each span that covers
/// a token, in text order; each sentence is read once however many targets it holds.
pub(crate) fn each_target(
    document: &Document<'_>,
    spans: &[(usize, usize)],
    bits: u32,
    shares: Option<&[Vec<f32>]>,
    mut found: impl FnMut(usize, usize, &[Feature]),
) {
    let lexicon = &super::MODEL.lexicon;
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans[i]);
    let mut cached: Option<(usize, Vec<Unit>, (f32, f32))> = None;
    let mut buffer = Vec::new();
    for i in order {
        let (start, end) = spans[i];
        let first = document.tokens.partition_point(|t| t.end <= start);
        let last = document.tokens.partition_point(|t| t.start < end);
        if first >= last || first >= document.tokens.len() {
            continue;
        }
        let sentence_index = document.sentences.partition_point(|s| s.tokens.end <= first);
        let Some(sentence) = document.sentences.get(sentence_index) else {
            continue;
        };
        if cached.as_ref().is_none_or(|(at, _, _)| *at != sentence_index) {
            let tokens =
                sentence.tokens.clone().map(|t| (document.token_text(t), document.tokens[t].kind == TokenKind::Punct));
            let mut units = features::units(tokens, lexicon);
            let given = shares.and_then(|all| all.get(sentence_index)).filter(|s| s.len() == units.len());
            let computed;
            let shares = match given {
                Some(shares) => shares,
                None => {
                    computed = super::token_shares(document, sentence);
                    &computed
                }
            };
            for (unit, &share) in units.iter_mut().zip(shares) {
                unit.sentence_share = share;
            }
            let totals = features::totals(&units);
            cached = Some((sentence_index, units, totals));
        }
        let Some((_, units, totals)) = cached.as_ref() else {
            continue;
        };
        let offset = sentence.tokens.start;
        let target = (first - offset)..(last.min(sentence.tokens.end) - offset);
        buffer.clear();
        features::extract(units, *totals, target, document.token_text(first), bits, &mut buffer);
        found(i, offset, &buffer);
    }
}

/// The probabilities (negative, neutral, positive) of two logits against neutral at 0.
pub(crate) fn probabilities(positive: f32, negative: f32) -> [f32; 3] {
    let top = positive.max(negative).max(0.0);
    let (p, n, z) = ((positive - top).exp(), (negative - top).exp(), (-top).exp());
    let sum = p + n + z;
    [n / sum, z / sum, p / sum]
}

fn score(document: &Document<'_>, offset: usize, features: &[Feature], model: &Model<'_>) -> TargetSentiment {
    let weights: Vec<(f32, f32)> = features.iter().map(|f| model.weights(f.index)).collect();
    let (positive, negative) = features
        .iter()
        .zip(&weights)
        .fold((0.0, 0.0), |(p, n), (feature, (wp, wn))| (p + wp * feature.value, n + wn * feature.value));
    let [pn, pz, pp] = probabilities(positive, negative);
    let label = if pp >= pn && pp >= pz {
        Label::Positive
    } else if pn >= pz {
        Label::Negative
    } else {
        Label::Neutral
    };
    // Each token's share of the log-odds of positive against negative, indexed from the first
    // token any feature is credited to (the window: at most 2 × WINDOW + the target's length).
    let credited = || features.iter().map(|f| f.token).filter(|&t| t != NO_TOKEN);
    let low = credited().min().unwrap_or(0);
    let high = credited().max().unwrap_or(0);
    let mut amounts = vec![0.0f32; (high - low) as usize + 1];
    for (feature, (wp, wn)) in features.iter().zip(&weights).filter(|(f, _)| f.token != NO_TOKEN) {
        amounts[(feature.token - low) as usize] += (wp - wn) * feature.value;
    }
    let mut shares: Vec<(u32, f32)> =
        amounts.into_iter().enumerate().map(|(i, amount)| (low + i as u32, amount)).filter(|s| s.1 != 0.0).collect();
    let wanted = match label {
        Label::Positive => 1.0,
        Label::Negative => -1.0,
        Label::Neutral => 0.0,
    };
    shares.retain(|&(token, amount)| {
        amount.abs() >= MIN_DRIVER_WEIGHT
            && amount * wanted >= 0.0
            && document.tokens.get(offset + token as usize).is_some_and(|t| explains(&document.text[t.start..t.end]))
    });
    shares.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    shares.truncate(MAX_DRIVERS);
    shares.sort_by_key(|&(token, _)| token);
    let drivers = shares
        .into_iter()
        .filter_map(|(token, weight)| {
            let token = document.tokens.get(offset + token as usize)?;
            Some(Driver {
                start: token.start,
                end: token.end,
                text: document.text[token.start..token.end].to_owned(),
                weight: (weight * 1000.0).round() / 1000.0,
            })
        })
        .collect();
    TargetSentiment { score: pp - pn, label, drivers }
}

/// Function words, titles and the neutral nouns of news carry learned weight (they mark where
/// the target stands) but explain nothing to a reader: they are never listed as drivers.
const NOT_DRIVERS: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "and", "or", "but", "that",
    "this", "these", "those", "which", "who", "whom", "whose", "it", "its", "he", "she", "his", "her", "him", "they",
    "them", "their", "we", "our", "i", "you", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
    "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "dr", "dr.", "'s", "’s", "while", "when", "after", "before", "than", "then", "there", "here", "about",
    "into", "over", "also", "so", "if", "because", "said", "says", "say", "told",
];

static NOT_DRIVER_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut keys: Vec<u64> = NOT_DRIVERS.iter().map(|w| super::word::key(w)).collect();
    keys.sort_unstable();
    keys
});

/// Whether a token may be shown as a driver: a word, not a function word, title or neutral noun.
fn explains(text: &str) -> bool {
    let key = super::word::key(text);
    text.chars().any(char::is_alphabetic)
        && NOT_DRIVER_KEYS.binary_search(&key).is_err()
        && super::news::valence(key) != Some(0.0)
        && !text.chars().next().is_some_and(char::is_uppercase)
}

/// The sentiment toward an entity from its mentions' (none: neutral 0 with no counts): the
/// mean score, and the label most of its mentions have (a tie goes to the mean's label).
pub fn entity<'a>(mentions: impl IntoIterator<Item = &'a TargetSentiment>) -> EntitySentiment {
    let mut counts = Counts::default();
    let (mut sum, mut n) = (0.0f32, 0usize);
    for mention in mentions {
        match mention.label {
            Label::Negative => counts.negative += 1,
            Label::Neutral => counts.neutral += 1,
            Label::Positive => counts.positive += 1,
        }
        sum += mention.score;
        n += 1;
    }
    let score = if n == 0 { 0.0 } else { sum / n as f32 };
    let most = counts.negative.max(counts.neutral).max(counts.positive);
    let leading: Vec<Label> =
        [(counts.negative, Label::Negative), (counts.neutral, Label::Neutral), (counts.positive, Label::Positive)]
            .into_iter()
            .filter(|&(count, _)| count == most)
            .map(|(_, label)| label)
            .collect();
    let label = match leading.as_slice() {
        [only] => *only,
        _ => Label::of(score),
    };
    EntitySentiment { score, label, counts }
}

/// Sets the sentiment of every name mention (those with an entity) and of every entity, the
/// aggregate over its mentions.
/// `shares` are the sentence stage's token shares (see `sentences_with_shares`), read rather
/// than computed again.
pub fn fill(document: &Document<'_>, shares: &[Vec<f32>], mentions: &mut [Mention], entities: &mut [Entity]) {
    let model: &Model<'_> = &MODEL;
    let named: Vec<usize> = (0..mentions.len()).filter(|&i| mentions[i].entity.is_some()).collect();
    let spans: Vec<(usize, usize)> = named.iter().map(|&i| (mentions[i].start, mentions[i].end)).collect();
    let mut results = vec![TargetSentiment::neutral(); spans.len()];
    each_target(document, &spans, model.bits, Some(shares), |i, offset, features| {
        results[i] = score(document, offset, features, model);
    });
    for (i, found) in named.into_iter().zip(results) {
        mentions[i].sentiment = Some(found);
    }
    for found in entities.iter_mut() {
        found.sentiment =
            Some(entity(found.mentions.iter().filter_map(|&m| mentions.get(m).and_then(|m| m.sentiment.as_ref()))));
    }
}

/// Whether the embedded target model reads.
pub fn check_model() -> Result<String, super::ModelError> {
    Model::read(MODEL_BYTES).map(|model| model.header)
}
