//! Segmentation: the text read once into paragraphs, sentences and tokens, as byte spans.
//!
//! Every later stage works on this [`Document`] and never re-tokenizes. The method:
//! paragraphs are separated by blank lines (or, in a text with no blank line at all, by line
//! breaks); tokens come from Unicode word boundaries (UAX #29, via `unicode-segmentation`) inside
//! each run of non-space characters, refined for news English (see [`token`]); sentences end at
//! `.`, `?`, `!` and ellipses, with the closing quotes and brackets after them, unless an
//! abbreviation, an initial or a lower-case continuation says otherwise (see [`sentence`]).
//!
//! Limits: the rules are for English; text without sentence punctuation is one sentence per
//! line; a hard-wrapped paragraph whose line ends in a capitalised word before a capitalised
//! line is split there.

mod abbreviation;
mod sentence;
mod token;

use std::ops::Range;

/// A half-open byte range into the analysed text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// What a token is made of; stages use it to skip punctuation and find numbers cheaply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Contains at least one letter: "Kyiv", "long-range", "’s", "3rd", "U.S.".
    Word,
    /// Digits with their separators, sign, currency or percent: "137,000", "$1.2", "3.5%", "6:15".
    Number,
    /// Punctuation: ".", ",", "—", "...", "“".
    Punct,
    /// Any other symbol: "+", "&", "°".
    Symbol,
    /// An emoji, with its joiners, modifiers and variation selectors.
    Emoji,
    /// A web address: "https://example.org/a?b=c", "www.example.org".
    Url,
    /// An e-mail address.
    Email,
}

/// One token: its byte span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Whether the token holds letters or digits, as counted in word statistics.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// A sentence: its span (first token's start to last token's end) and its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

/// A paragraph: its span (without surrounding space) and its sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// The text with its segmentation. Built once per analysis.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl<'a> Document<'a> {
    /// Segments `text`. Total: any string gives a document, the empty one an empty document.
    pub fn new(text: &'a str) -> Document<'a> {
        let mut document = Document {
            text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
        };
        let mut line_starts = Vec::new();
        for block in paragraph_blocks(text) {
            let first_token = document.tokens.len();
            line_starts.clear();
            token::tokenize(text, block, &mut document.tokens, &mut line_starts);
            if document.tokens.len() == first_token {
                continue;
            }
            let paragraph = document.paragraphs.len();
            let first_sentence = document.sentences.len();
            sentence::split(
                text,
                &document.tokens,
                first_token..document.tokens.len(),
                &line_starts,
                paragraph,
                &mut document.sentences,
            );
            let span = Span::new(document.tokens[first_token].start, document.tokens[document.tokens.len() - 1].end);
            document.paragraphs.push(Paragraph { span, sentences: first_sentence..document.sentences.len() });
        }
        document
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// The text of a token.
    pub fn token_text(&self, index: usize) -> &'a str {
        let token = &self.tokens[index];
        &self.text[token.start..token.end]
    }
}

/// Byte ranges of the paragraphs: runs of lines separated by blank lines, or by every line
/// break when the text has no blank line at all (pasted articles often use single breaks).
fn paragraph_blocks(text: &str) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            lines.push(start..i);
            start = i + 1;
        }
    }
    lines.push(start..text.len());
    let is_blank = |line: &Range<usize>| text[line.clone()].chars().all(char::is_whitespace);
    let has_blank_line = lines.len() > 2 && lines[1..lines.len() - 1].iter().any(is_blank);
    let mut blocks = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for line in lines {
        if is_blank(&line) {
            blocks.extend(current.take());
        } else if has_blank_line {
            current = Some(match current {
                Some(block) => block.start..line.end,
                None => line,
            });
        } else {
            blocks.push(line);
        }
    }
    blocks.extend(current);
    blocks
}
