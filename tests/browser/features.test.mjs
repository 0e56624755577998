// The page's features in headless Chromium: opening and dropping files (an HTML page full of
// scripts and handlers is reduced to its article's text and nothing in it runs), the exports,
// and the ways into the analysis (entity details on focus, sentence tint, the sentiment strip).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage, recordRequests } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));

let server;
let context;
let requests;
let url;

before(async () => {
  ({ server, url } = await startServer({ root, port: 0 }));
  context = await launch();
  requests = recordRequests(context);
});

after(async () => {
  await context?.close();
  server?.close();
});

const HOSTILE = `<!doctype html><html><head><title>Site title | Daily Example</title>
<script>window.hacked = 'head script'</script><style>body { display: none }</style>
<meta http-equiv="refresh" content="0; url=http://example.invalid/"></head>
<body onload="window.hacked = 'onload'">
<header><a href="/">Daily Example</a> Subscribe now</header>
<nav><a href="/world">World</a> <a href="/sport">Sport</a></nav>
<aside>Most read: Celebrity gossip</aside>
<main><article>
  <h1>Lisbon Opens a <em>New</em> Bridge</h1>
  <p>Mayor Carla Moedas opened the bridge in Lisbon on Monday.<img src="http://example.invalid/pixel.gif" onerror="window.hacked = 'img'"></p>
  <script>window.hacked = 'article script'</script>
  <p>The <b>European Union</b> paid half.<br>Traffic fell by 20%.</p>
  <svg onload="window.hacked = 'svg'"><text>drawing</text></svg>
  <iframe srcdoc="<script>parent.hacked = 'iframe'</script>"></iframe>
  <form><input value="search"><button>Go</button></form>
  <p onclick="window.hacked = 'click'">Critics called it &quot;a <a href="javascript:window.hacked='link'">triumph</a>&quot;.</p>
</article>
<article><p>Teaser.</p></article></main>
<footer>Copyright Daily Example</footer></body></html>`;

test('an opened HTML file becomes its article text, and nothing in it runs or loads', async () => {
  const { page, errors } = await openPage(context, url);
  await analysed(page);
  await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE) });
  await page.waitForFunction(() => document.getElementById('text').value.startsWith('Lisbon'));
  assert.equal(
    await page.inputValue('#text'),
    'Lisbon Opens a New Bridge\n\nMayor Carla Moedas opened the bridge in Lisbon on Monday.\n\n' +
      'The European Union paid half.\n\nTraffic fell by 20%.\n\nCritics called it "a triumph".',
  );
  await analysed(page);
  const people = await page.locator('#panel-entities .entity.person .entity-name').allTextContents();
  assert.ok(people.includes('Carla Moedas'), people.join('|'));
  // Nothing from the file ran, or was fetched, or entered the page as markup.
  await page.locator('#panel-article mark').first().click();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.equal(await page.locator('#results img, #results svg, #results iframe, #results script').count(), 0);
  assert.deepEqual(requests.filter((request) => request.includes('example.invalid')), []);
  assert.equal(new URL(page.url()).origin, new URL(url).origin);
  // The text survives a reload.
  await page.reload();
  assert.match(await page.inputValue('#text'), /^Lisbon Opens a New Bridge/);
  // Chromium checks the parsed file's handlers and styles against the page's policy even though
  // the parsed document can run nothing, and reports them as blocked: the only errors allowed.
  const blocked = /^(Executing inline event handler|Applying inline style) violates the following Content Security Policy/;
  assert.deepEqual(errors.filter((error) => !blocked.test(error)), []);
  await page.close();
});

