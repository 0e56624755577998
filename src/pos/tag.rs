//! The tag set: the Penn Treebank part-of-speech tags as CoNLL-2003 writes them, and the
//! coarse questions the other stages ask of a tag.

/// Every tag the tagger can give, in the order of the model's weight rows.
pub const TAGS: [&str; 46] = [
    "NNP", "NN", "CD", "IN", ":", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN", "RB", "CC", "TO", "PRP", ")", "(",
    "VBG", "VBZ", "\"", "POS", "PRP$", "VBP", "MD", "NNPS", "WP", "RP", "WDT", "SYM", "$", "WRB", "JJR", "JJS", "FW",
    "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$", "LS", "#", "``",
];

/// The number of tags.
pub const COUNT: usize = TAGS.len();

/// One part-of-speech tag: an index into [`TAGS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tag(pub u8);

impl Tag {
    /// The tag of a CoNLL tag string (`NN|SYM` reads as its first part), if it is one.
    pub fn parse(name: &str) -> Option<Tag> {
        let name = name.split('|').next().unwrap_or(name);
        TAGS.iter().position(|t| *t == name).map(|i| Tag(i as u8))
    }

    /// The tag as the Penn Treebank writes it: "NN", "VBD", "JJ".
    pub fn name(self) -> &'static str {
        TAGS.get(usize::from(self.0)).copied().unwrap_or("NN")
    }

    /// A common or proper noun, singular or plural.
    pub fn is_noun(self) -> bool {
        self.name().starts_with("NN")
    }

    /// A proper noun.
    pub fn is_proper_noun(self) -> bool {
        self.name().starts_with("NNP")
    }

    /// An adjective, comparative and superlative included.
    pub fn is_adjective(self) -> bool {
        self.name().starts_with("JJ")
    }

    /// A verb form (participles included).
    pub fn is_verb(self) -> bool {
        self.name().starts_with("VB") || self.name() == "MD"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_back_to_their_names() {
        for name in TAGS {
            assert_eq!(Tag::parse(name).map(Tag::name), Some(name));
        }
        assert_eq!(Tag::parse("NN|SYM").map(Tag::name), Some("NN"));
        assert_eq!(Tag::parse("XYZ"), None);
        assert!(Tag::parse("NNS").is_some_and(Tag::is_noun));
        assert!(Tag::parse("JJR").is_some_and(Tag::is_adjective));
        assert!(Tag::parse("VBN").is_some_and(Tag::is_verb));
    }
}
