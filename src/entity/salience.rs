//! Salience: how much an article is about each entity, in [0, 1].
//!
//! The method: five signals per entity, each in [0, 1], weighted and summed, then divided by
//! the largest sum, so that the entity the article is most about scores 1:
//!
//! ```text
//! raw = 0.30 · ln(1 + mentions) / ln(1 + most mentions of any entity)
//!     + 0.15 · (1 − first mention's offset / text length)
//!     + 0.20 · [mentioned in the headline]
//!     + 0.15 · [mentioned in the first paragraph of the body]
//!     + 0.20 · ln(1 + times the subject) / ln(1 + most times any entity is the subject)
//! salience = raw · (0.8 for `misc` names: nationalities and events, 1 otherwise) / max raw
//! ```
//!
//! The headline is the first paragraph when the text has more than one, it is a single line of
//! at most 25 words, and it does not end with a period. A mention is the subject of its
//! sentence when it is the first name in the sentence that comes before the first verb-like
//! word (an auxiliary, a reporting verb or a lower-case word ending in "-ed") and does not
//! follow a preposition ("In Kyiv, Blinken said": Blinken); a lower-case "-ing" word not after
//! "the" or "a" counts as a verb too ("Astronomers using NASA’s telescope"). Mentions in a
//! dateline ("KYIV, Ukraine —", "LONDON 1996-08-30": a word in capitals opening the body, up to
//! a dash or through a short first sentence with a number)
//! count towards frequency only.
//!
//! Limits: pronouns and descriptions ("he", "the secretary") are not counted, so a person
//! named once and then called "he" scores low; the verb test is a heuristic without
//! part-of-speech tags.

use crate::mention::{Mention, MentionType};
use crate::segment::{Document, TokenKind};

const FREQUENCY: f32 = 0.30;
const POSITION: f32 = 0.15;
const HEADLINE: f32 = 0.20;
const LEAD: f32 = 0.15;
const SUBJECT: f32 = 0.20;
const MISC: f32 = 0.8;

const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "must", "should", "shall", "did", "does", "do", "said", "says", "say", "told", "tells", "met", "meets", "made",
    "makes", "took", "takes", "won", "wins", "lost", "loses", "led", "leads", "left", "leaves", "became", "becomes",
    "gave", "gives", "got", "gets", "held", "holds", "ran", "runs", "saw", "sees", "sent", "sends", "set", "spent",
    "struck", "wrote", "writes", "went", "goes", "came", "comes", "beat", "beats", "hit", "hits", "cut", "cuts",
    "rose", "rises", "fell", "falls", "grew", "grows", "found", "finds", "plans", "wants", "needs", "expects", "warns",
];

const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "to", "from", "with", "by", "for", "of", "about", "after", "before", "during", "since", "into",
    "over", "under", "between", "against", "near", "across", "through", "without", "within", "like", "than", "as",
    "among", "toward", "towards", "behind", "beside", "despite", "via", "per", "and", "or",
];

/// Per-entity signals, gathered from its mentions.
#[derive(Clone, Debug, Default)]
struct Signals {
    count: usize,
    first_start: usize,
    headline: bool,
    lead: bool,
    subjects: usize,
    misc: bool,
}

