//! The `newslens` command line, run as a user runs it.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], input: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newslens binary runs");
    // Written from another thread so that a large output cannot block a large input; the
    // process may also exit without reading (a bad option), which is not an error here.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_owned();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let output = child.wait_with_output().expect("the newslens binary finishes");
    writer.join().expect("the writer thread ends");
    (
        String::from_utf8(output.stdout).expect("output is UTF-8"),
        String::from_utf8(output.stderr).expect("errors are UTF-8"),
        output.status.success(),
    )
}

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).expect("each output line is JSON")
}

#[test]
fn analyze_reads_stdin_and_prints_the_analysis() {
    let (out, _, ok) = run(&["analyze", "-"], "Mr. Blinken landed. He spoke.");
    assert!(ok);
    let analysis = json(&out);
    assert_eq!(analysis["sentences"][1]["text"], "He spoke.");
    assert_eq!(analysis["stats"]["sentences"], 2);
    assert_eq!(analysis["language"]["code"], "en");
    assert_eq!(analysis["paragraphs"][0]["kind"], "body");
    assert!(analysis["paragraphs"][0]["dateline"].is_null());
}

#[test]
fn offsets_are_bytes_by_default_and_utf16_on_request() {
    let text = "🙂 Kyiv.";
    let (bytes, _, _) = run(&["analyze", "-"], text);
    let (utf16, _, _) = run(&["analyze", "--offsets", "utf16", "-"], text);
    let (points, _, _) = run(&["analyze", "--offsets", "codepoints", "-"], text);
    assert_eq!(json(&bytes)["tokens"][1]["start"], 5);
    assert_eq!(json(&utf16)["tokens"][1]["start"], 3);
    assert_eq!(json(&points)["tokens"][1]["start"], 2);
}

#[test]
fn jsonl_keeps_order_reports_bad_lines_and_goes_on() {
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Story {i}. It ends.\"}}\n"));
        if i == 2500 {
            input.push_str("{not json\n\n{\"id\": \"no text\"}\n");
        }
    }
    let (out, _, ok) = run(&["analyze", "--jsonl", "-"], &input);
    assert!(ok);
    let lines: Vec<serde_json::Value> = out.lines().map(json).collect();
    assert_eq!(lines.len(), 5002);
    assert_eq!(lines[2501]["line"], 2502);
    assert!(lines[2501]["error"].as_str().is_some_and(|e| e.starts_with("line 2502:")));
    assert_eq!(lines[2502]["line"], 2504);
    let ids: Vec<i64> = lines.iter().filter_map(|l| l["id"].as_i64()).collect();
    assert_eq!(ids, (0..5000).collect::<Vec<_>>());
    assert_eq!(lines[4000]["analysis"]["sentences"][0]["text"], "Story 3998.");
}

#[test]
fn bad_options_and_missing_files_fail_with_a_message() {
    let (_, err, ok) = run(&["analyze", "--options", "{\"keyphrase\": 5}", "-"], "x");
    assert!(!ok && err.contains("unknown field `keyphrase`"), "{err}");
    let (_, err, ok) = run(&["analyze", "/nonexistent/file.txt"], "");
    assert!(!ok && err.contains("/nonexistent/file.txt"), "{err}");
}

#[test]
fn invalid_utf8_is_repaired_rather_than_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(["analyze", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the newslens binary runs");
    child.stdin.take().expect("stdin is piped").write_all(b"Bad \xff\xfe bytes.").expect("writing stdin");
    let output = child.wait_with_output().expect("finishes");
    assert!(output.status.success());
    let analysis = json(&String::from_utf8(output.stdout).expect("UTF-8 out"));
    assert_eq!(analysis["stats"]["sentences"], 1);
}
