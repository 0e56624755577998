//! Features of each token for the tagger, as 64-bit hashes.
//!
//! Method: for token i, the normalized word (the document's normalized form, see
//! [`crate::segment::form`], with digits as 0) and the exact form; the words at i±1 and i±2 and the bigrams around i; the
//! word shape ("Xx", "X.X.", "d,d") of i and its neighbours; prefixes and suffixes up to four
//! characters; capitalisation in context (sentence-initial, headline in capitals or Title Case,
//! lower-case text); GloVe cluster ids at three granularities for i and its neighbours;
//! name-list matches (places, given names, surnames, legal-form suffixes; famous people's
//! surnames count as surnames: a feature of their own cost 0.37 dev F1 after retraining); and
//! two document
//! features: whether the capitalised word also appears in lower case, or capitalised in the
//! middle of an ordinary sentence, elsewhere in the same document. Every feature is a hash of
//! a template number and its strings, so nothing is allocated per feature.
//!
//! The same code computes features for CoNLL tokens (training, evaluation) and for newslens
//! tokens, so both see exactly the same features.

use crate::hash::{avalanche, mix, string_id, IdMap};

use super::lexicon::{Lexicon, WordEntry, COUNTRY, GIVEN_NAME, NO_CLUSTER, ORGANIZATION, ORG_SUFFIX, PLACE, SURNAME};
use crate::segment::{Case, Casing, Document};

/// What features need of one word form (one exact text), computed once per document: a
/// token is an index into the document's table of these.
#[derive(Clone, Copy)]
pub struct Form {
    /// Where the normalized form lies in the document's buffer of them.
    norm: (usize, usize),
    /// [`string_id`] of the normalized form.
    pub norm_id: u64,
    /// [`string_id`] of the text.
    pub text_id: u64,
    shape_id: u64,
    /// Index of the normalized form among the document's distinct ones.
    norm_index: u32,
    pub case: Case,
    /// Whether the text has four characters or more.
    // Read by the document pass of the native tagger only.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    long: bool,
    pub entry: WordEntry,
}

impl Form {
    /// Whether the word starts with or is in capitals.
    pub fn case_capitalised(&self) -> bool {
        self.case.capitalised()
    }
}

/// One token: its form and its name-list match, if any: (lists, position) with position 0 B,
/// 1 I, 2 L (matches are multi-word and never overlap, so a token has at most one).
#[derive(Clone, Copy)]
struct Token {
    form: u32,
    matched: Option<(u8, u8)>,
}

/// The tagger's word: the normalized form (see [`crate::segment::form`]) with every digit as
/// `0`.
#[cfg(test)]
pub fn normalize(text: &str) -> String {
    let mut norm = String::with_capacity(text.len());
    digits_as_zero(&crate::segment::normalize(text), &mut norm);
    norm
}

/// Appends `norm` to `out` with every ASCII digit as `0`.
fn digits_as_zero(norm: &str, out: &mut String) {
    out.extend(norm.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }));
}

/// "Kyiv" → "Xx", "U.S." → "X.X.", "137,000" → "d,d", "’s" → "'x".
#[cfg(test)]
pub fn shape(text: &str) -> String {
    let mut shape = String::with_capacity(8);
    shape_into(text, &mut shape);
    shape
}

fn shape_into(norm_source: &str, shape: &mut String) {
    shape.clear();
    let mut last = '\0';
    for c in norm_source.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            match c {
                '\u{2018}' | '\u{2019}' | '`' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                '\u{2013}' | '\u{2014}' => '-',
                c if c.is_ascii_punctuation() => c,
                _ => '*',
            }
        };
        if class != last {
            shape.push(class);
            last = class;
        }
    }
}

/// A feature hash under construction: a template number, then ids and small values.
#[derive(Clone, Copy)]
struct Hash(u64);

impl Hash {
    fn new(template: u8) -> Hash {
        Hash(0xcbf2_9ce4_8422_2325).add(u64::from(template))
    }

