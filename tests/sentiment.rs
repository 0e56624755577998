//! Sentiment: golden sentences for each rule, neutral news, accuracy floors on the shared
//! development sets, and robustness on any input.

use newslens::sentiment::{self, Label, SentenceSentiment};
use newslens::{analyze, eval, Document, OffsetMap, OffsetUnit, Options};

#[path = "support/data.rs"]
mod data;

fn sentence(text: &str) -> SentenceSentiment {
    let document = Document::new(text);
    let mut sentences = sentiment::sentences(&document);
    assert_eq!(sentences.len(), 1, "{text:?} is one sentence");
    sentences.remove(0)
}

fn score(text: &str) -> f32 {
    sentence(text).score
}

#[test]
fn plain_praise_and_plain_criticism_get_their_labels() {
    assert_eq!(sentence("The food was good.").label, Label::Positive);
    assert_eq!(sentence("The staff were friendly and the room was lovely.").label, Label::Positive);
    assert_eq!(sentence("The food was awful.").label, Label::Negative);
    assert_eq!(sentence("The plan was a costly failure.").label, Label::Negative);
}

#[test]
fn negation_turns_praise_into_criticism() {
    assert!(score("The food was good.") > 0.0);
    assert!(score("The food was not good.") < 0.0);
    assert!(score("The food wasn't good.") < 0.0);
    assert!(score("The staff were helpful.") > 0.0);
    assert!(score("The staff were never helpful.") < 0.0);
    assert!(score("It was not a disaster.") > score("It was a disaster."));
}

#[test]
fn intensifiers_strengthen_and_dampeners_weaken() {
    let plain = score("The hotel was good.");
    assert!(score("The hotel was very good.") > plain);
    assert!(score("The hotel was extremely good.") > plain);
    assert!(score("The hotel was slightly good.") < plain);
    assert!(score("The hotel was very bad.") < score("The hotel was bad."));
}

#[test]
fn the_clause_after_but_outweighs_the_clause_before() {
    let dull_but_superb = score("The plot is dull, but the acting is superb.");
    let superb_but_dull = score("The acting is superb, but the plot is dull.");
    assert!(dull_but_superb > superb_but_dull + 0.5, "{dull_but_superb} vs {superb_but_dull}");
    assert!(dull_but_superb > score("The plot is dull and the acting is superb."));
    assert!(superb_but_dull < 0.0);
    assert!(score("The rooms were small, but the staff were wonderful.") > 0.0);
}

#[test]
fn a_concessive_clause_counts_less() {
    let conceded = score("Although the acting is superb, the plot is dull.");
    assert!(conceded < 0.0);
    assert!(conceded < score("The acting is superb and the plot is dull."));
}

#[test]
fn capitals_and_exclamation_marks_add_emphasis() {
    assert!(score("The movie was GREAT.") > score("The movie was great."));
    assert!(score("The movie was great!!!") > score("The movie was great."));
    assert!(score("The movie was terrible!") < score("The movie was terrible."));
}

/// Factual news sentences, written for this test: their scores should stay near zero.
const NEUTRAL_NEWS: &[&str] = &[
    "The committee will meet on Tuesday to discuss the budget.",
    "The company reported quarterly revenue of $4.2 billion.",
    "The minister arrived in Brussels on Monday morning.",
    "Officials said the bridge would reopen next month.",
    "The trial is expected to last three weeks.",
    "Parliament has 450 members, elected every five years.",
    "The central bank kept its benchmark rate at 4.5%.",
    "Voters in the district will choose a new mayor in November.",
    "The report was published by the statistics office on Friday.",
    "The train from Paris to Lyon takes about two hours.",
    "The agency employs about 3,000 people in six countries.",
    "He was born in 1962 and studied law in Madrid.",
    "The talks will continue in Geneva next week.",
    "Shares of the company were unchanged in early trading.",
    "The city council voted on the plan on Wednesday evening.",
    "The survey was conducted by telephone between March 3 and March 9.",
];

#[test]
fn neutral_news_sentences_stay_near_zero() {
    let scores: Vec<f32> = NEUTRAL_NEWS.iter().map(|text| score(text)).collect();
    let mean = scores.iter().map(|s| s.abs()).sum::<f32>() / scores.len() as f32;
    let neutral = scores.iter().filter(|s| Label::of(**s) == Label::Neutral).count();
    assert!(mean < 0.2, "mean |score| {mean}: {scores:?}");
    assert!(scores.iter().all(|s| s.abs() < 0.45), "{scores:?}");
    // The committed model: mean |score| 0.18, largest 0.37, 14 of the 16 neutral.
    assert!(neutral >= 14, "{neutral} of {} neutral: {scores:?}", scores.len());
}

#[test]
fn drivers_are_the_words_that_moved_the_score() {
    let text = "The service was terrible, but the view was wonderful.";
    let result = sentence(text);
    let weight = |word: &str| result.drivers.iter().find(|d| d.text == word).map(|d| d.weight);
    assert!(weight("terrible").is_some_and(|w| w < 0.0), "{:?}", result.drivers);
    assert!(weight("wonderful").is_some_and(|w| w > 0.0), "{:?}", result.drivers);
    for driver in &result.drivers {
        assert_eq!(&text[driver.start..driver.end], driver.text);
    }
    assert!(result.drivers.windows(2).all(|w| w[0].start < w[1].start));
}

