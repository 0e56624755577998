//! The data model at the boundary: [`Options`] in, [`Analysis`] out. Everything here is plain
//! data that serialises to the JSON shape JavaScript and the CLI see (camelCase fields).

use serde::{Deserialize, Serialize};

use crate::entity::{self, Mention};
use crate::segment::{Document, Span};
use crate::utf16::OffsetMap;

/// Average silent reading speed of adults for non-fiction, in words per minute (Brysbaert,
/// "How many words do we read per minute?", 2019: 238).
const WORDS_PER_MINUTE: f32 = 238.0;

/// What to compute and return. Every combination is valid; the default returns everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Include `tokens` in the result (default true). Turning it off shrinks the output of
    /// long texts several times over.
    pub tokens: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { tokens: true }
    }
}

/// A piece of the text: its offsets and the text itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl TextSpan {
    fn new(document: &Document<'_>, span: Span) -> TextSpan {
        TextSpan {
            start: span.start,
            end: span.end,
            text: document.slice(span).to_owned(),
        }
    }
}

/// Counts over the whole text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Tokens with letters or digits.
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// `words` at 238 words per minute, to one decimal.
    pub reading_minutes: f32,
}

/// Everything newslens finds in one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub sentences: Vec<TextSpan>,
    pub tokens: Vec<TextSpan>,
    /// Names, dates and numbers, in text order, without overlaps.
    pub mentions: Vec<Mention>,
    pub stats: Stats,
}

impl Analysis {
    /// Gathers every stage's result for `document`.
    pub fn from_document(document: &Document<'_>, options: &Options) -> Analysis {
        let words = document.tokens.iter().filter(|t| t.is_word()).count();
        Analysis {
            sentences: sentence_spans(document),
            tokens: if options.tokens { token_spans(document) } else { Vec::new() },
            mentions: entity::mentions(document),
            stats: Stats {
                words,
                sentences: document.sentences.len(),
                paragraphs: document.paragraphs.len(),
                reading_minutes: (words as f32 / WORDS_PER_MINUTE * 10.0).round() / 10.0,
            },
        }
    }

    /// Rewrites every offset from bytes into the unit of `map`. Each stage that adds spans to
    /// the analysis adds them here.
    pub fn convert_offsets(&mut self, map: &OffsetMap<'_>) {
        for item in self.sentences.iter_mut().chain(self.tokens.iter_mut()) {
            item.start = map.convert(item.start);
            item.end = map.convert(item.end);
        }
        for mention in &mut self.mentions {
            mention.start = map.convert(mention.start);
            mention.end = map.convert(mention.end);
        }
    }
}

pub(crate) fn sentence_spans(document: &Document<'_>) -> Vec<TextSpan> {
    document
        .sentences
        .iter()
        .map(|sentence| TextSpan::new(document, sentence.span))
        .collect()
}

pub(crate) fn token_spans(document: &Document<'_>) -> Vec<TextSpan> {
    document
        .tokens
        .iter()
        .map(|token| TextSpan::new(document, token.span()))
        .collect()
}
