//! The name tagger's model loader (`entity::tagger::Model::from_bytes`) over corrupted model
//! files; whatever loads then tags one fixed text (emissions, Viterbi, marginals, spans), so a
//! file with odd but checksummed contents (NaN weights, no features, duplicate keys) must
//! neither panic nor hang.
//!
//! The first byte picks what is read: the fuzz bytes as they are; the fuzz bytes with a valid
//! checksum appended; the embedded model with edits, resealed; or the same without resealing;
//! and (first byte 6 or 7 modulo 8) the embedded lexicon (`Lexicon::from_bytes`) with edits,
//! resealed or not, then a few lookups.
//! Edits are 4 bytes each: a position (in the first 4,096 bytes when its top bit is set,
//! anywhere otherwise) and a value to XOR there, 0 meaning "cut the file here".
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newslens::internals::{marginals, seal as checksum, spans, viterbi, DocumentWords, Lexicon, Model};

const MODEL: &[u8] = include_bytes!("../../models/ner/tagger.bin");
const LEXICON: &[u8] = include_bytes!("../../models/ner/lexicon.bin");
const CHECKSUM_LEN: usize = 8;

/// The features of each token of a fixed text, computed once.
static FEATURES: LazyLock<Vec<Vec<Vec<u64>>>> = LazyLock::new(|| {
    let lexicon = Lexicon::embedded().expect("the embedded lexicon reads (a unit test checks it)");
    let sentences: Vec<Vec<&str>> = vec![
        "Mr. Blinken met Zelensky in Kyiv on Tuesday .".split(' ').collect(),
        "HARBOR CITY APPROVES SEA WALL".split(' ').collect(),
        vec![],
    ];
    let words = DocumentWords::new(&sentences, &lexicon);
    (0..sentences.len())
        .map(|s| {
            (0..sentences[s].len())
                .map(|i| {
                    let mut out = Vec::new();
                    words.features(s, i, &mut out);
                    out
                })
                .collect()
        })
        .collect()
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let body = &MODEL[..MODEL.len() - CHECKSUM_LEN];
    if mode % 8 >= 6 {
        // The lexicon file, edited, resealed (6) or not (7): it must be refused or answer
        // lookups without panicking.
        let body = &LEXICON[..LEXICON.len() - CHECKSUM_LEN];
        let mut bytes = edit(body, rest);
        if mode % 8 == 6 {
            bytes = seal(bytes);
        } else {
            bytes.extend_from_slice(&LEXICON[LEXICON.len() - CHECKSUM_LEN..]);
        }
        if let Ok(lexicon) = Lexicon::from_bytes(&bytes) {
            for word in ["paris", "new", "smith", "", "qzxv"] {
                let _ = lexicon.word(word);
            }
            let _ = lexicon.longest_phrase(&["new", "york", "city", "hall"]);
        }
        return;
    }
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
    let Ok(model) = Model::from_bytes(&bytes) else { return };
    for sentence in FEATURES.iter() {
        let emissions: Vec<_> = sentence.iter().map(|features| model.emissions(features)).collect();
        let labels = viterbi(&emissions, &model.transitions);
        assert_eq!(labels.len(), sentence.len(), "one label per token");
        for (start, end, _) in spans(&labels) {
            assert!(start < end && end <= labels.len());
        }
        let probabilities = marginals(&emissions, &model.factors);
        assert_eq!(probabilities.len(), sentence.len());
    }
});

fn edit(body: &[u8], edits: &[u8]) -> Vec<u8> {
    let mut bytes = body.to_vec();
    for chunk in edits.chunks_exact(4) {
        if bytes.is_empty() {
            break;
        }
        let position = if chunk[0] & 0x80 != 0 {
            usize::from(chunk[1] & 0x0f) << 8 | usize::from(chunk[2])
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

fn seal(mut bytes: Vec<u8>) -> Vec<u8> {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    bytes
}
