//! Offset units: the core counts bytes; JavaScript counts UTF-16 code units; Python counts
//! code points. [`OffsetMap`] converts byte offsets into the other units in O(1) amortised
//! time with a small table, so converting every span of a 10 MB text stays linear.

/// The unit in which offsets are reported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes: `&text[start..end]` in Rust.
    #[default]
    Bytes,
    /// UTF-16 code units: `text.slice(start, end)` in JavaScript, Java and C#.
    Utf16,
    /// Unicode scalar values (code points): `text[start:end]` in Python.
    CodePoints,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;

    fn from_str(name: &str) -> Result<OffsetUnit, String> {
        match name {
            "bytes" => Ok(OffsetUnit::Bytes),
            "utf16" => Ok(OffsetUnit::Utf16),
            "codepoints" => Ok(OffsetUnit::CodePoints),
            other => Err(format!("unknown offset unit {other:?}: expected bytes, utf16 or codepoints")),
        }
    }
}

/// Bytes between checkpoints; a conversion scans at most this many bytes.
const STRIDE: usize = 64;

/// Converts byte offsets of one text into another [`OffsetUnit`].
///
/// ```
/// use newslens::{OffsetMap, OffsetUnit};
/// let text = "café 🙂 ok";
/// let map = OffsetMap::new(text, OffsetUnit::Utf16);
/// let byte = text.find("ok").unwrap();
/// assert_eq!(map.convert(byte), 8);
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap<'a> {
    bytes: &'a [u8],
    unit: OffsetUnit,
    /// `checkpoints[k]` is the length in `unit` of the first `k * STRIDE` bytes; empty when the
    /// conversion is the identity.
    checkpoints: Vec<u32>,
}

impl<'a> OffsetMap<'a> {
    pub fn new(text: &'a str, unit: OffsetUnit) -> OffsetMap<'a> {
        let bytes = text.as_bytes();
        let identity = unit == OffsetUnit::Bytes || text.is_ascii();
        let mut checkpoints = Vec::new();
        if !identity {
            checkpoints.reserve(bytes.len() / STRIDE + 1);
            let mut units = 0u32;
            for block in bytes.chunks(STRIDE) {
                checkpoints.push(units);
                units += count_units(block, unit);
            }
            checkpoints.push(units);
        }
        OffsetMap { bytes, unit, checkpoints }
    }

    /// The offset in this map's unit of the byte offset `byte`, which must lie on a char
    /// boundary of the text (offsets past the end are clamped to it).
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        let block = byte / STRIDE;
        self.checkpoints[block] as usize + count_units(&self.bytes[block * STRIDE..byte], self.unit) as usize
    }
}

/// The length in `unit` of a run of UTF-8 bytes that starts on a char boundary: each char
/// has exactly one non-continuation byte, and each 4-byte char is two UTF-16 units.
fn count_units(bytes: &[u8], unit: OffsetUnit) -> u32 {
    let mut units = 0u32;
    for &byte in bytes {
        let starts_char = (byte & 0xC0) != 0x80;
        units += u32::from(starts_char);
        if unit == OffsetUnit::Utf16 {
            units += u32::from(byte >= 0xF0);
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_agree_with_encode_utf16_at_every_boundary() {
        let text = "Zelensky’s 🙂👍🏽 naïve 東京 x".repeat(5);
        let map = OffsetMap::new(&text, OffsetUnit::Utf16);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.convert(byte), text[..byte].encode_utf16().count());
        }
    }

    #[test]
    fn code_point_offsets_count_chars() {
        let text = "é🙂a".repeat(40);
        let map = OffsetMap::new(&text, OffsetUnit::CodePoints);
        for (byte, _) in text.char_indices() {
            assert_eq!(map.convert(byte), text[..byte].chars().count());
        }
    }

    #[test]
    fn ascii_text_and_bytes_are_the_identity() {
        assert_eq!(OffsetMap::new("plain", OffsetUnit::Utf16).convert(3), 3);
        assert_eq!(OffsetMap::new("é", OffsetUnit::Bytes).convert(2), 2);
    }
}
