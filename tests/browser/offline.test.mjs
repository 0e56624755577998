// Offline: the service worker keeps every file of the page, so that after one visit it reloads
// and analyses with the network off; and the single-file build works opened from disk.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { startServer } from '../../scripts/serve.mjs';
import { analysed, launch, openPage, recordRequests } from './chromium.mjs';

const root = fileURLToPath(new URL('../../www/', import.meta.url));

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

test('the service worker precaches every file the page needs', async () => {
  const source = await readFile(join(root, 'sw.js'), 'utf8');
  const listed = [...source.slice(source.indexOf('const FILES')).split('];')[0].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const needed = (await filesUnder(root)).filter((file) => file !== 'sw.js' && (!file.startsWith('pkg/') || /^pkg\/newslens(\.js|_bg\.wasm)$/.test(file)));
  assert.deepEqual(listed.filter((file) => file !== './').sort(), needed.sort());
});

test('after one visit the page reloads and analyses with the network off', async () => {
  const { server, url } = await startServer({ root, port: 0 });
  const context = await launch();
  try {
    const { page, errors } = await openPage(context, url);
    await analysed(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Both the browser's network and the server go away.
    await context.setOffline(true);
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await page.reload();
    await analysed(page);
    await page.fill('#text', 'Offline, Angela Merkel still visits Paris.');
    await page.click('#analyze');
    await page.waitForFunction(() => document.querySelector('#panel-sentences li')?.textContent === 'Offline, Angela Merkel still visits Paris.');
    await analysed(page);
    const names = await page.locator('#panel-entities .entity-name').allTextContents();
    assert.ok(names.includes('Angela Merkel') && names.includes('Paris'), names.join('|'));
    assert.deepEqual(errors, []);
  } finally {
    await context.setOffline(false);
    await context.close();
    server.close();
  }
});

test('the single-file build works opened from disk, with its own tight policy', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'newslens-single-')), 'newslens.html');
  await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../scripts/build-single.mjs', import.meta.url)), out]);
  const html = await readFile(out, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'|https?:|\*/);
  assert.doesNotMatch(html, /\ssrc="|href="(?!data:)/, 'nothing loaded from outside the file');
  const context = await launch();
  const requests = recordRequests(context);
  try {
    const { page, errors } = await openPage(context, pathToFileURL(out).href);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await analysed(page);
    assert.equal(await page.locator('#panel-sentences li').count(), 19);
    assert.ok((await page.locator('#panel-article mark.mention').count()) > 20);
    // Typing is analysed too, in the worker started from the file's own blob.
    await page.fill('#text', 'From disk, Angela Merkel visits Paris. <img src=x onerror="window.hacked=1">');
    await page.waitForFunction(() => document.querySelectorAll('#panel-sentences li').length === 2);
    await analysed(page);
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.equal(await page.locator('#results img').count(), 0);
    const foreign = requests.filter((request) => !/^(file|blob|data):/.test(request));
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
