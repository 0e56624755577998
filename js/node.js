// Node: the wasm file is read from disk next to the glue; nothing is fetched.
import { readFile } from 'node:fs/promises';

import { initFrom } from './api.js';

export { analyze, version } from './api.js';

/** Loads the wasm module; pass bytes or a WebAssembly.Module to use another copy. */
export function init(source) {
  return initFrom(() => readFile(new URL('../pkg/newslens_bg.wasm', import.meta.url)), source);
}
