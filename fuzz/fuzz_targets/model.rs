//! The sentiment model loader over corrupted model files, and the lexicon parser over any
//! text; whatever loads is then used to score a few sentences. A bad file must give a
//! `ModelError`, never a panic, a hang or a huge allocation.
//!
//! The first byte picks what is read: the fuzz bytes as they are; the fuzz bytes with a valid
//! checksum appended (so the reader gets past the checksum); the embedded model with edits,
//! resealed with a valid checksum; the same without resealing; or (0x80 set) the embedded
//! model with the fuzz bytes as the lexicon. Edits are 4 bytes each: a position (in the first
//! 256 bytes when its top bit is set, anywhere otherwise) and a value to XOR there, 0
//! meaning "cut the file here".
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::internals::{margins_with, seal as checksum};

const MODEL: &[u8] = include_bytes!("../../models/sentiment.bin");
const LEXICON: &str = "good\t1.9\nbad\t-2.5\nwonderful\t2.7\n# comment\nnot a line\n";
const TEXT: &str = "The plan was not good, but the staff were wonderful! Prices rose. BAD.";
const CHECKSUM_LEN: usize = 8;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    if mode & 0x80 != 0 {
        let lexicon = String::from_utf8_lossy(rest);
        // Scores may be NaN with a lexicon saying "NaN" or "inf": only the embedded one is checked.
        let margins = margins_with(MODEL, &lexicon, TEXT).expect("the embedded model reads");
        assert_eq!(margins.len(), 3, "one margin per sentence");
        return;
    }
    let body = &MODEL[..MODEL.len() - CHECKSUM_LEN];
    let bytes = match mode % 4 {
        0 => rest.to_vec(),
        1 => seal(rest.to_vec()),
        2 => seal(edit(body, rest)),
        _ => {
            let mut edited = edit(body, rest);
            edited.extend_from_slice(&MODEL[MODEL.len() - CHECKSUM_LEN..]);
            edited
        }
    };
    if let Ok(margins) = margins_with(&bytes, LEXICON, TEXT) {
        assert_eq!(margins.len(), 3, "one margin per sentence");
    }
});

fn edit(body: &[u8], edits: &[u8]) -> Vec<u8> {
    let mut bytes = body.to_vec();
    for chunk in edits.chunks_exact(4) {
        if bytes.is_empty() {
            break;
        }
        let position = if chunk[0] & 0x80 != 0 {
            usize::from(chunk[2])
        } else {
            usize::from(chunk[0]) << 16 | usize::from(chunk[1]) << 8 | usize::from(chunk[2])
        } % bytes.len();
        match chunk[3] {
            0 => bytes.truncate(position),
            value => bytes[position] ^= value,
        }
    }
    bytes
}

/// Appends the checksum every model file ends with.
fn seal(mut bytes: Vec<u8>) -> Vec<u8> {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    bytes
}
