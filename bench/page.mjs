// The page in headless Chromium: how soon the first result is drawn after the page is opened,
// on this machine and on a mid-range phone profile (Chromium's CPU throttling, 4×), and how late
// input events reach the page while a 1,000,000-character text is analysed in the worker.
// Figures, not pass/fail: tests/browser/responsive.test.mjs checks the behaviour untimed.
//
//   node bench/page.mjs [--runs N] [--json FILE]     (run `npm run build` first)
//
// First result: a fresh browser profile per run (nothing cached, no service worker yet), the
// page opened with the sample in the box; the time from navigation start to the status line
// "Analysed in …" (import of the package, fetch and compile of the wasm, start of the worker,
// the analysis, the drawing). Medians of N runs (default 3).
// Responsiveness: as a user would, 8 rounds of a click on the title, a wheel scroll and typing
// "ab " (15 ms between keys) while the long text is analysed; for each event that arrived
// while the page was busy, the delay from the event's timestamp to its handler.
// CPU throttling slows the page's renderer, its worker included (a loop in a worker took about
// 2× as long at rate 4 in this Chromium, one on the page's thread about 3×).
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { startServer } from '../scripts/serve.mjs';
import { SAMPLE } from '../www/sample.js';
import { analysed, launch } from '../tests/browser/chromium.mjs';

const root = fileURLToPath(new URL('../www/', import.meta.url));
const LONGEST = 1_000_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Milliseconds from navigation start to the first drawn result, at CPU slow-down `rate`. */
async function firstResult(url, rate) {
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await context.newCDPSession(page);
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    await analysed(page, 60_000 * rate);
    // performance.now() is measured from the navigation's start; the status is set right
    // after the panels are drawn, so the time at which the wait above saw it is within a
    // polling interval of the figure: read the mark the page leaves instead, when there is one.
    return await page.evaluate(() => {
      const marks = performance.getEntriesByName('newslens:first-result');
      return marks.length ? marks[0].startTime : performance.now();
    });
  } finally {
    await context.close();
  }
}

/** Event delays while a 1 MB text is analysed (the procedure of the responsiveness test). */
async function responsiveness(url) {
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await analysed(page);
    let text = '';
    while (text.length < LONGEST) text += `${SAMPLE}\n\n`;
    text = text.slice(0, LONGEST - 200);
    await page.evaluate(() => {
      window.delays = [];
      for (const type of ['keydown', 'input', 'pointerdown', 'click', 'wheel']) {
        document.addEventListener(type, (event) => {
          window.delays.push({ type, ms: performance.now() - event.timeStamp, busy: document.getElementById('results').getAttribute('aria-busy') === 'true' });
        }, { capture: true, passive: true });
      }
    });
    const started = Date.now();
    await page.evaluate((long) => {
      const box = document.getElementById('text');
      box.value = long;
      box.setSelectionRange(long.length, long.length);
      document.getElementById('analyze').click();
    }, text);
    await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'true');
    for (let round = 0; round < 8; round++) {
      // Pointer first: the first round's click and wheel land during the first analysis of
      // the long text however fast the machine is; typing then keeps the page busy.
      await page.click('#input-title');
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, 40);
      await page.focus('#text');
      await page.keyboard.type('ab ', { delay: 15 });
    }
    await analysed(page, 120_000);
    const wallMs = Date.now() - started;
    const during = (await page.evaluate(() => window.delays)).filter((d) => d.busy);
    const summary = (list) => {
      const sorted = list.map((d) => d.ms).sort((a, b) => a - b);
      return {
        count: sorted.length,
        p90: sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(0.9 * sorted.length))] : null,
        worst: sorted.length ? sorted[sorted.length - 1] : null,
      };
    };
    return {
      characters: text.length,
      wallMs,
      typing: summary(during.filter((d) => d.type === 'keydown' || d.type === 'input')),
      pointing: summary(during.filter((d) => d.type !== 'keydown' && d.type !== 'input')),
    };
  } finally {
    await context.close();
  }
}

/** Every page figure; `say` prints a line. */
export async function pageFigures({ runs = 3, say = console.log } = {}) {
  const { server, url } = await startServer({ root, port: 0 });
  try {
    const first = {};
    for (const rate of [1, 4]) {
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await firstResult(url, rate));
      first[rate] = { medianMs: median(times), times };
    }
    const input = await responsiveness(url);
    const f = (x) => (x == null ? '-' : x.toFixed(0));
    say(`page (headless Chromium): first result drawn after opening the page (sample article, fresh profile), medians of ${runs}`);
    say(`  this machine             ${f(first[1].medianMs)} ms  (${first[1].times.map(f).join(', ')})`);
    say(`  CPU throttled 4× (phone) ${f(first[4].medianMs)} ms  (${first[4].times.map(f).join(', ')})`);
    say(`page: input while ${input.characters.toLocaleString('en-US')} characters are analysed in the worker (${(input.wallMs / 1000).toFixed(1)} s from the click to the last result)`);
    say(`  key and input events     ${input.typing.count} while busy, 90th percentile ${f(input.typing.p90)} ms, slowest ${f(input.typing.worst)} ms`);
    say(`  pointer, click, wheel    ${input.pointing.count} while busy, slowest ${f(input.pointing.worst)} ms`);
    return { firstResult: first, input };
  } finally {
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const json = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
  const figures = await pageFigures({ runs });
  if (json) writeFileSync(json, JSON.stringify(figures, null, 2) + '\n');
}
