// The functions every entry exports. Each entry (index.js for browsers and bundlers, node.js
// for Node) differs only in how `init()` finds the wasm module when given no source.
import initWasm, * as wasm from '../pkg/newslens.js';

let pending = null;
let ready = false;

/**
 * Loads the wasm module once. Safe to call twice or concurrently: every call returns the same
 * promise. A failed load can be retried.
 */
export function initFrom(defaultSource, source) {
  if (!pending) {
    pending = (async () => {
      const module_or_path = await (source ?? defaultSource());
      await initWasm({ module_or_path });
      ready = true;
    })();
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/**
 * Instantiates from bytes or a compiled module at once, without wasm-bindgen's asynchronous
 * loader (whose `Response` check makes Node load its whole fetch stack: about 50 ms).
 */
export function initSyncFrom(module) {
  if (!ready) {
    wasm.initSync({ module });
    ready = true;
  }
  pending ??= Promise.resolve();
  return pending;
}

function ensureReady(name) {
  if (!ready) {
    throw new Error(`newslens: call \`await init()\` before ${name}()`);
  }
}

/** Analyses `text`. Offsets are UTF-16 code units: `text.slice(start, end) === item.text`. */
export function analyze(text, options) {
  ensureReady('analyze');
  if (typeof text !== 'string') {
    throw new TypeError(`newslens: analyze(text) needs a string, got ${text === null ? 'null' : typeof text}`);
  }
  const analysis = guarded('analyze', () => wasm.analyzeCompact(text, options));
  analysis.tokens = tokenSpans(text, analysis.tokens);
  return analysis;
}

/**
 * The token objects, made here from the UTF-16 offsets the wasm module returns (start and end
 * of each token in turn): half the memory and time of building them across the boundary.
 */
function tokenSpans(text, offsets) {
  // The wasm module reads a lone surrogate as U+FFFD (one UTF-16 unit, so offsets still agree),
  // and each token's text says so, as every other item's text does.
  const source = isWellFormed(text) ? text : toWellFormed(text);
  const tokens = new Array(offsets.length >> 1);
  for (let i = 0, k = 0; k < offsets.length; i++, k += 2) {
    const start = offsets[k];
    const end = offsets[k + 1];
    tokens[i] = { start, end, text: source.slice(start, end) };
  }
  return tokens;
}

// For Node 18, which has neither String.prototype.isWellFormed nor toWellFormed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isWellFormed(text) {
  return typeof text.isWellFormed === 'function' ? text.isWellFormed() : !LONE_SURROGATE.test(text);
}

function toWellFormed(text) {
  return typeof text.toWellFormed === 'function'
    ? text.toWellFormed()
    : text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/**
 * Runs a call into the wasm module. A trap (a `WebAssembly.RuntimeError`: out of memory, or a
 * bug that panicked) leaves the instance unusable, since the call stopped halfway and its memory
 * is never freed; so the module is instantiated afresh from the same compiled module, and the
 * error says what happened. The next call works on the new instance.
 */
function guarded(name, call) {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) {
      throw error;
    }
    let restarted = true;
    try {
      wasm.__wbg_reset_state();
    } catch {
      restarted = false;
    }
    throw new Error(
      `newslens: ${name}() crashed inside WebAssembly (${error.message}), most likely out of memory: ` +
        'a wasm module has at most 4 GiB, which a text of tens of megabytes can exhaust; ' +
        (restarted ? 'the module was restarted and later calls work' : 'the module could not be restarted'),
      { cause: error },
    );
  }
}

/** The version of the newslens core. */
export function version() {
  ensureReady('version');
  return guarded('version', () => wasm.version());
}
