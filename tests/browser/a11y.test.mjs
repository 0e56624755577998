// Accessibility: axe-core (injected from node_modules, so nothing is fetched) finds no serious
// or critical violation on the analysed page, in the light and the dark theme, at desktop and
// phone widths, with an entity chosen and sentences tinted.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

async function violations(page) {
  // Injected through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    test(`axe: no serious or critical violations, ${scheme} theme, ${width} px`, async () => {
      const { page, errors } = await openPage(context, url, width);
      await page.emulateMedia({ colorScheme: scheme });
      await page.click('#sample');
      await analysed(page);
      await page.locator('#panel-entities .entity').first().click();
      await page.check('#tint-sentences');
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
