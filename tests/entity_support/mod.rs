//! What the entity tests share: a stand-in for the name tagger that marks the names a test
//! lists, and the checks of a grouping against expected groups and top entities.
//!
//! With the real tagger wired in, `tag` can give way to `newslens::entity::mentions`: the
//! expectations name mentions by their text, not by their spans.

#![allow(dead_code)]

use newslens::entity::{entities, Entity, Mention, MentionType};
use newslens::numeric;
use newslens::Document;

pub use MentionType::{Location as LOC, Misc as MISC, Organization as ORG, Person as PER};

/// Every occurrence of each listed name in `text` (whole words, longest first, no overlaps),
/// plus the numeric mentions that do not overlap them, in text order.
/// With `NEWSLENS_REAL_TAGGER=1` in the environment, the crate's own recognizers
/// (`entity::mentions`) replace the listed names, to check the golden articles end to end.
pub fn tag(text: &str, names: &[(&str, MentionType)]) -> Vec<Mention> {
    if std::env::var_os("NEWSLENS_REAL_TAGGER").is_some() {
        return newslens::entity::mentions(&Document::new(text));
    }
    let mut found: Vec<Mention> = Vec::new();
    let mut sorted: Vec<&(&str, MentionType)> = names.iter().collect();
    sorted.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    for &(name, kind) in sorted {
        for (start, _) in text.match_indices(name) {
            let end = start + name.len();
            let before = text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
            let after = text[end..].chars().next().is_some_and(char::is_alphanumeric);
            let overlaps = found.iter().any(|m| m.start < end && start < m.end);
            if !before && !after && !overlaps {
                found.push(mention(start, name, kind));
            }
        }
    }
    let document = Document::new(text);
    for number in numeric::mentions(&document) {
        if !found.iter().any(|m| m.start < number.end && number.start < m.end) {
            found.push(number);
        }
    }
    found.sort_by_key(|m| m.start);
    found
}

pub fn mention(start: usize, name: &str, kind: MentionType) -> Mention {
    Mention {
        start,
        end: start + name.len(),
        text: name.to_string(),
        kind,
        confidence: 0.9,
        value: None,
        entity: None,
        sentiment: None,
    }
}

/// The entities of `text` with the listed names tagged, and the tagged mentions.
pub fn group(text: &str, names: &[(&str, MentionType)]) -> (Vec<Entity>, Vec<Mention>) {
    let mut mentions = tag(text, names);
    let found = entities(&Document::new(text), &mut mentions);
    (found, mentions)
}

/// Whether a mention's text is `surface`, give or take a title, a leading "the" or a
/// possessive that a tagger may put inside the span ("Ms. Raimondo", "Blinken’s").
pub fn is_surface(text: &str, surface: &str) -> bool {
    let mut text = text;
    for suffix in ["’s", "'s"] {
        text = text.strip_suffix(suffix).unwrap_or(text);
    }
    if text == surface {
        return true;
    }
    let rest = text.split_once(' ').map_or("", |(first, rest)| {
        let title = first.ends_with('.') || matches!(first, "the" | "The" | "President" | "Secretary" | "Prime");
        if title {
            rest
        } else {
            ""
        }
    });
    rest == surface
}

/// The entity names of the mentions with text `surface`, in text order.
pub fn names_of(found: &[Entity], mentions: &[Mention], surface: &str) -> Vec<String> {
    mentions
        .iter()
        .filter(|m| is_surface(&m.text, surface))
        .map(|m| m.entity.and_then(|id| found.get(id)).map_or("-".to_string(), |e| e.name.clone()))
        .collect()
}

/// One golden article: the names a tagger should find, the groups they form (each group's
/// first form is its expected name; every mention with a listed text must be in it, and no
/// two groups may share an entity) and the three entities it is most about.
pub struct Article {
    pub title: &'static str,
    pub text: &'static str,
    pub names: &'static [(&'static str, MentionType)],
    pub groups: &'static [&'static [&'static str]],
    pub top: [&'static str; 3],
}

/// Every way `article` is grouped or ranked differently from what it expects.
pub fn differences(article: &Article) -> Vec<String> {
    let (found, mentions) = group(article.text, article.names);
    let mut problems = Vec::new();
    let mut owners: Vec<(usize, &str)> = Vec::new();
    for expected in article.groups {
        let name = expected[0];
        let mut ids: Vec<usize> = Vec::new();
        for surface in *expected {
            let of: Vec<&Mention> = mentions.iter().filter(|m| is_surface(&m.text, surface)).collect();
            if of.is_empty() {
                problems.push(format!("{}: no mention \"{surface}\" was tagged", article.title));
            }
            ids.extend(of.iter().filter_map(|m| m.entity));
            if of.iter().any(|m| m.entity.is_none()) {
                problems.push(format!("{}: a mention \"{surface}\" has no entity", article.title));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        match ids.as_slice() {
            [id] => {
                let entity = &found[*id];
                if entity.name != name {
                    problems.push(format!(
                        "{}: {:?} is named \"{}\", expected \"{name}\"",
                        article.title, expected, entity.name
                    ));
                }
                if let Some((_, other)) = owners.iter().find(|(owner, _)| owner == id) {
                    problems.push(format!("{}: wrong merge of \"{name}\" and \"{other}\"", article.title));
                }
                owners.push((*id, name));
            }
            _ => {
                let names: Vec<&str> = ids.iter().map(|&id| found[id].name.as_str()).collect();
                problems.push(format!("{}: {:?} split into {:?}", article.title, expected, names));
            }
        }
    }
    let top: Vec<&str> = found.iter().take(3).map(|e| e.name.as_str()).collect();
    if top != article.top {
        let ranked: Vec<String> = found.iter().take(6).map(|e| format!("{} {:.2}", e.name, e.salience)).collect();
        problems.push(format!(
            "{}: top three {:?}, expected {:?} (ranking: {})",
            article.title,
            top,
            article.top,
            ranked.join(", ")
        ));
    }
    problems
}
