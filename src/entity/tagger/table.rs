//! A read-only hash index stored as bytes and used where it lies (in the binary, from
//! `include_bytes!`): nothing is decoded or allocated to load it.
//!
//! Keys are 32-bit hashes. The top 16 bits pick one of 65,536 buckets; a bucket's entries are
//! stored together, sorted by the low 16 bits, of which only the top `bits` (12 to 16, chosen by
//! the file's reader, not stored) are kept, packed. Where a
//! bucket starts is the start of its block of 8 buckets (a u32 per block) plus the counts of
//! the buckets before it in the block (a byte per bucket, summed as one 64-bit word), so a
//! lookup reads a block start, one 8-byte word of counts and one or two keys. An entry's
//! position (0..n) indexes the arrays of values stored beside the index.
//!
//! Layout (little-endian): n (u32); 8,192 block starts (u32); 65,536 bucket counts (u8); n
//! kept key bits, `bits` each, packed from the low bit up (with 16 bits: n u16). [`Index::read`] checks that the starts and counts agree with n,
//! so every position a lookup returns is below n even in a corrupted file.
//!
//! Limits: two keys equal in their 16 + `bits` kept bits cannot both be stored ([`build`] keeps
//! the first), and a key not in the index is found when those bits equal a stored one's
//! (probability n / 2^(16 + bits) per lookup: 1 in 3,600 for 73,914 words in 12 bits).

const BUCKET_BITS: u32 = 16;
const BUCKETS: usize = 1 << BUCKET_BITS;
const BLOCK: usize = 8;
const BLOCKS: usize = BUCKETS / BLOCK;

/// The most keys of a bucket compared at once, in one 64-bit word (16-bit keys).
const LANES: usize = 4;

/// The most and fewest key bits kept beside the bucket.
pub const MAX_BITS: u32 = 16;
pub const MIN_BITS: u32 = 8;

/// Bytes of an index of `n` entries keeping `bits` bits of each key.
pub fn byte_len(n: usize, bits: u32) -> usize {
    4 + 4 * BLOCKS + BUCKETS + (n * bits as usize).div_ceil(8)
}

/// The bits of `key` kept beside its bucket, as a number that sorts like the key.
fn kept(key: u32, bits: u32) -> u16 {
    (key as u16) >> (MAX_BITS - bits)
}

/// An index over bytes, checked.
#[derive(Clone, Copy)]
pub struct Index<'a> {
    n: usize,
    bits: u32,
    starts: &'a [u8],
    counts: &'a [u8],
    keys: &'a [u8],
}

fn u32_at(bytes: &[u8], i: usize) -> u32 {
    match bytes.get(4 * i..4 * i + 4) {
        Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        None => 0,
    }
}