/// The salience of each of `groups` entities; `of[i]` is mention `i`'s entity.
pub fn salience(
    document: &Document<'_>,
    mentions: &[Mention],
    of: &[Option<usize>],
    groups: &[MentionType],
) -> Vec<f32> {
    let mut signals: Vec<Signals> = groups
        .iter()
        .map(|&kind| Signals { first_start: usize::MAX, misc: kind == MentionType::Misc, ..Signals::default() })
        .collect();
    let headline = headline(document);
    let lead_paragraph = usize::from(headline.is_some());
    let lead = document.paragraphs.get(lead_paragraph).map(|p| (p.span.start, p.span.end));
    let dateline = dateline(document, lead_paragraph);
    let subjects = subjects(document, mentions, of, dateline);
    for (i, mention) in mentions.iter().enumerate() {
        let Some(signal) = of.get(i).copied().flatten().and_then(|g| signals.get_mut(g)) else { continue };
        signal.count += 1;
        // A dateline ("KYIV, Ukraine —") says where the reporter was, not what the story is about.
        if dateline.is_some_and(|(s, e)| mention.start >= s && mention.start < e) {
            continue;
        }
        signal.first_start = signal.first_start.min(mention.start);
        let within = |span: Option<(usize, usize)>| span.is_some_and(|(s, e)| mention.start >= s && mention.end <= e);
        signal.headline |= within(headline);
        signal.lead |= within(lead);
        signal.subjects += usize::from(subjects.get(i).copied().unwrap_or(false));
    }
    let most = signals.iter().map(|s| s.count).max().unwrap_or(0);
    let most_subjects = signals.iter().map(|s| s.subjects).max().unwrap_or(0);
    let length = document.text.len().max(1) as f32;
    let share = |n: usize, max: usize| if max == 0 { 0.0 } else { (n as f32).ln_1p() / (max as f32).ln_1p() };
    let raw: Vec<f32> = signals
        .iter()
        .map(|s| {
            let position = 1.0 - (s.first_start.min(document.text.len()) as f32 / length);
            let score = FREQUENCY * share(s.count, most)
                + POSITION * position
                + HEADLINE * f32::from(u8::from(s.headline))
                + LEAD * f32::from(u8::from(s.lead))
                + SUBJECT * share(s.subjects, most_subjects);
            if s.misc {
                score * MISC
            } else {
                score
            }
        })
        .collect();
    let top = raw.iter().copied().fold(0.0f32, f32::max);
    raw.into_iter().map(|r| if top > 0.0 { (r / top).clamp(0.0, 1.0) } else { 0.0 }).collect()
}

/// The headline's byte span, where the text has one (see [`crate::segment::kind`]).
pub fn headline(document: &Document<'_>) -> Option<(usize, usize)> {
    document.headline().map(|paragraph| (paragraph.span.start, paragraph.span.end))
}

/// The dateline's byte span: the start of the body's first paragraph up to a dash, when it
/// starts with a word in capitals ("KYIV, Ukraine —", "GENEVA (Reuters) -"), or its whole first
/// sentence when that is short and holds a number ("LONDON 1996-08-30").
pub fn dateline(document: &Document<'_>, paragraph: usize) -> Option<(usize, usize)> {
    let paragraph = document.paragraphs.get(paragraph)?;
    let first = document.sentences.get(paragraph.sentences.start)?.tokens.start;
    let opening = document.token_text(first);
    let letters = opening.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !opening.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        return None;
    }
    let end = document.tokens.len().min(first + 12);
    let dash = (first + 1..end).find(|&i| matches!(document.token_text(i), "—" | "–" | "-" | "--" | ":"));
    // Or a short sentence of its own with a date: "LONDON 1996-08-30".
    let sentence = document.sentences.get(paragraph.sentences.start)?;
    let dated =
        sentence.tokens.len() <= 8 && sentence.tokens.clone().any(|i| document.tokens[i].kind == TokenKind::Number);
    let last = dash.or_else(|| dated.then(|| sentence.tokens.end.saturating_sub(1)))?;
    Some((document.tokens[first].start, document.tokens.get(last)?.end))
}

