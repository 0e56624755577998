//! The extra name-annotated sets of `../shared/data/ner-extra/` (CoNLL form and types), each
//! split once and for all into a part to train on and a held-out part that measures transfer.
//!
//! Documents come from the set's `NAME.docs.tsv` (first sentence, sentence count) where it has
//! real documents; sets whose "documents" are whole source files (tweets, CrossNER's splits) or
//! that have no sidecar (GMB) are cut into runs of [`CHUNK`] sentences instead. Every
//! [`HOLD_OUT`]th unit (document or run), counted from the third, is held out: the split
//! depends only on the file, so training and `newslens eval ner --by-source` agree on it.

use std::path::Path;

use super::conll::{self, Doc, Sentence};

/// Sentences per unit where a set has no real documents.
pub const CHUNK: usize = 20;
/// One unit in this many is held out.
pub const HOLD_OUT: usize = 5;
/// A set with fewer documents than this is cut into runs of [`CHUNK`] sentences.
const FEW_DOCUMENTS: usize = 50;

/// One extra set: its file name (without `.txt`), whether it marks MISC names at all, and
/// whether its licence lets a shipped model learn from it.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub name: &'static str,
    /// False for sets that leave nationalities, events and works unmarked (UNER, BTC,
    /// WNUT-17): their `O` tokens may be MISC, and their held-out parts are scored without MISC.
    pub misc: bool,
    /// False for the research-only sets (GUM's non-commercial part, GMB).
    pub open: bool,
}

/// The ten sets of `ner-extra/`, as its README describes them.
pub const SOURCES: [Source; 10] = [
    Source { name: "gum", misc: true, open: true },
    Source { name: "crossner", misc: true, open: true },
    Source { name: "redocred", misc: true, open: true },
    Source { name: "uner-pud", misc: false, open: true },
    Source { name: "uner-ewt", misc: false, open: true },
    Source { name: "wnut17", misc: false, open: true },
    Source { name: "btc", misc: false, open: true },
    Source { name: "tweebank", misc: true, open: true },
    Source { name: "gum-nc", misc: true, open: false },
    Source { name: "gmb", misc: true, open: false },
];

/// The source called `name`.
pub fn find(name: &str) -> Option<Source> {
    SOURCES.iter().copied().find(|s| s.name == name)
}

/// A set read and split: the documents to train on and the held-out ones.
pub struct Split {
    pub source: Source,
    pub train: Vec<Doc>,
    pub held_out: Vec<Doc>,
    /// FNV-1a 64 of the file, for model headers.
    pub checksum: u64,
}

/// Reads `dir/NAME.txt` (and `dir/NAME.docs.tsv` where present) and splits it.
pub fn read(dir: &Path, source: Source) -> Result<Split, String> {
    let path = dir.join(format!("{}.txt", source.name));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let sentences: Vec<Sentence> =
        conll::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?.into_iter().flatten().collect();
    let sidecar = std::fs::read_to_string(dir.join(format!("{}.docs.tsv", source.name))).ok();
    let lengths = sidecar.as_deref().map(document_lengths).unwrap_or_default();
    let units = if lengths.len() >= FEW_DOCUMENTS && lengths.iter().sum::<usize>() == sentences.len() {
        group(sentences, &lengths)
    } else {
        let lengths = vec![CHUNK; sentences.len().div_ceil(CHUNK)];
        group(sentences, &lengths)
    };
    let (mut train, mut held_out) = (Vec::new(), Vec::new());
    for (i, unit) in units.into_iter().enumerate() {
        if i % HOLD_OUT == 2 {
            held_out.push(unit);
        } else {
            train.push(unit);
        }
    }
    Ok(Split { source, train, held_out, checksum: crate::hash::fnv1a(text.as_bytes()) })
}

/// The sentence counts of a `docs.tsv` sidecar (header line, then `id, first, count, ...`).
fn document_lengths(tsv: &str) -> Vec<usize> {
    tsv.lines().skip(1).filter_map(|line| line.split('\t').nth(2)?.trim().parse().ok()).collect()
}

fn group(sentences: Vec<Sentence>, lengths: &[usize]) -> Vec<Doc> {
    let mut sentences = sentences.into_iter();
    lengths.iter().map(|&n| sentences.by_ref().take(n).collect::<Doc>()).filter(|d| !d.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sidecar_lengths_and_grouping() {
        assert_eq!(document_lengths("doc_id\tfirst_sentence\tn_sentences\nA\t0\t2\nB\t2\t1\n"), vec![2, 1]);
        let s = |w: &str| Sentence { tokens: vec![w.to_owned()], names: Vec::new() };
        let docs = group(vec![s("a"), s("b"), s("c")], &[2, 1]);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1][0].tokens, vec!["c".to_owned()]);
    }
}