/// The sum of the 8 bytes of `word` (each block's counts sum to at most 255, checked on read).
fn byte_sum(word: u64) -> u32 {
    (word.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

impl<'a> Index<'a> {
    /// Reads an index of 16-bit kept keys at the start of `bytes`; returns it and the bytes
    /// after it, or what is wrong.
    #[cfg(test)]
    pub fn read(bytes: &'a [u8]) -> Result<(Index<'a>, &'a [u8]), &'static str> {
        Index::read_with(bytes, MAX_BITS, true)
    }

    /// [`read`](Self::read), checking the counts against the block starts only if `check`: a
    /// lookup in an index whose counts disagree finds wrong positions but never reads out of
    /// bounds, so the embedded files, which the tests read with every check, skip it.
    /// `bits` is how many bits of each key were kept ([`build_with`]), clamped to 8..=16.
    pub fn read_with(bytes: &'a [u8], bits: u32, check: bool) -> Result<(Index<'a>, &'a [u8]), &'static str> {
        let bits = bits.clamp(MIN_BITS, MAX_BITS);
        if bytes.len() < 4 {
            return Err("index truncated");
        }
        let n = u32_at(bytes, 0) as usize;
        if n > bytes.len() {
            return Err("index count exceeds the file");
        }
        let len = byte_len(n, bits);
        if bytes.len() < len {
            return Err("index truncated");
        }
        let starts = &bytes[4..4 + 4 * BLOCKS];
        let counts = &bytes[4 + 4 * BLOCKS..4 + 4 * BLOCKS + BUCKETS];
        let keys = &bytes[4 + 4 * BLOCKS + BUCKETS..len];
        if !check {
            return Ok((Index { n, bits, starts, counts, keys }, &bytes[len..]));
        }
        let mut next = 0u32;
        for (block, group) in counts.chunks_exact(BLOCK).enumerate() {
            if u32_at(starts, block) != next {
                return Err("index block starts disagree with the counts");
            }
            let sum: u32 = group.iter().map(|&c| u32::from(c)).sum();
            if sum > 255 {
                return Err("index block too full");
            }
            next += sum;
        }
        if next as usize != n {
            return Err("index counts disagree with its size");
        }
        Ok((Index { n, bits, starts, counts, keys }, &bytes[len..]))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether the index has no entries.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The position of `key`, if stored.
    #[inline]
    pub fn find(&self, key: u32) -> Option<usize> {
        self.locate(key).map(|(position, _)| position)
    }

    /// The position of `key`, if stored, and its block (entries are grouped by block, 8,192
    /// blocks in key order, so values of varying length can be found from a start per block).
    #[inline]
    pub fn locate(&self, key: u32) -> Option<(usize, usize)> {
        let bucket = (key >> 16) as usize;
        let block = bucket / BLOCK;
        let mut word = [0u8; 8];
        word.copy_from_slice(self.counts.get(block * BLOCK..block * BLOCK + BLOCK)?);
        let word = u64::from_le_bytes(word);
        let shift = (bucket % BLOCK) * 8;
        let start = (u32_at(self.starts, block) + byte_sum(word & ((1u64 << shift) - 1))) as usize;
        let count = ((word >> shift) & 0xff) as usize;
        let low = kept(key, self.bits);
        if self.bits == MAX_BITS && count <= LANES && 2 * start + 8 <= self.keys.len() {
            return self.search_lanes(start, count, low).map(|position| (position, block));
        }
        for position in start..start + count {
            let k = self.kept_at(position)?;
            if k == low {
                return Some((position, block));
            }
            if k > low {
                return None;
            }
        }
        None
    }

    /// The first of the `count` (at most [`LANES`]) 16-bit keys from `position` that equals
    /// `low`, compared all at once in one 64-bit word: no branch per key, which a bucket of 0 to
    /// 4 keys mispredicts often. Finds exactly what the loop in [`locate`](Self::locate) finds:
    /// the keys of a bucket are sorted, so the first equal key is the one the loop stops at.
    #[inline]
    fn search_lanes(&self, position: usize, count: usize, low: u16) -> Option<usize> {
        if count == 0 {
            return None;
        }
        // One 8-byte read (a variable-length copy would be a call to memcpy in wasm). The last
        // keys of the index, with fewer than 8 bytes after them, take the key-by-key path.
        let word: [u8; 8] = self.keys.get(2 * position..2 * position + 8)?.try_into().ok()?;
        // A lane of `x` is zero where the key equals `low`. The lowest lane flagged by the
        // zero-lane test is always a real zero (a false flag needs a borrow from a zero lane
        // below it), so the first match is exact.
        let x = u64::from_le_bytes(word) ^ (u64::from(low) * 0x0001_0001_0001_0001);
        let zero = x.wrapping_sub(0x0001_0001_0001_0001) & !x & 0x8000_8000_8000_8000;
        // Lanes past the bucket (keys of the buckets after it) do not count.
        let wanted = zero & (u64::MAX >> (64 - 16 * count));
        (wanted != 0).then(|| position + (wanted.trailing_zeros() / 16) as usize)
    }

    /// The kept bits of the key at `position`.
    #[inline]
    fn kept_at(&self, position: usize) -> Option<u16> {
        if self.bits == MAX_BITS {
            let k = self.keys.get(2 * position..2 * position + 2)?;
            return Some(u16::from_le_bytes([k[0], k[1]]));
        }
        let bit = position * self.bits as usize;
        let byte = |i: usize| u32::from(self.keys.get(bit / 8 + i).copied().unwrap_or(0));
        let word = byte(0) | byte(1) << 8 | byte(2) << 16;
        Some(((word >> (bit % 8)) & ((1 << self.bits) - 1)) as u16)
    }
}

#[cfg(any(test, feature = "train"))]
/// [`build_with`] keeping all 16 low bits of each key.
pub fn build(keys: &[u32]) -> (Vec<u8>, Vec<usize>) {
    build_with(keys, MAX_BITS)
}

#[cfg(any(test, feature = "train"))]
/// Writes the index of `keys`; returns its bytes and, for each position, the index in `keys`
/// of the key stored there. A key equal to an earlier one is left out (it would be
/// unreachable); so is every key of a block past 255 entries (never seen with hashed keys:
/// blocks hold 8 entries on average when n is 65,536). Keeps the top `bits` (8 to 16) of each
/// key's low half: keys equal in those and in their bucket count as equal.
pub fn build_with(keys: &[u32], bits: u32) -> (Vec<u8>, Vec<usize>) {
    let bits = bits.clamp(MIN_BITS, MAX_BITS);
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| (keys[i], i));
    order.dedup_by_key(|&mut i| (keys[i] >> 16, kept(keys[i], bits)));
    let mut counts = vec![0u32; BUCKETS];
    let mut kept_keys = Vec::with_capacity(order.len());
    for &i in &order {
        let bucket = (keys[i] >> 16) as usize;
        let block = bucket / BLOCK;
        let in_block: u32 = counts[block * BLOCK..block * BLOCK + BLOCK].iter().sum();
        if in_block < 255 {
            counts[bucket] += 1;
            kept_keys.push(i);
        }
    }
    let stored = kept_keys;
    let mut out = Vec::with_capacity(byte_len(stored.len(), bits));
    out.extend_from_slice(&(stored.len() as u32).to_le_bytes());
    let mut start = 0u32;
    for group in counts.chunks_exact(BLOCK) {
        out.extend_from_slice(&start.to_le_bytes());
        start += group.iter().sum::<u32>();
    }
    out.extend(counts.iter().map(|&c| c as u8));
    let mut packed = vec![0u8; (stored.len() * bits as usize).div_ceil(8)];
    for (position, &i) in stored.iter().enumerate() {
        let value = u32::from(kept(keys[i], bits));
        let bit = position * bits as usize;
        for k in 0..bits as usize {
            if value >> k & 1 == 1 {
                packed[(bit + k) / 8] |= 1 << ((bit + k) % 8);
            }
        }
    }
    out.extend_from_slice(&packed);
    (out, stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_key_is_found_at_its_position_and_others_mostly_are_not() {
        let keys: Vec<u32> = (0..5000u32).map(|i| i.wrapping_mul(0x9e37_79b9) ^ (i << 7)).collect();
        let (bytes, order) = build(&keys);
        let (index, rest) = Index::read(&bytes).expect("a built index reads");
        assert!(rest.is_empty());
        assert_eq!(index.len(), keys.len());
        for (position, &i) in order.iter().enumerate() {
            assert_eq!(index.find(keys[i]), Some(position));
        }
        let strangers = (0..5000u32).filter(|i| index.find(i.wrapping_mul(0x85eb_ca6b) | 1).is_some()).count();
        assert!(strangers < 5, "{strangers} absent keys found");
    }

    #[test]
    fn keys_kept_in_12_bits_are_found_and_strangers_rarely_are() {
        let keys: Vec<u32> = (0..70_000u32).map(|i| i.wrapping_mul(0x9e37_79b9).rotate_left(11) ^ i).collect();
        let (bytes, order) = build_with(&keys, 12);
        assert_eq!(bytes.len(), byte_len(order.len(), 12));
        assert!(order.len() + 40 > keys.len(), "{} of {} kept", order.len(), keys.len());
        let (index, rest) = Index::read_with(&bytes, 12, true).expect("a built index reads");
        assert!(rest.is_empty());
        for (position, &i) in order.iter().enumerate() {
            assert_eq!(index.find(keys[i]), Some(position));
        }
        let strangers =
            (0..100_000u32).filter(|i| index.find(i.wrapping_mul(0x85eb_ca6b).rotate_left(7) | 1).is_some()).count();
        assert!((5..60).contains(&strangers), "{strangers} absent keys found");
        // The same keys read as 16-bit ones are not mistaken for an index of that size.
        assert!(Index::read_with(&bytes, 16, true).is_err());
    }

    #[test]
    fn crowded_buckets_find_what_a_key_by_key_search_finds() {
        // 600 keys in 64 buckets (about 9 each: the loop runs),
        // probed with every stored key and with neighbours of each, present or not.
        // Then 300 more, alone or two to a bucket (the word-at-a-time search alone).
        let keys: Vec<u32> = (0..600u32)
            .map(|i| ((i % 64) << 16) | (i.wrapping_mul(0x9e37) & 0xffff))
            .chain((0..300u32).map(|i| ((1000 + i / 2 * 3) << 16) | (i.wrapping_mul(0x85eb) & 0xffff)))
            .collect();
        let (bytes, _) = build(&keys);
        let (index, _) = Index::read(&bytes).expect("a built index reads");
        let by_loop = |key: u32| {
            let bucket = (key >> 16) as usize;
            let start = u32_at(index.starts, bucket / BLOCK) as usize
                + index.counts[bucket / BLOCK * BLOCK..bucket].iter().map(|&c| c as usize).sum::<usize>();
            (start..start + index.counts[bucket] as usize).find(|&p| index.kept_at(p) == Some(key as u16))
        };
        let mut sizes = std::collections::BTreeSet::new();
        for &key in &keys {
            sizes.insert(index.counts[(key >> 16) as usize]);
            for probe in [key, key ^ 1, key.wrapping_add(7), key | 0xffff, key & 0xffff_0000] {
                assert_eq!(index.find(probe), by_loop(probe), "key {probe:#x}");
            }
        }
        assert!(sizes.iter().any(|&n| n <= 4) && sizes.iter().any(|&n| n > 4), "bucket sizes {sizes:?}");
    }

    #[test]
    fn duplicate_keys_keep_the_first_and_bad_counts_are_refused() {
        let (bytes, order) = build(&[7, 9, 7]);
        assert_eq!(order, vec![0, 1]);
        let mut bad = bytes.clone();
        bad[4 + 4 * BLOCKS] ^= 1;
        assert!(Index::read(&bad).is_err());
        assert!(Index::read(&bytes[..bytes.len() - 1]).is_err());
        assert!(Index::read(&[]).is_err());
    }
}
