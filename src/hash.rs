//! A fast hasher for maps whose keys the text cannot choose freely: the fixed word tables
//! (looked up with words of the text, but a look-up probes a table whose contents are fixed, so
//! no text can make it slow) and indexes keyed by small integers the code assigns. SipHash, the
//! standard library's default, costs more than the rest of a short-word look-up. Maps keyed by
//! the text's own strings keep SipHash with random keys: with this hasher a crafted text could
//! make their keys collide and an insert-heavy analysis quadratic.
//!
//! The state is mixed eight bytes at a time by a rotate, an xor and a multiply by an odd
//! constant with well-spread bits (the golden ratio in 64 bits); `finish` folds the high bits
//! down, since hashbrown takes its control byte from the top seven bits and its bucket from the
//! bottom ones.

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

#[cfg(test)]
mod tests {
    use super::{FastMap, FastSet};

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
