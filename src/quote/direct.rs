//! Who said each direct quotation: the cue and speaker after it (`“…,” he said`, `“…,” said
//! Mr. Lammy`), before it (`Mr. Lammy said: “…”`, `President X, speaking by video, said, “…”`),
//! or, with neither, the speaker of the quotation just before (`“…,” he said. “…”`).
//!
//! A short quoted phrase (under five words, whatever its punctuation) is a quotation only with
//! a cue beside it (`called it a “significant escalation”`); otherwise it is a term or a title
//! (`the so-called “peace plan”`) and is left out.

use std::ops::Range;

use super::context::Context;
use super::marks::Marked;
use super::phrase;
use super::Attribution;

/// How far after a quotation its cue may be, in tokens.
const AFTER_WINDOW: usize = 14;
/// How far before a quotation its cue may be, in tokens.
const BEFORE_WINDOW: usize = 14;
/// Fewer words than this is a quoted term unless a cue is near.
const SHORT_WORDS: usize = 5;

pub(super) fn attribute(context: &Context<'_, '_>, marks: &[Marked], used: &mut [bool]) -> Vec<Attribution> {
    let tokens = &context.document.tokens;
    let text = context.document.text;
    let mut found: Vec<Attribution> = Vec::with_capacity(marks.len());
    let mut previous_close = 0usize;
    for (index, mark) in marks.iter().enumerate() {
        let open = tokens.partition_point(|t| t.end <= mark.open);
        let close = tokens.partition_point(|t| t.start < mark.close);
        let next_open = marks.get(index + 1).map_or(context.len(), |m| tokens.partition_point(|t| t.end <= m.open));
        let content = &text[mark.start..mark.end];
        let words = (open..close).filter(|&t| context.is_word(t)).count();
        // An exclamation or a question stands as a quotation however short: “Stay there!”
        // So does a short sentence of its own: “We cannot wait.”
        let bare = content.trim_end_matches(super::marks::is_quote_mark);
        let sentence_start =
            context.document.sentences.get(context.sentence_of(open)).is_some_and(|s| s.tokens.start == open);
        let short =
            words < SHORT_WORDS && !bare.ends_with(['!', '?']) && !(sentence_start && bare.ends_with(['.', ',']));
        let after = after_cue(context, close, next_open);
        let before = before_cue(context, open, previous_close);
        let comma = content.ends_with(',')
            || content.ends_with(",\u{2019}")
            || content.ends_with('?')
            || content.ends_with('!');
        // A quotation opening in lower case continues its sentence: a fragment inside the
        // speaker's clause (`said the plan would “fail badly”`), part of reported speech.
        let lower = content.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        let chosen = if comma && !lower { after.or(before) } else { before.or(after) };
        previous_close = close;
        let mut attribution = Attribution {
            start: mark.start,
            end: mark.end,
            direct: true,
            speaker: None,
            cue: None,
            inherits: None,
            partial: false,
        };
        // `“A,” he said, “b.”`: the cue between two quotations belongs to the first; the
        // second continues it.
        let interrupted = match (&chosen, found.last()) {
            (Some(found_cue), Some(last)) => last.cue.as_ref() == Some(&found_cue.cue) && found_cue.cue.end <= open,
            _ => false,
        };
        match chosen {
            Some(_) if interrupted => {
                let last = found.len() - 1;
                attribution.speaker = found[last].speaker.clone();
                attribution.inherits = Some(found[last].inherits.unwrap_or(last));
            }
            Some(found_cue) => {
                // After a colon a quotation stands on its own, whatever its case.
                let colon = open.checked_sub(1).is_some_and(|t| context.word(t) == ":");
                attribution.partial = (found_cue.gap >= 2 || lower) && found_cue.cue.end <= open && !colon;
                if !attribution.partial {
                    for slot in used.get_mut(found_cue.cue.clone()).into_iter().flatten() {
                        *slot = true;
                    }
                }
                attribution.speaker = found_cue.speaker;
                attribution.cue = Some(found_cue.cue);
            }
            None => {
                if short || lower {
                    continue;
                }
                let paragraph = context.paragraph_of(open);
                if let Some(last) = found.len().checked_sub(1) {
                    let earlier = &found[last];
                    let earlier_paragraph = context.paragraph_of(tokens.partition_point(|t| t.end <= earlier.start));
                    if earlier.speaker.is_some() && !earlier.partial && earlier_paragraph + 1 >= paragraph {
                        attribution.speaker = earlier.speaker.clone();
                        attribution.inherits = Some(earlier.inherits.unwrap_or(last));
                    }
                }
            }
        }
        if short && (is_term(context, open, content) || attribution.speaker.is_none()) {
            continue;
        }

        found.push(attribution);
    }
    found
}

struct FoundCue {
    cue: Range<usize>,
    speaker: Option<Range<usize>>,
    /// Words between the cue and the quotation (a clause: the quotation is part of reported speech).
    gap: usize,
}

