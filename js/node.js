// Node: the wasm file is read from disk next to the glue; nothing is fetched.
import { readFileSync } from 'node:fs';

import { initFrom, initSyncFrom } from './api.js';

export { analyze, version } from './api.js';

/** Loads the wasm module; pass bytes or a WebAssembly.Module to use another copy. */
export function init(source) {
  if (source === undefined || source instanceof WebAssembly.Module || ArrayBuffer.isView(source) || source instanceof ArrayBuffer) {
    try {
      return initSyncFrom(source ?? readFileSync(new URL('../pkg/newslens_bg.wasm', import.meta.url)));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return initFrom(() => source, source);
}
