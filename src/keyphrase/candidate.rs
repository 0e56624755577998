//! Candidate phrases: runs of one to four words between stop words and punctuation inside a
//! sentence, starting and ending with a content word, keyed by the Porter stems of their words
//! so that "bear" and "bears" are one candidate.
//!
//! Casing shapes the runs: a lower-case word followed by a capitalised one ("celebrity Knut")
//! is not a phrase, and a run of two or more capitalised words ("Achim Gruber") is a name that
//! is kept whole: no candidate starts or ends inside it. A capital at the start of a sentence
//! or in a sentence written in capitals or Title Case (the sentence's casing, see
//! [`crate::segment::kind`]) counts only when the rest of the text confirms it.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::ops::Range;

use super::lexicon::{self, Class};
use super::stem::stem_into;
use crate::hash::FastMap;
use crate::segment::{Document, TokenKind};

/// The longest candidate, in words.
pub const MAX_WORDS: usize = 4;

/// One word token as the key-phrase stage sees it.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    /// The index of the word's stem among the document's distinct stems, in order of first
    /// occurrence.
    pub term: u32,
    pub class: Class,
    /// Written with a capital that marks a name: not first in its sentence (nor in a Title Case
    /// headline), or first but judged a name by the rule in [`Words::new`].
    pub capitalised: bool,
    /// Written with a capital, wherever it is.
    pub capital: bool,
    /// First word of its sentence (its capital says nothing).
    pub initial: bool,
}

/// The words of a document: per token, its [`Word`] if it is a word.
pub struct Words {
    pub tokens: Vec<Option<Word>>,
    /// The number of distinct stems: every `Word::term` is below it.
    pub terms: usize,
}

