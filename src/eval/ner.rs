//! `newslens eval ner FILE`: the name tagger's conlleval scores on a CoNLL-format file.

use std::io;
use std::path::Path;
use std::time::Instant;

use super::conll;
use crate::entity::tagger::Tagger;

/// Prints the scores of the tagger on `file` and its speed: `repeat` passes, the fastest
/// reported; `document_pass` off measures what the document pass adds; `errors` also prints
/// each sentence with a wrong or missed name.
pub fn run(file: &Path, document_pass: bool, repeat: usize, errors: bool, model: Option<&Path>) -> io::Result<()> {
    let text = std::fs::read_to_string(file)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", file.display())))?;
    let docs = conll::parse(&text)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {error}", file.display())))?;
    let load = Instant::now();
    let mut tagger = tagger(model)?;
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

/// The embedded tagger, or one with the model in `model` (a file `newslens train ner` wrote).
fn tagger(model: Option<&Path>) -> io::Result<Tagger<'static>> {
    let error = |e: crate::model::ModelError| io::Error::other(e.to_string());
    let Some(path) = model else { return Tagger::embedded().map_err(error) };
    let bytes = std::fs::read(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let model = crate::entity::tagger::Model::from_bytes(Vec::leak(bytes)).map_err(error)?;
    Ok(Tagger {
        model,
        lexicon: crate::entity::tagger::lexicon::Lexicon::embedded().map_err(error)?,
        consistency: true,
    })
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
    evaluate_without_misc(tagger, docs, true)
}

/// conlleval scores of `tagger` on CoNLL documents, leaving MISC names out of both sides when
/// `misc` is false (for sets that do not mark them).
pub fn evaluate_without_misc(tagger: &Tagger<'_>, docs: &[conll::Doc], misc: bool) -> conll::Scores {
    const MISC: usize = 3;
    let mut scores = conll::Scores::default();
    for doc in docs {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|s| s.tokens.iter().map(String::as_str).collect()).collect();
        for (names, sentence) in tagger.names(&sentences).iter().zip(doc) {
            let keep = |kind: usize| misc || kind != MISC;
            let predicted: Vec<(usize, usize, usize)> =
                names.iter().map(|n| (n.start, n.end, n.kind)).filter(|n| keep(n.2)).collect();
            let gold: Vec<(usize, usize, usize)> = sentence.names.iter().copied().filter(|n| keep(n.2)).collect();
            scores.add(&predicted, &gold);
            scores.tokens += sentence.tokens.len();
        }
    }
    scores
}

/// One line per part: CoNLL dev, then each held-out part `(name, marks MISC, documents)`:
/// tokens, names, overall P, R, F1 and the F1 of each type.
pub fn held_out_table(tagger: &Tagger<'_>, dev: &[conll::Doc], parts: &[(&str, bool, &[conll::Doc])]) -> String {
    let mut out = format!(
        "{:<22} {:>7} {:>6} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7}\n",
        "held-out part", "tokens", "names", "P", "R", "F1", "PER", "LOC", "ORG", "MISC"
    );
    let rows = std::iter::once(("conll2003 dev", true, dev)).chain(parts.iter().copied());
    for (name, misc, docs) in rows {
        let scores = evaluate_without_misc(tagger, docs, misc);
        let (p, r, f) = scores.overall();
        let gold: usize = scores.counts.iter().map(|c| c.2).sum();
        let mut line = format!("{:<22} {:>7} {:>6} {:>7.4} {:>7.4} {:>7.4}", name, scores.tokens, gold, p, r, f);
        for kind in 0..4 {
            if kind == 3 && !misc {
                line += &format!(" {:>7}", "-");
            } else {
                line += &format!(" {:>7.4}", scores.of_type(kind).2);
            }
        }
        out += &line;
        out.push('\n');
    }
    out
}

/// Prints [`held_out_table`] for CoNLL-2003 `dev` and the held-out part of every set in
/// `extra_dir` (`ner-extra/`) that is there.
pub fn run_by_source(dev: &Path, extra_dir: &Path, document_pass: bool, model: Option<&Path>) -> io::Result<()> {
    let text = std::fs::read_to_string(dev)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", dev.display())))?;
    let dev_docs = conll::parse(&text)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {error}", dev.display())))?;
    let mut tagger = tagger(model)?;
    tagger.consistency = document_pass;
    let mut splits = Vec::new();
    for source in super::sources::SOURCES {
        if !extra_dir.join(format!("{}.txt", source.name)).exists() {
            continue;
        }
        splits
            .push(super::sources::read(extra_dir, source).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?);
    }
    let parts: Vec<(&str, bool, &[conll::Doc])> =
        splits.iter().map(|s| (s.source.name, s.source.misc, s.held_out.as_slice())).collect();
    print!("{}", held_out_table(&tagger, &dev_docs, &parts));
    println!(
        "held out: every {}th document (or run of {} sentences where a set has no documents), from the third; sets without MISC scored without it",
        super::sources::HOLD_OUT,
        super::sources::CHUNK
    );
    Ok(())
}
