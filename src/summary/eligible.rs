//! Which sentences a summary may hold: whole sentences of the article's body.
//!
//! What a paragraph is (headline, dateline, byline, caption, boilerplate) comes from the
//! article stage's paragraph kinds ([`crate::article::kinds`]): only body paragraphs count.
//! Within them, a sentence must read as one: five words or more, ending as a sentence does,
//! not cut out of a longer one by the segmenter, and not a byline, footer or caption run into
//! a body paragraph (CNN/DailyMail texts put "By . Daily Mail Reporter" and photo captions
//! inside paragraphs, where the paragraph kinds cannot see them).

use crate::article::ParagraphKind;
use crate::segment::{Document, TokenKind};

/// Fewer words than this is a fragment, a label or a call to action, not a sentence to read alone.
const MIN_WORDS: usize = 5;

/// For each sentence, whether the summary may choose it; `kinds` holds the kind of each of
/// the document's paragraphs (a paragraph without one counts as body).
pub fn eligible(document: &Document<'_>, kinds: &[ParagraphKind]) -> Vec<bool> {
    document
        .sentences
        .iter()
        .enumerate()
        .map(|(i, sentence)| {
            let text = document.slice(sentence.span);
            let candidate = kinds.get(sentence.paragraph).is_none_or(|kind| *kind == ParagraphKind::Body)
                && words(document, i) >= MIN_WORDS
                && ends_a_sentence(text)
                && !starts_cut(text)
                && !is_byline(text);
            // Lower-cased once, and only for the sentences still in the running.
            candidate && {
                let lower = text.to_lowercase();
                !is_footer(&lower) && !is_caption(&lower)
            }
        })
        .collect()
}

fn words(document: &Document<'_>, sentence: usize) -> usize {
    document.sentences[sentence].tokens.clone().filter(|&t| document.tokens[t].kind == TokenKind::Word).count()
}

/// Whether `text` ends as a sentence does: ".", "?", "!" or "…", possibly followed by closing
/// quotes and brackets, or a closing quote alone (a quotation that ends the sentence). A
/// subhead or list item without punctuation fails.
fn ends_a_sentence(text: &str) -> bool {
    let body = text.trim_end_matches([')', ']', '"', '”', '’', '\'', '»']);
    body.len() < text.trim_end().len() || body.ends_with(['.', '?', '!', '…'])
}

/// Whether the segmenter cut this sentence out of a longer one: it starts in lower case
/// ("p.m. on Friday, police said.") or with punctuation that continues a clause.
fn starts_cut(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | ':' | ')' | ']' | '…'))
}

/// A feed or site footer: "The post ... appeared first on ...", "Read more: ...", "Click here";
/// `lower` is the sentence in lower case.
fn is_footer(lower: &str) -> bool {
    (lower.starts_with("the post ") && lower.contains(" appeared first on "))
        || [
            "read more",
            "click here",
            "scroll down",
            "follow us",
            "sign up for",
            "subscribe to",
            "copyright ",
            "all rights reserved",
            "share this article",
            "related:",
            "advertisement",
        ]
        .iter()
        .any(|start| lower.starts_with(start))
}

/// A byline: "By Jane Smith and John Doe, Reuters", short and starting with "By ".
fn is_byline(text: &str) -> bool {
    text.starts_with("By ") && text.split_whitespace().count() <= 8
}

/// A photo caption or credit: "Pictured: ...", "(Photo: AP)", "... Credit: Getty Images";
/// `lower` is the sentence in lower case.
fn is_caption(lower: &str) -> bool {
    [
        "pictured:",
        "pictured ",
        "photo:",
        "photograph:",
        "image:",
        "file photo",
        "(photo",
        "above:",
        "below:",
        "left:",
        "right:",
    ]
    .iter()
    .any(|start| lower.starts_with(start))
        || ["getty images", "ap photo", "credit:", "photo credit"].iter().any(|inside| lower.contains(inside))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::kinds;

    fn chosen(text: &str) -> Vec<bool> {
        let document = Document::new(text);
        eligible(&document, &kinds(&document))
    }

    #[test]
    fn a_headline_byline_and_footer_are_never_chosen() {
        let text = "Floods close the valley road\n\nBy Jane Smith\n\nFloods closed the valley road on Monday after two days of rain. \
                    Rescuers reached six families by boat.\n\nThe post Floods close the valley road appeared first on Valley News.";
        assert_eq!(chosen(text), [false, false, true, true, false]);
    }

    #[test]
    fn captions_fragments_and_cut_sentences_are_never_chosen() {
        let text = "Photo: the mayor with her husband at the ceremony in London.\n\n\
                    The mayor (pictured) spoke at the ceremony in London on Monday.";
        assert_eq!(chosen(text), [false, true]);
        assert!(starts_cut("p.m. on Friday, police said."));
        assert!(!ends_a_sentence("Floods close the valley road"));
        assert!(ends_a_sentence("‘We will rebuild,’ she said."));
        assert!(ends_a_sentence("He said: “We will rebuild”"));
        assert_eq!(chosen("Stop. It rained all day in the valley."), [false, true]);
    }

    #[test]
    fn a_question_headline_is_still_a_headline_but_a_lead_paragraph_is_not() {
        assert_eq!(
            chosen("Is this the end of the euro?\n\nThe euro fell to a record low on Monday, traders said."),
            [false, true]
        );
        assert_eq!(
            chosen(
                "The euro fell to a record low on Monday, traders said.\n\nIt may fall further this week, they said."
            ),
            [true, true]
        );
    }

    #[test]
    fn a_sentence_of_a_paragraph_without_a_kind_counts_as_body() {
        let document = Document::new("Floods closed the valley road on Monday.");
        assert_eq!(eligible(&document, &[]), [true]);
    }
}
