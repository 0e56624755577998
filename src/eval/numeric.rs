//! `newslens eval numeric FILE`: how the numeric and date rules behave on a CoNLL-format file
//! (`word POS chunk NER` a line, a blank line between sentences).
//!
//! CoNLL-2003 has no gold dates or numbers, so this prints proxies, not F1: what the rules
//! find per type; how many of those mentions overlap a gold name (PER, LOC, ORG, MISC), each a
//! likely false positive ("May" in "Theresa May"); the share of tokens tagged CD outside
//! names that some mention covers (a recall proxy for numbers); and the speed of the pass.
//! `--show N` lists up to N mentions that overlap names and N uncovered CD tokens; `--list`
//! prints every mention (type, value, text, context), one a line, for review. A file that is
//! not in CoNLL format is read as plain text: counts per type and speed only.

use std::fs;
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::mention::Mention;
use crate::numeric;
use crate::Document;

/// The file's sentences as one text, one sentence a line, with the spans that matter.
pub struct Corpus {
    pub text: String,
    /// Byte spans of tokens tagged CD (numbers) outside gold names.
    pub numbers: Vec<(usize, usize)>,
    /// Byte spans of gold names.
    pub names: Vec<(usize, usize)>,
}

/// The proxies `newslens eval numeric` prints for a CoNLL file.
pub struct Proxies {
    /// Numeric mentions found.
    pub mentions: usize,
    /// Of those, the ones that overlap a gold name.
    pub overlapping: usize,
    /// Tokens tagged CD outside names.
    pub numbers: usize,
    /// Of those, the ones some mention covers.
    pub covered: usize,
}

impl Corpus {
    /// The proxies of `mentions` (found in [`Corpus::text`], in text order).
    pub fn proxies(&self, mentions: &[Mention]) -> Proxies {
        Proxies {
            mentions: mentions.len(),
            overlapping: mentions.iter().filter(|m| overlaps(&self.names, m.start, m.end)).count(),
            numbers: self.numbers.len(),
            covered: self.numbers.iter().filter(|&&(start, end)| covered(mentions, start, end)).count(),
        }
    }
}

fn read(path: &Path) -> io::Result<Corpus> {
    let source = fs::read_to_string(path)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))?;
    Ok(corpus(source))
}

/// Reads a CoNLL-format file's content (anything else is taken as plain text).
pub fn corpus(source: String) -> Corpus {
    let is_conll = source.lines().next().is_some_and(|line| line.split_whitespace().count() == 4);
    if !is_conll {
        return Corpus { text: source, numbers: Vec::new(), names: Vec::new() };
    }
    let mut corpus = Corpus { text: String::with_capacity(source.len() / 2), numbers: Vec::new(), names: Vec::new() };
    let mut open: Option<(usize, String)> = None;
    let mut line_start = true;
    for line in source.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (word, pos, tag) = match fields.as_slice() {
            [word, pos, _, tag] => (*word, *pos, *tag),
            _ => {
                if let Some((start, _)) = open.take() {
                    corpus.names.push((start, corpus.text.len()));
                }
                if !line_start {
                    corpus.text.push('\n');
                    line_start = true;
                }
                continue;
            }
        };
        if !line_start {
            corpus.text.push(' ');
        }
        line_start = false;
        let start = corpus.text.len();
        corpus.text.push_str(word);
        let end = corpus.text.len();
        let kind = tag.get(2..).unwrap_or("");
        let continues = tag.starts_with("I-") && open.as_ref().is_some_and(|(_, open_kind)| open_kind == kind);
        if !continues {
            if let Some((name_start, _)) = open.take() {
                corpus.names.push((name_start, start - 1));
            }
            if tag != "O" {
                open = Some((start, kind.to_string()));
            }
        }
        if pos == "CD" && open.is_none() {
            corpus.numbers.push((start, end));
        }
    }
    if let Some((start, _)) = open {
        corpus.names.push((start, corpus.text.len()));
    }
    corpus
}

fn overlaps(spans: &[(usize, usize)], start: usize, end: usize) -> bool {
    let after = spans.partition_point(|&(_, span_end)| span_end <= start);
    spans.get(after).is_some_and(|&(span_start, _)| span_start < end)
}

