//! Alias merging: which name mentions name the same entity.
//!
//! The method, in two passes over the mentions in text order, with hash maps keyed by
//! normalised names (no comparison of every entity with every other, so time grows linearly
//! with the number of mentions):
//! 1. Anchors. People written with a first name and a surname ("Antony J. Blinken") become
//!    entities keyed by (first name, surname), so "Antony Blinken" joins them; other names of
//!    two or more words ("International Criminal Court"), and forms in the alias table ("U.S.",
//!    "Britain", "NATO") are keyed by their words, mapped through the table. An acronym in
//!    brackets after a name defines it ("International Criminal Court (ICC)"); the initials
//!    of names of two words or more, and each word of organization and other names ("Goldman"
//!    of "Goldman Sachs", "Webb" of "James Webb Space Telescope"; only the first word when the
//!    name has "of" or "and"; never the first word of other names, often a nationality:
//!    "English County Championship"), and their first two words or more ("Johns Hopkins" of "Johns
//!    Hopkins University") are remembered where only one entity has them; a one-word
//!    organization joins the organization that has its word, a one-word other name the other
//!    name.
//! 2. Every mention in text order. A person's bare surname, with or without a title ("Mr.
//!    Blinken", "Blinken"), joins the person with that surname mentioned most recently (the
//!    first introduced when none is yet), unless the titles say a different gender ("Mrs.
//!    Biden" after "Mr. Biden"); a bare first name joins the only person with that first name;
//!    anything else joins the entity with the same normalised words, whatever its type (the
//!    tagger may type "Jordan" differently in two sentences), or starts a new entity. A name
//!    the tagger is unsure of that equals a person's surname joins that person.
//!
//! Numeric mentions (dates, money, counts...) get no entity: equal values rarely mean one
//! thing in news text ("two" people and "two" days).
//!
//! Limits: nicknames ("Joe" and "Joseph") and descriptions ("the secretary") are not merged;
//! two people who share a surname and are both called by it alone cannot be told apart beyond
//! "the most recent one"; the well-known acronyms and short forms are a short curated table.

mod form;
mod tables;

use std::collections::HashMap;

use crate::mention::{Mention, MentionType};
use crate::segment::Document;
use form::Form;
use tables::{class, word_key, Gender, TABLES};

/// A name that the tagger is less sure of than this may be taken for a person's surname.
const UNSURE: f32 = 0.6;
/// How many people per surname are remembered for "the most recent one".
const RECENT: usize = 4;

/// The grouping of one text's mentions.
#[derive(Clone, Debug, Default)]
pub struct Groups {
    /// For each mention, its group, numbered in order of creation; `None` for numeric mentions
    /// and empty names.
    pub of: Vec<Option<usize>>,
    /// For each group, the best name span (byte offsets) and its type.
    pub groups: Vec<Group>,
}

/// What the grouping knows about one group.
#[derive(Clone, Debug)]
pub struct Group {
    /// Byte span of the most complete name form.
    pub name: (usize, usize),
    pub kind: MentionType,
    rank: (usize, bool, bool, usize),
    votes: [f32; 4],
    gender: Gender,
}

/// Whether a mention names something the grouping handles: people, places, organizations and
/// other names, not numbers or dates.
pub fn is_name(kind: MentionType) -> bool {
    matches!(kind, MentionType::Person | MentionType::Location | MentionType::Organization | MentionType::Misc)
}

fn vote_index(kind: MentionType) -> usize {
    match kind {
        MentionType::Person => 0,
        MentionType::Location => 1,
        MentionType::Organization => 2,
        _ => 3,
    }
}

const VOTE_KINDS: [MentionType; 4] =
    [MentionType::Person, MentionType::Location, MentionType::Organization, MentionType::Misc];

#[derive(Default)]
struct Grouper {
    groups: Vec<Group>,
    /// Normalised words (alias class applied) → group, whatever the type.
    exact: HashMap<String, usize>,
    /// (first name, surname) → person.
    people: HashMap<(String, String), usize>,
    /// Surname → first person introduced with it.
    surname_first: HashMap<String, usize>,
    /// Surname → people with it, most recently mentioned first.
    surname_recent: HashMap<String, Vec<usize>>,
    /// First name → the one person with it (`None` when two share it).
    first_names: HashMap<String, Option<usize>>,
    /// Acronym defined in brackets → group.
    acronyms: HashMap<String, usize>,
    /// Initials of names of two or more words → the one group with them.
    initials: HashMap<String, Option<usize>>,
    /// (Word, type) of organization and other names of several words → the one name with it.
    parts: HashMap<(String, usize), Option<usize>>,
    /// (First words, type) of such names of three words or more → the one name with them.
    prefixes: HashMap<(String, usize), Option<usize>>,
}

/// The gender a title states: `Some(true)` female, `Some(false)` male.
pub(crate) fn title_gender(word: &str) -> Option<bool> {
    if word.len() > 16 {
        return None;
    }
    match TABLES.titles.get(&word_key(&crate::segment::normalize(word))) {
        Some(Gender::Female) => Some(true),
        Some(Gender::Male) => Some(false),
        _ => None,
    }
}

