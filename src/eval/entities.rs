//! `newslens eval entities`: alias merging and salience on gold mentions, and its speed.
//!
//! On a CoNLL-format file (`word POS chunk NER` a line, a blank line between sentences) the
//! gold names of each story are grouped as the tagger's mentions would be. CoNLL-2003 has no
//! coreference labels, so this prints proxies, not F1: how many one-word person mentions join
//! a person named in full (the surname merge rate), how many stay alone, and for review the
//! groups of the first `--show N` stories. Stories are found by their dateline sentence
//! ("LONDON 1996-08-30"), the headline being the sentence before it.
//!
//! `--synthetic MB` instead builds a text of about that many megabytes from a few sentences
//! with hand-placed mentions (several people who share surnames, titles, acronyms, short forms
//! of countries) and prints the time to group its mentions, segmentation timed apart.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;
use std::time::Instant;

use crate::entity::{entities, Entity, Mention, MentionType};
use crate::Document;

/// One story: its text (headline, a blank line, the body) and its gold name mentions.
pub struct Story {
    pub text: String,
    pub mentions: Vec<Mention>,
}

fn kind(tag: &str) -> Option<MentionType> {
    match tag {
        "PER" => Some(MentionType::Person),
        "LOC" => Some(MentionType::Location),
        "ORG" => Some(MentionType::Organization),
        "MISC" => Some(MentionType::Misc),
        _ => None,
    }
}

/// The file's sentences, each a list of (word, NER tag).
fn sentences(source: &str) -> Vec<Vec<(&str, &str)>> {
    let mut all = vec![Vec::new()];
    for line in source.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [word, _, _, tag] => all.last_mut().map_or((), |s: &mut Vec<(&str, &str)>| s.push((word, tag))),
            _ if all.last().is_some_and(|s| !s.is_empty()) => all.push(Vec::new()),
            _ => {}
        }
    }
    all.retain(|s| !s.is_empty());
    all
}

fn is_dateline(sentence: &[(&str, &str)]) -> bool {
    let date = |w: &str| w.len() == 10 && w.as_bytes()[4] == b'-' && w.bytes().filter(u8::is_ascii_digit).count() == 8;
    sentence.len() <= 8 && sentence.last().is_some_and(|(w, _)| date(w))
}

fn stories(source: &str) -> Vec<Story> {
    let sentences = sentences(source);
    let mut starts: Vec<usize> = (1..sentences.len()).filter(|&i| is_dateline(&sentences[i])).map(|i| i - 1).collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(sentences.len());
    starts
        .windows(2)
        .map(|w| {
            let mut story = Story { text: String::new(), mentions: Vec::new() };
            for (k, sentence) in sentences[w[0]..w[1]].iter().enumerate() {
                story.text.push_str(match k {
                    0 => "",
                    1 => "\n\n",
                    _ => " ",
                });
                let mut open: Option<(usize, MentionType)> = None;
                let mut last_end = story.text.len();
                for (n, (word, tag)) in sentence.iter().enumerate() {
                    if n > 0 {
                        story.text.push(' ');
                    }
                    let start = story.text.len();
                    let continues = tag.starts_with("I-") && open.is_some_and(|(_, k)| Some(k) == kind(&tag[2..]));
                    if !continues {
                        if let Some((s, k)) = open.take() {
                            story.mentions.push(name(&story.text, s, last_end, k));
                        }
                        open = tag.get(2..).and_then(kind).map(|k| (start, k));
                    }
                    story.text.push_str(word);
                    last_end = story.text.len();
                }
                if let Some((s, k)) = open {
                    story.mentions.push(name(&story.text, s, last_end, k));
                }
            }
            story
        })
        .collect()
}

fn name(text: &str, start: usize, end: usize, kind: MentionType) -> Mention {
    Mention {
        start,
        end,
        text: text[start..end].to_string(),
        kind,
        confidence: 1.0,
        value: None,
        entity: None,
        sentiment: None,
    }
}

/// What the CoNLL run measures.
pub struct Figures {
    pub mentions: usize,
    pub groups: usize,
    /// One-word person mentions, and those joined to a person named in full.
    pub single: usize,
    pub joined: usize,
    /// People named in full, and those who share a surname with another in the same story.
    pub full_people: usize,
    pub shared: usize,
    pub seconds: f64,
}

/// Groups the gold names of each story of a CoNLL file.
pub fn grouped(source: &str) -> (Vec<Story>, Vec<Vec<Entity>>, Figures) {
    let (texts, mut lists): (Vec<String>, Vec<Vec<Mention>>) =
        stories(source).into_iter().map(|s| (s.text, s.mentions)).unzip();
    let documents: Vec<Document<'_>> = texts.iter().map(|t| Document::new(t)).collect();
    let started = Instant::now();
    let found: Vec<Vec<Entity>> = lists.iter_mut().zip(&documents).map(|(m, d)| entities(d, m)).collect();
    let seconds = started.elapsed().as_secs_f64();
    let stories: Vec<Story> = texts.into_iter().zip(lists).map(|(text, mentions)| Story { text, mentions }).collect();
    let mentions: usize = stories.iter().map(|s| s.mentions.len()).sum();
    let groups: usize = found.iter().map(Vec::len).sum();
    let (mut single, mut joined, mut full_people, mut shared) = (0usize, 0usize, 0usize, 0usize);
    for (story, found) in stories.iter().zip(&found) {
        for m in story.mentions.iter().filter(|m| m.kind == MentionType::Person && !m.text.contains(' ')) {
            single += 1;
            let entity = m.entity.and_then(|id| found.get(id));
            joined += usize::from(entity.is_some_and(|e| e.name.contains(' ')));
        }
        let mut surnames: HashMap<&str, usize> = HashMap::new();
        for e in found.iter().filter(|e| e.kind == MentionType::Person && e.name.contains(' ')) {
            full_people += 1;
            *surnames.entry(e.name.rsplit(' ').next().unwrap_or("")).or_default() += 1;
        }
        shared += surnames.values().filter(|&&n| n > 1).map(|n| n - 1).sum::<usize>();
    }
    let figures = Figures { mentions, groups, single, joined, full_people, shared, seconds };
    (stories, found, figures)
}

