//! The trained weights and their binary file, used in place.
//!
//! Format: the [`crate::model`] container (magic `NLNERMDL`, format version 2, the header with
//! the command and the data checksum that produced the model, the checksum at the end) around
//! this payload (little-endian): the number of labels (u32), the weight code's scale and step
//! and the confidence temperature (f32); start, pair and end transition weights (f32); an index
//! of the feature keys (the high 32 bits of each feature hash, see [`super::table`]); for each
//! key in index order its 17 weight codes (i8), so the weights of one feature are one
//! contiguous row.
//!
//! Loading checks the magic number, the version, the checksum and the index ([`Model::embedded`]
//! only the first two: a test checks the rest), and copies only the transitions: the keys and
//! weights are read where they lie (`include_bytes!`), so the embedded model is ready in
//! microseconds.
//!
//! Weights are stored as logarithmic i8 codes: code q stands for `sign(q) × scale ×
//! (exp(|q| × step) − 1)`, which keeps about 6 % relative precision from the smallest weights
//! (a few thousandths) to the largest (tens), where a linear i8 scale lost 0.8 F1 on dev.
//! Features whose weights are all zero (never updated in training) are dropped.

use super::decode::{Factors, Transitions};
use super::label::LABELS;
use super::table::{self, Index};
use crate::model::{Format, ModelError, Reader};

/// The tagger's file: magic `NLNERMDL`, and the format version this build reads and writes.
pub const FORMAT: Format = Format { magic: b"NLNERMDL", version: 2, name: "name-tagger" };

/// The weights, ready for lookups, borrowing the file's bytes.
pub struct Model<'a> {
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub header: &'a str,
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub temperature: f32,
    /// Transitions with invalid moves forbidden.
    pub transitions: Transitions,
    /// The transitions as CRF factors at `temperature`, for confidences.
    pub factors: Factors,
    /// The weight of each code, indexed by the code's byte.
    codes: [f32; 256],
    index: Index<'a>,
    /// Weight codes, one row of [`LABELS`] per index position.
    weights: &'a [u8],
}

#[cfg(any(test, feature = "train"))]
/// The parts of a model before it is written.
pub struct ModelParts {
    pub header: String,
    pub scale: f32,
    pub step: f32,
    pub temperature: f32,
    pub transitions: Transitions,
    /// (key, weights), keys unique.
    pub features: Vec<(u32, [i8; LABELS])>,
}

