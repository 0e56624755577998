//! The speaker phrase beside a cue: a name, a pronoun or a short description, found by walking
//! the tokens left of the cue ("the foreign secretary said") or right of it ("said Mr. Lammy").

use std::ops::Range;

use super::context::Context;

/// Words between a speaker and the cue that belong to neither: auxiliaries, adverbs, weekdays.
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "once",
    "again",
    "previously",
    "recently",
    "earlier",
    "just",
    "often",
    "even",
    "still",
    "never",
    "further",
    "would",
    "will",
    "could",
    "may",
    "might",
    "should",
    "did",
    "does",
    "do",
    "is",
    "was",
    "has",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "last",
    "week",
    "night",
    "morning",
    "afternoon",
    "evening",
    "had",
    "already",
    "always",
    "too",
    "subsequently",
    "initially",
    "first",
    "finally",
];

/// Words a speaker phrase never contains: they end the walk.
const STOPS: &[&str] = &[
    "and", "but", "or", "nor", "so", "that", "which", "who", "whom", "whose", "because", "when", "where", "while",
    "as", "if", "than", "then", "not", "to", "by", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "in", "on", "at", "after", "before", "during", "since", "until", "about", "into", "also", "what", "how", "why",
    "there", "here", "this", "these", "those", "it", "would", "will", "could", "can", "may", "might", "should", "must",
    "did", "does", "do", "no", "yes", "said", "says", "told", "added", "asked", "with", "from", "though", "although",
    "however", "yet", "just", "even", "only", "all", "now", "over", "against", "like", "unlike",
];

/// Words that may start a description.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some", "many", "several",
    "two", "three", "four", "both", "other", "most", "few", "more", "each", "every", "any",
];

/// Pronouns that name speakers.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// The longest an apposition between a speaker and the cue is, in tokens.
const APPOSITION: usize = 25;

/// The longest a speaker phrase is, in tokens.
const LONGEST: usize = 8;

fn lower_in(context: &Context<'_, '_>, token: usize, list: &[&str]) -> bool {
    let word = context.word(token);
    word.len() <= 14 && list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

pub(super) fn is_pronoun(context: &Context<'_, '_>, token: usize) -> bool {
    lower_in(context, token, PRONOUNS)
}

/// The speaker phrase ending just before token `end` (the cue), starting no earlier than `floor`.
pub(super) fn before(context: &Context<'_, '_>, end: usize, floor: usize) -> Option<Range<usize>> {
    let mut j = end;
    let mut skipped = 0;
    while j > floor && skipped < 4 && is_between(context, j - 1) {
        j -= 1;
        skipped += 1;
    }
    if j <= floor {
        return None;
    }
    if context.word(j - 1) == "," {
        // An apposition or a relative clause: "Mr. Lammy, the foreign secretary, said",
        // "Sen. Portman (R-Ohio), who faces re-election, said".
        let mut p = j - 1;
        while p > floor && j - p <= APPOSITION {
            p -= 1;
            let word = context.word(p);
            if word == "," {
                let mut end = p;
                if context.word(end - 1) == ")" {
                    end =
                        (end.saturating_sub(8).max(floor)..end).rev().find(|&t| context.word(t) == "(").unwrap_or(end);
                }
                if let Some(found) = core_before(context, end, floor).filter(|r| context.is_name_or_pronoun(r)) {
                    return Some(found);
                }
            } else if matches!(word, "." | ";" | ":" | "?" | "!") || context.is_mark(p) {
                return None;
            }
        }
        return None;
    }
    core_before(context, j, floor)
}

fn is_between(context: &Context<'_, '_>, token: usize) -> bool {
    let word = context.word(token);
    (lower_in(context, token, BETWEEN) && !word.starts_with(|c: char| c.is_uppercase()) || is_weekday(word))
        || (word.len() > 3 && word.ends_with("ly") && word.chars().all(|c| c.is_lowercase()))
}

fn is_weekday(word: &str) -> bool {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].contains(&word)
}

/// The noun phrase that ends at token `end` (exclusive).
fn core_before(context: &Context<'_, '_>, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    let last = end - 1;
    if is_pronoun(context, last) {
        return Some(last..end);
    }
    if let Some(mention) = context.name_ending_at(last) {
        let mut start = mention.start.max(floor);
        // Titles before the name: "Republican nominee Donald Trump", "Sen. Sanders".
        let mut extra = 0;
        while start > floor && extra < 4 && context.is_title_word(start - 1) {
            start -= 1;
            extra += 1;
        }
        // "the Kremlin", "the White House".
        if start > floor && context.word(start - 1).eq_ignore_ascii_case("the") {
            start -= 1;
        }
        return Some(start..end);
    }
    let mut start = end;
    while start > floor && end - start < LONGEST {
        let token = start - 1;
        if !context.is_word(token) || lower_in(context, token, STOPS) || context.cue(token).is_some() {
            break;
        }
        start -= 1;
    }
    if start == end {
        return None;
    }
    // Begin at the first determiner when there is one: "Sunday the campaign" → "the campaign".
    if let Some(first) = (start..end).find(|&t| lower_in(context, t, DETERMINERS)) {
        start = first;
    }
    (!lower_in(context, last, DETERMINERS)).then_some(start..end)
}

/// The speaker phrase starting at token `start` (after an inverted cue), ending before `limit`.
pub(super) fn after(context: &Context<'_, '_>, start: usize, limit: usize) -> Option<Range<usize>> {
    if start >= limit {
        return None;
    }
    if is_pronoun(context, start) {
        return Some(start..start + 1);
    }
    let mut end = start;
    while end < limit && end - start < LONGEST {
        if !context.is_word(end) || (lower_in(context, end, STOPS) && end > start) || context.cue(end).is_some() {
            break;
        }
        if end == start && lower_in(context, end, STOPS) {
            return None;
        }
        end += 1;
    }
    // A name may run past the walk's limit: end with it.
    if end > start {
        if let Some(mention) = context.name_covering(end - 1) {
            end = end.max(mention.end.min(limit));
        }
    }
    (end > start).then_some(start..end)
}
