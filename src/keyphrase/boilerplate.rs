//! Text that is not the article's: the footer feeds append ("The post Blinken Discusses
//! Ukraine appeared first on Example News."). Its words give no key phrases. (A stand-in until
//! paragraph kinds mark boilerplate for every stage.)

use crate::segment::Document;

/// Whether paragraph `index` of `document` is a feed footer.
pub fn is_boilerplate(document: &Document<'_>, index: usize) -> bool {
    let Some(paragraph) = document.paragraphs.get(index) else { return false };
    let text = document.slice(paragraph.span).trim();
    text.starts_with("The post ") && text.contains(" appeared first on ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_footer_is_boilerplate_and_the_story_is_not() {
        let document = Document::new(
            "Blinken met Zelensky in Kyiv.\n\nThe post Blinken Discusses Ukraine appeared first on Example News.",
        );
        assert!(!is_boilerplate(&document, 0));
        assert!(is_boilerplate(&document, 1));
        assert!(!is_boilerplate(&document, 2));
    }
}