/// `“…,” he said`, `“…,” said Mr. Lammy`, `“…,” according to X`: the cue after the closing mark.
fn after_cue(context: &Context<'_, '_>, close: usize, limit: usize) -> Option<FoundCue> {
    // The cue stays in the sentence of the closing mark: `“….” Others warned` is another's.
    let sentences = &context.document.sentences;
    let index = context.sentence_of(close.saturating_sub(1));
    let sentence = sentences.get(index)?;
    let mut bound = sentence.tokens.end;
    // `“…?” Trump said.` may be split after the mark: a short next sentence is its attribution.
    if bound == close {
        if let Some(next) =
            sentences.get(index + 1).filter(|n| n.paragraph == sentence.paragraph && n.tokens.len() <= 10)
        {
            bound = next.tokens.end;
        }
    }
    let end = limit.min(close + AFTER_WINDOW).min(bound);
    let mut t = close;
    while t < end && matches!(context.word(t), "," | "\u{2014}" | "\u{2013}" | "-") {
        t += 1;
    }
    let first = t;
    while t < end {
        let word = context.word(t);
        if matches!(word, "." | "?" | "!" | ";" | ":") || context.is_mark(t) {
            return None;
        }
        if context.according_to(t) {
            return Some(FoundCue { cue: t..t + 2, speaker: phrase::after(context, t + 2, end), gap: 0 });
        }
        if let Some(cue) = context.cue(t).filter(|c| c.quotes) {
            let speaker = if t == first {
                cue.inverts.then(|| phrase::after(context, t + 1, end)).flatten()
            } else {
                phrase::before(context, t, first)
            };
            if speaker.is_none() && t > first + 1 {
                return None;
            }
            // "Mr. Lammy said: “…”" after a quotation introduces the next one.
            let past = speaker.as_ref().map_or(t + 1, |s| s.end.max(t + 1));
            if context.word(past) == ":" || context.is_mark(past) {
                return None;
            }
            return Some(FoundCue { cue: t..t + 1, speaker, gap: 0 });
        }
        t += 1;
    }
    None
}

/// `Mr. Lammy said: “…”`, `He told reporters, “…”`, `called it a “…”`: the cue before the opening
/// mark, in the same sentence, or in the sentence before when that one ends with a colon.
fn before_cue(context: &Context<'_, '_>, open: usize, previous_close: usize) -> Option<FoundCue> {
    let sentences = &context.document.sentences;
    let sentence = sentences.get(context.sentence_of(open))?;
    let mut floor = sentence.tokens.start;
    let mut end = open;
    if floor == open {
        let previous = context.sentence_of(open).checked_sub(1).and_then(|s| sentences.get(s))?;
        if !matches!(context.word(previous.tokens.end.saturating_sub(1)), ":" | ",") {
            return None;
        }
        floor = previous.tokens.start;
        end = previous.tokens.end;
    }
    floor = floor.max(previous_close).max(end.saturating_sub(BEFORE_WINDOW + 6));
    let mut gap = 0;
    let mut t = end;
    while t > floor && end - t < BEFORE_WINDOW {
        t -= 1;
        if context.is_mark(t) {
            return None;
        }
        if t > floor && context.according_to(t - 1) {
            let speaker = phrase::after(context, t + 1, end);
            return Some(FoundCue { cue: t - 1..t + 1, speaker, gap });
        }
        if let Some(cue) = context.cue(t).filter(|c| c.quotes) {
            // `said Mr. Lammy: “…”`: a speaker after the cue reaches the quotation.
            let inverted = || {
                phrase::after(context, t + 1, end)
                    .filter(|s| (s.end..end).all(|u| matches!(context.word(u), "," | ":" | "\u{2014}")))
            };
            let speaker = phrase::before(context, t, floor).or_else(|| if cue.inverts { inverted() } else { None });
            speaker.as_ref()?;
            // A hearer stands between the cue and the quotation: "told The New York Times: “…”".
            return Some(FoundCue {
                cue: t..t + 1,
                speaker,
                gap: if cue.hearer { gap.saturating_sub(4) } else { gap },
            });
        }
        if context.is_word(t) && !is_time_word(context.word(t)) {
            gap += 1;
        }
    }
    // `Mr. Trump on Twitter: “…”`: no cue word, a name before the colon or opening the sentence.
    let colon = end.checked_sub(1).filter(|&c| c > floor && context.word(c) == ":")?;
    let speaker = phrase::before(context, colon, floor).filter(|r| context.is_name_or_pronoun(r)).or_else(|| {
        (floor..colon.min(floor + 3)).find_map(|t| {
            context
                .name_covering(t)
                .filter(|r| r.start >= floor && r.end <= colon && context.mention_is_person_or_organization(t))
        })
    })?;
    Some(FoundCue { cue: colon..colon + 1, speaker: Some(speaker), gap: 0 })
}

fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "a"
            | "an"
            | "statement"
            | "interview"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "reporters"
            | "later"
            | "also"
            | "then"
    )
}

/// A quoted term rather than a quotation: after "so-called", or a title in capitals.
fn is_term(context: &Context<'_, '_>, open: usize, content: &str) -> bool {
    let previous = |back: usize| open.checked_sub(back).map(|t| context.word(t).to_lowercase()).unwrap_or_default();
    let word = previous(1);
    if matches!(
        word.as_str(),
        "so-called" | "titled" | "entitled" | "word" | "words" | "term" | "phrase" | "slogan" | "hashtag" | "label"
    ) || (word == "called" && previous(2) == "-" && previous(3) == "so")
    {
        return true;
    }
    let words: Vec<&str> = content.split_whitespace().collect();
    let small = ["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with"];
    words.len() > 1
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) || small.contains(w))
}
