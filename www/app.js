// The page: keeps the user's text safe, sends it to the analysis worker, draws the panels.
import { el } from './dom.js';
import { PANELS } from './panels/index.js';
import { SAMPLE } from './sample.js';

const STORAGE_KEY = 'newslens:text';
const DEBOUNCE_MS = 400;

const textarea = document.getElementById('text');
const results = document.getElementById('results');
const status = document.getElementById('status');

let worker = null;
let latest = 0;
let pendingText = null;
let debounce = 0;

function setStatus(message, kind = '') {
  status.textContent = message;
  status.className = `status ${kind}`.trim();
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => {
    const { id, analysis, error, milliseconds } = event.data;
    if (id !== latest) return;
    results.setAttribute('aria-busy', 'false');
    pendingText = null;
    if (error) {
      setStatus(`The analysis failed: ${error}`, 'error');
      return;
    }
    draw(analysis);
    setStatus(`Analysed in ${milliseconds < 10 ? milliseconds.toFixed(1) : Math.round(milliseconds)} ms.`);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    recover('The analyser stopped unexpectedly');
  };
}

// A dead worker is replaced and the last request sent again; the text itself never left the page.
function recover(reason) {
  worker?.terminate();
  startWorker();
  setStatus(`${reason}; it has been restarted.`, 'error');
  if (pendingText !== null) send(pendingText);
}

function send(text) {
  latest += 1;
  pendingText = text;
  results.setAttribute('aria-busy', 'true');
  setStatus('Analysing…', 'busy');
  worker.postMessage({ id: latest, text });
}

function analyzeNow() {
  clearTimeout(debounce);
  const text = textarea.value;
  if (!text.trim()) {
    latest += 1;
    results.replaceChildren(el('p', { class: 'card placeholder' }, 'Paste an article, or load the sample, to see its analysis.'));
    setStatus('');
    return;
  }
  send(text);
}

function draw(analysis) {
  const sections = PANELS.filter((panel) => panel.shows(analysis)).map((panel) =>
    el(
      'section',
      { class: 'panel', id: `panel-${panel.id}`, 'aria-labelledby': `panel-${panel.id}-title` },
      el('h2', { id: `panel-${panel.id}-title` }, panel.title),
      panel.render(analysis, textarea.value),
    ),
  );
  results.replaceChildren(...sections);
}

function remember() {
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

textarea.addEventListener('input', () => {
  remember();
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, DEBOUNCE_MS);
});
document.getElementById('analyze').addEventListener('click', analyzeNow);
document.getElementById('sample').addEventListener('click', () => load(SAMPLE));
document.getElementById('clear').addEventListener('click', () => {
  load('');
  textarea.focus();
});

startWorker();
let saved = null;
try {
  saved = localStorage.getItem(STORAGE_KEY);
} catch {
  saved = null;
}
textarea.value = saved ?? SAMPLE;
analyzeNow();
