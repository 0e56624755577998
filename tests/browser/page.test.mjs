// The page as a person uses it, in headless Chromium: the sample, pasting text, what is shown,
// and that no request goes anywhere but the page's own server.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage as openIn, recordRequests } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const shots = fileURLToPath(new URL('../../.cache/screenshots/', import.meta.url));

let server;
let context;
let requests;

before(async () => {
  ({ server } = await startServer({ root, port: 0 }));
  context = await launch();
  requests = recordRequests(context);
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  server?.close();
});

const origin = () => `http://localhost:${server.address().port}`;

const openPage = (width = 1280) => openIn(context, `${origin()}/`, width);

test('the sample article is analysed on first visit', async () => {
  const { page, errors } = await openPage();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#panel-stats').waitFor();
  const words = await page.locator('#panel-stats dd').first().textContent();
  assert.ok(Number(words.replace(/,/g, '')) > 250, `words shown: ${words}`);
  const sentences = await page.locator('#panel-sentences li').allTextContents();
  assert.ok(sentences.length === 19, `${sentences.length} sentences`);
  assert.equal(sentences[0], 'Harbor City Approves $1.2 Billion Sea Wall After Record Flooding');
  assert.ok(sentences.some((s) => s.startsWith('Dr. Samuel K. Osei, a hydrologist')), 'honorific and initial kept inside');
  assert.match(await page.locator('#status').textContent(), /Analysed in/);
  const first = page.locator('#panel-keyphrases .keyphrase').first();
  const times = Number((await first.locator('.keyphrase-count').textContent()).replace('×', ''));
  await first.click();
  assert.equal(await first.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#panel-article mark.highlight').count(), times);
  await first.click();
  assert.equal(await page.locator('#panel-article mark.highlight').count(), 0);
  const people = await page.locator('#panel-entities .entity.person .entity-name').allTextContents();
  assert.ok(people.includes('Elena Marchetti') && people.includes('Samuel K. Osei'), people.join('|'));
  const marchetti = page.locator('#panel-entities .entity', { hasText: 'Elena Marchetti' });
  const mentionCount = Number((await marchetti.locator('.entity-count').textContent()).replace('×', ''));
  await marchetti.click();
  assert.equal(await page.locator('#panel-article mark.mention.selected').count(), mentionCount);
  assert.match(await page.locator('#panel-article mark.mention.person', { hasText: 'Samuel K. Osei' }).getAttribute('data-tip'), /^person, \d+% sure(, (positive|negative|neutral) toward it( \(.+\))?)?$/);
  assert.ok((await page.locator('#panel-article mark.mention').count()) > 20);
  await page.screenshot({ path: `${shots}desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'nothing overflows a phone screen');
  await page.screenshot({ path: `${shots}phone.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('pasted text is analysed and drawn as text, never as HTML', async () => {
  const { page, errors } = await openPage();
  const text = 'Mr. Blinken met Zelensky’s aides at 6:15 p.m. on Tuesday. “Will it hold?” he asked. <img src=x onerror="window.hacked=1"> Ça va 🙂.';
  await page.fill('#text', text);
  await page.click('#analyze');
  await page.waitForFunction(() => document.querySelectorAll('#panel-sentences li').length === 3);
  const sentences = await page.locator('#panel-sentences li').allTextContents();
  assert.deepEqual(sentences, [
    'Mr. Blinken met Zelensky’s aides at 6:15 p.m. on Tuesday.',
    '“Will it hold?” he asked.',
    '<img src=x onerror="window.hacked=1"> Ça va 🙂.',
  ]);
  assert.equal(await page.locator('#results img').count(), 0);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  const tokens = await page.locator('#panel-tokens .token').allTextContents();
  assert.ok(tokens.includes('Zelensky') && tokens.includes('’s') && tokens.includes('p.m.'), tokens.join('|'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the text survives a reload', async () => {
  const { page } = await openPage();
  await page.fill('#text', 'Kept across reloads.');
  await page.reload();
  assert.equal(await page.inputValue('#text'), 'Kept across reloads.');
  await page.close();
});

test('no request leaves the page origin', () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((url) => !url.startsWith(origin()) && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
});
