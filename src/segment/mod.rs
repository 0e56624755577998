//! Segmentation: the text read once into paragraphs, sentences and tokens, as byte spans.
//!
//! Every later stage works on this [`Document`] and never re-tokenizes. The method:
//! paragraphs are separated by blank lines (or, in a text with no blank line at all, by line
//! breaks); tokens come from Unicode word boundaries (UAX #29, via `unicode-segmentation`) inside
//! each run of non-space characters, refined for news English (see [`token`]); sentences end at
//! `.`, `?`, `!` and ellipses, with the closing quotes and brackets after them, unless an
//! abbreviation, an initial or a lower-case continuation says otherwise (see [`sentence`]).
//!
//! Each token also gets, once for every stage, its normalized form and its case class (see
//! [`form`] for the folding rule), each sentence its [`Casing`] and each paragraph its
//! [`ParagraphKind`], such as the headline (see [`kind`]).
//!
//! Limits: the rules are for English; text without sentence punctuation is one sentence per
//! line; a hard-wrapped paragraph whose line ends in a capitalised word before a capitalised
//! line is split there.

mod abbreviation;
pub mod form;
pub mod kind;
mod sentence;
mod token;

use std::ops::Range;

use form::Forms;
pub use form::{normalize, Case};
pub use kind::{Casing, ParagraphKind};

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

/// One token: its byte span, kind and case class (its normalized form is
/// [`Document::norm`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub case: Case,
    /// Index of the normalized form in the document's [`Forms`].
    norm: u32,
}

impl Token {
    fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        Token { start, end, kind, case: Case::None, norm: Forms::RAW }
    }

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
    /// How the sentence as a whole is capitalised.
    pub casing: Casing,
}

/// A paragraph: its span (without surrounding space) and its sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Document::sentences`].
    pub sentences: Range<usize>,
    /// What the paragraph is: the headline or body text.
    pub kind: ParagraphKind,
}

/// The text with its segmentation. Built once per analysis.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The normalized forms that differ from the tokens' texts.
    forms: Forms,
}

impl<'a> Document<'a> {
    /// Segments `text`. Total: any string gives a document, the empty one an empty document.
    pub fn new(text: &'a str) -> Document<'a> {
        let mut document = Document {
            text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5),
            forms: Forms::default(),
        };
        let mut line_starts = Vec::new();
        for block in paragraph_blocks(text) {
            let first_token = document.tokens.len();
            line_starts.clear();
            token::tokenize(text, block, &mut document.tokens, &mut line_starts);
            if document.tokens.len() == first_token {
                continue;
            }
            for token in &mut document.tokens[first_token..] {
                (token.case, token.norm) = document.forms.add(&text[token.start..token.end]);
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
            for sentence in &mut document.sentences[first_sentence..] {
                let tokens = &document.tokens[sentence.tokens.clone()];
                sentence.casing = Casing::of(tokens.iter().filter(|t| t.case != Case::None).map(|t| {
                    let token_text = &text[t.start..t.end];
                    (t.case, token_text.len() >= 4 && token_text.chars().nth(3).is_some())
                }));
            }
            let span = Span::new(document.tokens[first_token].start, document.tokens[document.tokens.len() - 1].end);
            document.paragraphs.push(Paragraph {
                span,
                sentences: first_sentence..document.sentences.len(),
                kind: ParagraphKind::Body,
            });
        }
        if document.opens_with_headline() {
            document.paragraphs[0].kind = ParagraphKind::Headline;
        }
        document
    }

    /// Whether the first paragraph is a headline, by the rule in [`kind`].
    fn opens_with_headline(&self) -> bool {
        let Some(first) = self.paragraphs.first() else { return false };
        let Some(sentences) = self.sentences.get(first.sentences.clone()) else { return false };
        let (Some(opening), Some(closing)) = (sentences.first(), sentences.last()) else { return false };
        let tokens = opening.tokens.start..closing.tokens.end;
        let words = self.tokens.get(tokens.clone()).map_or(0, |t| t.iter().filter(|t| t.is_word()).count());
        let last = tokens.end.checked_sub(1).map_or("", |i| self.token_text(i));
        kind::is_headline(self.paragraphs.len(), self.slice(first.span), words, last)
    }

    /// The normalized form of token `index` (see [`form`]): lower case, quotes, apostrophes
    /// and dashes folded. Empty past the last token.
    ///
    /// ```
    /// let document = newslens::Document::new("ZELENSKY’S visit");
    /// assert_eq!(document.norm(0), "zelensky");
    /// assert_eq!(document.norm(1), "'s");
    /// ```
    pub fn norm(&self, index: usize) -> &str {
        match self.tokens.get(index) {
            Some(token) => self.forms.get(token.norm, &self.text[token.start..token.end]),
            None => "",
        }
    }

    /// The document without the paragraphs `keep` says no to: the same text, byte spans and
    /// token facts, fewer paragraphs, sentences and tokens (their indices renumbered).
    pub fn retain_paragraphs(&self, keep: impl FnMut(usize) -> bool) -> Document<'a> {
        self.retain(keep, |_| true)
    }

    /// The document without the paragraphs `keep` says no to and without the sentences (by
    /// index) `keep_sentence` says no to, as [`retain_paragraphs`](Self::retain_paragraphs).
    pub fn retain(
        &self,
        mut keep: impl FnMut(usize) -> bool,
        mut keep_sentence: impl FnMut(usize) -> bool,
    ) -> Document<'a> {
        let mut kept = Document {
            text: self.text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::new(),
            forms: self.forms.clone(),
        };
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            if !keep(index) {
                continue;
            }
            let first_sentence = kept.sentences.len();
            for (at, sentence) in self.sentences[paragraph.sentences.clone()].iter().enumerate() {
                if !keep_sentence(paragraph.sentences.start + at) {
                    continue;
                }
                let first_token = kept.tokens.len();
                kept.tokens.extend_from_slice(&self.tokens[sentence.tokens.clone()]);
                kept.sentences.push(Sentence {
                    tokens: first_token..kept.tokens.len(),
                    paragraph: kept.paragraphs.len(),
                    ..sentence.clone()
                });
            }
            kept.paragraphs.push(Paragraph { sentences: first_sentence..kept.sentences.len(), ..paragraph.clone() });
        }
        kept
    }

    /// The headline paragraph, when the text opens with one.
    pub fn headline(&self) -> Option<&Paragraph> {
        self.paragraphs.first().filter(|p| p.kind == ParagraphKind::Headline)
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
