//! The part-of-speech tagger against CoNLL-2003 dev (needs `../shared/data`, or the folder in
//! `NEWSLENS_DATA`).

use newslens::pos::{accuracy, conll, shared};

/// Accuracy on CoNLL-2003 English dev: 0.9334 when this floor was set (the figure
/// `newslens train pos` reported for the stored model; the per-form tagger gives the same tags).
#[test]
fn dev_accuracy_stays_above_its_floor() {
    let data = std::env::var("NEWSLENS_DATA")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data").to_owned());
    let Ok(text) = std::fs::read_to_string(format!("{data}/conll2003/dev.txt")) else {
        assert!(std::env::var("NEWSLENS_REQUIRE_DATA").as_deref() != Ok("1"), "CoNLL-2003 dev is missing");
        eprintln!("skipped: dev_accuracy_stays_above_its_floor needs ../shared/data");
        return;
    };
    let sentences = conll::parse(&text).expect("dev parses");
    let accuracy = accuracy(shared().expect("the model loads"), &sentences);
    eprintln!("part-of-speech accuracy on CoNLL-2003 dev: {accuracy:.4}");
    assert!(accuracy >= 0.93, "accuracy {accuracy:.4} fell below the floor 0.93");
}
