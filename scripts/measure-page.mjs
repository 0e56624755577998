// Measures what a long text costs the page, to choose the page's input limit (www/app.js,
// MAX_CHARS): for articles of growing size (the sample article repeated), in headless Chromium,
// a fresh analysis worker per size, it prints the analysis time in the worker, the time until
// the result reaches the page, the longest stall of the page's main thread meanwhile (the
// structured clone of the result is decoded there), and the worker's wasm memory afterwards.
//   npm run build && node scripts/measure-page.mjs [MB ...]
import { fileURLToPath } from 'node:url';

import { launch } from '../tests/browser/chromium.mjs';
import { startServer } from './serve.mjs';

const sizes = process.argv.slice(2).map(Number).filter((mb) => mb > 0);
const root = fileURLToPath(new URL('../www/', import.meta.url));
const { server } = await startServer({ root, port: 0 });
const context = await launch();
try {
  const page = await context.newPage();
  await page.goto(`http://localhost:${server.address().port}/`);
  console.log('MB of text   chars  worker ms  to page ms  main-thread stall ms  wasm memory MB');
  for (const mb of sizes.length ? sizes : [0.25, 0.5, 1, 2, 4, 8]) {
    const workerReady = page.waitForEvent('worker', (w) => w.url().endsWith('/worker.js'));
    const run = page.evaluate(async (mb) => {
      const { SAMPLE } = await import('./sample.js');
      const bytes = new TextEncoder().encode(SAMPLE).length;
      const text = SAMPLE.repeat(Math.ceil((mb * 2 ** 20) / bytes));
      const worker = new Worker('./worker.js', { type: 'module' });
      // Warm up (loads and compiles the module) so that only the analysis is timed.
      await new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.postMessage({ type: 'draw', id: 0, key: 0, text: 'Warm up.' });
      });
      let stall = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        stall = Math.max(stall, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      const reply = await new Promise((resolve) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.postMessage({ type: 'draw', id: 1, key: 1, text });
      });
      const arrived = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
      clearInterval(ticker);
      window.measuredWorker = worker;
      return { chars: text.length, worker: reply.result?.milliseconds, arrived, stall, error: reply.error };
    }, mb);
    const worker = await workerReady;
    const result = await run;
    const memory = await worker.evaluate(async () => {
      const glue = await import('./pkg/newslens.js');
      return (await glue.default()).memory.buffer.byteLength;
    });
    await page.evaluate(() => window.measuredWorker.terminate());
    const line = [
      mb.toFixed(2).padStart(10),
      String(result.chars).padStart(8),
      result.worker?.toFixed(0).padStart(10) ?? 'error'.padStart(10),
      result.arrived.toFixed(0).padStart(11),
      result.stall.toFixed(0).padStart(21),
      (memory / 2 ** 20).toFixed(0).padStart(15),
    ].join(' ');
    console.log(result.error ? `${line}  ${result.error}` : line);
  }
} finally {
  await context.close();
  server.close();
}
