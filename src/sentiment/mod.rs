//! Sentiment: how positive or negative each sentence, the whole text and each entity is, with
//! the words that moved each sentence's score.
//!
//! Method: a logistic-regression model over hashed words (marked inside negation scope) and
//! bigrams, plus the VADER lexicon's valence as two learned dense features (see `features`).
//! It is trained on the Stanford Sentiment Treebank (SST-2 train: 67,349 film-review sentences
//! and phrases), with the prose sentences of CoNLL-2003 train (Reuters news) that hold no
//! strongly valenced word as examples that should score 0, so that topical and function words
//! stay neutral while "killed" or "disaster" keep their weight; five runs in different orders
//! are averaged. Rules shape the features: negation ("not", "n't", "never", "without"
//! ...) flips valence up to the end of the clause; intensifiers and dampeners scale the next
//! word; after "but" the clause weighs three times the clause before; a concessive clause
//! ("although ...,") counts half; punctuation has no weight of its own, but capitals and
//! exclamation marks add emphasis. A sentence's score is `tanh(margin / 2)` in [-1, 1] (the
//! probability of positive minus that of negative, without a bias term, so a sentence with no
//! known words scores 0); it is neutral within [`NEUTRAL_BAND`] of 0. Each driver's weight is
//! its token's share of the margin (log-odds). The text's score is the mean of its sentences'.
//!
//! The model file (`models/sentiment.bin`, see `model`) holds the weights and the valence
//! lexicon as arrays that are searched where `include_bytes!` put them: reading it checks the
//! checksum and the sizes and decodes nothing entry by entry (0.06 ms natively, 0.7 to 0.9 ms
//! for the first, cold call in Node's wasm), so the first analysis does not wait for tables.
//!
//! Measured (`newslens eval sentiment`): SST-2 dev accuracy 0.835; UCI amazon 0.863, imdb
//! 0.868, yelp 0.858 (out of domain: never trained on).
//!
//! News: `news` drops the weight of titles, offices and neutral nouns of reporting and gives
//! conflict, crime and disaster words a news valence (`news-words.txt`). Sentiment toward each
//! named target, rather than the sentence, is `target`.
//!
//! Limits: English only; learned from film reviews, so a few film words lean ("plot", "movie"
//! slightly negative) and news sentiment shows mainly through evaluative words ("praised",
//! "failed", "crisis"); sarcasm, irony, and sentiment that needs world knowledge ("prices
//! rose") are missed; negation scope is clause-long, so "never ... beyond a monotonous whine"
//! is misread; a sentence has one score, not one per target.

mod features;
mod lexicon;
mod model;
mod news;
pub(crate) mod score;
pub mod target;
#[cfg(feature = "train")]
pub(crate) mod train;
mod word;

use std::sync::LazyLock;

use serde::Serialize;

pub use crate::model::ModelError;
use crate::segment::{Document, TokenKind};
use features::Unit;
use model::Model;

/// Scores closer to zero than this are neutral.
pub const NEUTRAL_BAND: f32 = 0.3;
/// The most drivers listed per sentence.
const MAX_DRIVERS: usize = 8;
/// Tokens whose share of the margin is smaller than this are not drivers.
const MIN_DRIVER_WEIGHT: f32 = 0.2;
/// Tokens whose share is below this fraction of the strongest token's are not drivers either:
/// function words carry small learned weights that explain nothing to a reader.
const RELATIVE_DRIVER_WEIGHT: f32 = 0.25;

/// Reading checks the checksum and borrows the tables from `model::EMBEDDED`: well under a
/// millisecond, nothing decoded entry by entry.
static MODEL: LazyLock<Model<'static>> =
    LazyLock::new(|| Model::read(model::EMBEDDED).unwrap_or_else(|_| Model::empty()));

/// Negative, neutral or positive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Negative,
    Neutral,
    Positive,
}

impl Label {
    /// The label of a score: neutral within [`NEUTRAL_BAND`] of zero.
    pub fn of(score: f32) -> Label {
        if score >= NEUTRAL_BAND {
            Label::Positive
        } else if score <= -NEUTRAL_BAND {
            Label::Negative
        } else {
            Label::Neutral
        }
    }
}

