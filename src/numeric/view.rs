//! The tokens as the numeric rules see them: each token's text, its normalized form (the
//! document's, see [`crate::segment::form`]: lower case, "’" as "'", dashes as "-"), and the
//! bounds of the sentence being read, so that no rule looks across a sentence boundary or past
//! the end of the text.

use std::ops::Range;

use crate::segment::{Case, Document, TokenKind};

pub struct View<'a> {
    document: &'a Document<'a>,
    sentence: Range<usize>,
}

impl<'a> View<'a> {
    pub fn new(document: &'a Document<'a>) -> View<'a> {
        View { document, sentence: 0..0 }
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

    /// The normalized form of token `at`; empty outside the sentence.
    pub fn lower(&self, at: usize) -> &'a str {
        if self.inside(at) {
            self.document.norm(at)
        } else {
            ""
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

    /// The normalized form of the token before `at` in the sentence; empty at its start.
    pub fn before(&self, at: usize) -> &'a str {
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
        self.inside(at) && self.document.tokens.get(at).is_some_and(|t| t.case == Case::Upper)
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
    fn lower_case_folds_every_apostrophe() {
        let document = Document::new("New Year’s EVE, New Yearʼs Day");
        let view = {
            let mut view = View::new(&document);
            view.focus(0..document.tokens.len());
            view
        };
        let words: Vec<&str> = (0..document.tokens.len()).map(|i| view.lower(i)).collect();
        assert_eq!(words, ["new", "year", "'s", "eve", ",", "new", "year", "'s", "day"]);
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