pub fn run(path: Option<&Path>, synthetic: usize, show: usize) -> io::Result<()> {
    if synthetic > 0 {
        return run_synthetic(synthetic);
    }
    let Some(path) = path else {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "give a CoNLL file or --synthetic MB"));
    };
    let source = fs::read_to_string(path)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))?;
    let (stories, found, figures) = grouped(&source);
    let Figures { mentions, groups, single, joined, full_people, shared, seconds } = figures;
    println!(
        "{}: {} stories, {mentions} gold name mentions, {groups} entities ({:.2} mentions each)",
        path.display(),
        stories.len(),
        mentions as f64 / groups.max(1) as f64
    );
    println!(
        "one-word person mentions: {single}; joined to a person named in full: {joined} = {:.1}%",
        100.0 * joined as f64 / single.max(1) as f64
    );
    println!("people named in full: {full_people}; sharing a surname with another in the same story: {shared}");
    println!(
        "grouping and salience: {:.2} ms for all stories ({:.0} mentions/s)",
        seconds * 1000.0,
        mentions as f64 / seconds.max(1e-9)
    );
    for (story, found) in stories.iter().zip(&found).take(show) {
        println!("\n{}", story.text.lines().next().unwrap_or(""));
        for e in found {
            let forms: Vec<&str> = e.mentions.iter().map(|&i| story.mentions[i].text.as_str()).collect();
            println!(
                "  {:.2} {:<13} {:<32} {}",
                e.salience,
                format!("{:?}", e.kind).to_lowercase(),
                e.name,
                forms.join(" | ")
            );
        }
    }
    Ok(())
}

/// Sentences with their names, to repeat: people who share surnames, titles, first names,
/// acronyms defined and well known, short forms of countries, case variants.
const SENTENCES: &[(&str, &[(&str, MentionType)])] = &[
    (
        "Secretary of State Antony J. Blinken met Joe Biden and Jill Biden in Washington. ",
        &[
            ("Antony J. Blinken", MentionType::Person),
            ("Joe Biden", MentionType::Person),
            ("Jill Biden", MentionType::Person),
            ("Washington", MentionType::Location),
        ],
    ),
    (
        "Mr. Blinken said the U.S. and NATO would act, and Mrs. Biden agreed. ",
        &[
            ("Blinken", MentionType::Person),
            ("U.S.", MentionType::Location),
            ("NATO", MentionType::Organization),
            ("Biden", MentionType::Person),
        ],
    ),
    (
        "The International Criminal Court (ICC) in The Hague heard Karim Khan. ",
        &[
            ("International Criminal Court", MentionType::Organization),
            ("ICC", MentionType::Organization),
            ("The Hague", MentionType::Location),
            ("Karim Khan", MentionType::Person),
        ],
    ),
    (
        "KYIV welcomed the ruling; Kyiv and Britain thanked the ICC, Khan and the United States. ",
        &[
            ("KYIV", MentionType::Location),
            ("Kyiv", MentionType::Location),
            ("Britain", MentionType::Location),
            ("ICC", MentionType::Organization),
            ("Khan", MentionType::Person),
            ("United States", MentionType::Location),
        ],
    ),
    (
        "Hunter Biden stayed home, and Biden said Antony would call. ",
        &[("Hunter Biden", MentionType::Person), ("Biden", MentionType::Person), ("Antony", MentionType::Person)],
    ),
];

fn run_synthetic(megabytes: usize) -> io::Result<()> {
    let target = megabytes * 1_000_000;
    let mut text = String::with_capacity(target + 200);
    let mut mentions: Vec<Mention> = Vec::new();
    let mut paragraph = 0;
    while text.len() < target {
        for (sentence, names) in SENTENCES {
            let offset = text.len();
            text.push_str(sentence);
            let mut cursor = 0;
            for (surface, kind) in names.iter() {
                let Some(at) = sentence[cursor..].find(surface) else { continue };
                let start = offset + cursor + at;
                mentions.push(name(&text, start, start + surface.len(), *kind));
                cursor += at + surface.len();
            }
        }
        paragraph += 1;
        if paragraph % 4 == 0 {
            text.push_str("\n\n");
        }
    }
    let started = Instant::now();
    let document = Document::new(&text);
    let segmented = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let found = entities(&document, &mut mentions);
    let grouped = started.elapsed().as_secs_f64();
    println!(
        "synthetic text: {:.1} MB, {} tokens, {} name mentions, {} entities",
        text.len() as f64 / 1e6,
        document.tokens.len(),
        mentions.len(),
        found.len()
    );
    println!("segmentation: {:.2} s", segmented);
    println!(
        "grouping and salience: {:.2} s ({:.0} mentions/s, {:.1} MB/s)",
        grouped,
        mentions.len() as f64 / grouped.max(1e-9),
        text.len() as f64 / 1e6 / grouped.max(1e-9)
    );
    for e in found.iter().take(12) {
        println!("  {:.2} {:>8} {}", e.salience, e.count, e.name);
    }
    Ok(())
}
