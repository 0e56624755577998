//! The one container of every binary model file (the name tagger's weights, its lexicon and the
//! sentiment model), and the one error type of reading them.
//!
//! Layout (little-endian): an 8-byte magic number naming the kind of model; the format version
//! (u32) of that kind; a UTF-8 header (u32 length, then text: the command and the data
//! checksums that produced the file); the payload, which each model lays out itself; and a
//! checksum ([`crate::hash::seal`], u64) of everything before it.
//!
//! [`Format::open`] checks the magic number, the version and (when asked) the checksum, and
//! hands back the header and the payload where they lie: models read their arrays in place
//! (`include_bytes!`), so nothing is copied or decoded entry by entry. A file that is not a
//! model, another version, a cut or a corrupted file gives a [`ModelError`], never a panic.

use std::fmt;

use crate::hash::seal;

/// One kind of model file: its magic number, the format version this build reads and writes,
/// and its name in messages.
pub struct Format {
    pub magic: &'static [u8; 8],
    pub version: u32,
    pub name: &'static str,
}

/// Why a model file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the magic number of this kind of model.
    NotAModel { model: &'static str },
    /// The file has a format version this build cannot read.
    UnsupportedVersion { model: &'static str, found: u32, supported: u32 },
    /// The file ends before its content does.
    Truncated,
    /// The checksum does not match: the file is corrupted.
    Corrupted,
    /// The content is inconsistent (a count, a size or an index out of range).
    Malformed(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel { model } => write!(f, "not a newslens {model} model (bad magic number)"),
            ModelError::UnsupportedVersion { model, found, supported } => write!(
                f,
                "{model} model format version {found} is not supported (this build reads version {supported})"
            ),
            ModelError::Truncated => write!(f, "model file is truncated"),
            ModelError::Corrupted => write!(f, "model file is corrupted (checksum mismatch)"),
            ModelError::Malformed(what) => write!(f, "model file is malformed: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// A model file opened: its header text and its payload, borrowed from the file's bytes.
pub struct Opened<'a> {
    pub header: &'a str,
    pub payload: &'a [u8],
}

/// The length of the checksum that ends every file.
const SEAL_LEN: usize = 8;

impl Format {
    /// Checks the magic number, the version and, if `check`, the checksum of `bytes`, and
    /// returns the header and the payload.
    pub fn open<'a>(&self, bytes: &'a [u8], check: bool) -> Result<Opened<'a>, ModelError> {
        let magic = self.magic.len();
        if bytes.len() < magic {
            return Err(ModelError::Truncated);
        }
        if &bytes[..magic] != self.magic {
            return Err(ModelError::NotAModel { model: self.name });
        }
        let mut reader = Reader::new(&bytes[magic..]);
        let version = reader.u32()?;
        if version != self.version {
            return Err(ModelError::UnsupportedVersion { model: self.name, found: version, supported: self.version });
        }
        let body_len = bytes.len().checked_sub(SEAL_LEN).filter(|&n| n >= magic + 4).ok_or(ModelError::Truncated)?;
        let (body, sum) = bytes.split_at(body_len);
        let mut sum_bytes = [0u8; SEAL_LEN];
        sum_bytes.copy_from_slice(sum);
        if check && seal(body) != u64::from_le_bytes(sum_bytes) {
            return Err(ModelError::Corrupted);
        }
        let mut reader = Reader::new(&body[magic + 4..]);
        let header_len = reader.u32()? as usize;
        let header =
            std::str::from_utf8(reader.take(header_len)?).map_err(|_| ModelError::Malformed("header is not UTF-8"))?;
        Ok(Opened { header, payload: reader.rest() })
    }

    #[cfg(any(test, feature = "train"))]
    /// The file of a model: this format's magic number and version, `header`, `payload` and the
    /// checksum.
    pub fn write(&self, header: &str, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.magic.len() + 8 + header.len() + payload.len() + SEAL_LEN);
        out.extend_from_slice(self.magic);
        out.extend_from_slice(&self.version.to_le_bytes());
        out.extend_from_slice(&(header.len() as u32).to_le_bytes());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(payload);
        let sum = seal(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }
}

/// Reads little-endian values from the front of a byte slice; running past its end is
/// [`ModelError::Truncated`].
pub struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader(bytes)
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if n > self.0.len() {
            return Err(ModelError::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    pub fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    pub fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn f32(&mut self) -> Result<f32, ModelError> {
        self.u32().map(f32::from_bits)
    }

    /// Whatever is left.
    pub fn rest(&self) -> &'a [u8] {
        self.0
    }

    /// Skips what the caller has read from [`rest`](Self::rest) itself.
    pub fn advance_to(&mut self, rest: &'a [u8]) {
        self.0 = rest;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST: Format = Format { magic: b"NLTESTMD", version: 3, name: "test" };

    #[test]
    fn a_written_file_opens_with_its_header_and_payload() {
        let bytes = TEST.write("made by: a test\n", &[1, 2, 3, 4, 5]);
        let opened = TEST.open(&bytes, true).expect("a fresh file opens");
        assert_eq!(opened.header, "made by: a test\n");
        assert_eq!(opened.payload, [1, 2, 3, 4, 5]);
        let mut reader = Reader::new(opened.payload);
        assert_eq!(reader.u32(), Ok(0x0403_0201));
        assert_eq!(reader.u16(), Err(ModelError::Truncated));
        assert_eq!(reader.u8(), Ok(5));
    }

    #[test]
    fn damaged_foreign_and_future_files_are_refused_with_clear_errors() {
        let bytes = TEST.write("header", &[9; 40]);
        let mut corrupted = bytes.clone();
        corrupted[30] ^= 1;
        assert_eq!(TEST.open(&corrupted, true).err(), Some(ModelError::Corrupted));
        assert!(TEST.open(&corrupted, false).is_ok(), "the checksum is checked only when asked");
        assert_eq!(TEST.open(b"GIF89a..........", true).err(), Some(ModelError::NotAModel { model: "test" }));
        for cut in [0, 5, 8, 11, 14, 20] {
            assert!(TEST.open(&bytes[..cut], true).is_err(), "cut at {cut}");
        }
        let mut future = bytes.clone();
        future[8] = 9;
        let error = TEST.open(&future, true).err().expect("version 9 is refused");
        assert_eq!(error.to_string(), "test model format version 9 is not supported (this build reads version 3)");
        let mut long_header = bytes.clone();
        long_header[12] = 0xff;
        assert!(TEST.open(&long_header, false).is_err());
    }
}
