//! Each stage of the pipeline over three articles of the Brown press corpus (a report, an
//! editorial, a review), so that the slow stage stands out; `naive` (whitespace words) is the
//! floor for reading the text at all.
//!
//!     node bench/corpus.mjs && cargo bench --bench stages

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newslens::{entity, keyphrase, sentiment, Document, Options};

mod corpus;

/// A report (ca01), an editorial (cb07) and a review (cc05): 12 KB each or so.
const PICKS: [usize; 3] = [0, 50, 75];

fn stages(c: &mut Criterion) {
    let text = corpus::text();
    let articles = corpus::articles(&text);
    for index in PICKS {
        let article = articles[index.min(articles.len() - 1)];
        let mut group = c.benchmark_group(format!("article{index}"));
        group.throughput(Throughput::Bytes(article.len() as u64));
        let document = Document::new(article);
        group.bench_function("naive", |b| b.iter(|| black_box(article).split_whitespace().count()));
        group.bench_function("segment", |b| b.iter(|| Document::new(black_box(article))));
        group.bench_function("sentiment", |b| b.iter(|| sentiment::sentences(black_box(&document))));
        group.bench_function("keyphrases", |b| {
            b.iter(|| keyphrase::keyphrases(black_box(&document), keyphrase::DEFAULT_LIMIT))
        });
        group.bench_function("mentions", |b| b.iter(|| entity::mentions(black_box(&document))));
        group.bench_function("tagger", |b| b.iter(|| newslens::internals::tagger_mentions(black_box(&document))));
        let options = Options::default();
        group.bench_function("analyze", |b| b.iter(|| newslens::analyze(black_box(article), &options)));
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