fn covered(mentions: &[Mention], start: usize, end: usize) -> bool {
    let after = mentions.partition_point(|m| m.end <= start);
    mentions.get(after).is_some_and(|m| m.start <= start && m.end >= end)
}

pub fn run(path: &Path, show: usize, list: bool) -> io::Result<()> {
    let corpus = read(path)?;
    let document = Document::new(&corpus.text);
    let started = Instant::now();
    let mut runs = 0usize;
    let mut mentions = Vec::new();
    while runs < 3 || started.elapsed() < Duration::from_secs(2) {
        mentions = numeric::mentions(&document);
        runs += 1;
    }
    let seconds = started.elapsed().as_secs_f64() / runs as f64;

    let kind_of = |m: &Mention| serde_json::to_value(m.kind).ok().and_then(|v| v.as_str().map(str::to_string));
    if list {
        for m in &mentions {
            let value = m.value.as_ref().and_then(|v| serde_json::to_string(v).ok()).unwrap_or_default();
            println!(
                "{}\t{value}\t{}\t{}",
                kind_of(m).unwrap_or_default(),
                m.text,
                context(&corpus.text, m.start, m.end)
            );
        }
        return Ok(());
    }
    let kinds = ["date", "time", "money", "percent", "quantity", "ordinal", "cardinal"];
    let gold = !corpus.names.is_empty();
    println!(
        "{}: {} tokens, {} sentences, {} gold names",
        path.display(),
        document.tokens.len(),
        document.sentences.len(),
        corpus.names.len()
    );
    println!("{:<10} {:>8} {:>14}", "type", "found", if gold { "overlap names" } else { "" });
    let mut total = (0, 0);
    for kind in kinds.into_iter().chain(["all"]) {
        let of_kind: Vec<&Mention> =
            mentions.iter().filter(|m| kind == "all" || kind_of(m).as_deref() == Some(kind)).collect();
        let clash = of_kind.iter().filter(|m| overlaps(&corpus.names, m.start, m.end)).count();
        if kind == "all" {
            total = (of_kind.len(), clash);
        }
        let clash = if gold { clash.to_string() } else { String::new() };
        println!("{kind:<10} {:>8} {clash:>14}", of_kind.len());
    }
    if gold {
        println!("{:.2}% of mentions overlap a gold name", 100.0 * total.1 as f64 / total.0.max(1) as f64);
    }
    let speed = || {
        println!(
            "speed: {:.0} tokens/s over {runs} runs ({:.2} ms a pass, segmentation excluded)",
            document.tokens.len() as f64 / seconds,
            seconds * 1000.0
        );
    };
    if !gold {
        speed();
        return Ok(());
    }
    let uncovered: Vec<&(usize, usize)> =
        corpus.numbers.iter().filter(|&&(start, end)| !covered(&mentions, start, end)).collect();
    let numbers = corpus.numbers.len();
    println!(
        "CD tokens outside names covered by a mention: {}/{} = {:.2}%",
        numbers - uncovered.len(),
        numbers,
        100.0 * (numbers - uncovered.len()) as f64 / numbers.max(1) as f64
    );
    speed();
    if show > 0 {
        println!("\nmentions overlapping a gold name:");
        for m in mentions.iter().filter(|m| overlaps(&corpus.names, m.start, m.end)).take(show) {
            println!(
                "  {:<10} {:<24} | {}",
                kind_of(m).unwrap_or_default(),
                m.text,
                context(&corpus.text, m.start, m.end)
            );
        }
        println!("\nCD tokens no mention covers:");
        for &&(start, end) in uncovered.iter().take(show) {
            println!("  {:<24} | {}", &corpus.text[start..end], context(&corpus.text, start, end));
        }
    }
    Ok(())
}

/// The line around a span, cut to about 60 bytes either side.
fn context(text: &str, start: usize, end: usize) -> String {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let mut from = start.saturating_sub(60).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 60).min(line_end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    format!("{}[{}]{}", &text[from..start], &text[start..end], &text[end..to])
}