    fn add(self, x: u64) -> Hash {
        Hash(mix(self.0, x))
    }

    fn id(self, id: u64) -> Hash {
        self.add(id)
    }

    fn str(self, s: &str) -> Hash {
        self.add(string_id(s))
    }

    fn byte(self, b: u8) -> Hash {
        self.add(u64::from(b))
    }

    fn num(self, n: u16) -> Hash {
        self.add(u64::from(n))
    }

    fn finish(self) -> u64 {
        avalanche(self.0)
    }
}

/// Ids of the padding beyond the ends of a sentence.
const BEFORE: u64 = 0x5eed_0000_0000_0001;
const AFTER: u64 = 0x5eed_0000_0000_0002;

/// Feature group: GloVe clusters.
pub const CLUSTERS: u8 = 1;
/// Feature group: name lists.
pub const LISTS: u8 = 2;
/// Feature group: how the word is written elsewhere in the document.
pub const DOCUMENT: u8 = 4;
/// Every feature group (what the shipped model uses).
pub const ALL_GROUPS: u8 = CLUSTERS | LISTS | DOCUMENT;

/// The words of one document, sentence by sentence, with everything features need: a table of
/// the distinct word forms and, per token, an index into it (8 bytes a token).
pub struct DocumentWords {
    /// The feature groups computed (all but in training runs that measure a group).
    pub groups: u8,
    /// The distinct forms, in order of first occurrence.
    forms: Vec<Form>,
    /// Their normalized forms, end to end.
    norms: String,
    tokens: Vec<Token>,
    /// Where each sentence's tokens end (its start is the previous one's end).
    ends: Vec<usize>,
    /// Each sentence's casing.
    pub modes: Vec<Casing>,
    /// Per normalized form ([`Form::norm_index`]): (seen in lower case mid-sentence, seen
    /// capitalised mid-sentence), counting only ordinary sentences.
    seen: Vec<(bool, bool)>,
}

/// What building a [`DocumentWords`] needs besides it: each form's index by the id of its
/// text, each normalized form's by its id, and scratch strings.
#[derive(Default)]
struct Builder {
    by_text: IdMap<u32>,
    by_norm: IdMap<u32>,
    norm: String,
    shape: String,
}

impl Builder {
    /// Adds one token, given its text, normalized form and case class.
    fn add(&mut self, words: &mut DocumentWords, text: &str, norm: &str, case: Case, lexicon: &Lexicon) {
        let text_id = string_id(text);
        let Builder { by_text, by_norm, norm: scratch, shape } = self;
        let form = *by_text.entry(text_id).or_insert_with(|| {
            scratch.clear();
            digits_as_zero(norm, scratch);
            let norm_id = string_id(scratch);
            shape_into(text, shape);
            let next = by_norm.len() as u32;
            let norm_index = *by_norm.entry(norm_id).or_insert(next);
            if norm_index == next {
                words.seen.push((false, false));
            }
            let at = words.norms.len();
            words.norms.push_str(scratch);
            words.forms.push(Form {
                norm: (at, words.norms.len()),
                norm_id,
                text_id,
                shape_id: string_id(shape),
                norm_index,
                case,
                long: text.chars().nth(3).is_some(),
                entry: lexicon.entry(norm_id),
            });
            (words.forms.len() - 1) as u32
        });
        words.tokens.push(Token { form, matched: None });
    }
}

