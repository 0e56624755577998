//! The language detector's figures: how many of the golden paragraphs
//! (tests/article/languages.txt) it gets right whole and cut to their first 20 and 10 words,
//! how many CoNLL-2003 dev documents and Brown press articles it takes for another language, and
//! its speed.
//!
//!     node bench/corpus.mjs    # once, for the Brown press articles
//!     cargo run --release --example language_survey

use std::time::Instant;

use newslens::{article, Document};

fn main() {
    let golden = include_str!("../tests/article/languages.txt");
    let mut paragraphs: Vec<(&str, String)> = Vec::new();
    for line in golden.lines().filter(|l| !l.starts_with('#')) {
        if let Some(code) = line.strip_prefix("= ") {
            paragraphs.push((code, String::new()));
        } else if let Some((_, text)) = paragraphs.last_mut().filter(|_| !line.trim().is_empty()) {
            text.push_str(line.trim());
            text.push(' ');
        }
    }
    for words in [usize::MAX, 20, 10] {
        let mut wrong = Vec::new();
        for (code, text) in &paragraphs {
            let cut: Vec<&str> = text.split_whitespace().take(words).collect();
            let found = article::language(&Document::new(&cut.join(" ")));
            if found.code != *code {
                wrong.push(format!("{code} as {} ({:.2})", found.code, found.confidence));
            }
        }
        let label = if words == usize::MAX { "whole (40+ words)".to_owned() } else { format!("first {words} words") };
        println!(
            "golden paragraphs, {label}: {} of {} right {wrong:?}",
            paragraphs.len() - wrong.len(),
            paragraphs.len()
        );
    }
    let root = env!("CARGO_MANIFEST_DIR");
    match std::fs::read_to_string(format!("{root}/../shared/data/conll2003/dev.txt")) {
        Ok(source) => {
            let documents = newslens::entity::tagger::conll::parse(&source).unwrap_or_default();
            let texts: Vec<String> = documents
                .iter()
                .map(|doc| doc.iter().map(|s| s.tokens.join(" ")).collect::<Vec<_>>().join("\n"))
                .collect();
            report("CoNLL-2003 dev documents", &texts);
        }
        Err(_) => println!("skipped: CoNLL-2003 dev needs ../shared/data"),
    }
    match std::fs::read_to_string(format!("{root}/.cache/bench/brown-press.txt")) {
        Ok(corpus) => report("Brown press articles", &corpus.split("\n\n\n").map(str::to_owned).collect::<Vec<_>>()),
        Err(_) => println!("skipped: Brown press needs `node bench/corpus.mjs`"),
    }
}

/// How many of `texts` are taken for another language, and how fast.
fn report(name: &str, texts: &[String]) {
    let documents: Vec<Document<'_>> = texts.iter().map(|t| Document::new(t)).collect();
    let start = Instant::now();
    let flagged: Vec<String> = documents
        .iter()
        .map(article::language)
        .filter(|l| !l.is_english())
        .map(|l| format!("{} ({:.2})", l.code, l.confidence))
        .collect();
    let took = start.elapsed().as_secs_f64();
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{name}: {} of {} flagged as not English {flagged:?}; {:.1} ms for {:.2} MB",
        flagged.len(),
        texts.len(),
        took * 1e3,
        bytes as f64 / 1e6
    );
}
