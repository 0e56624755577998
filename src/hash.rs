//! Every hash the crate uses, in one place.
//!
//! - [`FastHasher`] ([`FastMap`], [`FastSet`]): a fast hasher for maps whose keys the text cannot
//!   choose freely: the fixed word tables (looked up with words of the text, but a look-up probes
//!   a table whose contents are fixed, so no text can make it slow) and indexes keyed by small
//!   integers the code assigns. SipHash, the standard library's default, costs more than the rest
//!   of a short-word look-up. Maps keyed by the text's own strings keep SipHash with random keys:
//!   with this hasher a crafted text could make their keys collide and an insert-heavy analysis
//!   quadratic. The state is mixed eight bytes at a time by a rotate, an xor and a multiply by an
//!   odd constant with well-spread bits (the golden ratio in 64 bits); `finish` folds the high
//!   bits down, since hashbrown takes its control byte from the top seven bits and its bucket
//!   from the bottom ones.
//! - [`IdHasher`] ([`IdMap`]): for keys that are already 64-bit hashes, used as they are.
//! - [`fnv1a`]: FNV-1a 64, the checksum of training data and text tables recorded in model
//!   headers, and (byte by byte, [`fnv1a_extend`]) the sentiment model's word keys.
//! - [`string_id`]: the 64-bit id of a string, part of two file formats (the tagger's model and
//!   lexicon store hashes of it).
//! - [`seal`]: the checksum that ends every model file (see `model`).
//!
//! FNV-1a, `string_id` and `seal` are part of file formats: changing one changes what the model
//! files mean.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

#[derive(Clone, Copy, Default)]
pub struct FastHasher {
    state: u64,
}

impl FastHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, value: u8) {
        self.mix(u64::from(value));
    }

    #[inline]
    fn write_u32(&mut self, value: u32) {
        self.mix(u64::from(value));
    }

    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.mix(value as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.state ^ (self.state >> 29)
    }
}

/// A hasher for keys that are already hashes (word ids): a `u64` key is used as it is.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u64(&mut self, id: u64) {
        self.0 = id;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` keyed by ids that are already hashes.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// The FNV-1a 64 offset basis: the hash of no bytes.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[cfg(any(test, feature = "train", feature = "eval"))]
/// FNV-1a 64 of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_extend(FNV_OFFSET, bytes)
}

/// FNV-1a 64 continued from `hash` over `bytes`.
#[inline]
pub fn fnv1a_extend(mut hash: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// One step of the multiply-rotate mix behind [`string_id`] and the tagger's feature hashes.
#[inline]
pub fn mix(state: u64, x: u64) -> u64 {
    (state.rotate_left(23) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The final avalanche of [`string_id`] and the tagger's feature hashes (MurmurHash3's fmix64).
#[inline]
pub fn avalanche(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// A string's 64-bit id: multiply-rotate over 8-byte words, then mixed. Little-endian reads,
/// so ids are the same on every platform (the tagger's model and lexicon store hashes of them).
pub fn string_id(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = 0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = mix(h, u64::from_le_bytes(word));
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    avalanche(mix(h, u64::from_le_bytes(tail)))
}

/// The checksum that ends every model file: a multiply-rotate over 8-byte little-endian words
/// and the length, then mixed; fast enough to check at every load.
pub fn seal(bytes: &[u8]) -> u64 {
    let mut h = 0x243f_6a88_85a3_08d3u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    h ^= bytes.len() as u64;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_gives_the_published_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_extend(fnv1a(b"fo"), b"o"), fnv1a(b"foo"));
    }

    #[test]
    fn the_seal_sees_every_byte() {
        let bytes: Vec<u8> = (0..21).collect();
        let whole = seal(&bytes);
        for i in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[i] ^= 1;
            assert_ne!(seal(&changed), whole, "byte {i}");
        }
        assert_ne!(seal(&bytes[..20]), whole);
    }

    #[test]
    fn string_ids_and_seals_differ_for_different_bytes() {
        assert_ne!(string_id("Kyiv"), string_id("kyiv"));
        assert_ne!(string_id(""), string_id("\0"));
        assert_ne!(seal(b"abcdefgh"), seal(b"abcdefgh\0"));
        assert_ne!(seal(b"abcdefgh"), seal(b"abcdefgi"));
    }

    #[test]
    fn maps_find_what_was_inserted_and_nothing_else() {
        let words = ["a", "ab", "abcdefgh", "abcdefghi", "", "é", "ab\u{0}"];
        let map: FastMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        for (i, word) in words.iter().enumerate() {
            assert_eq!(map.get(word), Some(&i), "{word:?}");
        }
        assert_eq!(map.get("abc"), None);
        let keys: FastSet<[u32; 4]> = (0..1000u32).map(|i| [i, i + 1, u32::MAX, u32::MAX]).collect();
        assert_eq!(keys.len(), 1000);
        assert!(keys.contains(&[7, 8, u32::MAX, u32::MAX]));
        assert!(!keys.contains(&[8, 7, u32::MAX, u32::MAX]));
    }
}
