// `newslens/worker`: the analysis in a Web Worker behind promises, so the page never waits.
// Bundlers (Vite, webpack 5, Parcel) recognise `new Worker(new URL(...), { type: 'module' })`
// and bundle the worker with its wasm.

/**
 * Starts a worker and returns `{ analyze(text, options) -> Promise<Analysis>, request(type,
 * fields) -> Promise, terminate() }`.
 * `wasm` (optional) is where the worker finds the wasm module: a URL, bytes or a compiled module.
 * `worker` (optional) starts the worker thread, for hosts that bundle or inline it themselves:
 * a function returning a Worker that runs worker-thread.js, or a script importing it that adds
 * its own request types (see worker-thread.js), which `request` then reaches.
 * A worker that fails (an uncaught error, or a script that cannot load) rejects the calls waiting
 * on it, and the next call starts a new one.
 */
export function createAnalyzer({ wasm, worker: start } = {}) {
  const pending = new Map();
  let nextId = 0;
  let thread = null;
  let terminated = false;

  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const startThread = () => {
    const created = start ? start() : new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
    created.onmessage = ({ data }) => {
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      if (data.error !== undefined) request.reject(new Error(data.error));
      else request.resolve(data.result);
    };
    created.onerror = (event) => {
      event.preventDefault?.();
      if (thread !== created) return;
      thread = null;
      created.terminate();
      failAll(new Error(`newslens: the analysis worker failed${event.message ? `: ${event.message}` : ''}`));
    };
    created.postMessage({ type: 'init', wasm: wasm instanceof URL ? wasm.href : wasm });
    return created;
  };
  thread = startThread();

  const request = (type, fields) => {
    if (terminated) return Promise.reject(new Error('newslens: the analyzer was terminated'));
    thread ??= startThread();
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      thread.postMessage({ ...fields, type, id });
    });
  };

  return {
    analyze: (text, options) => request('analyze', { text, options }),
    request,
    terminate() {
      if (terminated) return;
      terminated = true;
      thread?.terminate();
      thread = null;
      failAll(new Error('newslens: the analyzer was terminated'));
    },
  };
}
