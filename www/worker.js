// The analysis runs here, off the main thread, so typing and scrolling never wait for it.
import init, { analyze } from './pkg/newslens.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const started = performance.now();
    const analysis = analyze(text, options);
    self.postMessage({ id, analysis, milliseconds: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