/// Groups the name mentions of `document`; `mentions` need not be sorted.
pub fn group(document: &Document<'_>, mentions: &[Mention]) -> Groups {
    let mut order = crate::mention::text_order(mentions);
    order.retain(|&i| is_name(mentions[i].kind));
    let forms: Vec<Option<Form>> =
        mentions.iter().map(|m| if is_name(m.kind) { Form::new(document, m) } else { None }).collect();
    let mut grouper = Grouper::default();
    // Pass 1a: people with first name and surname.
    for &i in &order {
        if let Some(form) = &forms[i] {
            // "De Gaulle" and "Ben Wallace" look alike: a particle first waits for pass 2.
            if is_person(&mentions[i], form) && !form.particle_like_first() {
                if let Some((first, last)) = form.full_name() {
                    grouper.person(first, last, form);
                }
            }
        }
    }
    // Pass 1b: other names of several words, table forms, and acronyms they define; longest
    // first, so that "Johns Hopkins" finds "Johns Hopkins University" whichever comes first.
    let mut by_length: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        let length = forms[i].as_ref().map_or(0, |f| f.words.len());
        if by_length.len() <= length {
            by_length.resize_with(length + 1, Vec::new);
        }
        by_length[length].push(i);
    }
    for &i in by_length.iter().rev().flatten() {
        if let Some(form) = &forms[i] {
            if !is_person(&mentions[i], form) && is_anchor(form, mentions[i].kind) {
                let group = grouper.anchor(form, mentions[i].kind);
                grouper.define_acronym(document, form, group);
            }
        }
    }
    // Pass 2: every mention in text order.
    let mut of = vec![None; mentions.len()];
    for &i in &order {
        let Some(form) = &forms[i] else { continue };
        let mention = &mentions[i];
        let group = grouper.resolve(form, mention);
        grouper.note(group, document, form, mention);
        of[i] = Some(group);
    }
    for group in grouper.groups.iter_mut() {
        let best = (0..4).fold(0, |best, k| if group.votes[k] > group.votes[best] { k } else { best });
        group.kind = VOTE_KINDS[best];
    }
    Groups { of, groups: grouper.groups }
}

fn is_person(mention: &Mention, form: &Form) -> bool {
    mention.kind == MentionType::Person || form.titled
}

fn is_anchor(form: &Form, kind: MentionType) -> bool {
    form.words.len() > 1 || TABLES.aliases.contains_key(&key_of(form, kind))
}

/// A non-person's key: its words without legal form, through the alias table.
fn key_of(form: &Form, kind: MentionType) -> String {
    if kind == MentionType::Organization {
        class(form.key_without_legal_form())
    } else {
        class(form.key())
    }
}

impl Grouper {
    fn new_group(&mut self, form: &Form, kind: MentionType) -> usize {
        self.groups.push(Group {
            name: (form.start, form.end),
            kind,
            rank: (0, false, false, 0),
            votes: [0.0; 4],
            gender: Gender::Unknown,
        });
        self.groups.len() - 1
    }

    /// Registers a person with first name and surname.
    fn person(&mut self, first: &str, last: &str, form: &Form) -> usize {
        let key = (first.to_string(), last.to_string());
        if let Some(&group) = self.people.get(&key) {
            return group;
        }
        let group = self.new_group(form, MentionType::Person);
        self.people.insert(key, group);
        self.surname_first.entry(last.to_string()).or_insert(group);
        self.first_names
            .entry(first.to_string())
            .and_modify(|one| {
                if *one != Some(group) {
                    *one = None
                }
            })
            .or_insert(Some(group));
        self.exact.entry(form.key()).or_insert(group);
        self.exact.entry(format!("{first} {last}")).or_insert(group);
        group
    }

