//! `newslens eval ner FILE`: the name tagger's conlleval scores on a CoNLL-format file.

use std::io;
use std::path::Path;
use std::time::Instant;

use super::conll;
use crate::entity::tagger::Tagger;

/// Prints the scores of the tagger on `file` and its speed: `repeat` passes, the fastest
/// reported; `document_pass` off measures what the document pass adds; `errors` also prints
/// each sentence with a wrong or missed name.
pub fn run(file: &Path, document_pass: bool, repeat: usize, errors: bool) -> io::Result<()> {
    let text = std::fs::read_to_string(file)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", file.display())))?;
    let docs = conll::parse(&text)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {error}", file.display())))?;
    let load = Instant::now();
    let mut tagger = Tagger::embedded().map_err(|error| io::Error::other(error.to_string()))?;
    let load = load.elapsed();
    tagger.consistency = document_pass;
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let scores = evaluate(&tagger, &docs);
    let mut seconds = start.elapsed().as_secs_f64();
    for _ in 1..repeat {
        let start = Instant::now();
        evaluate(&tagger, &docs);
        seconds = seconds.min(start.elapsed().as_secs_f64());
    }
    let cpu = cpu_start.zip(cpu_seconds()).map(|(a, b)| (b - a) / repeat.max(1) as f64);
    if errors {
        print_errors(&tagger, &docs);
    }
    println!("{scores}");
    println!(
        "{} documents, {} tokens in {:.3} s wall (fastest of {}): {:.0} tokens/s (one thread, tagging and document pass); model load {:.1} ms",
        docs.len(),
        scores.tokens,
        seconds,
        repeat.max(1),
        scores.tokens as f64 / seconds,
        load.as_secs_f64() * 1000.0
    );
    if let Some(cpu) = cpu {
        println!(
            "on-CPU time per pass {cpu:.3} s: {:.0} tokens per CPU-second (the speed on an idle core)",
            scores.tokens as f64 / cpu
        );
    }
    Ok(())
}

fn print_errors(tagger: &Tagger, docs: &[conll::Doc]) {
    const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|s| s.tokens.iter().map(String::as_str).collect()).collect();
        for (names, sentence) in tagger.names(&sentences).iter().zip(doc) {
            let found: Vec<(usize, usize, usize)> = names.iter().map(|n| (n.start, n.end, n.kind)).collect();
            let show = |&(start, end, kind): &(usize, usize, usize)| {
                format!("{} [{}]", sentence.tokens[start..end].join(" "), TYPES[kind])
            };
            let missed: Vec<String> = sentence.names.iter().filter(|g| !found.contains(g)).map(show).collect();
            let wrong: Vec<String> = found.iter().filter(|f| !sentence.names.contains(f)).map(show).collect();
            if !missed.is_empty() || !wrong.is_empty() {
                println!("{}\n  - {}\n  + {}", sentence.tokens.join(" "), missed.join(" | "), wrong.join(" | "));
            }
        }
    }
}

/// Time this thread has spent on a CPU (Linux), so that speed on a busy machine is measured
/// without the time other processes held the core.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds / 1e9)
}

/// conlleval scores of `tagger` on CoNLL documents.
pub fn evaluate(tagger: &Tagger<'_>, docs: &[conll::Doc]) -> conll::Scores {
    let mut scores = conll::Scores::default();
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|s| s.tokens.iter().map(String::as_str).collect()).collect();
        for (names, sentence) in tagger.names(&sentences).iter().zip(doc) {
            let predicted: Vec<(usize, usize, usize)> = names.iter().map(|n| (n.start, n.end, n.kind)).collect();
            scores.add(&predicted, &sentence.names);
            scores.tokens += sentence.tokens.len();
        }
    }
    scores
}
