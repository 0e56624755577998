//! The learned weights: a hashed table of 8-bit weights plus a few dense weights, in a small
//! binary file with a readable header.
//!
//! The table is sparse: only the slots of features seen in training with a weight that
//! survives 8-bit quantization are stored, so a word never seen in training weighs nothing
//! (with 2^24 slots, an unseen word lands on a stored slot about once in 200).
//!
//! Layout (little-endian): magic `NLSENT`, format version (u16), header length (u16), the
//! header text (format, the command that made the file, the checksums of its data), feature
//! config (u16), table bits (u8), dense count (u8), table scale (f32), dense weights (f32 each),
//! the number of stored slots (u32), the slots in increasing order as LEB128 gaps, their
//! weights (i8 each, weight = value × scale) and an FNV-1a checksum (u64) of everything before
//! it.

use std::collections::HashMap;
use std::fmt;

use super::features::{Config, DENSE};
use super::word;

pub const MAGIC: &[u8; 6] = b"NLSENT";
pub const FORMAT_VERSION: u16 = 1;
/// The fewest and most table bits a file may declare.
const BITS: std::ops::RangeInclusive<u8> = 8..=24;

/// Why a model file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the magic bytes.
    NotAModel,
    /// The file was written in another format version.
    Version { found: u16, expected: u16 },
    /// The file ends early or its sizes disagree.
    Truncated,
    /// The stored checksum does not match the content.
    Checksum { stored: u64, computed: u64 },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a newslens sentiment model (bad magic bytes)"),
            ModelError::Version { found, expected } => write!(
                f,
                "sentiment model format version {found} is not supported (this build reads version {expected})"
            ),
            ModelError::Truncated => write!(f, "sentiment model is truncated or inconsistent"),
            ModelError::Checksum { stored, computed } => write!(
                f,
                "sentiment model checksum mismatch: stored {stored:016x}, computed {computed:016x}"
            ),
        }
    }
}

impl std::error::Error for ModelError {}

/// Weights ready for scoring.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub config: Config,
    pub bits: u32,
    /// Weights by slot; slots not stored weigh 0.
    pub table: HashMap<u32, f32>,
    pub dense: [f32; DENSE],
    /// The header text, for display.
    pub header: String,
}

impl Model {
    /// A model that scores everything 0: what analysis falls back to if the embedded model
    /// cannot be read (a test makes sure it can).
    pub fn empty() -> Model {
        Model { config: Config(0), bits: 8, table: HashMap::new(), dense: [0.0; DENSE], header: String::new() }
    }

    /// The weight of a feature index.
    pub fn weight(&self, index: u32) -> f32 {
        match index.checked_sub(1 << self.bits) {
            None => self.table.get(&index).copied().unwrap_or(0.0),
            Some(dense) => self.dense.get(dense as usize).copied().unwrap_or(0.0),
        }
    }

