// The page's analysis worker: the package's own worker thread (www/js/ is js/ copied by
// scripts/build.sh), with its protocol, its wasm loading and its recovery from a trap inside
// wasm, plus the page's two request types. Served from a folder, the wasm is fetched next to
// pkg/newslens.js; the single-file page (scripts/build-single.mjs) sends the module's bytes.
// The page gets the part of the analysis it draws (limits.js); the whole of the latest one
// stays here and is sent as JSON or CSV when the page exports it.
import { analyze } from './js/index.js';
import { handlers } from './js/worker-thread.js';
import { entitiesCsv, quotesCsv, toJson } from './export.js';
import { SHOWN } from './limits.js';

let latest = null; // { key, text, analysis }: the last text analysed, for the exports

/**
 * The analysis cut to what the page draws: prefixes only, so every index stays valid. The
 * summary and the language come whole (a few sentences, one code); paragraphs and quotations
 * only up to the article drawn (and at most SHOWN.quotes quotations).
 */
function forPage(analysis) {
  const { tokens = [], sentences = [], mentions = [], quotes = [], paragraphs = [] } = analysis;
  const cut = { ...analysis };
  if (analysis.tokens) cut.tokens = tokens.slice(0, SHOWN.tokens);
  if (analysis.sentences) cut.sentences = sentences.slice(0, SHOWN.sentences);
  if (analysis.mentions) cut.mentions = mentions.slice(0, prefix(mentions, (m) => m.end <= SHOWN.articleChars));
  if (analysis.paragraphs) cut.paragraphs = paragraphs.slice(0, prefix(paragraphs, (p) => p.start < SHOWN.articleChars));
  if (analysis.quotes) cut.quotes = quotes.slice(0, SHOWN.quotes);
  const totals = { tokens: tokens.length, sentences: sentences.length, mentions: mentions.length, quotes: quotes.length };
  return { analysis: cut, totals };
}

/** How many of `spans` (in text order) pass `drawn`, counted from the first. */
function prefix(spans, drawn) {
  let count = 0;
  while (count < spans.length && drawn(spans[count])) count++;
  return count;
}

/** { text, key } -> { analysis, totals, milliseconds }: `key` names the analysis for `export`. */
handlers.draw = ({ text, key }) => {
  latest = null;
  const started = performance.now();
  const analysis = analyze(text);
  const milliseconds = performance.now() - started;
  latest = { key, text, analysis };
  return { ...forPage(analysis), milliseconds };
};

/** { kind: 'json' | 'csv' | 'quotes', key } -> the analysis drawn as `key`, as text ('csv': the entities). */
handlers.export = ({ kind, key }) => {
  if (latest?.key !== key) throw new Error('the analysis is no longer here; analyse the text again');
  if (kind === 'csv') return entitiesCsv(latest.analysis, latest.text);
  if (kind === 'quotes') return quotesCsv(latest.analysis);
  return toJson(latest.analysis);
};
