//! `newslens eval summary FILE`: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (see `rouge`) of the
//! summary stage on JSON lines of articles with reference highlights
//! (`../shared/data/summary/cnndm-valid.jsonl`), beside lead-3 (the first three sentences, by
//! newslens's segmenter and by the data set's own split), each averaged over the articles; a
//! paired bootstrap interval of the summary's gain over lead-3; and the summary stage's share
//! of the pipeline's time.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use newslens::keyphrase::EntityHint;
use newslens::{Analysis, Document, Options};

use crate::rouge::{rouge_lsum, rouge_n};

/// Resamples of the articles for the bootstrap interval.
const RESAMPLES: usize = 10_000;

#[derive(Deserialize)]
struct Article {
    id: String,
    text: String,
    #[serde(default)]
    sentences: Vec<String>,
    reference: String,
    reference_sentences: Vec<String>,
}

#[derive(Serialize)]
struct Prediction<'a> {
    id: &'a str,
    system: &'a str,
    prediction: String,
    reference: String,
}

/// The three scores of one summary, as percentages.
type Scores = [f64; 3];

/// A summariser under test: the sentences it picks from an article.
type System<'a> = Box<dyn Fn(&Article) -> Vec<String> + 'a>;

pub fn run(file: &Path, length: usize, show: usize, predictions: Option<&Path>) -> io::Result<()> {
    let articles: Vec<Article> = fs::read_to_string(file)?
        .lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| {
                io::Error::new(io::ErrorKind::InvalidData, format!("{}: line {}: {e}", file.display(), i + 1))
            })
        })
        .collect::<io::Result<_>>()?;
    if articles.is_empty() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{}: no articles", file.display())));
    }
    let options = Options { tokens: false, summary: length, ..Options::default() };
    let systems: [(&str, System); 3] = [
        (
            "summary",
            Box::new(|a: &Article| newslens::analyze(&a.text, &options).summary.into_iter().map(|s| s.text).collect()),
        ),
        ("lead-3", Box::new(|a: &Article| newslens::sentences(&a.text).into_iter().take(3).map(|s| s.text).collect())),
        ("lead-3 (data's split)", Box::new(|a: &Article| a.sentences.iter().take(3).cloned().collect())),
    ];
    let mut out = io::stdout().lock();
    writeln!(out, "{} articles in {}; summaries of {length} sentences", articles.len(), file.display())?;
    writeln!(out, "{:<24} {:>7} {:>7} {:>7}", "ROUGE F1 (mean)", "R-1", "R-2", "R-Lsum")?;
    let mut all: Vec<Vec<Scores>> = Vec::new();
    let mut dump = Vec::new();
    for (name, system) in &systems {
        let mut scores = Vec::with_capacity(articles.len());
        for article in &articles {
            let chosen = system(article);
            let reference = article.reference_sentences.join("\n");
            let prediction = chosen.join("\n");
            scores.push([
                100.0 * rouge_n(&prediction, &article.reference, 1).f1,
                100.0 * rouge_n(&prediction, &article.reference, 2).f1,
                100.0 * rouge_lsum(&prediction, &reference).f1,
            ]);
            dump.push(Prediction { id: &article.id, system: name, prediction, reference });
        }
        let [r1, r2, rl] = mean(&scores, None);
        writeln!(out, "{name:<24} {r1:>7.2} {r2:>7.2} {rl:>7.2}")?;
        all.push(scores);
    }
    writeln!(out, "paired bootstrap, {RESAMPLES} resamples of the articles, 95% interval of the gain:")?;
    for (baseline, name) in [(1, "lead-3"), (2, "lead-3 (data's split)")] {
        let [r1, r2, rl] = bootstrap(&all[0], &all[baseline]);
        writeln!(
            out,
            "  summary - {name:<22} R-1 {:+.2} [{:+.2}, {:+.2}]  R-2 {:+.2} [{:+.2}, {:+.2}]  R-Lsum {:+.2} [{:+.2}, {:+.2}]",
            r1.0, r1.1, r1.2, r2.0, r2.1, r2.2, rl.0, rl.1, rl.2
        )?;
    }
    if let Some(path) = predictions {
        let lines: Vec<String> = dump.iter().filter_map(|p| serde_json::to_string(p).ok()).collect();
        fs::write(path, lines.join("\n") + "\n")?;
        writeln!(out, "predictions written to {}", path.display())?;
    }
    for article in articles.iter().take(show) {
        let analysis = newslens::analyze(&article.text, &options);
        writeln!(out, "\n{}", article.id)?;
        for chosen in &analysis.summary {
            writeln!(out, "  [{} {:.2}] {}", chosen.sentence, chosen.score, chosen.text)?;
        }
        writeln!(out, "  reference: {}", article.reference_sentences.join(" | "))?;
    }
    time_share(&articles, &options, &mut out)
}

