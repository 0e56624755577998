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

use crate::hash::{fnv1a_extend as hash_bytes, FNV_OFFSET};

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
    fn shouting_needs_two_capital_letters_and_no_small_ones() {
        let shouted = |text: &str| is_shouted(text, Case::of(text));
        assert!(shouted("GREAT"));
        assert!(shouted("U.S."));
        assert!(!shouted("I"));
        assert!(!shouted("Great"));
        assert!(!shouted("42"));
    }
}
