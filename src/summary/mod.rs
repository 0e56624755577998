//! Summary: the few sentences that carry the article, in document order (extractive).
//!
//! Method, all statistics of the one text (no trained model):
//! 1. Eligibility (`eligible`): a sentence may be chosen only when it is a whole sentence of
//!    the body: never a headline or other line without sentence-final punctuation (subheads,
//!    bylines, captions, datelines of their own), a feed footer ("The post ... appeared first
//!    on ..."), a sentence the segmenter cut (one that starts in lower case), or one of fewer
//!    than five words. A sentence that opens a quotation is taken only together with the
//!    sentences that finish it (`quote`).
//! 2. Scores (`score`): 0.8 × position (news puts its gist first: 1/(k + 1) for the k-th
//!    eligible sentence) + 0.1 × directed centrality (`centrality`: after PacSum, Zheng &
//!    Lapata 2019, how much of the *following* text a sentence's TF-IDF vector covers, minus a
//!    share of what it repeats of the text before it) + 0.1 × salience (the salience of the
//!    entities and the scores of the key phrases it names, per root of its length), times a
//!    length prior that lowers sentences of more than 25 words in proportion.
//! 3. Selection (`select`): best first, a sentence whose words mostly repeat a sentence already
//!    chosen is skipped (redundancy); the chosen ones are returned in document order.
//!
//! Everything is linear in the text: centrality sums over all pairs of sentences through prefix
//! and suffix sums of the sentence vectors, never pair by pair.
//!
//! Measured by `newslens eval summary` on 75 CNN/DailyMail articles (see the README).
//!
//! Limits: English news; the position prior assumes the inverted pyramid, so a feature or an
//! opinion piece that keeps its point for the end gets its opening; the footer, caption and
//! byline tests are patterns, not a model of the page; quotation balance is read from the
//! marks alone, so an apostrophe written as an opening single quote (‘90s) can hide a
//! sentence.

mod centrality;
mod eligible;
mod quote;
mod score;
mod select;
mod terms;

use serde::Serialize;

use crate::keyphrase::{EntityHint, Keyphrase};
use crate::segment::Document;

/// The number of summary sentences returned by default.
pub const DEFAULT_LENGTH: usize = 3;

/// One sentence of the summary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummarySentence {
    /// Its index in the analysis's `sentences`.
    pub sentence: usize,
    /// The sentence's offsets: byte offsets in Rust, UTF-16 units in JS.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// How strongly it carries the article, relative to the best sentence (which scores 1).
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
}

/// The `length` sentences of `document` that best carry it, in document order; every sentence
/// when it has `length` or fewer, none when `length` is 0.
///
/// ```
/// let document = newslens::Document::new(
///     "Polar bear Knut dies\n\nKnut, the polar bear of Berlin Zoo, died on Saturday at the age of four. \
///      Vets said the polar bear had a brain infection before he drowned. \
///      The zoo opens at nine in the morning every day. \
///      Thousands of visitors came to see the polar bear Knut every week.",
/// );
/// let summary = newslens::summary::summary(&document, 2, &[], &[]);
/// assert_eq!(summary.len(), 2);
/// assert_eq!(summary[0].sentence, 1);
/// ```
pub fn summary(
    document: &Document<'_>,
    length: usize,
    entities: &[EntityHint],
    keyphrases: &[Keyphrase],
) -> Vec<SummarySentence> {
    let count = document.sentences.len();
    if length == 0 || count == 0 {
        return Vec::new();
    }
    if count <= length {
        return (0..count).map(|i| sentence(document, i, 1.0)).collect();
    }
    let terms = terms::Terms::new(document);
    let eligible = eligible::eligible(document);
    let units = quote::units(document);
    let centrality = centrality::directed(&terms);
    let salience = score::salience(document, entities, keyphrases);
    let scores = score::combine(document, &eligible, &centrality, &salience);
    let chosen = select::select(&terms, &units, &eligible, &scores, length);
    let best = chosen.iter().map(|&i| scores[i]).fold(0.0f32, f32::max);
    chosen
        .into_iter()
        .map(|i| sentence(document, i, if best > 0.0 { (scores[i] / best).clamp(0.0, 1.0) } else { 0.0 }))
        .collect()
}

fn sentence(document: &Document<'_>, index: usize, score: f32) -> SummarySentence {
    let span = document.sentences[index].span;
    SummarySentence { sentence: index, start: span.start, end: span.end, text: document.slice(span).to_owned(), score }
}
