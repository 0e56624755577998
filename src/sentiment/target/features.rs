//! Features of one target in its sentence, each credited to the token it comes from so that a
//! target's score can be explained word by word.
//!
//! The sentence is read once into [`Unit`]s (word key, valence, role, whether the token sits
//! inside a quotation, whether it is negated); each target then looks at no more than
//! [`WINDOW`] tokens on either side, so that a sentence full of names costs its length times a
//! constant, never its length squared. Per context word: the word by side (left or right of the
//! target), by side and distance (1, 2, 3, 4-6 tokens: the verb of which the target is subject
//! or object lands here, "X criticized Y", "Y was praised"), the word when no clause boundary
//! (comma, semicolon, dash, "who", "but") lies between it and the target, the word inside a
//! quotation the target stands outside of (a quote's words belong to its subject, not to its
//! speaker), the bigrams of the window (and the one next to the target on each side), and the
//! word's lexicon valence and its share of the sentence model's margin, by side, distance and
//! clause. Per target: the sentence's summed valence, whether the target is quoted,
//! possessive ("Trump's failure"), a pronoun, or opens the sentence. Words marked negated keep
//! separate weights.

use std::ops::Range;
use std::sync::LazyLock;

use super::super::lexicon::{Lexicon, Role};
use super::super::word;

/// Tokens looked at on each side of a target.
pub const WINDOW: usize = 20;

const BIAS: u64 = 1;
const SIDE_WORD: u64 = 2;
const NEAR_WORD: u64 = 3;
const CLAUSE_WORD: u64 = 4;
const QUOTED_WORD: u64 = 5;
const NEAR_BIGRAM: u64 = 6;
const VALENCE: u64 = 7;
const TARGET_SHAPE: u64 = 8;
const NEGATED: u64 = 1 << 40;

/// One token of the sentence as the features see it.
#[derive(Clone, Copy, Debug)]
pub struct Unit {
    pub key: u64,
    /// VADER valence on -4..4, flipped and shrunk inside a negation's scope.
    pub valence: f32,
    pub negated: bool,
    /// Inside a quotation.
    pub quoted: bool,
    /// Punctuation, which has no word features of its own.
    pub punct: bool,
    /// Ends a clause for the features: punctuation other than quotes, "who", "but" ...
    pub boundary: bool,
    /// The token's share of the sentence model's margin (log-odds of positive).
    pub sentence_share: f32,
}

/// Words that end a clause for the features, besides punctuation and contrast words.
const CLAUSE_WORDS: &[&str] = &["who", "which", "whom", "while", "whereas", "and", "said", "says"];

/// The sentence's tokens (text, whether punctuation) as units: straight quotes toggle the
/// quoted state, curly ones open or close it; negation runs to the end of the clause.
pub fn units<'t>(tokens: impl Iterator<Item = (&'t str, bool)>, lexicon: &Lexicon<'_>) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut negated = false;
    for (text, punct) in tokens {
        let key = word::key(text);
        let role = lexicon.role(text, key);
        let is_quote = matches!(text, "\"" | "“" | "”" | "``" | "''" | "«" | "»" | "„");
        if is_quote {
            quoted = match text {
                "“" | "``" | "«" | "„" => true,
                "”" | "''" | "»" => false,
                _ => !quoted,
            };
        }
        let boundary =
            (punct && !is_quote) || matches!(role, Role::Contrast | Role::Boundary) || CLAUSE_KEYS.contains(&key);
        let mut valence = if punct { 0.0 } else { lexicon.valence(key) };
        if negated {
            valence *= -0.74;
        }
        out.push(Unit {
            key,
            valence,
            negated: negated && !punct,
            quoted: quoted && !is_quote,
            punct,
            boundary,
            sentence_share: 0.0,
        });
        match role {
            Role::Negator => negated = true,
            Role::Boundary | Role::Contrast => negated = false,
            _ if punct => negated = false,
            _ => {}
        }
    }
    out
}

static CLAUSE_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| CLAUSE_WORDS.iter().map(|w| word::key(w)).collect());
static POSSESSIVE: LazyLock<[u64; 2]> = LazyLock::new(|| [word::key("'s"), word::key("'")]);

/// A feature: a table index, its value and the token (index into the units) it is credited to;
/// `token` is `u32::MAX` for features of the target itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Feature {
    pub index: u32,
    pub value: f32,
    pub token: u32,
}

/// No token: the feature describes the target.
pub const NO_TOKEN: u32 = u32::MAX;

const PRONOUNS: &[&str] = &[
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you",
    "your", "it", "its",
];

/// The table slot of the bias feature, which every target has.
#[cfg(feature = "train")]
pub fn bias_slot(bits: u32) -> u32 {
    (word::mix(BIAS, 0, 0) >> (64 - bits)) as u32
}

/// The sums of the sentence's positive and negative valences (both positive).
pub fn totals(units: &[Unit]) -> (f32, f32) {
    units.iter().fold((0.0, 0.0), |(pos, neg), unit| (pos + unit.valence.max(0.0), neg - unit.valence.min(0.0)))
}

