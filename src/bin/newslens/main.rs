//! The `newslens` command line: analyse one file, or a stream of JSON lines on every core.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use newslens::{Analysis, Document, OffsetMap, OffsetUnit, Options, Output};

use newslens::eval;

#[cfg(feature = "train")]
mod train_ner;
#[cfg(feature = "train")]
mod train_pos;
#[cfg(feature = "train")]
mod train_sentiment;
#[cfg(feature = "train")]
mod train_targets;

/// Lines read before they are analysed together: enough to keep every core busy, few enough
/// that memory stays small and output starts soon.
const BATCH_LINES: usize = 2048;

#[derive(Parser)]
#[command(name = "newslens", version, about = "Analyse news articles: sentences, tokens and statistics as JSON")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis of a text file (or `-` for stdin) as JSON.
    ///
    /// Offsets (`start`, `end`) are UTF-8 byte offsets by default; `--offsets utf16` gives the
    /// offsets the JavaScript package returns, `--offsets codepoints` those Python slices by.
    ///
    /// With `--jsonl`, the input is JSON lines `{"id": ..., "text": ...}` and the output one line
    /// `{"id": ..., "analysis": {...}}` per input line, in input order, analysed on every core.
    /// A malformed line gives `{"line": N, "error": "..."}` and the run goes on; blank lines are
    /// skipped.
    Analyze {
        /// The file to read, or `-` for stdin.
        file: PathBuf,
        /// Read and write JSON lines.
        #[arg(long)]
        jsonl: bool,
        /// The unit of every offset: bytes, utf16 or codepoints.
        #[arg(long, default_value = "bytes", value_parser = clap::value_parser!(OffsetUnit))]
        offsets: OffsetUnit,
        /// Analysis options as JSON, the same object the JavaScript `analyze` takes, e.g. '{"tokens": false}'.
        #[arg(long, default_value = "{}")]
        options: String,
        /// Indent the JSON (single-document mode only).
        #[arg(long)]
        pretty: bool,
    },
    /// Measure a stage against annotated data.
    #[command(subcommand)]
    Eval(Eval),
    /// Regenerate a model from training data (built with `--features train`).
    #[cfg(feature = "train")]
    #[command(subcommand)]
    Train(Train),
}

#[derive(Subcommand)]
enum Eval {
    /// Accuracy (binary `sentence<TAB>label` files) or Pearson r (graded `id<TAB>rating<TAB>text`
    /// files) of the text scores, and tokens per second.
    Sentiment {
        files: Vec<PathBuf>,
        /// Passes over each file when timing.
        #[arg(long, default_value_t = 20)]
        repeat: usize,
    },
    /// Key phrases: P, R and F1 at 5 and 10 (stemmed exact match) on a folder with
    /// `docsutf8/*.txt` and `keys/*.key`, the first-ten-words baseline, and the speed.
    Keyphrases {
        dir: PathBuf,
        /// Also print the key phrases of the first N stories.
        #[arg(long, default_value_t = 0)]
        show: usize,
        /// Skip the speed measurement.
        #[arg(long)]
        no_speed: bool,
        /// Score the stage with part-of-speech tags refining its candidates (off in the
        /// analysis; the pipeline's figures stay as the analysis runs).
        #[arg(long)]
        pos: bool,
    },
    /// Alias merging and salience on the gold names of a CoNLL file (merge rates, groups of the
    /// first `--show N` stories), or the speed on a synthetic text of `--synthetic MB`.
    Entities {
        /// A CoNLL-format file, e.g. ../shared/data/conll2003/dev.txt.
        file: Option<PathBuf>,
        /// Time a synthetic text of about this many megabytes instead.
        #[arg(long, default_value_t = 0)]
        synthetic: usize,
        /// Print the entities of the first N stories.
        #[arg(long, default_value_t = 0)]
        show: usize,
    },
    /// Numeric and date rules on a CoNLL file: mentions per type, overlaps with gold names,
    /// coverage of CD tokens, speed (on plain text: mentions per type and speed).
    Numeric {
        /// A CoNLL-format file, e.g. ../shared/data/conll2003/dev.txt, or plain text.
        file: PathBuf,
        /// List up to N mentions that overlap names and N numbers left uncovered.
        #[arg(long, default_value_t = 0)]
        show: usize,
        /// Print every mention instead of the figures.
        #[arg(long)]
        list: bool,
    },
    /// Name tagger: per-type and overall precision, recall and F1 on a CoNLL-format file
    /// (conlleval: exact span and type), and the tagging speed.
    Ner(NerArgs),
    /// Sentiment toward the gold targets of a NewsMTSC-format file: macro-F1 over the three
    /// classes, accuracy and per-class figures, per `set` in the file.
    Targets { file: PathBuf },
    /// Summary: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (as the rouge-score package computes them)
    /// on JSON lines of articles with reference highlights, beside lead-3, with a paired
    /// bootstrap interval of the gain, and the stage's share of the pipeline's time.
    Summary {
        /// E.g. ../shared/data/summary/cnndm-valid.jsonl.
        file: PathBuf,
        /// Sentences a summary.
        #[arg(long, default_value_t = 3)]
        length: usize,
        /// Print the summaries of the first N articles.
        #[arg(long, default_value_t = 0)]
        show: usize,
        /// Write every system's predictions and references as JSON lines to this file.
        #[arg(long)]
        predictions: Option<PathBuf>,
    },
    /// Quotations: content P, R and F1 (overlap and exact match) and speaker accuracy on three
    /// tracks (all attributions, `direct`, `quoted`) of a PolNeAR-style JSON lines file.
    Quotes {
        /// JSON lines, e.g. ../shared/data/quotes/polnear/dev.jsonl.
        file: PathBuf,
        /// Print up to N errors (missed, extra, wrong speaker) of the track `--track`.
        #[arg(long, default_value_t = 0)]
        show: usize,
        /// The track whose errors `--show` prints: all, direct or quoted.
        #[arg(long, default_value = "quoted")]
        track: String,
    },
}

