//! What the quote rules read: the document's tokens with, for each, the name mention covering
//! it, and the sentence and paragraph it belongs to.

use std::ops::Range;

use super::cue::{self, Cue};
use crate::entity::{Mention, MentionType};
use crate::segment::{Document, TokenKind};

const NONE: u32 = u32::MAX;

/// Capitalised words that read as part of a speaker's title before a name, lower-cased.
const TITLE_WORDS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "president",
    "senator",
    "governor",
    "secretary",
    "minister",
    "prime",
    "foreign",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "nominee",
    "candidate",
    "chairman",
    "chairwoman",
    "mayor",
    "judge",
    "justice",
    "speaker",
    "leader",
    "chief",
    "director",
    "ambassador",
    "general",
    "former",
    "vice",
    "democratic",
    "republican",
    "gop",
    "state",
    "attorney",
    "rev",
    "professor",
    "prof",
    "adviser",
    "advisor",
    "campaign",
    "manager",
    "representative",
    "congressman",
    "congresswoman",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "pope",
    "executive",
    "officer",
];

pub(super) struct Context<'d, 'a> {
    pub document: &'d Document<'a>,
    pub mentions: &'d [Mention],
    /// For each token, the index of the name mention covering it, or `NONE`.
    mention_of: Vec<u32>,
    /// For each name mention, its token range (empty for the others).
    mention_tokens: Vec<Range<usize>>,
    /// For each token, its sentence.
    sentence_of: Vec<u32>,
}

impl<'d, 'a> Context<'d, 'a> {
    pub fn new(document: &'d Document<'a>, mentions: &'d [Mention]) -> Context<'d, 'a> {
        let tokens = &document.tokens;
        let mut mention_of = vec![NONE; tokens.len()];
        let mut mention_tokens = vec![0..0; mentions.len()];
        for (index, mention) in mentions.iter().enumerate() {
            if !matches!(
                mention.kind,
                MentionType::Person | MentionType::Organization | MentionType::Location | MentionType::Misc
            ) {
                continue;
            }
            let first = tokens.partition_point(|t| t.end <= mention.start);
            let last = tokens.partition_point(|t| t.start < mention.end);
            if first < last {
                mention_tokens[index] = first..last;
                for slot in &mut mention_of[first..last] {
                    *slot = index as u32;
                }
            }
        }
        let mut sentence_of = vec![0u32; tokens.len()];
        for (index, sentence) in document.sentences.iter().enumerate() {
            if let Some(slots) = sentence_of.get_mut(sentence.tokens.clone()) {
                slots.fill(index as u32);
            }
        }
        Context { document, mentions, mention_of, mention_tokens, sentence_of }
    }

    pub fn len(&self) -> usize {
        self.document.tokens.len()
    }

    pub fn word(&self, token: usize) -> &'a str {
        self.document.tokens.get(token).map_or("", |t| &self.document.text[t.start..t.end])
    }

    pub fn is_word(&self, token: usize) -> bool {
        self.document
            .tokens
            .get(token)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number) && !self.is_mark(token))
    }

    pub fn is_punct(&self, token: usize) -> bool {
        self.document.tokens.get(token).is_some_and(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
    }

    /// Whether the token is made of quotation marks.
    pub fn is_mark(&self, token: usize) -> bool {
        let word = self.word(token);
        !word.is_empty()
            && word.chars().all(|c| {
                matches!(
                    c,
                    '"' | '`'
                        | '\u{201C}'
                        | '\u{201D}'
                        | '\u{2018}'
                        | '\u{00AB}'
                        | '\u{00BB}'
                        | '\u{201E}'
                        | '\''
                        | '\u{2019}'
                )
            })
    }

    pub fn cue(&self, token: usize) -> Option<Cue> {
        cue::cue(self.word(token))
    }

    /// Whether tokens `token` and the next spell "according to".
    pub fn according_to(&self, token: usize) -> bool {
        self.word(token).eq_ignore_ascii_case("according") && self.word(token + 1) == "to"
    }

    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentence_of.get(token).map_or(0, |&s| s as usize)
    }

    pub fn paragraph_of(&self, token: usize) -> usize {
        self.document.sentences.get(self.sentence_of(token)).map_or(0, |s| s.paragraph)
    }

    /// The token range of the name mention that ends with token `token`.
    pub fn name_ending_at(&self, token: usize) -> Option<Range<usize>> {
        let range = self.name_covering(token)?;
        (range.end == token + 1).then_some(range)
    }

    /// The token range of the name mention covering `token`.
    pub fn name_covering(&self, token: usize) -> Option<Range<usize>> {
        let index = *self.mention_of.get(token)?;
        (index != NONE).then(|| self.mention_tokens[index as usize].clone())
    }

    /// The mention covering `token`, as an index into the mentions.
    pub fn mention_at(&self, token: usize) -> Option<usize> {
        let index = *self.mention_of.get(token)?;
        (index != NONE).then_some(index as usize)
    }

    /// Whether the mention covering `token` names a person or an organization.
    pub fn mention_is_person_or_organization(&self, token: usize) -> bool {
        self.mention_at(token)
            .and_then(|m| self.mentions.get(m))
            .is_some_and(|m| matches!(m.kind, MentionType::Person | MentionType::Organization))
    }

    pub fn is_name_or_pronoun(&self, range: &Range<usize>) -> bool {
        range.end > range.start
            && (super::phrase::is_pronoun(self, range.end - 1) || self.name_ending_at(range.end - 1).is_some())
    }

    /// A capitalised word that may belong to a title before a name.
    pub fn is_title_word(&self, token: usize) -> bool {
        let word = self.word(token);
        if word.len() > 16 || !word.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let key: String = word.chars().filter(|&c| c != '.').flat_map(char::to_lowercase).collect();
        TITLE_WORDS.contains(&key.as_str())
    }

    /// The byte span of a token range.
    pub fn bytes(&self, range: &Range<usize>) -> (usize, usize) {
        let tokens = &self.document.tokens;
        match (tokens.get(range.start), range.end.checked_sub(1).and_then(|e| tokens.get(e))) {
            (Some(first), Some(last)) if range.start < range.end => (first.start, last.end),
            _ => (0, 0),
        }
    }
}
