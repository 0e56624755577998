// The page: keeps the user's text safe, sends it to the analysis worker, draws the panels.
import { el } from './dom.js';
import { formatNumber } from './format.js';
import { readArticle } from './importer.js';
import { createAnalyzer } from './js/worker.js';
import { PANELS, renderContext } from './panels/index.js';
import { SAMPLE } from './sample.js';

const STORAGE_KEY = 'newslens:text';
const DEBOUNCE_MS = 400;
// The longest text analysed, in UTF-16 units (JS string length). The worker sends back only
// what the page draws, but a textarea holding millions of characters is itself slow to lay out,
// and a phone is several times slower than the test machine, where (`node
// scripts/measure-page.mjs`) 1 M characters are analysed in 1.5 s and stall the page 26 ms.
// 1 M is about 170,000 words: a long book; the longest news features are a tenth of it.
const MAX_CHARS = 1_000_000;
// A worker that has not answered in this time is taken for hung and replaced: far beyond the
// measured 1.2 to 1.6 ms per 1,000 characters, so that only a real hang (or a dying tab) does.
const WATCHDOG_MS = 10_000;
const WATCHDOG_MS_PER_1000_CHARS = 40;

const textarea = document.getElementById('text');
const results = document.getElementById('results');
const status = document.getElementById('status');

// The analysis runs in the package's worker (js/worker.js, copied to www/js/ by the build),
// through its one protocol and id map. The worker script is www/worker.js, which adds the
// page's requests ('draw': the part of the analysis drawn; 'export') to the package's thread.
let analyzer = null;
let latest = 0; // the number of the newest text sent, refused or cleared: only its result is drawn
let running = null; // { key, text }: the text being analysed now
let queued = null; // { key, text }: the newest text typed meanwhile, sent when `running` is done
let retried = false; // whether the newest text was already sent again after a failure
let watchdog = 0;
let debounce = 0;
let saving = 0; // the pending save of the text
const SAVE_MS = 250;

function setStatus(message, kind = '') {
  status.textContent = message;
  status.className = `status ${kind}`.trim();
}

// The single-file page (scripts/build-single.mjs) carries the worker's code and the wasm as
// base64 data blocks: the worker is started from a blob and sent the module's bytes.
const inlined = document.getElementById('newslens-worker');
let inlineWorkerUrl = null;
let inlineWasm = null;

function decodeBase64(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function startAnalyzer() {
  if (!inlined) {
    analyzer = createAnalyzer({ worker: () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }) });
    return;
  }
  inlineWorkerUrl ??= URL.createObjectURL(new Blob([atob(inlined.textContent.trim())], { type: 'text/javascript' }));
  inlineWasm ??= decodeBase64(document.getElementById('newslens-wasm').textContent.trim());
  analyzer = createAnalyzer({ worker: () => new Worker(inlineWorkerUrl), wasm: inlineWasm });
}

// Texts are analysed one at a time, and of those typed meanwhile only the newest: while someone
// types, the texts in between are never analysed, nor their results drawn.
function send(text) {
  latest += 1;
  results.setAttribute('aria-busy', 'true');
  setStatus('Analysing…', 'busy');
  if (running) queued = { key: latest, text };
  else dispatch({ key: latest, text });
}

function dispatch(request) {
  running = request;
  clearTimeout(watchdog);
  watchdog = setTimeout(stopHung, WATCHDOG_MS + (request.text.length / 1000) * WATCHDOG_MS_PER_1000_CHARS);
  const from = analyzer;
  from.request('draw', request).then(
    (result) => settle(from, request, result, null),
    (error) => settle(from, request, null, error),
  );
}

function settle(from, request, result, error) {
  if (from !== analyzer || running !== request) return; // an analyzer stopped as hung answers late
  running = null;
  clearTimeout(watchdog);
  if (queued) {
    const next = queued;
    queued = null;
    dispatch(next);
    return;
  }
  if (request.key !== latest) return; // the box was cleared or the text refused meanwhile
  if (error) {
    // A trap inside wasm was recovered in the worker (the module restarted); a worker that died
    // is replaced by the next request. Either way the text is tried once more, never a third time.
    if (!retried) {
      retried = true;
      setStatus(`The analysis failed (${error.message}); analysing again…`, 'busy');
      dispatch(request);
      return;
    }
    results.setAttribute('aria-busy', 'false');
    setStatus(`The analysis failed again: ${error.message}. Your text is kept: edit it or press Analyse to try again.`, 'error');
    return;
  }
  results.setAttribute('aria-busy', 'false');
  draw(result, request);
  const { milliseconds } = result;
  setStatus(`Analysed in ${milliseconds < 10 ? milliseconds.toFixed(1) : Math.round(milliseconds)} ms.`);
  // When the first result was drawn, for bench/page.mjs (a mark costs nothing).
  if (!performance.getEntriesByName('newslens:first-result').length) performance.mark('newslens:first-result');
}

// A hang is not retried: the same text would hang again. The text itself never left the page.
function stopHung() {
  analyzer.terminate();
  startAnalyzer();
  running = null;
  queued = null;
  results.setAttribute('aria-busy', 'false');
  setStatus('The analyser took too long and was stopped; it has been restarted. Your text is kept: edit it or press Analyse to try again.', 'error');
}

