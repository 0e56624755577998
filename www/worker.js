// The analysis runs here, off the main thread, so typing and scrolling never wait for it.
// Served from a folder, the wasm is fetched next to pkg/newslens.js; in the single-file page
// (scripts/build-single.mjs) the page first sends the module's bytes, base64, as { wasm }.
import init, { analyze } from './pkg/newslens.js';

let ready = null;

function decodeBase64(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

self.onmessage = async (event) => {
  if (typeof event.data.wasm === 'string') {
    ready = init({ module_or_path: decodeBase64(event.data.wasm) });
    return;
  }
  const { id, text, options } = event.data;
  try {
    ready ??= init();
    await ready;
    const started = performance.now();
    const analysis = analyze(text, options);
    self.postMessage({ id, analysis, milliseconds: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
