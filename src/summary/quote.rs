//! Quotations that run over several sentences: a sentence that opens a quotation is taken only
//! with the sentences that finish it, so a summary never shows half a quote.
//!
//! A simple balance of the quotation marks, sentence by sentence within a paragraph: “ and ‘
//! open, ” and ’ close (a ’ that closes nothing is an apostrophe: "the players’ bus"); the
//! straight marks " and ' open where they start a word after a space and close elsewhere. A quotation still open at the end of its paragraph ends there,
//! and one open over more than `UNBALANCED` sentences is taken for a stray mark: its unit ends
//! and the count starts afresh (a text pasted without paragraph breaks would otherwise hang the
//! rest of the article on one opening quote).
//! This stands in for the quotation stage until the summary can read its spans.

use std::ops::Range;

use crate::segment::{Document, TokenKind};

/// A quotation open over more sentences than this is a stray mark, not a quotation.
const UNBALANCED: usize = 6;

/// For each sentence, the run of sentences it must be taken with (itself alone when it opens no
/// quotation left open at its end and sits inside none).
pub fn units(document: &Document<'_>) -> Vec<Range<usize>> {
    let mut units: Vec<Range<usize>> = (0..document.sentences.len()).map(|i| i..i + 1).collect();
    for paragraph in &document.paragraphs {
        let mut state = Marks::default();
        let mut opener: Option<usize> = None;
        for i in paragraph.sentences.clone() {
            let Some(sentence) = document.sentences.get(i) else { continue };
            for t in sentence.tokens.clone() {
                let token = &document.tokens[t];
                if token.kind == TokenKind::Punct {
                    let before = document.text[..token.start].chars().next_back();
                    let after = document.text[token.end..].chars().next();
                    let opens = before.is_none_or(|c| c.is_whitespace() || "([{—–-".contains(c))
                        && after.is_some_and(char::is_alphanumeric);
                    state.read(document.token_text(t), opens);
                }
            }
            match (opener, state.open()) {
                (None, true) => opener = Some(i),
                (Some(first), open) => {
                    let group = first..i + 1;
                    for unit in &mut units[group.clone()] {
                        *unit = group.clone();
                    }
                    if !open || group.len() >= UNBALANCED {
                        opener = None;
                        state = Marks::default();
                    }
                }
                (None, false) => {}
            }
        }
    }
    units
}

/// Which quotations are open.
#[derive(Default)]
struct Marks {
    double: bool,
    single: bool,
}

impl Marks {
    /// Reads one mark; `opens` tells whether it stands where a quotation opens (after a space,
    /// before a word), which decides for the straight marks.
    fn read(&mut self, mark: &str, opens: bool) {
        match mark {
            "“" | "„" | "«" => self.double = true,
            "”" | "»" => self.double = false,
            "\"" => self.double = opens,
            "‘" => self.single = true,
            "’" => self.single = false,
            "'" => self.single = opens,
            _ => {}
        }
    }

    fn open(&self) -> bool {
        self.double || self.single
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_over_three_sentences_is_one_unit() {
        let document = Document::new(
            "The coach spoke on Friday. ‘I had a taste of it. It is a fantastic chance. I’m fortunate,’ said Locke. \
             He starts on Monday.",
        );
        assert_eq!(units(&document), [0..1, 1..4, 1..4, 1..4, 4..5]);
    }

    #[test]
    fn balanced_quotes_and_apostrophes_open_nothing() {
        let document = Document::new(
            "“We won,” she said. The players’ bus left at 9 o’clock. The players' bus left. 'We lost,' he said. It's late.",
        );
        assert_eq!(units(&document), [0..1, 1..2, 2..3, 3..4, 4..5]);
    }

    #[test]
    fn a_stray_opening_mark_holds_only_a_few_sentences() {
        let text = format!("He wrote ‘wrong. {}", "It rained. ".repeat(10));
        let document = Document::new(&text);
        let found = units(&document);
        assert_eq!(found[0], 0..UNBALANCED);
        assert_eq!(found[UNBALANCED], UNBALANCED..UNBALANCED + 1);
    }

    #[test]
    fn an_unclosed_quotation_ends_with_its_paragraph() {
        let document = Document::new("He said: “We will stay. We will fight.\n\nThe vote is on Monday.");
        assert_eq!(units(&document), [0..2, 0..2, 2..3]);
    }
}
