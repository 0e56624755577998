//! Analyses every article of the Brown press corpus `passes` times: a steady load to profile
//! (`perf record`, `valgrind --tool=callgrind`).
//!
//!     cargo build --release --example profile_corpus
//!     perf record -g target/release/examples/profile_corpus 4
//!
//! With `dump` instead of a count, it writes each article's analysis as one line of JSON, to
//! compare the output of two builds article by article. With `quotes`, it prints the quote
//! stage's share of the pipeline: the stage alone against the whole `analyze`, best of 5 runs.

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
    if argument.as_deref() == Some("quotes") {
        quote_share(&articles);
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

/// The quote stage's time over the corpus against the whole pipeline's, best of 5 runs each.
fn quote_share(articles: &[&str]) {
    let options = newslens::Options::default();
    let prepared: Vec<_> = articles
        .iter()
        .map(|article| {
            let document = newslens::Document::new(article);
            let mut mentions = newslens::entity::mentions(&document);
            let entities = newslens::entity::entities(&document, &mut mentions);
            (document, mentions, entities)
        })
        .collect();
    let best = |run: &dyn Fn()| {
        (0..5)
            .map(|_| {
                let start = std::time::Instant::now();
                run();
                start.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let whole = best(&|| {
        for article in articles {
            black_box(newslens::analyze(black_box(article), &options));
        }
    });
    let stage = best(&|| {
        for (document, mentions, entities) in &prepared {
            black_box(newslens::quote::quotes(document, mentions, entities));
        }
    });
    let quotes: usize = prepared.iter().map(|(d, m, e)| newslens::quote::quotes(d, m, e).len()).sum();
    println!(
        "{} articles, {quotes} quotes: analyze {:.1} ms, quote stage {:.2} ms, share {:.2}%",
        articles.len(),
        whole * 1e3,
        stage * 1e3,
        stage / whole * 100.0
    );
}
