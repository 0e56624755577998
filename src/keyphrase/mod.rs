//! Key phrases: what the article is about, in its own words, best first.
//!
//! Method (statistics of the one text; part-of-speech tags only where the caller asks):
//! 1. Candidates (`candidate`): runs of one to four words between stop words and punctuation,
//!    shaped by word lists (stop words, vague words, verbs that may sit inside a phrase) and
//!    casing, keyed by Porter stems so that singular and plural are one phrase. Capitalised
//!    names are kept whole; a capital that only opens a sentence or sits in a sentence
//!    written in capitals or Title Case counts only when the rest of the text confirms it. A feed footer gives none
//!    (`boilerplate`). With tags from [`crate::pos`] (`tagged`, off in the analysis),
//!    adverbs, pronouns, numbers and function words break phrases and nouns, adjectives and
//!    gerunds may stand alone.
//! 2. Scores (`rank`): PositionRank over the co-occurrence graph of words (frequency, early
//!    position and centrality in one number), the mean over a phrase's words, times the
//!    phrase's cohesion, halved for a phrase of several words seen once, raised by its spread
//!    through the text.
//! 3. Selection (`select`): a short form of a name folds its score into the name ("Gruber"
//!    into "Achim Gruber"); then best first, a phrase is dropped when it mostly occurs inside
//!    a better one, or holds a better one and occurs once; a recurring phrase that holds a
//!    better one takes its place when it makes a third of the part's occurrences ("sea wall"
//!    for "wall").
//!
//! Entities plug in through [`keyphrases_with_entities`]: their spans become whole candidates
//! that no other candidate may cut and that name the entity (`entity`, whose mentions become
//! the occurrences); names of entities the text is about (salience at least half the top) are
//! boosted by their salience, other names halved: the entity panel lists them.
//!
//! Measured by `newslens eval keyphrases` on 500N-KPCrowd (stemmed exact match, the YAKE and
//! pke convention): F1@10 0.1724, F1@5 0.1070 (0.1721 and 0.1061 with tags, `--pos`), against
//! 0.1070 F1@10 for the first ten words; its crowd keys favour single words, verbs and
//! adjectives, and the mean over a phrase's words favours single words too.
//!
//! Limits: English only; the scores come from one text, so a word that every article uses can
//! rank as high as a rare one; the headline is the document's (see
//! [`crate::segment::kind`]); only the feed footer counts as boilerplate here (the analysis
//! also leaves out the article's boilerplate, see [`crate::article`]). The part-of-speech tags are off in the analysis: they cost
//! about as much as the rest of the stage (see README) for no better F1 on 500N-KPCrowd.

mod boilerplate;
mod candidate;
mod lexicon;
mod rank;
mod select;
mod stem;
mod tagged;

use serde::Serialize;

use crate::pos::{self, Tag};
use crate::segment::Document;
pub use stem::stem;

/// The number of key phrases returned by default.
pub const DEFAULT_LIMIT: usize = 10;

/// One key phrase: its text as the article writes it, its score relative to the best phrase
/// (which scores 1), every place it occurs (any inflection: "bear" also finds "bears"; for a
/// name, the mentions of its entity), and the entity it names (`None`: a topic).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Keyphrase {
    pub text: String,
    #[serde(serialize_with = "crate::serial::rounded")]
    pub score: f32,
    pub occurrences: Vec<Occurrence>,
    /// The id of the entity the phrase names, or `None` for a topic.
    pub entity: Option<usize>,
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
    /// The entity's id.
    pub entity: usize,
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
    if limit == 0 {
        return Vec::new();
    }
    keyphrases_with_entities(document, limit, &[], &[])
}

/// [`keyphrases`] with candidates refined by part-of-speech tags (see `tagged`): what
/// `newslens eval keyphrases --pos` measures.
pub fn keyphrases_from_tags(document: &Document<'_>, limit: usize) -> Vec<Keyphrase> {
    if limit == 0 {
        return Vec::new();
    }
    keyphrases_with_entities(document, limit, &pos::tags(document), &[])
}

/// [`keyphrases`] with entity mentions kept whole, named by their entity, and boosted when the
/// entity is what the text is about; with the document's part-of-speech tags (one a token,
/// from [`pos::tags`]) when `tags` is not empty, which refine the candidates (see `tagged`).
pub fn keyphrases_with_entities(
    document: &Document<'_>,
    limit: usize,
    tags: &[Tag],
    entities: &[EntityHint],
) -> Vec<Keyphrase> {
    if limit == 0 || document.tokens.is_empty() {
        return Vec::new();
    }
    let mut words = candidate::Words::new(document);
    tagged::apply(&mut words, tags);
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        if boilerplate::is_boilerplate(document, index) {
            for sentence in &document.sentences[paragraph.sentences.clone()] {
                words.tokens[sentence.tokens.clone()].fill(None);
            }
        }
    }
    let mut candidates = candidate::candidates(document, &words);
    let boosts = select::apply_entities(document, &words, &mut candidates, entities);
    let terms = rank::term_scores(document, &words);
    let counts = rank::term_counts(&words);
    let mut scores: Vec<f32> = candidates
        .iter()
        .zip(&boosts)
        .map(|(candidate, factor)| rank::phrase_score(candidate, &terms, &counts, document.tokens.len()) * factor)
        .collect();
    select::merge_aliases(&mut candidates, &mut scores);
    select::best(document, &words, &candidates, &scores, limit, entities)
}
