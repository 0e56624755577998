//! `newslens train ner DATA`: trains the name tagger on DATA/train.txt and writes the model.

use std::io;
use std::path::PathBuf;

use newslens::internals::train::{self as features, train_tagger as train, TrainOptions};

#[derive(clap::Args)]
pub struct Args {
    /// The CoNLL-2003 folder holding train.txt and dev.txt.
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner/tagger.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = 25)]
    epochs: usize,
    #[arg(long, default_value_t = 2003)]
    seed: u64,
    /// Do not add copies of training documents in capitals and lower case.
    #[arg(long)]
    no_augment: bool,
    #[arg(long, default_value_t = 1.0)]
    clip_quantile: f64,
    /// Drop weights smaller than this in absolute value (keeps the model small).
    #[arg(long, default_value_t = 1.2)]
    prune: f32,
    /// Leave out feature groups, to measure what they add: any of clusters, lists, document
    /// (comma separated). The model written then does not match the tagger: use the reported
    /// dev figures only.
    #[arg(long, value_delimiter = ',')]
    without: Vec<String>,
}

pub fn run(args: &Args) -> io::Result<()> {
    let read = |name: &str| {
        let path = args.data.join(name);
        std::fs::read_to_string(&path)
            .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))
    };
    let mut command = format!(
        "cargo run --release --features train -- train ner <conll2003 folder> --epochs {} --seed {} --prune {}",
        args.epochs, args.seed, args.prune
    );
    if args.no_augment {
        command += " --no-augment";
    }
    let mut groups = features::ALL_GROUPS;
    for group in &args.without {
        groups &= !match group.as_str() {
            "clusters" => features::CLUSTERS,
            "lists" => features::LISTS,
            "document" => features::DOCUMENT,
            other => return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("unknown feature group {other}"))),
        };
    }
    let options = TrainOptions {
        groups,
        epochs: args.epochs,
        seed: args.seed,
        augment: !args.no_augment,
        clip_quantile: args.clip_quantile,
        prune: args.prune,
        command,
    };
    let (bytes, report) = train(&read("train.txt")?, &read("dev.txt")?, &options)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
    std::fs::write(&args.out, &bytes)?;
    println!("{report}wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(())
}
