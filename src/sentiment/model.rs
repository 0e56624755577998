//! The learned weights: a hashed table of 8-bit weights plus a few dense weights, and the
//! valence lexicon, in one small binary file with a readable header, used in place.
//!
//! The table is sparse: only the slots of features seen in training with a weight that
//! survives 8-bit quantization are stored, so a word never seen in training weighs nothing
//! (with 2^24 slots, an unseen word lands on a stored slot about once in 200). Loading checks
//! the checksum and the sizes and borrows the arrays from the file (`include_bytes!`): nothing
//! is decoded entry by entry, so the first analysis does not wait for a table to be built.
//!
//! Format: the [`crate::model`] container (magic `NLSENTIM`, format version 3, a text header
//! with the command that made the file and the checksums of its data, the checksum at the end)
//! around this payload (little-endian): feature config (u16), table bits (u8), dense count (u8),
//! table scale (f32), dense weights (f32 each), the number of stored slots (u32); then the slots
//! grouped in [`BUCKETS`] buckets by their top bits: where each bucket starts ((`BUCKETS` + 1) ×
//! u32, the last being the count), each slot's bits below its bucket's as two byte planes (all
//! the low bytes, then all the high bytes: gzip packs planes about 10% tighter than interleaved
//! u16; increasing within a bucket), each slot's weight (i8, weight = value × scale); the
//! number of lexicon words (u32), where the keys of each of 1,024 buckets (by their top 10 bits)
//! start (1,025 × u32), the keys (u32, increasing) and valences (i8, tenths). Format 2 had the
//! same payload in a container of its own (6-byte magic, u16 version and header length, FNV-1a
//! over 8-byte words as checksum).

use super::features::{Config, DENSE};
use super::lexicon::Lexicon;
use crate::model::{Format, ModelError, Reader};

/// The sentiment model's file: magic `NLSENTIM`, and the format version this build reads and
/// writes.
pub const FORMAT: Format = Format { magic: b"NLSENTIM", version: 3, name: "sentiment" };
/// The embedded model.
pub(super) const EMBEDDED: &[u8] = include_bytes!("../../models/sentiment.bin");
/// The fewest and most table bits a file may declare: a slot's bits below the bucket's fit a u16.
const BITS: std::ops::RangeInclusive<u8> = BUCKET_BITS as u8..=(BUCKET_BITS + 16) as u8;
/// Slots are grouped by their top `BUCKET_BITS` bits.
const BUCKET_BITS: u32 = 12;
pub const BUCKETS: usize = 1 << BUCKET_BITS;
/// The lexicon's keys are grouped by their top 10 bits (see `lexicon`).
const LEXICON_BUCKETS: usize = 1 << 10;

/// Weights ready for scoring, borrowed from the file's bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Model<'a> {
    pub config: Config,
    pub bits: u32,
    scale: f32,
    /// Where each bucket's slots start, (`BUCKETS` + 1) u32.
    starts: &'a [u8],
    /// Each stored slot's bits below its bucket: low bytes, then high bytes.
    lows: &'a [u8],
    highs: &'a [u8],
    /// Each stored slot's weight, i8.
    weights: &'a [u8],
    pub dense: [f32; DENSE],
    pub lexicon: Lexicon<'a>,
    /// The header text, for display.
    pub header: String,
}

impl Model<'static> {
    /// A model that scores everything 0: what analysis falls back to if the embedded model
    /// cannot be read (a test makes sure it can).
    pub fn empty() -> Model<'static> {
        static NO_STARTS: [u8; 4 * (BUCKETS + 1)] = [0; 4 * (BUCKETS + 1)];
        Model {
            config: Config(0),
            bits: BUCKET_BITS,
            scale: 1.0,
            starts: &NO_STARTS,
            lows: &[],
            highs: &[],
            weights: &[],
            dense: [0.0; DENSE],
            lexicon: Lexicon::empty(),
            header: String::new(),
        }
    }
}

impl<'a> Model<'a> {
    /// The weight of a feature index.
    pub fn weight(&self, index: u32) -> f32 {
        let Some(dense) = index.checked_sub(1 << self.bits) else {
            return self.table_weight(index);
        };
        self.dense.get(dense as usize).copied().unwrap_or(0.0)
    }

