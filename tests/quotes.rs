//! Floors on the quote stage's figures on PolNeAR dev, measured by the code of `newslens eval
//! quotes` (`newslens::eval::quotes`), so that a regression fails loudly. Needs ../shared/data;
//! skipped with one line without it unless NEWSLENS_REQUIRE_DATA=1.

use newslens::eval::quotes::{read, score, TRACKS};

#[path = "support/data.rs"]
mod data;

#[test]
fn polnear_dev_figures_stay_above_their_floors() {
    let Some(data) = data::data("quotes::polnear_dev_figures_stay_above_their_floors") else { return };
    let articles = read(&data.join("quotes/polnear/dev.jsonl")).expect("the shared data holds PolNeAR dev");
    let (counts, _) = score(&articles, 0, "", &mut std::io::sink()).expect("scoring writes nowhere");
    let track = |name: &str| {
        let at = TRACKS.iter().position(|(_, n)| *n == name).expect("a track of that name");
        (counts[at].overlap_prf()[2], counts[at].speaker())
    };
    let (quoted_f1, quoted_speaker) = track("quoted");
    let (direct_f1, _) = track("direct");
    let (all_f1, _) = track("all");
    eprintln!(
        "PolNeAR dev F1: quoted {quoted_f1:.3} (speaker {quoted_speaker:.3}), direct {direct_f1:.3}, all {all_f1:.3}"
    );
    assert!(quoted_f1 >= 0.86, "quoted F1 {quoted_f1}");
    assert!(quoted_speaker >= 0.80, "quoted speaker accuracy {quoted_speaker}");
    assert!(direct_f1 >= 0.78, "direct F1 {direct_f1}");
    assert!(all_f1 >= 0.53, "all F1 {all_f1}");
}
