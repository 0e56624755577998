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
  return wasm.analyze(text, options);
}

/** The version of the newslens core. */
export function version() {
  ensureReady('version');
  return wasm.version();
}