/// Appends the features of the target `target` (unit indices) to `out`; `totals` are the
/// sentence's [`totals`].
pub fn extract(
    units: &[Unit],
    totals: (f32, f32),
    target: Range<usize>,
    first_text: &str,
    bits: u32,
    out: &mut Vec<Feature>,
) {
    let slot = |hash: u64| (hash >> (64 - bits)) as u32;
    let start = target.start.min(units.len());
    let end = target.end.clamp(start, units.len());
    out.push(Feature { index: slot(word::mix(BIAS, 0, 0)), value: 1.0, token: NO_TOKEN });
    let target_quoted = units.get(start).is_some_and(|u| u.quoted);
    let mut shape = |what: u64, value: u64| {
        out.push(Feature { index: slot(word::mix(TARGET_SHAPE, what, value)), value: 1.0, token: NO_TOKEN });
    };
    if target_quoted {
        shape(1, 0);
    }
    if start == 0 {
        shape(2, 0);
    }
    if units.get(end).is_some_and(|u| POSSESSIVE.contains(&u.key)) {
        shape(3, 0);
    }
    let lower = first_text.to_lowercase();
    if end == start + 1 && PRONOUNS.contains(&lower.as_str()) {
        shape(4, word::key(&lower));
    }
    // Left side, nearest first, then the right side.
    let left = (start.saturating_sub(WINDOW)..start).rev();
    let right = end..units.len().min(end + WINDOW);
    // The sentence's overall valence, summed once per sentence by the caller.
    let (pos, neg) = totals;
    let level = (pos.min(8.0) as u64) * 16 + neg.min(8.0) as u64;
    for (what, value, b) in [(10, pos / 4.0, 0), (11, neg / 4.0, 0), (12, 1.0, level)] {
        out.push(Feature { index: slot(word::mix(TARGET_SHAPE, what, b)), value, token: NO_TOKEN });
    }
    for (side, indices) in [(0u64, left.collect::<Vec<_>>()), (1u64, right.collect::<Vec<_>>())] {
        let mut same_clause = true;
        let mut words = 0usize;
        let mut previous: Option<u64> = None;
        for (distance, &i) in indices.iter().enumerate() {
            let unit = units[i];
            if unit.boundary && distance > 0 {
                same_clause = false;
            }
            if unit.punct {
                if unit.boundary {
                    same_clause = false;
                }
                continue;
            }
            words += 1;
            let key = if unit.negated { unit.key ^ NEGATED } else { unit.key };
            let token = i as u32;
            let mut push = |kind: u64, a: u64, b: u64, value: f32| {
                out.push(Feature { index: slot(word::mix(kind, a, b)), value, token });
            };
            push(SIDE_WORD, side, key, 1.0);
            push(SIDE_WORD, 2, key, 1.0);
            let bucket = match distance {
                0 => 0,
                1 => 1,
                2 => 2,
                3..=5 => 3,
                _ => 4,
            };
            if bucket < 4 {
                push(NEAR_WORD, side * 8 + bucket, key, 1.0);
            }
            // Every bigram of the window, in either reading direction.
            if let Some(before) = previous {
                push(NEAR_BIGRAM, 7, word::mix(0, before.min(key), before.max(key)), 1.0);
            }
            if same_clause {
                push(CLAUSE_WORD, side, key, 1.0);
            }
            if unit.quoted && !target_quoted {
                push(QUOTED_WORD, 0, key, 1.0);
            }
            if words == 2 {
                if let Some(before) = previous {
                    push(NEAR_BIGRAM, side, word::mix(0, before, key), 1.0);
                }
            }
            if unit.valence != 0.0 {
                let sign = u64::from(unit.valence > 0.0);
                let near = u64::from(distance < 4) + u64::from(same_clause) * 2;
                let value = unit.valence.abs() / 4.0;
                push(VALENCE, sign, side * 4 + near, value);
                push(VALENCE, sign + 2, u64::from(unit.quoted && !target_quoted), value);
            }
            if unit.sentence_share.abs() > 0.05 {
                let sign = u64::from(unit.sentence_share > 0.0);
                let near = u64::from(distance < 4) + u64::from(same_clause) * 2;
                let value = unit.sentence_share.abs();
                push(VALENCE, 10 + sign, side * 4 + near, value);
                push(VALENCE, 12 + sign, u64::from(unit.quoted && !target_quoted), value);
            }
            if unit.boundary {
                same_clause = false;
            }
            previous = Some(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units_of(text: &str) -> Vec<Unit> {
        let lexicon = Lexicon::embedded();
        units(text.split(' ').map(|t| (t, !t.chars().any(char::is_alphanumeric))), &lexicon)
    }

    #[test]
    fn quotation_marks_set_the_quoted_flag() {
        let units = units_of("Smith said \" Jones is a liar \" today");
        let quoted: Vec<bool> = units.iter().map(|u| u.quoted).collect();
        assert_eq!(quoted, [false, false, false, true, true, true, true, false, false]);
    }

    #[test]
    fn negation_flips_valence_up_to_punctuation() {
        let units = units_of("he is not good , good");
        assert!(units[3].valence < 0.0 && units[3].negated);
        assert!(units[5].valence > 0.0 && !units[5].negated);
    }

    #[test]
    fn every_feature_is_credited_inside_the_window() {
        let units = units_of("critics said that Smith , who was praised , failed badly");
        let mut out = Vec::new();
        extract(&units, totals(&units), 3..4, "Smith", 18, &mut out);
        assert!(out.len() > 10);
        for feature in out {
            assert!(feature.token == NO_TOKEN || (feature.token as usize) < units.len());
            assert!(feature.index < 1 << 18);
        }
    }

    #[test]
    fn a_target_at_either_end_or_out_of_range_yields_features_without_panic() {
        let units = units_of("Smith won");
        let mut out = Vec::new();
        extract(&units, (0.0, 0.0), 0..1, "Smith", 16, &mut out);
        extract(&units, (0.0, 0.0), 1..2, "won", 16, &mut out);
        extract(&units, (0.0, 0.0), 5..9, "x", 16, &mut out);
        extract(&[], (0.0, 0.0), 0..0, "", 16, &mut out);
        assert!(!out.is_empty());
    }
}
