//! Direct quotations: quote marks paired into quoted spans, paragraph by paragraph.
//!
//! Curly marks say which side they are on (“ ” ‘ ’, „ « »); a straight `"` opens where no
//! double quotation is open and closes one that is; `''` and ``` `` ``` (typewriter doubles)
//! count as double marks. A single mark between letters, or one opening a number or a
//! shortened word ("’90s", "’em"), is an apostrophe. Marks nest on a stack, so single marks
//! inside double ones (and the reverse, in British usage) stay inside the outer quotation; only
//! outermost pairs become quotations. A closing mark with nothing open is ignored, an opening
//! mark left open at the end of its paragraph is dropped, unless the next paragraph opens with
//! the same kind of mark (news style leaves a quotation open across paragraphs and reopens it)
//! or it is a double mark opening a sentence (its closing mark was lost: the quotation runs to
//! the end of the paragraph).
//!
//! Linear: each mark is pushed and popped at most once; a closing mark whose kind is not on
//! the stack is answered by a counter, without a search.

use crate::segment::Document;

/// Double or single quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark: opens where none of its kind is open, closes otherwise.
    Either,
}

/// One outermost quotation: the byte spans of its marks and of the words between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark.
    pub close: usize,
    /// The quoted words, without the marks and the space inside them.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

struct Entry {
    kind: Kind,
    /// Byte offset of the mark and just after it.
    at: usize,
    after: usize,
}

/// Every outermost quotation of `document`, in text order.
pub(super) fn quotations(document: &Document<'_>) -> Vec<Marked> {
    let text = document.text;
    let mut found = Vec::new();
    let mut stack: Vec<Entry> = Vec::new();
    let mut open_counts = [0usize; 2];
    let paragraphs = &document.paragraphs;
    let mut skip_first_mark = false;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let span = paragraph.span;
        let mut chars = text[span.start..span.end].char_indices().peekable();
        let mut previous: Option<char> = None;
        while let Some((offset, c)) = chars.next() {
            let at = span.start + offset;
            let next = chars.peek().map(|&(_, n)| n);
            let mark = classify(previous, c, next);
            previous = Some(c);
            let Some((kind, role, width)) = mark else { continue };
            if width == 2 {
                chars.next();
            }
            let after = at + c.len_utf8() * width;
            if skip_first_mark {
                skip_first_mark = false;
                if role != Role::Close {
                    continue;
                }
            }
            skip_first_mark = false;
            let slot = kind as usize;
            let role = match role {
                Role::Either if open_counts[slot] > 0 => Role::Close,
                Role::Either => Role::Open,
                other => other,
            };
            match role {
                Role::Open => {
                    // A second opening of the kind on top means the first was stray.
                    if stack.last().is_some_and(|top| top.kind == kind) {
                        stack.pop();
                        open_counts[slot] -= 1;
                    }
                    stack.push(Entry { kind, at, after });
                    open_counts[slot] += 1;
                }
                _ => {
                    if open_counts[slot] == 0 {
                        continue;
                    }
                    while let Some(entry) = stack.pop() {
                        open_counts[entry.kind as usize] -= 1;
                        if entry.kind == kind {
                            if stack.is_empty() {
                                push_quotation(text, &entry, at, after, &mut found);
                            }
                            break;
                        }
                    }
                }
            }
        }
        // Carry an outermost quotation into the next paragraph when that paragraph reopens it.
        let carried = stack.first().map(|e| e.kind).filter(|&kind| {
            paragraphs.get(index + 1).is_some_and(|next| opens_with(&text[next.span.start..next.span.end], kind))
        });
        // A quotation opened at a sentence start and never closed (a closing mark lost at the
        // paragraph's end) runs to the end of its paragraph.
        if carried.is_none() {
            if let Some(entry) =
                stack.first().filter(|e| e.kind == Kind::Double && opens_sentence(text, span.start, e.at))
            {
                push_quotation(text, entry, span.end, span.end, &mut found);
            }
        }
        stack.truncate(if carried.is_some() { 1 } else { 0 });
        open_counts = [0, 0];
        if let Some(kind) = carried {
            open_counts[kind as usize] = 1;
            skip_first_mark = true;
        }
    }
    found
}

