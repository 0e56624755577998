//! `newslens train targets DATA`: regenerates `models/target-sentiment.bin` from NewsMTSC train
//! in the shared data folder (see `newslens::sentiment::target::train`).

use std::io;
use std::path::PathBuf;

use clap::Args;
use newslens::sentiment::target::train::{self, Settings};

#[derive(Args)]
pub struct TrainTargets {
    /// The shared data folder (with entity-sentiment/newsmtsc/).
    data: PathBuf,
    /// Where to write the model file.
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
    /// Features seen fewer times than this in train get no weight.
    #[arg(long)]
    min_count: Option<u32>,
    /// Added to the neutral class's logit.
    #[arg(long, allow_hyphen_values = true)]
    neutral_bias: Option<f32>,
    /// Training runs (in different orders) whose weights are averaged.
    #[arg(long)]
    runs: Option<usize>,
}

pub fn run(args: &TrainTargets) -> io::Result<()> {
    let mut settings = Settings::default();
    let mut command = format!("cargo run --release --features train -- train targets {}", args.data.display());
    if let Some(epochs) = args.epochs {
        settings.epochs = epochs;
        command.push_str(&format!(" --epochs {epochs}"));
    }
    if let Some(bits) = args.bits {
        settings.bits = bits.clamp(12, 24);
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
    if let Some(min_count) = args.min_count {
        settings.min_count = min_count;
        command.push_str(&format!(" --min-count {min_count}"));
    }
    if let Some(bias) = args.neutral_bias {
        settings.neutral_bias = bias;
        command.push_str(&format!(" --neutral-bias {bias}"));
    }
    if let Some(runs) = args.runs {
        settings.runs = runs.max(1);
        command.push_str(&format!(" --runs {runs}"));
    }
    if args.out != std::path::Path::new("models") {
        command.push_str(&format!(" --out {}", args.out.display()));
    }
    train::train(&args.data, &args.out, &settings, &command)
}
