//! `newslens eval quotes FILE`: the quote stage against PolNeAR-style JSON lines
//! (`{"text", "attributions": [{"content", "source", "cue", "direct"}]}`, code-point offsets).
//!
//! Three tracks: every attribution (`all`); those with a double quote mark in the content
//! (`direct`; for predictions, a double mark in or just around the words); those whose content
//! begins with a quote mark (`quoted`; for predictions, `direct`). Each track pairs its gold
//! contents with its predictions one to one, in two ways: by overlap (a prediction matches a
//! gold content when it covers at least half of its words) and exactly (both texts equal once
//! quote marks, spaces and punctuation at either end are stripped). The speaker accuracy is
//! over the overlap pairs whose gold has a source: the predicted speaker span must overlap it.
//! A quotation that continues the one before it (same speaker, no cue of its own) is scored
//! with it as one content of several spans, as PolNeAR annotates `“…,” he said. “…”`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::time::Instant;

use serde::Deserialize;

use newslens::{analyze, OffsetMap, OffsetUnit, Options, Quote};

#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    id: String,
    text: String,
    attributions: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    content: Vec<[usize; 2]>,
    #[serde(default)]
    source: Vec<[usize; 2]>,
    #[serde(default)]
    cue: Vec<[usize; 2]>,
    #[serde(default)]
    direct: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Track {
    All,
    Direct,
    Quoted,
}

const TRACKS: [(Track, &str); 3] = [(Track::All, "all"), (Track::Direct, "direct"), (Track::Quoted, "quoted")];

#[derive(Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    overlap: usize,
    exact: usize,
    speaker_pairs: usize,
    speaker_right: usize,
}

pub fn run(path: &Path, show: usize, shown_track: &str) -> io::Result<()> {
    let reader =
        BufReader::new(File::open(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?);
    let mut articles = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article: Article =
            serde_json::from_str(&line).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        articles.push(article);
    }
    let options = Options { tokens: false, keyphrases: 0, summary: 0, quotes: true };
    let mut counts: Vec<Counts> = TRACKS.iter().map(|_| Counts::default()).collect();
    let mut out = io::stdout().lock();
    let mut shown = 0;
    let started = Instant::now();
    let mut predicted_all = 0;
    for article in &articles {
        let chars: Vec<char> = article.text.chars().collect();
        let mut analysis = analyze(&article.text, &options);
        analysis.convert_offsets(&OffsetMap::new(&article.text, OffsetUnit::CodePoints));
        predicted_all += analysis.quotes.len();
        let units = units(&analysis.quotes);
        for ((track, name), count) in TRACKS.iter().zip(counts.iter_mut()) {
            let gold: Vec<&Gold> = article.attributions.iter().filter(|g| gold_in(g, &chars, *track)).collect();
            let predicted: Vec<&Unit> = units.iter().filter(|u| predicted_in(&u.quote, &chars, *track)).collect();
            count.gold += gold.len();
            count.predicted += predicted.len();
            let pairs = match_overlap(&gold, &predicted, &chars);
            count.overlap += pairs.iter().filter(|p| p.is_some()).count();
            count.exact += match_exact(&gold, &predicted, &chars);
            for (g, p) in gold.iter().zip(&pairs) {
                let Some(p) = p else { continue };
                if g.source.is_empty() {
                    continue;
                }
                count.speaker_pairs += 1;
                let speaker = predicted[*p].quote.speaker.as_ref();
                if speaker.is_some_and(|s| g.source.iter().any(|&[a, b]| s.start < b && a < s.end)) {
                    count.speaker_right += 1;
                } else if *name == shown_track && shown < show {
                    shown += 1;
                    let said = speaker.map_or("-".to_owned(), |s| s.text.clone());
                    let gold_source: String =
                        g.source.iter().map(|&[a, b]| slice(&chars, a, b)).collect::<Vec<_>>().join(" ");
                    writeln!(
                        out,
                        "speaker {}: predicted {said:?}, gold {gold_source:?} for {:?}",
                        article.id,
                        short(&predicted[*p].quote.text)
                    )?;
                }
            }
            if *name == shown_track && shown < show {
                for (g, p) in gold.iter().zip(&pairs) {
                    if p.is_none() && shown < show {
                        shown += 1;
                        let cue: Vec<String> = g.cue.iter().map(|&[a, b]| slice(&chars, a, b)).collect();
                        writeln!(out, "missed {} [{}]: {:?}", article.id, cue.join(" "), short(&gold_text(g, &chars)))?;
                    }
                }
                let used: Vec<usize> = pairs.iter().flatten().copied().collect();
                for (i, q) in predicted.iter().enumerate() {
                    if !used.contains(&i) && shown < show {
                        shown += 1;
                        let kind = match (&q.quote.cue, &q.quote.speaker) {
                            (Some(_), Some(_)) => "cue+speaker",
                            (Some(_), None) => "cue",
                            (None, Some(_)) => "inherited",
                            (None, None) => "none",
                        };
                        writeln!(out, "extra {} [{kind}]: {:?}", article.id, short(&q.quote.text))?;
                    }
                }
            }
        }
    }
    let elapsed = started.elapsed();
    writeln!(
        out,
        "{}: {} articles, {} attributions, {} predicted quotes ({:.0} ms for the whole analysis)",
        path.display(),
        articles.len(),
        counts[0].gold,
        predicted_all,
        elapsed.as_secs_f64() * 1e3
    )?;
    writeln!(
        out,
        "{:<8} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>8}",
        "track", "gold", "pred", "P", "R", "F1", "P=", "R=", "F1=", "speaker"
    )?;
    for ((_, name), count) in TRACKS.iter().zip(&counts) {
        let [p, r, f] = prf(count.overlap, count.predicted, count.gold);
        let [pe, re, fe] = prf(count.exact, count.predicted, count.gold);
        let speaker = ratio(count.speaker_right, count.speaker_pairs);
        writeln!(
            out,
            "{name:<8} {:>6} {:>6}   {p:>6.3} {r:>6.3} {f:>6.3}   {pe:>6.3} {re:>6.3} {fe:>6.3}   {speaker:>8.3} ({}/{})",
            count.gold, count.predicted, count.speaker_right, count.speaker_pairs
        )?;
    }
    writeln!(out, "P R F1: overlap match (half the gold words); P= R= F1=: exact match; speaker: on overlap pairs with a gold source")?;
    out.flush()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn prf(matched: usize, predicted: usize, gold: usize) -> [f64; 3] {
    let p = ratio(matched, predicted);
    let r = ratio(matched, gold);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    [p, r, f]
}

fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars.get(start.min(chars.len())..end.min(chars.len())).unwrap_or(&[]).iter().collect()
}

