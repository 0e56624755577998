//! Evaluation: the measures `newslens eval` prints and the accuracy floors of the tests check,
//! one implementation for both. Native only (the `eval` feature, which the CLI turns on): none
//! of it is compiled into the wasm.
//!
//! - [`ner`]: the name tagger's conlleval precision, recall and F1 on a CoNLL-format file
//!   ([`conll`] reads it);
//! - [`entities`]: alias merging on the gold names of a CoNLL file (proxies: no coreference
//!   labels), or the speed on a synthetic text;
//! - [`numeric`]: the numeric and date rules on a CoNLL file (proxies: no gold numbers);
//! - [`sentiment`]: accuracy on binary files, Pearson r on graded ones;
//! - [`keyphrase`]: P, R and F1 at 5 and 10 against gold key phrases;
//! - [`quotes`]: quotation content P, R and F1 and speaker accuracy on PolNeAR-style files;
//! - [`summary`]: ROUGE ([`rouge`]) of the summary beside lead-3;
//! - [`targets`]: sentiment toward gold targets on NewsMTSC-format files ([`newsmtsc`] reads
//!   them and holds the confusion matrix, which `newslens train targets` shares).

pub mod conll;
pub mod entities;
pub mod keyphrase;
pub mod ner;
pub mod newsmtsc;
pub mod numeric;
pub mod quotes;
pub mod rouge;
pub mod sentiment;
pub mod sources;
pub mod summary;
pub mod targets;
