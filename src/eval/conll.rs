//! CoNLL-2003 files (`word POS chunk NER` per line, blank lines between sentences) and the
//! conlleval measure: a name counts only with the exact token span and the right type.
//!
//! Documents: `-DOCSTART-` lines separate them where present; otherwise a new document starts
//! at the headline before each dateline (a short sentence ending in `YYYY-MM-DD`, as in
//! "LONDON 1996-08-30"), which is how Reuters stories open in these files.

use std::fmt;

use crate::entity::tagger::label::CONLL_TYPES;

/// One sentence: its tokens and its names `(first token, end token, type index)`.
#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub names: Vec<(usize, usize, usize)>,
}

/// One document: its sentences.
pub type Doc = Vec<Sentence>;

/// Parses a CoNLL file into documents. Tags that are not `O`, `B-T` or `I-T` with a known `T`
/// are an error naming the line.
pub fn parse(text: &str) -> Result<Vec<Doc>, String> {
    let mut sentences: Vec<(Sentence, bool)> = Vec::new();
    let mut current = Sentence::default();
    let mut tags: Vec<Option<(usize, bool)>> = Vec::new();
    let mut doc_break = false;
    let mut finish = |current: &mut Sentence, tags: &mut Vec<Option<(usize, bool)>>, doc_break: &mut bool| {
        if !current.tokens.is_empty() {
            current.names = names_of_tags(tags);
            sentences.push((std::mem::take(current), *doc_break));
            *doc_break = false;
        }
        tags.clear();
    };
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            finish(&mut current, &mut tags, &mut doc_break);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            finish(&mut current, &mut tags, &mut doc_break);
            doc_break = true;
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(word), Some(tag)) = (fields.first(), fields.last()) else { continue };
        let tag = if *tag == "O" {
            None
        } else {
            let (prefix, kind) = tag.split_once('-').ok_or_else(|| format!("line {}: bad tag {tag}", number + 1))?;
            let kind = CONLL_TYPES
                .iter()
                .position(|t| *t == kind)
                .ok_or_else(|| format!("line {}: unknown type {kind}", number + 1))?;
            match prefix {
                "B" => Some((kind, true)),
                "I" => Some((kind, false)),
                _ => return Err(format!("line {}: bad tag {tag}", number + 1)),
            }
        };
        current.tokens.push((*word).to_owned());
        tags.push(tag);
    }
    finish(&mut current, &mut tags, &mut doc_break);
    let explicit = sentences.iter().any(|(_, b)| *b);
    let mut docs: Vec<Doc> = Vec::new();
    let mut pending: Vec<Sentence> = Vec::new();
    for (i, (sentence, doc_break)) in sentences.iter().enumerate() {
        let starts = if explicit {
            *doc_break
        } else {
            sentences.get(i + 1).is_some_and(|(next, _)| is_dateline(next)) && !is_dateline(sentence)
        };
        if starts && !pending.is_empty() {
            docs.push(std::mem::take(&mut pending));
        }
        pending.push(sentence.clone());
    }
    if !pending.is_empty() {
        docs.push(pending);
    }
    Ok(docs)
}

fn is_dateline(sentence: &Sentence) -> bool {
    sentence.tokens.len() <= 8
        && sentence.tokens.last().is_some_and(|t| {
            let b = t.as_bytes();
            b.len() == 10 && b[4] == b'-' && b[7] == b'-' && t.bytes().filter(u8::is_ascii_digit).count() == 8
        })
}

/// conlleval's chunks: a name starts at B, or at I after O or after another type.
fn names_of_tags(tags: &[Option<(usize, bool)>]) -> Vec<(usize, usize, usize)> {
    let mut names = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let continues = matches!((open, tag), (Some((_, kind)), Some((k, false))) if *k == kind);
        if !continues {
            if let Some((start, kind)) = open.take() {
                names.push((start, i, kind));
            }
            if let Some((kind, _)) = tag {
                open = Some((i, *kind));
            }
        }
    }
    if let Some((start, kind)) = open {
        names.push((start, tags.len(), kind));
    }
    names
}

/// Counts for precision, recall and F1, per type.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// (true positives, predicted, gold) per type.
    pub counts: [(usize, usize, usize); 4],
    pub tokens: usize,
}

fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 { 0.0 } else { tp as f64 / predicted as f64 };
    let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl Scores {
    /// Adds one sentence's predicted and gold names.
    pub fn add(&mut self, predicted: &[(usize, usize, usize)], gold: &[(usize, usize, usize)]) {
        for p in predicted {
            self.counts[p.2].1 += 1;
            if gold.contains(p) {
                self.counts[p.2].0 += 1;
            }
        }
        for g in gold {
            self.counts[g.2].2 += 1;
        }
    }

    /// Overall (micro) precision, recall and F1.
    pub fn overall(&self) -> (f64, f64, f64) {
        let sum = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        prf(sum.0, sum.1, sum.2)
    }

    /// Precision, recall and F1 of one type.
    pub fn of_type(&self, kind: usize) -> (f64, f64, f64) {
        let c = self.counts[kind];
        prf(c.0, c.1, c.2)
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<8} {:>9} {:>9} {:>9} {:>7} {:>7}", "type", "precision", "recall", "F1", "gold", "found")?;
        for (kind, name) in CONLL_TYPES.iter().enumerate() {
            let (p, r, f1) = self.of_type(kind);
            let c = self.counts[kind];
            writeln!(f, "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}", name, p, r, f1, c.2, c.1)?;
        }
        let (p, r, f1) = self.overall();
        let gold: usize = self.counts.iter().map(|c| c.2).sum();
        let found: usize = self.counts.iter().map(|c| c.1).sum();
        write!(f, "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}", "overall", p, r, f1, gold, found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_tags_become_names_and_documents_split_at_datelines() {
        let text = "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\nBRUSSELS NNP B-NP B-LOC\n1996-08-22 CD I-NP O\n\nSOCCER NN B-NP O\n\nLONDON NNP B-NP I-LOC\n1996-08-23 CD I-NP O\n";
        let docs = parse(text).expect("valid CoNLL");
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0][0].names, vec![(0, 1, 2), (2, 3, 3)]);
        assert_eq!(docs[1][0].names, vec![(0, 2, 0)]);
        assert_eq!(docs[2][1].names, vec![(0, 1, 1)]);
    }

    #[test]
    fn scores_follow_conlleval() {
        let mut scores = Scores::default();
        scores.add(&[(0, 2, 0), (3, 4, 1)], &[(0, 2, 0), (3, 5, 1)]);
        assert_eq!(scores.overall(), (0.5, 0.5, 0.5));
    }
}
