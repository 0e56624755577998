//! Properties that hold for any string: no panic, spans in bounds and on char boundaries,
//! sentences in order and tiling the non-space text, UTF-16 offsets that agree with
//! `encode_utf16`, and the same output for the same input; with any options, the same
//! sentences and a prefix of the same key phrases; drivers, key phrase occurrences and entity
//! mentions whole and in order.

use newslens::segment::{normalize, Case, ParagraphKind};
use newslens::{analyze, entity, Document, OffsetMap, OffsetUnit, Options};
use proptest::prelude::*;

/// Strings that look like news more often than uniform random strings do, with the characters
/// that stress segmentation mixed in.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "J.",
        "p.m.",
        "Jan.",
        "No.",
        "3.5",
        "137,000",
        "$1.2",
        "6:15",
        "long-range",
        "Zelensky’s",
        "don't",
        "https://ex.org/a.",
        "a@b.co",
        "...",
        "…",
        "?",
        "!",
        ".",
        ",",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "‘",
        "«",
        "''",
        "according to",
        "told",
        "(",
        ")",
        "—",
        "-",
        "🙂",
        "👍🏽",
        "👩‍👩‍👧",
        "🇺🇦",
        "東京",
        "é",
        "e\u{301}",
        "\u{200D}",
        "\u{0}",
        "\r",
        "\n",
        "\n\n",
        " ",
        "\t",
        "The",
        "he",
        "said",
        "Kyiv",
        "KYIV",
        "%",
        "$",
        "\u{FEFF}",
        "\u{202E}",
        "ا",
        "\u{FFFD}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| {
        pieces.iter().enumerate().fold(String::new(), |mut text, (i, piece)| {
            if i % 3 == 0 {
                text.push(' ');
            }
            text.push_str(piece);
            text
        })
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), newsy()]
}

