//! Sentence vectors: each sentence as TF-IDF weights over the light stems of its words (lower
//! case, plural "s" removed by Harman's S-stemmer, 1991: the Porter stemmer cost more than the
//! rest of the stage, and inflections beyond the plural change little here), the
//! inverse document frequency counted over the text's own sentences (a word in every sentence
//! weighs nothing), each vector scaled to unit length so that a long sentence is not central by
//! length alone.

use std::borrow::Cow;

use crate::hash::FastMap;
use crate::segment::{Document, TokenKind};

/// The sentence vectors of one document.
pub struct Terms {
    /// For each sentence, its (term, weight) pairs sorted by term, of unit length.
    pub vectors: Vec<Vec<(u32, f32)>>,
    /// How many distinct terms the text has.
    pub vocabulary: usize,
}

impl Terms {
    pub fn new(document: &Document<'_>) -> Terms {
        // Each distinct form as written is stemmed once; its stem names the term.
        let mut forms: FastMap<&str, u32> = FastMap::default();
        let mut stems: FastMap<Cow<'_, str>, u32> = FastMap::default();
        let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(document.sentences.len());
        for sentence in &document.sentences {
            let mut bag: Vec<(u32, f32)> = Vec::new();
            for index in sentence.tokens.clone() {
                if !matches!(document.tokens[index].kind, TokenKind::Word | TokenKind::Number) {
                    continue;
                }
                let form = document.token_text(index);
                let id = match forms.get(form) {
                    Some(&id) => id,
                    None => {
                        let next = stems.len() as u32;
                        let id = *stems.entry(light_stem(form)).or_insert(next);
                        forms.insert(form, id);
                        id
                    }
                };
                bag.push((id, 1.0));
            }
            bag.sort_unstable_by_key(|&(id, _)| id);
            bag.dedup_by(|next, kept| {
                let same = next.0 == kept.0;
                if same {
                    kept.1 += 1.0;
                }
                same
            });
            counts.push(bag);
        }
        let vocabulary = stems.len();
        let mut frequency = vec![0u32; vocabulary];
        for bag in &counts {
            for &(id, _) in bag {
                frequency[id as usize] += 1;
            }
        }
        let sentences = counts.len().max(1) as f32;
        for bag in &mut counts {
            for (id, weight) in bag.iter_mut() {
                let idf = (sentences / frequency[*id as usize] as f32).ln();
                *weight = (1.0 + weight.ln()) * idf;
            }
            let norm = bag.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                bag.iter_mut().for_each(|(_, w)| *w /= norm);
            }
        }
        Terms { vectors: counts, vocabulary }
    }

    /// The cosine similarity of sentences `a` and `b`.
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        let (Some(x), Some(y)) = (self.vectors.get(a), self.vectors.get(b)) else { return 0.0 };
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(&y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += x[i].1 * y[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }
}

/// `word` in lower case without its plural ending, after Harman's S-stemmer: "-ies" becomes "-y"
/// (not after "e" or "a"), otherwise a final "-s" goes (not after "u" or "s"; Harman's "-es" →
/// "-e" is the same cut); a possessive "'s" goes too.
/// A word already in ASCII lower case is cut in place, without allocating.
fn light_stem(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) && !word.ends_with("ies") {
        let n = word.len();
        let b = word.as_bytes();
        let plural = n > 2 && b[n - 1] == b's' && !matches!(b[n - 2], b'u' | b's');
        return Cow::Borrowed(if plural { &word[..n - 1] } else { word });
    }
    let mut lower: String = word.chars().flat_map(char::to_lowercase).collect();
    for possessive in ["’s", "'s"] {
        if lower.len() > possessive.len() && lower.ends_with(possessive) {
            lower.truncate(lower.len() - possessive.len());
        }
    }
    let bytes = lower.as_bytes();
    let n = bytes.len();
    if n > 3 && lower.ends_with("ies") && !matches!(bytes[n - 4], b'e' | b'a') {
        lower.truncate(n - 3);
        lower.push('y');
    } else if n > 2 && lower.ends_with('s') && !matches!(bytes[n - 2], b'u' | b's') {
        lower.truncate(n - 1);
    }
    Cow::Owned(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_light_stem_drops_plurals_and_possessives() {
        let stems: Vec<Cow<'_, str>> =
            ["Bears", "ponies", "boxes", "bus", "glass", "Obama’s", "goes", "series", "Kyiv", "bears", "ss"]
                .map(light_stem)
                .to_vec();
        assert_eq!(stems, ["bear", "pony", "boxe", "bus", "glass", "obama", "goe", "sery", "kyiv", "bear", "ss"]);
    }

    #[test]
    fn inflections_share_a_term_and_vectors_have_unit_length() {
        let document = Document::new("The bears slept. A bear ate fish. The fish swam away.");
        let terms = Terms::new(&document);
        assert!(terms.similarity(0, 1) > 0.0, "bears and bear are one term");
        for vector in &terms.vectors {
            let norm: f32 = vector.iter().map(|(_, w)| w * w).sum();
            assert!(norm == 0.0 || (norm - 1.0).abs() < 1e-4);
        }
        assert!((terms.similarity(1, 1) - 1.0).abs() < 1e-4);
    }
}
