// Writes dist/newslens.html: the whole page in one file that works opened straight from disk
// (file://), with no server and no network. The page's modules are bundled into one classic
// script; the worker's code and the wasm travel as base64 data blocks (never parsed as HTML or
// run as script), and the worker starts from a blob. Its Content-Security-Policy allows only
// what the file itself holds (its script and style by hash) plus 'wasm-unsafe-eval', and the
// blob: worker it makes for itself; nothing may be fetched at all.
// Usage: node scripts/build-single.mjs [out.html]   (after npm run build)
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const www = resolve(root, 'www');
const out = resolve(process.argv[2] ?? resolve(root, 'dist/newslens.html'));

async function bundle(entry) {
  const result = await build({
    entryPoints: [resolve(www, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    // import.meta.url is only read on the served page's paths (module worker, wasm by URL).
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return result.outputFiles[0].text;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const [app, worker, css, icon, wasm, html] = await Promise.all([
  bundle('app.js'),
  bundle('worker.js'),
  readFile(resolve(www, 'style.css'), 'utf8'),
  readFile(resolve(www, 'icon.svg')),
  readFile(resolve(www, 'pkg/newslens_bg.wasm')),
  readFile(resolve(www, 'index.html'), 'utf8'),
]);

// The inline script must not be able to end its own <script> element early.
if (/<\/script|<!--/i.test(app)) throw new Error('the bundled page script contains </script or <!--; cannot inline it');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(app)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src data:',
  'worker-src blob:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const replaceOnce = (text, pattern, replacement) => {
  if (!pattern.test(text)) throw new Error(`www/index.html no longer matches ${pattern}`);
  return text.replace(pattern, () => replacement);
};

let page = html;
page = replaceOnce(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
page = replaceOnce(page, /<link rel="icon" href="icon.svg" type="image\/svg\+xml">/, `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" type="image/svg+xml">`);
// Installing is for the served page (its manifest and service worker); this file fetches nothing.
page = replaceOnce(page, /\s*<link rel="manifest" href="manifest.webmanifest">\s*<link rel="apple-touch-icon" href="icon-192.png">/, '');
page = replaceOnce(page, /<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`);
page = replaceOnce(page, /\s*<script type="module" src="app.js"><\/script>/, '');
page = replaceOnce(
  page,
  /<\/body>/,
  `<script type="text/plain" id="newslens-worker">${Buffer.from(worker).toString('base64')}</script>\n` +
    `<script type="text/plain" id="newslens-wasm">${wasm.toString('base64')}</script>\n` +
    `<script>${app}</script>\n</body>`,
);

await mkdir(dirname(out), { recursive: true });
await writeFile(out, page);
console.error(`build-single: ${out}: ${page.length} bytes (wasm ${wasm.length} bytes, inlined as base64)`);
