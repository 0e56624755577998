// The summary on the page: first among the results, each sentence leading to its place in the
// article, where the summary's sentences are marked; and in the JSON export.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const shots = fileURLToPath(new URL('../../.cache/screenshots/', import.meta.url));

let server;
let context;

before(async () => {
  ({ server } = await startServer({ root, port: 0 }));
  context = await launch();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.close();
});

test('the summary comes first and each sentence leads to its marked place in the article', async () => {
  const { page, errors } = await openPage(context, `http://localhost:${server.address().port}/`, 1280);
  await page.click('#sample');
  await analysed(page);
  const first = await page.locator('section.panel').first().getAttribute('id');
  assert.equal(first, 'panel-summary');
  const items = page.locator('#panel-summary ol.summary li');
  assert.equal(await items.count(), 3);
  const marked = page.locator('#panel-article .in-summary');
  assert.equal(await marked.count(), 3);
  // The summary's sentences are the article's marked sentences, in the same order.
  const listed = await page.locator('#panel-summary .summary-text').allTextContents();
  assert.deepEqual(await marked.allTextContents(), listed);
  await items.nth(2).locator('button.summary-go').click();
  const focused = await page.evaluate(() => document.activeElement?.className);
  assert.equal(focused, 'in-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), listed[2]);
  await page.locator('#panel-summary').screenshot({ path: `${shots}summary-panel.png` });
  assert.deepEqual(errors, []);
  await page.close();
});