test('a dropped Markdown file is read; an unsupported file leaves the text alone', async () => {
  const { page, errors } = await openPage(context, url);
  await analysed(page);
  const drop = async (name, type, content) => {
    const transfer = await page.evaluateHandle(
      ([n, t, c]) => {
        const data = new DataTransfer();
        data.items.add(new File([c], n, { type: t }));
        return data;
      },
      [name, type, content],
    );
    await page.dispatchEvent('#text', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#text', 'drop', { dataTransfer: transfer });
  };
  await drop('notes.md', 'text/markdown', '# Notes\r\n\r\nAngela Merkel visited Paris on Friday.\r\n');
  await page.waitForFunction(() => document.getElementById('text').value.startsWith('# Notes'));
  assert.equal(await page.inputValue('#text'), '# Notes\n\nAngela Merkel visited Paris on Friday.\n');
  await analysed(page);
  await drop('photo.png', 'image/png', 'PNG');
  await page.waitForFunction(() => /Not opened/.test(document.getElementById('status').textContent));
  assert.match(await page.textContent('#status'), /photo\.png is not a \.txt, \.md or \.html file/);
  assert.equal(await page.inputValue('#text'), '# Notes\n\nAngela Merkel visited Paris on Friday.\n');
  assert.deepEqual(errors, []);
  await page.close();
});

test('exports: the full analysis as JSON, the entities as CSV, and the clipboard', async () => {
  const { page, errors } = await openPage(context, url);
  await page.click('#sample');
  await analysed(page);
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return { name: download.suggestedFilename(), content: await readFile(await download.path(), 'utf8') };
  };
  const json = await save('#export-json');
  assert.equal(json.name, 'newslens-analysis.json');
  const analysis = JSON.parse(json.content);
  const text = await page.inputValue('#text');
  assert.equal(analysis.sentences.length, await page.locator('#panel-sentences li').count());
  assert.equal(analysis.tokens.length, await page.locator('#panel-tokens .token').count());
  for (const mention of analysis.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
  const csv = await save('#export-csv');
  assert.equal(csv.name, 'newslens-entities.csv');
  const rows = csv.content.trimEnd().split('\r\n');
  assert.equal(rows[0], 'id,name,type,count,salience,sentiment,sentiment_score,first_start,aliases');
  assert.equal(rows.length, analysis.entities.length + 1);
  assert.ok(rows.some((row) => row.includes('"Elena Marchetti","person"')), rows.join('\n'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.click('#copy-csv');
  await page.waitForFunction(() => /copied/.test(document.querySelector('#panel-export [role=status]').textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), csv.content);
  assert.deepEqual(errors, []);
  await page.close();
});

test('entity details on focus, click to mark all, tint on demand, strip to sentence', async () => {
  const { page, errors } = await openPage(context, url);
  await page.click('#sample');
  await analysed(page);
  // Keyboard: focus a mention, see its details, choose it with Enter.
  const mention = page.locator('#panel-article mark.mention.person', { hasText: 'Samuel K. Osei' }).first();
  await mention.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const tip = await page.evaluate(() => getComputedStyle(document.activeElement, '::after').content);
  // The type, the tagger's confidence, and the sentiment toward the name with its drivers.
  assert.match(tip, /^"person, \d+% sure, (positive|neutral|negative) toward it( \([^)]+\))?"$/);
  await page.keyboard.press('Enter');
  const osei = page.locator('#panel-entities .entity', { hasText: 'Samuel K. Osei' });
  const count = await page.locator('#panel-article mark.mention.selected').count();
  assert.equal(count, Number((await osei.locator('.entity-count').textContent()).replace('×', '')));
  assert.ok((await page.locator('#panel-article mark.mention.selected').allTextContents()).every((t) => /Osei/.test(t)));
  assert.equal(await page.locator('#panel-article mark.mention.selected[aria-pressed="true"]').count(), count);
  // The entity's button says so too (the panels share the choice through their render context).
  assert.deepEqual(await page.locator('#panel-entities .entity[aria-pressed="true"] .entity-name').allTextContents(), ['Samuel K. Osei']);
  // A key phrase replaces the choice: its occurrences are marked and no entity stays pressed.
  await page.locator('#panel-keyphrases .keyphrase').first().click();
  assert.equal(await page.locator('#panel-entities .entity[aria-pressed="true"]').count(), 0);
  assert.equal(await page.locator('#panel-article mark.mention.selected').count(), 0);
  assert.ok((await page.locator('#panel-article mark.highlight').count()) > 0);
  // Tint: off until asked for.
  const positive = page.locator('#panel-sentences li.positive').first();
  const background = () => positive.evaluate((node) => getComputedStyle(node).backgroundImage);
  assert.equal(await background(), 'none');
  await page.check('#tint-sentences');
  assert.match(await background(), /gradient/);
  // Drivers of a scored sentence are marked.
  assert.ok((await page.locator('#panel-sentences mark.driver').count()) > 0);
  // The strip: a bar leads to its sentence.
  const bars = page.locator('#panel-sentiment .bar');
  assert.equal(await bars.count(), await page.locator('#panel-sentences li').count());
  await bars.nth(15).click();
  await page.waitForFunction(() => document.activeElement?.id === 'sentence-15');
  assert.ok(await page.locator('#sentence-15').isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});
