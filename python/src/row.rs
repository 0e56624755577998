//! One row of the Arrow output: the fields people filter on, taken from the analysis, plus the
//! whole analysis as JSON. `newslens/arrow.py` declares the same fields as Arrow types; a
//! field added here is added there (and to the stubs and the README's schema table).

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde::Serialize;

use newslens::Options;

use crate::batch;

/// A score as the JSON writes it: the nearest 4-decimal number.
fn rounded(score: f32) -> f64 {
    (f64::from(score) * 1e4).round() / 1e4
}

/// The JSON name of a unit enum value (`"person"`, `"positive"`).
fn name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

struct EntityRow {
    name: String,
    kind: String,
    salience: f64,
    count: usize,
    sentiment: Option<(f64, String)>,
}

struct QuoteRow {
    speaker: Option<String>,
    entity: Option<usize>,
    text: String,
    direct: bool,
}

pub struct Row {
    json: String,
    sentiment: (f64, String),
    entities: Vec<EntityRow>,
    keyphrases: Vec<(String, f64)>,
    words: usize,
    sentences: usize,
    quotes: Vec<QuoteRow>,
    summary: Vec<String>,
    language: &'static str,
}

impl Row {
    pub fn new(text: &str, options: &Options) -> Row {
        let (analysis, json) = batch::analysis(text, options);
        Row {
            sentiment: (rounded(analysis.sentiment.score), name(&analysis.sentiment.label)),
            entities: analysis
                .entities
                .into_iter()
                .map(|entity| EntityRow {
                    kind: name(&entity.kind),
                    name: entity.name,
                    salience: rounded(entity.salience),
                    count: entity.count,
                    sentiment: entity.sentiment.map(|s| (rounded(s.score), name(&s.label))),
                })
                .collect(),
            keyphrases: analysis.keyphrases.into_iter().map(|k| (k.text, rounded(k.score))).collect(),
            words: analysis.stats.words,
            sentences: analysis.stats.sentences,
            quotes: analysis
                .quotes
                .into_iter()
                .map(|quote| QuoteRow {
                    speaker: quote.speaker.map(|speaker| speaker.text),
                    entity: quote.entity,
                    text: quote.text,
                    direct: quote.direct,
                })
                .collect(),
            summary: analysis.summary.into_iter().map(|sentence| sentence.text).collect(),
            language: analysis.language.code,
            json,
        }
    }

    pub fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let row = PyDict::new(py);
        row.set_item("error", py.None())?;
        let sentiment = PyDict::new(py);
        sentiment.set_item("score", self.sentiment.0)?;
        sentiment.set_item("label", self.sentiment.1)?;
        row.set_item("sentiment", sentiment)?;
        let entities = PyList::empty(py);
        for entity in self.entities {
            let item = PyDict::new(py);
            item.set_item("name", entity.name)?;
            item.set_item("type", entity.kind)?;
            item.set_item("salience", entity.salience)?;
            item.set_item("count", entity.count)?;
            let (score, label) = entity.sentiment.unzip();
            item.set_item("sentiment", score)?;
            item.set_item("sentiment_label", label)?;
            entities.append(item)?;
        }
        row.set_item("entities", entities)?;
        let keyphrases = PyList::empty(py);
        for (text, score) in self.keyphrases {
            let item = PyDict::new(py);
            item.set_item("text", text)?;
            item.set_item("score", score)?;
            keyphrases.append(item)?;
        }
        row.set_item("keyphrases", keyphrases)?;
        row.set_item("words", self.words)?;
        row.set_item("sentences", self.sentences)?;
        let quotes = PyList::empty(py);
        for quote in self.quotes {
            let item = PyDict::new(py);
            item.set_item("speaker", quote.speaker)?;
            item.set_item("entity", quote.entity)?;
            item.set_item("text", quote.text)?;
            item.set_item("direct", quote.direct)?;
            quotes.append(item)?;
        }
        row.set_item("quotes", quotes)?;
        row.set_item("summary", self.summary)?;
        row.set_item("language", self.language)?;
        row.set_item("json", self.json)?;
        Ok(row.into_any())
    }
}

/// The row of a text that could not be analysed: only `error` is set.
pub fn error<'py>(py: Python<'py>, message: &str) -> PyResult<Bound<'py, PyAny>> {
    let row = PyDict::new(py);
    row.set_item("error", message)?;
    Ok(row.into_any())
}
