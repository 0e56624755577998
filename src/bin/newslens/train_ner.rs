//! `newslens train ner DATA`: trains the name tagger on DATA/train.txt and writes the model.

use std::io;
use std::path::PathBuf;

use newslens::internals::train::{self as features, sources, train_tagger as train, Extra, TrainOptions};

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

#[derive(clap::Args)]
pub struct Args {
    /// The CoNLL-2003 folder holding train.txt and dev.txt.
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner/tagger.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    #[arg(long, default_value_t = 2003)]
    seed: u64,
    /// Do not add copies of training documents in capitals and lower case.
    #[arg(long)]
    no_augment: bool,
    #[arg(long, default_value_t = 1.0)]
    clip_quantile: f64,
    /// Drop weights smaller than this in absolute value (keeps the model small).
    #[arg(long, default_value_t = 0.9)]
    prune: f32,
    /// Leave out feature groups, to measure what they add: any of clusters, lists, document
    /// (comma separated). The model written then does not match the tagger: use the reported
    /// dev figures only.
    #[arg(long, value_delimiter = ',')]
    without: Vec<String>,
    /// Train this many times (seeds SEED, SEED+1, ...) and average the weights.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Leave out features seen in fewer training tokens than this.
    #[arg(long, default_value_t = 5)]
    min_count: usize,
    /// Keep at most this many weights not zero (raises the prune threshold as needed).
    #[arg(long)]
    keep: Option<usize>,
    /// The folder of the extra sets (`../shared/data/ner-extra`), for `--sets`.
    #[arg(long)]
    extra: Option<PathBuf>,
    /// Extra sets to train on (their training parts), each as NAME or NAME:WEIGHT, comma
    /// separated (e.g. `gum,crossner:0.5`); their held-out parts are scored in the report.
    #[arg(long, value_delimiter = ',')]
    sets: Vec<String>,
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
    if args.runs > 1 {
        command += &format!(" --runs {}", args.runs);
    }
    if args.min_count > 1 {
        command += &format!(" --min-count {}", args.min_count);
    }
    if let Some(keep) = args.keep {
        command += &format!(" --keep {keep}");
    }
    let mut extra = Vec::new();
    if !args.sets.is_empty() {
        let dir = args.extra.as_ref().ok_or_else(|| invalid("--sets needs --extra DIR".to_owned()))?;
        command += &format!(" --extra <ner-extra folder> --sets {}", args.sets.join(","));
        for set in &args.sets {
            let (name, weight) = match set.split_once(':') {
                Some((name, weight)) => {
                    (name, weight.parse::<f32>().map_err(|_| invalid(format!("bad weight in {set}")))?)
                }
                None => (set.as_str(), 1.0),
            };
            let source = sources::find(name).ok_or_else(|| invalid(format!("unknown extra set {name}")))?;
            let split = sources::read(dir, source).map_err(invalid)?;
            extra.push(Extra {
                name: name.to_owned(),
                docs: split.train,
                weight,
                misc: source.misc,
                checksum: split.checksum,
                held_out: split.held_out,
            });
        }
    }
    let mut groups = features::ALL_GROUPS;
    for group in &args.without {
        groups &= !match group.as_str() {
            "clusters" => features::CLUSTERS,
            "lists" => features::LISTS,
            "document" => features::DOCUMENT,
            other => return Err(invalid(format!("unknown feature group {other}"))),
        };
    }
    let options = TrainOptions {
        groups,
        epochs: args.epochs,
        seed: args.seed,
        augment: !args.no_augment,
        clip_quantile: args.clip_quantile,
        prune: args.prune,
        keep: args.keep,
        min_count: args.min_count,
        runs: args.runs,
        command,
        extra,
    };
    let (bytes, report) = train(&read("train.txt")?, &read("dev.txt")?, &options)
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
    std::fs::write(&args.out, &bytes)?;
    println!("{report}wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(())
}
