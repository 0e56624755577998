//! The benchmark text, shared by the benches: the Brown corpus press articles and the whole
//! Brown corpus that `node bench/corpus.mjs` writes to `.cache/bench/` (see bench/corpus.mjs for
//! the source and licence).

use std::fs;

/// The press articles (about 1 MB), separated by two blank lines.
#[allow(dead_code)]
pub fn text() -> String {
    read(concat!(env!("CARGO_MANIFEST_DIR"), "/.cache/bench/brown-press.txt"))
}

/// The whole Brown corpus, press first (about 6 MB).
#[allow(dead_code)]
pub fn all() -> String {
    read(concat!(env!("CARGO_MANIFEST_DIR"), "/.cache/bench/brown-all.txt"))
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| {
        eprintln!(
            "cannot read the benchmark corpus {path}: {error}\nrun `node bench/corpus.mjs` first (after `npm install`)"
        );
        std::process::exit(2)
    })
}

/// The corpus's articles, in order.
#[allow(dead_code)]
pub fn articles(text: &str) -> Vec<&str> {
    text.trim().split("\n\n\n").collect()
}

/// At least `size` bytes of the corpus (repeated as needed), cut at a paragraph break.
#[allow(dead_code)]
pub fn sized(text: &str, size: usize) -> String {
    let mut out = text.repeat(size.div_ceil(text.len().max(1)));
    let cut = out[..size.min(out.len())].rfind("\n\n").filter(|&cut| cut > size / 2).unwrap_or(size.min(out.len()));
    out.truncate(cut);
    out
}
