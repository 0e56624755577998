//! What each paragraph is: the headline, a dateline, a byline, a photo caption, boilerplate
//! (the page's furniture copied along with the article) or the body.
//!
//! The method: rules over each paragraph's words, tried in this order:
//! - **boilerplate**: a feed's footer ("The post … appeared first on …"; one that ends a
//!   paragraph of the article is dropped alone by [`super::article`]), a copyright line, a
//!   short line that opens with a call to share, follow, subscribe, sign up, read more or see
//!   related stories (the phrases in `boilerplate.txt`), a line made only of sharing buttons
//!   ("Share Facebook Twitter Email"), and a bare photo credit ("Photo: Jane Doe/Reuters");
//! - **byline**: "By" and a capitalised name in a short line without a full stop, a wire's
//!   credits ("Reporting by …; Editing by …"), or a short "Name, Staff Writer";
//! - **caption**: a paragraph that opens with "Photo:", "Image:", "FILE -" and the like, or that
//!   closes with a photo credit in brackets ("(AP Photo/Jane Doe)");
//! - **dateline**: a short line of a date or time ("Updated March 5, 2024 at 3:15 p.m. ET"), or a
//!   place in capitals with a date or a wire's name ("LONDON 1996-08-30", "GENEVA (Reuters) -");
//! - **headline**: the first other paragraph, when it comes before the body, is one line of at
//!   most 25 words, does not end with a full stop (unless it is all in capitals, as wire
//!   headlines are) and has body after it;
//! - **body**: everything else.
//!
//! A dateline may also open a body paragraph ("WASHINGTON (AP) — The Senate …"): [`dateline`]
//! finds its span.
//!
//! Limits: English phrasing only; a one-line standfirst under the headline is body; a
//! crosshead inside the article is body; boilerplate written as a full sentence that does not
//! open with one of the phrases ("We use cookies to improve your experience.") is body.

use serde::Serialize;

use crate::segment::{Document, Span, TokenKind};

/// The most words of a headline (as the salience stage's headline).
const HEADLINE_WORDS: usize = 25;
/// The most words of a boilerplate line found by its opening phrase.
const BOILERPLATE_WORDS: usize = 30;
/// The most words of a byline opened by "By".
const BYLINE_WORDS: usize = 15;
/// The most words of a paragraph that is only a date or a place and a date.
const DATELINE_WORDS: usize = 14;
/// The most words of a bare photo credit.
const CREDIT_WORDS: usize = 8;
/// The most words any rule that reads a paragraph's words or its whole text looks at.
const LONGEST_RULE: usize = 60;
/// The most words of a line whose words are read one by one (bylines, datelines, credits).
const SHORT_LINE: usize = BYLINE_WORDS;
/// How much of a longer paragraph is lower-cased, for the rules on its opening phrase.
const OPENING_BYTES: usize = 256;
/// How many tokens into a body paragraph its dateline's dash may come.
const DATELINE_TOKENS: usize = 14;

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Headline,
    Dateline,
    Byline,
    Caption,
    Boilerplate,
    Body,
}

/// The phrases that open boilerplate lines, lower-case, one a line.
static OPENERS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("boilerplate.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

const SHARING: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "print",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "telegram",
    "messenger",
    "copy",
    "link",
    "save",
    "comments",
    "comment",
    "tweet",
    "bluesky",
    "threads",
    "flipboard",
];

/// Words that date a line: months, weekdays, "today", "ago".
const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "ago",
];

/// Lower-case words a date or time line may hold besides numbers, months and days.
const DATE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "first",
    "modified",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "a.m.",
    "p.m.",
    "et",
    "gmt",
    "utc",
    "bst",
    "cet",
    "est",
    "edt",
    "pst",
    "pdt",
    "hours",
    "hour",
    "minutes",
    "minute",
    "mins",
    "ago",
    "of",
    "the",
    "st",
    "nd",
    "rd",
    "th",
    "and",
    "by",
];

const AGENCIES: &[&str] = &["(ap)", "(reuters)", "(afp)", "(upi)", "(dpa)", "(ians)", "(pti)", "(cnn)", "(bloomberg)"];

/// Words a byline may hold in lower case besides the names.
const BYLINE_WORDS_LOWER: &[&str] = &[
    "and",
    "of",
    "in",
    "the",
    "for",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "contributor",
    "special",
    "to",
    "from",
    "with",
    "at",
    "senior",
    "chief",
    "political",
    "news",
    "bureau",
    "de",
    "van",
    "von",
    "da",
    "le",
    "la",
    "del",
    "bin",
];

