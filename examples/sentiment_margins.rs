//! Prints the linear sentiment model's margin (log-odds of positive) for each line of stdin,
//! the mean over the line's sentences, one per line: the input to the network experiment in
//! `scripts/sentiment_dan.py`.
//!
//!     cargo run --release --example sentiment_margins -- MODEL.bin LEXICON.tsv < lines.txt

use std::io::{self, BufRead, Write};

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, model, lexicon] = args.as_slice() else {
        eprintln!("usage: sentiment_margins MODEL.bin LEXICON.tsv < lines");
        std::process::exit(2);
    };
    let model = std::fs::read(model)?;
    let lexicon = std::fs::read_to_string(lexicon)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let line = line?;
        let margins = newslens::internals::margins_with(&model, &lexicon, &line)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
        let mean = if margins.is_empty() { 0.0 } else { margins.iter().sum::<f32>() / margins.len() as f32 };
        writeln!(out, "{mean}")?;
    }
    Ok(())
}
