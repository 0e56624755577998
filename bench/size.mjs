// Download size: what a browser fetches to run each tool, gzip -9. Each tool is bundled the
// same way by esbuild (minified ESM for the browser) from a tiny entry that uses it; the
// newslens wasm file, which the bundle fetches beside it, is added to its JS.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const entries = {
  newslens: "import { init, analyze } from 'newslens'; await init(); globalThis.result = analyze(document.body.textContent);",
  'wink-nlp': "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; const nlp = winkNLP(model); const its = nlp.its; const doc = nlp.readDoc(document.body.textContent); globalThis.result = [doc.entities().out(its.detail), doc.out(its.sentiment)];",
  compromise: "import nlp from 'compromise'; const doc = nlp(document.body.textContent); globalThis.result = [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];",
};
const extraFiles = { newslens: ['pkg/newslens_bg.wasm'] };

/** gzip -9 size of `bytes`: the gzip program when there is one, else zlib at level 9. */
function gzipSize(bytes) {
  const gz = spawnSync('gzip', ['-9', '-c'], { input: bytes, maxBuffer: 1 << 28 });
  if (gz.status === 0) return gz.stdout.length;
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
}

/** [{ tool, files: [{ name, raw, gzip }], raw, gzip }] for every tool. */
export async function downloadSizes() {
  const out = [];
  for (const [tool, contents] of Object.entries(entries)) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
      write: false, outdir: 'out', logLevel: 'silent',
    });
    const files = result.outputFiles.map((f) => ({ name: `${tool} bundle (JS)`, raw: f.contents.length, gzip: gzipSize(f.contents) }));
    for (const path of extraFiles[tool] ?? []) {
      const bytes = readFileSync(join(root, path));
      files.push({ name: path, raw: bytes.length, gzip: gzipSize(bytes) });
    }
    const sum = (key) => files.reduce((s, f) => s + f[key], 0);
    out.push({ tool, files, raw: sum('raw'), gzip: sum('gzip') });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await downloadSizes()) console.log(JSON.stringify(row));
}
