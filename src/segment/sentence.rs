//! Sentences: where a run of tokens inside one paragraph ends.
//!
//! A sentence ends after ".", "?", "!", "…" or a run of dots, together with the closing
//! quotes and brackets that touch it, unless the next token starts in lower case or is a
//! continuing punctuation mark. After an abbreviation that keeps its period the decision
//! depends on its class (see `abbreviations.txt`): titles never end a sentence, months and
//! "No." end one only before a non-number, and "U.S.", "Inc.", "p.m." or an initial end one
//! only before a typical sentence opener (`openers.txt`). A line break inside a paragraph ends
//! a sentence when the line does not end in lower case or a continuing mark and the next line
//! does not start in lower case (headlines, datelines, list items).

use crate::hash::FastSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::abbreviation::{self, Class};
use super::{Casing, Sentence, Span, Token, TokenKind};

static OPENERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    include_str!("openers.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Splits `tokens[range]`, one paragraph, into sentences appended to `out`. `line_starts`
/// lists, in order, the tokens that follow a line break inside the paragraph.
pub fn split(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    line_starts: &[usize],
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let token_text = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut line_starts = line_starts.iter().copied().peekable();
    let mut first = range.start;
    let mut i = range.start;
    while i < range.end {
        let mut last = i;
        let mut ends = false;
        if let Some(rule) = terminator(token_text(i), tokens[i].kind) {
            last = extend_over_closers(text, tokens, i, range.end);
            ends = match last + 1 < range.end {
                false => true,
                true => rule.ends_before(token_text(last + 1)),
            };
        }
        let next = last + 1;
        while line_starts.next_if(|&start| start < next).is_some() {}
        if !ends && next < range.end && line_starts.peek() == Some(&next) {
            ends = line_break_ends(token_text(last), token_text(next));
        }
        if ends || next == range.end {
            out.push(Sentence {
                span: Span::new(tokens[first].start, tokens[last].end),
                tokens: first..next,
                paragraph,
                casing: Casing::Normal,
            });
            first = next;
        }
        i = next;
    }
}

/// How a candidate sentence end decides, given the token after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// Ends unless the next token continues in lower case: ".", "?", "!", "...".
    Punctuation,
    /// Ends unless a number follows: "No.", "Jan.".
    BeforeNonNumber,
    /// Ends only before a sentence opener: "U.S.", "Inc.", "J.".
    BeforeOpener,
}

impl Rule {
    fn ends_before(self, next: &str) -> bool {
        let first = next.chars().next().unwrap_or(' ');
        match self {
            Rule::Punctuation => !first.is_lowercase() && !matches!(first, ',' | ';' | ':' | '%'),
            Rule::BeforeNonNumber => {
                !first.is_lowercase() && !first.is_ascii_digit() && !matches!(first, ',' | ';' | ':')
            }
            Rule::BeforeOpener => {
                OPENERS.contains(next)
                    || matches!(first, '"' | '\u{201C}')
                    || next.strip_suffix('.').and_then(abbreviation::class).is_some_and(|class| class == Class::Title)
            }
        }
    }
}

fn terminator(token: &str, kind: TokenKind) -> Option<Rule> {
    match kind {
        TokenKind::Punct => token
            .chars()
            .all(|c| {
                matches!(
                    c,
                    '.' | '?' | '!' | '…' | '\u{203C}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '。' | '！' | '？'
                )
            })
            .then_some(Rule::Punctuation),
        TokenKind::Word => {
            let word = token.strip_suffix('.')?;
            match abbreviation::class(word)? {
                Class::Title | Class::Inner => None,
                Class::BeforeNumber => Some(Rule::BeforeNonNumber),
                Class::Final => Some(Rule::BeforeOpener),
            }
        }
        _ => None,
    }
}

/// The last token of a sentence ending at `end`: the closing quotes and brackets that touch it
/// belong to it (`."`, `?”`, `.)`).
fn extend_over_closers(text: &str, tokens: &[Token], mut last: usize, limit: usize) -> usize {
    while last + 1 < limit && tokens[last + 1].start == tokens[last].end {
        let next = &text[tokens[last + 1].start..tokens[last + 1].end];
        if !next
            .chars()
            .all(|c| matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' | ')' | ']' | '}'))
        {
            break;
        }
        last += 1;
    }
    last
}

/// Whether a line break between `before` and `after` ends a sentence.
fn line_break_ends(before: &str, after: &str) -> bool {
    let last = before.chars().next_back().unwrap_or(' ');
    let first = after.chars().next().unwrap_or(' ');
    let continues = last.is_lowercase() || matches!(last, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '&' | '/');
    !continues && !first.is_lowercase()
}
