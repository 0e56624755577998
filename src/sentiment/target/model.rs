//! The target model's weights: two 8-bit weights (positive and negative against neutral) for
//! each stored slot of a hashed feature table, in one small binary file used in place.
//!
//! The file is the one model container (`crate::model`: magic `NLTARGET`, version, header with
//! the command and the data checksum, checksum); its payload (little-endian): table bits (u8),
//! scale (f32), the number of stored slots (u32), the slots (u32 each, increasing), the positive
//! weights (i8 each, weight = value × scale) and the negative weights (i8 each). A slot not
//! stored weighs nothing; lookups binary-search the slots in place.

use crate::model::{Format, ModelError, Reader};

pub const FORMAT: Format = Format { magic: b"NLTARGET", version: 2, name: "target sentiment" };

/// Weights ready for scoring, borrowed from the file's bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Model<'a> {
    pub bits: u32,
    scale: f32,
    slots: &'a [u8],
    positive: &'a [u8],
    negative: &'a [u8],
    /// Where the slots of each bucket (by their top [`BUCKET_BITS`] bits) start, the last entry
    /// being the count: built in one pass when the file is read, so a lookup searches a handful
    /// of slots.
    starts: Vec<u32>,
    pub header: String,
}

/// Slots are grouped by their top bits for lookups.
const BUCKET_BITS: u32 = 12;

impl Model<'static> {
    /// A model that finds every target neutral.
    pub fn empty() -> Model<'static> {
        Model {
            bits: 16,
            scale: 0.0,
            slots: &[],
            positive: &[],
            negative: &[],
            starts: vec![0; (1 << BUCKET_BITS) + 1],
            header: String::new(),
        }
    }
}

impl<'a> Model<'a> {
    /// The positive and negative weights of a slot (zero when not stored).
    pub fn weights(&self, slot: u32) -> (f32, f32) {
        let bucket = (slot >> (self.bits - BUCKET_BITS)) as usize;
        let (Some(&low), Some(&high)) = (self.starts.get(bucket), self.starts.get(bucket + 1)) else {
            return (0.0, 0.0);
        };
        let (low, high) = (low as usize, (high as usize).min(self.positive.len()));
        let slot_at = |i: usize| self.slots.get(4 * i..4 * i + 4).map_or(u32::MAX, |b| u32::from_le_bytes(four(b)));
        // A bucket holds a few slots (3.5 on average), increasing: counting those below `slot`
        // finds where it would be without a branch per slot, which a bisection mispredicts.
        let position = low + (low..high).map(|i| usize::from(slot_at(i) < slot)).sum::<usize>();
        if position < high && slot_at(position) == slot {
            let value = |plane: &[u8]| plane.get(position).map_or(0.0, |&w| f32::from(w as i8) * self.scale);
            return (value(self.positive), value(self.negative));
        }
        (0.0, 0.0)
    }

    /// How many slots the file stores.
    #[cfg(any(test, feature = "train"))]
    pub fn stored(&self) -> usize {
        self.positive.len()
    }

    /// Reads a model file, checking magic, version, sizes and checksum.
    pub fn read(bytes: &'a [u8]) -> Result<Model<'a>, ModelError> {
        let opened = FORMAT.open(bytes, true)?;
        let header = opened.header.to_owned();
        let mut reader = Reader::new(opened.payload);
        let bits = u32::from(reader.u8()?);
        if !(BUCKET_BITS..=30).contains(&bits) {
            return Err(ModelError::Malformed("table bits out of range"));
        }
        let scale = reader.f32()?;
        let count = reader.u32()? as usize;
        let slots = reader.take(count.checked_mul(4).ok_or(ModelError::Truncated)?)?;
        let positive = reader.take(count)?;
        let negative = reader.take(count)?;
        if !reader.rest().is_empty() || !scale.is_finite() {
            return Err(ModelError::Malformed("weights do not fill the file"));
        }
        // Bucket starts; slots out of order are refused (lookups would miss them).
        let mut starts = Vec::with_capacity((1 << BUCKET_BITS) + 1);
        let mut previous = None;
        for index in 0..count {
            let slot = u32::from_le_bytes(four(&slots[4 * index..]));
            if previous.is_some_and(|p| p >= slot) || slot >> bits != 0 {
                return Err(ModelError::Truncated);
            }
            previous = Some(slot);
            let bucket = (slot >> (bits - BUCKET_BITS)) as usize;
            while starts.len() <= bucket {
                starts.push(index as u32);
            }
        }
        while starts.len() <= 1 << BUCKET_BITS {
            starts.push(count as u32);
        }
        Ok(Model { bits, scale, slots, positive, negative, starts, header })
    }
}

fn four(bytes: &[u8]) -> [u8; 4] {
    [bytes[0], bytes[1], bytes[2], bytes[3]]
}

/// Writes a model file: `weights` holds (slot, positive, negative), slots increasing.
#[cfg(any(test, feature = "train"))]
pub fn write(header: &str, bits: u32, weights: &[(u32, f32, f32)]) -> Vec<u8> {
    let largest = weights.iter().fold(0.0f32, |m, &(_, p, n)| m.max(p.abs()).max(n.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    let quantize = |w: f32| (w / scale).round().clamp(-127.0, 127.0) as i8;
    let kept: Vec<(u32, i8, i8)> = weights
        .iter()
        .map(|&(slot, p, n)| (slot, quantize(p), quantize(n)))
        .filter(|&(_, p, n)| p != 0 || n != 0)
        .collect();
    let mut out = Vec::new();
    out.push(bits as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    for &(slot, _, _) in &kept {
        out.extend_from_slice(&slot.to_le_bytes());
    }
    out.extend(kept.iter().map(|&(_, p, _)| p as u8));
    out.extend(kept.iter().map(|&(_, _, n)| n as u8));
    FORMAT.write(header, &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_model_reads_back_with_quantized_weights() {
        let bytes = write("test", 16, &[(3, 1.0, -0.5), (70, 0.0, 0.0), (900, -2.0, 0.25), (65535, 0.5, 0.5)]);
        let model = Model::read(&bytes).expect("a written model reads");
        assert_eq!(model.stored(), 3);
        assert!((model.weights(65535).1 - 0.5).abs() < 0.02);
        let (p, n) = model.weights(3);
        assert!((p - 1.0).abs() < 0.02 && (n + 0.5).abs() < 0.02);
        assert_eq!(model.weights(70), (0.0, 0.0));
        assert_eq!(model.weights(4), (0.0, 0.0));
        assert!((model.weights(900).0 + 2.0).abs() < 0.02);
        assert_eq!(model.header, "test");
    }

    #[test]
    fn damaged_files_give_clear_errors() {
        let bytes = write("test", 16, &[(3, 1.0, -0.5)]);
        assert_eq!(Model::read(b"not a model"), Err(ModelError::NotAModel { model: FORMAT.name }));
        let mut changed = bytes.clone();
        changed[20] ^= 1;
        assert!(matches!(Model::read(&changed), Err(ModelError::Corrupted)));
        let mut version = bytes.clone();
        version[8] = 9;
        assert!(matches!(Model::read(&version), Err(ModelError::UnsupportedVersion { found: 9, .. })));
        for cut in 0..bytes.len() {
            assert!(Model::read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
