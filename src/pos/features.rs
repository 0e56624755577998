//! The features of one token for the greedy tagger: its word, suffixes, prefix and shape, the
//! words around it and the two tags before it, each hashed to a 32-bit key.
//!
//! Words are lower-cased; a word with a digit becomes its shape ("!d4" for "1996", "!d.d" for
//! "3.5"), so that numbers share weights.

/// A word normalised for features: lower-cased, digits folded into a shape.
pub fn normalise(word: &str) -> String {
    if word.chars().any(|c| c.is_ascii_digit()) {
        let mut shape = String::from("!");
        let mut digits = 0;
        for c in word.chars() {
            if c.is_ascii_digit() {
                digits += 1;
                continue;
            }
            if digits > 0 {
                shape.push('d');
                digits = 0;
            }
            shape.push(if c.is_alphabetic() { 'a' } else { c });
        }
        if digits > 0 {
            shape.push('d');
            if shape == "!d" && word.len() == 4 {
                shape.push('4');
            }
        }
        shape
    } else {
        // Curly quotes as the treebank writes them straight: "’s" is "'s".
        word.chars()
            .map(|c| match c {
                '‘' | '’' => '\'',
                '“' | '”' => '"',
                _ => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    }
}

/// The shape of a word as written: runs of upper-case (X), lower-case (x), digit (d) and other
/// characters, each run one letter.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(class) {
            out.push(class);
        }
        if out.len() > 12 {
            break;
        }
    }
    out
}

/// The last `n` characters of `word` (all of it when shorter).
fn suffix(word: &str, n: usize) -> &str {
    let start = word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &word[start..]
}

fn first_char(word: &str) -> &str {
    word.char_indices().nth(1).map_or(word, |(i, _)| &word[..i])
}

/// The key of a feature: FNV-1a over its kind and parts, folded to 32 bits.
fn key(kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut add = |b: u8| h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    add(kind);
    for part in parts {
        for &b in *part {
            add(b);
        }
        add(0xff);
    }
    (h >> 32) as u32 ^ h as u32
}

/// What the tagger knows of one token before tagging: its normalised form and shape.
pub struct Word {
    pub norm: String,
    pub shape: String,
    /// First token of its sentence.
    pub initial: bool,
}

impl Word {
    pub fn new(text: &str, initial: bool) -> Word {
        Word { norm: normalise(text), shape: shape(text), initial }
    }
}

const NONE: &[u8] = b"\x00";

/// Writes the feature keys of token `i` of `words` into `out`, given the tags of the two tokens
/// before it (`u8::MAX` before the sentence start). The keys come in groups by what they
/// depend on, so that a document can look each group up once per distinct word form (see
/// [`super::forms`]).
pub fn features(words: &[Word], i: usize, previous: u8, before: u8, out: &mut Vec<u32>) {
    out.clear();
    let word = |j: Option<usize>| j.and_then(|j| words.get(j));
    context_keys(previous, before, out);
    out.push(word_tag_key(previous, &words[i].norm));
    own_keys(&words[i], out);
    before_keys(word(i.checked_sub(1)), out);
    second_before_keys(word(i.checked_sub(2)), out);
    after_keys(word(Some(i + 1)), out);
    second_after_keys(word(Some(i + 2)), out);
}

fn norm(x: Option<&Word>) -> &[u8] {
    x.map_or(NONE, |x| x.norm.as_bytes())
}

fn suffix3(x: Option<&Word>) -> &[u8] {
    x.map_or(NONE, |x| suffix(&x.norm, 3).as_bytes())
}

/// The keys that depend only on the tags before the token: a bias and the two tags.
pub fn context_keys(previous: u8, before: u8, out: &mut Vec<u32>) {
    let (p, pp) = ([previous], [before]);
    out.push(key(0, &[]));
    out.push(key(5, &[&p]));
    out.push(key(6, &[&pp]));
    out.push(key(7, &[&p, &pp]));
}

/// The key of the tag before the token with the token's normalised form.
pub fn word_tag_key(previous: u8, norm: &str) -> u32 {
    key(8, &[&[previous], norm.as_bytes()])
}

/// The keys of the token's own form: the word, its affixes and shape.
pub fn own_keys(this: &Word, out: &mut Vec<u32>) {
    let w = this.norm.as_bytes();
    out.push(key(1, &[w]));
    out.push(key(2, &[suffix(&this.norm, 3).as_bytes()]));
    out.push(key(3, &[suffix(&this.norm, 2).as_bytes()]));
    out.push(key(4, &[first_char(&this.norm).as_bytes()]));
    out.push(key(15, &[this.shape.as_bytes(), &[u8::from(this.initial)]]));
    out.push(key(16, &[suffix(&this.norm, 4).as_bytes()]));
}

/// The keys of the word just before the token (`None`: the sentence starts).
pub fn before_keys(word: Option<&Word>, out: &mut Vec<u32>) {
    out.push(key(9, &[norm(word)]));
    out.push(key(10, &[suffix3(word)]));
}

/// The key of the word two before the token.
pub fn second_before_keys(word: Option<&Word>, out: &mut Vec<u32>) {
    out.push(key(11, &[norm(word)]));
}

/// The keys of the word just after the token (`None`: the sentence ends).
pub fn after_keys(word: Option<&Word>, out: &mut Vec<u32>) {
    out.push(key(12, &[norm(word)]));
    out.push(key(13, &[suffix3(word)]));
    out.push(key(17, &[word.map_or(NONE, |x| x.shape.as_bytes())]));
}

/// The key of the word two after the token.
pub fn second_after_keys(word: Option<&Word>, out: &mut Vec<u32>) {
    out.push(key(14, &[norm(word)]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_fold_into_shapes_and_words_into_lower_case() {
        assert_eq!(normalise("1996"), "!d4");
        assert_eq!(normalise("3.5"), "!d.d");
        assert_eq!(normalise("1990s"), "!da");
        assert_eq!(normalise("Kyiv"), "kyiv");
        assert_eq!(shape("Long-range"), "Xx-x");
        assert_eq!(suffix("missiles", 3), "les");
        assert_eq!(suffix("é", 3), "é");
    }
}
