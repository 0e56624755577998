//! Any bytes as text (lossy UTF-8) with options built from the first bytes, through `analyze`. Beyond "no panic, no hang", it checks what a panic would not show:
//! every span in bounds, on char boundaries and holding its own text, and the UTF-16 offsets
//! agreeing with `encode_utf16`.
//!
//! Input layout: a flags byte, then (if flag 0x04) one byte for the key phrase limit, then
//! (if flag 0x08) options as JSON up to the first NUL byte, then the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{analyze, Analysis, OffsetMap, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let (options, text) = split(data);
    let text = String::from_utf8_lossy(text);
    let mut analysis = analyze(&text, &options);
    check_bytes(&text, &analysis);
    analysis.convert_offsets(&OffsetMap::new(&text, OffsetUnit::Utf16));
    let units: Vec<u16> = text.encode_utf16().collect();
    for sentence in &analysis.sentences {
        let slice = units.get(sentence.start..sentence.end).expect("UTF-16 sentence span in bounds");
        assert_eq!(String::from_utf16(slice).ok().as_deref(), Some(sentence.text.as_str()));
    }
});

/// Options from the leading bytes: most fields by hand (new fields keep their defaults), or
/// any JSON, which also exercises the options' deserialisation.
fn split(data: &[u8]) -> (Options, &[u8]) {
    let Some((&flags, mut rest)) = data.split_first() else {
        return (Options::default(), data);
    };
    let mut options = Options { tokens: flags & 0x01 == 0, ..Options::default() };
    if flags & 0x02 != 0 {
        options.keyphrases = usize::MAX;
    }
    if flags & 0x04 != 0 {
        if let Some((&limit, tail)) = rest.split_first() {
            options.keyphrases = usize::from(limit);
            rest = tail;
        }
    }
    if flags & 0x08 != 0 {
        let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        if let Ok(parsed) = serde_json::from_slice::<Options>(&rest[..end]) {
            options = parsed;
        }
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    (options, rest)
}

fn check_bytes(text: &str, analysis: &Analysis) {
    for sentence in &analysis.sentences {
        check_span(text, sentence.start, sentence.end, Some(&sentence.text));
        for driver in &sentence.sentiment.drivers {
            check_span(text, driver.start, driver.end, Some(&driver.text));
        }
    }
    for token in &analysis.tokens {
        check_span(text, token.start, token.end, Some(&token.text));
    }
    for occurrence in analysis.keyphrases.iter().flat_map(|k| &k.occurrences) {
        check_span(text, occurrence.start, occurrence.end, None);
    }
    for mention in &analysis.mentions {
        check_span(text, mention.start, mention.end, Some(&mention.text));
    }
    assert!(analysis.mentions.windows(2).all(|w| w[0].end <= w[1].start), "mentions in order, disjoint");
    for entity in &analysis.entities {
        assert!(entity.mentions.iter().all(|&m| m < analysis.mentions.len()), "entity mentions exist");
        assert!(entity.salience.is_finite());
    }
    assert!(analysis.sentiment.score.abs() <= 1.0, "document score in [-1, 1]");
}

fn check_span(text: &str, start: usize, end: usize, expected: Option<&str>) {
    assert!(start < end && end <= text.len(), "span {start}..{end} of {}", text.len());
    let slice = text.get(start..end).expect("span on char boundaries");
    if let Some(expected) = expected {
        assert_eq!(slice, expected);
    }
}