    fn table_weight(&self, slot: u32) -> f32 {
        let shift = self.bits - BUCKET_BITS;
        let bucket = (slot >> shift) as usize;
        let wanted = (slot & ((1 << shift) - 1)) as u16;
        // `read` checked that the starts never decrease and stay within the slots.
        let (low, high) = (u32_at(self.starts, bucket) as usize, u32_at(self.starts, bucket + 1) as usize);
        let (Some(lows), Some(highs)) = (self.lows.get(low..high), self.highs.get(low..high)) else {
            return 0.0;
        };
        let slot = |i: usize| u16::from_le_bytes([lows[i], highs[i]]);
        // The last slot at or below `wanted`, found without branching on the comparisons: which
        // way each step goes is a coin toss, and a branch would be mispredicted half the time.
        let (mut base, mut size) = (0, lows.len());
        if size == 0 {
            return 0.0;
        }
        while size > 1 {
            let half = size / 2;
            base = if slot(base + half) <= wanted { base + half } else { base };
            size -= half;
        }
        if slot(base) == wanted {
            f32::from(self.weights[low + base] as i8) * self.scale
        } else {
            0.0
        }
    }

    /// How many table slots carry a weight.
    #[cfg(any(test, feature = "train"))]
    pub fn stored(&self) -> usize {
        self.weights.len()
    }

