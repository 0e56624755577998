//! The JavaScript boundary: the only file that names wasm-bindgen. It parses options, runs the
//! core, converts every byte offset to UTF-16 code units and hands back plain objects (nothing
//! to `free()`, and they pass through `postMessage`).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Analysis, Document, OffsetMap, OffsetUnit, Options};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Analysis options. Every field is optional; unknown fields are rejected. */
export interface Options {
  /** Include `tokens` in the result (default true). */
  tokens?: boolean;
  /** How many key phrases to return (default 10; 0 leaves them out). */
  keyphrases?: number;
  /** How many sentences the summary holds (default 3; 0 leaves it out). */
  summary?: number;
  /** Find quotations and their speakers (default true). */
  quotes?: boolean;
}

/** A summary sentence: the sentence at `sentence` in `analysis.sentences`, with the same offsets and text, and a score relative to the best (which scores 1). */
export interface SummarySentence extends TextSpan {
  sentence: number;
  score: number;
}

/** A key phrase: its text as it first appears, a score relative to the best (which scores 1), every occurrence (for a name, its entity's mentions), and the id of the entity it names (null: a topic). */
export interface Keyphrase {
  text: string;
  score: number;
  occurrences: { start: number; end: number }[];
  entity: number | null;
}

/** A piece of the text. Offsets are UTF-16 code units: `text.slice(start, end) === item.text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Counts over the whole text. */
export interface Stats {
  /** Tokens with letters or digits. */
  words: number;
  sentences: number;
  paragraphs: number;
  /** Words at 238 words per minute, to one decimal. */
  readingMinutes: number;
}

export type SentimentLabel = "negative" | "neutral" | "positive";

/** A token that moved a sentence's score; `weight` is its signed share of the score. */
export interface Driver extends TextSpan {
  weight: number;
}

/** A sentence's sentiment: `score` in [-1, 1]; `drivers` in text order (at most 8). */
export interface SentenceSentiment {
  score: number;
  label: SentimentLabel;
  drivers: Driver[];
}

/** A sentence, with its sentiment. */
export interface Sentence extends TextSpan {
  sentiment: SentenceSentiment;
}

/** The document's sentiment and how many sentences fall under each label. */
export interface DocumentSentiment {
  score: number;
  label: SentimentLabel;
  counts: { negative: number; neutral: number; positive: number };
}

export type MentionType =
  | "person" | "location" | "organization" | "misc"
  | "date" | "time" | "money" | "percent" | "quantity" | "ordinal" | "cardinal";

/**
 * A normalized value: a number (cardinals, ordinals, percentages), an ISO 8601 prefix for dates
 * ("2024-05", "2014") and times ("18:15"), or an amount with its currency or unit.
 */
export type MentionValue = number | string | { amount: number; currency: string } | { amount: number; unit: string };

/** One mention of a name, date or number, in text order; mentions never overlap. */
export interface Mention extends TextSpan {
  type: MentionType;
  /** How sure the recognizer is, 0 … 1. */
  confidence: number;
  value?: MentionValue;
  /** The id of the entity it names (names only; numbers and dates have none). */
  entity?: number;
  /**
   * Names only: the sentiment the sentence expresses toward this name (how it portrays it),
   * `score` = P(positive) − P(negative) in [-1, 1], with the words that drove it (at most 5).
   */
  sentiment?: SentenceSentiment;
}

/** One entity: every mention of the same person, place, organization or other name. */
export interface Entity {
  /** Its position in `analysis.entities`, and the `entity` of its mentions. */
  id: number;
  /** The most complete form in the text: "Antony J. Blinken". */
  name: string;
  type: "person" | "location" | "organization" | "misc";
  /** How much the article is about it, 0 … 1 (the most salient has 1). */
  salience: number;
  count: number;
  /** Where it is first mentioned (UTF-16 offset). */
  firstStart: number;
  /** Indices into `analysis.mentions`, in text order. */
  mentions: number[];
  /** The sentiment toward it: the mean of its mentions' scores and their labels counted. */
  sentiment: DocumentSentiment;
  /** Indices into `analysis.quotes` of the quotes attributed to it. */
  quotes: number[];
}

