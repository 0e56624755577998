//! NewsMTSC lines (`{"set", "text", "targets": [{"start", "end", "label"}]}`, code-point
//! offsets) and the scores the paper reports: macro-F1 over the three classes, accuracy and
//! per-class precision, recall and F1. Shared by `newslens eval targets` and training.

use crate::sentiment::Label;

/// One sentence with its gold targets, offsets in bytes.
pub struct Line {
    pub set: String,
    pub text: String,
    /// (start, end, gold label)
    pub targets: Vec<(usize, usize, Label)>,
}

/// Parses one JSON line; `None` when it is not a NewsMTSC line.
pub fn parse(line: &str) -> Option<Line> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let text = value.get("text")?.as_str()?.to_owned();
    let set = value.get("set").and_then(|s| s.as_str()).unwrap_or("").to_owned();
    // Code-point offset → byte offset.
    let mut bytes: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    bytes.push(text.len());
    let mut targets = Vec::new();
    for target in value.get("targets")?.as_array()? {
        let start = *bytes.get(target.get("start")?.as_u64()? as usize)?;
        let end = *bytes.get(target.get("end")?.as_u64()? as usize)?;
        let label = match target.get("label")?.as_str()? {
            "positive" => Label::Positive,
            "negative" => Label::Negative,
            _ => Label::Neutral,
        };
        targets.push((start, end, label));
    }
    Some(Line { set, text, targets })
}

/// Gold against predicted labels, counted.
#[derive(Clone, Debug, Default)]
pub struct Confusion {
    /// [gold][predicted], classes in the order negative, neutral, positive.
    pub counts: [[usize; 3]; 3],
}

pub fn class(label: Label) -> usize {
    match label {
        Label::Negative => 0,
        Label::Neutral => 1,
        Label::Positive => 2,
    }
}

impl Confusion {
    pub fn add(&mut self, gold: Label, predicted: Label) {
        self.counts[class(gold)][class(predicted)] += 1;
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    pub fn accuracy(&self) -> f64 {
        let right: usize = (0..3).map(|c| self.counts[c][c]).sum();
        right as f64 / self.total().max(1) as f64
    }

    /// Precision, recall and F1 of one class (0 negative, 1 neutral, 2 positive).
    pub fn class_scores(&self, c: usize) -> (f64, f64, f64) {
        let right = self.counts[c][c] as f64;
        let predicted: usize = (0..3).map(|g| self.counts[g][c]).sum();
        let gold: usize = self.counts[c].iter().sum();
        let precision = if predicted == 0 { 0.0 } else { right / predicted as f64 };
        let recall = if gold == 0 { 0.0 } else { right / gold as f64 };
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        (precision, recall, f1)
    }

    /// The mean F1 of the three classes (NewsMTSC's F1m).
    pub fn macro_f1(&self) -> f64 {
        (0..3).map(|c| self.class_scores(c).2).sum::<f64>() / 3.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets_become_byte_offsets() {
        let line =
            r#"{"set": "x", "text": "Zoë praised Kim.", "targets": [{"start": 12, "end": 15, "label": "positive"}]}"#;
        let parsed = parse(line).expect("a NewsMTSC line parses");
        let (start, end, label) = parsed.targets[0];
        assert_eq!(&parsed.text[start..end], "Kim");
        assert_eq!(label, Label::Positive);
        assert!(parse("{}").is_none());
        assert!(parse(r#"{"text": "a", "targets": [{"start": 5, "end": 9, "label": "neutral"}]}"#).is_none());
    }

    #[test]
    fn macro_f1_averages_the_three_classes() {
        let mut confusion = Confusion::default();
        confusion.add(Label::Positive, Label::Positive);
        confusion.add(Label::Negative, Label::Negative);
        confusion.add(Label::Neutral, Label::Negative);
        assert!((confusion.accuracy() - 2.0 / 3.0).abs() < 1e-9);
        // F1: negative 2/3, neutral 0, positive 1.
        assert!((confusion.macro_f1() - (2.0 / 3.0 + 1.0) / 3.0).abs() < 1e-9);
    }
}
