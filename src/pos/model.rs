//! The tagger's weights and their binary file.
//!
//! Format (little-endian): magic `NLPOSMDL`; format version (u32); a UTF-8 header (u32 length,
//! then text: the command and the data checksum that produced the model); the number of tags
//! (u8, which must equal [`COUNT`]); the weight scale (f32); the number of features (u32);
//! then per feature, in increasing key order, the gap from the previous key (LEB128), the
//! number of its weights (u8) and each weight as a tag (u8) and a code (i8, weight = code ×
//! scale); and an FNV-1a 64 checksum of everything before it.
//!
//! Only weights that training moved far enough are stored (see `train`): a feature holds a
//! few tags' weights, not one per tag, which keeps the file small.

use std::fmt;

use super::tag::COUNT;
use crate::hash::FastMap;

const MAGIC: &[u8; 8] = b"NLPOSMDL";
/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Why a model file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    NotAModel,
    UnsupportedVersion { found: u32, supported: u32 },
    Truncated,
    Corrupted,
    Malformed(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a newslens part-of-speech model (bad magic number)"),
            ModelError::UnsupportedVersion { found, supported } => write!(
                f,
                "part-of-speech model format version {found} is not supported (this build reads version {supported})"
            ),
            ModelError::Truncated => write!(f, "part-of-speech model file is truncated"),
            ModelError::Corrupted => write!(f, "part-of-speech model file is corrupted (checksum mismatch)"),
            ModelError::Malformed(what) => write!(f, "part-of-speech model file is malformed: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// FNV-1a 64 of `bytes`.
pub fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// The weights of one feature: a range of the model's weight list, found once and added as
/// often as the feature fires.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Row {
    start: u32,
    end: u32,
}

/// The weights, decoded for look-ups.
pub struct Model {
    pub header: String,
    /// Per feature key, the range of its weights in `weights`.
    rows: FastMap<u32, (u32, u8)>,
    weights: Vec<(u8, f32)>,
}

/// A model before it is written: per feature key (unique), its (tag, code) pairs.
pub struct ModelParts {
    pub header: String,
    pub scale: f32,
    pub features: Vec<(u32, Vec<(u8, i8)>)>,
}

impl ModelParts {
    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut features: Vec<&(u32, Vec<(u8, i8)>)> = self.features.iter().filter(|f| !f.1.is_empty()).collect();
        features.sort_by_key(|f| f.0);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(self.header.len() as u32).to_le_bytes());
        out.extend_from_slice(self.header.as_bytes());
        out.push(COUNT as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(features.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (key, weights) in features {
            let mut gap = key - last;
            last = *key;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            let weights = &weights[..weights.len().min(255)];
            out.push(weights.len() as u8);
            for &(tag, code) in weights {
                out.push(tag);
                out.push(code as u8);
            }
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
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

    fn byte(&mut self) -> Result<u8, ModelError> {
        self.take(1).map(|b| b[0])
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Malformed("key gap too long"))
    }
}

impl Model {
    /// Reads a model file, checking its magic number, version, checksum and content.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() + 4 || &bytes[..MAGIC.len()] != MAGIC {
            return Err(if bytes.len() < MAGIC.len() + 4 { ModelError::Truncated } else { ModelError::NotAModel });
        }
        let mut reader = Reader { bytes, at: MAGIC.len() };
        let version = reader.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion { found: version, supported: FORMAT_VERSION });
        }
        if bytes.len() < reader.at + 8 {
            return Err(ModelError::Truncated);
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut sum_bytes = [0u8; 8];
        sum_bytes.copy_from_slice(sum);
        if checksum(body) != u64::from_le_bytes(sum_bytes) {
            return Err(ModelError::Corrupted);
        }
        let mut reader = Reader { bytes: body, at: reader.at };
        let header_len = reader.u32()? as usize;
        let header = String::from_utf8_lossy(reader.take(header_len)?).into_owned();
        if usize::from(reader.byte()?) != COUNT {
            return Err(ModelError::Malformed("tag count differs from this build's tag set"));
        }
        let scale = f32::from_bits(reader.u32()?);
        let n = reader.u32()? as usize;
        // Each feature takes at least two bytes: never reserve more than the file can hold.
        let mut rows = FastMap::default();
        rows.reserve(n.min(body.len() / 2));
        let mut weights = Vec::with_capacity((body.len() / 2).min(n.saturating_mul(3)));
        let mut key = 0u32;
        for _ in 0..n {
            key = key.checked_add(reader.varint()?).ok_or(ModelError::Malformed("key out of range"))?;
            let count = reader.byte()?;
            let start = weights.len() as u32;
            for _ in 0..count {
                let tag = reader.byte()?;
                if usize::from(tag) >= COUNT {
                    return Err(ModelError::Malformed("tag out of range"));
                }
                weights.push((tag, f32::from(reader.byte()? as i8) * scale));
            }
            rows.insert(key, (start, count));
        }
        if reader.at != body.len() {
            return Err(ModelError::Malformed("bytes after the last feature"));
        }
        Ok(Model { header, rows, weights })
    }

    /// A model straight from unquantised weights (for measuring what storing them costs).
    pub fn from_weights(features: &[(u32, Vec<(u8, f32)>)]) -> Model {
        let mut rows = FastMap::default();
        let mut weights = Vec::new();
        for (key, row) in features {
            let row = &row[..row.len().min(255)];
            rows.insert(*key, (weights.len() as u32, row.len() as u8));
            weights.extend(row.iter().map(|&(tag, w)| (tag.min(COUNT as u8 - 1), w)));
        }
        Model { header: String::new(), rows, weights }
    }

    /// The number of stored features.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Adds the weights of `features` to `scores`.
    pub fn add(&self, features: &[u32], scores: &mut [f32; COUNT]) {
        for &key in features {
            self.add_row(self.row(key), scores);
        }
    }

    /// Where the weights of feature `key` are (an empty row for a feature the model lacks).
    pub fn row(&self, key: u32) -> Row {
        self.rows
            .get(&key)
            .map_or(Row { start: 0, end: 0 }, |&(start, count)| Row { start, end: start + u32::from(count) })
    }

    /// Adds the weights of `row` to `scores`.
    #[inline]
    pub fn add_row(&self, row: Row, scores: &mut [f32; COUNT]) {
        for &(tag, weight) in self.weights.get(row.start as usize..row.end as usize).unwrap_or_default() {
            scores[usize::from(tag)] += weight;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> ModelParts {
        ModelParts {
            header: "test".into(),
            scale: 0.5,
            features: vec![(7, vec![(1, 4), (3, -2)]), (3_000_000_000, vec![(0, 127)]), (8, vec![])],
        }
    }

    #[test]
    fn a_written_model_reads_back_with_its_weights() {
        let model = Model::from_bytes(&parts().to_bytes()).expect("it reads back");
        assert_eq!(model.header, "test");
        assert_eq!(model.len(), 2);
        let mut scores = [0.0; COUNT];
        model.add(&[7, 3_000_000_000, 99], &mut scores);
        assert_eq!((scores[0], scores[1], scores[3]), (63.5, 2.0, -1.0));
    }

    #[test]
    fn damaged_files_are_refused_with_the_reason() {
        let bytes = parts().to_bytes();
        assert_eq!(Model::from_bytes(b"NLPOSMD").err(), Some(ModelError::Truncated));
        assert_eq!(Model::from_bytes(b"NOTAMODEL...").err(), Some(ModelError::NotAModel));
        let mut flipped = bytes.clone();
        flipped[20] ^= 1;
        assert_eq!(Model::from_bytes(&flipped).err(), Some(ModelError::Corrupted));
        let mut version = bytes.clone();
        version[8] = 9;
        assert_eq!(
            Model::from_bytes(&version).err(),
            Some(ModelError::UnsupportedVersion { found: 9, supported: FORMAT_VERSION })
        );
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    }
}
