//! Quotations: who said what.
//!
//! The stage finds direct quotations (words between quote marks, see [`marks`]) and reported
//! speech (`X said that …`, `…, according to X.`), and for each the cue (the verb or phrase of
//! saying, from the table `cues.txt`) and the speaker (a name, a pronoun or a description
//! beside the cue), then resolves the speaker to an entity: the name it contains, or for "he",
//! "she", "it" and definite descriptions the nearest compatible entity before it.
//!
//! The method is rules over the segmented document and the entity mentions; every step walks
//! the tokens once, with windows of fixed size around each quotation and cue, so time grows
//! linearly with the text.
//!
//! Limits: English only; a speaker named only in an earlier sentence without a cue ("Trump was
//! asked about the wall. “We will build it.”") is not found; gender comes from titles only
//! (Mr., Mrs., Sen. … say nothing of given names), so "he" goes to the nearest person whose
//! titles do not say otherwise; reported speech is one per sentence, from the cue to the end of
//! the sentence; thoughts and findings ("believes", "found that") count as reported speech,
//! intentions ("wants to") do not.

mod context;
mod cue;
mod direct;
mod marks;
mod phrase;
mod reported;
mod resolve;

use std::ops::Range;

use serde::Serialize;

use crate::entity::{Entity, Mention};
use crate::segment::Document;
use context::Context;

pub use marks::is_quote_mark;

/// A piece of the text: its offsets and the text itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One quotation or piece of reported speech: byte offsets in Rust, UTF-16 units in JS.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted or reported words, without the enclosing quote marks.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Whether the words stand in quotation marks.
    pub direct: bool,
    /// Who said it, as written: "Mr. Lammy", "he", "the foreign secretary".
    pub speaker: Option<QuoteSpan>,
    /// The id of the speaker's entity in `Analysis::entities`.
    pub entity: Option<usize>,
    /// The words of saying: "said", "according to".
    pub cue: Option<QuoteSpan>,
}

/// What the rules find before spans become text.
#[derive(Clone, Debug)]
struct Attribution {
    start: usize,
    end: usize,
    direct: bool,
    speaker: Option<Range<usize>>,
    cue: Option<Range<usize>>,
    /// A quotation with no cue of its own takes the speaker of this earlier one.
    inherits: Option<usize>,
    /// A short quotation inside a clause of reported speech ("said the plan was “a disaster”").
    partial: bool,
}

/// The quotations of `document` in text order, their speakers resolved against `mentions`
/// (with their `entity` set) and `entities`.
///
/// ```
/// use newslens::{analyze, Options};
/// let text = "“We will not back down,” said David Lammy, the foreign secretary.";
/// let analysis = analyze(text, &Options::default());
/// let quote = &analysis.quotes[0];
/// assert_eq!(quote.text, "We will not back down,");
/// assert_eq!(quote.speaker.as_ref().map(|s| s.text.as_str()), Some("David Lammy"));
/// ```
pub fn quotes(document: &Document<'_>, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let context = Context::new(document, mentions);
    let marks = marks::quotations(document);
    let mut used = vec![false; context.len()];
    let direct = direct::attribute(&context, &marks, &mut used);
    let reported = reported::attribute(&context, &used);
    let quoted = |offset: usize| {
        let i = marks.partition_point(|m| m.close <= offset);
        marks.get(i).is_some_and(|m| m.open <= offset)
    };
    let genders = resolve::genders(&context, entities);
    let resolve =
        |a: &Attribution| a.speaker.as_ref().and_then(|s| resolve::entity(&context, entities, &genders, s, &quoted));
    let mut direct_entities: Vec<Option<usize>> = Vec::with_capacity(direct.len());
    for attribution in &direct {
        let found = match attribution.inherits {
            Some(earlier) => direct_entities.get(earlier).copied().flatten(),
            None => resolve(attribution),
        };
        direct_entities.push(found);
    }
    // Reported speech that overlaps a quotation of its own gives way; a partial quotation that
    // overlaps reported speech is part of it.
    let whole: Vec<(usize, usize)> = direct.iter().filter(|a| !a.partial).map(|a| (a.start, a.end)).collect();
    let overlaps_whole = |a: &Attribution| {
        let i = whole.partition_point(|&(_, end)| end <= a.start);
        whole.get(i).is_some_and(|&(start, _)| start < a.end)
    };
    let kept: Vec<&Attribution> = reported.iter().filter(|a| !overlaps_whole(a)).collect();
    let inside_reported = |a: &Attribution| {
        let i = kept.partition_point(|r| r.end <= a.start);
        kept.get(i).is_some_and(|r| r.start < a.end)
    };
    let mut all: Vec<(Attribution, Option<usize>)> = direct
        .iter()
        .zip(direct_entities)
        .filter(|(a, _)| !(a.partial && inside_reported(a)))
        .map(|(a, e)| (if a.partial { clause(&context, a) } else { a.clone() }, e))
        .chain(kept.iter().map(|&a| (a.clone(), resolve(a))))
        .collect();
    all.sort_by_key(|(a, _)| (a.start, a.end));
    // Two partial quotations of one clause (`called it “A” and “B”`) give the same clause: the
    // first stays, and no two quotes ever overlap.
    let mut last_end = 0;
    all.retain(|(a, _)| {
        let keep = a.start >= last_end && a.start < a.end;
        if keep {
            last_end = a.end;
        }
        keep
    });
    let text_span = |range: &Range<usize>| {
        let (start, end) = context.bytes(range);
        QuoteSpan { start, end, text: document.text.get(start..end).unwrap_or("").to_owned() }
    };
    all.into_iter()
        .map(|(a, entity)| Quote {
            start: a.start,
            end: a.end,
            text: document.text.get(a.start..a.end).unwrap_or("").to_owned(),
            direct: a.direct,
            speaker: a.speaker.as_ref().map(text_span),
            entity,
            cue: a.cue.as_ref().map(text_span),
        })
        .collect()
}