/** Nothing waiting is drawn any more: a reply still on its way is for an older text. */
function cancel() {
  latest += 1;
  queued = null;
  results.setAttribute('aria-busy', 'false');
}

function refuse(text) {
  cancel();
  results.replaceChildren(
    el(
      'p',
      { class: 'card placeholder', id: 'too-long' },
      `This text is ${formatNumber(text.length)} characters long; the page analyses up to ${formatNumber(MAX_CHARS)} ` +
        '(about 170,000 words) so that it stays responsive. Your text is kept: shorten it, or analyse it in parts.',
    ),
  );
  setStatus(`Too long to analyse here: ${formatNumber(text.length)} of at most ${formatNumber(MAX_CHARS)} characters.`, 'error');
}

function analyzeNow() {
  clearTimeout(debounce);
  const text = textarea.value;
  if (!text.trim()) {
    cancel();
    results.replaceChildren(el('p', { class: 'card placeholder' }, 'Paste an article, or load the sample, to see its analysis.'));
    setStatus('');
    return;
  }
  if (text.length > MAX_CHARS) {
    refuse(text);
    return;
  }
  retried = false;
  send(text);
}

/** Draws the panels for `request.text`, the text analysed (the box may hold another by now). */
function draw({ analysis, totals }, { key, text }) {
  const exportAs = (kind) => analyzer.request('export', { kind, key });
  const context = renderContext({ text, totals, exportAs });
  const sections = PANELS.filter((panel) => panel.shows(analysis)).map((panel) =>
    el(
      'section',
      { class: 'panel', id: `panel-${panel.id}`, 'aria-labelledby': `panel-${panel.id}-title` },
      el('h2', { id: `panel-${panel.id}-title` }, panel.title),
      panel.render(analysis, text, context),
    ),
  );
  results.replaceChildren(...sections);
}

function remember() {
  clearTimeout(saving);
  try {
    localStorage.setItem(STORAGE_KEY, textarea.value);
  } catch {
    // Storage full or disabled: the text stays in the textarea, which is all we can do.
  }
}

function load(text) {
  textarea.value = text;
  remember();
  analyzeNow();
}

// A paste or drop that would take the box over the limit is refused before the text reaches
// it: a textarea holding millions of characters takes the browser seconds to lay out (measured
// in Chromium: 9 s for a million newlines), a freeze that would come before any analysis.
function refuseOversized(event, data) {
  const incoming = data?.getData('text/plain') ?? '';
  const selected = textarea.selectionEnd - textarea.selectionStart;
  const total = textarea.value.length - (event.type === 'paste' ? selected : 0) + incoming.length;
  if (total <= MAX_CHARS) return;
  event.preventDefault();
  setStatus(
    `Not pasted: the text would be ${formatNumber(total)} characters long, and the page analyses up to ` +
      `${formatNumber(MAX_CHARS)}. Your text is unchanged.`,
    'error',
  );
}
textarea.addEventListener('paste', (event) => refuseOversized(event, event.clipboardData));

// Files: opened with the button or dropped on the article box. The file's text replaces the
// box's; one that cannot be read, or is too long, leaves the box as it was.
async function openFile(file) {
  try {
    const text = await readArticle(file, MAX_CHARS);
    if (text.length > MAX_CHARS) {
      setStatus(`Not opened: ${file.name} holds ${formatNumber(text.length)} characters, and the page analyses up to ${formatNumber(MAX_CHARS)}.`, 'error');
      return;
    }
    load(text);
    setStatus(`Opened ${file.name}; analysing…`, 'busy');
  } catch (error) {
    setStatus(`Not opened: ${error.message}. Your text is unchanged.`, 'error');
  }
}
const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
const dropZone = document.querySelector('.input');
dropZone.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (file) {
    event.preventDefault();
    openFile(file);
  } else if (event.target === textarea) {
    refuseOversized(event, event.dataTransfer);
  }
});
const picker = document.getElementById('file');
document.getElementById('open').addEventListener('click', () => picker.click());
picker.addEventListener('change', () => {
  if (picker.files[0]) openFile(picker.files[0]);
  picker.value = '';
});

// Saved shortly after typing stops (writing a long text on every key would cost each key
// milliseconds) and at once when the page is hidden or left, so a reload loses nothing.
addEventListener('pagehide', remember);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') remember();
});

textarea.addEventListener('input', () => {
  clearTimeout(saving);
  saving = setTimeout(remember, SAVE_MS);
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, DEBOUNCE_MS);
});
document.getElementById('analyze').addEventListener('click', analyzeNow);
document.getElementById('sample').addEventListener('click', () => load(SAMPLE));
document.getElementById('clear').addEventListener('click', () => {
  load('');
  textarea.focus();
});

// Offline: served over http(s), a service worker keeps the page's files so that it opens with
// the network off after one visit. (The single file needs none: it is all in one place.)
if ('serviceWorker' in navigator && !inlined && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Private windows and some settings refuse service workers: the page still works online.
  });
}

startAnalyzer();
let saved = null;
try {
  saved = localStorage.getItem(STORAGE_KEY);
} catch {
  saved = null;
}
textarea.value = saved ?? SAMPLE;
analyzeNow();
