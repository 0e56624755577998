//! The rules of alias merging, one behaviour a test, on short texts with hand-placed mentions;
//! the JSON shape; a property test; and a text with 100,000 mentions.

mod entity_support;

use entity_support::{group, mention, names_of, tag, LOC, MISC, ORG, PER};
use newslens::entity::{entities, Mention, MentionType};
use newslens::Document;
use proptest::prelude::*;

/// The entity name of each mention with text `surface`.
fn named(text: &str, names: &[(&str, MentionType)], surface: &str) -> Vec<String> {
    let (found, mentions) = group(text, names);
    names_of(&found, &mentions, surface)
}

#[test]
fn honorific_and_surname_join_the_full_name() {
    let text = "Secretary of State Antony J. Blinken arrived on Tuesday. Mr. Blinken met officials, and Blinken’s aides said Secretary Blinken would stay.";
    let (found, mentions) = group(text, &[("Antony J. Blinken", PER), ("Blinken", PER)]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Antony J. Blinken");
    assert_eq!(found[0].count, 4);
    assert!(mentions.iter().filter(|m| m.kind == PER).all(|m| m.entity == Some(0)));
    // The tagger may put the title and the possessive inside the span.
    let spans = [("Secretary of State Antony J. Blinken", PER), ("Mr. Blinken", PER), ("Blinken’s", PER)];
    let (found, _) = group(text, &spans);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].name, "Antony J. Blinken");
}

#[test]
fn a_surname_in_the_headline_joins_the_full_name_that_follows() {
    let text = "Scholz faces revolt over budget\n\nGerman Chancellor Olaf Scholz faced a revolt on Monday. Scholz said he would not resign.";
    assert_eq!(named(text, &[("Scholz", PER), ("Olaf Scholz", PER)], "Scholz"), ["Olaf Scholz", "Olaf Scholz"]);
}

#[test]
fn people_who_share_a_surname_stay_apart_and_a_bare_surname_takes_the_nearest() {
    let text = "Joe Biden spoke first. Biden thanked the crowd. Then Hunter Biden spoke, and Biden said his father was proud. Joe Biden left early.";
    let names = [("Joe Biden", PER), ("Hunter Biden", PER), ("Biden", PER)];
    let (found, mentions) = group(text, &names);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(names_of(&found, &mentions, "Biden"), ["Joe Biden", "Hunter Biden"]);
    assert_eq!(names_of(&found, &mentions, "Joe Biden"), ["Joe Biden", "Joe Biden"]);
}

#[test]
fn gendered_titles_keep_husband_and_wife_apart() {
    let text = "Joe Biden and Jill Biden arrived. Mrs. Biden smiled, and Mr. Biden waved. Mrs. Biden left first.";
    let names = [("Joe Biden", PER), ("Jill Biden", PER), ("Biden", PER)];
    let (found, mentions) = group(text, &names);
    assert_eq!(names_of(&found, &mentions, "Biden"), ["Jill Biden", "Joe Biden", "Jill Biden"]);
}

#[test]
fn a_first_name_joins_only_when_one_person_has_it() {
    let text =
        "Xi Jinping met Joe Biden. Xi said trade mattered. Later Joe Harris and Joe Biden spoke, and Joe laughed.";
    let names = [("Xi Jinping", PER), ("Xi", PER), ("Joe Biden", PER), ("Joe Harris", PER), ("Joe", PER)];
    let (found, mentions) = group(text, &names);
    assert_eq!(names_of(&found, &mentions, "Xi"), ["Xi Jinping"]);
    assert_eq!(names_of(&found, &mentions, "Joe"), ["Joe"]);
    assert_ne!(names_of(&found, &mentions, "Joe Harris"), names_of(&found, &mentions, "Joe Biden")[..1]);
}

#[test]
fn case_variants_are_one_entity_named_in_ordinary_case() {
    let text = "BLINKEN IN KYIV\n\nKYIV — Blinken arrived in Kyiv on Tuesday.";
    let (found, mentions) = group(text, &[("KYIV", LOC), ("Kyiv", LOC), ("BLINKEN", PER), ("Blinken", PER)]);
    assert_eq!(names_of(&found, &mentions, "KYIV"), ["Kyiv", "Kyiv"]);
    assert_eq!(names_of(&found, &mentions, "BLINKEN"), ["Blinken"]);
    assert_eq!(found.len(), 2);
}

#[test]
fn acronyms_join_their_expansion() {
    // Defined in brackets, from initials, or well known.
    let text = "The ICC acted. The International Criminal Court (ICC) issued a warrant. The European Central Bank held rates; the ECB meets again in June. The WHO and the World Health Organization's chief agreed.";
    let names = [
        ("ICC", ORG),
        ("International Criminal Court", ORG),
        ("European Central Bank", ORG),
        ("ECB", ORG),
        ("WHO", ORG),
        ("World Health Organization", ORG),
    ];
    let (found, mentions) = group(text, &names);
    assert_eq!(names_of(&found, &mentions, "ICC"), ["International Criminal Court", "International Criminal Court"]);
    assert_eq!(names_of(&found, &mentions, "ECB"), ["European Central Bank"]);
    assert_eq!(names_of(&found, &mentions, "WHO"), ["World Health Organization"]);
    assert_eq!(found.len(), 3);
}

