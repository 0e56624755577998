// The "Who said what" panel in headless Chromium: speakers with their quotations, a quotation
// leading to its place in the article, quoted words marked there, and the quotes CSV.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));

let server;
let context;
let url;

before(async () => {
  ({ server, url } = await startServer({ root, port: 0 }));
  context = await launch();
});

after(async () => {
  await context?.close();
  server?.close();
});

test('who said what: speakers, quotations that lead into the article, quoted words marked', async () => {
  const { page, errors } = await openPage(context, url);
  await page.fill('#text', 'Anna de Vries runs the port. “Goods stop moving across Europe,” said Anna de Vries, the chief executive. “We cannot wait.”\n\nPieter Bakker said that the vote would come next week.');
  await analysed(page);
  await page.waitForSelector('#panel-quotes .quote');
  const speakers = await page.locator('#panel-quotes .quote-group h3').allTextContents();
  assert.match(speakers[0], /^Anna de Vries ×2$/);
  const quotes = page.locator('#panel-quotes .quote');
  assert.equal(await quotes.count(), 3);
  assert.match(await quotes.first().textContent(), /Goods stop moving across Europe/);
  assert.ok((await page.locator('#panel-article .quoted').count()) > 0, 'quoted words are marked in the article');
  await quotes.first().click();
  assert.equal(await page.locator('#panel-article mark.highlight').textContent(), 'Goods stop moving across Europe,');
  // Its button stays pressed while it is marked; a second choice clears the mark.
  assert.equal(await quotes.first().getAttribute('aria-pressed'), 'true');
  assert.equal(await quotes.nth(1).getAttribute('aria-pressed'), 'false');
  await quotes.first().click();
  assert.equal(await page.locator('#panel-article mark.highlight').count(), 0);
  assert.equal(await quotes.first().getAttribute('aria-pressed'), 'false');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-quotes')]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString('utf8').split('\r\n');
  assert.equal(lines[0], 'speaker,entity,text,start,end,direct');
  assert.match(lines[1], /^"Anna de Vries","Anna de Vries","Goods stop moving across Europe,",\d+,\d+,"true"$/);
  assert.deepEqual(errors, []);
});