impl DocumentWords {
    /// The words of sentences given as token texts (CoNLL files, training): their normalized
    /// forms, case classes and sentence casings computed by the rules a [`Document`] uses.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(sentences: &[Vec<&str>], lexicon: &Lexicon) -> DocumentWords {
        let tokens = sentences.iter().map(Vec::len).sum();
        let mut words = DocumentWords::with_capacity(tokens, sentences.len());
        let mut builder = Builder::default();
        for sentence in sentences {
            let start = words.tokens.len();
            for text in sentence {
                builder.add(&mut words, text, &crate::segment::normalize(text), Case::of(text), lexicon);
            }
            let row = &words.tokens[start..];
            let forms = &words.forms;
            let casing = Casing::of(row.iter().map(|t| &forms[t.form as usize]).map(|f| (f.case, f.long)));
            words.end_sentence(start, casing, lexicon);
        }
        words
    }

    /// The words of a document, read from its tokens' normalized forms and case classes and
    /// its sentences' casings.
    pub fn from_document(document: &Document<'_>, lexicon: &Lexicon) -> DocumentWords {
        let tokens = document.sentences.iter().map(|sentence| sentence.tokens.len()).sum();
        let mut words = DocumentWords::with_capacity(tokens, document.sentences.len());
        let mut builder = Builder::default();
        for sentence in &document.sentences {
            let start = words.tokens.len();
            for i in sentence.tokens.clone() {
                let case = document.tokens[i].case;
                builder.add(&mut words, document.token_text(i), document.norm(i), case, lexicon);
            }
            words.end_sentence(start, sentence.casing, lexicon);
        }
        words
    }

    fn with_capacity(tokens: usize, sentences: usize) -> DocumentWords {
        DocumentWords {
            groups: ALL_GROUPS,
            forms: Vec::new(),
            norms: String::new(),
            tokens: Vec::with_capacity(tokens),
            ends: Vec::with_capacity(sentences),
            modes: Vec::with_capacity(sentences),
            seen: Vec::new(),
        }
    }

    /// Closes the sentence whose tokens start at `start`: its name-list matches and, in an
    /// ordinary sentence, how its words are written.
    fn end_sentence(&mut self, start: usize, casing: Casing, lexicon: &Lexicon) {
        self.ends.push(self.tokens.len());
        let DocumentWords { forms, tokens, seen, .. } = self;
        let row = &mut tokens[start..];
        add_phrase_matches(row, forms, lexicon);
        if casing == Casing::Normal {
            for token in row.iter().skip(1) {
                let form = &forms[token.form as usize];
                let slot = &mut seen[form.norm_index as usize];
                match form.case {
                    Case::Lower => slot.0 = true,
                    Case::Title | Case::Upper | Case::Mixed => slot.1 = true,
                    Case::None => {}
                }
            }
        }
        self.modes.push(casing);
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no sentences.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The distinct word forms, in order of first occurrence.
    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    /// The tokens of sentence `s`.
    fn row(&self, s: usize) -> &[Token] {
        let start = if s == 0 { 0 } else { self.ends[s - 1] };
        &self.tokens[start..self.ends[s]]
    }

    /// Number of tokens in sentence `s`.
    pub fn sentence_len(&self, s: usize) -> usize {
        self.row(s).len()
    }

    /// The form indices ([`forms`](Self::forms)) of sentence `s`'s tokens.
    pub fn form_indices(&self, s: usize) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.row(s).iter().map(|t| t.form as usize)
    }

    /// Token `i` of sentence `s`.
    pub fn word(&self, s: usize, i: usize) -> &Form {
        &self.forms[self.row(s)[i].form as usize]
    }

    /// A form's normalized text.
    /// Whether the word's normalized form was seen mid-sentence in an ordinary sentence of the
    /// document: (in lower case, capitalised).
    pub fn seen(&self, form: &Form) -> (bool, bool) {
        self.seen[form.norm_index as usize]
    }

    pub fn norm(&self, form: &Form) -> &str {
        &self.norms[form.norm.0..form.norm.1]
    }

    /// Appends the feature hashes of token `i` of sentence `s` to `out`:
    /// [`local_features`](Self::local_features), then
    /// [`context_features`](Self::context_features).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn features(&self, s: usize, i: usize, out: &mut Vec<u64>) {
        self.local_features(self.word(s, i), out);
        self.context_features(s, i, out);
    }

    /// Appends the hashes of the features that depend only on the token's text (the same for
    /// every occurrence of it, so a tagger may add up their weights once per word form).
    pub fn local_features(&self, word: &Form, out: &mut Vec<u64>) {
        let mut push = |h: Hash| out.push(h.finish());
        let w = word.norm_id;
        push(Hash::new(0));
        push(Hash::new(1).id(w));
        push(Hash::new(2).id(word.text_id));
        let norm_text: &str = self.norm(word);
        for (n, (at, _)) in
            norm_text.char_indices().skip(1).chain(std::iter::once((norm_text.len(), ' '))).take(4).enumerate()
        {
            push(Hash::new(17).byte(n as u8 + 1).str(&norm_text[..at]));
        }
        for (n, (at, _)) in norm_text.char_indices().rev().take(4).enumerate() {
            push(Hash::new(18).byte(n as u8 + 1).str(&norm_text[at..]));
        }
        if self.groups & CLUSTERS != 0 {
            let [fine, mid, coarse] = word.entry.clusters;
            if fine == NO_CLUSTER {
                push(Hash::new(22).byte(word.case as u8));
            } else {
                push(Hash::new(23).num(fine));
                push(Hash::new(24).num(mid));
                push(Hash::new(25).num(coarse));
                push(Hash::new(26).num(mid).byte(word.case as u8));
            }
        }
        if self.groups & LISTS != 0 {
            let lists = word.entry.lists;
            for (bit, id) in
                [(PLACE, 0u8), (GIVEN_NAME, 1), (SURNAME, 2), (ORG_SUFFIX, 3), (COUNTRY, 4), (ORGANIZATION, 6)]
            {
                if lists & bit != 0 {
                    push(Hash::new(29).byte(id).byte(word.case.capitalised() as u8));
                }
            }
        }
    }

    /// Appends the hashes of the features of token `i` of sentence `s` that depend on its
    /// neighbours, the sentence or the document.
    pub fn context_features(&self, s: usize, i: usize, out: &mut Vec<u64>) {
        let row = self.row(s);
        let forms = &self.forms[..];
        let mode = self.modes[s];
        let word = &forms[row[i].form as usize];
        let at = |offset: isize| -> Option<&Form> {
            let j = i as isize + offset;
            (j >= 0).then(|| row.get(j as usize)).flatten().map(|t| &forms[t.form as usize])
        };
        let norm = |offset: isize| at(offset).map_or(if offset < 0 { BEFORE } else { AFTER }, |w| w.norm_id);
        let shape = |offset: isize| at(offset).map_or(if offset < 0 { BEFORE } else { AFTER }, |w| w.shape_id);
        let mut push = |h: Hash| out.push(h.finish());
        let (w, ws) = (word.norm_id, word.shape_id);
        push(Hash::new(3).id(norm(-1)));
        push(Hash::new(4).id(norm(1)));
        push(Hash::new(5).id(norm(-2)));
        push(Hash::new(6).id(norm(2)));
        push(Hash::new(7).id(norm(-1)).id(w));
        push(Hash::new(8).id(w).id(norm(1)));
        // Shapes mean something else in a headline in capitals or Title Case: separate weights.
        let m = mode as u8;
        push(Hash::new(9).byte(m).id(ws));
        push(Hash::new(10).byte(m).id(shape(-1)));
        push(Hash::new(11).byte(m).id(shape(1)));
        push(Hash::new(12).byte(m).id(shape(-1)).id(ws));
        push(Hash::new(13).byte(m).id(ws).id(shape(1)));
        push(Hash::new(14).byte(m).id(shape(-1)).id(ws).id(shape(1)));
        push(Hash::new(15).byte(m).id(norm(-1)).id(ws));
        push(Hash::new(16).byte(m).id(ws).id(norm(1)));
        let position = if i == 0 {
            0
        } else if i == 1 && forms[row[0].form as usize].case == Case::None {
            1
        } else {
            2
        };
        push(Hash::new(19).byte(word.case as u8).byte(position).byte(mode as u8));
        push(Hash::new(21).id(w).byte(word.case.capitalised() as u8).byte(position.min(1)));
        if self.groups & CLUSTERS != 0 {
            for offset in [-1isize, 1] {
                let clusters = at(offset).map_or([NO_CLUSTER; 3], |w| w.entry.clusters);
                push(Hash::new(27).byte(offset as u8).num(clusters[0]));
                push(Hash::new(28).byte(offset as u8).num(clusters[1]));
            }
        }
        if self.groups & LISTS != 0 {
            list_features(row, forms, i, out);
        }
        if self.groups & DOCUMENT != 0 && word.case.capitalised() {
            let (lower, capitalised) = self.seen[word.norm_index as usize];
            out.push(
                Hash::new(33).byte(lower as u8).byte(capitalised as u8).byte(position.min(1)).byte(mode as u8).finish(),
            );
        }
    }
}