impl Words {
    pub fn new(document: &Document<'_>) -> Words {
        // Per form, as written or normalized, an index into `forms`: its stem and its class in
        // lower case and with a capital. A form seen before (as written, or normalized) is not
        // stemmed again, and its normalized form maps to the same index. Keys borrow the text
        // and the document's normalized forms; a stem borrows the normalized form it is a prefix
        // of ("bear" of "bears").
        // (SipHash for these, whose keys the text chooses: see `crate::hash`.)
        let guess = document.tokens.len().min(1 << 14) / 2;
        let mut by_form: HashMap<&str, u32> = HashMap::with_capacity(guess);
        let mut forms: Vec<(u32, Class, Class)> = Vec::with_capacity(guess);
        let mut by_stem: HashMap<Cow<'_, str>, u32> = HashMap::with_capacity(guess);
        let mut tokens = vec![None; document.tokens.len()];
        let mut stemmed = Vec::new();
        for sentence in &document.sentences {
            // In a headline written in capitals or Title Case no capital says anything.
            let title_case = sentence.casing.is_headline_style();
            let mut initial = true;
            for index in sentence.tokens.clone() {
                let token = &document.tokens[index];
                if token.kind != TokenKind::Word {
                    // Opening quotes and brackets do not end the sentence's first position.
                    initial &= token.kind == TokenKind::Punct;
                    continue;
                }
                let text = document.token_text(index);
                let norm = document.norm(index);
                // "&rsquo;" and the like: markup that leaked into the text, not words.
                let markup = index > 0
                    && document.token_text(index - 1) == "&"
                    && index + 1 < document.tokens.len()
                    && document.token_text(index + 1) == ";";
                let capital = text.chars().next().is_some_and(char::is_uppercase);
                // A word in its normalized form, the most common, needs one look-up, which also
                // inserts it when it is new.
                let form = if norm == text {
                    match by_form.entry(text) {
                        Entry::Occupied(entry) => *entry.get(),
                        Entry::Vacant(entry) => *entry.insert(add_form(norm, &mut by_stem, &mut forms, &mut stemmed)),
                    }
                } else {
                    match by_form.get(text) {
                        Some(&form) => form,
                        None => {
                            let form = match by_form.get(norm) {
                                Some(&form) => form,
                                None => {
                                    let form = add_form(norm, &mut by_stem, &mut forms, &mut stemmed);
                                    by_form.insert(norm, form);
                                    form
                                }
                            };
                            by_form.insert(text, form);
                            form
                        }
                    }
                };
                let (term, lower_class, capital_class) = forms[form as usize];
                let class = match (markup, capital && !initial) {
                    (true, _) => Class::Stop,
                    (false, true) => capital_class,
                    (false, false) => lower_class,
                };
                tokens[index] = Some(Word { term, class, capitalised: capital && !initial, capital, initial });
                initial = title_case;
            }
        }
        let terms = by_stem.len();
        // A capital first in a sentence marks a name when the word is capitalised inside
        // sentences elsewhere and never written in lower case ("Knut died" beside "found
        // Knut"), or when a capitalised word follows and the word is either capitalised inside
        // a sentence elsewhere ("Hurricane Milton made" beside "Hurricane Helene") or, outside
        // the headline, never written in lower case ("Achim Gruber said"). Not "Singer Michael
        // Buble" beside "the singer", nor a headline's "Chipmaker Nvidia".
        let mut lower_seen = vec![false; terms];
        let mut capital_seen = vec![false; terms];
        for word in tokens.iter().flatten() {
            lower_seen[word.term as usize] |= !word.capital && !word.initial;
            capital_seen[word.term as usize] |= word.capitalised;
        }
        let headline = document.headline().map_or(0..0, |paragraph| {
            let sentences = &document.sentences[paragraph.sentences.clone()];
            sentences.first().map_or(0, |s| s.tokens.start)..sentences.last().map_or(0, |s| s.tokens.end)
        });
        for index in 0..tokens.len() {
            let next_capitalised = tokens.get(index + 1).copied().flatten().is_some_and(|w| w.capitalised);
            if let Some(word) = &mut tokens[index] {
                let term = word.term as usize;
                let (capital, lower) = (capital_seen[term], lower_seen[term]);
                let named =
                    (capital && !lower) || (next_capitalised && (capital || (!lower && !headline.contains(&index))));
                if word.initial && word.capital && named {
                    word.capitalised = true;
                    if word.class == Class::Stop {
                        word.class = lexicon::class(document.norm(index), true);
                    }
                }
            }
        }
        // Particles inside names ("Agusan del Sur", "Ursula von der Leyen") join them, and so
        // does a capitalised particle that opens a sentence before a name ("Von der Leyen").
        let is_particle = |i: usize| lexicon::is_particle_any_case(document.token_text(i));
        for index in 0..tokens.len() {
            let opens = tokens[index].is_some_and(|w| w.initial && w.capital) && is_particle(index);
            let follows = index > 0 && tokens[index - 1].is_some_and(|w| w.capitalised);
            if !(opens || (follows && tokens[index].is_some_and(|w| !w.capital))) {
                continue;
            }
            let mut end = index;
            while end < tokens.len() && end - index < 3 && tokens[end].is_some() && is_particle(end) {
                end += 1;
            }
            if end > index && end < tokens.len() && tokens[end].is_some_and(|w| w.capitalised) {
                for word in tokens[index..end].iter_mut().flatten() {
                    word.capitalised = true;
                    word.class = Class::Content;
                }
            }
        }
        Words { tokens, terms }
    }
}

/// Adds the form `norm`, a normalized word, to `forms` with its stem's index (a new index for
/// a new stem, kept in `by_stem`) and its classes, and returns its index. `stemmed` is scratch
/// space.
fn add_form<'t>(
    norm: &'t str,
    by_stem: &mut HashMap<Cow<'t, str>, u32>,
    forms: &mut Vec<(u32, Class, Class)>,
    stemmed: &mut Vec<u8>,
) -> u32 {
    stem_into(norm, stemmed);
    // Only ASCII bytes are ever removed or added, so the bytes stay valid UTF-8.
    let stem = std::str::from_utf8(stemmed).unwrap_or_default();
    let term = match by_stem.get(stem) {
        Some(&term) => term,
        None => {
            let term = by_stem.len() as u32;
            // The stem borrows the normalized form when it is a prefix of it ("bear" of "bears").
            let key = match norm.get(..stem.len()) {
                Some(prefix) if prefix == stem => Cow::Borrowed(prefix),
                _ => Cow::Owned(stem.to_owned()),
            };
            by_stem.insert(key, term);
            term
        }
    };
    let (lower_class, capital_class) = lexicon::classes(norm);
    forms.push((term, lower_class, capital_class));
    (forms.len() - 1) as u32
}

