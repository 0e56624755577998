//! Entities: who and what the article talks about.
//!
//! Two recognizers run over the same [`Document`]: a trained sequence tagger for people,
//! places, organizations and other names (`tagger`), and rules for dates, times, money,
//! percentages, quantities, ordinals and cardinals (`numeric`). [`mentions`] merges the two
//! into one list in text order without overlaps.

pub mod numeric;
pub mod tagger;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::segment::Document;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionType {
    Person,
    Location,
    Organization,
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
    Ordinal,
    Cardinal,
}

/// A normalized value, where the text states it clearly.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Cardinals, ordinals and percentages: `137000`, `3`, `3.5`.
    Number(f64),
    /// Dates and times as ISO 8601 prefixes: `"2024-05"`, `"2014"`, `"2024-05-03"`, `"18:15"`.
    Text(String),
    /// Money: `{"amount": 1200000000, "currency": "USD"}`.
    Money { amount: f64, currency: String },
    /// Quantities: `{"amount": 40, "unit": "km"}`.
    Quantity { amount: f64, unit: String },
}

/// One mention of an entity in the text: byte offsets in Rust, UTF-16 units in JS.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: MentionType,
    /// How sure the recognizer is, in [0, 1].
    #[serde(serialize_with = "crate::analysis::rounded")]
    pub confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// All mentions in `document`, in text order, without overlaps: where a name and a number
/// overlap, the longer span wins, and the name wins a tie.
pub fn mentions(document: &Document<'_>) -> Vec<Mention> {
    let names = tagger::mentions(document);
    let numbers = numeric::mentions(document);
    merge(names, numbers)
}

fn merge(names: Vec<Mention>, numbers: Vec<Mention>) -> Vec<Mention> {
    let mut all: Vec<(Mention, bool)> = names
        .into_iter()
        .map(|m| (m, true))
        .chain(numbers.into_iter().map(|m| (m, false)))
        .collect();
    // Longest first, names first among equals, so that the first kept wins every overlap.
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, na) = &all[a];
        let (mb, nb) = &all[b];
        (mb.end - mb.start).cmp(&(ma.end - ma.start)).then(nb.cmp(na)).then(ma.start.cmp(&mb.start))
    });
    let mut kept: Vec<usize> = Vec::new();
    // Kept spans never overlap, so the one starting last before `end` is the only candidate.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for index in order {
        let mention = &all[index].0;
        let overlaps = taken
            .range(..mention.end)
            .next_back()
            .is_some_and(|(_, &end)| end > mention.start);
        if !overlaps && mention.start < mention.end {
            taken.insert(mention.start, mention.end);
            kept.push(index);
        }
    }
    kept.sort_by_key(|&index| all[index].0.start);
    let mut slots: Vec<Option<Mention>> = all.drain(..).map(|(m, _)| Some(m)).collect();
    kept.into_iter().filter_map(|index| slots[index].take()).collect()
}
