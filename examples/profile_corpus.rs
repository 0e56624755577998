//! Analyses every article of the Brown press corpus `passes` times: a steady load to profile
//! (`perf record`, `valgrind --tool=callgrind`).
//!
//!     cargo build --release --example profile_corpus
//!     perf record -g target/release/examples/profile_corpus 4
//!
//! With `dump` instead of a count, it writes each article's analysis as one line of JSON, to
//! compare the output of two builds article by article.

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
    let start = std::time::Instant::now();
    for _ in 0..passes {
        for article in &articles {
            black_box(newslens::analyze(black_box(article), &options));
        }
    }
    eprintln!("{} passes over {} articles: {:.3} s", passes, articles.len(), start.elapsed().as_secs_f64());
}
