//! The tokens as the numeric rules see them: each token's text, its lower-case form (with
//! "’" folded to "'"), and the bounds of the sentence being read, so that no rule looks
//! across a sentence boundary or past the end of the text.

use std::ops::Range;

use crate::segment::{Document, TokenKind};

/// Tokens longer than this have no lower-case form: no table word is that long.
const LONGEST_WORD: usize = 40;

pub struct View<'a> {
    document: &'a Document<'a>,
    lower: String,
    bounds: Vec<Range<usize>>,
    sentence: Range<usize>,
}

impl<'a> View<'a> {
    pub fn new(document: &'a Document<'a>) -> View<'a> {
        let mut lower = String::with_capacity(document.text.len());
        let mut bounds = Vec::with_capacity(document.tokens.len());
        for token in &document.tokens {
            let start = lower.len();
            let text = &document.text[token.start..token.end];
            if text.len() <= LONGEST_WORD {
                for c in text.chars() {
                    match c {
                        '\u{2019}' => lower.push('\''),
                        c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
                        c => lower.extend(c.to_lowercase()),
                    }
                }
            }
            bounds.push(start..lower.len());
        }
        View { document, lower, bounds, sentence: 0..0 }
    }

    /// Limits every later look-up to the tokens of one sentence.
    pub fn focus(&mut self, tokens: Range<usize>) {
        let end = tokens.end.min(self.document.tokens.len());
        self.sentence = tokens.start.min(end)..end;
    }

    pub fn sentence(&self) -> Range<usize> {
        self.sentence.clone()
    }

    fn inside(&self, at: usize) -> bool {
        self.sentence.contains(&at)
    }

    /// The lower-case text of token `at`; empty outside the sentence.
    pub fn lower(&self, at: usize) -> &str {
        match self.bounds.get(at) {
            Some(range) if self.inside(at) => &self.lower[range.clone()],
            _ => "",
        }
    }

    /// The text of token `at` as written; empty outside the sentence.
    pub fn raw(&self, at: usize) -> &'a str {
        match self.document.tokens.get(at) {
            Some(token) if self.inside(at) => &self.document.text[token.start..token.end],
            _ => "",
        }
    }

    pub fn kind(&self, at: usize) -> Option<TokenKind> {
        self.document.tokens.get(at).filter(|_| self.inside(at)).map(|t| t.kind)
    }

    /// The lower-case text of the token before `at` in the sentence; empty at its start.
    pub fn before(&self, at: usize) -> &str {
        match at.checked_sub(1) {
            Some(previous) => self.lower(previous),
            None => "",
        }
    }

    /// Whether token `at` starts with an upper-case letter.
    pub fn is_capitalised(&self, at: usize) -> bool {
        self.raw(at).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `at` is written in capitals only ("GMT", "USD").
    pub fn is_upper(&self, at: usize) -> bool {
        let raw = self.raw(at);
        raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase)
    }

    /// Whether tokens `at` and `at + 1` touch, with no space between them.
    pub fn touches_next(&self, at: usize) -> bool {
        let tokens = &self.document.tokens;
        self.inside(at + 1) && tokens.get(at).zip(tokens.get(at + 1)).is_some_and(|(a, b)| a.end == b.start)
    }

    /// The byte span of tokens `first..end` in the text.
    pub fn span(&self, first: usize, end: usize) -> Option<(usize, usize)> {
        let start = self.document.tokens.get(first)?.start;
        let stop = self.document.tokens.get(end.checked_sub(1)?)?.end;
        (start < stop).then_some((start, stop))
    }

    pub fn text(&self) -> &'a str {
        self.document.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_folds_curly_apostrophes() {
        let document = Document::new("New Year’s EVE");
        let view = {
            let mut view = View::new(&document);
            view.focus(0..document.tokens.len());
            view
        };
        let words: Vec<&str> = (0..document.tokens.len()).map(|i| view.lower(i)).collect();
        assert_eq!(words, ["new", "year", "'s", "eve"]);
    }

    #[test]
    fn look_ups_stop_at_the_sentence_bounds() {
        let document = Document::new("It rose. Then it fell.");
        let mut view = View::new(&document);
        view.focus(document.sentences[1].tokens.clone());
        let first = document.sentences[1].tokens.start;
        assert_eq!(view.before(first), "");
        assert_eq!(view.raw(first), "Then");
        assert_eq!(view.lower(first - 1), "");
        assert_eq!(view.lower(usize::MAX), "");
    }
}