fn check_document(text: &str) {
    let document = Document::new(text);
    let mut previous_end = 0;
    for token in &document.tokens {
        assert!(token.start < token.end && token.end <= text.len());
        assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
        assert!(token.start >= previous_end, "tokens in order without overlap");
        previous_end = token.end;
    }
    // Every non-space character lies in exactly one token, and so in exactly one sentence.
    let mut covered = vec![false; text.len()];
    for token in &document.tokens {
        covered[token.start..token.end].iter_mut().for_each(|c| *c = true);
    }
    for (at, c) in text.char_indices() {
        assert_eq!(covered[at], !c.is_whitespace(), "char {c:?} at {at}");
    }
    let mut next_token = 0;
    let mut previous_end = 0;
    for sentence in &document.sentences {
        assert_eq!(sentence.tokens.start, next_token, "sentences tile the tokens");
        assert!(!sentence.tokens.is_empty());
        next_token = sentence.tokens.end;
        assert!(sentence.span.start >= previous_end);
        previous_end = sentence.span.end;
        assert_eq!(sentence.span.start, document.tokens[sentence.tokens.start].start);
        assert_eq!(sentence.span.end, document.tokens[sentence.tokens.end - 1].end);
        let paragraph = &document.paragraphs[sentence.paragraph];
        assert!(paragraph.span.start <= sentence.span.start && sentence.span.end <= paragraph.span.end);
    }
    assert_eq!(next_token, document.tokens.len());
    let mut next_sentence = 0;
    for paragraph in &document.paragraphs {
        assert_eq!(paragraph.sentences.start, next_sentence);
        next_sentence = paragraph.sentences.end;
    }
    assert_eq!(next_sentence, document.sentences.len());
    // Each token's form and case class are those of its text, by the one rule.
    for (i, token) in document.tokens.iter().enumerate() {
        let token_text = document.token_text(i);
        assert_eq!(document.norm(i), normalize(token_text), "{token_text:?}");
        assert_eq!(token.case, Case::of(token_text), "{token_text:?}");
    }
    assert_eq!(document.norm(document.tokens.len()), "");
    let headlines = document.paragraphs.iter().filter(|p| p.kind == ParagraphKind::Headline).count();
    assert_eq!(headlines, usize::from(document.headline().is_some()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    #[test]
    fn segmentation_holds_its_invariants_for_any_string(text in any_text()) {
        check_document(&text);
    }

    #[test]
    fn utf16_offsets_agree_with_encode_utf16(text in any_text()) {
        let analysis = {
            let mut analysis = analyze(&text, &Options::default());
            analysis.convert_offsets(&OffsetMap::new(&text, OffsetUnit::Utf16));
            analysis
        };
        let units: Vec<u16> = text.encode_utf16().collect();
        let sentences = analysis.sentences.iter().map(|s| (s.start, s.end, &s.text));
        let drivers = analysis.sentences.iter().flat_map(|s| &s.sentiment.drivers).map(|d| (d.start, d.end, &d.text));
        let tokens = analysis.tokens.iter().map(|t| (t.start, t.end, &t.text));
        for (start, end, text) in sentences.chain(drivers).chain(tokens) {
            let slice = String::from_utf16(&units[start..end]).expect("spans lie on char boundaries");
            prop_assert_eq!(&slice, text);
        }
        for occurrence in analysis.keyphrases.iter().flat_map(|k| &k.occurrences) {
            prop_assert!(occurrence.start < occurrence.end && occurrence.end <= units.len());
            prop_assert!(String::from_utf16(&units[occurrence.start..occurrence.end]).is_ok());
        }
    }

    #[test]
    fn the_same_input_gives_the_same_output(text in any_text()) {
        prop_assert_eq!(analyze(&text, &Options::default()), analyze(&text, &Options::default()));
    }
}

/// Any limit, including ones no one would ask for: `usize::MAX` once reached a `Vec` capacity.
fn any_limit() -> impl Strategy<Value = usize> {
    prop_oneof![0..16usize, any::<usize>(), Just(usize::MAX)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn any_options_keep_the_sentences_and_a_prefix_of_the_key_phrases(
        text in any_text(),
        tokens in any::<bool>(),
        limit in any_limit(),
        quotes in any::<bool>(),
    ) {
        let options = Options { tokens, keyphrases: limit, summary: limit, quotes };
        let analysis = analyze(&text, &options);
        let everything = analyze(&text, &Options { keyphrases: usize::MAX, ..Options::default() });
        prop_assert_eq!(&analysis.sentences, &everything.sentences);
        prop_assert_eq!(analysis.tokens.is_empty(), !tokens || everything.tokens.is_empty());
        let shown = limit.min(everything.keyphrases.len());
        prop_assert_eq!(&analysis.keyphrases[..], &everything.keyphrases[..shown]);
        prop_assert!(analysis.summary.len() <= limit);
        prop_assert!(limit < analysis.sentences.len() || analysis.summary.len() == analysis.sentences.len());
        prop_assert!(analysis.summary.windows(2).all(|w| w[0].sentence < w[1].sentence));
        for chosen in &analysis.summary {
            let sentence = &analysis.sentences[chosen.sentence];
            prop_assert_eq!((chosen.start, chosen.end, &chosen.text), (sentence.start, sentence.end, &sentence.text));
            prop_assert!(chosen.score.is_finite() && (0.0..=1.0).contains(&chosen.score));
        }
    }

    #[test]
    fn drivers_and_occurrences_lie_in_order_inside_their_text(text in any_text()) {
        let analysis = analyze(&text, &Options::default());
        for sentence in &analysis.sentences {
            let mut at = sentence.start;
            for driver in &sentence.sentiment.drivers {
                prop_assert!(at <= driver.start && driver.start < driver.end && driver.end <= sentence.end);
                prop_assert_eq!(&text[driver.start..driver.end], driver.text.as_str());
                at = driver.end;
            }
        }
        for keyphrase in &analysis.keyphrases {
            let mut at = 0;
            for occurrence in &keyphrase.occurrences {
                prop_assert!(at <= occurrence.start && occurrence.start < occurrence.end && occurrence.end <= text.len());
                prop_assert!(text.is_char_boundary(occurrence.start) && text.is_char_boundary(occurrence.end));
                at = occurrence.end;
            }
        }
    }

    #[test]
    fn entity_mentions_are_whole_in_order_and_disjoint(text in any_text()) {
        let mut at = 0;
        for mention in entity::mentions(&Document::new(&text)) {
            prop_assert!(at <= mention.start && mention.start < mention.end && mention.end <= text.len());
            prop_assert_eq!(text.get(mention.start..mention.end), Some(mention.text.as_str()));
            prop_assert!((0.0..=1.0).contains(&mention.confidence));
            at = mention.end;
        }
    }
}

/// Strings made of the pieces the paragraph-kind rules look at.
fn article_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "By",
        "Jane",
        "DOE",
        "Photo:",
        "FILE -",
        "(AP Photo/Jane Doe)",
        "©",
        "Copyright",
        "Follow us",
        "Share",
        "Read more:",
        "appeared first on",
        "WASHINGTON",
        "(Reuters)",
        "—",
        "-",
        "1996-08-30",
        "March",
        "5,",
        "2024",
        "Updated",
        "İ",
        "ẞ",
        "\n",
        "\n\n",
        " ",
        ".",
        ")",
        "(",
        "said",
        "der",
        "und",
        "Sitzung",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn paragraph_kinds_cover_every_paragraph_and_datelines_lie_inside(
        text in prop_oneof![any_text(), article_like()]
    ) {
        let analysis = analyze(&text, &Options::default());
        let document = Document::new(&text);
        prop_assert_eq!(analysis.paragraphs.len(), document.paragraphs.len());
        for (found, paragraph) in analysis.paragraphs.iter().zip(&document.paragraphs) {
            prop_assert_eq!((found.start, found.end), (paragraph.span.start, paragraph.span.end));
            if let Some(dateline) = found.dateline {
                prop_assert!(found.start <= dateline.start && dateline.start < dateline.end && dateline.end < found.end);
                prop_assert!(text.get(dateline.start..dateline.end).is_some());
            }
        }
        prop_assert!((0.0..=1.0).contains(&analysis.language.confidence));
        prop_assert_eq!(analysis.language.code.len(), 2);
    }
}

#[test]
fn huge_and_degenerate_inputs_stay_linear_and_whole() {
    for text in [
        "\n".repeat(200_000),
        "a".repeat(1 << 20),
        ".".repeat(100_000),
        "Mr. ".repeat(50_000),
        "Zelensky ".repeat(100_000),
        "👩‍👩‍👧".repeat(20_000),
    ] {
        check_document(&text);
    }
}
