//! The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), in the variant
//! that NLTK's `PorterStemmer` uses by default, because the key-phrase evaluation convention
//! (YAKE and pke papers) scores with that stemmer: words of one or two letters are kept,
//! "ies"/"ied" keep their "ie" in four-letter words ("dies" → "die"), "y" becomes "i" only
//! after a consonant that is not the first letter, "bli" → "ble", "fulli" → "ful", "logi" →
//! "log", "alli" → "al" is tried before the other step-2 rules, and a handful of irregular
//! forms ("skies", "dying", "news", ...) are listed.
//!
//! Works on bytes: the suffixes are ASCII, any other byte counts as a consonant, and a cut is
//! only ever made before an ASCII byte, so the result is always valid UTF-8.

/// Irregular forms that the rules would mangle.
const IRREGULAR: &[(&str, &str)] = &[
    ("skies", "sky"),
    ("sky", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
];

/// The Porter stem of `word`, lower-cased first.
///
/// ```
/// # use newslens::keyphrase::stem;
/// assert_eq!(stem("Generalizations"), "gener");
/// assert_eq!(stem("ponies"), "poni");
/// ```
pub fn stem(word: &str) -> String {
    // Character by character: `str::to_lowercase` adds code for a final sigma, useless here.
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    stem_lower(&lower)
}

/// [`stem`] of a word already in lower case.
fn stem_lower(lower: &str) -> String {
    let mut w = Vec::with_capacity(lower.len() + 1);
    stem_into(lower, &mut w);
    // Only ASCII bytes are ever removed or added, so the bytes stay valid UTF-8.
    String::from_utf8(w).unwrap_or_default()
}

/// Writes the stem of `lower`, a word already in lower case, into `w` (cleared first): the
/// bytes of [`stem`]'s result, without allocating once `w` has grown to the longest word.
pub(super) fn stem_into(lower: &str, w: &mut Vec<u8>) {
    w.clear();
    if let Some(&(_, irregular)) = IRREGULAR.iter().find(|(form, _)| *form == lower) {
        w.extend_from_slice(irregular.as_bytes());
        return;
    }
    w.extend_from_slice(lower.as_bytes());
    if lower.len() <= 2 {
        return;
    }
    step1a(w);
    step1b(w);
    step1c(w);
    step2(w);
    step3(w);
    step4(w);
    step5(w);
}

fn is_consonant(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !is_consonant(w, i - 1),
        _ => true,
    }
}

/// Porter's m: the number of vowel-consonant sequences in `w`.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut previous_vowel = false;
    for i in 0..w.len() {
        let consonant = is_consonant(w, i);
        if consonant && previous_vowel {
            m += 1;
        }
        previous_vowel = !consonant;
    }
    m
}

fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| !is_consonant(w, i))
}

fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && w[n - 1].is_ascii_alphabetic() && is_consonant(w, n - 1)
}

/// Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y (or, in NLTK's
/// variant, a two-letter vowel-consonant word).
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    (n >= 3
        && is_consonant(w, n - 3)
        && !is_consonant(w, n - 2)
        && is_consonant(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y'))
        || (n == 2 && !is_consonant(w, 0) && is_consonant(w, 1))
}

fn replace(w: &mut Vec<u8>, suffix_len: usize, with: &str) {
    w.truncate(w.len() - suffix_len);
    w.extend_from_slice(with.as_bytes());
}

type Condition = fn(&[u8]) -> bool;

/// Applies the first rule whose suffix `w` ends with, if its condition on the stem holds;
/// later rules are not tried once a suffix matched. Returns whether a rule was applied.
fn apply_first(w: &mut Vec<u8>, rules: &[(&str, &str)], condition: Condition) -> bool {
    for &(suffix, with) in rules {
        if w.ends_with(suffix.as_bytes()) {
            let stem_len = w.len() - suffix.len();
            if condition(&w[..stem_len]) {
                replace(w, suffix.len(), with);
                return true;
            }
            return false;
        }
    }
    false
}

fn m_above_0(stem: &[u8]) -> bool {
    measure(stem) > 0
}

fn m_above_1(stem: &[u8]) -> bool {
    measure(stem) > 1
}

fn step1a(w: &mut Vec<u8>) {
    if w.len() == 4 && w.ends_with(b"ies") {
        replace(w, 3, "ie");
        return;
    }
    apply_first(w, &[("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", "")], |_| true);
}

fn step1b(w: &mut Vec<u8>) {
    if w.ends_with(b"ied") {
        let with = if w.len() == 4 { "ie" } else { "i" };
        replace(w, 3, with);
        return;
    }
    if w.ends_with(b"eed") {
        if measure(&w[..w.len() - 3]) > 0 {
            w.pop();
        }
        return;
    }
    let suffix_len = if w.ends_with(b"ed") {
        2
    } else if w.ends_with(b"ing") {
        3
    } else {
        return;
    };
    if !has_vowel(&w[..w.len() - suffix_len]) {
        return;
    }
    w.truncate(w.len() - suffix_len);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if ends_double_consonant(w) {
        if !matches!(w[w.len() - 1], b'l' | b's' | b'z') {
            w.pop();
        }
    } else if measure(w) == 1 && ends_cvc(w) {
        w.push(b'e');
    }
}

fn step1c(w: &mut [u8]) {
    let n = w.len();
    if n > 2 && w[n - 1] == b'y' && is_consonant(w, n - 2) {
        w[n - 1] = b'i';
    }
}

fn step2(w: &mut Vec<u8>) {
    if w.ends_with(b"alli") && measure(&w[..w.len() - 4]) > 0 {
        replace(w, 4, "al");
        step2(w);
        return;
    }
    if w.ends_with(b"logi") {
        // The "l" stays with the stem for the measure, so that "geologi" works like "philologi".
        if measure(&w[..w.len() - 3]) > 0 {
            w.pop();
        }
        return;
    }
    apply_first(
        w,
        &[
            ("ational", "ate"),
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("izer", "ize"),
            ("bli", "ble"),
            ("alli", "al"),
            ("entli", "ent"),
            ("eli", "e"),
            ("ousli", "ous"),
            ("ization", "ize"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("iveness", "ive"),
            ("fulness", "ful"),
            ("ousness", "ous"),
            ("aliti", "al"),
            ("iviti", "ive"),
            ("biliti", "ble"),
            ("fulli", "ful"),
        ],
        m_above_0,
    );
}

fn step3(w: &mut Vec<u8>) {
    apply_first(
        w,
        &[("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", "")],
        m_above_0,
    );
}

fn step4(w: &mut Vec<u8>) {
    if w.ends_with(b"ion") {
        let stem = &w[..w.len() - 3];
        if matches!(stem.last(), Some(b's' | b't')) && measure(stem) > 1 {
            w.truncate(w.len() - 3);
        }
        return;
    }
    apply_first(
        w,
        &[
            ("al", ""),
            ("ance", ""),
            ("ence", ""),
            ("er", ""),
            ("ic", ""),
            ("able", ""),
            ("ible", ""),
            ("ant", ""),
            ("ement", ""),
            ("ment", ""),
            ("ent", ""),
            ("ou", ""),
            ("ism", ""),
            ("ate", ""),
            ("iti", ""),
            ("ous", ""),
            ("ive", ""),
            ("ize", ""),
        ],
        m_above_1,
    );
}

fn step5(w: &mut Vec<u8>) {
    if w.ends_with(b"e") {
        let stem = &w[..w.len() - 1];
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.pop();
        }
    }
    if w.ends_with(b"ll") && measure(&w[..w.len() - 1]) > 1 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn porter_examples_from_the_paper_stem_as_published() {
        for (word, expected) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("falling", "fall"),
            ("filing", "file"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("triplicate", "triplic"),
            ("adjustment", "adjust"),
            ("controlling", "control"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn nltk_variations_keep_short_words_and_ie() {
        assert_eq!(stem("dies"), "die");
        assert_eq!(stem("tied"), "tie");
        assert_eq!(stem("cried"), "cri");
        assert_eq!(stem("crying"), "cri");
        assert_eq!(stem("say"), "say");
        assert_eq!(stem("news"), "news");
        assert_eq!(stem("skies"), "sky");
        assert_eq!(stem("as"), "as");
        assert_eq!(stem("generously"), "gener");
    }

    #[test]
    fn non_ascii_words_stay_valid_text() {
        assert_eq!(stem("cafés"), "café");
        assert_eq!(stem("Zürich"), "zürich");
        assert_eq!(stem("ßß"), "ßß");
    }
}
