//! Part-of-speech tags for every token, for the stages that need to know a noun from a verb
//! (key phrases take their candidates from noun phrases).
//!
//! Method: a greedy averaged perceptron (left to right, each token's tag from its word, its
//! affixes and shape, the two words on either side and the two tags before it; see
//! [`features`]), trained on the part-of-speech column of CoNLL-2003 English `train.txt` by
//! `newslens train pos` (the `train` feature). The weights are pruned and stored as i8 codes
//! (see [`model`]); [`chunk`] reads noun phrases off the tags.
//!
//! Accuracy and size: see `models/README.md` (CoNLL-2003 dev).
//!
//! Limits: the Penn Treebank tag set as 1996 Reuters wire copy uses it: headlines in capitals
//! are tagged well, social-media text and transcripts less so; one tag a token, no
//! probabilities; the document's tokens ("’s", "U.S.") are tagged as they are, and a token the
//! treebank would split ("can't") gets one tag.

pub mod chunk;
pub mod conll;
pub mod features;
pub mod model;
pub mod tag;
#[cfg(feature = "train")]
pub mod train;

use std::sync::LazyLock;

use crate::segment::Document;
use features::Word;
pub use model::{Model, ModelError};
pub use tag::Tag;

const MODEL: &[u8] = include_bytes!("../../models/pos.bin");

static TAGGER: LazyLock<Result<Model, ModelError>> = LazyLock::new(|| Model::from_bytes(MODEL));

/// The embedded model, or why it could not be loaded.
pub fn shared() -> Result<&'static Model, &'static ModelError> {
    TAGGER.as_ref()
}

/// The tags of one sentence's words, greedily left to right.
pub fn tag_words(model: &Model, words: &[&str]) -> Vec<Tag> {
    let words: Vec<Word> = words.iter().enumerate().map(|(i, w)| Word::new(w, i == 0)).collect();
    let mut tags = Vec::with_capacity(words.len());
    let mut keys = Vec::with_capacity(24);
    let (mut previous, mut before) = (u8::MAX, u8::MAX);
    for i in 0..words.len() {
        features::features(&words, i, previous, before, &mut keys);
        let mut scores = [0.0f32; tag::COUNT];
        model.add(&keys, &mut scores);
        let best = best(&scores);
        tags.push(Tag(best));
        (before, previous) = (previous, best);
    }
    tags
}

/// The tag with the highest score (the first among equals).
pub fn best(scores: &[f32; tag::COUNT]) -> u8 {
    let mut best = 0;
    for (i, &score) in scores.iter().enumerate() {
        if score > scores[best] {
            best = i;
        }
    }
    best as u8
}

/// One tag per token of `document`. Without the model (a build error that the tests catch),
/// every token is a noun: analysis never fails.
pub fn tags(document: &Document<'_>) -> Vec<Tag> {
    let noun = Tag::parse("NN").unwrap_or(Tag(1));
    let mut tags = vec![noun; document.tokens.len()];
    let Ok(model) = shared() else { return tags };
    let mut words: Vec<&str> = Vec::new();
    let mut lowered: Vec<String> = Vec::new();
    for sentence in &document.sentences {
        words.clear();
        words.extend(sentence.tokens.clone().map(|i| document.token_text(i)));
        let sentence_tags = if is_title_case(document, sentence) {
            // A headline in Title Case is tagged as if written in lower case: its capitals
            // say nothing ("Approves" is a verb, not a name).
            lowered.clear();
            lowered.extend(words.iter().map(|w| w.to_lowercase()));
            let lowered: Vec<&str> = lowered.iter().map(String::as_str).collect();
            tag_words(model, &lowered)
        } else {
            tag_words(model, &words)
        };
        for (slot, tag) in tags[sentence.tokens.clone()].iter_mut().zip(sentence_tags) {
            *slot = tag;
        }
    }
    tags
}

/// Whether `sentence` is a headline in Title Case: a paragraph of its own whose words of five
/// letters or more (three at least) all start with a capital.
fn is_title_case(document: &Document<'_>, sentence: &crate::segment::Sentence) -> bool {
    if document.paragraphs.get(sentence.paragraph).is_none_or(|p| p.sentences.len() != 1) {
        return false;
    }
    let (mut words, mut capitals) = (0, 0);
    for index in sentence.tokens.clone() {
        let text = document.token_text(index);
        if document.tokens[index].is_word() && text.chars().count() > 4 {
            words += 1;
            capitals += usize::from(text.chars().next().is_some_and(char::is_uppercase));
        }
    }
    words >= 3 && capitals == words
}

/// The share of words whose tag matches the gold tag, over `sentences`.
pub fn accuracy(model: &Model, sentences: &[conll::Sentence]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    for sentence in sentences {
        let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
        let tags = tag_words(model, &words);
        right += tags.iter().zip(&sentence.tags).filter(|(a, b)| a == b).count();
        all += tags.len();
    }
    right as f64 / all.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads() {
        assert!(shared().expect("the embedded model loads").len() > 1000);
    }

    #[test]
    fn a_news_sentence_gets_its_nouns_verbs_and_adjectives() {
        let document = Document::new("The minister announced new long-range missiles for Ukraine on Tuesday.");
        let tags: Vec<&str> = tags(&document).into_iter().map(Tag::name).collect();
        assert_eq!(tags, ["DT", "NN", "VBD", "JJ", "JJ", "NNS", "IN", "NNP", "IN", "NNP", "."]);
    }

    #[test]
    fn odd_text_gets_one_tag_a_token() {
        for text in ["", "   ", "🙂🙂", "\u{0}\u{feff}x", "東京。", &"a ".repeat(5000)] {
            let document = Document::new(text);
            assert_eq!(tags(&document).len(), document.tokens.len());
        }
    }
}
