//! Features of a sentence for the linear model, each tied to the tokens it comes from so that
//! the score can be explained token by token.
//!
//! Per word (punctuation has none): its word (marked when inside a negation's scope), the
//! bigram it ends, and its
//! VADER valence (flipped and shrunk inside a negation, scaled by a preceding intensifier or
//! dampener). Words and bigrams are hashed into a table of `2^bits` weights; the valence goes
//! into two dense weights (positive and negative words learn separate trust). With contrast on,
//! every value before "but" is halved and every value after it raised by half (VADER's rule),
//! and a concessive clause ("although ...,") is halved.

use super::lexicon::{Lexicon, Role};
use super::word;
#[cfg(any(test, feature = "train"))]
use crate::segment::normalize;
use crate::segment::Case;

/// Number of dense features after the hashed table: lexicon positive, lexicon negative.
pub const DENSE: usize = 2;

/// How a negated word's valence changes (VADER uses -0.74).
const NEGATED_VALENCE: f32 = -0.74;
/// Scale of a word after an intensifier or a dampener.
const INTENSIFIED: f32 = 1.3;
const DAMPENED: f32 = 0.7;
/// Weights of the clauses around a contrast word (VADER's "but" rule).
const BEFORE_CONTRAST: f32 = 0.5;
const AFTER_CONTRAST: f32 = 1.5;
/// Weight of a concessive clause.
const CONCEDED: f32 = 0.5;

/// Feature kinds, mixed into the hash.
const UNIGRAM: u64 = 1;
const NEGATED_UNIGRAM: u64 = 2;
const BIGRAM: u64 = 3;
const TRIGRAM: u64 = 4;

/// Which features and rules are on. Stored in the model so inference matches training.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config(pub u16);

impl Config {
    pub const BIGRAMS: u16 = 1;
    pub const TRIGRAMS: u16 = 2;
    pub const NEGATION: u16 = 4;
    pub const CONTRAST: u16 = 8;
    pub const MODIFIERS: u16 = 16;
    pub const LEXICON: u16 = 32;

    pub fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }
}

/// One token as the features see it.
#[derive(Clone, Copy, Debug)]
pub struct Unit {
    pub key: u64,
    pub role: Role,
    /// Written in capitals (for emphasis at inference).
    pub shouted: bool,
}

impl Unit {
    /// A token, given its text, normalised form and case class (a document's).
    pub fn new(text: &str, norm: &str, case: Case, lexicon: &Lexicon<'_>) -> Unit {
        let key = word::token_key(text, norm);
        Unit { key, role: lexicon.role(text, key), shouted: word::is_shouted(text, case) }
    }

    /// A token given as text alone (the treebank's), normalised by the document's rule.
    #[cfg(any(test, feature = "train"))]
    pub fn of_text(text: &str, lexicon: &Lexicon<'_>) -> Unit {
        Unit::new(text, &normalize(text), Case::of(text), lexicon)
    }
}

/// A feature with its value and the tokens (`first..=last`, indices into the units) it is
/// credited to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Feature {
    pub index: u32,
    pub value: f32,
    pub first: u16,
    pub last: u16,
}

