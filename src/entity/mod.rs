//! Entities: who and what the article talks about.
//!
//! Two recognizers run over the same [`Document`]: a trained sequence tagger for people,
//! places, organizations and other names (`tagger`), and rules for dates, times, money,
//! percentages, quantities, ordinals and cardinals (`numeric`). [`mentions`] merges the two
//! into one list in text order without overlaps. [`entities`] groups the name mentions into
//! entities (`alias`) and ranks them by how much the article is about them (`salience`).

mod alias;
mod salience;
pub(crate) mod tagger;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::mention::text_order;
pub use crate::mention::{Mention, MentionType, Value};
use crate::numeric;
use crate::segment::Document;

/// One entity: the mentions that name it, its canonical name and how much the text is about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// Its index in the list [`entities`] returns, and the `entity` of its mentions.
    pub id: usize,
    /// The most complete form in the text, without title or possessive: "Antony J. Blinken".
    pub name: String,
    #[serde(rename = "type")]
    pub kind: MentionType,
    /// How much the text is about it, in [0, 1]; the most salient entity has 1.
    #[serde(serialize_with = "crate::serial::rounded")]
    pub salience: f32,
    /// How many mentions name it.
    pub count: usize,
    /// Byte offset of its first mention.
    pub first_start: usize,
    /// Indices of its mentions in the mention list, in text order.
    pub mentions: Vec<usize>,
    /// The sentiment toward it over its mentions; filled in by the analysis.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<crate::sentiment::target::EntitySentiment>,
    /// Indices of the quotes attributed to it in `Analysis::quotes`; filled in by the analysis.
    pub quotes: Vec<usize>,
}

/// All mentions in `document`, in text order, without overlaps: where a name and a number
/// overlap, the longer span wins, and the name wins a tie.
pub fn mentions(document: &Document<'_>) -> Vec<Mention> {
    let names = tagger::mentions(document);
    let numbers = numeric::mentions(document);
    merge(names, numbers)
}

/// Groups the name mentions into entities, sets each mention's `entity`, and returns the
/// entities sorted by salience, most salient first; ties go to the earlier first mention.
///
/// ```
/// use newslens::entity::{entities, Mention, MentionType};
/// use newslens::Document;
/// let text = "Antony J. Blinken landed in Kyiv. Mr. Blinken met officials.";
/// let name = |s: &str, kind| {
///     let start = text.find(s).unwrap();
///     Mention { start, end: start + s.len(), text: s.into(), kind, confidence: 0.9, value: None, entity: None, sentiment: None }
/// };
/// let mut mentions = vec![name("Antony J. Blinken", MentionType::Person), name("Kyiv", MentionType::Location), name("Blinken", MentionType::Person)];
/// let found = entities(&Document::new(text), &mut mentions);
/// assert_eq!(found[0].name, "Antony J. Blinken");
/// assert_eq!(found[0].mentions, [0, 2]);
/// assert_eq!(mentions[2].entity, Some(0));
/// ```
pub fn entities(document: &Document<'_>, mentions: &mut [Mention]) -> Vec<Entity> {
    let groups = alias::group(document, mentions);
    let kinds: Vec<MentionType> = groups.groups.iter().map(|g| g.kind).collect();
    let scores = salience::salience(document, mentions, &groups.of, &kinds);
    let mut found: Vec<Entity> = groups
        .groups
        .iter()
        .zip(scores)
        .map(|(group, salience)| Entity {
            id: 0,
            name: clean_name(document.text.get(group.name.0..group.name.1).unwrap_or("")),
            kind: group.kind,
            salience,
            count: 0,
            first_start: usize::MAX,
            mentions: Vec::new(),
            sentiment: None,
            quotes: Vec::new(),
        })
        .collect();
    for i in text_order(mentions) {
        if let Some(entity) = groups.of.get(i).copied().flatten().and_then(|g| found.get_mut(g)) {
            entity.count += 1;
            entity.first_start = entity.first_start.min(mentions[i].start);
            entity.mentions.push(i);
        }
    }
    found.retain(|e| e.count > 0);
    found.sort_unstable_by(|a, b| b.salience.total_cmp(&a.salience).then(a.first_start.cmp(&b.first_start)));
    for (id, entity) in found.iter_mut().enumerate() {
        entity.id = id;
        for &i in &entity.mentions {
            if let Some(mention) = mentions.get_mut(i) {
                mention.entity = Some(id);
            }
        }
    }
    for (i, mention) in mentions.iter_mut().enumerate() {
        if groups.of.get(i).copied().flatten().is_none() {
            mention.entity = None;
        }
    }
    found
}

/// The gender a title states: `Some(true)` for "Mrs.", "Ms.", `Some(false)` for "Mr.", "Sir".
pub(crate) fn title_gender(word: &str) -> Option<bool> {
    alias::title_gender(word)
}

/// A name as shown: runs of white space (a name broken across lines) become one space.
fn clean_name(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn merge(names: Vec<Mention>, numbers: Vec<Mention>) -> Vec<Mention> {
    let mut all: Vec<(Mention, bool)> =
        names.into_iter().map(|m| (m, true)).chain(numbers.into_iter().map(|m| (m, false))).collect();
    // Longest first, names first among equals, so that the first kept wins every overlap.
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, na) = &all[a];
        let (mb, nb) = &all[b];
        (mb.end - mb.start).cmp(&(ma.end - ma.start)).then(nb.cmp(na)).then(ma.start.cmp(&mb.start))
    });
    let mut kept: Vec<usize> = Vec::new();
    // Kept spans never overlap, so the one starting last before `end` is the only candidate.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for index in order {
        let mention = &all[index].0;
        let overlaps = taken.range(..mention.end).next_back().is_some_and(|(_, &end)| end > mention.start);
        if !overlaps && mention.start < mention.end {
            taken.insert(mention.start, mention.end);
            kept.push(index);
        }
    }
    kept.sort_by_key(|&index| all[index].0.start);
    let mut slots: Vec<Option<Mention>> = all.drain(..).map(|(m, _)| Some(m)).collect();
    kept.into_iter().filter_map(|index| slots[index].take()).collect()
}
