//! Word keys: one 64-bit hash per token of its normalised form, shared by training and
//! inference so that both sides see the same words.
//!
//! Normalisation lower-cases, folds curly apostrophes and backquotes into `'`, curly and
//! doubled quotes (`“`, `”`, "``", "''") into `"`, and dashes (`–`, `—`) into `--`, which is
//! how the Stanford Sentiment Treebank writes them; its brackets `-lrb-` and `-rrb-` become `(`
//! and `)`. Newslens tokens and the treebank's already agree on contractions ("does" "n't").

use crate::hash::{fnv1a_extend as hash_bytes, FNV_OFFSET};

/// The key of a token: the FNV-1a hash of its normalised text.
pub fn key(token: &str) -> u64 {
    match token {
        "``" | "''" | "“" | "”" | "„" | "«" | "»" => return hash_bytes(FNV_OFFSET, b"\""),
        "-lrb-" | "-LRB-" => return hash_bytes(FNV_OFFSET, b"("),
        "-rrb-" | "-RRB-" => return hash_bytes(FNV_OFFSET, b")"),
        "–" | "—" | "―" => return hash_bytes(FNV_OFFSET, b"--"),
        _ => {}
    }
    let mut hash = FNV_OFFSET;
    if token.is_ascii() {
        for byte in token.bytes() {
            let byte = match byte {
                b'`' => b'\'',
                other => other.to_ascii_lowercase(),
            };
            hash = hash_bytes(hash, &[byte]);
        }
        return hash;
    }
    let mut buffer = [0u8; 4];
    for c in token.chars() {
        match c {
            '’' | '‘' | '`' | 'ʼ' => hash = hash_bytes(hash, b"'"),
            _ => {
                for lower in c.to_lowercase() {
                    hash = hash_bytes(hash, lower.encode_utf8(&mut buffer).as_bytes());
                }
            }
        }
    }
    hash
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

/// Whether a token is written in capitals for emphasis: two or more letters, none lower-case.
pub fn is_shouted(token: &str) -> bool {
    let mut letters = 0;
    for c in token.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_apostrophes_do_not_change_the_key() {
        assert_eq!(key("Good"), key("good"));
        assert_eq!(key("n’t"), key("n't"));
        assert_eq!(key("Zoë"), key("zoË"));
        assert_ne!(key("good"), key("goods"));
    }

    #[test]
    fn treebank_quotes_dashes_and_brackets_match_plain_text() {
        assert_eq!(key("``"), key("“"));
        assert_eq!(key("''"), key("\""));
        assert_eq!(key("—"), key("--"));
        assert_eq!(key("-lrb-"), key("("));
    }

    #[test]
    fn shouting_needs_two_capital_letters_and_no_small_ones() {
        assert!(is_shouted("GREAT"));
        assert!(is_shouted("U.S."));
        assert!(!is_shouted("I"));
        assert!(!is_shouted("Great"));
        assert!(!is_shouted("42"));
    }
}
