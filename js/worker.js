// `newslens/worker`: the analysis in a Web Worker behind promises, so the page never waits.
// Bundlers (Vite, webpack 5, Parcel) recognise `new Worker(new URL(...), { type: 'module' })`
// and bundle the worker with its wasm.

/**
 * Starts a worker and returns `{ analyze(text, options) -> Promise<Analysis>, terminate() }`.
 * `wasm` (optional) is where the worker finds the wasm module: a URL, bytes or a compiled module.
 */
export function createAnalyzer({ wasm } = {}) {
  const worker = new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 0;
  let failure = null;

  const failAll = (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  worker.onmessage = ({ data }) => {
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if (data.error !== undefined) request.reject(new Error(data.error));
    else request.resolve(data.analysis);
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(new Error(`newslens: the analysis worker failed${event.message ? `: ${event.message}` : ''}`));
  };
  worker.postMessage({ type: 'init', wasm: wasm instanceof URL ? wasm.href : wasm });

  return {
    analyze(text, options) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'analyze', id, text, options });
      });
    },
    terminate() {
      worker.terminate();
      if (!failure) failAll(new Error('newslens: the analyzer was terminated'));
    },
  };
}
