//! CoNLL-2003 files read for their part-of-speech and chunk columns (`word POS chunk NER` per
//! line, blank lines between sentences, `-DOCSTART-` lines skipped).

use super::tag::Tag;

/// One sentence: its words, their tags and whether each word is inside a noun phrase (the
/// chunk column's `B-NP`/`I-NP`), with the phrase starts.
#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<Tag>,
    /// Per word: `Some(true)` opens a noun phrase, `Some(false)` continues one, `None` is outside.
    pub chunks: Vec<Option<bool>>,
}

/// The sentences of a CoNLL file; an unknown tag is an error naming the line.
pub fn parse(text: &str) -> Result<Vec<Sentence>, String> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (number, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() || fields[0] == "-DOCSTART-" {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let (Some(word), Some(tag)) = (fields.first(), fields.get(1)) else { continue };
        let tag = Tag::parse(tag).ok_or_else(|| format!("line {}: unknown tag {tag}", number + 1))?;
        let chunk = match fields.get(2).copied() {
            Some("B-NP") => Some(true),
            Some("I-NP") => Some(false),
            _ => None,
        };
        current.words.push((*word).to_owned());
        current.tags.push(tag);
        current.chunks.push(chunk);
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_words_tags_and_noun_phrases() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\n";
        let sentences = parse(text).expect("it parses");
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].words, ["EU", "rejects", "German", "call"]);
        assert_eq!(sentences[0].tags.iter().map(|t| t.name()).collect::<Vec<_>>(), ["NNP", "VBZ", "JJ", "NN"]);
        assert_eq!(sentences[0].chunks, [Some(true), None, Some(true), Some(false)]);
        assert!(parse("a ZZZ O O\n").is_err());
    }
}