fn short(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 90 {
        flat.chars().take(90).collect::<String>() + "…"
    } else {
        flat
    }
}

fn gold_text(gold: &Gold, chars: &[char]) -> String {
    gold.content.iter().map(|&[a, b]| slice(chars, a, b)).collect::<Vec<_>>().join(" ")
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}')
}

fn gold_in(gold: &Gold, chars: &[char], track: Track) -> bool {
    match track {
        Track::All => true,
        Track::Direct => gold.direct,
        Track::Quoted => {
            let text = gold_text(gold, chars);
            text.trim_start().starts_with(newslens::quote::is_quote_mark)
        }
    }
}

fn predicted_in(quote: &Quote, chars: &[char], track: Track) -> bool {
    match track {
        Track::All => true,
        Track::Direct => {
            let text = slice(chars, quote.start.saturating_sub(1), quote.end + 1);
            text.chars().any(is_double) || text.contains("''") || quote.direct
        }
        Track::Quoted => quote.direct,
    }
}

/// A prediction as scored: a quotation with the quotations that continue it (same speaker, no
/// cue of their own: `“…,” he said. “…”`), one unit of several spans as PolNeAR annotates it.
struct Unit {
    quote: Quote,
    spans: Vec<(usize, usize)>,
    text: String,
}

fn units(quotes: &[Quote]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for quote in quotes {
        if let Some(last) = units.last_mut() {
            let continues = quote.direct
                && last.quote.direct
                && quote.cue.is_none()
                && quote.speaker.is_some()
                && quote.speaker.as_ref().map(|s| s.start) == last.quote.speaker.as_ref().map(|s| s.start);
            if continues {
                last.spans.push((quote.start, quote.end));
                last.text.push(' ');
                last.text.push_str(&quote.text);
                continue;
            }
        }
        units.push(Unit { quote: quote.clone(), spans: vec![(quote.start, quote.end)], text: quote.text.clone() });
    }
    units
}

/// The words of a gold content: runs of letters and digits, as code-point ranges.
fn words(gold: &Gold, chars: &[char]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for &[start, end] in &gold.content {
        let mut i = start;
        while i < end.min(chars.len()) {
            if chars[i].is_alphanumeric() {
                let from = i;
                while i < end.min(chars.len()) && chars[i].is_alphanumeric() {
                    i += 1;
                }
                found.push((from, i));
            } else {
                i += 1;
            }
        }
    }
    found
}

/// For each gold content, the prediction it is paired with: the unused one covering most of
/// its words, at least half.
fn match_overlap(gold: &[&Gold], predicted: &[&Unit], chars: &[char]) -> Vec<Option<usize>> {
    let mut used = vec![false; predicted.len()];
    gold.iter()
        .map(|g| {
            let words = words(g, chars);
            if words.is_empty() {
                return None;
            }
            let mut best: Option<(usize, usize)> = None;
            for (i, p) in predicted.iter().enumerate() {
                if used[i] {
                    continue;
                }
                let covered = words.iter().filter(|&&(a, b)| p.spans.iter().any(|&(s, e)| s <= a && b <= e)).count();
                if covered * 2 >= words.len() && best.is_none_or(|(_, c)| covered > c) {
                    best = Some((i, covered));
                }
            }
            let (i, _) = best?;
            used[i] = true;
            Some(i)
        })
        .collect()
}

fn normalize(text: &str) -> String {
    let kept: String = text.chars().filter(|&c| !newslens::quote::is_quote_mark(c)).collect();
    let flat = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

fn match_exact(gold: &[&Gold], predicted: &[&Unit], chars: &[char]) -> usize {
    let mut used = vec![false; predicted.len()];
    let mut matched = 0;
    for g in gold {
        let want = normalize(&gold_text(g, chars));
        if want.is_empty() {
            continue;
        }
        if let Some(i) = (0..predicted.len()).find(|&i| !used[i] && normalize(&predicted[i].text) == want) {
            used[i] = true;
            matched += 1;
        }
    }
    matched
}
