//! Sentiment toward a target: golden news sentences where the sentence's mood and the mood
//! toward each name differ, the fields in the analysis, a floor on NewsMTSC dev, and any input.

use newslens::sentiment::target::{newsmtsc, targets};
use newslens::sentiment::Label;
use newslens::{analyze, Document, Options};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/entity-sentiment/newsmtsc/dev.jsonl");

fn toward(text: &str, name: &str) -> newslens::sentiment::target::TargetSentiment {
    let start = text.find(name).expect("the name is in the text");
    targets(&Document::new(text), &[(start, start + name.len())]).remove(0)
}

#[test]
fn the_criticized_target_is_negative_and_the_praised_one_positive() {
    let text = "Critics accused Johnson of corruption and lies.";
    assert_eq!(toward(text, "Johnson").label, Label::Negative);
    let text = "Smith, who was praised for her brave leadership, won the award.";
    assert_eq!(toward(text, "Smith").label, Label::Positive);
}

#[test]
fn plain_reporting_is_neutral_toward_its_names() {
    let text = "Secretary Blinken met his counterpart in Kyiv on Tuesday.";
    assert_eq!(toward(text, "Blinken").label, Label::Neutral);
}

#[test]
fn drivers_are_words_of_the_sentence_that_push_toward_the_label() {
    let text = "Critics accused Johnson of corruption and lies.";
    let found = toward(text, "Johnson");
    assert!(!found.drivers.is_empty());
    for driver in &found.drivers {
        assert_eq!(&text[driver.start..driver.end], driver.text);
        assert!(driver.weight < 0.0, "{driver:?}");
        assert_ne!(driver.text, "Johnson");
    }
}

#[test]
fn spans_that_cover_no_token_are_neutral_and_every_span_gets_an_answer() {
    let document = Document::new("Smith won.");
    let found = targets(&document, &[(0, 0), (50, 60), (6, 3), (0, 5)]);
    assert_eq!(found.len(), 4);
    assert_eq!(found[0].label, Label::Neutral);
    assert!(found[0].drivers.is_empty() && found[1].drivers.is_empty() && found[2].drivers.is_empty());
}

#[test]
fn name_mentions_and_entities_carry_sentiment_in_the_analysis() {
    let text = "Critics accused Johnson of corruption. Johnson denied it. The report was released on May 3.";
    let analysis = analyze(text, &Options::default());
    let names: Vec<_> = analysis.mentions.iter().filter(|m| m.entity.is_some()).collect();
    assert!(!names.is_empty());
    assert!(names.iter().all(|m| m.sentiment.is_some()));
    assert!(analysis.mentions.iter().filter(|m| m.entity.is_none()).all(|m| m.sentiment.is_none()));
    for entity in &analysis.entities {
        let sentiment = entity.sentiment.expect("every entity has a sentiment");
        let counts = sentiment.counts;
        assert_eq!(counts.positive + counts.neutral + counts.negative, entity.count, "{}", entity.name);
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in ["", " ", "\"", "“Smith”", "Smith 's 's", "A B C D E F G H", "🙂 Smith 🙂", "n't n't not"] {
        let document = Document::new(text);
        let spans: Vec<(usize, usize)> = (0..=text.len()).map(|i| (i, text.len())).collect();
        let found = targets(&document, &spans);
        assert_eq!(found.len(), spans.len());
        for target in found {
            assert!((-1.0..=1.0).contains(&target.score));
        }
    }
    let long = "Smith praised Jones and ".repeat(2000);
    let document = Document::new(&long);
    let spans: Vec<(usize, usize)> = long.match_indices("Jones").map(|(at, s)| (at, at + s.len())).collect();
    assert_eq!(targets(&document, &spans).len(), 2000);
}

/// The floor on NewsMTSC mt-dev (gold spans): `newslens eval targets` reports the figures.
#[test]
fn newsmtsc_dev_macro_f1_stays_above_its_floor() {
    let Ok(text) = std::fs::read_to_string(DEV) else {
        if std::env::var("NEWSLENS_REQUIRE_DATA").is_ok_and(|v| v == "1") {
            panic!("NewsMTSC dev is missing: {DEV}");
        }
        eprintln!("skipped: newsmtsc_dev_macro_f1_stays_above_its_floor needs ../shared/data");
        return;
    };
    let mut mt = newsmtsc::Confusion::default();
    for line in text.lines().filter_map(newsmtsc::parse).filter(|line| line.set == "mt-dev") {
        let document = Document::new(&line.text);
        let spans: Vec<(usize, usize)> = line.targets.iter().map(|&(s, e, _)| (s, e)).collect();
        for (&(_, _, gold), found) in line.targets.iter().zip(targets(&document, &spans)) {
            mt.add(gold, found.label);
        }
    }
    assert_eq!(mt.total(), 440);
    assert!(mt.macro_f1() >= 0.65, "mt-dev macro-F1 {:.3}", mt.macro_f1());
}
