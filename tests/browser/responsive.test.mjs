// The page keeps working while a 1,000,000-character text is analysed: key, input, click and
// wheel events are handled while the analysis runs (it runs in the worker, not on the page's
// thread), what was typed meanwhile is all in the box, and the last result draws every
// sentence. How late those events are handled is a figure, not a test: `node bench/page.mjs`
// prints it (the delays depend on the machine and its load; a timed test here was flaky on the
// shared 2-core machine).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { SAMPLE } from '../../www/sample.js';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const LONGEST = 1_000_000;

test('input is handled while a 1 MB text is analysed', async () => {
  const { server, url } = await startServer({ root, port: 0 });
  const context = await launch();
  try {
    const { page, errors } = await openPage(context, url);
    await analysed(page);
    let text = '';
    while (text.length < LONGEST) text += `${SAMPLE}\n\n`;
    text = text.slice(0, LONGEST - 200); // room for what the test types
    // Each input event that reaches its handler, and whether the analysis was running.
    await page.evaluate(() => {
      window.handled = [];
      for (const type of ['keydown', 'input', 'pointerdown', 'click', 'wheel']) {
        document.addEventListener(type, (event) => {
          window.handled.push({ type: event.type, busy: document.getElementById('results').getAttribute('aria-busy') === 'true' });
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
      // Pointer first: the first round's click and wheel land during the first analysis of
      // the long text however fast the machine is; typing then keeps the page busy.
      await page.click('#input-title');
      await page.mouse.move(900, 400);
      await page.mouse.wheel(0, 40);
      await page.focus('#text');
      await page.keyboard.type('ab ', { delay: 15 });
    }
    await analysed(page, 60_000);
    const during = (await page.evaluate(() => window.handled)).filter((d) => d.busy);
    const typing = during.filter((d) => d.type === 'keydown' || d.type === 'input');
    const pointing = during.filter((d) => d.type !== 'keydown' && d.type !== 'input');
    // How many events land while the page is busy depends on how fast the machine analyses (the
    // page sends only the newest text once the current analysis is back); some of each must.
    assert.ok(typing.length >= 1 && pointing.length >= 1, `${typing.length} key and ${pointing.length} pointer events while the analysis ran`);
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
