// The analysis runs here, off the main thread, so typing and scrolling never wait for it.
// Served from a folder, the wasm is fetched next to pkg/newslens.js; in the single-file page
// (scripts/build-single.mjs) the page first sends the module's bytes, base64, as { wasm }.
// The page gets the part of the analysis it draws (limits.js); the whole of the latest one
// stays here and is sent as JSON or CSV when the page exports it.
import init, { analyze } from './pkg/newslens.js';
import { entitiesCsv, quotesCsv, toJson } from './export.js';
import { SHOWN } from './limits.js';

let ready = null;
let latest = null; // { id, text, analysis }

function decodeBase64(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

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

function exported(request) {
  if (!latest || latest.id !== request.of) return { exportId: request.exportId, error: 'the analysis is no longer here; analyse the text again' };
  const content = request.export === 'csv'
    ? entitiesCsv(latest.analysis, latest.text)
    : request.export === 'quotes'
      ? quotesCsv(latest.analysis)
      : toJson(latest.analysis);
  return { exportId: request.exportId, content };
}

// Texts are analysed one at a time, and only the newest waiting one: while someone types, the
// texts in between are never analysed, nor their results sent to the page to be thrown away.
let waiting = null;
let running = false;

async function run() {
  running = true;
  while (waiting) {
    const { id, text, options } = waiting;
    waiting = null;
    try {
      ready ??= init();
      await ready;
      const started = performance.now();
      const analysis = analyze(text, options);
      const milliseconds = performance.now() - started;
      latest = { id, text, analysis };
      // Let the messages that came meanwhile in: a newer text makes this result moot.
      await new Promise((done) => setTimeout(done, 0));
      if (waiting) continue;
      self.postMessage({ id, ...forPage(analysis), milliseconds });
    } catch (error) {
      latest = null;
      self.postMessage({ id, error: String(error?.message ?? error) });
    }
  }
  running = false;
}

self.onmessage = (event) => {
  const message = event.data;
  if (typeof message.wasm === 'string') {
    ready = init({ module_or_path: decodeBase64(message.wasm) });
  } else if (message.export) {
    self.postMessage(exported(message));
  } else {
    waiting = message;
    if (!running) run();
  }
};
