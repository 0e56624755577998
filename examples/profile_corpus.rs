//! Analyses every article of the Brown press corpus `passes` times: a steady load to profile
//! (`perf record`, `valgrind --tool=callgrind`).
//!
//!     cargo build --release --example profile_corpus
//!     perf record -g target/release/examples/profile_corpus 4
//!
//! With `dump` instead of a count, it writes each article's analysis as one line of JSON, to
//! compare the output of two builds article by article. With `keyphrase-share`, it prints the
//! time of the whole pipeline, of the part-of-speech tags, of the key-phrase stage with them and
//! of the stage as the analysis runs it (without them).

use std::hint::black_box;

fn main() {
    let argument = std::env::args().nth(1);
    let passes: usize = argument.as_deref().and_then(|a| a.parse().ok()).unwrap_or(4);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/.cache/bench/brown-press.txt");
    let text = std::fs::read_to_string(path).expect("run `node bench/corpus.mjs` first");
    let articles: Vec<&str> = text.trim().split("\n\n\n").collect();
    let options = newslens::Options::default();
    if argument.as_deref() == Some("dump") {
        for article in &articles {
            let analysis = newslens::analyze(article, &options);
            println!("{}", serde_json::to_string(&analysis).expect("an analysis serialises"));
        }
        return;
    }
    if argument.as_deref() == Some("keyphrase-share") {
        // Five rounds of each, interleaved, and the fastest of each: on a shared machine the
        // slow rounds measure the neighbours.
        let documents: Vec<newslens::Document<'_>> = articles.iter().map(|a| newslens::Document::new(a)).collect();
        let time = |f: &dyn Fn()| {
            let start = std::time::Instant::now();
            f();
            start.elapsed().as_secs_f64()
        };
        let (mut pipeline, mut tags, mut stage, mut alone) = (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
        for _ in 0..5 {
            pipeline = pipeline.min(time(&|| {
                for article in &articles {
                    black_box(newslens::analyze(black_box(article), &options));
                }
            }));
            tags = tags.min(time(&|| {
                for document in &documents {
                    black_box(newslens::pos::tags(black_box(document)));
                }
            }));
            stage = stage.min(time(&|| {
                for document in &documents {
                    let tags = newslens::pos::tags(document);
                    black_box(newslens::keyphrase::keyphrases_with_entities(document, 10, &tags, &[]));
                }
            }));
            alone = alone.min(time(&|| {
                for document in &documents {
                    black_box(newslens::keyphrase::keyphrases_with_entities(document, 10, &[], &[]));
                }
            }));
        }
        eprintln!(
            "fastest of 5 passes: pipeline {pipeline:.3} s; part-of-speech tags {tags:.3} s ({:.1}%); key phrases with tags {stage:.3} s ({:.1}%), without tags (the analysis) {alone:.3} s ({:.1}%)",
            100.0 * tags / pipeline,
            100.0 * stage / pipeline,
            100.0 * alone / pipeline
        );
        return;
    }
    let start = std::time::Instant::now();
    for _ in 0..passes {
        for article in &articles {
            black_box(newslens::analyze(black_box(article), &options));
        }
    }
    eprintln!("{} passes over {} articles: {:.3} s", passes, articles.len(), start.elapsed().as_secs_f64());
}
