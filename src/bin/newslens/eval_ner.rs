//! `newslens eval ner FILE`: the name tagger's conlleval scores on a CoNLL-format file.

use std::io;
use std::path::PathBuf;
use std::time::Instant;

use newslens::entity::tagger::{conll, evaluate, Tagger};

#[derive(clap::Args)]
pub struct Args {
    /// A CoNLL-2003 format file (`word POS chunk NER` per line).
    file: PathBuf,
    /// Skip the document pass (to measure what it adds).
    #[arg(long)]
    no_document_pass: bool,
}

pub fn run(args: &Args) -> io::Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", args.file.display())))?;
    let docs = conll::parse(&text).map_err(|error| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {error}", args.file.display())))?;
    let load = Instant::now();
    let mut tagger = Tagger::embedded().map_err(|error| io::Error::other(error.to_string()))?;
    let load = load.elapsed();
    tagger.consistency = !args.no_document_pass;
    let start = Instant::now();
    let scores = evaluate(&tagger, &docs);
    let seconds = start.elapsed().as_secs_f64();
    println!("{scores}");
    println!(
        "{} documents, {} tokens in {:.3} s: {:.0} tokens/s (one thread, tagging and document pass); model load {:.1} ms",
        docs.len(),
        scores.tokens,
        seconds,
        scores.tokens as f64 / seconds,
        load.as_secs_f64() * 1000.0
    );
    Ok(())
}
