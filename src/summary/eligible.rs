//! Which sentences a summary may hold: whole sentences of the article's body.
//!
//! Each test is one small function so that the paragraph kinds of the document (headline,
//! byline, caption, boilerplate), once it has them, can replace it.

use crate::segment::{Document, TokenKind};

/// Fewer words than this is a fragment, a label or a call to action, not a sentence to read alone.
const MIN_WORDS: usize = 5;

/// The most words a first paragraph of one line without a period can have to be a headline.
const HEADLINE_WORDS: usize = 20;

/// For each sentence, whether the summary may choose it.
pub fn eligible(document: &Document<'_>) -> Vec<bool> {
    let headline = headline(document);
    (0..document.sentences.len())
        .map(|i| {
            let text = document.slice(document.sentences[i].span);
            let candidate = Some(i) != headline
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

/// The headline's sentence: a first paragraph of one line and one sentence, short, not ending in
/// a period, in a text of several paragraphs ("Is this the end of the euro?").
fn headline(document: &Document<'_>) -> Option<usize> {
    let first = document.paragraphs.first()?;
    let text = document.slice(first.span);
    let short = first.sentences.len() == 1 && words(document, first.sentences.start) <= HEADLINE_WORDS;
    (document.paragraphs.len() > 1 && short && !text.contains('\n') && !text.ends_with('.'))
        .then_some(first.sentences.start)
}

/// Whether `text` ends as a sentence does: ".", "?", "!" or "…", possibly followed by closing
/// quotes and brackets, or a closing quote alone (a quotation that ends the sentence). A
/// headline, subhead, caption or list item without punctuation fails.
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

    fn chosen(text: &str) -> Vec<bool> {
        eligible(&Document::new(text))
    }

    #[test]
    fn a_headline_byline_and_footer_are_never_chosen() {
        let text = "Floods close the valley road\n\nBy Jane Smith\n\nFloods closed the valley road on Monday after two days of rain. \
                    Rescuers reached six families by boat.\n\nThe post Floods close the valley road appeared first on Valley News.";
        assert_eq!(chosen(text), [false, false, true, true, false]);
    }

    #[test]
    fn captions_fragments_and_cut_sentences_are_never_chosen() {
        assert!(!is_caption("the new mayor speaks in london on monday.") && !is_footer("clicking here is fine."));
        assert!(is_caption("pictured: the mayor with her husband at the ceremony."));
        assert!(!is_caption("the mayor (pictured) spoke at the ceremony in london."));
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
}