#[test]
fn countries_short_forms_are_one_place() {
    let text = "The U.S. and the UK agreed. America will pay, the United States said, and Britain and the United Kingdom welcomed it. US officials and U.K. ministers met.";
    let names = [
        ("U.S.", LOC),
        ("UK", LOC),
        ("America", LOC),
        ("United States", LOC),
        ("Britain", LOC),
        ("United Kingdom", LOC),
        ("US", LOC),
        ("U.K.", LOC),
    ];
    let (found, mentions) = group(text, &names);
    assert_eq!(found.len(), 2, "{found:?}");
    for surface in ["U.S.", "America", "US"] {
        assert_eq!(names_of(&found, &mentions, surface), ["United States"]);
    }
    for surface in ["UK", "Britain", "U.K."] {
        assert_eq!(names_of(&found, &mentions, surface), ["United Kingdom"]);
    }
}

#[test]
fn the_same_text_typed_differently_is_one_entity() {
    let text = "Jordan closed its border. Jordan said refugees would be helped. Jordan is a key ally.";
    let mut mentions = tag(text, &[("Jordan", LOC)]);
    mentions[1].kind = MentionType::Person;
    mentions[1].confidence = 0.55;
    let found = entities(&Document::new(text), &mut mentions);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, MentionType::Location);
    assert!(mentions.iter().filter(|m| m.kind == PER).all(|m| m.entity == Some(0)));
}

#[test]
fn an_unsure_name_that_is_a_surname_joins_the_person() {
    let text = "Antony Blinken landed. Blinken met the press. Later Blinken flew home.";
    let mut mentions = tag(text, &[("Antony Blinken", PER), ("Blinken", PER)]);
    mentions[1].kind = MentionType::Location;
    mentions[1].confidence = 0.4;
    mentions[2].kind = MentionType::Organization;
    mentions[2].confidence = 0.95;
    let found = entities(&Document::new(text), &mut mentions);
    assert_eq!(mentions[1].entity, mentions[0].entity);
    assert_ne!(mentions[2].entity, mentions[0].entity, "a sure organization keeps its type");
    assert_eq!(found.len(), 2);
}

#[test]
fn organizations_join_their_short_forms_but_not_their_neighbours() {
    let text = "Goldman Sachs Group Inc. reported. Goldman said profits rose. Manchester United beat Manchester City; United scored twice and Manchester celebrated. The Bank of England held rates as England played.";
    let names = [
        ("Goldman Sachs Group Inc.", ORG),
        ("Goldman", ORG),
        ("Manchester United", ORG),
        ("Manchester City", ORG),
        ("United", ORG),
        ("Manchester", ORG),
        ("Bank of England", ORG),
        ("England", ORG),
    ];
    let (found, mentions) = group(text, &names);
    assert_eq!(names_of(&found, &mentions, "Goldman"), ["Goldman Sachs Group Inc."]);
    assert_eq!(names_of(&found, &mentions, "United"), ["Manchester United"]);
    assert_eq!(names_of(&found, &mentions, "Manchester"), ["Manchester"]);
    assert_eq!(names_of(&found, &mentions, "England"), ["England"]);
}

#[test]
fn title_like_words_stay_in_organization_names() {
    let text = "General Motors recalled cars. General Mark Milley spoke. Milley said nothing about General Motors.";
    let (found, mentions) = group(text, &[("General Motors", ORG), ("Mark Milley", PER), ("Milley", PER)]);
    assert_eq!(names_of(&found, &mentions, "General Motors"), ["General Motors", "General Motors"]);
    assert_eq!(names_of(&found, &mentions, "Milley"), ["Mark Milley"]);
}

#[test]
fn surname_particles_and_suffixes_are_part_of_the_surname() {
    let text = "Ursula von der Leyen spoke. Von der Leyen said von der Leyen would stay. Joseph R. Biden Jr. replied; Biden agreed. Ben Wallace and Charles de Gaulle met. De Gaulle left. Wallace stayed.";
    let names = [
        ("Ursula von der Leyen", PER),
        ("von der Leyen", PER),
        ("Von der Leyen", PER),
        ("Joseph R. Biden Jr.", PER),
        ("Biden", PER),
        ("Ben Wallace", PER),
        ("Charles de Gaulle", PER),
        ("De Gaulle", PER),
        ("Wallace", PER),
    ];
    let (found, mentions) = group(text, &names);
    assert_eq!(names_of(&found, &mentions, "Von der Leyen"), ["Ursula von der Leyen"]);
    assert_eq!(names_of(&found, &mentions, "De Gaulle"), ["Charles de Gaulle"]);
    assert_eq!(names_of(&found, &mentions, "Wallace"), ["Ben Wallace"]);
    assert_eq!(names_of(&found, &mentions, "von der Leyen"), ["Ursula von der Leyen"]);
    assert_eq!(names_of(&found, &mentions, "Biden"), ["Joseph R. Biden Jr."]);
}

