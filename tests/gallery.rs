//! The hostile-input gallery (issue 10) through `analyze`: each input gives a sensible result
//! (checked per input below), every span holds its own text in bytes and in UTF-16, and no
//! input takes long (a hang guard, generous so that a loaded machine cannot fail it; the
//! linear-cost figures come from `cargo run --release --example gallery`). Inputs that once
//! made a stage panic are kept at the end as regression tests.

use std::time::{Duration, Instant};

use newslens::{analyze, Analysis, OffsetMap, OffsetUnit, Options};

#[allow(dead_code)] // the tests use only `gallery`
#[path = "gallery/inputs.rs"]
mod inputs;

/// No input may take this long, even unoptimised on a loaded machine (the slowest takes
/// about a second optimised).
const HANG_GUARD: Duration = Duration::from_secs(120);

/// Every span in bounds, on char boundaries and holding its text, in bytes and then in UTF-16;
/// scores finite and in range; counts that agree.
fn check_whole(text: &str, analysis: &Analysis) {
    let spans = || {
        let sentences = analysis.sentences.iter().map(|s| (s.start, s.end, Some(&s.text)));
        let drivers =
            analysis.sentences.iter().flat_map(|s| &s.sentiment.drivers).map(|d| (d.start, d.end, Some(&d.text)));
        let tokens = analysis.tokens.iter().map(|t| (t.start, t.end, Some(&t.text)));
        let occurrences = analysis.keyphrases.iter().flat_map(|k| &k.occurrences).map(|o| (o.start, o.end, None));
        let mentions = analysis.mentions.iter().map(|m| (m.start, m.end, Some(&m.text)));
        let toward = analysis
            .mentions
            .iter()
            .flat_map(|m| m.sentiment.iter().flat_map(|s| &s.drivers))
            .map(|d| (d.start, d.end, Some(&d.text)));
        let summary = analysis.summary.iter().map(|s| (s.start, s.end, Some(&s.text)));
        let quotes = analysis.quotes.iter().flat_map(|q| {
            [Some((q.start, q.end, Some(&q.text)))]
                .into_iter()
                .chain([q.speaker.as_ref(), q.cue.as_ref()].map(|s| s.map(|s| (s.start, s.end, Some(&s.text)))))
                .flatten()
        });
        sentences
            .chain(drivers)
            .chain(tokens)
            .chain(occurrences)
            .chain(mentions)
            .chain(toward)
            .chain(summary)
            .chain(quotes)
    };
    for (start, end, expected) in spans() {
        assert!(start < end && end <= text.len(), "span {start}..{end} of {} bytes", text.len());
        let slice = text.get(start..end).expect("spans lie on char boundaries");
        if let Some(expected) = expected {
            assert_eq!(slice, expected);
        }
    }
    assert!(analysis.sentiment.score.is_finite() && analysis.sentiment.score.abs() <= 1.0);
    assert!(analysis.sentences.iter().all(|s| s.sentiment.score.is_finite() && s.sentiment.score.abs() <= 1.0));
    assert!(analysis.keyphrases.iter().all(|k| k.score.is_finite() && k.score > 0.0 && k.score <= 1.0));
    assert_eq!(analysis.stats.sentences, analysis.sentences.len());
    assert!(analysis.mentions.windows(2).all(|w| w[0].end <= w[1].start), "mentions in order, disjoint");
    for (id, entity) in analysis.entities.iter().enumerate() {
        assert_eq!(entity.id, id);
        assert!(entity.salience.is_finite() && (0.0..=1.0).contains(&entity.salience));
        assert_eq!(entity.count, entity.mentions.len());
        assert!(entity.mentions.windows(2).all(|w| w[0] < w[1]), "an entity's mentions in text order");
        let first = entity.mentions.first().and_then(|&m| analysis.mentions.get(m)).expect("an entity has mentions");
        assert_eq!(entity.first_start, first.start);
        assert!(entity.mentions.iter().all(|&m| m < analysis.mentions.len()));
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut converted = analysis.clone();
    converted.convert_offsets(&OffsetMap::new(text, OffsetUnit::Utf16));
    for sentence in &converted.sentences {
        assert_eq!(
            String::from_utf16(&units[sentence.start..sentence.end]).as_deref().ok(),
            Some(sentence.text.as_str())
        );
    }
    for token in converted.tokens.iter().step_by(97) {
        assert_eq!(String::from_utf16(&units[token.start..token.end]).as_deref().ok(), Some(token.text.as_str()));
    }
}

fn is_empty(analysis: &Analysis) -> bool {
    analysis.sentences.is_empty()
        && analysis.tokens.is_empty()
        && analysis.keyphrases.is_empty()
        && analysis.stats.words == 0
        && analysis.sentiment.score == 0.0
}

fn phrases(analysis: &Analysis) -> Vec<&str> {
    analysis.keyphrases.iter().map(|k| k.text.as_str()).collect()
}

/// What a sensible result is, input by input.
fn check_sensible(name: &str, text: &str, analysis: &Analysis) {
    let has_token = |wanted: &str| analysis.tokens.iter().any(|t| t.text == wanted);
    match name {
        "empty" | "whitespace only" | "newlines only (a million)" => assert!(is_empty(analysis)),
        "one long line (10 MB)" => {
            let whole = text.len() / inputs::NEWS.len();
            assert!(analysis.sentences.len() >= whole, "{} sentences for {whole} copies", analysis.sentences.len());
            assert_eq!(analysis.stats.paragraphs, 1);
            assert!(has_token("Mr.") && has_token("U.S.") && has_token("$1.2") && has_token("long-range"));
            assert!(phrases(analysis).contains(&"long-range aid"), "{:?}", phrases(analysis));
        }
        "one long word (10 MB)" => {
            assert_eq!(analysis.tokens.len(), 1);
            assert_eq!(analysis.tokens[0].text.len(), text.len());
            assert_eq!(analysis.sentences.len(), 1);
        }
        "random bytes, lossy UTF-8" | "control characters" => {
            assert!(analysis.stats.words > 0 && !analysis.sentences.is_empty());
            assert!(analysis.tokens.iter().all(|t| !t.text.chars().any(char::is_whitespace)));
        }
        "unpaired surrogates, lossy UTF-16" => {
            assert!(has_token("Kyiv") && has_token("said"));
            assert!(analysis.tokens.iter().any(|t| t.text.contains('\u{FFFD}')));
        }
        "right-to-left text" => {
            assert!(has_token("الرئيس") && has_token("בירושלים"));
            assert!(analysis.sentences.len() > text.matches('\n').count(), "RTL sentences split inside lines");
        }
        "CJK text" => {
            assert!(analysis.stats.words > 0);
            assert!(analysis.sentences.len() > text.matches("東京").count(), "CJK sentences split");
        }
        "emoji with joiners and skin tones" => {
            for emoji in ["👩‍👩‍👧‍👦", "👍🏽", "🧑🏾‍🤝‍🧑🏻", "🏴‍☠️", "👨‍💻"]
            {
                assert!(has_token(emoji), "{emoji} is one token");
            }
            assert!(has_token("Kyiv"));
        }
        "combining marks" => {
            assert!(has_token("Cafe\u{301}") && has_token("Zelens\u{30C}kyi\u{308}"));
            let last = analysis.tokens.last().expect("a token");
            assert_eq!(last.end, text.len());
            assert!(last.text.chars().count() > 1000, "a letter and its marks stay one token");
        }
        "an HTML page full of scripts" => {
            assert!(analysis.stats.words > 0 && !analysis.keyphrases.is_empty());
            assert!(has_token("Harbor"));
        }
        "one name repeated (100,000 times)" => {
            assert_eq!(analysis.stats.words, 200_000);
            assert!(analysis.entities.iter().any(|e| e.name.contains("Zelensky")), "an entity named Zelensky");
            assert!(phrases(analysis)[0].contains("Zelensky"), "{:?}", phrases(analysis));
        }
        "boilerplate lines only" => {
            // The last line may be cut short, and so be anything.
            let (_, whole) = analysis.paragraphs.split_last().expect("paragraphs");
            assert!(whole.iter().all(|p| p.kind == newslens::article::ParagraphKind::Boilerplate));
            assert!(analysis.paragraphs.len() >= text.matches('\n').count());
            assert!(analysis.sentences.len() <= 1 && analysis.entities.len() <= 1);
            assert!(analysis.tokens.len() > analysis.stats.words, "tokens cover the whole text");
        }
        "a German article" => {
            assert_eq!(analysis.language.code, "de");
            assert!(analysis.paragraphs.iter().all(|p| p.kind == newslens::article::ParagraphKind::Body));
        }
        "names and open quotes in one endless sentence" => {
            let names = analysis.mentions.iter().filter(|m| m.entity.is_some());
            assert!(names.clone().count() > 1000);
            assert!(names.clone().all(|m| m.sentiment.as_ref().is_some_and(|s| s.score.abs() <= 1.0)));
        }
        "quotation marks that never close" => {
            // Every whole sentence sits inside a quotation left open for many sentences: none is
            // taken alone, none cut in half.
            assert!(analysis.summary.len() <= 3 && analysis.sentences.len() > 3);
            assert!(analysis.summary.iter().all(|s| !s.text.starts_with("and")), "{:?}", analysis.summary.first());
        }
        "a megabyte of quote marks" => assert_eq!(analysis.stats.words, 0),
        "unbalanced quote marks (10,000)" => {
            assert!(analysis.stats.words > 0);
            assert!(analysis.quotes.iter().filter(|q| q.direct).count() <= 1, "unclosed marks make no quotations");
        }
        "quotes nested 100 deep" => {
            let blocks = text.matches("Mr. Blinken said").count();
            let direct = analysis.quotes.iter().filter(|q| q.direct).count();
            assert!(direct + 1 >= blocks && direct <= blocks, "{direct} quotations for {blocks} blocks");
            let first = analysis.quotes.first().and_then(|q| q.speaker.as_ref()).map(|s| s.text.as_str());
            assert_eq!(first, Some("Mr. Blinken"));
        }
        other => panic!("no expectation written for {other}"),
    }
}

#[test]
fn every_gallery_input_gives_a_sensible_whole_result_in_bounded_time() {
    for input in inputs::gallery() {
        let started = Instant::now();
        let analysis = analyze(&input.text, &Options::default());
        let took = started.elapsed();
        assert!(took < HANG_GUARD, "{} took {took:?}", input.name);
        check_whole(&input.text, &analysis);
        check_sensible(input.name, &input.text, &analysis);
    }
}

#[test]
fn gallery_inputs_without_tokens_or_key_phrases_keep_their_sentences() {
    let options = Options { tokens: false, keyphrases: 0, summary: 0, quotes: true };
    for input in inputs::scaled(20) {
        let analysis = analyze(&input.text, &options);
        assert!(analysis.tokens.is_empty() && analysis.keyphrases.is_empty() && analysis.summary.is_empty());
        assert_eq!(analysis.sentences, analyze(&input.text, &Options::default()).sentences, "{}", input.name);
    }
}

// Regression tests: inputs that fuzzing found.

/// fuzz/analyze, first minute: a huge key phrase limit was used as a `Vec` capacity
/// (`keyphrase/select.rs`, "capacity overflow"); from JS, `{ keyphrases: 4294967295 }` did it.
#[test]
fn a_huge_key_phrase_limit_returns_every_phrase_instead_of_panicking() {
    let text = "Mr. Blinken landed in Kyiv on Tuesday. He met Zelensky’s aides about long-range drones.";
    for limit in [usize::MAX, u32::MAX as usize, 1 << 40] {
        let options = Options { keyphrases: limit, summary: limit, ..Options::default() };
        let analysis = analyze(text, &options);
        assert!(!analysis.keyphrases.is_empty());
        assert_eq!(analysis.summary.len(), analysis.sentences.len());
        assert_eq!(analysis.keyphrases, analyze(text, &Options { keyphrases: 1000, ..Options::default() }).keyphrases);
    }
}
