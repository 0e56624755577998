//! The entity each speaker is: the name in the speaker phrase, or for a pronoun ("he", "she")
//! or a definite description ("the foreign secretary", "the campaign") the nearest compatible
//! entity mentioned before it outside quotation marks: a person of the pronoun's gender (as
//! titles such as "Mr." and "Mrs." state it), an organization for "it" and for descriptions
//! headed by an organization word.

use std::ops::Range;

use super::context::Context;
use crate::entity::{Entity, MentionType};

/// How many name mentions back a pronoun or description looks for its entity.
const LOOK_BACK: usize = 40;

const PERSON_HEADS: &[&str] = &[
    "president",
    "secretary",
    "minister",
    "senator",
    "governor",
    "candidate",
    "nominee",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "mayor",
    "leader",
    "director",
    "chief",
    "ambassador",
    "congressman",
    "congresswoman",
    "businessman",
    "businesswoman",
    "billionaire",
    "former",
    "democrat",
    "republican",
    "lawmaker",
    "premier",
    "chancellor",
    "judge",
    "general",
    "executive",
    "founder",
    "ceo",
    "star",
    "coach",
    "manager",
    "lawyer",
    "attorney",
    "professor",
    "author",
    "actor",
    "actress",
    "singer",
    "man",
    "woman",
];

const ORGANIZATION_HEADS: &[&str] = &[
    "campaign",
    "company",
    "ministry",
    "department",
    "agency",
    "government",
    "party",
    "committee",
    "group",
    "organization",
    "organisation",
    "firm",
    "administration",
    "kremlin",
    "bank",
    "union",
    "council",
    "court",
    "commission",
    "team",
    "club",
    "network",
    "newspaper",
    "university",
    "office",
    "service",
    "board",
    "police",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Person(Gender),
    Organization,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Unknown,
    Male,
    Female,
}

/// For each entity id, the gender its titles state.
pub(super) fn genders(context: &Context<'_, '_>, entities: &[Entity]) -> Vec<Gender> {
    let mut genders = vec![Gender::Unknown; entities.len()];
    for (index, mention) in context.mentions.iter().enumerate() {
        let Some(id) = mention.entity.filter(|&id| id < genders.len()) else { continue };
        if mention.kind != MentionType::Person || genders[id] != Gender::Unknown {
            continue;
        }
        let tokens = &context.document.tokens;
        let first = tokens.partition_point(|t| t.end <= mention.start);
        let _ = index;
        for token in [first.checked_sub(1), Some(first)].into_iter().flatten() {
            if let Some(female) = crate::entity::title_gender(context.word(token)) {
                genders[id] = if female { Gender::Female } else { Gender::Male };
                break;
            }
        }
    }
    genders
}

/// The entity id of the speaker phrase `speaker` (token range), if it names or refers to one.
/// `quoted` tells whether a byte offset lies inside a quotation.
pub(super) fn entity(
    context: &Context<'_, '_>,
    entities: &[Entity],
    genders: &[Gender],
    speaker: &Range<usize>,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if speaker.is_empty() {
        return None;
    }
    // A name in the phrase: the last one, the head of "Clinton spokesman Brian Fallon".
    let named = (speaker.start..speaker.end).rev().find_map(|t| context.mention_at(t));
    if let Some(mention) = named {
        let last_named = context.name_covering(speaker.end - 1).is_some();
        if last_named || speaker.len() <= 4 {
            return context.mentions.get(mention).and_then(|m| m.entity);
        }
    }
    let head = context.word(speaker.end - 1).to_lowercase();
    let want = match head.as_str() {
        "he" | "him" => Want::Person(Gender::Male),
        "she" | "her" => Want::Person(Gender::Female),
        "it" => Want::Organization,
        _ if speaker.len() > 1 && context.word(speaker.start).eq_ignore_ascii_case("the") => {
            if PERSON_HEADS.contains(&head.as_str()) {
                Want::Person(Gender::Unknown)
            } else if ORGANIZATION_HEADS.contains(&head.as_str()) {
                Want::Organization
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let (start, _) = context.bytes(speaker);
    let before = context.mentions.partition_point(|m| m.start < start);
    context.mentions[..before]
        .iter()
        .rev()
        .take(LOOK_BACK)
        .filter(|m| m.entity.is_some() && !quoted(m.start))
        .find(|m| {
            let id = m.entity.unwrap_or(usize::MAX);
            let kind = entities.get(id).map(|e| e.kind);
            match want {
                Want::Person(gender) => {
                    kind == Some(MentionType::Person)
                        && (gender == Gender::Unknown
                            || genders.get(id).is_none_or(|&g| g == Gender::Unknown || g == gender))
                }
                Want::Organization => kind == Some(MentionType::Organization),
            }
        })
        .and_then(|m| m.entity)
}
