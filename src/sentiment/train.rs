//! Training (behind the `train` feature): derives the valence table from the VADER lexicon and
//! fits the logistic-regression weights, deterministically.
//!
//! `newslens train sentiment DATA [--out models]` reads `DATA/lexicons/vader/vader_lexicon.txt`,
//! `DATA/sst2/train.tsv` (the labelled examples) and `DATA/conll2003/train.txt` (news sentences
//! without a strongly valenced word, taught to score 0 with weight `neutral`; they only update
//! features the treebank has),
//! reports SST-2 dev accuracy and the spread of scores on CoNLL-2003 dev news sentences after
//! each epoch, and writes `sentiment-lexicon.tsv` and `sentiment.bin`. The optimiser is AdaGrad
//! on the logistic loss with L2 regularisation on the weights an example touches and a bias
//! that is trained but not shipped; `runs` runs in orders drawn from fixed seeds are averaged.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use super::features::{self, Config, Feature, Unit, DENSE};
use super::lexicon::Lexicon;
use super::model::{self, Model, FORMAT};
use super::score;

/// Training settings; the defaults are the ones the committed model was trained with.
#[derive(Clone, Debug)]
pub struct Settings {
    pub bits: u32,
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
    /// Feature flags (see `features::Config`).
    pub config: u16,
    /// The weight of each news sentence (CoNLL-2003 train) taught to score 0.
    pub neutral: f32,
    /// News sentences with a word of at least this |valence| are not taught to score 0:
    /// "three people were killed" is news, but not neutral.
    pub strong: f32,
    /// Runs in different orders whose weights are averaged.
    pub runs: usize,
    /// Every `holdout`-th treebank line is kept out of training and scored after each epoch,
    /// to choose settings on without looking at dev (0: none; recorded in the header if set).
    /// Its lines are phrases of the same reviews as the rest, so its figures run high.
    pub holdout: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            bits: 24,
            epochs: 4,
            rate: 0.05,
            l2: 1e-2,
            config: Config::BIGRAMS | Config::NEGATION | Config::CONTRAST | Config::MODIFIERS | Config::LEXICON,
            neutral: 1.0,
            strong: 1.5,
            runs: 5,
            holdout: 0,
        }
    }
}

struct Example {
    features: std::ops::Range<usize>,
    /// The probability of positive to learn: 1, 0, or 0.5 for neutral news.
    target: f32,
    weight: f32,
}

