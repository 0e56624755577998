//! Noun phrases read off the tags by a rule: an optional determiner or possessive pronoun,
//! then modifiers (adjectives, numbers, participles, nouns, possessive "'s"), ending in a
//! noun; or a pronoun alone. [`cores`] gives the same phrases without their determiner, the
//! part a key phrase can be made of.
//!
//! Limits: no coordination ("oil and gas prices" is two phrases), and a participle before a
//! noun is taken for a modifier ("said ministers" would be one phrase; the tagger rarely gives
//! VBN there).

use std::ops::Range;

use super::tag::Tag;

/// Whether a token with `tag` may sit inside a noun phrase before its head.
pub fn is_modifier(tag: Tag) -> bool {
    tag.is_noun() || tag.is_adjective() || matches!(tag.name(), "CD" | "VBN" | "VBG" | "POS" | "FW")
}

fn is_determiner(tag: Tag) -> bool {
    matches!(tag.name(), "DT" | "PDT" | "PRP$" | "WDT" | "WP$")
}

/// The noun phrases of one sentence's tags, in order, as CoNLL's chunk column marks them.
pub fn phrases(tags: &[Tag]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if matches!(tags[i].name(), "PRP" | "EX" | "WP") {
            found.push(i..i + 1);
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < tags.len() && is_determiner(tags[j]) {
            j += 1;
        }
        let mut end = None;
        while j < tags.len() && is_modifier(tags[j]) {
            j += 1;
            if tags[j - 1].is_noun() || tags[j - 1].name() == "CD" {
                end = Some(j);
            }
            // A possessive closes its phrase: "[the company 's] [chairman]".
            if tags[j - 1].name() == "POS" {
                end = end.map(|_| j);
                break;
            }
        }
        match end {
            Some(end) => {
                found.push(start..end);
                i = end;
            }
            None if j > start => {
                // Determiners and modifiers without a head: a phrase only when it is a
                // determiner alone standing for one ("that", "all").
                if j == start + 1 && is_determiner(tags[start]) {
                    found.push(start..j);
                }
                i = j;
            }
            None => i += 1,
        }
    }
    found
}

/// The phrases of `tags` without their determiners and possessive markers at either end, and
/// without pronouns: runs of modifiers ending in a noun.
pub fn cores(tags: &[Tag]) -> Vec<Range<usize>> {
    phrases(tags)
        .into_iter()
        .filter_map(|mut range| {
            while range.start < range.end && !is_modifier(tags[range.start]) {
                range.start += 1;
            }
            while range.start < range.end && !tags[range.end - 1].is_noun() {
                range.end -= 1;
            }
            (!range.is_empty()).then_some(range)
        })
        .collect()
}

/// Precision, recall and F1 of noun phrases predicted from `tags` against the gold chunks of
/// `sentences` (exact spans).
pub fn scores(sentences: &[(Vec<Tag>, &[Option<bool>])]) -> [f64; 3] {
    let (mut right, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for (tags, chunks) in sentences {
        let found = phrases(tags);
        let mut truth = Vec::new();
        let mut start = None;
        for (i, chunk) in chunks.iter().enumerate() {
            match chunk {
                Some(true) => {
                    if let Some(s) = start {
                        truth.push(s..i);
                    }
                    start = Some(i);
                }
                Some(false) => {
                    start = start.or(Some(i));
                }
                None => {
                    if let Some(s) = start.take() {
                        truth.push(s..i);
                    }
                }
            }
        }
        if let Some(s) = start {
            truth.push(s..chunks.len());
        }
        right += found.iter().filter(|f| truth.contains(f)).count();
        predicted += found.len();
        gold += truth.len();
    }
    let p = right as f64 / predicted.max(1) as f64;
    let r = right as f64 / gold.max(1) as f64;
    [p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(names: &str) -> Vec<Tag> {
        names.split(' ').map(|n| Tag::parse(n).expect("a known tag")).collect()
    }

    #[test]
    fn phrases_run_from_determiner_to_their_last_noun() {
        // The minister announced new long-range missiles for the Crimea Platform summit .
        let t = tags("DT NN VBD JJ JJ NNS IN DT NNP NNP NN .");
        assert_eq!(phrases(&t), [0..2, 3..6, 7..11]);
        assert_eq!(cores(&t), [1..2, 3..6, 8..11]);
    }

    #[test]
    fn pronouns_are_phrases_but_not_cores() {
        let t = tags("PRP VBD PRP$ JJ NN");
        assert_eq!(phrases(&t), [0..1, 2..5]);
        assert_eq!(cores(&t), vec![3..5]);
    }
}
