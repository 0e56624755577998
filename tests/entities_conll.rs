//! A floor on the CoNLL-2003 dev proxy that `newslens eval entities` prints: the share of
//! one-word person mentions (gold spans) that join a person named in full in the same story.
//! Measured 83.9% (510 of 608) when the floor was set.

use newslens::eval::entities;

#[path = "support/data.rs"]
mod data;

#[test]
fn most_bare_surnames_in_conll_dev_join_a_full_name() {
    let Some(data) = data::data("entities_conll::most_bare_surnames_in_conll_dev_join_a_full_name") else { return };
    let source = std::fs::read_to_string(data.join("conll2003/dev.txt")).expect("the shared data holds CoNLL dev");
    let (stories, _, figures) = entities::grouped(&source);
    assert!(stories.len() > 200, "{} stories", stories.len());
    assert!(figures.single > 500, "{} one-word person mentions", figures.single);
    let rate = figures.joined as f64 / figures.single as f64;
    assert!(rate >= 0.82, "surname merge rate {rate:.3} below the floor of 0.82");
    assert!(figures.groups * 3 > figures.mentions, "{} entities for {} mentions", figures.groups, figures.mentions);
}
