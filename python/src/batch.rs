//! Analysing many texts: the JSON of one text, and a map over a batch on scoped threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use newslens::{Analysis, Document, OffsetMap, OffsetUnit, Options, Output};

/// The analysis of `text` as the CLI writes it with `--offsets codepoints`: tokens are written
/// straight from the document, as in the CLI, rather than built as strings first.
pub fn json(text: &str, options: &Options) -> String {
    analysis(text, options).1
}

/// The analysis of `text` (offsets in code points, no tokens kept) and its JSON, as [`json`].
pub fn analysis(text: &str, options: &Options) -> (Analysis, String) {
    let document = Document::new(text);
    let mut analysis = Analysis::from_document(&document, &Options { tokens: false, ..options.clone() });
    let map = OffsetMap::new(text, OffsetUnit::CodePoints);
    analysis.convert_offsets(&map);
    let output = Output { analysis: &analysis, document: &document, map: &map, tokens: options.tokens };
    // Serialising plain structs to a String cannot fail; the fallback keeps the call total.
    let json = serde_json::to_string(&output)
        .unwrap_or_else(|error| format!("{{\"error\":\"cannot write the analysis: {error}\"}}"));
    (analysis, json)
}

/// `f` over `items` in order, on up to `threads` threads that live only for this call (no pool
/// survives it, so a later `fork` finds no threads to lose). Threads take items one at a time,
/// so one long text does not hold back a whole share of the batch.
pub fn map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(index) else { break };
                let result = f(item);
                if let Ok(mut results) = results.lock() {
                    results[index] = Some(result);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner());
    // Every index below items.len() was taken by exactly one thread, which stored its result
    // (a panic inside `f` propagates out of the scope before this line).
    results.into_iter().map(|result| result.expect("every item was analysed")).collect()
}