/// For each mention, whether it is the subject of its sentence.
fn subjects(
    document: &Document<'_>,
    mentions: &[Mention],
    of: &[Option<usize>],
    dateline: Option<(usize, usize)>,
) -> Vec<bool> {
    let mut order = crate::mention::text_order(mentions);
    order.retain(|&i| of.get(i).copied().flatten().is_some());
    let mut result = vec![false; mentions.len()];
    let mut done_sentence = usize::MAX;
    for i in order {
        let mention = &mentions[i];
        if dateline.is_some_and(|(s, e)| mention.start >= s && mention.start < e) {
            continue;
        }
        let first_token = document.tokens.partition_point(|t| t.end <= mention.start);
        let sentence = document.sentences.partition_point(|s| s.tokens.end <= first_token);
        if sentence == done_sentence {
            continue;
        }
        let Some(range) = document.sentences.get(sentence).map(|s| s.tokens.clone()) else { continue };
        if first_token < range.start {
            continue;
        }
        let mut verb_before = false;
        let mut after_preposition = false;
        let from =
            dateline.map_or(range.start, |(_, e)| range.start.max(document.tokens.partition_point(|t| t.start < e)));
        for at in from..first_token {
            let token = &document.tokens[at];
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = document.token_text(at);
            let lower = document.norm(at);
            let determined =
                last_word_before(document, at, range.start).is_some_and(|w| matches!(w, "the" | "a" | "an"));
            if is_verb(word, lower)
                || (lower.len() > 4
                    && lower.ends_with("ing")
                    && !determined
                    && word.starts_with(|c: char| c.is_lowercase()))
            {
                verb_before = true;
                break;
            }
            if PREPOSITIONS.contains(&lower) {
                after_preposition = true;
            } else if word.chars().next().is_some_and(char::is_lowercase) && lower != "the" {
                after_preposition = false;
            }
        }
        if verb_before {
            done_sentence = sentence;
            continue;
        }
        // The tokens just before the mention decide whether a preposition governs it.
        let governed = last_word_before(document, first_token, from)
            .is_some_and(|w| PREPOSITIONS.contains(&w) || (w == "the" && after_preposition));
        if !governed {
            result[i] = true;
            done_sentence = sentence;
        }
    }
    result
}

fn last_word_before<'d>(document: &'d Document<'_>, at: usize, floor: usize) -> Option<&'d str> {
    (floor..at).rev().find(|&i| document.tokens[i].kind == TokenKind::Word).map(|i| document.norm(i))
}

fn is_verb(word: &str, lower: &str) -> bool {
    let lower_case = word.chars().next().is_some_and(char::is_lowercase);
    lower_case && (VERBS.contains(&lower) || (lower.len() > 4 && lower.ends_with("ed")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject_flags(text: &str, names: &[&str]) -> Vec<bool> {
        let document = Document::new(text);
        let mentions: Vec<Mention> = names
            .iter()
            .map(|name| {
                let start = text.find(name).expect("the name is in the text");
                Mention {
                    start,
                    end: start + name.len(),
                    text: name.to_string(),
                    kind: MentionType::Person,
                    confidence: 1.0,
                    value: None,
                    entity: None,
                    sentiment: None,
                }
            })
            .collect();
        let of: Vec<Option<usize>> = (0..mentions.len()).map(Some).collect();
        subjects(&document, &mentions, &of, None)
    }

    #[test]
    fn the_first_name_before_the_verb_is_the_subject() {
        assert_eq!(subject_flags("In Kyiv, Blinken said aid would flow.", &["Kyiv", "Blinken"]), [false, true]);
        assert_eq!(subject_flags("Officials said Blinken met Zelensky.", &["Blinken", "Zelensky"]), [false, false]);
        assert_eq!(subject_flags("Blinken visits Kyiv", &["Blinken", "Kyiv"]), [true, false]);
        assert_eq!(subject_flags("The talks with Scholz ended.", &["Scholz"]), [false]);
    }

    #[test]
    fn a_short_first_line_without_a_period_is_the_headline() {
        let document = Document::new("Blinken visits Kyiv\n\nThe secretary arrived on Monday.");
        assert_eq!(headline(&document), Some((0, 19)));
        assert_eq!(headline(&Document::new("One line.\n\nAnother line.")), None);
        assert_eq!(headline(&Document::new("Only a title")), None);
    }
}
