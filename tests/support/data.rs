//! The shared data beside the repository (`../shared/data`), for the tests that read it.
//!
//! A fresh clone without `../shared` still passes: each such test prints one line saying what
//! it skipped and returns. CI sets `NEWSLENS_REQUIRE_DATA=1` (`.ci/run`), so there the data's
//! absence fails the test instead. `NEWSLENS_DATA` points elsewhere (a test of the skip:
//! `NEWSLENS_DATA=/nonexistent cargo test --test ner`).

use std::io::Write;
use std::path::PathBuf;

/// The data folder, or `None` (after one line on stderr) when it is absent and may be.
pub fn data(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSLENS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("NEWSLENS_REQUIRE_DATA").is_some_and(|v| v == "1") {
        panic!("{test} needs ../shared/data, which is not at {} (NEWSLENS_REQUIRE_DATA=1)", dir.display());
    }
    // Straight to stderr, not `eprintln!`, which the test harness captures for passing tests.
    let line = format!("skipped: {test} needs ../shared/data (set NEWSLENS_REQUIRE_DATA=1 to fail instead)\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
    None
}