fn push_quotation(text: &str, entry: &Entry, close_at: usize, close_end: usize, found: &mut Vec<Marked>) {
    let Some(inner) = text.get(entry.after..close_at) else { return };
    let trimmed_start = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = entry.after + trimmed_start;
    found.push(Marked { open: entry.at, close: close_end, start, end: start + trimmed.len(), kind: entry.kind });
}

/// Whether the mark at `at` begins a sentence: first in its paragraph or after `.`, `?`, `!`, `:`.
/// A mark carried over from an earlier paragraph opened its quotation there: it counts too.
fn opens_sentence(text: &str, paragraph_start: usize, at: usize) -> bool {
    text.get(paragraph_start..at.max(paragraph_start))
        .is_some_and(|before| before.trim_end().chars().next_back().is_none_or(|c| matches!(c, '.' | '?' | '!' | ':')))
}

fn opens_with(paragraph: &str, kind: Kind) -> bool {
    let mut chars = paragraph.chars();
    let first = chars.next();
    let second = chars.next();
    let third = chars.next();
    match first.and_then(|c| classify(None, c, second)) {
        Some((found, role, width)) => {
            found == kind && role != Role::Close && (width == 1 || third.is_some_and(|c| !c.is_whitespace()))
        }
        None => false,
    }
}

/// Whether `c` (between `previous` and `next`) is a quotation mark: its kind, its role and how
/// many characters it spans (2 for `''` and ``` `` ```).
fn classify(previous: Option<char>, c: char, next: Option<char>) -> Option<(Kind, Role, usize)> {
    let letter_before = previous.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let space_before = previous.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    match c {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' => Some((Kind::Double, Role::Open, 1)),
        '\u{201D}' | '\u{00BB}' => Some((Kind::Double, Role::Close, 1)),
        '"' => Some((Kind::Double, Role::Either, 1)),
        '`' if next == Some('`') => Some((Kind::Double, Role::Open, 2)),
        '\'' if next == Some('\'') => Some((Kind::Double, Role::Either, 2)),
        '\u{2018}' if !letter_before => Some((Kind::Single, Role::Open, 1)),
        '\u{2019}' | '\'' => {
            if letter_before && letter_after {
                None
            } else if space_before {
                // "’90s", "’em": an apostrophe; "'Hello" (straight) may open a quotation.
                (c == '\'' && next.is_some_and(|n| n.is_alphabetic())).then_some((Kind::Single, Role::Open, 1))
            } else {
                Some((Kind::Single, Role::Close, 1))
            }
        }
        _ => None,
    }
}

/// Whether `c` is any quotation mark or apostrophe, for trimming and for the evaluation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let document = Document::new(text);
        quotations(&document).into_iter().map(|m| &text[m.start..m.end]).collect()
    }

    #[test]
    fn curly_and_straight_marks_pair() {
        assert_eq!(quoted("“We will win,” he said. \"It is done,\" she said."), ["We will win,", "It is done,"]);
    }

    #[test]
    fn single_marks_nested_in_double_stay_inside() {
        assert_eq!(quoted("“He told me ‘never’ twice,” she said."), ["He told me ‘never’ twice,"]);
    }

    #[test]
    fn british_single_quotes_are_quotations() {
        assert_eq!(quoted("‘It was a “success”,’ the minister said."), ["It was a “success”,"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(quoted("Clinton’s team and the players’ union in the ’90s, rock ’n’ roll."), Vec::<&str>::new());
    }

    #[test]
    fn stray_marks_are_ignored() {
        assert_eq!(quoted("A stray ” here. “Then a real one,” he said. And “an open one"), ["Then a real one,"]);
        assert_eq!(quoted("He said: “We will go on. We always have.\n\nNext."), ["We will go on. We always have."]);
    }

    #[test]
    fn a_quotation_reopened_in_the_next_paragraph_continues() {
        let text = "“First part.\n\n“Second part,” he said.";
        assert_eq!(quoted(text), ["First part.\n\n“Second part,"]);
    }

    #[test]
    fn typewriter_doubles_pair() {
        assert_eq!(quoted("He said, ''We won.'' Then ``again''."), ["We won.", "again"]);
    }

    #[test]
    fn a_carried_quotation_left_open_ends_with_its_paragraph() {
        assert_eq!(quoted("“One.\n\n“Two.\n\nThree."), ["One.\n\n“Two."]);
    }
}
