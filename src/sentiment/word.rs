//! Word keys: one 64-bit hash per token of its normalised form, shared by training and
//! inference so that both sides see the same words.
//!
//! The normalised form is the document's (see [`crate::segment::form`]: lower case, curly
//! apostrophes and backquotes as `'`, curly quotes as `"`, dashes as `-`); on top of it, the
//! key writes tokens the way the Stanford Sentiment Treebank does: a quote token (`"`, "``",
//! "''") is `"`, a dash written as one long dash (`–`, `—`, `―`) is `--`, and the treebank's
//! brackets `-lrb-` and `-rrb-` are `(` and `)`. Newslens tokens and the treebank's already
//! agree on contractions ("does" "n't").

use crate::segment::{normalize, Case};

/// FNV-1a offset basis and prime (64-bit).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The key of a token, given its text and its normalised form.
pub fn token_key(text: &str, norm: &str) -> u64 {
    if matches!(text, "–" | "—" | "―") {
        return hash_bytes(FNV_OFFSET, b"--");
    }
    let norm = match norm {
        "\"" | "''" => "\"",
        "-lrb-" => "(",
        "-rrb-" => ")",
        other => other,
    };
    hash_bytes(FNV_OFFSET, norm.as_bytes())
}

/// The key of a word as written (a table's or the treebank's).
pub fn key(text: &str) -> u64 {
    token_key(text, &normalize(text))
}

/// Whether a token is written in capitals for emphasis: in capitals, with two letters or more.
pub fn is_shouted(text: &str, case: Case) -> bool {
    case == Case::Upper && text.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

fn hash_bytes(mut hash: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// FNV-1a over a whole byte string: the checksum of the training data and of the lexicon's
/// text, recorded in the model header.
#[cfg(any(test, feature = "train"))]
pub fn checksum(bytes: &[u8]) -> u64 {
    hash_bytes(FNV_OFFSET, bytes)
}

/// FNV-1a taken 8 bytes at a time (little-endian words, then the remaining bytes one by one):
/// the checksum of the model file, eight times fewer steps than byte-wise FNV-1a on the first
/// load. Training data checksums stay byte-wise FNV-1a.
pub fn checksum_words(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut hash = FNV_OFFSET;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash ^= u64::from_le_bytes(word);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash_bytes(hash, chunks.remainder())
}

/// Mixes a feature's kind and its word keys into one well-spread hash (the finaliser of
/// SplitMix64), so that the table index can take the top bits.
pub fn mix(kind: u64, a: u64, b: u64) -> u64 {
    let mut z = kind
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(a)
        .rotate_left(23)
        .wrapping_add(b.wrapping_mul(0xbf58_476d_1ce4_e5b9));
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_apostrophes_do_not_change_the_key() {
        assert_eq!(key("Good"), key("good"));
        assert_eq!(key("n’t"), key("n't"));
        assert_eq!(key("Zoë"), key("zoË"));
        assert_eq!(key("isnʼt"), key("isn't"));
        assert_ne!(key("good"), key("goods"));
    }

    #[test]
    fn treebank_quotes_dashes_and_brackets_match_plain_text() {
        assert_eq!(key("``"), key("“"));
        assert_eq!(key("''"), key("\""));
        assert_eq!(key("—"), key("--"));
        assert_ne!(key("-"), key("--"));
        assert_eq!(key("-lrb-"), key("("));
    }

    #[test]
    fn the_word_checksum_sees_every_byte() {
        let bytes: Vec<u8> = (0..21).collect();
        let whole = checksum_words(&bytes);
        for i in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[i] ^= 1;
            assert_ne!(checksum_words(&changed), whole, "byte {i}");
        }
        assert_ne!(checksum_words(&bytes[..20]), whole);
    }

    #[test]
    fn shouting_needs_two_capital_letters_and_no_small_ones() {
        let shouted = |text: &str| is_shouted(text, Case::of(text));
        assert!(shouted("GREAT"));
        assert!(shouted("U.S."));
        assert!(!shouted("I"));
        assert!(!shouted("Great"));
        assert!(!shouted("42"));
    }
}
