//! The part-of-speech tagger against CoNLL-2003 dev (needs `../shared/data`, or the folder in
//! `NEWSLENS_DATA`).

use newslens::pos::{accuracy, conll, shared};

#[path = "support/data.rs"]
mod data;

/// Accuracy on CoNLL-2003 English dev: 0.9334 when this floor was set (the figure
/// `newslens train pos` reported for the stored model; the per-form tagger gives the same tags).
#[test]
fn dev_accuracy_stays_above_its_floor() {
    let Some(data) = data::data("pos::dev_accuracy_stays_above_its_floor") else { return };
    let text = std::fs::read_to_string(data.join("conll2003/dev.txt")).expect("CoNLL-2003 dev reads");
    let sentences = conll::parse(&text).expect("dev parses");
    let accuracy = accuracy(shared().expect("the model loads"), &sentences);
    eprintln!("part-of-speech accuracy on CoNLL-2003 dev: {accuracy:.4}");
    assert!(accuracy >= 0.93, "accuracy {accuracy:.4} fell below the floor 0.93");
}