/// A partial quotation as reported speech: the words from its cue to its closing mark
/// (`called it a “significant escalation”` → `it a “significant escalation”`).
fn clause(context: &Context<'_, '_>, partial: &Attribution) -> Attribution {
    let tokens = &context.document.tokens;
    let close =
        context.document.text[partial.end..].chars().next().filter(|&c| is_quote_mark(c)).map_or(0, char::len_utf8);
    let mut first = partial.cue.as_ref().map_or(0, |c| c.end);
    let last = tokens.partition_point(|t| t.start < partial.start);
    if context.word(first).eq_ignore_ascii_case("that") && first + 1 < last {
        first += 1;
    }
    let start = tokens.get(first).map_or(partial.start, |t| t.start.min(partial.start));
    // The clause runs on to the end of the sentence unless another quotation opens first.
    let mut end = partial.end + close;
    let after = tokens.partition_point(|t| t.start < end);
    if let Some(sentence) = context.document.sentences.get(context.sentence_of(after.saturating_sub(1))) {
        let mut last = sentence.tokens.end;
        while last > after && (context.is_punct(last - 1) && !context.is_mark(last - 1)) {
            last -= 1;
        }
        if last > after && !(after..last).any(|t| context.is_mark(t)) {
            end = tokens[last - 1].end;
        }
    }
    Attribution { start, end, direct: false, partial: false, ..partial.clone() }
}

