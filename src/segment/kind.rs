//! What a paragraph or a sentence is, beyond its words, judged once for every stage: the
//! paragraph's [`ParagraphKind`] (the headline, or body text) and the sentence's [`Casing`]
//! (ordinary, in capitals, in Title Case, in lower case).
//!
//! The headline is the first paragraph when the text has more than one, it is a single line of
//! at most 25 words, and it does not end with a period. A sentence is in capitals when seven in
//! ten of its cased words (three at least) are all capitals, in Title Case when at least three of
//! its words have four letters or more and eight in ten of those start with a capital, and in
//! lower case when none of its words has a capital.
//!
//! Limits: a one-line first paragraph that is not a headline (a short teaser, a one-line
//! article of several paragraphs) is taken for one; a headline of more than 25 words or ending
//! in a period is not. Datelines and bylines are not told apart yet.

use super::form::Case;

/// The most words a headline has.
pub const HEADLINE_WORDS: usize = 25;

/// What a paragraph is. More kinds (datelines, bylines) may be added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParagraphKind {
    /// Article text, and anything not recognised as another kind.
    #[default]
    Body,
    /// The title line above the article.
    Headline,
}

/// How a sentence as a whole is capitalised. (The tagger's features hash the discriminant:
/// the order is part of its model.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Casing {
    #[default]
    Normal,
    /// A headline or shouted text in capitals.
    Capitals,
    /// A headline in Title Case.
    TitleCase,
    /// Text with no capitals at all.
    Lower,
}

impl Casing {
    /// The casing of a sentence, given for each of its tokens its case class and whether it
    /// has four characters or more.
    ///
    /// ```
    /// use newslens::segment::{Case, Casing};
    /// let words = ["ZELENSKY", "MEETS", "HARRIS"].map(|w| (Case::of(w), w.chars().count() >= 4));
    /// assert_eq!(Casing::of(words.into_iter()), Casing::Capitals);
    /// ```
    pub fn of(tokens: impl Iterator<Item = (Case, bool)>) -> Casing {
        // Cased words; in capitals; in lower case; long; long and capitalised.
        let (mut n, mut upper, mut lower, mut long, mut capitalised) = (0, 0, 0, 0, 0);
        for (case, is_long) in tokens {
            if case == Case::None {
                continue;
            }
            n += 1;
            upper += usize::from(case == Case::Upper);
            lower += usize::from(case == Case::Lower);
            long += usize::from(is_long);
            capitalised += usize::from(is_long && case.capitalised());
        }
        if n < 3 {
            Casing::Normal
        } else if upper * 10 >= n * 7 {
            Casing::Capitals
        } else if lower == n {
            Casing::Lower
        } else if long >= 3 && capitalised * 10 >= long * 8 {
            Casing::TitleCase
        } else {
            Casing::Normal
        }
    }

    /// Whether capitals say nothing about names here: a sentence in capitals or Title Case.
    pub fn is_headline_style(self) -> bool {
        matches!(self, Casing::Capitals | Casing::TitleCase)
    }
}

/// Whether the first paragraph, of `paragraphs` in all, is a headline: its text, its number of
/// words and its last token.
pub(super) fn is_headline(paragraphs: usize, text: &str, words: usize, last: &str) -> bool {
    paragraphs >= 2 && !text.contains('\n') && words <= HEADLINE_WORDS && last != "."
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Document;

    fn casing(sentence: &str) -> Casing {
        Casing::of(sentence.split(' ').map(|w| (Case::of(w), w.chars().count() >= 4)))
    }

    #[test]
    fn headlines_in_capitals_and_title_case_are_recognised() {
        assert_eq!(casing("ZELENSKY MEETS HARRIS IN KYIV"), Casing::Capitals);
        assert_eq!(casing("Zelensky Meets Harris in Washington"), Casing::TitleCase);
        assert_eq!(casing("zelensky met harris today"), Casing::Lower);
        assert_eq!(casing("Zelensky met Harris after talks about weapons"), Casing::Normal);
        assert_eq!(casing("NATO Summit"), Casing::Normal);
    }

    #[test]
    fn the_first_line_above_the_article_is_its_headline() {
        let document = Document::new("Blinken Lands in Kyiv\n\nThe secretary arrived on Tuesday. He met Zelensky.");
        let kinds: Vec<ParagraphKind> = document.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ParagraphKind::Headline, ParagraphKind::Body]);
        assert_eq!(document.sentences[0].casing, Casing::TitleCase);
        assert_eq!(document.headline().map(|p| document.slice(p.span)), Some("Blinken Lands in Kyiv"));
    }

    #[test]
    fn one_paragraph_or_a_first_sentence_has_no_headline() {
        assert!(Document::new("Blinken landed in Kyiv.").headline().is_none());
        assert!(Document::new("Blinken landed in Kyiv.\n\nHe met Zelensky.").headline().is_none());
        assert!(Document::new("Blinken landed\nin Kyiv\n\nHe met Zelensky.").headline().is_none());
    }
}