/// The stems of a candidate, padded with `u32::MAX`.
pub type Key = [u32; MAX_WORDS];

/// One candidate phrase and where it occurs.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub key: Key,
    pub len: usize,
    /// Token ranges, in text order.
    pub occurrences: Vec<Range<usize>>,
    /// Occurrences written with a capital on every word (sentence-initial words count as
    /// either).
    pub capitalised: usize,
    /// Occurrences that are a whole run of capitalised words: names.
    pub names: usize,
}

impl Candidate {
    pub fn terms(&self) -> &[u32] {
        &self.key[..self.len]
    }
}

/// Every candidate of `document`, in order of first occurrence.
pub fn candidates(document: &Document<'_>, words: &Words) -> Vec<Candidate> {
    let mut found: Vec<Candidate> = Vec::new();
    let mut index_of: FastMap<Key, usize> = FastMap::default();
    let mut name_of = Vec::new();
    for sentence in &document.sentences {
        let mut run_start = sentence.tokens.start;
        for index in sentence.tokens.clone() {
            let breaks = words.tokens[index].is_none_or(|word| word.class == Class::Stop);
            if breaks {
                add_run(words, run_start..index, &mut found, &mut index_of, &mut name_of);
                run_start = index + 1;
            }
        }
        add_run(words, run_start..sentence.tokens.end, &mut found, &mut index_of, &mut name_of);
    }
    found
}

/// Adds the candidates inside `run`, a range of tokens that are all non-stop words. `name_of`
/// is scratch space, reused from run to run.
fn add_run(
    words: &Words,
    run: Range<usize>,
    found: &mut Vec<Candidate>,
    index_of: &mut FastMap<Key, usize>,
    name_of: &mut Vec<Option<Range<usize>>>,
) {
    if run.is_empty() {
        return;
    }
    let word = |i: usize| words.tokens[i].expect("runs hold only word tokens");
    // A name is a maximal stretch of two or more capitalised words; `name_of[i]` is its range.
    name_of.clear();
    name_of.resize(run.len(), None);
    let mut i = run.start;
    while i < run.end {
        let mut j = i;
        while j < run.end && word(j).capitalised {
            j += 1;
        }
        if j - i >= 2 {
            // A name longer than a candidate is cut into pieces from its end, where the name
            // proper sits after titles: "Commission President | Ursula von der Leyen".
            let mut end = j;
            while end > i {
                let start = end.saturating_sub(MAX_WORDS).max(i);
                for k in start..end {
                    name_of[k - run.start] = Some(start..end);
                }
                end = start;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    for start in run.clone() {
        for end in start + 1..=(start + MAX_WORDS).min(run.end) {
            if !is_candidate(words, start..end, name_of, run.start) {
                continue;
            }
            let mut key = [u32::MAX; MAX_WORDS];
            for (slot, i) in key.iter_mut().zip(start..end) {
                *slot = word(i).term;
            }
            let position = *index_of.entry(key).or_insert_with(|| {
                found.push(Candidate { key, len: end - start, occurrences: Vec::new(), capitalised: 0, names: 0 });
                found.len() - 1
            });
            let candidate = &mut found[position];
            candidate.occurrences.push(start..end);
            if (start..end).all(|i| word(i).capitalised || word(i).initial) {
                candidate.capitalised += 1;
            }
            if name_of[start - run.start].as_ref().is_some_and(|name| *name == (start..end)) {
                candidate.names += 1;
            }
        }
    }
}

fn is_candidate(words: &Words, span: Range<usize>, name_of: &[Option<Range<usize>>], offset: usize) -> bool {
    let word = |i: usize| words.tokens[i].expect("runs hold only word tokens");
    let first = word(span.start).class;
    if !matches!(first, Class::Content | Class::Modifier) || word(span.end - 1).class != Class::Content {
        return false;
    }
    // Names stay whole: the span may hold a name only from its first word to its last.
    let cuts =
        |i: usize| name_of[i - offset].as_ref().is_some_and(|name| name.start < span.start || name.end > span.end);
    if cuts(span.start) || cuts(span.end - 1) {
        return false;
    }
    // No lower-case word before a capitalised one.
    span.clone()
        .zip(span.start + 1..span.end)
        .all(|(a, b)| !(word(b).capitalised && !word(a).capitalised && !word(a).initial))
}
