//! newslens: what a news article talks about, how it feels and what it is about, computed
//! entirely on the reader's machine.
//!
//! The pipeline reads the text once into a [`Document`] (paragraph, sentence and token byte
//! spans) and hands that document to each stage; the stages' results are gathered into one
//! [`Analysis`]. Analysing text never fails: any `&str`, however odd, yields an `Analysis`.
//!
//! ```
//! let analysis = newslens::analyze("Mr. Blinken landed in Kyiv. He met Zelensky.", &Default::default());
//! assert_eq!(analysis.sentences.len(), 2);
//! assert_eq!(analysis.sentences[0].text, "Mr. Blinken landed in Kyiv.");
//! ```
//!
//! All offsets in the Rust API are byte offsets into the analysed text, half-open, so that
//! `&text[span.start..span.end]` is the item's text. The wasm layer converts them to UTF-16
//! code units for JavaScript; see [`OffsetUnit`].
#![deny(clippy::unwrap_used)]

mod analysis;
pub mod article;
pub mod entity;
#[cfg(feature = "eval")]
pub mod eval;
mod hash;
pub mod keyphrase;
mod mention;
mod model;
pub mod numeric;
pub mod pos;
pub mod quote;
pub mod segment;
pub mod sentiment;
mod serial;
pub mod summary;
mod utf16;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Options, Output, SentenceResult, Stats, TextSpan};
pub use keyphrase::{Keyphrase, Occurrence};
pub use model::ModelError;
pub use quote::{Quote, QuoteSpan};
pub use segment::{Document, Span, Token, TokenKind};
pub use summary::SummarySentence;
pub use utf16::{OffsetMap, OffsetUnit};

/// The version of this crate, as reported by `version()` in JS and `newslens --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Runs the whole pipeline over `text`.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let document = Document::new(text);
    Analysis::from_document(&document, options)
}

/// The sentences of `text`, as byte spans with their text.
pub fn sentences(text: &str) -> Vec<TextSpan> {
    let document = Document::new(text);
    analysis::sentence_spans(&document)
}

/// The key phrases of `text`, best first: at most `limit` of them.
pub fn keyphrases(text: &str, limit: usize) -> Vec<Keyphrase> {
    let document = Document::new(text);
    keyphrase::keyphrases(&document, limit)
}

/// The tokens of `text`, as byte spans with their text.
pub fn tokens(text: &str) -> Vec<TextSpan> {
    let document = Document::new(text);
    analysis::token_spans(&document)
}

/// What the CLI's `train` subcommands, the fuzz targets, the benchmarks and the tests reach
/// inside the crate. Not part of the API: it changes whenever the internals do. Native only.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub mod internals {
    pub use crate::entity::tagger::decode::{marginals, viterbi};
    pub use crate::entity::tagger::features::DocumentWords;
    pub use crate::entity::tagger::label::spans;
    pub use crate::entity::tagger::lexicon::Lexicon;
    pub use crate::entity::tagger::model::Model;
    pub use crate::entity::tagger::{mentions as tagger_mentions, Tagger};
    pub use crate::hash::seal;
    pub use crate::sentiment::score::{check_model, margins_with};

    /// Training (`newslens train ner|sentiment`).
    #[cfg(feature = "train")]
    pub mod train {
        pub use crate::entity::tagger::features::{ALL_GROUPS, CLUSTERS, DOCUMENT, LISTS};
        pub use crate::entity::tagger::train::{train as train_tagger, Extra, TrainOptions};
        pub use crate::eval::sources;
        pub use crate::sentiment::train::{train as train_sentiment, Settings};
    }
}
