//! The name tagger on real data: a floor on CoNLL-2003 dev F1, and golden sentences of 2020s
//! news with names the 1996 training data never saw.

use newslens::entity::{mentions, MentionType};
use newslens::eval::ner::{evaluate, evaluate_without_misc};
use newslens::eval::{conll, sources};
use newslens::internals::Tagger;
use newslens::Document;

#[path = "support/data.rs"]
mod data;

/// Set a little under what the shipped model reaches (see models/README.md).
const DEV_F1_FLOOR: f64 = 0.93;

/// Floors on the held-out part of each extra set the shipped model learned from (see
/// models/README.md: a little under its figures, and far above the CoNLL-only model's, given
/// in the comments), scored as `newslens eval ner --by-source` does.
const HELD_OUT_FLOORS: [(&str, f64); 8] = [
    ("gum", 0.66),      // CoNLL only: 0.619
    ("crossner", 0.72), // 0.540
    ("redocred", 0.70), // 0.610
    ("uner-pud", 0.74), // 0.713
    ("uner-ewt", 0.67), // 0.620
    ("wnut17", 0.50),   // 0.368
    ("btc", 0.64),      // 0.327
    ("tweebank", 0.48), // 0.297
];

#[test]
fn held_out_parts_of_the_extra_sets_stay_above_their_floors() {
    let Some(data) = data::data("ner::held_out_parts_of_the_extra_sets_stay_above_their_floors") else { return };
    let tagger = Tagger::shared().expect("the embedded model loads");
    let mut failures = Vec::new();
    for (name, floor) in HELD_OUT_FLOORS {
        let source = sources::find(name).expect("a known set");
        let split = sources::read(&data.join("ner-extra"), source).expect("the set reads");
        let scores = evaluate_without_misc(tagger, &split.held_out, source.misc);
        let f1 = scores.overall().2;
        if f1 < floor {
            failures.push(format!("{name}: {f1:.4} under {floor}\n{scores}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dev_f1_stays_above_the_floor() {
    let Some(data) = data::data("ner::dev_f1_stays_above_the_floor") else { return };
    let text = std::fs::read_to_string(data.join("conll2003/dev.txt")).expect("the shared data holds CoNLL dev");
    let docs = conll::parse(&text).expect("dev parses");
    let tagger = Tagger::shared().expect("the embedded model loads");
    let scores = evaluate(tagger, &docs);
    let (_, _, f1) = scores.overall();
    assert!(f1 >= DEV_F1_FLOOR, "dev F1 {f1:.4} fell under {DEV_F1_FLOOR}\n{scores}");
}

fn names(text: &str) -> Vec<(String, MentionType)> {
    let document = Document::new(text);
    mentions(&document)
        .into_iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionType::Person | MentionType::Location | MentionType::Organization | MentionType::Misc
            )
        })
        .map(|m| (m.text, m.kind))
        .collect()
}

fn has(found: &[(String, MentionType)], text: &str, kind: MentionType) -> bool {
    found.iter().any(|(t, k)| t == text && *k == kind)
}

macro_rules! expect {
    ($text:expr, $( ($name:expr, $kind:ident) ),* $(,)?) => {{
        let found = names($text);
        $( assert!(has(&found, $name, MentionType::$kind), "{:?} not found as {} in {:?}: {:?}", $name, stringify!($kind), $text, found); )*
        found
    }};
}

#[test]
fn unseen_leaders_are_people_from_their_titles_and_verbs() {
    expect!(
        "Ukrainian President Volodymyr Zelensky met Vice President Kamala Harris in Munich on Saturday.",
        ("Volodymyr Zelensky", Person),
        ("Kamala Harris", Person),
        ("Munich", Location),
        ("Ukrainian", Misc),
    );
    expect!(
        "Foreign Minister Andrii Sybiha said Kyiv would not accept any deal made without Ukraine.",
        ("Andrii Sybiha", Person),
        ("Kyiv", Location),
        ("Ukraine", Location),
    );
}

#[test]
fn a_surname_alone_keeps_the_type_of_the_full_name() {
    let found = expect!(
        "Volodymyr Zelensky arrived in Washington on Thursday. Zelensky’s visit came as Congress debated aid.",
        ("Volodymyr Zelensky", Person),
        ("Zelensky", Person),
        ("Washington", Location),
        ("Congress", Organization),
    );
    assert!(!found.iter().any(|(t, _)| t.contains('’')), "the possessive stays outside the name: {found:?}");
}

/// The names the whole analysis reports (after the article stage drops boilerplate).
fn analyzed(text: &str) -> Vec<(String, MentionType)> {
    newslens::analyze(text, &newslens::Options::default())
        .mentions
        .into_iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionType::Person | MentionType::Location | MentionType::Organization | MentionType::Misc
            )
        })
        .map(|m| (m.text, m.kind))
        .collect()
}

/// The types given to `name` wherever it is found alone.
fn types_of(found: &[(String, MentionType)], name: &str) -> Vec<MentionType> {
    found.iter().filter(|(t, _)| t == name).map(|(_, k)| *k).collect()
}

#[test]
fn a_titled_surname_is_a_person_and_so_is_the_bare_surname_after_it() {
    let found = analyzed(
        "President Biden arrived in Warsaw on Tuesday for talks with allies. Biden said the alliance \
         was more united than ever, and officials in the Biden administration promised more aid.",
    );
    assert_eq!(types_of(&found, "Biden"), [MentionType::Person; 3], "{found:?}");
}

