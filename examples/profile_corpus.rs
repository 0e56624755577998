//! Analyses every article of the Brown press corpus `passes` times: a steady load to profile
//! (`perf record`, `valgrind --tool=callgrind`).
//!
//!     cargo build --release --example profile_corpus
//!     perf record -g target/release/examples/profile_corpus 4
//!
//! With `dump` instead of a count, it writes each article's analysis as one line of JSON, to
//! compare the output of two builds article by article. With `article`, it times the article
//! stage (paragraph kinds, the document without boilerplate, language detection) against the
//! whole pipeline and prints each one's share. With `targets`, it prints the share of
//! the whole analysis that the target sentiment stage takes (`sentiment::target::targets` on
//! each article's name mentions, timed apart). With `quotes`, it prints the quote
//! stage's share of the pipeline: the stage alone against the whole `analyze`, best of 5 runs. With `keyphrase-share`, it prints the
//! time of the whole pipeline, of the part-of-speech tags, of the key-phrase stage with them and
//! of the stage as the analysis runs it (without them). With `stages`, it prints the time of each
//! stage of `analyze` over the corpus, in the pipeline's order, and each one's share.

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
    if argument.as_deref() == Some("article") {
        article_share(&articles, &options);
        return;
    }
    if argument.as_deref() == Some("targets") {
        target_share(&articles, &options);
        return;
    }
    if argument.as_deref() == Some("stages") {
        stage_split(&articles, &options);
        return;
    }
    if argument.as_deref() == Some("quotes") {
        quote_share(&articles);
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

/// The article stage's share of the pipeline's time, over five passes of the corpus.
fn article_share(articles: &[&str], options: &newslens::Options) {
    use newslens::{article, Document};
    let (mut whole, mut kinds, mut language) = (0.0, 0.0, 0.0);
    for _ in 0..5 {
        for text in articles {
            let start = std::time::Instant::now();
            black_box(newslens::analyze(black_box(text), options));
            whole += start.elapsed().as_secs_f64();
            let document = Document::new(text);
            let start = std::time::Instant::now();
            let found = article::kinds(black_box(&document));
            let kept = article::article(&document, &found);
            black_box(article::paragraphs(&document, &found));
            kinds += start.elapsed().as_secs_f64();
            let start = std::time::Instant::now();
            black_box(article::language(black_box(&kept)));
            language += start.elapsed().as_secs_f64();
        }
    }
    println!(
        "analyze {whole:.3} s; paragraph kinds {kinds:.3} s ({:.2}%); language {language:.3} s ({:.2}%)",
        kinds / whole * 100.0,
        language / whole * 100.0
    );
}

/// Times the whole analysis and the target sentiment stage alone (as the analysis runs it: on
/// the name mentions, reading the sentence stage's token shares), 3 passes each, interleaved.
/// The stage's time includes cloning the mentions and entities it fills in.
fn target_share(articles: &[&str], options: &newslens::Options) {
    let prepared: Vec<_> = articles
        .iter()
        .map(|article| {
            let analysis = newslens::analyze(article, options);
            let document = newslens::Document::new(article);
            let shares = newslens::sentiment::sentences_with_shares(&document).1;
            (document, shares, analysis.mentions, analysis.entities)
        })
        .collect();
    let (mut whole, mut stage) = (0.0f64, 0.0f64);
    for _ in 0..3 {
        let start = std::time::Instant::now();
        for article in articles {
            black_box(newslens::analyze(black_box(article), options));
        }
        whole += start.elapsed().as_secs_f64();
        let start = std::time::Instant::now();
        for (document, shares, mentions, entities) in &prepared {
            let (mut mentions, mut entities) = (mentions.clone(), entities.clone());
            newslens::sentiment::target::fill(black_box(document), shares, &mut mentions, &mut entities);
            black_box((mentions, entities));
        }
        stage += start.elapsed().as_secs_f64();
    }
    let targets: usize = prepared.iter().map(|p| p.2.iter().filter(|m| m.entity.is_some()).count()).sum();
    eprintln!(
        "{} articles, {targets} name mentions: analysis {:.3} s, target sentiment {:.3} s ({:.1}% of the analysis)",
        articles.len(),
        whole / 3.0,
        stage / 3.0,
        100.0 * stage / whole
    );
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

/// Each stage of `Analysis::from_document`, timed apart over the corpus in the pipeline's order
/// (each stage fed by the stages before it, as the analysis does), against `analyze` as a whole;
/// the fastest of 5 passes of each. "assembly" is what `analyze` spends beyond the stages timed
/// here (the token and sentence lists, the document sentiment, moving results into place).
fn stage_split(articles: &[&str], options: &newslens::Options) {
    use newslens::keyphrase::EntityHint;
    use newslens::{article, entity, keyphrase, numeric, quote, sentiment, summary, Document};
    use std::time::Instant;
    const NAMES: [&str; 11] = [
        "document (tokens, sentences)",
        "article (paragraph kinds, language)",
        "sentence sentiment",
        "names (tagger)",
        "numbers and dates",
        "entities (aliases, salience)",
        "sentiment toward names",
        "quotes",
        "key phrases",
        "summary",
        "analyze, whole",
    ];
    let mut best = [f64::MAX; NAMES.len()];
    for _ in 0..5 {
        // One slot more than the stages: the time of what is not measured (made again for the
        // next stage) goes there.
        let mut pass = [0f64; NAMES.len() + 1];
        for text in articles {
            let mut clock = Instant::now();
            let mut lap = |slot: usize, pass: &mut [f64; NAMES.len() + 1]| {
                pass[slot] += clock.elapsed().as_secs_f64();
                clock = Instant::now();
            };
            let whole = Document::new(text);
            lap(0, &mut pass);
            let kinds = article::kinds(&whole);
            let kept = article::article(&whole, &kinds);
            black_box(article::paragraphs(&whole, &kinds));
            black_box(article::language(&kept));
            lap(1, &mut pass);
            let document: &Document<'_> = &kept;
            let (sentiments, shares) = sentiment::sentences_with_shares(document);
            black_box(&sentiments);
            lap(2, &mut pass);
            let names = newslens::internals::tagger_mentions(document);
            lap(3, &mut pass);
            let numbers = numeric::mentions(document);
            lap(4, &mut pass);
            black_box((names, numbers));
            // The entities stage reads the two merged (cheap): made again here, not timed.
            let mut mentions = entity::mentions(document);
            lap(NAMES.len(), &mut pass);
            let mut entities = entity::entities(document, &mut mentions);
            lap(5, &mut pass);
            sentiment::target::fill(document, &shares, &mut mentions, &mut entities);
            lap(6, &mut pass);
            black_box(quote::quotes(document, &mentions, &entities));
            lap(7, &mut pass);
            let hints: Vec<EntityHint> = entities
                .iter()
                .flat_map(|found| {
                    found.mentions.iter().map(|&m| EntityHint {
                        start: mentions[m].start,
                        end: mentions[m].end,
                        salience: found.salience,
                        entity: found.id,
                    })
                })
                .collect();
            let phrases = keyphrase::keyphrases_with_entities(document, keyphrase::DEFAULT_LIMIT, &[], &hints);
            lap(8, &mut pass);
            let article_kinds: Vec<article::ParagraphKind> =
                kinds.iter().copied().filter(|kind| *kind != article::ParagraphKind::Boilerplate).collect();
            black_box(summary::summary(document, &article_kinds, summary::DEFAULT_LENGTH, &hints, &phrases));
            lap(9, &mut pass);
            black_box(newslens::analyze(black_box(text), options));
            lap(10, &mut pass);
        }
        for (b, p) in best.iter_mut().zip(pass) {
            *b = b.min(p);
        }
    }
    let whole = best[NAMES.len() - 1];
    let stages: f64 = best[..NAMES.len() - 1].iter().sum();
    println!("stage split, native, {} articles, fastest of 5 passes each:", articles.len());
    for (name, seconds) in NAMES.iter().zip(best).take(NAMES.len() - 1) {
        println!("{name:<38} {:>8.1} ms {:>5.1}%", seconds * 1e3, 100.0 * seconds / whole);
    }
    println!(
        "{:<38} {:>8.1} ms {:>5.1}%",
        "assembly (the rest of analyze)",
        (whole - stages).max(0.0) * 1e3,
        100.0 * (whole - stages).max(0.0) / whole
    );
    println!("{:<38} {:>8.1} ms", "analyze, whole", whole * 1e3);
}
