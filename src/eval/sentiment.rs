//! `newslens eval sentiment FILE...`: accuracy on binary files (`sentence<TAB>label`, label 0
//! or 1, as SST-2 and the UCI sets) and Pearson correlation on graded files
//! (`id<TAB>rating<TAB>text`, any rating scale). Each line is analysed as a text of its own and
//! judged by the text's score; for accuracy the sign decides and a score of exactly 0 counts
//! wrong. Also prints the throughput of the sentiment stage and of segmentation plus
//! sentiment, over `--repeat` passes, and the time to read the embedded model.

use std::fs;
use std::io;
use std::path::PathBuf;
use std::time::Instant;

use crate::{sentiment, Document};

/// One file's labelled lines.
pub enum Gold {
    Binary(Vec<(String, bool)>),
    Graded(Vec<(String, f64)>),
}

impl Gold {
    /// The texts, in file order.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Gold::Binary(lines) => lines.iter().map(|(t, _)| t.as_str()).collect(),
            Gold::Graded(lines) => lines.iter().map(|(t, _)| t.as_str()).collect(),
        }
    }

    /// What is measured and its value: accuracy of binary files, Pearson r of graded ones,
    /// over the documents of [`texts`](Self::texts).
    pub fn measure(&self, documents: &[Document<'_>]) -> (&'static str, f64) {
        let scores: Vec<f32> = documents.iter().map(|d| sentiment::document(&sentiment::sentences(d)).score).collect();
        match self {
            Gold::Binary(lines) => {
                let right = lines
                    .iter()
                    .zip(&scores)
                    .filter(|((_, positive), &score)| if *positive { score > 0.0 } else { score < 0.0 })
                    .count();
                ("accuracy", right as f64 / lines.len().max(1) as f64)
            }
            Gold::Graded(lines) => {
                let ratings: Vec<f64> = lines.iter().map(|(_, r)| *r).collect();
                let predicted: Vec<f64> = scores.iter().map(|&s| f64::from(s)).collect();
                ("pearson r", pearson(&ratings, &predicted))
            }
        }
    }
}

/// Accuracy (binary files) or Pearson r (graded files) of the text scores on the file's
/// content, as `newslens eval sentiment` prints it; `None` when it is neither kind.
pub fn measure(text: &str) -> Option<(&'static str, f64)> {
    let gold = parse(text)?;
    let documents: Vec<Document<'_>> = gold.texts().iter().map(|t| Document::new(t)).collect();
    Some(gold.measure(&documents))
}

pub fn run(files: &[PathBuf], repeat: usize) -> io::Result<()> {
    println!(
        "{:<40} {:>6} {:>9} {:>10} {:>14} {:>14}",
        "file", "lines", "measure", "value", "sent. tok/s", "seg+sent tok/s"
    );
    for path in files {
        let text =
            fs::read_to_string(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let gold = parse(&text).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: neither sentence<TAB>label nor id<TAB>rating<TAB>text", path.display()),
            )
        })?;
        let texts = gold.texts();
        let documents: Vec<Document<'_>> = texts.iter().map(|t| Document::new(t)).collect();
        let (measure, value) = gold.measure(&documents);
        let tokens: usize = documents.iter().map(|d| d.tokens.len()).sum::<usize>() * repeat.max(1);
        let started = Instant::now();
        for _ in 0..repeat.max(1) {
            for document in &documents {
                std::hint::black_box(sentiment::sentences(document));
            }
        }
        let stage = tokens as f64 / started.elapsed().as_secs_f64();
        let started = Instant::now();
        for _ in 0..repeat.max(1) {
            for text in &texts {
                std::hint::black_box(sentiment::sentences(&Document::new(text)));
            }
        }
        let whole = tokens as f64 / started.elapsed().as_secs_f64();
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        println!("{name:<40} {:>6} {measure:>9} {value:>10.4} {stage:>14.0} {whole:>14.0}", texts.len());
    }
    // What the first analysis pays for the model: the same read as the embedded one's.
    let started = Instant::now();
    let read = sentiment::score::check_model().is_ok();
    println!(
        "model read (checksum, sizes, in place): {:.3} ms{}",
        started.elapsed().as_secs_f64() * 1e3,
        if read { "" } else { ", FAILED" }
    );
    Ok(())
}

/// Reads the file as binary or graded; a first line that does not parse is taken as a header.
pub fn parse(text: &str) -> Option<Gold> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let body = |parse_line: &dyn Fn(&str) -> bool| -> Option<usize> {
        match lines.first() {
            Some(first) if parse_line(first) => Some(0),
            Some(_) if lines.len() > 1 && lines[1..].iter().all(|l| parse_line(l)) => Some(1),
            _ => None,
        }
    };
    let binary = |line: &str| matches!(line.rsplit_once('\t'), Some((_, label)) if matches!(label.trim(), "0" | "1"));
    let graded = |line: &str| {
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        fields.len() == 3 && fields[1].trim().parse::<f64>().is_ok()
    };
    if let Some(skip) = body(&binary).filter(|&s| lines[s..].iter().all(|l| binary(l))) {
        return Some(Gold::Binary(
            lines[skip..]
                .iter()
                .filter_map(|l| l.rsplit_once('\t'))
                .map(|(text, label)| (text.trim().to_owned(), label.trim() == "1"))
                .collect(),
        ));
    }
    if let Some(skip) = body(&graded).filter(|&s| lines[s..].iter().all(|l| graded(l))) {
        return Some(Gold::Graded(
            lines[skip..]
                .iter()
                .filter_map(|l| {
                    let fields: Vec<&str> = l.splitn(3, '\t').collect();
                    Some((fields.get(2)?.trim().to_owned(), fields.get(1)?.trim().parse().ok()?))
                })
                .collect(),
        ));
    }
    None
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len()) as f64;
    if n < 2.0 {
        return 0.0;
    }
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_graded_files_are_told_apart() {
        assert!(matches!(parse("sentence\tlabel\ngood\t1\nbad\t0\n"), Some(Gold::Binary(l)) if l.len() == 2));
        assert!(matches!(parse("1\t2.5\tfine words\n2\t-1\tbad words\n"), Some(Gold::Graded(l)) if l.len() == 2));
        assert!(parse("no tabs here\n").is_none());
    }

    #[test]
    fn pearson_of_a_line_is_one() {
        assert!((pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]) - 1.0).abs() < 1e-12);
    }
}