/// For each entity id, the indices of the quotes attributed to it.
pub fn quotes_by_entity(quotes: &[Quote], entities: usize) -> Vec<Vec<usize>> {
    let mut by_entity = vec![Vec::new(); entities];
    for (index, quote) in quotes.iter().enumerate() {
        if let Some(list) = quote.entity.and_then(|id| by_entity.get_mut(id)) {
            list.push(index);
        }
    }
    by_entity
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Analysis, Options};

    fn analysis(text: &str) -> Analysis {
        analyze(text, &Options { tokens: false, keyphrases: 0, quotes: true })
    }

    /// (text, speaker, cue) of each quote.
    fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        analysis(text).quotes.into_iter().map(|q| (q.text, q.speaker.map(|s| s.text), q.cue.map(|c| c.text))).collect()
    }

    fn one(text: &str, quoted: &str, speaker: &str, cue: &str) {
        let found = attributed(text);
        assert_eq!(found, [(quoted.to_owned(), Some(speaker.to_owned()), Some(cue.to_owned()))], "{text}");
    }

    #[test]
    fn the_speaker_after_the_quotation_is_found() {
        one("“We will not back down,” he said.", "We will not back down,", "he", "said");
        one(
            "“We will not back down,” said Mr. Lammy, the foreign secretary.",
            "We will not back down,",
            "Mr. Lammy",
            "said",
        );
        one("“It is over,” the foreign secretary told reporters.", "It is over,", "the foreign secretary", "told");
        one("\"It is over,\" Mr. Lammy, the foreign secretary, said on Tuesday.", "It is over,", "Mr. Lammy", "said");
    }

    #[test]
    fn the_speaker_before_the_quotation_is_found() {
        one("Mr. Lammy said: “We will not back down.”", "We will not back down.", "Mr. Lammy", "said");
        one(
            "President Zelensky, speaking by video, said, “We need air defense now.”",
            "We need air defense now.",
            "President Zelensky",
            "said",
        );
    }

    #[test]
    fn a_quotation_without_a_cue_takes_the_previous_speaker() {
        let found = attributed("“We will win,” he said. “There is no other way.”");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].0, "There is no other way.");
        assert_eq!(found[1].1.as_deref(), Some("he"));
        assert_eq!(found[1].2, None);
    }

    #[test]
    fn reported_speech_is_attributed() {
        one(
            "Mr. Lammy said that the talks would resume next week.",
            "the talks would resume next week",
            "Mr. Lammy",
            "said",
        );
        one(
            "The talks will resume next week, the Kremlin said.",
            "The talks will resume next week",
            "the Kremlin",
            "said",
        );
        one(
            "According to officials, the talks will resume next week.",
            "the talks will resume next week",
            "officials",
            "According to",
        );
        one("Mr. Lammy told reporters the talks would resume.", "the talks would resume", "Mr. Lammy", "told");
        one(
            "The ministry denied that any troops had crossed the border.",
            "any troops had crossed the border",
            "The ministry",
            "denied",
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotations() {
        assert!(attributed("The so-called “peace plan” was never published.").is_empty());
        assert!(attributed("She read “The Art of War” on the plane.").is_empty());
    }

    #[test]
    fn a_partial_quotation_keeps_its_speaker() {
        let found = attributed("Mr. Lammy called it a “significant escalation” of the war.");
        assert_eq!(found.len(), 1);
        assert!(found[0].0.contains("significant escalation"), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Mr. Lammy"));
        assert_eq!(found[0].2.as_deref(), Some("called"));
    }

    #[test]
    fn pronouns_resolve_to_the_nearest_person_of_their_gender() {
        let text = "Mrs. Harris met Mr. Biden in Dover. “We agreed on the budget,” she said.";
        let result = analysis(text);
        let quote = &result.quotes[0];
        let entity = quote.entity.and_then(|id| result.entities.get(id)).map(|e| e.name.as_str());
        assert_eq!(entity, Some("Harris"));
        let harris = result.entities.iter().find(|e| e.name == "Harris").expect("an entity Harris");
        assert_eq!(harris.quotes, [0]);
    }

    #[test]
    fn a_name_in_the_speaker_phrase_is_its_entity() {
        let text = "David Lammy visited Kyiv. “We stand with Ukraine,” said Lammy.";
        let result = analysis(text);
        let entity = result.quotes[0].entity.and_then(|id| result.entities.get(id)).map(|e| e.name.as_str());
        assert_eq!(entity, Some("David Lammy"));
    }

    #[test]
    fn two_partial_quotations_of_one_clause_give_one_quote() {
        let found = attributed("Mr. Lammy called the plan “reckless” and “dangerous” on Monday.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_option_turns_the_stage_off() {
        let options = Options { quotes: false, ..Options::default() };
        let result = analyze("“We will win,” he said.", &options);
        assert!(result.quotes.is_empty());
        assert!(result.entities.iter().all(|e| e.quotes.is_empty()));
    }

    #[test]
    fn quotes_come_in_text_order_without_overlaps() {
        let text = "“A is done,” he said. Mr. Lammy said that B was next. “C will follow,” she added, “and D.” \
                    Mayor Elena Marchetti, who pushed for the plan, said the vote came \"not a moment too soon.\"";
        let quotes = analysis(text).quotes;
        assert!(quotes.len() >= 3);
        assert!(quotes.windows(2).all(|w| w[0].end <= w[1].start), "{quotes:?}");
    }
}