/// The words of a paragraph and a few facts about them.
struct Shape<'a> {
    text: &'a str,
    /// The text in lower case (only its opening when longer than [`LONGEST_RULE`] words).
    lower: String,
    /// Word and number tokens.
    words: usize,
    /// The word tokens that start in lower case (only in a paragraph of at most [`SHORT_LINE`] words).
    lower_words: Vec<&'a str>,
    /// Whether the last token is a full stop.
    full_stop: bool,
    single_line: bool,
    /// Whether a month, a weekday, a year, a time or a numeric date appears (only read in a
    /// paragraph of at most [`SHORT_LINE`] words).
    dated: bool,
    /// Whether the first word is in capitals (two letters or more).
    caps_opening: bool,
    /// How many sentences the paragraph has.
    sentences: usize,
}

impl<'a> Shape<'a> {
    fn new(document: &Document<'a>, index: usize) -> Shape<'a> {
        let paragraph = &document.paragraphs[index];
        let text = document.slice(paragraph.span);
        let tokens = token_range(document, index);
        let all = &document.tokens[tokens.clone()];
        let words = all.iter().filter(|t| t.is_word()).count();
        let mut lower_words = Vec::new();
        let mut dated = false;
        // The rules that read single words (bylines, datelines, credits) are for short lines
        // only: a longer paragraph costs no more than its count.
        let short = if words <= SHORT_LINE { all } else { &[] };
        for token in short {
            let word = &document.text[token.start..token.end];
            match token.kind {
                TokenKind::Word => {
                    let bare = word.trim_end_matches('.');
                    dated |= bare.len() <= 9 && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(bare));
                    if word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase) {
                        lower_words.push(word);
                    }
                }
                TokenKind::Number => {
                    let digits = word.bytes().filter(u8::is_ascii_digit).count();
                    dated |= (digits == 4 && word.starts_with(['1', '2']) && word.len() == 4)
                        || word.contains([':', '/'])
                        || (digits == 8 && word.matches('-').count() == 2);
                }
                _ => {}
            }
        }
        let mut cut = if words <= LONGEST_RULE { text.len() } else { OPENING_BYTES.min(text.len()) };
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let first = all.first().map(|t| &document.text[t.start..t.end]).unwrap_or("");
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).take(64).collect();
        Shape {
            text,
            lower: text[..cut].to_lowercase(),
            words,
            lower_words,
            full_stop: all.last().is_some_and(|t| &document.text[t.start..t.end] == "."),
            single_line: !text.contains('\n'),
            dated,
            caps_opening: letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()),
            sentences: paragraph.sentences.len(),
        }
    }

    /// Whether the paragraph opens with `phrase` (lower-case) as whole words; a phrase ending in
    /// `$` must be all of it but for punctuation and spaces.
    fn opens_with(&self, phrase: &str) -> bool {
        let (phrase, whole) = match phrase.strip_suffix('$') {
            Some(phrase) => (phrase, true),
            None => (phrase, false),
        };
        let Some(rest) = self.lower.strip_prefix(phrase) else { return false };
        if whole {
            return rest.chars().all(|c| !c.is_alphanumeric());
        }
        rest.chars().next().is_none_or(|c| !c.is_alphanumeric() || !phrase.ends_with(char::is_alphanumeric))
    }
}

/// The token indices of a paragraph.
fn token_range(document: &Document<'_>, index: usize) -> std::ops::Range<usize> {
    let paragraph = &document.paragraphs[index];
    let first = document.sentences.get(paragraph.sentences.start).map_or(0, |s| s.tokens.start);
    let last = document.sentences.get(paragraph.sentences.end.wrapping_sub(1)).map_or(first, |s| s.tokens.end);
    first..last.max(first)
}