/** A quotation (`direct`: in quote marks) or reported speech, without its quote marks. */
export interface Quote extends TextSpan {
  direct: boolean;
  /** Who said it, as written: "Mr. Lammy", "he", "the foreign secretary". */
  speaker: TextSpan | null;
  /** The id of the speaker's entity in `analysis.entities`. */
  entity: number | null;
  /** The words of saying: "said", "according to". */
  cue: TextSpan | null;
}

/** The language of the text: ISO 639-1 code and the detector's confidence, 0 … 1. "en" with confidence 0 means too little text to tell (English is assumed). */
export interface Language {
  code: string;
  confidence: number;
}

export type ParagraphKind = "headline" | "dateline" | "byline" | "caption" | "boilerplate" | "body";

/** A paragraph and its kind; boilerplate is left out of every other result. */
export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
  /** The dateline opening a body paragraph ("WASHINGTON (AP) —"), else null. */
  dateline: { start: number; end: number } | null;
}

/** Everything newslens finds in one text. */
export interface Analysis {
  sentences: Sentence[];
  tokens: TextSpan[];
  /** Names, dates and numbers, in text order, without overlaps. */
  mentions: Mention[];
  /** The named entities, most salient first. */
  entities: Entity[];
  /** What the text is about, best first. */
  keyphrases: Keyphrase[];
  /** Quotations and reported speech with their speakers, in text order. */
  quotes: Quote[];
  stats: Stats;
  sentiment: DocumentSentiment;
  language: Language;
  /** Every paragraph of the text, in order. */
  paragraphs: Paragraph[];
  /** The sentences that carry the article, in document order; all of them when there are no more than `options.summary`. */
  summary: SummarySentence[];
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// Analyses `text`; `options` may be `undefined`, `null` or an `Options` object.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let mut analysis: Analysis = crate::analyze(text, &options);
    analysis.convert_offsets(&OffsetMap::new(text, OffsetUnit::Utf16));
    to_js(&analysis)
}

/// [`analyze`] for the npm package: the same result, except that `tokens` is a `Uint32Array` of
/// UTF-16 offsets, start and end of each token in turn, which `js/api.js` turns into
/// `{ start, end, text }` objects with `text.slice`. Built one field at a time through the
/// boundary, two million token objects (a 10 MB text) take about twice the JS memory and time
/// of objects made in JS, and their `String`s about 40 bytes each of wasm memory.
#[wasm_bindgen(js_name = analyzeCompact, skip_typescript)]
pub fn analyze_compact(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let document = Document::new(text);
    let mut analysis = Analysis::from_document(&document, &Options { tokens: false, ..options.clone() });
    let map = OffsetMap::new(text, OffsetUnit::Utf16);
    analysis.convert_offsets(&map);
    let offsets: Vec<u32> = if options.tokens {
        // wasm32 texts are shorter than 4 GiB, so every UTF-16 offset fits in a u32.
        document
            .tokens
            .iter()
            .flat_map(|token| [map.convert(token.start) as u32, map.convert(token.end) as u32])
            .collect()
    } else {
        Vec::new()
    };
    drop(document);
    let result = to_js(&analysis)?;
    drop(analysis);
    let tokens = js_sys::Uint32Array::from(offsets.as_slice());
    js_sys::Reflect::set(&result, &JsValue::from_str("tokens"), &tokens)
        .map_err(|_| JsError::new("newslens: cannot return the result"))?;
    Ok(result)
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new("newslens: options must be an object, such as { tokens: false }"));
    }
    // serde-wasm-bindgen reads only the fields it knows, so unknown ones are caught here: the
    // known names are those of the serialised defaults.
    let known = js_sys::Object::keys(&js_sys::Object::from(to_js(&Options::default())?));
    let known: Vec<String> = known.iter().filter_map(|key| key.as_string()).collect();
    for key in js_sys::Object::keys(&js_sys::Object::from(options.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key) {
            return Err(JsError::new(&format!(
                "newslens: unknown option `{key}`; the options are: {}",
                known.join(", ")
            )));
        }
    }
    serde_wasm_bindgen::from_value(options).map_err(|error| {
        let message = error.to_string();
        let message = message.strip_prefix("Error: ").unwrap_or(&message);
        JsError::new(&format!("newslens: invalid options: {message}"))
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|error| JsError::new(&format!("newslens: cannot return the result: {error}")))
}