    /// Registers a name of several words or a table form.
    fn anchor(&mut self, form: &Form, kind: MentionType) -> usize {
        let key = key_of(form, kind);
        if let Some(&group) = self.exact.get(&key) {
            return group;
        }
        if let Some(Some(group)) = self.prefixes.get(&(key.clone(), vote_index(kind))) {
            let group = *group;
            self.exact.insert(key, group);
            return group;
        }
        let group = self.new_group(form, kind);
        self.exact.insert(key, group);
        let initials: String = form
            .words
            .iter()
            .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "on" | "in" | "de" | "&"))
            .filter_map(|w| w.chars().next())
            .collect();
        if form.words.len() > 1 && initials.chars().count() > 1 {
            remember(&mut self.initials, initials, group);
        }
        if matches!(kind, MentionType::Organization | MentionType::Misc) && form.words.len() > 1 {
            // "Bank of England" lends no part: its words after "of" name something else.
            let joined = form.words.iter().any(|w| matches!(w.as_str(), "of" | "and" | "for" | "the" | "&"));
            // A leading nationality ("English County Championship") is not the event's name.
            let parts = match (joined, kind) {
                (true, MentionType::Organization) => &form.words[..1],
                (true, _) => &[],
                (false, MentionType::Organization) => &form.words[..],
                (false, _) => &form.words[1..],
            };
            if !joined {
                for length in 2..form.words.len() {
                    remember(&mut self.prefixes, (form.words[..length].join(" "), vote_index(kind)), group);
                }
            }
            for part in parts {
                if !TABLES.generic.contains(part)
                    && !TABLES.corporate.contains(part)
                    && part.chars().any(char::is_alphabetic)
                {
                    remember(&mut self.parts, (part.clone(), vote_index(kind)), group);
                }
            }
        }
        group
    }

    /// "International Criminal Court (ICC)": the acronym names the group.
    fn define_acronym(&mut self, document: &Document<'_>, form: &Form, group: usize) {
        let at = form.tokens.end;
        let text = |i: usize| if i < document.tokens.len() { document.token_text(i) } else { "" };
        let inside = text(at + 1);
        let letters = inside.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = inside.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if text(at) == "(" && text(at + 2) == ")" && capitals && (2..=8).contains(&letters) && form.words.len() > 1 {
            self.acronyms.entry(word_key(document.norm(at + 1))).or_insert(group);
        }
    }

    fn resolve(&mut self, form: &Form, mention: &Mention) -> usize {
        if is_person(mention, form) {
            if let Some((first, last)) = form.full_name() {
                let (first, last) = (first.to_string(), last.to_string());
                if form.particle_like_first() && !self.people.contains_key(&(first.clone(), last.clone())) {
                    if let Some(group) = self.person_by_part(form) {
                        return group;
                    }
                }
                return self.person(&first, &last, form);
            }
            if let Some(group) = self.person_by_part(form) {
                return group;
            }
            let key = form.key();
            if let Some(&group) = self.exact.get(&key).or_else(|| self.acronyms.get(&key)) {
                return group;
            }
            let group = self.new_group(form, mention.kind);
            self.exact.insert(key, group);
            if let Some(last) = form.surname() {
                self.surname_first.entry(last.to_string()).or_insert(group);
            }
            return group;
        }
        let key = key_of(form, mention.kind);
        if let Some(&group) = self.exact.get(&key) {
            return group;
        }
        if form.words.len() == 1 {
            let defined = self.acronyms.get(&key).copied();
            let initials = if form.acronym { self.initials.get(&key).copied().flatten() } else { None };
            if let Some(group) = defined.or(initials) {
                return group;
            }
            if mention.confidence < UNSURE {
                if let Some(group) = self.person_by_part(form) {
                    return group;
                }
            }
            if matches!(mention.kind, MentionType::Organization | MentionType::Misc) {
                if let Some(Some(group)) = self.parts.get(&(key.clone(), vote_index(mention.kind))) {
                    return *group;
                }
            }
        }
        let group = self.new_group(form, mention.kind);
        self.exact.insert(key, group);
        group
    }

    /// The person a bare surname or first name refers to.
    fn person_by_part(&self, form: &Form) -> Option<usize> {
        let last = form.surname()?;
        let agrees = |group: &usize| form.gender.agrees(self.groups[*group].gender);
        if let Some(recent) = self.surname_recent.get(last) {
            if let Some(&group) = recent.iter().find(|g| agrees(g)) {
                return Some(group);
            }
        }
        if let Some(group) = self.surname_first.get(last).filter(|g| agrees(g)) {
            return Some(*group);
        }
        if form.words.len() == 1 {
            if let Some(Some(group)) = self.first_names.get(&form.words[0]) {
                return Some(*group).filter(|g| agrees(g));
            }
        }
        None
    }

    /// Records a mention of `group`: votes for its type, a better name, recency, gender.
    fn note(&mut self, group: usize, document: &Document<'_>, form: &Form, mention: &Mention) {
        let Some(state) = self.groups.get_mut(group) else { return };
        state.votes[vote_index(mention.kind)] += mention.confidence.max(0.01);
        if state.gender == Gender::Unknown {
            state.gender = form.gender;
        }
        // The most complete form: most words, not in capitals, without a kept "The", longest.
        let rank = (form.words.len(), !form.capitals, !form.the, form.end - form.start);
        if rank > state.rank && document.text.get(form.start..form.end).is_some() {
            state.rank = rank;
            state.name = (form.start, form.end);
        }
        if state.votes[0] > 0.0 || form.titled {
            if let Some(last) = form.surname() {
                let recent = self.surname_recent.entry(last.to_string()).or_default();
                recent.retain(|&g| g != group);
                recent.insert(0, group);
                recent.truncate(RECENT);
            }
        }
    }
}

fn remember<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Option<usize>>, key: K, group: usize) {
    map.entry(key)
        .and_modify(|one| {
            if *one != Some(group) {
                *one = None
            }
        })
        .or_insert(Some(group));
}
