//! Key phrases: what the article is about, in its own words, best first.
//!
//! Method, all statistics of the one text (no trained model, nothing learned from a data set):
//! 1. Candidates (`candidate`): runs of one to four words between stop words and punctuation
//!    inside a sentence, never starting or ending with a stop word, a verb form or an adverb,
//!    nor ending with a bare adjective (word lists and suffix rules stand in for a
//!    part-of-speech tagger), keyed by Porter stems so that singular and plural are one
//!    phrase. Capitalised names are kept whole; a capital that only opens a sentence or sits
//!    in a sentence written in capitals or Title Case counts only when the rest of the text
//!    confirms it.
//! 2. Scores (`rank`): PositionRank over the co-occurrence graph of words (frequency, early
//!    position and centrality in one number), summed over a phrase's words and divided by
//!    the square root of its length, times the phrase's cohesion, halved for a phrase of
//!    several words seen once, raised by its spread through the text.
//! 3. Selection (`select`): a short form of a name folds into the name ("Gruber" into
//!    "Achim Gruber"); then best first, a phrase is dropped when it mostly occurs inside a
//!    better one, or holds a better one and occurs once.
//!
//! Entities plug in through [`keyphrases_with_entities`]: their spans become whole candidates
//! that no other candidate may cut, boosted by their salience.
//!
//! Measured by `newslens eval keyphrases` on 500N-KPCrowd (stemmed exact match, the YAKE and
//! pke convention): F1@10 0.1681, against 0.1070 for the first ten words.
//!
//! Limits: English only; without a tagger, verbs in the present tense ("posts", "force")
//! pass as nouns and some adjectives start phrases; the scores come from one text, so a word
//! that every article uses can rank as high as a rare one; the headline is the document's (see
//! [`crate::segment::kind`]), so a text without one counts a sentence-initial name that is
//! never written in lower case as a name.

mod candidate;
mod lexicon;
mod rank;
mod select;
mod stem;

use serde::Serialize;

use crate::segment::Document;
pub use stem::stem;

/// The number of key phrases returned by default.
pub const DEFAULT_LIMIT: usize = 10;

/// One key phrase: its text as the article writes it, its score relative to the best phrase
/// (which scores 1), and every place it occurs (any inflection: "bear" also finds "bears").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyphrase {
    pub text: String,
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub occurrences: Vec<Occurrence>,
}

/// Where a key phrase occurs: byte offsets in Rust, UTF-16 units in JS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    pub start: usize,
    pub end: usize,
}

/// An entity mention offered to the key-phrase ranking: its byte span and how central the
/// entity is to the text, in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EntityHint {
    pub start: usize,
    pub end: usize,
    pub salience: f32,
}

/// The best `limit` key phrases of `document`, best first.
///
/// ```
/// let document = newslens::Document::new(
///     "Polar bear Knut dies in Berlin zoo\n\nKnut, the polar bear of Berlin Zoo, drowned on \
///      Saturday. Vets said the polar bear had a brain infection.",
/// );
/// let phrases = newslens::keyphrase::keyphrases(&document, 3);
/// assert_eq!(phrases[0].text, "polar bear");
/// ```
pub fn keyphrases(document: &Document<'_>, limit: usize) -> Vec<Keyphrase> {
    keyphrases_with_entities(document, limit, &[])
}

/// [`keyphrases`], with entity mentions kept whole and boosted by their salience.
pub fn keyphrases_with_entities(document: &Document<'_>, limit: usize, entities: &[EntityHint]) -> Vec<Keyphrase> {
    if limit == 0 || document.tokens.is_empty() {
        return Vec::new();
    }
    let words = candidate::Words::new(document);
    let mut candidates = candidate::candidates(document, &words);
    let boosts = select::apply_entities(document, &words, &mut candidates, entities);
    let terms = rank::term_scores(document, &words);
    let counts = rank::term_counts(&words);
    let mut scores: Vec<f32> = candidates
        .iter()
        .zip(&boosts)
        .map(|(candidate, boost)| rank::phrase_score(candidate, &terms, &counts, document.tokens.len()) * (1.0 + boost))
        .collect();
    select::merge_aliases(&mut candidates, &mut scores);
    select::best(document, &words, &candidates, &scores, limit)
}