#[derive(clap::Args)]
struct NerArgs {
    /// A CoNLL-2003 format file (`word POS chunk NER` per line).
    file: PathBuf,
    /// Skip the document pass (to measure what it adds).
    #[arg(long)]
    no_document_pass: bool,
    /// Tag the file this many times and report the fastest pass (on a busy machine the
    /// fastest is the closest to the tagger's own speed); scores are from the first pass.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
    /// Also print each sentence with a wrong or missed name: `-` gold names missed, `+` wrong
    /// names found (type and tokens).
    #[arg(long)]
    errors: bool,
    /// Score FILE and then the held-out part of every extra set in this folder
    /// (`../shared/data/ner-extra`), one line each.
    #[arg(long, value_name = "NER_EXTRA_DIR")]
    by_source: Option<PathBuf>,
    /// Use this model file (from `newslens train ner --out`) in place of the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
}

#[cfg(feature = "train")]
#[derive(Subcommand)]
enum Train {
    /// The sentiment lexicon and weights, from sst2/ and lexicons/vader/ in DATA.
    Sentiment(train_sentiment::TrainSentiment),
    /// Name tagger: trains on DATA/train.txt (reports on DATA/dev.txt) and writes the model.
    Ner(train_ner::Args),
    /// Target sentiment: trains on DATA/entity-sentiment/newsmtsc/train.jsonl (reports on its dev.jsonl).
    Targets(train_targets::TrainTargets),
    /// Part-of-speech tagger: trains on DATA/train.txt (reports on DATA/dev.txt) and writes the model.
    Pos(train_pos::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze { file, jsonl, offsets, options, pretty } => parse_options(&options).and_then(|options| {
            if jsonl {
                analyze_lines(&file, &options, offsets)
            } else {
                analyze_file(&file, &options, offsets, pretty)
            }
        }),
        Command::Eval(Eval::Sentiment { files, repeat }) => eval::sentiment::run(&files, repeat),
        #[cfg(feature = "train")]
        Command::Train(Train::Sentiment(args)) => train_sentiment::run(&args),
        Command::Eval(Eval::Keyphrases { dir, show, no_speed, pos }) => eval::keyphrase::run(&dir, show, no_speed, pos),
        Command::Eval(Eval::Numeric { file, show, list }) => eval::numeric::run(&file, show, list),
        Command::Eval(Eval::Ner(args)) => match &args.by_source {
            Some(dir) => eval::ner::run_by_source(&args.file, dir, !args.no_document_pass, args.model.as_deref()),
            None => eval::ner::run(&args.file, !args.no_document_pass, args.repeat, args.errors, args.model.as_deref()),
        },
        Command::Eval(Eval::Targets { file }) => eval::targets::run(&file),
        #[cfg(feature = "train")]
        Command::Train(Train::Targets(args)) => train_targets::run(&args),
        Command::Eval(Eval::Summary { file, length, show, predictions }) => {
            eval::summary::run(&file, length, show, predictions.as_deref())
        }
        Command::Eval(Eval::Quotes { file, show, track }) => eval::quotes::run(&file, show, &track),
        #[cfg(feature = "train")]
        Command::Train(Train::Ner(args)) => train_ner::run(&args),
        #[cfg(feature = "train")]
        Command::Train(Train::Pos(args)) => train_pos::run(&args),
        Command::Eval(Eval::Entities { file, synthetic, show }) => {
            eval::entities::run(file.as_deref(), synthetic, show)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("newslens: {error}");
            ExitCode::FAILURE
        }
    }
}