/// Runs the whole training and writes both files into `out`. `command` is recorded in the
/// files' headers.
pub fn train(data: &Path, out: &Path, settings: &Settings, command: &str) -> io::Result<()> {
    let vader_path = data.join("lexicons/vader/vader_lexicon.txt");
    let vader = fs::read(&vader_path).map_err(|e| with_path(e, &vader_path))?;
    let lexicon_tsv = derive_lexicon(&String::from_utf8_lossy(&vader), command, crate::hash::fnv1a(&vader));
    let lexicon = Lexicon::parse(&lexicon_tsv);
    eprintln!("lexicon: {} words", lexicon.len());

    let train_path = data.join("sst2/train.tsv");
    let train_bytes = fs::read(&train_path).map_err(|e| with_path(e, &train_path))?;
    let dev_path = data.join("sst2/dev.tsv");
    let dev_text = fs::read_to_string(&dev_path).map_err(|e| with_path(e, &dev_path))?;

    let news_path = data.join("conll2003/train.txt");
    let news_bytes = fs::read(&news_path).map_err(|e| with_path(e, &news_path))?;
    let news_dev_path = data.join("conll2003/dev.txt");
    let news_dev_text = fs::read_to_string(&news_dev_path).map_err(|e| with_path(e, &news_dev_path))?;
    let news_dev = news_sentences(&news_dev_text);

    let mut all = Vec::new();
    let mut held_out = String::from("sentence\tlabel\n");
    let mut examples =
        read_examples(&String::from_utf8_lossy(&train_bytes), &lexicon, settings, &mut all, &mut held_out);
    // News sentences only teach the weights of features that the treebank has: they pull
    // topical and function words towards 0 without adding news-only features to the model.
    let mut known = vec![false; (1usize << settings.bits) + DENSE];
    for feature in &all {
        known[feature.index as usize] = true;
    }
    let mut units = Vec::new();
    if settings.neutral > 0.0 {
        for sentence in news_sentences(&String::from_utf8_lossy(&news_bytes)) {
            units.clear();
            units.extend(sentence.iter().map(|t| Unit::of_text(t, &lexicon)));
            if units.iter().any(|u| lexicon.valence(u.key).abs() >= settings.strong) {
                continue;
            }
            let start = all.len();
            features::extract(&units, &lexicon, Config(settings.config), settings.bits, &mut all);
            let mut kept = start;
            for i in start..all.len() {
                if known[all[i].index as usize] {
                    all[kept] = all[i];
                    kept += 1;
                }
            }
            all.truncate(kept);
            examples.push(Example { features: start..all.len(), target: 0.5, weight: settings.neutral });
        }
    }
    eprintln!("train: {} examples, {} features", examples.len(), all.len());

    let size = (1usize << settings.bits) + DENSE;
    let mut weights = vec![0.0f32; size];
    for run in 0..settings.runs {
        let seed = 0x5eed_1234_abcd_ef01u64.wrapping_add((run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let fitted = fit(&examples, &all, settings, seed, |epoch, loss, fitted| {
            let bytes = to_bytes(fitted, settings, &lexicon, "");
            let model = read(&bytes);
            let accuracy = dev_accuracy(&dev_text, &lexicon, &model);
            let (spread, neutral) = news_spread(&news_dev, &lexicon, &model);
            eprintln!(
                "run {} epoch {:2}: loss {loss:.4}, news dev mean |score| {spread:.3}, neutral {neutral:.3},{} sst2 dev accuracy {accuracy:.4}",
                run + 1,
                epoch + 1,
                held_out_accuracy(&held_out, &lexicon, &model),
            );
        });
        for (sum, w) in weights.iter_mut().zip(&fitted) {
            *sum += w / settings.runs as f32;
        }
    }
    let header = model_header(command, settings, &train_bytes, &news_bytes, &lexicon_tsv);
    let bytes = to_bytes(&weights, settings, &lexicon, &header);
    let model = Model::read(&bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    let (spread, neutral) = news_spread(&news_dev, &lexicon, &model);
    eprintln!(
        "average of {} runs, quantized: news dev mean |score| {spread:.3}, neutral {neutral:.3},{} sst2 dev accuracy {:.4}, {} table weights, {} bytes, dense {:?}",
        settings.runs,
        held_out_accuracy(&held_out, &lexicon, &model),
        dev_accuracy(&dev_text, &lexicon, &model),
        model.stored(),
        bytes.len(),
        model.dense
    );
    fs::create_dir_all(out)?;
    fs::write(out.join("sentiment-lexicon.tsv"), lexicon_tsv)?;
    fs::write(out.join("sentiment.bin"), bytes)?;
    Ok(())
}

/// One run of AdaGrad over `examples` in orders drawn from `seed`; `report` sees each epoch.
fn fit(
    examples: &[Example],
    all: &[Feature],
    settings: &Settings,
    mut seed: u64,
    mut report: impl FnMut(usize, f64, &[f32]),
) -> Vec<f32> {
    let size = (1usize << settings.bits) + DENSE;
    let mut weights = vec![0.0f32; size];
    let mut squares = vec![0.0f32; size];
    // The bias absorbs the treebank's imbalance during training, so that common words need not;
    // it is not shipped: a text without sentiment words scores 0.
    let (mut bias, mut bias_square) = (0.0f32, 0.0f32);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..settings.epochs {
        shuffle(&mut order, &mut seed);
        let mut loss = 0.0f64;
        for &i in &order {
            let example = &examples[i];
            let features = &all[example.features.clone()];
            let margin: f32 = bias + features.iter().map(|f| weights[f.index as usize] * f.value).sum::<f32>();
            let probability = 1.0 / (1.0 + (-margin).exp());
            let target = example.target;
            loss -=
                f64::from(target * probability.max(1e-7).ln() + (1.0 - target) * (1.0 - probability).max(1e-7).ln());
            let gradient = (probability - target) * example.weight;
            bias_square += gradient * gradient;
            bias -= settings.rate * gradient / (bias_square.sqrt() + 1e-6);
            for feature in features {
                let index = feature.index as usize;
                let g = gradient * feature.value + settings.l2 * weights[index];
                squares[index] += g * g;
                weights[index] -= settings.rate * g / (squares[index].sqrt() + 1e-6);
            }
        }
        report(epoch, loss / examples.len() as f64, &weights);
    }
    weights
}

fn with_path(error: io::Error, path: &Path) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// The VADER entries that are single words (letters, with inner hyphens or apostrophes).
fn derive_lexicon(vader: &str, command: &str, checksum: u64) -> String {
    let mut out = String::new();
    out.push_str("# newslens sentiment lexicon, format 1: word<TAB>mean valence (-4..4)\n");
    let _ = writeln!(out, "# made by: {command}");
    let _ = writeln!(out, "# from: lexicons/vader/vader_lexicon.txt fnv1a64={checksum:016x}");
    out.push_str("# VADER lexicon: Copyright (c) 2016 C.J. Hutto, MIT License (see lexicons/vader/LICENSE.txt)\n");
    let mut entries: Vec<(String, String)> = Vec::new();
    for line in vader.lines() {
        let mut fields = line.split('\t');
        let (Some(token), Some(mean)) = (fields.next(), fields.next()) else { continue };
        let is_word = token.chars().any(char::is_alphabetic)
            && token.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
            && !token.starts_with(['-', '\''])
            && !token.ends_with('-');
        if is_word && mean.parse::<f32>().is_ok() {
            entries.push((token.to_lowercase(), mean.to_owned()));
        }
    }
    entries.sort();
    entries.dedup_by(|a, b| a.0 == b.0);
    for (token, mean) in entries {
        let _ = writeln!(out, "{token}\t{mean}");
    }
    out
}

fn model_header(command: &str, settings: &Settings, train: &[u8], news: &[u8], lexicon: &str) -> String {
    format!(
        "newslens sentiment model, format {}\nmade by: {command}\n\
         data: sst2/train.tsv fnv1a64={:016x}\nnews: conll2003/train.txt fnv1a64={:016x}\nlexicon: sentiment-lexicon.tsv fnv1a64={:016x}\n\
         settings: bits {} epochs {} rate {} l2 {} config {} neutral {} strong {} runs {}{}\n",
        FORMAT.version,
        crate::hash::fnv1a(train),
        crate::hash::fnv1a(news),
        crate::hash::fnv1a(lexicon.as_bytes()),
        settings.bits,
        settings.epochs,
        settings.rate,
        settings.l2,
        settings.config,
        settings.neutral,
        settings.strong,
        settings.runs,
        if settings.holdout > 0 { format!(" holdout {}", settings.holdout) } else { String::new() }
    )
}

/// The model file of `weights` (table slots, then the dense weights).
fn to_bytes(weights: &[f32], settings: &Settings, lexicon: &Lexicon<'_>, header: &str) -> Vec<u8> {
    let table_len = 1usize << settings.bits;
    let mut dense = [0.0; DENSE];
    dense.copy_from_slice(&weights[table_len..]);
    let table: Vec<(u32, f32)> = weights[..table_len]
        .iter()
        .enumerate()
        .filter(|(_, w)| **w != 0.0)
        .map(|(slot, &w)| (slot as u32, w))
        .collect();
    model::write(header, Config(settings.config), settings.bits, &table, &dense, lexicon)
}

/// Reads bytes that `to_bytes` has just written.
fn read(bytes: &[u8]) -> Model<'_> {
    Model::read(bytes).expect("a model just written reads back")
}

/// Reads `sentence<TAB>label` lines (the first line is a header) into examples, except every
/// `settings.holdout`-th line, which goes to `held_out`.
fn read_examples(
    tsv: &str,
    lexicon: &Lexicon<'_>,
    settings: &Settings,
    all: &mut Vec<Feature>,
    held_out: &mut String,
) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut units = Vec::new();
    for (i, line) in tsv.lines().skip(1).enumerate() {
        let Some((sentence, label)) = line.rsplit_once('\t') else { continue };
        if settings.holdout > 0 && i % settings.holdout == settings.holdout - 1 {
            held_out.push_str(line);
            held_out.push('\n');
            continue;
        }
        units.clear();
        units.extend(sentence.split_whitespace().map(|t| Unit::of_text(t, lexicon)));
        let start = all.len();
        features::extract(&units, lexicon, Config(settings.config), settings.bits, all);
        let target = if label.trim() == "1" { 1.0 } else { 0.0 };
        examples.push(Example { features: start..all.len(), target, weight: 1.0 });
    }
    examples
}

/// " held-out accuracy X," when lines were held out, nothing otherwise.
fn held_out_accuracy(tsv: &str, lexicon: &Lexicon<'_>, model: &Model<'_>) -> String {
    if tsv.lines().nth(1).is_none() {
        return String::new();
    }
    format!(" held-out accuracy {:.4},", dev_accuracy(tsv, lexicon, model))
}

/// Accuracy on pre-tokenized `sentence<TAB>label` lines; a margin of exactly 0 counts wrong.
fn dev_accuracy(tsv: &str, lexicon: &Lexicon<'_>, model: &Model<'_>) -> f64 {
    let (mut right, mut total) = (0usize, 0usize);
    let mut buffer = Vec::new();
    for line in tsv.lines().skip(1) {
        let Some((sentence, label)) = line.rsplit_once('\t') else { continue };
        let units: Vec<Unit> = sentence.split_whitespace().map(|t| Unit::of_text(t, lexicon)).collect();
        let exclamations = sentence.matches('!').count();
        let margin = score::score(&units, exclamations, lexicon, model, &mut buffer).margin;
        let positive = label.trim() == "1";
        if (margin > 0.0 && positive) || (margin < 0.0 && !positive) {
            right += 1;
        }
        total += 1;
    }
    right as f64 / total.max(1) as f64
}

/// The sentences of a CoNLL-2003 file (first column, blank lines between sentences) that read
/// as prose: eight tokens or more, mostly lower-case words (not result tables or headlines).
fn news_sentences(conll: &str) -> Vec<Vec<&str>> {
    let mut sentences = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in conll.lines().chain(std::iter::once("")) {
        if let Some(word) = line.split(' ').next().filter(|w| !w.is_empty()) {
            current.push(word);
            continue;
        }
        let lower = current.iter().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count();
        if current.len() >= 8 && lower * 2 >= current.len() {
            sentences.push(std::mem::take(&mut current));
        }
        current.clear();
    }
    sentences
}

/// The mean |score| of news sentences and the share of them labelled neutral.
fn news_spread(sentences: &[Vec<&str>], lexicon: &Lexicon<'_>, model: &Model<'_>) -> (f64, f64) {
    let mut buffer = Vec::new();
    let (mut total, mut neutral) = (0.0f64, 0usize);
    for sentence in sentences {
        let units: Vec<Unit> = sentence.iter().map(|t| Unit::of_text(t, lexicon)).collect();
        let margin = score::score(&units, 0, lexicon, model, &mut buffer).margin;
        let value = (margin / 2.0).tanh();
        total += f64::from(value.abs());
        if value.abs() < super::NEUTRAL_BAND {
            neutral += 1;
        }
    }
    let n = sentences.len().max(1) as f64;
    (total / n, neutral as f64 / n)
}

/// Fisher-Yates with xorshift64: the same order on every machine.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        let j = (*seed % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}
