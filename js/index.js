// Browsers and bundlers: the wasm file is found next to the glue with `new URL(..., import.meta.url)`,
// which Vite, webpack 5, esbuild and Rollup all recognise and copy.
import { initFrom } from './api.js';

export { analyze, version } from './api.js';

/** Loads the wasm module; pass a URL, a Response, bytes or a WebAssembly.Module to host it yourself. */
export function init(source) {
  return initFrom(() => new URL('../pkg/newslens_bg.wasm', import.meta.url), source);
}
