// Launching Debian's Chromium headless, isolated from the network the way this machine needs.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'newslens-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records every request a page makes, to check that none leaves the page's origin. */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Opens `url` in a new page of `context` at `width`; `errors` collects page errors and console errors. */
export async function openPage(context, url, width = 1280) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Waits until the page has drawn an analysis and is no longer busy. */
export async function analysed(page, timeout = 30_000) {
  await page.waitForFunction(
    () => document.getElementById('results').getAttribute('aria-busy') === 'false' && /Analysed in/.test(document.getElementById('status').textContent),
    null,
    { timeout },
  );
}
