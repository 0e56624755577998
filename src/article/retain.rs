//! The document without its boilerplate paragraphs, which the stages read instead of the whole.

use std::borrow::Cow;

use crate::segment::Document;

use super::ParagraphKind;

/// `document` without the paragraphs whose kind is boilerplate, and without a feed's footer
/// sentence ("The post … appeared first on …") left inside a longer paragraph: the same text
/// and byte spans, fewer paragraphs, sentences and tokens (their indices renumbered). Borrowed
/// unchanged when there is no boilerplate, so a clean article costs nothing.
pub fn article<'d, 'a>(document: &'d Document<'a>, kinds: &[ParagraphKind]) -> Cow<'d, Document<'a>> {
    let footers: Vec<usize> = if document.text.contains("ppeared first on") {
        (0..document.sentences.len()).filter(|&s| is_feed_footer(document.slice(document.sentences[s].span))).collect()
    } else {
        Vec::new()
    };
    if footers.is_empty() && !kinds.contains(&ParagraphKind::Boilerplate) {
        return Cow::Borrowed(document);
    }
    Cow::Owned(document.retain(
        |index| kinds.get(index) != Some(&ParagraphKind::Boilerplate),
        |sentence| footers.binary_search(&sentence).is_err(),
    ))
}

/// A feed's footer sentence: "The post <headline> appeared first on <site>."
fn is_feed_footer(sentence: &str) -> bool {
    let Some(head) = sentence.get(..9) else { return false };
    head.eq_ignore_ascii_case("the post ") && sentence.to_lowercase().contains(" appeared first on ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::kinds;

    #[test]
    fn boilerplate_paragraphs_leave_with_their_sentences_and_tokens() {
        let text = "The council voted. It was close.\n\nFollow us on Twitter.\n\nResidents objected.";
        let document = Document::new(text);
        let kinds = kinds(&document);
        let kept = article(&document, &kinds);
        assert_eq!(kept.paragraphs.len(), 2);
        let sentences: Vec<&str> = kept.sentences.iter().map(|s| kept.slice(s.span)).collect();
        assert_eq!(sentences, ["The council voted.", "It was close.", "Residents objected."]);
        assert_eq!(kept.sentences[2].paragraph, 1);
        assert_eq!(kept.paragraphs[1].sentences, 2..3);
        let tokens: Vec<&str> = kept.sentences[2].tokens.clone().map(|i| kept.token_text(i)).collect();
        assert_eq!(tokens, ["Residents", "objected", "."]);
    }

    #[test]
    fn a_feed_footer_inside_a_paragraph_leaves_alone() {
        let text = "Blinken arrived in Kyiv. He met officials. The post In Kyiv, Blinken Discusses Ukraine's Push \
                    appeared first on Example News.\n\nResidents objected.";
        let document = Document::new(text);
        let kept = article(&document, &kinds(&document));
        let sentences: Vec<&str> = kept.sentences.iter().map(|s| kept.slice(s.span)).collect();
        assert_eq!(sentences, ["Blinken arrived in Kyiv.", "He met officials.", "Residents objected."]);
        assert_eq!(kept.paragraphs.len(), 2);
    }

    #[test]
    fn a_document_without_boilerplate_is_borrowed() {
        let document = Document::new("The council voted.\n\nResidents objected.");
        assert!(matches!(article(&document, &kinds(&document)), Cow::Borrowed(_)));
    }
}