fn list_features(row: &[Token], forms: &[Form], i: usize, out: &mut Vec<u64>) {
    let word = &forms[row[i].form as usize];
    let mut push = |h: Hash| out.push(h.finish());
    let at = |offset: isize| -> Option<&Form> {
        let j = i as isize + offset;
        (j >= 0).then(|| row.get(j as usize)).flatten().map(|t| &forms[t.form as usize])
    };
    let lists = word.entry.lists;
    if let Some(previous) = at(-1) {
        if previous.entry.lists & GIVEN_NAME != 0 && previous.case.capitalised() {
            push(Hash::new(30).byte(word.case.capitalised() as u8).byte((lists & SURNAME != 0) as u8));
        }
    }
    if let Some(next) = at(1) {
        if next.entry.lists & ORG_SUFFIX != 0 && next.case.capitalised() {
            push(Hash::new(31).byte(word.case.capitalised() as u8));
        }
    }
    if let Some((list, position)) = row[i].matched {
        push(Hash::new(32).byte(list).byte(position).byte(word.case.capitalised() as u8));
    }
}

fn add_phrase_matches(row: &mut [Token], forms: &[Form], lexicon: &Lexicon) {
    let norm_id = |token: &Token| forms[token.form as usize].norm_id;
    let mut i = 0;
    while i < row.len() {
        if lexicon.phrase_start(norm_id(&row[i])) == 0 {
            i += 1;
            continue;
        }
        let mut window = [0u64; 6];
        let n = (row.len() - i).min(window.len());
        for (slot, token) in window.iter_mut().zip(&row[i..i + n]) {
            *slot = norm_id(token);
        }
        match lexicon.longest_phrase_ids(&window[..n]) {
            Some((len, lists)) => {
                for (k, token) in row[i..i + len].iter_mut().enumerate() {
                    let position = if k == 0 {
                        0
                    } else if k + 1 == len {
                        2
                    } else {
                        1
                    };
                    token.matched = Some((lists, position));
                }
                // A match is at least two words, so a token gets at most one.
                i += len.max(1);
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_norms_fold_what_should_not_matter() {
        assert_eq!(shape("Kyiv"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("137,000"), "d,d");
        assert_eq!(normalize("Zelensky’s"), "zelensky's");
        assert_eq!(normalize("ZELENSKYʼS"), "zelensky's");
        assert_eq!(normalize("1996-08-30"), "0000-00-00");
    }

    #[test]
    fn headlines_in_capitals_and_title_case_are_recognised() {
        let lexicon = Lexicon::embedded().expect("the embedded lexicon reads");
        let doc = DocumentWords::new(
            &[
                vec!["ZELENSKY", "MEETS", "HARRIS", "IN", "KYIV"],
                vec!["Zelensky", "Meets", "Harris", "in", "Washington"],
                vec!["zelensky", "met", "harris", "today"],
            ],
            &lexicon,
        );
        assert_eq!(doc.modes, vec![Casing::Capitals, Casing::TitleCase, Casing::Lower]);
    }
}