    /// Reads a model file.
    pub fn read(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() + 4 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let mut reader = Reader { bytes, at: MAGIC.len() };
        let version = reader.u16()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::Version { found: version, expected: FORMAT_VERSION });
        }
        let body_len = bytes.len().checked_sub(8).ok_or(ModelError::Truncated)?;
        let stored = u64::from_le_bytes(bytes[body_len..].try_into().map_err(|_| ModelError::Truncated)?);
        let computed = word::checksum(&bytes[..body_len]);
        if stored != computed {
            return Err(ModelError::Checksum { stored, computed });
        }
        let header_len = usize::from(reader.u16()?);
        let header = String::from_utf8_lossy(reader.take(header_len)?).into_owned();
        let config = Config(reader.u16()?);
        let bits = reader.take(1)?[0];
        let dense_count = usize::from(reader.take(1)?[0]);
        if !BITS.contains(&bits) || dense_count != DENSE {
            return Err(ModelError::Truncated);
        }
        let scale = reader.f32()?;
        let mut dense = [0.0; DENSE];
        for weight in &mut dense {
            *weight = reader.f32()?;
        }
        let count = reader.u32()? as usize;
        let mut slots = Vec::with_capacity(count.min(bytes.len()));
        let mut slot = 0u32;
        for _ in 0..count {
            slot = slot.checked_add(reader.leb128()?).ok_or(ModelError::Truncated)?;
            slots.push(slot);
        }
        let weights = reader.take(count)?;
        let mut table = HashMap::with_capacity(count);
        for (&slot, &weight) in slots.iter().zip(weights) {
            table.insert(slot, f32::from(weight as i8) * scale);
        }
        if reader.at != body_len || slot >= 1 << bits {
            return Err(ModelError::Truncated);
        }
        Ok(Model { config, bits: u32::from(bits), table, dense, header })
    }

    /// Writes the model, quantizing the table to 8 bits (weights that round to 0 are dropped).
    /// Returns the bytes.
    #[cfg(any(test, feature = "train"))]
    pub fn write(&self, header: &str) -> Vec<u8> {
        let largest = self.table.values().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        let mut out = Vec::with_capacity(self.table.len() + 256);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let header = &header.as_bytes()[..header.len().min(usize::from(u16::MAX))];
        out.extend_from_slice(&(header.len() as u16).to_le_bytes());
        out.extend_from_slice(header);
        out.extend_from_slice(&self.config.0.to_le_bytes());
        out.push(self.bits as u8);
        out.push(DENSE as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for weight in self.dense {
            out.extend_from_slice(&weight.to_le_bytes());
        }
        let mut stored: Vec<(u32, i8)> = self
            .table
            .iter()
            .map(|(&slot, &w)| (slot, (w / scale).round().clamp(-127.0, 127.0) as i8))
            .filter(|&(_, q)| q != 0)
            .collect();
        stored.sort_unstable();
        out.extend_from_slice(&(stored.len() as u32).to_le_bytes());
        let mut previous = 0;
        for &(slot, _) in &stored {
            let mut gap = slot - previous;
            previous = slot;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
        }
        out.extend(stored.iter().map(|&(_, q)| q as u8));
        let checksum = word::checksum(&out);
        out.extend_from_slice(&checksum.to_le_bytes());
        out
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        let bytes = self.take(2)?;
        Ok(u16::from_le_bytes([bytes[0], bytes[1]]))
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn leb128(&mut self) -> Result<u32, ModelError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u32::from(byte & 0x7f).checked_shl(shift).ok_or(ModelError::Truncated)?;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Truncated)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        let bytes = self.take(4)?;
        Ok(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Model {
        let mut model = Model::empty();
        model.config = Config(Config::BIGRAMS);
        model.table.insert(3, 1.27);
        model.table.insert(200, -0.5);
        model.dense = [0.25, -2.0];
        model
    }

    #[test]
    fn a_written_model_reads_back_with_quantized_weights() {
        let model = sample();
        let read = Model::read(&model.write("test")).expect("a fresh model reads");
        assert_eq!(read.header, "test");
        assert_eq!(read.config, model.config);
        assert_eq!(read.dense, model.dense);
        assert!((read.weight(3) - 1.27).abs() < 0.01);
        assert!((read.weight(200) + 0.5).abs() < 0.01);
        assert_eq!(read.weight(7), 0.0);
        assert_eq!(read.weight(256), 0.25);
        assert_eq!(read.weight(9999), 0.0);
    }

    #[test]
    fn damaged_files_give_clear_errors() {
        let bytes = sample().write("test");
        assert_eq!(Model::read(b"nonsense"), Err(ModelError::NotAModel));
        let mut newer = bytes.clone();
        newer[6] = 9;
        let error = Model::read(&newer).expect_err("version 9 is refused");
        assert_eq!(error.to_string(), "sentiment model format version 9 is not supported (this build reads version 1)");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 12;
        flipped[last] ^= 1;
        assert!(matches!(Model::read(&flipped), Err(ModelError::Checksum { .. })));
        assert!(Model::read(&bytes[..bytes.len() - 9]).is_err());
    }
}
