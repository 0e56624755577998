//! `newslens eval keyphrases DIR`: precision, recall and F1 at 5 and 10 of the key phrases on a
//! folder of `docsutf8/ID.txt` stories and `keys/ID.key` gold phrases (one a line), with the
//! convention of the YAKE and pke papers: every phrase lower-cased, split on white space and
//! Porter-stemmed word by word; exact match; gold and predictions de-duplicated after
//! stemming, predictions cut at K; P, R and F1 per document, averaged over all documents.
//! The first ten words of each story are scored the same way as a baseline. Then the speed of
//! the stage, on one core.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::keyphrase::{keyphrases, stem};
use crate::Document;

const CUTOFFS: [usize; 2] = [5, 10];

/// Runs of the whole set for the speed figure: at least this long.
const SPEED_RUN: Duration = Duration::from_secs(2);

/// One story of the set and its gold key phrases.
pub struct Story {
    pub name: String,
    pub text: String,
    pub gold: Vec<String>,
}

pub fn run(dir: &Path, show: usize) -> io::Result<()> {
    let stories = read_stories(dir)?;
    if stories.is_empty() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("{}: no docsutf8/*.txt", dir.display())));
    }
    let predicted = predicted(&stories);
    let baseline: Vec<Vec<String>> =
        stories.iter().map(|story| story.text.split_whitespace().take(10).map(str::to_owned).collect()).collect();
    let mut out = io::stdout().lock();
    writeln!(out, "{} documents in {}", stories.len(), dir.display())?;
    writeln!(out, "{:<20} {:>6} {:>6} {:>6}", "", "P", "R", "F1")?;
    for (label, lists) in [("key phrases", &predicted), ("first ten words", &baseline)] {
        for k in CUTOFFS {
            let [p, r, f] = average(&stories, lists, k);
            writeln!(out, "{:<20} {p:>6.4} {r:>6.4} {f:>6.4}", format!("{label} @{k}"))?;
        }
    }
    for (story, phrases) in stories.iter().zip(&predicted).take(show) {
        writeln!(out, "{}: {}", story.name, phrases.join(" | "))?;
    }
    out.flush()?;
    speed(&stories, &mut out)
}

/// The key phrases of each story, best first, at most the largest cutoff.
pub fn predicted(stories: &[Story]) -> Vec<Vec<String>> {
    stories
        .iter()
        .map(|story| {
            let document = Document::new(&story.text);
            keyphrases(&document, CUTOFFS[1]).into_iter().map(|k| k.text).collect()
        })
        .collect()
}

/// The stories of `dir` (`docsutf8/ID.txt`) with their gold phrases (`keys/ID.key`), by name.
pub fn read_stories(dir: &Path) -> io::Result<Vec<Story>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir.join("docsutf8"))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut stories = Vec::with_capacity(paths.len());
    for path in paths {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let text = fs::read_to_string(&path)?;
        let keys = dir.join("keys").join(format!("{name}.key"));
        let gold = fs::read_to_string(&keys)
            .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", keys.display())))?
            .lines()
            .map(str::to_owned)
            .collect();
        stories.push(Story { name, text, gold });
    }
    Ok(stories)
}

/// Lower-cased, split on white space, each word Porter-stemmed.
fn normalize(phrase: &str) -> String {
    phrase.split_whitespace().map(stem).collect::<Vec<_>>().join(" ")
}

fn unique(phrases: &[String]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for phrase in phrases {
        let normal = normalize(phrase);
        if !normal.is_empty() && !seen.contains(&normal) {
            seen.push(normal);
        }
    }
    seen
}

/// Mean precision, recall and F1 at `k` over all stories.
pub fn average(stories: &[Story], predicted: &[Vec<String>], k: usize) -> [f64; 3] {
    let mut sums = [0.0; 3];
    for (story, phrases) in stories.iter().zip(predicted) {
        let gold = unique(&story.gold);
        let mut guesses = unique(phrases);
        guesses.truncate(k);
        let hits = guesses.iter().filter(|g| gold.contains(g)).count() as f64;
        let p = if guesses.is_empty() { 0.0 } else { hits / guesses.len() as f64 };
        let r = if gold.is_empty() { 0.0 } else { hits / gold.len() as f64 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        for (sum, value) in sums.iter_mut().zip([p, r, f]) {
            *sum += value;
        }
    }
    sums.map(|sum| sum / stories.len() as f64)
}

/// Prints tokens per second of segmentation plus key phrases, and of key phrases alone, by
/// the wall clock and, where Linux reports it, by the thread's own CPU time (which a busy
/// machine does not distort).
fn speed(stories: &[Story], out: &mut impl Write) -> io::Result<()> {
    let documents: Vec<Document<'_>> = stories.iter().map(|s| Document::new(&s.text)).collect();
    let tokens: usize = documents.iter().map(|d| d.tokens.len()).sum();
    let rate = |run: &dyn Fn() -> usize| {
        let started = Instant::now();
        let cpu_started = cpu_seconds();
        let mut passes = 0usize;
        let mut found = 0usize;
        while started.elapsed() < SPEED_RUN {
            found += run();
            passes += 1;
        }
        std::hint::black_box(found);
        let work = (tokens * passes) as f64;
        let cpu = cpu_started.zip(cpu_seconds()).map(|(a, b)| work / (b - a));
        (work / started.elapsed().as_secs_f64(), cpu)
    };
    let both = rate(&|| stories.iter().map(|s| keyphrases(&Document::new(&s.text), 10).len()).sum());
    let alone = rate(&|| documents.iter().map(|d| keyphrases(d, 10).len()).sum());
    let build = if cfg!(debug_assertions) { "debug build" } else { "release build" };
    writeln!(out, "speed, one thread, {build}, {tokens} tokens a pass, tokens/s by wall clock and by CPU time:")?;
    for (label, (wall, cpu)) in [("segmentation + key phrases", both), ("key phrases alone", alone)] {
        let cpu = cpu.map_or("n/a".to_owned(), |cpu| format!("{cpu:.0}"));
        writeln!(out, "  {label:<27} {wall:>10.0} wall {cpu:>10} CPU")?;
    }
    Ok(())
}

/// This thread's CPU time so far, from `/proc/thread-self/schedstat` (Linux; nanoseconds).
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}
