//! BILOU labels over the four name types, and which label may follow which.
//!
//! A label is a small index: 0 is `O` (outside any name); `1 + 4 × type + position` is
//! position B (begin), I (inside), L (last) or U (unit, a one-token name) of a name of `type`
//! (PER, LOC, ORG, MISC). BILOU rather than BIO lets the weights tell a one-token name from the
//! start of a longer one, which helps linear taggers (Ratinov & Roth 2009).

use crate::mention::MentionType;

/// Number of labels: `O` plus four positions for each of four types.
pub const LABELS: usize = 17;
/// The four name types, in label order.
pub const TYPES: [MentionType; 4] =
    [MentionType::Person, MentionType::Location, MentionType::Organization, MentionType::Misc];
#[cfg(feature = "eval")]
/// The CoNLL-2003 names of [`TYPES`].
pub const CONLL_TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

pub const OUTSIDE: u8 = 0;
pub const BEGIN: u8 = 0;
pub const INSIDE: u8 = 1;
pub const LAST: u8 = 2;
pub const UNIT: u8 = 3;

#[cfg(any(test, feature = "train"))]
/// The label for `position` (BEGIN, INSIDE, LAST, UNIT) of a name of type index `kind`.
pub fn label(kind: usize, position: u8) -> u8 {
    1 + 4 * kind as u8 + position
}

/// The type index and position of a label, or `None` for `O`.
pub fn parts(label: u8) -> Option<(usize, u8)> {
    (label != OUTSIDE).then(|| (((label - 1) / 4) as usize, (label - 1) % 4))
}

/// Whether `next` may follow `previous` (`None`: the start of a sentence).
pub fn allowed(previous: Option<u8>, next: u8) -> bool {
    let open = previous.and_then(parts).filter(|&(_, p)| p == BEGIN || p == INSIDE);
    match (open, parts(next)) {
        (Some((kind, _)), Some((next_kind, p))) => kind == next_kind && (p == INSIDE || p == LAST),
        (Some(_), None) => false,
        (None, Some((_, p))) => p == BEGIN || p == UNIT,
        (None, None) => true,
    }
}

/// Whether a sentence may end after `label`.
pub fn may_end(label: u8) -> bool {
    !matches!(parts(label), Some((_, BEGIN | INSIDE)))
}

/// Name spans `(first token, end token, type index)` of a valid label sequence.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, &label) in labels.iter().enumerate() {
        match parts(label) {
            Some((_, BEGIN)) => start = i,
            Some((kind, LAST)) => spans.push((start, i + 1, kind)),
            Some((kind, UNIT)) => spans.push((i, i + 1, kind)),
            _ => {}
        }
    }
    spans
}

#[cfg(any(test, feature = "train"))]
/// The BILOU labels of `spans` over `len` tokens.
pub fn from_spans(len: usize, spans: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut labels = vec![OUTSIDE; len];
    for &(start, end, kind) in spans {
        if end == start + 1 {
            labels[start] = label(kind, UNIT);
        } else {
            labels[start] = label(kind, BEGIN);
            for slot in &mut labels[start + 1..end - 1] {
                *slot = label(kind, INSIDE);
            }
            labels[end - 1] = label(kind, LAST);
        }
    }
    labels
}

/// A name found by the tagger: tokens `start..end` of one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    /// Index into [`TYPES`].
    pub kind: usize,
    pub confidence: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_labels_round_trip() {
        let spans = vec![(0, 2, 0), (3, 4, 1), (5, 8, 3)];
        let labels = from_spans(9, &spans);
        assert_eq!(super::spans(&labels), spans);
        let mut previous = None;
        for &l in &labels {
            assert!(allowed(previous, l));
            previous = Some(l);
        }
        assert!(may_end(labels[8]));
    }

    #[test]
    fn a_name_cannot_change_type_or_stop_in_the_middle() {
        assert!(!allowed(Some(label(0, BEGIN)), label(1, LAST)));
        assert!(!allowed(Some(label(0, INSIDE)), OUTSIDE));
        assert!(!allowed(None, label(2, INSIDE)));
        assert!(!may_end(label(2, BEGIN)));
    }
}