    /// Reads a model file without copying its tables.
    pub fn read(bytes: &'a [u8]) -> Result<Model<'a>, ModelError> {
        let opened = FORMAT.open(bytes, true)?;
        let header = opened.header.to_owned();
        let mut reader = Reader::new(opened.payload);
        let config = Config(reader.u16()?);
        let bits = reader.u8()?;
        let dense_count = usize::from(reader.u8()?);
        if !BITS.contains(&bits) || dense_count != DENSE {
            return Err(ModelError::Malformed("table bits or dense count"));
        }
        let scale = reader.f32()?;
        let mut dense = [0.0; DENSE];
        for weight in &mut dense {
            *weight = reader.f32()?;
        }
        let count = reader.u32()? as usize;
        let starts = reader.take(4 * (BUCKETS + 1))?;
        let lows = reader.take(count)?;
        let highs = reader.take(count)?;
        let weights = reader.take(count)?;
        // The table lookup relies on this; it is one pass over the buckets, not the slots.
        let mut previous = 0;
        for bucket in 0..=BUCKETS {
            let start = u32_at(starts, bucket);
            if start < previous || (bucket == 0 && start != 0) {
                return Err(ModelError::Malformed("slot buckets"));
            }
            previous = start;
        }
        if previous as usize != count {
            return Err(ModelError::Malformed("slot buckets"));
        }
        let words = reader.u32()? as usize;
        let word_starts = reader.take(4 * (LEXICON_BUCKETS + 1))?;
        let keys = reader.take(words.checked_mul(4).ok_or(ModelError::Truncated)?)?;
        let tenths = reader.take(words)?;
        let lexicon = Lexicon::from_tables(word_starts, keys, tenths).ok_or(ModelError::Malformed("lexicon"))?;
        if !reader.rest().is_empty() {
            return Err(ModelError::Malformed("trailing bytes"));
        }
        Ok(Model { config, bits: u32::from(bits), scale, starts, lows, highs, weights, dense, lexicon, header })
    }
}

/// Writes a model file from weights by slot (slots below `2^bits`; weights that round to 0 at
/// 8 bits are dropped) and returns its bytes.
#[cfg(any(test, feature = "train"))]
pub fn write(
    header: &str,
    config: Config,
    bits: u32,
    table: &[(u32, f32)],
    dense: &[f32; DENSE],
    lexicon: &Lexicon<'_>,
) -> Vec<u8> {
    let bits = bits.clamp(u32::from(*BITS.start()), u32::from(*BITS.end()));
    let largest = table.iter().fold(0.0f32, |m, &(_, w)| m.max(w.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    let mut out = Vec::with_capacity(3 * table.len() + 4 * BUCKETS + 256);
    out.extend_from_slice(&config.0.to_le_bytes());
    out.push(bits as u8);
    out.push(DENSE as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    for weight in dense {
        out.extend_from_slice(&weight.to_le_bytes());
    }
    let mut stored: Vec<(u32, i8)> = table
        .iter()
        .filter(|&&(slot, _)| slot < 1 << bits)
        .map(|&(slot, w)| (slot, (w / scale).round().clamp(-127.0, 127.0) as i8))
        .filter(|&(_, q)| q != 0)
        .collect();
    stored.sort_unstable();
    stored.dedup_by_key(|&mut (slot, _)| slot);
    out.extend_from_slice(&(stored.len() as u32).to_le_bytes());
    let shift = bits - BUCKET_BITS;
    let mut next = 0;
    for bucket in 0..=BUCKETS {
        while next < stored.len() && ((stored[next].0 >> shift) as usize) < bucket {
            next += 1;
        }
        out.extend_from_slice(&(next as u32).to_le_bytes());
    }
    let lows = stored.iter().map(|&(slot, _)| (slot & ((1 << shift) - 1)) as u16);
    out.extend(lows.clone().map(|low| low as u8));
    out.extend(lows.map(|low| (low >> 8) as u8));
    out.extend(stored.iter().map(|&(_, q)| q as u8));
    let [starts, keys, tenths] = lexicon.tables();
    out.extend_from_slice(&(tenths.len() as u32).to_le_bytes());
    out.extend_from_slice(starts);
    out.extend_from_slice(keys);
    out.extend_from_slice(tenths);
    FORMAT.write(header, &out)
}

#[inline]
fn u32_at(bytes: &[u8], index: usize) -> u32 {
    let at = 4 * index;
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

#[cfg(test)]
mod tests {
    use super::super::word;
    use super::*;

    fn sample() -> Vec<u8> {
        let lexicon = Lexicon::parse("good\t1.9\nbad\t-2.5\n");
        let table = [(3, 1.27), (200, -0.5), (4095, 0.3), (1 << 15, 0.9), ((1 << 16) - 1, -1.0)];
        write("test", Config(Config::BIGRAMS), 16, &table, &[0.25, -2.0], &lexicon)
    }

    #[test]
    fn a_written_model_reads_back_with_quantized_weights() {
        let bytes = sample();
        let read = Model::read(&bytes).expect("a fresh model reads");
        assert_eq!(read.header, "test");
        assert_eq!(read.config, Config(Config::BIGRAMS));
        assert_eq!(read.dense, [0.25, -2.0]);
        assert!((read.weight(3) - 1.27).abs() < 0.01);
        assert!((read.weight(200) + 0.5).abs() < 0.01);
        assert!((read.weight(4095) - 0.3).abs() < 0.01);
        assert!((read.weight(1 << 15) - 0.9).abs() < 0.01);
        assert!((read.weight((1 << 16) - 1) + 1.0).abs() < 0.01);
        assert_eq!(read.weight(7), 0.0);
        assert_eq!(read.weight(4094), 0.0);
        assert_eq!(read.weight(1 << 16), 0.25);
        assert_eq!(read.weight((1 << 16) + 1), -2.0);
        assert_eq!(read.weight(u32::MAX), 0.0);
        assert_eq!(read.stored(), 5);
        assert_eq!(read.lexicon.valence(word::key("bad")), -2.5);
    }

    #[test]
    fn damaged_files_give_clear_errors() {
        let bytes = sample();
        assert_eq!(Model::read(b"nonsense"), Err(ModelError::NotAModel { model: "sentiment" }));
        let mut newer = bytes.clone();
        newer[8] = 9;
        let error = Model::read(&newer).expect_err("version 9 is refused");
        assert_eq!(error.to_string(), "sentiment model format version 9 is not supported (this build reads version 3)");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 12;
        flipped[last] ^= 1;
        assert_eq!(Model::read(&flipped), Err(ModelError::Corrupted));
        for cut in [0, 7, 20, bytes.len() / 2, bytes.len() - 9, bytes.len() - 1] {
            assert!(Model::read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn resealed_files_with_inconsistent_sizes_are_refused() {
        let bytes = sample();
        let body = &bytes[..bytes.len() - 8];
        let seal = |mut body: Vec<u8>| {
            let checksum = crate::hash::seal(&body);
            body.extend_from_slice(&checksum.to_le_bytes());
            body
        };
        assert!(Model::read(&seal(body.to_vec())).is_ok());
        // A bucket start that goes backwards, a count that disagrees, a stray byte at the end.
        let starts = 8 + 4 + 4 + 4 + 2 + 1 + 1 + 4 + 4 * DENSE + 4;
        let mut backwards = body.to_vec();
        backwards[starts + 4] = 200;
        assert_eq!(Model::read(&seal(backwards)), Err(ModelError::Malformed("slot buckets")));
        let mut count = body.to_vec();
        count[starts - 4] = 4;
        assert_eq!(Model::read(&seal(count)), Err(ModelError::Malformed("slot buckets")));
        let mut longer = body.to_vec();
        longer.push(0);
        assert_eq!(Model::read(&seal(longer)), Err(ModelError::Malformed("trailing bytes")));
    }
}
