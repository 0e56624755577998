//! `newslens eval targets FILE`: sentiment toward gold targets on a NewsMTSC-format file
//! (JSON lines with `text` and `targets[]` of code-point `start`/`end` and `label`). The gold
//! spans are fed to the stage, so tagger misses do not count. Prints, for each `set` in the
//! file and for all lines together: targets, macro-F1 over the three classes (NewsMTSC's F1m),
//! accuracy, and precision, recall and F1 per class; then the speed.

use std::fs;
use std::io;
use std::path::Path;
use std::time::Instant;

use newslens::sentiment::target::newsmtsc::{self, Confusion};
use newslens::sentiment::target::targets;
use newslens::Document;

pub fn run(path: &Path) -> io::Result<()> {
    let text = fs::read_to_string(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let lines: Vec<newsmtsc::Line> = text.lines().filter_map(newsmtsc::parse).collect();
    if lines.is_empty() {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("{}: no NewsMTSC lines", path.display())));
    }
    let mut sets: Vec<(String, Confusion)> = Vec::new();
    let mut all = Confusion::default();
    let started = Instant::now();
    let mut tokens = 0usize;
    for line in &lines {
        let document = Document::new(&line.text);
        tokens += document.tokens.len();
        let spans: Vec<(usize, usize)> = line.targets.iter().map(|&(s, e, _)| (s, e)).collect();
        let found = targets(&document, &spans);
        let position = match sets.iter().position(|(set, _)| *set == line.set) {
            Some(position) => position,
            None => {
                sets.push((line.set.clone(), Confusion::default()));
                sets.len() - 1
            }
        };
        for (&(_, _, gold), predicted) in line.targets.iter().zip(&found) {
            sets[position].1.add(gold, predicted.label);
            all.add(gold, predicted.label);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{:<10} {:>7} {:>6} {:>6}   {:>17} {:>17} {:>17}",
        "set", "targets", "F1m", "acc", "negative P/R/F1", "neutral P/R/F1", "positive P/R/F1"
    );
    if sets.len() > 1 {
        sets.push(("all".to_owned(), all));
    }
    for (set, confusion) in &sets {
        let per_class: Vec<String> = (0..3)
            .map(|c| {
                let (p, r, f) = confusion.class_scores(c);
                format!("{p:.3}/{r:.3}/{f:.3}")
            })
            .collect();
        println!(
            "{:<10} {:>7} {:>6.3} {:>6.3}   {:>17} {:>17} {:>17}",
            if set.is_empty() { "-" } else { set },
            confusion.total(),
            confusion.macro_f1(),
            confusion.accuracy(),
            per_class[0],
            per_class[1],
            per_class[2]
        );
    }
    println!("{} sentences, {tokens} tokens in {seconds:.3} s (segmentation + target sentiment)", lines.len());
    Ok(())
}
