// Takes the README's screenshots of the page (docs/page-desktop.png, docs/page-phone.png) in
// headless Chromium: the sample article analysed, one entity chosen, sentences tinted.
// Usage: node scripts/screenshots.mjs [light|dark]   (after npm run build)
import { fileURLToPath } from 'node:url';

import { analysed, launch, openPage } from '../tests/browser/chromium.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('../www/', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const scheme = process.argv[2] ?? 'light';

const { server, url } = await startServer({ root, port: 0 });
const context = await launch();
try {
  for (const [name, width, height] of [['desktop', 1280, 1900], ['phone', 375, 1800]]) {
    const { page } = await openPage(context, url, width);
    await page.emulateMedia({ colorScheme: scheme });
    await page.click('#sample');
    await analysed(page);
    await page.locator('#panel-entities .entity', { hasText: 'Elena Marchetti' }).click();
    await page.check('#tint-sentences');
    await page.mouse.move(0, 0);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${docs}page-${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } });
    await page.close();
  }
} finally {
  await context.close();
  server.close();
}
