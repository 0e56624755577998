//! The whole pipeline over 10 KB, 100 KB, 1 MB and 10 MB of the Brown corpus, press first
//! (repeated past its 6 MB), the same texts as `npm run bench` scales: linear time means about
//! 10× per step.
//!
//!     node bench/corpus.mjs && cargo bench --bench scaling

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use newslens::Options;

mod corpus;

fn scaling(c: &mut Criterion) {
    let text = corpus::all();
    let options = Options::default();
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_secs(1));
    for size in [10_000, 100_000, 1_000_000, 10_000_000] {
        let input = corpus::sized(&text, size);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(format!("{}KB", size / 1000), |b| {
            b.iter(|| newslens::analyze(black_box(&input), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
