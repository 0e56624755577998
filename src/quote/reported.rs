//! Reported speech: `X said (that) …`, `…, X said.`, `according to X, …`, `X told reporters …`,
//! `X denied …`, with the reported clause as the content. In each sentence: the cue closing the
//! sentence, else "according to" opening it, else each cue after a subject, the clause running
//! to the end of the sentence or to the next such pair (`…, and other leaders said …`).

use std::ops::Range;

use super::context::Context;
use super::phrase;
use super::Attribution;

/// The fewest words a reported clause has.
const FEWEST_WORDS: usize = 3;
/// The most tokens after a comma for `…, X said.`.
const TAIL: usize = 14;
/// How many commas of a sentence, from its end, are tried for `…, X said`.
const TAIL_COMMAS: usize = 6;

pub(super) fn attribute(context: &Context<'_, '_>, used: &[bool]) -> Vec<Attribution> {
    let mut found = Vec::new();
    for sentence in &context.document.sentences {
        let range = sentence.tokens.clone();
        if range.is_empty() {
            continue;
        }
        let mut end = range.end;
        while end > range.start && (context.is_punct(end - 1) || context.is_mark(end - 1)) {
            end -= 1;
        }
        let begin = skip_marks(context, range.start, end);
        if let Some(attribution) = tail(context, begin, end, used).or_else(|| according(context, begin, end)) {
            found.push(attribution);
            continue;
        }
        let mut from = begin;
        while let Some((attribution, stop)) = subject_cue(context, from, end, used) {
            found.push(attribution);
            if stop >= end {
                break;
            }
            from = stop + 1;
        }
    }
    found
}

fn skip_marks(context: &Context<'_, '_>, mut start: usize, end: usize) -> usize {
    while start < end && (context.is_mark(start) || context.is_punct(start)) {
        start += 1;
    }
    start
}

fn words(context: &Context<'_, '_>, range: Range<usize>) -> usize {
    range.filter(|&t| context.is_word(t)).count()
}

fn make(
    context: &Context<'_, '_>,
    content: Range<usize>,
    speaker: Option<Range<usize>>,
    cue: Range<usize>,
) -> Option<Attribution> {
    let mut content = content;
    while content.start < content.end && (context.is_punct(content.start) && !context.is_mark(content.start)) {
        content.start += 1;
    }
    while content.end > content.start && context.is_punct(content.end - 1) && !context.is_mark(content.end - 1) {
        content.end -= 1;
    }
    if words(context, content.clone()) < FEWEST_WORDS {
        return None;
    }
    let (start, end) = context.bytes(&content);
    Some(Attribution { start, end, direct: false, speaker, cue: Some(cue), inherits: None, partial: false })
}

