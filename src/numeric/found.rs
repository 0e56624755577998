//! What a rule proposes at a token, and the fixed confidence of each rule family.

use crate::mention::{MentionType, Value};

/// What a rule found at a token: the mention runs from that token up to `end` (exclusive).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Found {
    pub end: usize,
    pub kind: MentionType,
    pub value: Option<Value>,
    pub confidence: f32,
}

/// The fixed confidence of each rule family.
pub(super) struct Confidence {
    pub iso_date: f32,
    pub full_date: f32,
    pub month_year: f32,
    pub month_day: f32,
    pub month: f32,
    pub ambiguous_month: f32,
    pub weekday: f32,
    pub relative: f32,
    pub year_cued: f32,
    pub year_bare: f32,
    pub decade: f32,
    pub duration: f32,
    pub holiday: f32,
    pub time_clear: f32,
    pub time_colon: f32,
    pub money_symbol: f32,
    pub money_word: f32,
    pub percent_sign: f32,
    pub percent_word: f32,
    pub quantity: f32,
    pub digits_ordinal: f32,
    pub digits: f32,
    pub words: f32,
    pub one: f32,
    pub vague: f32,
}

pub(super) const CONFIDENCE: Confidence = Confidence {
    iso_date: 0.95,
    full_date: 0.95,
    month_year: 0.9,
    month_day: 0.9,
    month: 0.85,
    ambiguous_month: 0.75,
    weekday: 0.85,
    relative: 0.9,
    year_cued: 0.85,
    year_bare: 0.7,
    decade: 0.9,
    duration: 0.75,
    holiday: 0.7,
    time_clear: 0.95,
    time_colon: 0.75,
    money_symbol: 0.95,
    money_word: 0.9,
    percent_sign: 0.98,
    percent_word: 0.95,
    quantity: 0.85,
    digits_ordinal: 0.95,
    digits: 0.9,
    words: 0.8,
    one: 0.6,
    vague: 0.6,
};
