//! Word keys: one 64-bit hash per token of its normalised form, shared by training and
//! inference so that both sides see the same words.
//!
//! Normalisation lower-cases, folds curly apostrophes and backquotes into `'`, curly and
//! doubled quotes (`“`, `”`, "``", "''") into `"`, and dashes (`–`, `—`) into `--`, which is
//! how the Stanford Sentiment Treebank writes them; its brackets `-lrb-` and `-rrb-` become `(`
//! and `)`. Newslens tokens and the treebank's already agree on contractions ("does" "n't").

/// FNV-1a offset basis and prime (64-bit).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

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
        assert!(is_shouted("GREAT"));
        assert!(is_shouted("U.S."));
        assert!(!is_shouted("I"));
        assert!(!is_shouted("Great"));
        assert!(!is_shouted("42"));
    }
}