#[test]
fn numbers_and_dates_get_no_entity() {
    let text = "Blinken arrived on Tuesday with $1.2 billion in aid, his fourth visit since 2022.";
    let (found, mentions) = group(text, &[("Blinken", PER)]);
    assert_eq!(found.len(), 1);
    assert!(mentions.len() > 2, "{mentions:?}");
    for mention in &mentions {
        assert_eq!(mention.entity.is_some(), mention.kind == MentionType::Person, "{mention:?}");
    }
}

#[test]
fn entities_serialise_in_the_documented_shape() {
    let text = "Kyiv\n\nBlinken landed in Kyiv.";
    let (found, mentions) = group(text, &[("Kyiv", LOC), ("Blinken", PER)]);
    let json = serde_json::to_value(&found[0]).expect("entities serialise");
    assert_eq!(
        json,
        serde_json::json!({"id": 0, "name": "Kyiv", "type": "location", "salience": 1.0, "count": 2, "firstStart": 0, "mentions": [0, 2]})
    );
    let json = serde_json::to_value(&mentions[1]).expect("mentions serialise");
    assert_eq!(json["entity"], 1);
    let json = serde_json::to_value(mention(0, "x", MISC)).expect("mentions serialise");
    assert!(json.get("entity").is_none(), "no entity, no field: {json}");
}

#[test]
fn salience_is_sorted_within_bounds_with_the_top_entity_at_one() {
    let text = "Zelensky visits Washington\n\nUkrainian President Volodymyr Zelensky arrived in Washington. Zelensky met lawmakers. Officials in Ottawa watched.";
    let (found, _) = group(
        text,
        &[("Zelensky", PER), ("Volodymyr Zelensky", PER), ("Washington", LOC), ("Ukrainian", MISC), ("Ottawa", LOC)],
    );
    assert_eq!(found[0].name, "Volodymyr Zelensky");
    assert_eq!(found[0].salience, 1.0);
    assert!(found.windows(2).all(|w| w[0].salience >= w[1].salience));
    assert!(found.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
    assert_eq!(found.last().map(|e| e.name.as_str()), Some("Ottawa"));
}

#[test]
fn a_hundred_thousand_mentions_of_a_few_names_group_in_one_pass() {
    let sentence =
        "Antony Blinken met Olaf Scholz in Berlin. Blinken said Mr. Scholz and Britain agreed with the U.S. and NATO. ";
    let mut text = String::new();
    let mut mentions: Vec<Mention> = Vec::new();
    let names = [
        ("Antony Blinken", PER),
        ("Olaf Scholz", PER),
        ("Berlin", LOC),
        ("Blinken", PER),
        ("Scholz", PER),
        ("Britain", LOC),
        ("U.S.", LOC),
        ("NATO", ORG),
    ];
    let template = tag(sentence, &names);
    assert_eq!(template.len(), 8);
    while mentions.len() < 100_000 {
        let offset = text.len();
        text.push_str(sentence);
        mentions.extend(template.iter().map(|m| Mention { start: m.start + offset, end: m.end + offset, ..m.clone() }));
    }
    let found = entities(&Document::new(&text), &mut mentions);
    let mut names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Antony Blinken", "Berlin", "Britain", "NATO", "Olaf Scholz", "U.S."]);
    assert_eq!(found.iter().map(|e| e.count).sum::<usize>(), 100_000);
}

proptest! {
    #[test]
    fn any_text_and_any_spans_give_consistent_entities(text in "\\PC{0,120}", spans in prop::collection::vec((0usize..130, 0usize..12, 0usize..4, 0.0f32..1.0), 0..12)) {
        let kinds = [PER, LOC, ORG, MentionType::Date];
        let mut mentions: Vec<Mention> = spans
            .iter()
            .filter_map(|&(start, length, kind, confidence)| {
                let start = (0..=start.min(text.len())).rev().find(|&i| text.is_char_boundary(i))?;
                let end = (start..=(start + length).min(text.len())).rev().find(|&i| text.is_char_boundary(i))?;
                Some(Mention { start, end, text: text[start..end].to_string(), kind: kinds[kind], confidence, value: None, entity: None, sentiment: None })
            })
            .collect();
        let found = entities(&Document::new(&text), &mut mentions);
        for (id, entity) in found.iter().enumerate() {
            prop_assert_eq!(entity.id, id);
            prop_assert!((0.0..=1.0).contains(&entity.salience));
            prop_assert_eq!(entity.count, entity.mentions.len());
            for &i in &entity.mentions {
                prop_assert_eq!(mentions[i].entity, Some(id));
            }
        }
        prop_assert!(found.windows(2).all(|w| w[0].salience >= w[1].salience));
        let grouped = mentions.iter().filter(|m| m.entity.is_some()).count();
        prop_assert_eq!(grouped, found.iter().map(|e| e.count).sum::<usize>());
    }
}
