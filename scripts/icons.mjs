// Renders www/icon.svg into the PNG icons the web app manifest lists (192 and 512 px), with the
// same headless Chromium the browser tests use. The PNGs are committed; run this after changing
// the SVG:  node scripts/icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launch } from '../tests/browser/chromium.mjs';

const www = fileURLToPath(new URL('../www/', import.meta.url));
const svg = await readFile(`${www}icon.svg`, 'utf8');
const context = await launch();
try {
  const page = await context.newPage();
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${image}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(`${www}icon-${size}.png`, png);
    console.log(`www/icon-${size}.png: ${png.length} bytes`);
  }
} finally {
  await context.close();
}
