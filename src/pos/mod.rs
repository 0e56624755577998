//! Part-of-speech tags for every token, for the stages that need to know a noun from a verb
//! (key phrases take their candidates from noun phrases).
//!
//! Method: a greedy averaged perceptron (left to right, each token's tag from its word, its
//! affixes and shape, the two words on either side and the two tags before it; see
//! [`features`]), trained on the part-of-speech column of CoNLL-2003 English `train.txt` by
//! `newslens train pos` (the `train` feature). The weights are pruned and stored as i8 codes
//! (see [`model`]); [`chunk`] reads noun phrases off the tags. A document is tagged through a
//! table of its distinct word forms ([`forms`]), each form's feature weights summed once.
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
pub mod forms;
pub mod model;
pub mod tag;
#[cfg(feature = "train")]
pub mod train;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::segment::Document;
use forms::{Context, Forms};
pub use model::{Model, ModelError};
pub use tag::Tag;

const MODEL: &[u8] = include_bytes!("../../models/pos.bin");

static TAGGER: LazyLock<Result<Model, ModelError>> = LazyLock::new(|| Model::from_bytes(MODEL));
static CONTEXT: LazyLock<Option<Context>> = LazyLock::new(|| shared().ok().map(Context::new));

/// The embedded model, or why it could not be loaded.
pub fn shared() -> Result<&'static Model, &'static ModelError> {
    TAGGER.as_ref()
}

/// The tags of one sentence's words, greedily left to right.
pub fn tag_words(model: &Model, words: &[&str]) -> Vec<Tag> {
    let context = Context::new(model);
    let mut forms = Forms::with_capacity(words.len());
    let sentence: Vec<u32> =
        words.iter().enumerate().map(|(i, w)| forms.form(model, Cow::Borrowed(*w), i == 0)).collect();
    let mut tags = Vec::with_capacity(words.len());
    forms.tag(model, &context, &sentence, &mut tags);
    tags
}

/// The tag with the highest score (the first among equals).
pub fn best(scores: &[f32; tag::COUNT]) -> u8 {
    let (mut best, mut top) = (0, scores[0]);
    for (i, &score) in scores.iter().enumerate().skip(1) {
        (best, top) = if score > top { (i, score) } else { (best, top) };
    }
    best as u8
}

/// One tag per token of `document`. Without the model (a build error that the tests catch),
/// every token is a noun: analysis never fails.
pub fn tags(document: &Document<'_>) -> Vec<Tag> {
    let (Ok(model), Some(context)) = (shared(), CONTEXT.as_ref()) else {
        return vec![Tag::parse("NN").unwrap_or(Tag(1)); document.tokens.len()];
    };
    let mut tags = vec![Tag::parse("NN").unwrap_or(Tag(1)); document.tokens.len()];
    let mut forms = Forms::with_capacity(document.tokens.len());
    let (mut sentence, mut sentence_tags) = (Vec::new(), Vec::new());
    for range in &document.sentences {
        // A headline in Title Case is tagged as if written in lower case: its capitals say
        // nothing ("Approves" is a verb, not a name).
        let lower = is_title_case(document, range);
        sentence.clear();
        for (i, index) in range.tokens.clone().enumerate() {
            let text = document.token_text(index);
            let text = if lower { Cow::Owned(text.to_lowercase()) } else { Cow::Borrowed(text) };
            sentence.push(forms.form(model, text, i == 0));
        }
        sentence_tags.clear();
        forms.tag(model, context, &sentence, &mut sentence_tags);
        for (slot, &tag) in tags.iter_mut().skip(range.tokens.start).zip(&sentence_tags) {
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
    let context = Context::new(model);
    let mut forms = Forms::with_capacity(sentences.len() * 16);
    let (mut right, mut all) = (0usize, 0usize);
    let mut tags = Vec::new();
    for sentence in sentences {
        let indices: Vec<u32> = sentence
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| forms.form(model, Cow::Borrowed(w.as_str()), i == 0))
            .collect();
        tags.clear();
        forms.tag(model, &context, &indices, &mut tags);
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

    /// The tagger as the features define it, token by token, without the form table.
    fn reference(model: &Model, words: &[&str]) -> Vec<Tag> {
        let words: Vec<features::Word> =
            words.iter().enumerate().map(|(i, w)| features::Word::new(w, i == 0)).collect();
        let (mut tags, mut keys) = (Vec::new(), Vec::new());
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

    #[test]
    fn the_form_table_gives_the_tags_of_the_features_token_by_token() {
        let model = shared().expect("the embedded model loads");
        let text = "Blinken visits Kyiv as sirens sound\n\nU.S. Secretary of State Antony J. Blinken said on \
                    Wednesday that long-range missiles were discussed. \"We will keep going,\" he said; 3.5% of \
                    the aid, worth $60bn in 2024, arrived. Kyiv's mayor said the sirens sounded twice.";
        let document = Document::new(text);
        let all = tags(&document);
        for sentence in &document.sentences {
            let words: Vec<&str> = sentence.tokens.clone().map(|i| document.token_text(i)).collect();
            assert_eq!(reference(model, &words), all[sentence.tokens.clone()], "{words:?}");
            assert_eq!(tag_words(model, &words), all[sentence.tokens.clone()], "{words:?}");
        }
    }

    #[test]
    fn odd_text_gets_one_tag_a_token() {
        for text in ["", "   ", "🙂🙂", "\u{0}\u{feff}x", "東京。", &"a ".repeat(5000)] {
            let document = Document::new(text);
            assert_eq!(tags(&document).len(), document.tokens.len());
        }
    }
}
