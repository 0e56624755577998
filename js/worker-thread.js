// Inside the worker started by createAnalyzer(): one wasm instance, one request at a time.
// The protocol: { type: 'init', wasm } once, then { type, id, ...fields } requests, each answered
// { id, result } or { id, error }. A trap inside wasm is recovered by api.js (the module is
// restarted) and comes back as an error; the worker itself goes on.
// A host with its own worker script (the page: www/worker.js) imports this module and adds its
// request types to `handlers`, so loading, errors and the protocol stay these.
import { analyze, init } from './index.js';

/** Request handlers by type: each gets the request and returns (or resolves to) its result. */
export const handlers = {
  analyze: ({ text, options }) => analyze(text, options),
};

let ready = null;

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    ready = init(data.wasm ?? undefined);
    ready.catch(() => {});
    return;
  }
  try {
    await (ready ??= init());
    if (!Object.hasOwn(handlers, data.type)) throw new Error(`newslens: the worker has no request type \`${data.type}\``);
    self.postMessage({ id: data.id, result: await handlers[data.type](data) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
};