/// Appends the features of `units` to `out`. Indices below `2^bits` are table slots; the dense
/// features follow at `2^bits + d`. Sentences past 65,535 tokens are cut there.
pub fn extract(units: &[Unit], lexicon: &Lexicon<'_>, config: Config, bits: u32, out: &mut Vec<Feature>) {
    let units = &units[..units.len().min(usize::from(u16::MAX))];
    let mask = (1u64 << bits) - 1;
    let slot = |hash: u64| (hash >> (64 - bits)) as u32 & mask as u32;
    let dense = 1u32 << bits;
    let mut clauses = Clauses::new(units, config);
    let mut negated = false;
    for (i, unit) in units.iter().enumerate() {
        let at = i as u16;
        let clause = clauses.weight(units, i);
        let scale = if config.has(Config::MODIFIERS) && i > 0 {
            match units[i - 1].role {
                Role::Intensifier => INTENSIFIED,
                Role::Dampener => DAMPENED,
                _ => 1.0,
            }
        } else {
            1.0
        };
        // Punctuation gets no weight of its own: in the treebank "!" leans positive and "."
        // negative, which would tilt every sentence; emphasis is a rule instead.
        let is_boundary = unit.role == Role::Boundary;
        if !is_boundary {
            let kind = if negated { NEGATED_UNIGRAM } else { UNIGRAM };
            out.push(Feature { index: slot(word::mix(kind, unit.key, 0)), value: clause * scale, first: at, last: at });
        }
        if config.has(Config::BIGRAMS) && i > 0 && !is_boundary && units[i - 1].role != Role::Boundary {
            let hash = word::mix(BIGRAM, units[i - 1].key, unit.key);
            out.push(Feature { index: slot(hash), value: clause, first: at - 1, last: at });
        }
        if config.has(Config::TRIGRAMS) && i > 1 {
            let pair = word::mix(BIGRAM, units[i - 2].key, units[i - 1].key);
            let hash = word::mix(TRIGRAM, pair, unit.key);
            out.push(Feature { index: slot(hash), value: clause, first: at - 2, last: at });
        }
        if config.has(Config::LEXICON) {
            let mut valence = lexicon.valence(unit.key) / 4.0 * scale;
            if negated {
                valence *= NEGATED_VALENCE;
            }
            if valence != 0.0 {
                let index = if valence > 0.0 { dense } else { dense + 1 };
                out.push(Feature { index, value: valence.abs() * clause, first: at, last: at });
            }
        }
        if config.has(Config::NEGATION) {
            match unit.role {
                Role::Negator => negated = true,
                Role::Boundary | Role::Contrast => negated = false,
                _ => {}
            }
        }
    }
}

/// The weight of each token's clause: 1 unless contrast is on and a contrast word or a
/// concession reshapes the sentence. Read token by token, in order, without a buffer.
struct Clauses {
    contrast_on: bool,
    /// The last contrast word, which splits the sentence.
    contrast: Option<usize>,
    conceding: bool,
}

impl Clauses {
    fn new(units: &[Unit], config: Config) -> Clauses {
        let contrast_on = config.has(Config::CONTRAST);
        let contrast = if contrast_on { units.iter().rposition(|u| u.role == Role::Contrast) } else { None };
        Clauses { contrast_on, contrast, conceding: false }
    }

    /// The weight of token `i`; called for every token, in order.
    fn weight(&mut self, units: &[Unit], i: usize) -> f32 {
        if !self.contrast_on {
            return 1.0;
        }
        if let Some(at) = self.contrast {
            return if i < at {
                BEFORE_CONTRAST
            } else if i > at {
                AFTER_CONTRAST
            } else {
                1.0
            };
        }
        match units[i].role {
            Role::Concession if i == 0 || units[i - 1].role == Role::Boundary => self.conceding = true,
            Role::Boundary => self.conceding = false,
            _ => {}
        }
        if self.conceding {
            CONCEDED
        } else {
            1.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: Config =
        Config(Config::BIGRAMS | Config::NEGATION | Config::CONTRAST | Config::MODIFIERS | Config::LEXICON);

    fn features(text: &str) -> Vec<Feature> {
        let lexicon = Lexicon::embedded();
        let units: Vec<Unit> = text.split(' ').map(|t| Unit::of_text(t, &lexicon)).collect();
        let mut out = Vec::new();
        extract(&units, &lexicon, ALL, 16, &mut out);
        out
    }

    fn lexicon_values(text: &str) -> Vec<(u32, f32)> {
        features(text).into_iter().filter(|f| f.index >= 1 << 16).map(|f| (f.index - (1 << 16), f.value)).collect()
    }

    #[test]
    fn negation_flips_the_valence_of_the_words_after_it() {
        let plain = lexicon_values("it is good");
        let negated = lexicon_values("it is not good");
        assert_eq!(plain[0].0, 0);
        assert_eq!(negated[0].0, 1);
    }

    #[test]
    fn negation_ends_at_punctuation() {
        let values = lexicon_values("not here , good");
        assert_eq!(values[0].0, 0);
    }

    #[test]
    fn words_after_but_outweigh_words_before_it() {
        let values = lexicon_values("good but bad");
        assert!(values[1].1 > 2.0 * values[0].1);
    }

    #[test]
    fn every_feature_is_credited_to_tokens_inside_the_sentence() {
        let text = "although it is n't very good , it works";
        let count = text.split(' ').count() as u16;
        for feature in features(text) {
            assert!(feature.first <= feature.last && feature.last < count);
        }
    }
}
