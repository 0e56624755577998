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

/** The analysis cut to what the page draws: prefixes only, so every index stays valid. */
function forPage(analysis) {
  const { tokens = [], sentences = [], mentions = [] } = analysis;
  let drawn = 0;
  while (drawn < mentions.length && mentions[drawn].end <= SHOWN.articleChars) drawn++;
  const cut = { ...analysis };
  if (analysis.tokens) cut.tokens = tokens.slice(0, SHOWN.tokens);
  if (analysis.sentences) cut.sentences = sentences.slice(0, SHOWN.sentences);
  if (analysis.mentions) cut.mentions = mentions.slice(0, drawn);
  return { analysis: cut, totals: { tokens: tokens.length, sentences: sentences.length, mentions: mentions.length } };
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

/** { kind: 'json' | 'csv', key } -> the analysis drawn as `key`, as text. */
handlers.export = ({ kind, key }) => {
  if (latest?.key !== key) throw new Error('the analysis is no longer here; analyse the text again');
  return kind === 'csv' ? entitiesCsv(latest.analysis, latest.text) : toJson(latest.analysis);
};