fn parse_options(json: &str) -> io::Result<Options> {
    serde_json::from_str(json)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, format!("invalid --options: {error}")))
}

fn open(path: &PathBuf) -> io::Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    File::open(path)
        .map(|file| Box::new(file) as Box<dyn Read>)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))
}

fn analyze_text(text: &str, options: &Options, unit: OffsetUnit) -> Analysis {
    let mut analysis = newslens::analyze(text, options);
    if unit != OffsetUnit::Bytes {
        analysis.convert_offsets(&OffsetMap::new(text, unit));
    }
    analysis
}

fn analyze_file(path: &PathBuf, options: &Options, unit: OffsetUnit, pretty: bool) -> io::Result<()> {
    let mut bytes = Vec::new();
    open(path)?.read_to_end(&mut bytes)?;
    // Invalid UTF-8 is analysed rather than refused: each bad sequence becomes U+FFFD, so
    // byte offsets refer to the repaired text, which is what the output's `text` fields hold.
    let text = String::from_utf8_lossy(&bytes);
    // Tokens go from the document straight into the JSON (`Output`), never into a `String`
    // each: on a long text they would take more memory than the rest of the analysis.
    let document = Document::new(&text);
    let mut analysis = Analysis::from_document(&document, &Options { tokens: false, ..options.clone() });
    let map = OffsetMap::new(&text, unit);
    analysis.convert_offsets(&map);
    let output = Output { analysis: &analysis, document: &document, map: &map, tokens: options.tokens };
    let mut out = BufWriter::new(io::stdout().lock());
    if pretty {
        serde_json::to_writer_pretty(&mut out, &output)?;
    } else {
        serde_json::to_writer(&mut out, &output)?;
    }
    writeln!(out)?;
    out.flush()
}

#[derive(Deserialize)]
struct InputLine {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    analysis: Analysis,
}

#[derive(Serialize)]
struct ErrorLine {
    line: usize,
    error: String,
}

fn analyze_lines(path: &PathBuf, options: &Options, unit: OffsetUnit) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(1 << 20, open(path)?);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
    let mut line_number = 0;
    loop {
        batch.clear();
        while batch.len() < BATCH_LINES {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            line_number += 1;
            if !line.iter().all(u8::is_ascii_whitespace) {
                batch.push((line_number, line));
            }
        }
        if batch.is_empty() {
            return out.flush();
        }
        let results: Vec<Vec<u8>> =
            batch.par_iter().map(|(number, line)| analyze_line(*number, line, options, unit)).collect();
        for result in results {
            out.write_all(&result)?;
        }
    }
}

fn analyze_line(number: usize, line: &[u8], options: &Options, unit: OffsetUnit) -> Vec<u8> {
    let mut output = match serde_json::from_slice::<InputLine>(line) {
        Ok(input) => {
            let analysis = analyze_text(&input.text, options, unit);
            serde_json::to_vec(&OutputLine { id: &input.id, analysis })
        }
        Err(error) => serde_json::to_vec(&ErrorLine { line: number, error: format!("line {number}: {error}") }),
    }
    .unwrap_or_else(|error| format!("{{\"line\":{number},\"error\":\"cannot write output: {error}\"}}").into_bytes());
    output.push(b'\n');
    output
}
