//! Floors on the quote stage's figures on PolNeAR dev (`newslens eval quotes`), so that a
//! regression fails loudly. Needs ../shared/data; skipped without it unless
//! NEWSLENS_REQUIRE_DATA=1.

use std::path::Path;
use std::process::Command;

const DEV: &str = "../shared/data/quotes/polnear/dev.jsonl";

/// Whether the data is there; without it the test is skipped, or fails when data is required.
fn data_present(path: &str) -> bool {
    if Path::new(path).exists() {
        return true;
    }
    assert!(
        std::env::var("NEWSLENS_REQUIRE_DATA").as_deref() != Ok("1"),
        "{path} is missing and NEWSLENS_REQUIRE_DATA=1"
    );
    eprintln!("skipped: quote figures need ../shared/data");
    false
}

/// The overlap F1 and the speaker accuracy of one track, read from the eval's table.
fn figures(output: &str, track: &str) -> (f64, f64) {
    let line = output.lines().find(|l| l.split_whitespace().next() == Some(track)).expect("a line per track");
    let fields: Vec<&str> = line.split_whitespace().collect();
    let number = |i: usize| fields[i].parse::<f64>().expect("a figure");
    (number(5), number(9))
}

#[test]
fn polnear_dev_figures_stay_above_their_floors() {
    if !data_present(DEV) {
        return;
    }
    let output =
        Command::new(env!("CARGO_BIN_EXE_newslens")).args(["eval", "quotes", DEV]).output().expect("the CLI runs");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let (quoted_f1, quoted_speaker) = figures(&text, "quoted");
    let (all_f1, _) = figures(&text, "all");
    let (direct_f1, _) = figures(&text, "direct");
    assert!(quoted_f1 >= 0.86, "quoted F1 {quoted_f1}\n{text}");
    assert!(quoted_speaker >= 0.80, "quoted speaker accuracy {quoted_speaker}\n{text}");
    assert!(direct_f1 >= 0.78, "direct F1 {direct_f1}\n{text}");
    assert!(all_f1 >= 0.53, "all F1 {all_f1}\n{text}");
}
