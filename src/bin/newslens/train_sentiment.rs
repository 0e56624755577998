//! `newslens train sentiment DATA`: regenerates `models/sentiment-lexicon.tsv` and
//! `models/sentiment.bin` from the shared data folder (see `newslens::sentiment::train`).

use std::io;
use std::path::PathBuf;

use clap::Args;
use newslens::internals::train::{train_sentiment, Settings};

#[derive(Args)]
pub struct TrainSentiment {
    /// The shared data folder (with sst2/ and lexicons/vader/).
    data: PathBuf,
    /// Where to write the model files.
    #[arg(long, default_value = "models")]
    out: PathBuf,
    #[arg(long)]
    epochs: Option<usize>,
    #[arg(long)]
    bits: Option<u32>,
    #[arg(long)]
    rate: Option<f32>,
    #[arg(long)]
    l2: Option<f32>,
    /// Feature flags (bigrams 1, trigrams 2, negation 4, contrast 8, modifiers 16, lexicon 32).
    #[arg(long)]
    config: Option<u16>,
    /// Weight of the neutral news sentences (0 leaves them out).
    #[arg(long)]
    neutral: Option<f32>,
    /// News sentences with a lexicon word of at least this |valence| are not taught neutral.
    #[arg(long)]
    strong: Option<f32>,
    /// Training runs (in different orders) whose weights are averaged.
    #[arg(long)]
    runs: Option<usize>,
    /// Keep every Nth treebank line out of training and report accuracy on them, to choose
    /// settings without looking at dev.
    #[arg(long)]
    holdout: Option<usize>,
}

pub fn run(args: &TrainSentiment) -> io::Result<()> {
    let mut settings = Settings::default();
    let mut command = format!("cargo run --release --features train -- train sentiment {}", args.data.display());
    if let Some(epochs) = args.epochs {
        settings.epochs = epochs;
        command.push_str(&format!(" --epochs {epochs}"));
    }
    if let Some(bits) = args.bits {
        settings.bits = bits.clamp(8, 24);
        command.push_str(&format!(" --bits {bits}"));
    }
    if let Some(rate) = args.rate {
        settings.rate = rate;
        command.push_str(&format!(" --rate {rate}"));
    }
    if let Some(l2) = args.l2 {
        settings.l2 = l2;
        command.push_str(&format!(" --l2 {l2}"));
    }
    if let Some(config) = args.config {
        settings.config = config;
        command.push_str(&format!(" --config {config}"));
    }
    if let Some(neutral) = args.neutral {
        settings.neutral = neutral;
        command.push_str(&format!(" --neutral {neutral}"));
    }
    if let Some(strong) = args.strong {
        settings.strong = strong;
        command.push_str(&format!(" --strong {strong}"));
    }
    if let Some(runs) = args.runs {
        settings.runs = runs.max(1);
        command.push_str(&format!(" --runs {runs}"));
    }
    if let Some(holdout) = args.holdout {
        settings.holdout = holdout;
        command.push_str(&format!(" --holdout {holdout}"));
    }
    if args.out != std::path::Path::new("models") {
        command.push_str(&format!(" --out {}", args.out.display()));
    }
    train_sentiment(&args.data, &args.out, &settings, &command)
}