/// The mean of each score over the articles listed in `sample` (all when `None`).
fn mean(scores: &[Scores], sample: Option<&[usize]>) -> Scores {
    let mut sum = [0.0; 3];
    let mut count = 0;
    let mut add = |s: &Scores| {
        (0..3).for_each(|k| sum[k] += s[k]);
        count += 1;
    };
    match sample {
        Some(indices) => indices.iter().for_each(|&i| add(&scores[i])),
        None => scores.iter().for_each(&mut add),
    }
    sum.map(|s| s / f64::from(count.max(1)))
}

/// For each score: the mean gain of `system` over `baseline` and its 95% paired bootstrap
/// interval (percentiles of the mean gain over resamples of the articles).
fn bootstrap(system: &[Scores], baseline: &[Scores]) -> [(f64, f64, f64); 3] {
    let gains: Vec<Scores> =
        system.iter().zip(baseline).map(|(s, b)| [s[0] - b[0], s[1] - b[1], s[2] - b[2]]).collect();
    let observed = mean(&gains, None);
    let mut state: u64 = 0x5eed_1234_abcd_0001;
    let mut sample = vec![0usize; gains.len()];
    let mut means: [Vec<f64>; 3] = Default::default();
    for _ in 0..RESAMPLES {
        for slot in &mut sample {
            *slot = (splitmix(&mut state) % gains.len() as u64) as usize;
        }
        let m = mean(&gains, Some(&sample));
        (0..3).for_each(|k| means[k].push(m[k]));
    }
    let mut result = [(0.0, 0.0, 0.0); 3];
    for k in 0..3 {
        means[k].sort_by(f64::total_cmp);
        let at = |q: f64| means[k][((q * RESAMPLES as f64) as usize).min(RESAMPLES - 1)];
        result[k] = (observed[k], at(0.025), at(0.975));
    }
    result
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The summary stage's share of the pipeline's time, on one core: for each article, the whole
/// pipeline without the summary and the summary stage alone (given the same entities and key
/// phrases), each run `REPEAT` times in turn, the fastest run of each kept (the machine is
/// shared: the minimum is the least disturbed figure).
fn time_share(articles: &[Article], options: &Options, out: &mut impl Write) -> io::Result<()> {
    const REPEAT: usize = 15;
    let without = Options { summary: 0, ..options.clone() };
    let (mut pipeline, mut stage) = (Duration::ZERO, Duration::ZERO);
    for article in articles {
        let (mut fastest_pipeline, mut fastest_stage) = (Duration::MAX, Duration::MAX);
        for _ in 0..REPEAT {
            let start = Instant::now();
            let document = Document::new(&article.text);
            let analysis = Analysis::from_document(&document, &without);
            fastest_pipeline = fastest_pipeline.min(start.elapsed());
            let hints: Vec<EntityHint> = analysis
                .entities
                .iter()
                .flat_map(|e| {
                    let mentions = &analysis.mentions;
                    e.mentions.iter().filter_map(move |&m| mentions.get(m)).map(|m| EntityHint {
                        start: m.start,
                        end: m.end,
                        salience: e.salience,
                    })
                })
                .collect();
            let start = Instant::now();
            let summary = newslens::summary::summary(&document, options.summary, &hints, &analysis.keyphrases);
            fastest_stage = fastest_stage.min(start.elapsed());
            std::hint::black_box(summary);
        }
        pipeline += fastest_pipeline;
        stage += fastest_stage;
    }
    let per_article = |d: Duration| d.as_secs_f64() * 1e3 / articles.len() as f64;
    writeln!(
        out,
        "\ntime: the summary stage takes {:.1}% of the pipeline ({:.3} ms of {:.2} ms an article; fastest of {REPEAT} runs each, one core)",
        100.0 * stage.as_secs_f64() / (pipeline + stage).as_secs_f64(),
        per_article(stage),
        per_article(pipeline + stage),
    )
}
