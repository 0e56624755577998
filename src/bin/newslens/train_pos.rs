//! `newslens train pos DATA`: trains the part-of-speech tagger on DATA/train.txt, reports its
//! accuracy and noun-phrase F1 on DATA/dev.txt, and writes the model.

use std::io;
use std::path::PathBuf;

use newslens::pos::train::{train, TrainOptions};

#[derive(clap::Args)]
pub struct Args {
    /// The CoNLL-2003 folder holding train.txt and dev.txt.
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/pos.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = 6)]
    epochs: usize,
    #[arg(long, default_value_t = 2003)]
    seed: u64,
    /// Drop averaged weights smaller than this in absolute value (keeps the model small).
    #[arg(long, default_value_t = 0.5)]
    prune: f32,
}

pub fn run(args: &Args) -> io::Result<()> {
    let read = |name: &str| {
        let path = args.data.join(name);
        std::fs::read_to_string(&path)
            .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))
    };
    let command = format!(
        "cargo run --release --features train -- train pos <conll2003 folder> --epochs {} --seed {} --prune {}",
        args.epochs, args.seed, args.prune
    );
    let options = TrainOptions { epochs: args.epochs, seed: args.seed, prune: args.prune, command };
    let (bytes, report) = train(&read("train.txt")?, &read("dev.txt")?, &options)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
    std::fs::write(&args.out, &bytes)?;
    println!("{report}wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(())
}
