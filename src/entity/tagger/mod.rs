//! The statistical tagger for people, places, organizations and other names.
//!
//! Method: an averaged structured perceptron over BILOU labels (see [`label`]) with Viterbi
//! decoding restricted to valid label sequences (see [`decode`]), trained on CoNLL-2003
//! English by `newslens train ner` (the `train` feature). Features (see [`features`]) are the
//! words around each token, their shapes and affixes, capitalisation in context, GloVe word
//! clusters and name lists (see [`lexicon`]), and document features. After tagging, a document
//! pass (see [`consistency`]) makes the word after a person's title a person ("President
//! Biden"), gives a name tagged confidently once the same type elsewhere in the article, a
//! surname alone the type of the full or titled name it shortens, a lone famous surname
//! ("Stalin") and a person's name used as a modifier ("the Biden administration") a person.
//!
//! Training adds copies of a tenth of the documents each in capitals, two styles of headline
//! Title Case and lower case, so that the tagger learns to find names without capitals.
//!
//! Speed: the model and the lexicon are read where they lie in the binary (see [`table`]), so
//! the first call decodes nothing; within a document, what depends on a word form alone (its
//! normalized form, shape, lexicon entry and the summed weights of its own features) is
//! computed once per form; Viterbi and forward-backward skip the label pairs BILOU forbids, and
//! forward-backward runs only as far as the first and last names of a sentence need.
//!
//! Memory: a document's words are a table of its distinct forms and 8 bytes a token (the
//! form's index and the token's name-list match, see [`features::DocumentWords`]); the texts of
//! the document's tokens are read in place, not copied into lists of sentences.
//!
//! Confidence: the mean, over the mention's tokens, of the probability of its label when the
//! scores are read as a CRF (forward-backward, with the temperature that gives the lowest
//! Brier score on dev).
//!
//! Accuracy (CoNLL-2003 dev, conlleval): 0.930 F1 overall; see `models/README.md` for the
//! figures per type and what each feature group adds.
//!
//! Limits: trained on 1996 Reuters news, so it knows the world through context, clusters and
//! name lists rather than by heart (GloVe is from 2014: "kyiv" clusters with football clubs);
//! MISC (events, works, products) and ORG are the weakest types (0.87, 0.89 F1 on dev);
//! headlines and lower-case text are harder than ordinary sentences; the document pass gives a
//! word one type per article, which is wrong when a city is also its team.

mod consistency;
pub mod decode;
pub mod features;
pub mod label;
pub mod lexicon;
pub mod model;
pub mod table;
#[cfg(feature = "train")]
pub mod train;

use std::sync::LazyLock;

use crate::mention::Mention;
use crate::model::ModelError;
use crate::segment::Document;
use decode::{marginals_between, viterbi};
use features::DocumentWords;
pub use label::Name;
use label::{spans, LABELS, TYPES};
use lexicon::Lexicon;
pub use model::Model;

const MODEL: &[u8] = include_bytes!("../../../models/ner/tagger.bin");

static TAGGER: LazyLock<Result<Tagger<'static>, ModelError>> = LazyLock::new(Tagger::embedded);

/// The model and the lexicon, read in place from their bytes.
pub struct Tagger<'a> {
    pub model: Model<'a>,
    pub lexicon: Lexicon<'static>,
    /// Whether the document pass runs (on by default; off for measuring what it adds).
    pub consistency: bool,
}

impl Tagger<'static> {
    /// The embedded model and lexicon.
    pub fn embedded() -> Result<Tagger<'static>, ModelError> {
        Ok(Tagger { model: Model::embedded(MODEL)?, lexicon: Lexicon::embedded()?, consistency: true })
    }

    /// The shared embedded tagger, or why it could not be loaded.
    pub fn shared() -> Result<&'static Tagger<'static>, &'static ModelError> {
        TAGGER.as_ref()
    }
}

impl Tagger<'_> {
    /// The names in each sentence of one document, sentences given as token texts.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn names(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Name>> {
        self.tag(&DocumentWords::new(sentences, &self.lexicon))
    }

    /// The names in each sentence of a document's words.
    pub fn tag(&self, words: &DocumentWords) -> Vec<Vec<Name>> {
        let mut features = Vec::with_capacity(64);
        // The weights of the features of a word form alone, added up once per form.
        let local: Vec<[f32; LABELS]> = words
            .forms()
            .iter()
            .map(|form| {
                features.clear();
                words.local_features(form, &mut features);
                self.model.emissions(&features)
            })
            .collect();
        let mut emissions: Vec<[f32; LABELS]> = Vec::with_capacity(64);
        let mut names = Vec::with_capacity(words.len());
        for s in 0..words.len() {
            emissions.clear();
            for (i, form) in words.form_indices(s).enumerate() {
                let mut sums = local[form];
                features.clear();
                words.context_features(s, i, &mut features);
                self.model.add_all(&features, &mut sums);
                emissions.push(sums);
            }
            let labels = viterbi(&emissions, &self.model.transitions);
            let found = spans(&labels);
            // Confidences are needed for the names' tokens only: from the first to the last.
            let first = found.first().map_or(0, |f| f.0);
            let last = found.iter().map(|f| f.1).max().unwrap_or(0);
            let probabilities = marginals_between(&emissions, &self.model.factors, first..last);
            names.push(
                found
                    .into_iter()
                    .map(|(start, end, kind)| {
                        let sum: f32 = (start..end).map(|i| probabilities[i - first][labels[i] as usize]).sum();
                        Name { start, end, kind, confidence: (sum / (end - start) as f32).clamp(0.0, 1.0) }
                    })
                    .collect(),
            );
        }
        if self.consistency {
            consistency::apply(words, &mut names);
        }
        names
    }
}

/// The names in `document`. If the embedded model cannot be loaded (a build error that the
/// tests catch), there are none: analysis never fails.
pub fn mentions(document: &Document<'_>) -> Vec<Mention> {
    let Ok(tagger) = Tagger::shared() else { return Vec::new() };
    let names = tagger.tag(&DocumentWords::from_document(document, &tagger.lexicon));
    let mut mentions = Vec::new();
    for (sentence, found) in document.sentences.iter().zip(names) {
        for name in found {
            let first = &document.tokens[sentence.tokens.start + name.start];
            let last = &document.tokens[sentence.tokens.start + name.end - 1];
            mentions.push(Mention {
                start: first.start,
                end: last.end,
                text: document.text[first.start..last.end].to_owned(),
                kind: TYPES[name.kind],
                confidence: name.confidence,
                value: None,
                entity: None,
                sentiment: None,
            });
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads() {
        let tagger = Tagger::shared().expect("the embedded model loads");
        assert!(tagger.model.len() > 1000);
    }

    #[test]
    fn the_embedded_model_passes_every_check() {
        let model = Model::from_bytes(MODEL).expect("checksum and index agree");
        assert_eq!(model.len(), Tagger::shared().expect("it loads").model.len());
    }
}
