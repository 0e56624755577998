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
pub mod entity;
mod hash;
pub mod keyphrase;
pub mod pos;
pub mod segment;
pub mod sentiment;
mod utf16;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Options, Output, SentenceResult, Stats, TextSpan};
pub use keyphrase::{Keyphrase, Occurrence};
pub use segment::{Document, Span, Token, TokenKind};
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