/// A score in [-1, 1] and its label.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Sentiment {
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub label: Label,
}

impl Sentiment {
    fn new(score: f32) -> Sentiment {
        Sentiment { score, label: Label::of(score) }
    }
}

/// A token that moved a sentence's score: positive weights pushed it up, negative down.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Driver {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The token's share of the sentence's margin (log-odds of positive).
    #[serde(serialize_with = "crate::serial::rounded")]
    pub weight: f32,
}

/// The sentiment of one sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceSentiment {
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub label: Label,
    /// The tokens that moved the score most, in text order.
    pub drivers: Vec<Driver>,
}

/// How many sentences have each label.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub negative: usize,
    pub neutral: usize,
    pub positive: usize,
}

/// The sentiment of a whole text.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DocumentSentiment {
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub label: Label,
    pub counts: Counts,
}

/// The sentiment of each sentence of `document`, in order.
///
/// ```
/// let document = newslens::Document::new("The food was not good. The staff were wonderful!");
/// let sentences = newslens::sentiment::sentences(&document);
/// assert!(sentences[0].score < 0.0 && sentences[1].score > 0.0);
/// ```
pub fn sentences(document: &Document<'_>) -> Vec<SentenceSentiment> {
    sentences_with_shares(document).0
}

/// The sentiment of each sentence, and each sentence's tokens' shares of its margin before
/// exclamation marks add emphasis (what [`target`] reads; see [`token_shares`]).
#[doc(hidden)]
pub fn sentences_with_shares(document: &Document<'_>) -> (Vec<SentenceSentiment>, Vec<Vec<f32>>) {
    let model: &Model<'_> = &MODEL;
    let lexicon = &model.lexicon;
    let mut buffer = Vec::new();
    let mut units = Vec::new();
    let mut shares = Vec::with_capacity(document.sentences.len());
    let sentiments = document
        .sentences
        .iter()
        .map(|sentence| {
            units.clear();
            let mut exclamations = 0;
            for index in sentence.tokens.clone() {
                let text = document.token_text(index);
                if document.tokens[index].kind == TokenKind::Punct {
                    exclamations += text.matches('!').count();
                }
                units.push(Unit::new(text, document.norm(index), document.tokens[index].case, lexicon));
            }
            let scored = score::score(&units, exclamations, lexicon, model, &mut buffer);
            let value = (scored.margin / 2.0).tanh();
            let drivers = drivers(document, sentence.tokens.start, &scored.contributions);
            let emphasis = score::emphasis(exclamations);
            shares.push(scored.contributions.iter().map(|c| c / emphasis).collect());
            SentenceSentiment { score: value, label: Label::of(value), drivers }
        })
        .collect();
    (sentiments, shares)
}

/// Each token's share of `sentence`'s margin under the sentence model.
pub(crate) fn token_shares(document: &Document<'_>, sentence: &crate::segment::Sentence) -> Vec<f32> {
    let model: &Model<'_> = &MODEL;
    let units: Vec<Unit> = sentence
        .tokens
        .clone()
        .map(|index| {
            Unit::new(document.token_text(index), document.norm(index), document.tokens[index].case, &model.lexicon)
        })
        .collect();
    let mut buffer = Vec::new();
    score::score(&units, 0, &model.lexicon, model, &mut buffer).contributions
}

/// The tokens with the largest contributions, in text order.
fn drivers(document: &Document<'_>, first_token: usize, contributions: &[f32]) -> Vec<Driver> {
    // A driver moves the score noticeably: both in absolute terms and next to the strongest.
    let strongest = contributions.iter().fold(0.0f32, |max, &weight| max.max(weight.abs()));
    let floor = MIN_DRIVER_WEIGHT.max(RELATIVE_DRIVER_WEIGHT * strongest);
    let mut ranked: Vec<(usize, f32)> =
        contributions.iter().copied().enumerate().filter(|&(_, weight)| weight.abs() >= floor).collect();
    ranked.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    ranked.truncate(MAX_DRIVERS);
    ranked.sort_by_key(|&(i, _)| i);
    ranked
        .into_iter()
        .map(|(i, weight)| {
            let token = &document.tokens[first_token + i];
            Driver {
                start: token.start,
                end: token.end,
                text: document.text[token.start..token.end].to_owned(),
                weight: (weight * 1000.0).round() / 1000.0,
            }
        })
        .collect()
}

