// What the page draws, in headless Chromium: the marks belong to the text that was analysed,
// even when a key is pressed while its result is on its way; and a long article (1,290 words,
// four-digit counts) fits a 375 px screen with no sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage } from './chromium.mjs';
import { LONG_ARTICLE } from './long-article.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));

let server;
let url;
let context;

before(async () => {
  ({ server, url } = await startServer({ root, port: 0 }));
  context = await launch();
});

after(async () => {
  await context?.close();
  server?.close();
});

/** Records every draw of the results as it happens: the article's text and each mark's text. */
function recordDraws() {
  const drawn = () => {
    const article = document.querySelector('#panel-article .article');
    return { text: article?.textContent, marks: [...(article?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent) };
  };
  window.draws = [];
  new MutationObserver(() => window.draws.push(drawn())).observe(document.getElementById('results'), { childList: true });
}

test('a key pressed while a result is on its way does not shift the marks', async () => {
  const { page, errors } = await openPage(context, url);
  await analysed(page);
  const text = 'Mayor Elena Marchetti met Samuel K. Osei in Harbor City on Tuesday. They spoke for 40 minutes.';
  await page.fill('#text', text);
  await page.click('#analyze');
  await page.waitForFunction((t) => document.querySelector('#panel-article .article')?.textContent === t, text);
  await analysed(page);
  await page.evaluate(recordDraws);
  await page.click('#analyze');
  await page.waitForFunction(() => window.draws.length === 1);
  await analysed(page);
  const [expected] = await page.evaluate(() => window.draws);
  assert.equal(expected.text, text);
  assert.ok(expected.marks.includes('Elena Marchetti') && expected.marks.includes('Tuesday'), expected.marks.join('|'));

  // The worker holds its next answer until the test lets it go, so the key is surely pressed
  // while the result is on its way. Every draw is recorded as it happens.
  const worker = page.workers().at(-1);
  await worker.evaluate(() => {
    const post = self.postMessage.bind(self);
    self.postMessage = (message) => {
      self.release = () => {
        self.postMessage = post;
        post(message);
      };
    };
  });
  await page.evaluate(() => {
    window.draws = [];
  });
  await page.click('#analyze');
  await worker.evaluate(async () => {
    while (!self.release) await new Promise((done) => setTimeout(done, 10));
  });
  await page.focus('#text');
  await page.evaluate(() => document.getElementById('text').setSelectionRange(0, 0));
  // The key starts a new analysis 400 ms later (the page's debounce): the answer is let go first.
  await page.keyboard.type('Q');
  await worker.evaluate(() => self.release());
  assert.equal(await page.inputValue('#text'), `Q${text}`);
  await page.waitForFunction(() => window.draws.length > 0);
  const [first] = await page.evaluate(() => window.draws);
  assert.deepEqual(first, expected, 'the first draw shows the text analysed, its marks on the same words');
  // The typed key is analysed in its turn, and drawn with its own text.
  await page.waitForFunction((t) => document.querySelector('#panel-article .article')?.textContent === t, `Q${text}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long article at 375 px: no sideways scrolling, every panel within the screen', async () => {
  const { page, errors } = await openPage(context, url, 375);
  await analysed(page);
  await page.evaluate((text) => {
    document.getElementById('text').value = text;
    document.getElementById('analyze').click();
  }, LONG_ARTICLE);
  await page.waitForFunction(() => /^1,\d{3}$/.test(document.querySelector('#panel-stats dd')?.textContent ?? ''));
  await analysed(page);
  const words = await page.locator('#panel-stats dd').first().textContent();
  assert.match(words, /^1,\d{3}$/, 'a four-digit word count');
  const layout = await page.evaluate(() => ({
    viewport: document.documentElement.clientWidth,
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    // Anything drawn beyond the right edge of the screen (with a size, and not inside a box that
    // clips or scrolls its own content, such as the sentiment strip: that box is checked itself).
    beyond: [...document.querySelectorAll('body *')]
      .filter((node) => {
        const box = node.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || box.right <= document.documentElement.clientWidth + 0.5) return false;
        for (let up = node.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') return false;
        }
        return !node.closest('.visually-hidden');
      })
      .map((node) => `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} right ${Math.round(node.getBoundingClientRect().right)}`),
  }));
  assert.equal(layout.viewport, 375);
  assert.deepEqual(layout.beyond, [], 'nothing is drawn beyond the screen');
  assert.ok(layout.page <= layout.viewport && layout.body <= layout.viewport, `scroll width ${layout.page} (body ${layout.body}) at a ${layout.viewport} px screen`);
  assert.deepEqual(errors, []);
  await page.close();
});
