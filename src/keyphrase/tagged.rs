//! Word classes from part-of-speech tags, when the caller gives them (off in the analysis: see
//! the module's limits): nouns, adjectives and gerunds are content, a participle before a noun
//! may start a phrase ("armed forces"), verbs keep the class the word lists gave them, and
//! adverbs, pronouns, numbers and function words break phrases. The word lists still win where
//! they say a word is empty ("year", "thing"), and names written with capitals keep the class
//! casing gave them.

use super::candidate::Words;
use super::lexicon::Class;
use crate::pos::Tag;

/// Refines each word's class in `words` by its tag (`tags` has one tag per token; none: the
/// classes stay as the word lists gave them).
pub fn apply(words: &mut Words, tags: &[Tag]) {
    for index in 0..words.tokens.len() {
        let next = tags.get(index + 1).copied();
        let (Some(word), Some(&tag)) = (words.tokens[index].as_mut(), tags.get(index)) else { continue };
        if word.class == Class::Stop || word.capitalised {
            continue;
        }
        word.class = class(tag, next, word.class);
    }
}

/// The class of a word tagged `tag`, before a word tagged `next`, that the word lists put in
/// `listed`: nouns, adjectives and gerunds may be phrases of their own, a participle before a
/// noun may start one ("armed forces"), other verbs keep their listed class, and every other
/// word (adverbs, pronouns, numbers, function words) breaks phrases.
fn class(tag: Tag, next: Option<Tag>, listed: Class) -> Class {
    let before_noun = next.is_some_and(|n| n.is_noun() || n.is_adjective());
    match tag.name() {
        _ if tag.is_noun() || tag.is_adjective() => Class::Content,
        "FW" | "VBG" => Class::Content,
        "VBN" if before_noun => Class::Modifier,
        _ if tag.is_verb() => listed,
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
    fn nouns_and_adjectives_stand_alone_verbs_keep_their_class_and_others_break() {
        assert_eq!(class(tag("NNS"), None, Class::Inner), Class::Content);
        assert_eq!(class(tag("JJ"), Some(tag("NNS")), Class::Modifier), Class::Content);
        assert_eq!(class(tag("VBN"), Some(tag("NNS")), Class::Inner), Class::Modifier);
        assert_eq!(class(tag("VBN"), Some(tag("IN")), Class::Inner), Class::Inner);
        assert_eq!(class(tag("VBZ"), Some(tag("NN")), Class::Content), Class::Content);
        assert_eq!(class(tag("CD"), Some(tag("NN")), Class::Content), Class::Stop);
        assert_eq!(class(tag("PRP"), None, Class::Content), Class::Stop);
    }
}
