//! Word classes from part-of-speech tags: candidates are noun phrases. A noun may end a
//! phrase, an adjective (or a participle before a noun: "armed forces") may only start or sit
//! inside one, and every other word (verbs, adverbs, pronouns, numbers, function words)
//! breaks phrases. The word lists still win where they say a word is empty ("year", "thing"),
//! and names written with capitals keep the class casing gave them.

use super::candidate::Words;
use super::lexicon::Class;
use crate::pos::Tag;

/// Refines each word's class in `words` by its tag (`tags` has one tag per token).
pub fn apply(words: &mut Words, tags: &[Tag]) {
    for index in 0..words.tokens.len() {
        let next = tags.get(index + 1).copied();
        let (Some(word), Some(&tag)) = (words.tokens[index].as_mut(), tags.get(index)) else { continue };
        if word.class == Class::Stop || word.capitalised {
            continue;
        }
        word.class = class(tag, next);
    }
}

/// The class of a word tagged `tag`, before a word tagged `next`.
fn class(tag: Tag, next: Option<Tag>) -> Class {
    let before_noun = next.is_some_and(|n| n.is_noun() || n.is_adjective());
    match tag.name() {
        _ if tag.is_noun() => Class::Content,
        "FW" => Class::Content,
        _ if tag.is_adjective() => Class::Modifier,
        "VBN" | "VBG" if before_noun => Class::Modifier,
        _ => Class::Stop,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(name: &str) -> Tag {
        Tag::parse(name).expect("a known tag")
    }

    #[test]
    fn nouns_end_phrases_adjectives_start_them_and_verbs_break_them() {
        assert_eq!(class(tag("NNS"), None), Class::Content);
        assert_eq!(class(tag("JJ"), Some(tag("NNS"))), Class::Modifier);
        assert_eq!(class(tag("VBN"), Some(tag("NNS"))), Class::Modifier);
        assert_eq!(class(tag("VBN"), Some(tag("IN"))), Class::Stop);
        assert_eq!(class(tag("VBZ"), Some(tag("NN"))), Class::Stop);
        assert_eq!(class(tag("CD"), Some(tag("NN"))), Class::Stop);
        assert_eq!(class(tag("PRP"), None), Class::Stop);
    }
}
