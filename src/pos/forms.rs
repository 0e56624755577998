//! Tagging at the cost of a few additions a token. The features of a word are the same
//! wherever it occurs ([`features`] groups them by what they depend on), so a document looks
//! up each distinct form's feature rows once, for each place the form can take (the token
//! itself, one or two before it, one or two after) and sums them, and the rows of the tag
//! context (a bias, the two tags before) are summed once for the model. A token then costs one
//! hashed feature (the tag before it with its word) and six additions of 46 scores: the same features
//! and weights as [`features::features`], the same tags.
//!
//! Memory: 920 bytes (five places of 46 scores) and the normalised text per distinct form (a
//! form first in its sentence counts apart: its shape feature differs), and 400 KB for the
//! tag context, once.

use std::borrow::Cow;
use std::collections::HashMap;

use super::features::{self, Word};
use super::model::Model;
use super::tag::{Tag, COUNT};

/// A form's weights in one place: the sum of its features' rows there, one score a tag.
type Scores = [f32; COUNT];

/// The places a form's features are summed for: the token itself, one and two before it, one
/// and two after.
const OWN: usize = 0;
const BEFORE: usize = 1;
const SECOND_BEFORE: usize = 2;
const AFTER: usize = 3;
const SECOND_AFTER: usize = 4;
const PLACES: usize = 5;

/// Adds the rows of `keys` into `scores`.
fn sum(model: &Model, keys: &[u32], scores: &mut Scores) {
    for &key in keys {
        model.add_row(model.row(key), scores);
    }
}

/// A function that writes one group of a neighbour's feature keys.
type KeyGroup = fn(Option<&Word>, &mut Vec<u32>);

/// Writes the features of `word` (`None`: beyond the sentence's end) in each place into `out`.
/// `out` starts at zero.
fn place_scores(model: &Model, word: Option<&Word>, keys: &mut Vec<u32>, out: &mut [Scores; PLACES]) {
    let groups: [(usize, KeyGroup); 4] = [
        (BEFORE, features::before_keys),
        (SECOND_BEFORE, features::second_before_keys),
        (AFTER, features::after_keys),
        (SECOND_AFTER, features::second_after_keys),
    ];
    for (place, group) in groups {
        keys.clear();
        group(word, keys);
        sum(model, keys, &mut out[place]);
    }
    if let Some(word) = word {
        keys.clear();
        features::own_keys(word, keys);
        sum(model, keys, &mut out[OWN]);
    }
}

/// The summed weights of the tag context for every pair of tags before a token, and of the
/// absent words beyond a sentence's ends, found once for a model.
pub struct Context {
    /// Per (tag before, tag two before), each index [`COUNT`] for "no tag": the bias and the
    /// three tag features.
    pairs: Vec<Scores>,
    /// A missing word's weights in each place.
    absent: [Scores; PLACES],
}

fn slot(tag: u8) -> usize {
    usize::from(tag).min(COUNT)
}

impl Context {
    pub fn new(model: &Model) -> Context {
        let mut keys = Vec::with_capacity(8);
        let mut pairs = Vec::with_capacity((COUNT + 1) * (COUNT + 1));
        let tag = |i: usize| if i == COUNT { u8::MAX } else { i as u8 };
        for previous in 0..=COUNT {
            for before in 0..=COUNT {
                keys.clear();
                features::context_keys(tag(previous), tag(before), &mut keys);
                let mut scores = [0.0; COUNT];
                sum(model, &keys, &mut scores);
                pairs.push(scores);
            }
        }
        let mut absent = [[0.0; COUNT]; PLACES];
        place_scores(model, None, &mut keys, &mut absent);
        Context { pairs, absent }
    }
}

/// The distinct forms of one document (or sentence list) with their weights by place.
pub struct Forms<'t> {
    /// Per form first in its sentence or not, its index by text.
    index: [HashMap<Cow<'t, str>, u32>; 2],
    scores: Vec<[Scores; PLACES]>,
    /// Each form's normalised text (for the one feature that pairs it with a tag), end to end.
    norms: String,
    ends: Vec<usize>,
    keys: Vec<u32>,
}

impl<'t> Forms<'t> {
    pub fn with_capacity(tokens: usize) -> Forms<'t> {
        let guess = tokens.min(1 << 12) / 2;
        Forms {
            index: [HashMap::with_capacity(guess), HashMap::with_capacity(16)],
            scores: Vec::with_capacity(guess),
            norms: String::with_capacity(guess * 6),
            ends: Vec::with_capacity(guess),
            keys: Vec::with_capacity(8),
        }
    }

    /// The index of the form `text` (first in its sentence: `initial`), added if new.
    pub fn form(&mut self, model: &Model, text: Cow<'t, str>, initial: bool) -> u32 {
        let map = &mut self.index[usize::from(initial)];
        if let Some(&form) = map.get(text.as_ref()) {
            return form;
        }
        let word = Word::new(&text, initial);
        self.scores.push([[0.0; COUNT]; PLACES]);
        if let Some(scores) = self.scores.last_mut() {
            place_scores(model, Some(&word), &mut self.keys, scores);
        }
        self.norms.push_str(&word.norm);
        self.ends.push(self.norms.len());
        let form = (self.scores.len() - 1) as u32;
        map.insert(text, form);
        form
    }

    fn norm(&self, form: usize) -> &str {
        let start = if form == 0 { 0 } else { self.ends[form - 1] };
        self.norms.get(start..self.ends[form]).unwrap_or_default()
    }

    /// Tags one sentence given as form indices, greedily left to right, appending to `tags`.
    pub fn tag(&self, model: &Model, context: &Context, sentence: &[u32], tags: &mut Vec<Tag>) {
        let place = |j: Option<usize>, place: usize| {
            j.and_then(|j| sentence.get(j)).map_or(&context.absent[place], |&f| &self.scores[f as usize][place])
        };
        let (mut previous, mut before) = (u8::MAX, u8::MAX);
        for (i, &form) in sentence.iter().enumerate() {
            let mut scores = context.pairs[slot(previous) * (COUNT + 1) + slot(before)];
            for part in [
                &self.scores[form as usize][OWN],
                place(i.checked_sub(1), BEFORE),
                place(i.checked_sub(2), SECOND_BEFORE),
                place(Some(i + 1), AFTER),
                place(Some(i + 2), SECOND_AFTER),
            ] {
                for (score, add) in scores.iter_mut().zip(part) {
                    *score += add;
                }
            }
            model.add_row(model.row(features::word_tag_key(previous, self.norm(form as usize))), &mut scores);
            let best = super::best(&scores);
            tags.push(Tag(best));
            (before, previous) = (previous, best);
        }
    }
}