#[test]
fn the_text_score_is_the_mean_of_its_sentences_with_label_counts() {
    let analysis = analyze(
        "What a wonderful, generous gift. The meeting is on Tuesday. The result was awful.",
        &Options::default(),
    );
    let scores: Vec<f32> = analysis.sentences.iter().map(|s| s.sentiment.score).collect();
    let mean = scores.iter().sum::<f32>() / 3.0;
    assert!((analysis.sentiment.score - mean).abs() < 1e-6);
    let counts = analysis.sentiment.counts;
    assert_eq!((counts.positive, counts.neutral, counts.negative), (1, 1, 1), "{scores:?}");
}

#[test]
fn an_entity_takes_the_mean_of_the_sentences_that_mention_it() {
    let document = Document::new("Acme shipped a superb phone. Rivals are struggling badly. Acme is based in Ohio.");
    let sentences = sentiment::sentences(&document);
    let acme = sentiment::entity(&sentences, &[0, 2, 2]);
    assert!((acme.score - (sentences[0].score + sentences[2].score) / 2.0).abs() < 1e-6);
    assert!(acme.score > 0.0);
    assert_eq!(acme.label, Label::of(acme.score));
    assert_eq!(sentiment::entity(&sentences, &[1]).label, Label::Negative);
    let nobody = sentiment::entity(&sentences, &[]);
    assert_eq!((nobody.score, nobody.label), (0.0, Label::Neutral));
    assert_eq!(sentiment::entity(&sentences, &[7]).score, 0.0);
}

#[test]
fn driver_offsets_convert_to_utf16_with_the_rest() {
    let text = "🙂 Café staff were wonderful. 北京 was awful!";
    let mut analysis = analyze(text, &Options::default());
    analysis.convert_offsets(&OffsetMap::new(text, OffsetUnit::Utf16));
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut seen = 0;
    for sentence in &analysis.sentences {
        for driver in &sentence.sentiment.drivers {
            assert_eq!(String::from_utf16_lossy(&units[driver.start..driver.end]), driver.text);
            seen += 1;
        }
    }
    assert!(seen >= 2);
}

#[test]
fn the_embedded_model_reads_and_matches_the_embedded_lexicon() {
    let header = newslens::internals::check_model().expect("the embedded model reads");
    assert!(header.contains("made by: cargo run --release --features train -- train sentiment"), "{header}");
}

#[test]
fn the_json_shape_is_the_documented_one() {
    let analysis = analyze("Great news!", &Options::default());
    let json = serde_json::to_value(&analysis).expect("serialises");
    assert_eq!(json["sentiment"]["label"], "positive");
    assert!(json["sentiment"]["counts"]["positive"].is_u64());
    let first = &json["sentences"][0]["sentiment"];
    assert!(first["score"].is_f64());
    assert_eq!(first["drivers"][0]["text"], "Great");
    assert!(first["drivers"][0]["weight"].is_f64());
}

/// Accuracy of the text scores on a `sentence<TAB>label` file of the shared data, measured
/// by the code of `newslens eval sentiment`; `None` when the data is absent.
fn accuracy(test: &str, path: &str) -> Option<f64> {
    let text = std::fs::read_to_string(data::data(test)?.join(path)).expect("the shared data holds the file");
    let (measure, value) = eval::sentiment::measure(&text).expect("a sentence<TAB>label file");
    assert_eq!(measure, "accuracy");
    Some(value)
}

#[test]
fn accuracy_on_sst2_dev_stays_above_its_floor() {
    let Some(accuracy) = accuracy("sentiment::accuracy_on_sst2_dev_stays_above_its_floor", "sst2/dev.tsv") else {
        return;
    };
    assert!(accuracy >= SST2_DEV_FLOOR, "SST-2 dev accuracy {accuracy:.4}");
}

#[test]
fn accuracy_on_each_uci_set_stays_above_its_floor() {
    for (file, floor) in UCI_FLOORS {
        let test = "sentiment::accuracy_on_each_uci_set_stays_above_its_floor";
        let Some(accuracy) = accuracy(test, &format!("uci-sentiment/{file}")) else { return };
        assert!(accuracy >= *floor, "{file}: accuracy {accuracy:.4}");
    }
}

/// A little under what the committed model measures (see the closing note of issue 5).
const SST2_DEV_FLOOR: f64 = 0.825;
const UCI_FLOORS: &[(&str, f64)] =
    &[("amazon_cells_labelled.txt", 0.85), ("imdb_labelled.txt", 0.86), ("yelp_labelled.txt", 0.85)];

#[test]
fn a_sentence_longer_than_the_feature_limit_still_scores() {
    let text = "good ".repeat(70_000);
    let document = Document::new(&text);
    let sentences = sentiment::sentences(&document);
    assert!(!sentences.is_empty());
    assert!(sentences.iter().all(|s| s.score.is_finite() && s.score > 0.0 && s.drivers.len() <= 8));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gets_bounded_scores_and_drivers_inside_it(text in "\\PC{0,200}") {
            let analysis = analyze(&text, &Options::default());
            prop_assert!(analysis.sentiment.score.abs() <= 1.0);
            for sentence in &analysis.sentences {
                prop_assert!(sentence.sentiment.score.is_finite() && sentence.sentiment.score.abs() <= 1.0);
                for driver in &sentence.sentiment.drivers {
                    prop_assert!(driver.start >= sentence.start && driver.end <= sentence.end);
                    prop_assert_eq!(&text[driver.start..driver.end], driver.text.as_str());
                }
            }
        }
    }
}
