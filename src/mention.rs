//! Mentions: the spans of text that name something (a person, a place, a date, an amount),
//! as the name tagger and the numeric rules find them. The type sits below both stages, which
//! fill it, and below `entity`, which groups the name mentions into entities.

use serde::Serialize;

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
    #[serde(serialize_with = "crate::serial::rounded")]
    pub confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// The id of the entity this mention names (see [`entities`](crate::entity::entities)); none for numbers and dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<usize>,
    /// The sentiment the sentence expresses toward this name; filled in by the analysis, none
    /// for numbers and dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<crate::sentiment::target::TargetSentiment>,
}

/// The indices of `mentions` in text order. One sort for every stage keeps the wasm small.
pub(crate) fn text_order(mentions: &[Mention]) -> Vec<usize> {
    let mut keys: Vec<(usize, usize, usize)> = mentions.iter().enumerate().map(|(i, m)| (m.start, m.end, i)).collect();
    keys.sort_unstable();
    keys.into_iter().map(|(_, _, i)| i).collect()
}