/// The weight a code stands for.
pub fn decode_weight(code: i8, scale: f32, step: f32) -> f32 {
    let magnitude = scale * ((f32::from(code).abs() * step).exp() - 1.0);
    if code < 0 {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(any(test, feature = "train"))]
/// The code nearest to `weight`.
pub fn encode_weight(weight: f32, scale: f32, step: f32) -> i8 {
    let code = ((weight.abs() / scale).ln_1p() / step).round().min(127.0);
    if weight < 0.0 {
        -(code as i8)
    } else {
        code as i8
    }
}

/// The key stored for a feature hash: its high 32 bits.
pub fn key(hash: u64) -> u32 {
    (hash >> 32) as u32
}

#[cfg(any(test, feature = "train"))]
impl ModelParts {
    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&(LABELS as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.step.to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        let t = &self.transitions;
        for v in t.start.iter().chain(t.pairs.iter().flatten()).chain(t.end.iter()) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let keys: Vec<u32> = self.features.iter().map(|f| f.0).collect();
        let (index, order) = table::build(&keys);
        out.extend_from_slice(&index);
        for &i in &order {
            out.extend(self.features[i].1.iter().map(|&w| w as u8));
        }
        FORMAT.write(&self.header, &out)
    }
}

impl<'a> Model<'a> {
    /// Reads a model file, checking its magic number, version, checksum and index.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Model<'a>, ModelError> {
        Model::read(bytes, true)
    }

    /// Reads the model embedded in the library, checking its magic number and version only:
    /// its bytes are part of the program, and a test reads them with [`from_bytes`]
    /// (Self::from_bytes), so checking the checksum and index again at every start would only
    /// cost time (about 5 ms in a browser before the wasm code is optimised).
    pub fn embedded(bytes: &'static [u8]) -> Result<Model<'static>, ModelError> {
        Model::read(bytes, false)
    }

    fn read(bytes: &'a [u8], check: bool) -> Result<Model<'a>, ModelError> {
        let opened = FORMAT.open(bytes, check)?;
        let header = opened.header;
        let mut reader = Reader::new(opened.payload);
        if reader.u32()? as usize != LABELS {
            return Err(ModelError::Malformed("wrong number of labels"));
        }
        let scale = reader.f32()?;
        let step = reader.f32()?;
        let temperature = reader.f32()?;
        let mut transitions = Transitions::default();
        for v in transitions.start.iter_mut() {
            *v = reader.f32()?;
        }
        for v in transitions.pairs.iter_mut().flatten() {
            *v = reader.f32()?;
        }
        for v in transitions.end.iter_mut() {
            *v = reader.f32()?;
        }
        let (index, rest) = Index::read_with(reader.rest(), table::MAX_BITS, check).map_err(ModelError::Malformed)?;
        let weights_len = index.len().checked_mul(LABELS).ok_or(ModelError::Malformed("feature count overflows"))?;
        if rest.len() < weights_len {
            return Err(ModelError::Truncated);
        }
        if rest.len() > weights_len {
            return Err(ModelError::Malformed("trailing bytes"));
        }
        let mut codes = [0f32; 256];
        for (byte, slot) in codes.iter_mut().enumerate() {
            *slot = decode_weight(byte as u8 as i8, scale, step);
        }
        let transitions = transitions.constrained();
        let factors = Factors::new(&transitions, temperature);
        Ok(Model { header, temperature, transitions, factors, codes, index, weights: rest })
    }

    /// The weight codes of the feature with this hash, if the model has it.
    #[inline]
    #[cfg(not(target_arch = "wasm32"))]
    pub fn row(&self, hash: u64) -> Option<&'a [u8]> {
        let position = self.index.find(key(hash))?;
        self.weights.get(position * LABELS..position * LABELS + LABELS)
    }

    /// Adds the weights of the feature with this hash (if the model has it) to `sums`.
    #[inline]
    #[cfg(not(target_arch = "wasm32"))]
    pub fn add(&self, hash: u64, sums: &mut [f32; LABELS]) {
        if let Some(row) = self.row(hash) {
            for (sum, &w) in sums.iter_mut().zip(row) {
                *sum += self.codes[w as usize];
            }
        }
    }

    /// Adds the weights of the features with these hashes to `sums`.
    pub fn add_all(&self, features: &[u64], sums: &mut [f32; LABELS]) {
        // Find the rows of a batch first, then add them: the lookups are independent memory
        // reads that the processor overlaps, where one loop would wait on each.
        for batch in features.chunks(32) {
            let mut rows = [0usize; 32];
            let mut found = 0;
            for &hash in batch {
                if let Some(position) = self.index.find(key(hash)) {
                    rows[found] = position;
                    found += 1;
                }
            }
            for &position in &rows[..found] {
                if let Some(row) = self.weights.get(position * LABELS..position * LABELS + LABELS) {
                    for (sum, &w) in sums.iter_mut().zip(row) {
                        *sum += self.codes[w as usize];
                    }
                }
            }
        }
    }

    /// The label scores of a token with these feature hashes.
    pub fn emissions(&self, features: &[u64]) -> [f32; LABELS] {
        let mut sums = [0f32; LABELS];
        self.add_all(features, &mut sums);
        sums
    }

    /// Number of features with weights.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether the model has no features.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::seal;

    fn parts() -> ModelParts {
        let mut row = [0i8; LABELS];
        row[3] = 7;
        ModelParts {
            header: "test".into(),
            scale: 0.5,
            step: 0.1,
            temperature: 2.0,
            transitions: Transitions::default(),
            features: vec![(key(0xdead_beef_0000_0000), row), (key(0x0000_0001_0000_0000), row)],
        }
    }

    #[test]
    fn a_written_model_reads_back() {
        let bytes = parts().to_bytes();
        let model = Model::from_bytes(&bytes).expect("a freshly written model reads");
        assert_eq!(model.len(), 2);
        assert_eq!(model.emissions(&[0xdead_beef_1234_5678])[3], decode_weight(7, 0.5, 0.1));
        assert_eq!(model.emissions(&[0x1234_0000_0000_0000])[3], 0.0);
    }

    #[test]
    fn weight_codes_keep_small_and_large_weights_within_a_few_percent() {
        for w in [0.004f32, -0.05, 0.7, -3.0, 25.0] {
            let back = decode_weight(encode_weight(w, 0.01, 0.065), 0.01, 0.065);
            assert!((back - w).abs() <= 0.04 * w.abs() + 0.001, "{w} came back as {back}");
        }
    }

    #[test]
    fn corrupted_truncated_and_foreign_files_are_refused() {
        let bytes = parts().to_bytes();
        let mut corrupted = bytes.clone();
        corrupted[30] ^= 1;
        let mut resealed = bytes.clone();
        let body = resealed.len() - 8;
        resealed[body - 3] ^= 0x40;
        let sum = seal(&resealed[..body]);
        resealed[body..].copy_from_slice(&sum.to_le_bytes());
        assert_eq!(Model::from_bytes(&resealed).map(|m| m.len()).ok(), Some(2), "a changed weight still reads");
        assert_eq!(Model::from_bytes(&corrupted).err(), Some(ModelError::Corrupted));
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
        assert_eq!(Model::from_bytes(b"GIF89a..........").err(), Some(ModelError::NotAModel { model: "name-tagger" }));
        let mut future = bytes.clone();
        future[8] = 9;
        let error = Model::from_bytes(&future).err().expect("version 9 is refused");
        assert_eq!(
            error.to_string(),
            "name-tagger model format version 9 is not supported (this build reads version 2)"
        );
    }
}
