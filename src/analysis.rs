//! The data model at the boundary: [`Options`] in, [`Analysis`] out. Everything here is plain
//! data that serialises to the JSON shape JavaScript and the CLI see (camelCase fields).

use serde::{Deserialize, Serialize};

use crate::article::{self, Language, ParagraphSpan};
use crate::entity::{self, Entity, Mention};
use crate::keyphrase::{self, EntityHint, Keyphrase};
use crate::quote::{self, Quote};
use crate::segment::{Document, Span};
use crate::sentiment::{self, DocumentSentiment, SentenceSentiment};
use crate::summary::{self, SummarySentence};
use crate::utf16::OffsetMap;

/// Average silent reading speed of adults for non-fiction, in words per minute (Brysbaert,
/// "How many words do we read per minute?", 2019: 238).
const WORDS_PER_MINUTE: f64 = 238.0;

/// What to compute and return. Every combination is valid; the default returns everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Include `tokens` in the result (default true). Turning it off shrinks the output of
    /// long texts several times over.
    pub tokens: bool,
    /// How many key phrases to return, best first (default 10; 0 turns them off).
    pub keyphrases: usize,
    /// How many sentences the summary holds (default 3; 0 turns it off).
    pub summary: usize,
    /// Find quotations and their speakers (default true).
    pub quotes: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { tokens: true, keyphrases: keyphrase::DEFAULT_LIMIT, summary: summary::DEFAULT_LENGTH, quotes: true }
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
        TextSpan { start: span.start, end: span.end, text: document.slice(span).to_owned() }
    }
}

/// One sentence: its span, its text and its sentiment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceResult {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentiment: SentenceSentiment,
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
    pub reading_minutes: f64,
}

/// Everything newslens finds in one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The sentiment of the whole text.
    pub sentiment: DocumentSentiment,
    pub sentences: Vec<SentenceResult>,
    pub tokens: Vec<TextSpan>,
    /// What the text is about, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Names, dates and numbers, in text order, without overlaps.
    pub mentions: Vec<Mention>,
    /// The named entities, each with its mentions, most salient first.
    pub entities: Vec<Entity>,
    /// Quotations and reported speech with their speakers, in text order.
    pub quotes: Vec<Quote>,
    pub stats: Stats,
    /// The language of the text; newslens reads English, so another one makes every result
    /// unreliable.
    pub language: Language,
    /// Every paragraph of the text with its kind, in text order.
    pub paragraphs: Vec<ParagraphSpan>,
    /// The sentences that carry the article, in document order.
    pub summary: Vec<SummarySentence>,
}

impl Analysis {
    /// Gathers every stage's result for `document`.
    pub fn from_document(whole: &Document<'_>, options: &Options) -> Analysis {
        // Boilerplate (share lines, feed footers, copyright) is left out of every stage: they
        // read the article alone. Tokens are the whole text's.
        let kinds = article::kinds(whole);
        let article = article::article(whole, &kinds);
        let document: &Document<'_> = &article;
        let words = document.tokens.iter().filter(|t| t.is_word()).count();
        let (sentiments, shares) = sentiment::sentences_with_shares(document);
        let mut mentions = entity::mentions(document);
        let mut entities = entity::entities(document, &mut mentions);
        sentiment::target::fill(document, &shares, &mut mentions, &mut entities);
        let quotes = if options.quotes { quote::quotes(document, &mentions, &entities) } else { Vec::new() };
        let by_entity = quote::quotes_by_entity(&quotes, entities.len());
        for (found, list) in entities.iter_mut().zip(by_entity) {
            found.quotes = list;
        }
        let hints: Vec<EntityHint> = entities
            .iter()
            .flat_map(|found| {
                found.mentions.iter().map(|&m| EntityHint {
                    start: mentions[m].start,
                    end: mentions[m].end,
                    salience: found.salience,
                })
            })
            .collect();
        let sentences = sentence_spans(document)
            .into_iter()
            .zip(sentiments)
            .map(|(span, sentiment)| SentenceResult { start: span.start, end: span.end, text: span.text, sentiment })
            .collect::<Vec<_>>();
        let keyphrases = keyphrase::keyphrases_with_entities(
            document,
            options.keyphrases.max(if options.summary > 0 { keyphrase::DEFAULT_LIMIT } else { 0 }),
            &hints,
        );
        let summary = summary::summary(document, options.summary, &hints, &keyphrases);
        Analysis {
            sentiment: sentiment::document(sentences.iter().map(|s| &s.sentiment)),
            sentences,
            tokens: if options.tokens { token_spans(whole) } else { Vec::new() },
            keyphrases: keyphrases.into_iter().take(options.keyphrases).collect(),
            mentions,
            entities,
            quotes,
            stats: Stats {
                words,
                sentences: document.sentences.len(),
                paragraphs: document.paragraphs.len(),
                reading_minutes: (words as f64 / WORDS_PER_MINUTE * 10.0).round() / 10.0,
            },
            language: article::language(document),
            paragraphs: article::paragraphs(whole, &kinds),
            summary,
        }
    }