/// The kind of each paragraph of `document`, in order.
pub fn kinds(document: &Document<'_>) -> Vec<ParagraphKind> {
    let mut kinds = Vec::with_capacity(document.paragraphs.len());
    let mut seen_other = false;
    for index in 0..document.paragraphs.len() {
        let shape = Shape::new(document, index);
        let kind = if is_boilerplate(&shape) {
            ParagraphKind::Boilerplate
        } else if is_byline(&shape) {
            ParagraphKind::Byline
        } else if is_caption(&shape) {
            ParagraphKind::Caption
        } else if is_dateline(&shape) {
            ParagraphKind::Dateline
        } else if !seen_other
            && shape.single_line
            && shape.words <= HEADLINE_WORDS
            && (!shape.full_stop || shape.lower_words.is_empty())
            && index + 1 < document.paragraphs.len()
        {
            seen_other = true;
            ParagraphKind::Headline
        } else {
            seen_other = true;
            ParagraphKind::Body
        };
        kinds.push(kind);
    }
    // A "headline" with nothing but furniture after it is the text itself.
    if let Some(at) = kinds.iter().position(|k| *k == ParagraphKind::Headline) {
        if !kinds[at + 1..].contains(&ParagraphKind::Body) {
            kinds[at] = ParagraphKind::Body;
        }
    }
    kinds
}

fn is_boilerplate(shape: &Shape<'_>) -> bool {
    let lower = shape.lower.as_str();
    // A footer after sentences of the article in the same paragraph leaves alone (see
    // `retain::article`), not with them.
    if lower.contains("appeared first on")
        && shape.words <= 60
        && (shape.sentences == 1 || shape.opens_with("the post"))
    {
        return true;
    }
    let copyright = lower.starts_with('©')
        || shape.opens_with("copyright")
        || lower.starts_with("(c) ")
        || lower.starts_with("(c)2")
        || lower.contains("all rights reserved");
    if copyright && shape.words <= BOILERPLATE_WORDS {
        return true;
    }
    if shape.words <= BOILERPLATE_WORDS && OPENERS.iter().any(|phrase| shape.opens_with(phrase)) {
        return true;
    }
    if shape.words > 0
        && shape.words <= 12
        && lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .all(|w| SHARING.contains(&w))
    {
        return true;
    }
    is_credit(shape)
}

/// A photo credit standing alone: "Photo: Jane Doe/Reuters", "Getty Images", "(AP Photo/John Roe)".
fn is_credit(shape: &Shape<'_>) -> bool {
    if shape.words == 0 || shape.words > CREDIT_WORDS || shape.full_stop && shape.words > 4 {
        return false;
    }
    const PREFIXES: &[&str] = &[
        "photo:",
        "photos:",
        "photograph:",
        "photo by",
        "image:",
        "picture:",
        "credit:",
        "image credit",
        "photo credit",
        "(photo",
        "image source",
    ];
    let lower = shape.lower.as_str();
    PREFIXES.iter().any(|p| shape.opens_with(p))
        || ((lower.contains('/') || lower.contains("getty images") || lower.contains("shutterstock"))
            && shape.lower_words.is_empty())
}

fn is_byline(shape: &Shape<'_>) -> bool {
    const CREDITS: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "written by",
        "story by",
        "words by",
        "text by",
        "author:",
        "authors:",
    ];
    if shape.words <= 40 && CREDITS.iter().any(|p| shape.opens_with(p)) {
        return true;
    }
    let names_only = shape.lower_words.iter().all(|w| BYLINE_WORDS_LOWER.contains(&w.to_lowercase().as_str()));
    if shape.opens_with("by") && shape.words <= BYLINE_WORDS && !shape.full_stop && shape.single_line {
        let after = shape.text.get(2..).unwrap_or("").trim_start();
        return after.starts_with(|c: char| c.is_uppercase()) && names_only;
    }
    let titled = ["writer", "reporter", "correspondent", "editor"].iter().any(|t| shape.lower.contains(t));
    titled && names_only && shape.words <= 8 && shape.single_line && !shape.full_stop && shape.text.contains(',')
}

fn is_caption(shape: &Shape<'_>) -> bool {
    const OPENERS: &[&str] = &[
        "photo:",
        "photos:",
        "photograph:",
        "image:",
        "picture:",
        "caption:",
        "image caption",
        "file photo",
        "file -",
        "file –",
        "file —",
        "pictured:",
        "above:",
        "top:",
    ];
    if OPENERS.iter().any(|p| shape.opens_with(p)) {
        return true;
    }
    let text = shape.text.trim_end();
    // Offsets into `text`, not `lower`: lower-casing can change a character's length.
    // A long paragraph that ends in a bracketed credit is body with a credit, not a caption
    // ("… (above file photo of visitors at the Cleveland zoo)" closing a whole article).
    if let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')).filter(|_| shape.words <= LONGEST_RULE) {
        let credit = text[open..].to_lowercase();
        return ["photo", "/", "getty", "images", "credit", "pool"].iter().any(|c| credit.contains(c));
    }
    ["photograph: ", "photo: ", "photo credit"].iter().any(|c| shape.lower.contains(c)) && shape.words <= 60
}