/// The sentiment of a whole text from its sentences': the mean score, and the label counts.
///
/// ```
/// use newslens::sentiment;
/// let document = newslens::Document::new("What a wonderful day. The bus left at six.");
/// let sentences = sentiment::sentences(&document);
/// let overall = sentiment::document(&sentences);
/// assert_eq!(overall.counts.positive + overall.counts.neutral + overall.counts.negative, 2);
/// ```
pub fn document<'a>(sentences: impl IntoIterator<Item = &'a SentenceSentiment> + Clone) -> DocumentSentiment {
    let mut counts = Counts::default();
    for sentence in sentences.clone() {
        match sentence.label {
            Label::Negative => counts.negative += 1,
            Label::Neutral => counts.neutral += 1,
            Label::Positive => counts.positive += 1,
        }
    }
    let score = mean(sentences.into_iter().map(|s| s.score));
    DocumentSentiment { score, label: Label::of(score), counts }
}

/// The mean score of the sentences that mention an entity (the analysis uses
/// [`target::entity`], the sentiment toward it, instead).
/// `mentioned` holds sentence indices (one per mention; repeats count once, indices out of
/// range are ignored). No sentence gives a neutral 0.
///
/// ```
/// use newslens::sentiment;
/// let document = newslens::Document::new("Acme shipped a superb phone. Rivals are struggling.");
/// let sentences = sentiment::sentences(&document);
/// assert!(sentiment::entity(&sentences, &[0]).score > 0.0);
/// ```
pub fn entity(sentences: &[SentenceSentiment], mentioned: &[usize]) -> Sentiment {
    let mut indices: Vec<usize> = mentioned.iter().copied().filter(|&i| i < sentences.len()).collect();
    indices.sort_unstable();
    indices.dedup();
    Sentiment::new(mean(indices.iter().map(|&i| sentences[i].score)))
}

fn mean(scores: impl Iterator<Item = f32>) -> f32 {
    let (sum, count) = scores.fold((0.0f32, 0usize), |(sum, n), s| (sum + s, n + 1));
    if count == 0 {
        0.0
    } else {
        sum / count as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lexicon::Lexicon;

    #[test]
    fn the_embedded_model_was_trained_with_the_embedded_lexicon() {
        let model = Model::read(model::EMBEDDED).expect("the embedded model reads");
        let checksum = crate::hash::fnv1a(lexicon::LEXICON_TSV.as_bytes());
        let line = format!("lexicon: sentiment-lexicon.tsv fnv1a64={checksum:016x}");
        assert!(model.header.contains(&line), "{}", model.header);
        assert!(model.lexicon == Lexicon::embedded(), "the model carries the table of the text file");
    }

    #[test]
    fn labels_split_at_the_neutral_band() {
        assert_eq!(Label::of(0.0), Label::Neutral);
        assert_eq!(Label::of(NEUTRAL_BAND), Label::Positive);
        assert_eq!(Label::of(-NEUTRAL_BAND), Label::Negative);
        assert_eq!(Label::of(NEUTRAL_BAND - 0.01), Label::Neutral);
    }

    #[test]
    fn empty_and_odd_texts_score_zero() {
        for text in ["", "   ", "...", "1234 5678", "🙂"] {
            let document = Document::new(text);
            let overall = document_of(&document);
            assert!(overall.score.abs() < NEUTRAL_BAND, "{text:?}");
        }
        assert_eq!(document_of(&Document::new("")).score, 0.0);
    }

    fn document_of(document: &Document<'_>) -> DocumentSentiment {
        self::document(&sentences(document))
    }
}
