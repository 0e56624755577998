// Installing the page (its web app manifest, parsed by Chromium, and the service worker that
// controls the installed scope and opens it offline), the notice that a text is not English,
// and boilerplate dimmed in the article view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));

const GERMAN =
  'Der Stadtrat hat am Mittwochabend beschlossen, zwei Stadtteilbibliotheken bis zum Jahresende zu schließen, ' +
  'weil für die Sanierung der Gebäude kein Geld vorhanden sei. Zahlreiche Bürger kamen zu der Sitzung, um dagegen ' +
  'zu protestieren, und mehrere Redner warnten, dass Kinder ihren einzigen ruhigen Ort zum Lernen verlieren würden.';

test('the manifest is parsed and the service worker controls the installed scope, offline too', async () => {
  const { server, url } = await startServer({ root, port: 0 });
  const context = await launch();
  try {
    const { page, errors } = await openPage(context, url);
    await analysed(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.equal(manifest.url, new URL('manifest.webmanifest', url).href);
    const data = JSON.parse(manifest.data);
    assert.equal(data.display, 'standalone');
    assert.equal(data.short_name, 'newslens');
    const sizes = data.icons.map((icon) => icon.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join());
    for (const icon of data.icons) {
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      assert.equal(response.status(), 200, icon.src);
    }
    const startUrl = new URL(data.start_url, manifest.url).href;
    const scope = new URL(data.scope, manifest.url).href;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(registration, scope);
    assert.ok(startUrl.startsWith(scope));
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    // Installed, it opens at start_url: with the network gone, that still loads and analyses.
    await context.setOffline(true);
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    const { page: installed, errors: offlineErrors } = await openPage(context, startUrl);
    await analysed(installed);
    assert.equal(await installed.evaluate(() => navigator.serviceWorker.controller !== null), true);
    await installed.fill('#text', 'Offline, Angela Merkel still visits Paris.');
    await installed.click('#analyze');
    await installed.waitForFunction(() => document.querySelector('#panel-sentences li')?.textContent === 'Offline, Angela Merkel still visits Paris.');
    assert.deepEqual([...errors, ...offlineErrors], []);
  } finally {
    await context.setOffline(false);
    await context.close();
    server.close();
  }
});

test('a German text gets the notice; boilerplate is dimmed in the article', async () => {
  const { server, url } = await startServer({ root, port: 0 });
  const context = await launch();
  try {
    const { page, errors } = await openPage(context, url);
    await analysed(page);
    assert.equal(await page.locator('#panel-language').count(), 0, 'no notice for the English sample');
    await page.fill('#text', GERMAN);
    await page.click('#analyze');
    await page.waitForFunction(() => /German/.test(document.querySelector('#panel-language')?.textContent ?? ''));
    await analysed(page);
    const notice = await page.locator('#panel-language .language-notice').textContent();
    assert.match(notice, /^This looks like German; newslens reads English news/);
    // The notice comes first, and the rest is still shown.
    assert.equal(await page.locator('#results > section').first().getAttribute('id'), 'panel-language');
    assert.ok((await page.locator('#panel-sentences li').count()) >= 2);

    const footer = 'Follow us on Twitter @examplenews';
    await page.fill('#text', `The council voted on Tuesday to close two libraries.\n\n${footer}\n\nResidents objected.`);
    await page.click('#analyze');
    await page.waitForFunction(() => document.querySelector('#panel-article .boilerplate') !== null);
    await analysed(page);
    assert.equal(await page.locator('#panel-article .boilerplate').textContent(), footer);
    assert.equal(await page.locator('#panel-language').count(), 0);
    const sentences = await page.locator('#panel-sentences li').allTextContents();
    assert.ok(!sentences.some((s) => s.includes('Follow')), sentences.join('|'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});