#[test]
fn a_person_named_as_a_modifier_is_a_person() {
    let found = analyzed("The Biden administration announced new sanctions on Tuesday.");
    assert_eq!(types_of(&found, "Biden"), [MentionType::Person], "{found:?}");
    let found = analyzed("Officials said the Trump campaign had raised more money than expected.");
    assert_eq!(types_of(&found, "Trump"), [MentionType::Person], "{found:?}");
}

#[test]
fn a_famous_surname_alone_is_a_person() {
    let found =
        analyzed("Critics say the purge recalled the worst years under Stalin, when millions were sent to camps.");
    assert_eq!(types_of(&found, "Stalin"), [MentionType::Person], "{found:?}");
}

#[test]
fn a_feed_footer_after_the_article_yields_no_organization() {
    let text = "Secretary of State Antony Blinken arrived in Kyiv on Wednesday for talks with Ukrainian officials \
                about the war and the country's bid to join NATO. He met President Volodymyr Zelensky and Foreign \
                Minister Dmytro Kuleba, and visited a hospital where soldiers wounded near Kharkiv were treated. \
                Officials said the visit would last two days. The post In Kyiv, Blinken Discusses Ukraine's Push \
                for NATO Membership appeared first on Example News.";
    let found = analyzed(text);
    assert!(has(&found, "Antony Blinken", MentionType::Person), "{found:?}");
    assert!(has(&found, "Kharkiv", MentionType::Location), "{found:?}");
    let organizations: Vec<&str> =
        found.iter().filter(|(_, k)| *k == MentionType::Organization).map(|(t, _)| t.as_str()).collect();
    assert_eq!(organizations, ["NATO"], "only the article's organization: {found:?}");
    // The same footer as a paragraph of its own, after a short article.
    let found = analyzed(&text.replace(" The post", "\n\nThe post"));
    assert!(!found.iter().any(|(t, _)| t.contains("Discusses") || t == "Example News"), "{found:?}");
}

/// CoNLL-2003 tags a seat of government as a place even when it acts ("the White House said" is
/// LOC in dev, the Kremlin 11 times LOC in train); the document pass makes it the organization it
/// stands for when it acts, as a reader means it (dev F1 0.9403 → 0.9401), and a place otherwise.
#[test]
fn seats_of_government_are_the_government_when_they_act_and_places_otherwise() {
    let found = analyzed("The Kremlin said on Thursday that the talks had failed.");
    assert!(has(&found, "Kremlin", MentionType::Organization), "{found:?}");
    let found = analyzed("Reporters waited outside the Kremlin on Thursday as the talks went on.");
    assert!(!has(&found, "Kremlin", MentionType::Organization), "{found:?}");
}

#[test]
fn organizations_are_found_by_their_form_and_context() {
    expect!(
        "Shares of Nvidia Corp. rose 4% after the European Central Bank held rates, Reuters reported.",
        ("Nvidia Corp.", Organization),
        ("European Central Bank", Organization),
        ("Reuters", Organization),
    );
}

#[test]
fn headlines_in_capitals_still_yield_names() {
    expect!("ZELENSKY MEETS BIDEN IN KYIV AS RUSSIA PRESSES ATTACK", ("KYIV", Location), ("RUSSIA", Location));
}

#[test]
fn ordinary_capitalised_words_are_not_names() {
    let found = names("However, Officials said on Monday that The talks would resume. Inflation Fell Sharply.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn mentions_have_confidences_in_range_and_match_their_text() {
    let text = "Prime Minister Keir Starmer spoke with Emmanuel Macron about NATO. 🇺🇦 Kyiv welcomed it.";
    let document = Document::new(text);
    let found = mentions(&document);
    assert!(!found.is_empty());
    for m in &found {
        assert_eq!(&text[m.start..m.end], m.text);
        assert!((0.0..=1.0).contains(&m.confidence), "{m:?}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_text_gives_mentions_in_bounds_in_order_without_overlap(text in "(\\PC|[A-Z][a-z]{1,8}|[A-Z]{2,5}| |\\.|’s|\n){0,60}") {
            let document = Document::new(&text);
            let found = mentions(&document);
            let mut last_end = 0;
            for m in &found {
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                prop_assert!(m.start >= last_end);
                prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
                prop_assert!((0.0..=1.0).contains(&m.confidence));
                last_end = m.end;
            }
        }
    }
}

#[test]
fn common_words_capitalised_in_a_headline_are_not_names() {
    let found = analyzed(
        "Harbor City Approves $1.2 Billion Sea Wall After Record Flooding\n\nThe city council voted on Wednesday to build a sea wall along the estuary. The wall will cost $1.2 billion.",
    );
    assert!(!found.iter().any(|(t, _)| t.contains("Sea Wall")), "{found:?}");
}

#[test]
fn an_unsure_name_coordinated_with_a_sure_one_takes_its_type() {
    let found = analyzed(
        "Shipping companies were more upbeat. Maersk and the Port of Rotterdam Authority said in a joint statement that the delays had cost the industry millions.",
    );
    assert!(has(&found, "Maersk", MentionType::Organization), "{found:?}");
}