/// `…, X said.`, `…, said X.`, `…, according to X.`, and the same between commas mid-sentence
/// (`…, Sanders said, a policy that …`): the clause before the comma is the content.
fn tail(context: &Context<'_, '_>, begin: usize, end: usize, used: &[bool]) -> Option<Attribution> {
    let commas = (begin..end).rev().filter(|&t| context.word(t) == ",").take(TAIL_COMMAS);
    for comma in commas {
        let first = comma + 1;
        let stop = end.min(first + TAIL);
        if let Some((speaker, cue, after)) = tail_at(context, first, stop, used) {
            // Only time and place may follow, up to the end or the next comma.
            let rest = (after..end).find(|&t| !is_time_or_place(context, t) || context.word(t) == ",").unwrap_or(end);
            if rest == end || context.word(rest) == "," {
                if let Some(found) = make(context, begin..comma, Some(speaker), cue) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// After a comma: the speaker, the cue and where they end, for `X said`, `said X`, `according to X`.
fn tail_at(
    context: &Context<'_, '_>,
    first: usize,
    stop: usize,
    used: &[bool],
) -> Option<(Range<usize>, Range<usize>, usize)> {
    if first >= stop {
        return None;
    }
    if context.according_to(first) {
        let speaker = phrase::after(context, first + 2, stop)?;
        let after = speaker.end;
        return Some((speaker, first..first + 2, after));
    }
    let free = |t: usize| !used.get(t).copied().unwrap_or(true);
    if context.cue(first).is_some_and(|c| c.inverts && c.reports) && free(first) {
        let speaker = phrase::after(context, first + 1, stop)?;
        let after = speaker.end;
        return Some((speaker, first..first + 1, after));
    }
    let cue = (first + 1..stop).find(|&t| context.cue(t).is_some_and(|c| c.reports && !c.needs_that))?;
    if !free(cue) {
        return None;
    }
    let speaker = phrase::before(context, cue, first)?;
    (speaker.start == first).then_some((speaker, cue..cue + 1, cue + 1))
}

/// Words that may close a sentence after its cue: "…, he said Tuesday in a statement."
fn is_time_or_place(context: &Context<'_, '_>, token: usize) -> bool {
    let word = context.word(token);
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || context.is_punct(token)
        || matches!(
            word,
            "on" | "in"
                | "at"
                | "a"
                | "an"
                | "the"
                | "statement"
                | "interview"
                | "last"
                | "week"
                | "night"
                | "reporters"
                | "told"
                | "recently"
                | "earlier"
                | "later"
                | "this"
                | "morning"
                | "evening"
                | "afternoon"
                | "month"
                | "year"
                | "during"
                | "news"
                | "conference"
                | "call"
                | "email"
                | "e-mail"
                | "with"
        )
}

/// `According to X, …`
fn according(context: &Context<'_, '_>, begin: usize, end: usize) -> Option<Attribution> {
    if !context.according_to(begin) {
        return None;
    }
    let comma = (begin + 2..end.min(begin + 16)).find(|&t| context.word(t) == ",")?;
    let speaker = phrase::after(context, begin + 2, comma);
    make(context, comma + 1..end, speaker, begin..begin + 2)
}

/// `X said (that) …`, `X told reporters (that) …`, `X denied …`: the first such cue of the
/// sentence whose clause is long enough.
fn subject_cue(context: &Context<'_, '_>, begin: usize, end: usize, used: &[bool]) -> Option<(Attribution, usize)> {
    for t in begin..end {
        if context.is_mark(t) {
            // Reported speech ends where a quotation opens before any cue.
            return None;
        }
        let Some(cue) = context.cue(t).filter(|c| c.reports) else { continue };
        if used.get(t).copied().unwrap_or(true) || context.word(t).starts_with(|c: char| c.is_uppercase()) && t > begin
        {
            continue;
        }
        let participle = context.word(t).ends_with("ing");
        let coordinated = t > begin && matches!(context.word(t - 1), "and" | "," | "then");
        let subject = if participle {
            sentence_subject(context, begin, t)
        } else {
            phrase::before(context, t, begin).or_else(|| {
                if coordinated {
                    sentence_subject(context, begin, t)
                } else {
                    None
                }
            })
        };
        let Some(speaker) = subject else { continue };
        let mut start = t + 1;
        let has_that = (start..end.min(start + 10)).find(|&u| context.word(u).eq_ignore_ascii_case("that") && u < end);
        let that_near = has_that.filter(|&u| (start..u).all(|v| context.is_word(v) || context.word(v) == ","));
        if let Some(u) = that_near {
            start = u + 1;
        } else if cue.needs_that {
            continue;
        } else if cue.hearer {
            // "told reporters", "told CNN": the hearer is one name, pronoun or short phrase.
            start = context.name_covering(start).map_or(start + 1, |r| r.end);
        }
        while start < end && matches!(context.word(start), "," | ":" | "\u{2014}") {
            start += 1;
        }
        if start < end && matches!(context.word(start), "." | "?" | "!") {
            continue;
        }
        let stop = next_subject(context, start, end);
        if let Some(found) = make(context, start..stop, Some(speaker), t..t + 1) {
            return Some((found, stop));
        }
    }
    None
}

/// The subject of a sentence whose cue is a participle ("Trump hit back, saying …"): a name or
/// pronoun among its first words.
fn sentence_subject(context: &Context<'_, '_>, begin: usize, cue: usize) -> Option<Range<usize>> {
    if cue == 0 || !matches!(context.word(cue - 1), "," | "and" | "then") {
        return None;
    }
    (begin..cue.min(begin + 6)).find_map(|t| {
        if phrase::is_pronoun(context, t) {
            Some(t..t + 1)
        } else {
            context.name_covering(t).filter(|r| r.start >= begin && context.mention_is_person_or_organization(t))
        }
    })
}

/// Where a second attribution of the sentence begins (", and other leaders said …"), or `end`.
fn next_subject(context: &Context<'_, '_>, start: usize, end: usize) -> usize {
    let mut t = start;
    while t + 1 < end {
        if context.word(t) == "," && matches!(context.word(t + 1), "and" | "but" | "while") {
            let window =
                (t + 2..end.min(t + 10)).find(|&u| context.cue(u).is_some_and(|c| c.reports) && !context.is_mark(u));
            if let Some(u) = window {
                if phrase::before(context, u, t + 2).is_some_and(|s| s.start <= t + 3) {
                    return t;
                }
            }
        }
        t += 1;
    }
    end
}