fn is_dateline(shape: &Shape<'_>) -> bool {
    if shape.words == 0 || shape.words > DATELINE_WORDS || !shape.single_line {
        return false;
    }
    let lower = shape.lower.as_str();
    let wire = AGENCIES.iter().any(|a| lower.contains(a));
    if shape.caps_opening && (shape.dated || wire) && shape.words <= 8 {
        return true;
    }
    // A date or time line: every lower-case word is a date word.
    shape.dated
        && shape.lower_words.iter().all(|w| {
            let w = w.to_lowercase();
            DATE_WORDS.contains(&w.as_str()) || MONTHS.contains(&w.trim_end_matches('.'))
        })
}

/// The dateline opening a body paragraph ("WASHINGTON (AP) —", "KYIV, Ukraine, March 5 (Reuters) -"):
/// from the paragraph's start through the dash, when the first word is in capitals and every
/// word before the dash is capitalised, a number or inside brackets.
pub fn dateline(document: &Document<'_>, index: usize) -> Option<Span> {
    let tokens = token_range(document, index);
    let first = tokens.start;
    let opening = document.tokens.get(first)?;
    let letters: Vec<char> = document.token_text(first).chars().filter(|c| c.is_alphabetic()).collect();
    if opening.kind != TokenKind::Word || letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    let mut depth = 0usize;
    for at in first + 1..tokens.end.min(first + DATELINE_TOKENS) {
        let text = document.token_text(at);
        match text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            "—" | "–" | "-" | "--" if depth == 0 => {
                // A dash with nothing after it in the paragraph is a dateline paragraph.
                return (at + 1 < tokens.end).then(|| Span::new(opening.start, document.tokens[at].end));
            }
            _ => {
                let token = &document.tokens[at];
                let lowercase = token.kind == TokenKind::Word
                    && text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
                if depth == 0 && lowercase {
                    return None;
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParagraphKind::*;

    fn kinds_of(text: &str) -> Vec<ParagraphKind> {
        kinds(&Document::new(text))
    }

    #[test]
    fn wire_story_with_headline_byline_and_footer() {
        let text = "Council votes to close two libraries\n\nBy Jane Doe\n\nThe city council voted on Tuesday \
                    to close two libraries.\n\nResidents objected.\n\nReporting by Jane Doe; Editing by John Roe\n\n\
                    © 2024 Example News. All rights reserved.";
        assert_eq!(kinds_of(text), [Headline, Byline, Body, Body, Byline, Boilerplate]);
    }

    #[test]
    fn a_single_paragraph_is_body() {
        assert_eq!(kinds_of("Mr. Blinken landed in Kyiv on Tuesday"), [Body]);
        assert_eq!(kinds_of(""), []);
    }

    #[test]
    fn the_feed_footer_is_boilerplate() {
        let text = "The vote was close.\n\nThe post Council votes to close libraries appeared first on Example News.";
        assert_eq!(kinds_of(text), [Body, Boilerplate]);
    }

    #[test]
    fn by_in_a_sentence_is_not_a_byline() {
        let text = "Headline here\n\nBy Tuesday, the army had retreated.\n\nBy the time it ended, nobody was left";
        assert_eq!(kinds_of(text), [Headline, Body, Body]);
    }

    #[test]
    fn letters_that_change_length_in_lower_case_do_not_break_the_rules() {
        let text = "İİİİ İstanbul (İİ Photo/İ)\n\nBy İİ\n\nİİ — x";
        assert_eq!(kinds_of(text).len(), 3);
    }

    #[test]
    fn a_body_dateline_ends_at_the_dash() {
        let text = "WASHINGTON (AP) — The Senate passed the bill.\n\nNATO officials said — again — no.";
        let document = Document::new(text);
        let span = dateline(&document, 0).expect("a dateline");
        assert_eq!(document.slice(span), "WASHINGTON (AP) —");
        assert_eq!(dateline(&document, 1), None);
    }
}
