// Inside the worker started by createAnalyzer(): one wasm instance, one request at a time.
import { analyze, init } from './index.js';

let ready = null;

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    ready = init(data.wasm ?? undefined);
    ready.catch(() => {});
    return;
  }
  try {
    await (ready ??= init());
    self.postMessage({ id: data.id, analysis: analyze(data.text, data.options) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};