    /// Rewrites every offset from bytes into the unit of `map`. Each stage that adds spans to
    /// the analysis adds them here.
    pub fn convert_offsets(&mut self, map: &OffsetMap<'_>) {
        for chosen in &mut self.summary {
            chosen.start = map.convert(chosen.start);
            chosen.end = map.convert(chosen.end);
        }
        for item in self.tokens.iter_mut() {
            item.start = map.convert(item.start);
            item.end = map.convert(item.end);
        }
        for sentence in self.sentences.iter_mut() {
            sentence.start = map.convert(sentence.start);
            sentence.end = map.convert(sentence.end);
            for driver in sentence.sentiment.drivers.iter_mut() {
                driver.start = map.convert(driver.start);
                driver.end = map.convert(driver.end);
            }
        }
        for occurrence in self.keyphrases.iter_mut().flat_map(|k| k.occurrences.iter_mut()) {
            occurrence.start = map.convert(occurrence.start);
            occurrence.end = map.convert(occurrence.end);
        }
        for found in &mut self.entities {
            found.first_start = map.convert(found.first_start);
        }
        for mention in &mut self.mentions {
            mention.start = map.convert(mention.start);
            mention.end = map.convert(mention.end);
            for driver in mention.sentiment.iter_mut().flat_map(|s| s.drivers.iter_mut()) {
                driver.start = map.convert(driver.start);
                driver.end = map.convert(driver.end);
            }
        }
        for paragraph in &mut self.paragraphs {
            paragraph.start = map.convert(paragraph.start);
            paragraph.end = map.convert(paragraph.end);
            if let Some(dateline) = &mut paragraph.dateline {
                dateline.start = map.convert(dateline.start);
                dateline.end = map.convert(dateline.end);
            }
        }
        for found in &mut self.quotes {
            found.start = map.convert(found.start);
            found.end = map.convert(found.end);
            for span in found.speaker.iter_mut().chain(found.cue.iter_mut()) {
                span.start = map.convert(span.start);
                span.end = map.convert(span.end);
            }
        }
    }
}

/// An [`Analysis`] ready to serialise in one pass, its tokens read straight from the document.
///
/// It writes exactly what serialising the analysis would (same fields, same order), but never
/// builds the `Vec<TextSpan>` of tokens: a text of 10 MB has about two million tokens, and a
/// `String` and a struct for each (about 60 bytes) cost more memory than the text itself. The
/// boundaries (wasm, CLI) serialise this instead of the analysis.
pub struct Output<'a> {
    /// The analysis, its offsets already in the unit of `map`; its own `tokens` are not read.
    pub analysis: &'a Analysis,
    pub document: &'a Document<'a>,
    pub map: &'a OffsetMap<'a>,
    /// Whether to write the tokens (`Options::tokens`); without them `tokens` is empty.
    pub tokens: bool,
}

impl Serialize for Output<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let analysis = self.analysis;
        let mut out = serializer.serialize_struct("Analysis", 11)?;
        out.serialize_field("sentiment", &analysis.sentiment)?;
        out.serialize_field("sentences", &analysis.sentences)?;
        out.serialize_field("tokens", &Tokens(self))?;
        out.serialize_field("keyphrases", &analysis.keyphrases)?;
        out.serialize_field("mentions", &analysis.mentions)?;
        out.serialize_field("entities", &analysis.entities)?;
        out.serialize_field("quotes", &analysis.quotes)?;
        out.serialize_field("stats", &analysis.stats)?;
        out.serialize_field("language", &analysis.language)?;
        out.serialize_field("paragraphs", &analysis.paragraphs)?;
        out.serialize_field("summary", &analysis.summary)?;
        out.end()
    }
}

/// The tokens of an [`Output`], serialised as `TextSpan`s one by one.
struct Tokens<'o, 'a>(&'o Output<'a>);

#[derive(Serialize)]
struct TokenSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Serialize for Tokens<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Output { document, map, tokens, .. } = self.0;
        let list = if *tokens { document.tokens.as_slice() } else { &[] };
        serializer.collect_seq(list.iter().map(|token| TokenSpan {
            start: map.convert(token.start),
            end: map.convert(token.end),
            text: &document.text[token.start..token.end],
        }))
    }
}

pub(crate) fn sentence_spans(document: &Document<'_>) -> Vec<TextSpan> {
    document.sentences.iter().map(|sentence| TextSpan::new(document, sentence.span)).collect()
}

pub(crate) fn token_spans(document: &Document<'_>) -> Vec<TextSpan> {
    document.tokens.iter().map(|token| TextSpan::new(document, token.span())).collect()
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;
    use crate::OffsetUnit;

    #[test]
    fn output_serialises_exactly_as_the_analysis_with_its_tokens() {
        let text = "Zelensky’s 🙂 plan: Mr. Blinken met him in Kyiv on May 3, 2024.\n\n“It cost $1.2 billion,” he said. 東京。";
        for unit in [OffsetUnit::Bytes, OffsetUnit::Utf16, OffsetUnit::CodePoints] {
            for tokens in [true, false] {
                let options = Options { tokens, ..Options::default() };
                let map = OffsetMap::new(text, unit);
                let mut expected = crate::analyze(text, &options);
                expected.convert_offsets(&map);
                let document = Document::new(text);
                let mut analysis = Analysis::from_document(&document, &Options { tokens: false, ..options.clone() });
                analysis.convert_offsets(&map);
                let output = Output { analysis: &analysis, document: &document, map: &map, tokens };
                let written = serde_json::to_string(&output).expect("an analysis serialises");
                assert_eq!(
                    written,
                    serde_json::to_string(&expected).expect("an analysis serialises"),
                    "{unit:?} {tokens}"
                );
            }
        }
    }
}
