// The npm package as users consume it: `npm pack`, install the tarball into a new project, then
// import it from Node, bundle it with esbuild and with Vite, load it as plain ESM, use the
// worker entry, all in headless Chromium, and type-check a TypeScript program with tsc --strict.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { launch, recordRequests } from '../browser/chromium.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = 'Mr. Blinken met Zelensky’s aides in Kyiv 🙂. “Will it hold?” he asked.';

let project;
let server;
let origin;
let context;
let requests;

// What each browser page does with the package; it reports through document.title.
const CONSUMER = `
const text = ${JSON.stringify(TEXT)};
function report(analysis) {
  const sliced = analysis.tokens.every((t) => text.slice(t.start, t.end) === t.text);
  return JSON.stringify({ sentences: analysis.sentences.map((s) => s.text), sliced });
}
export async function run({ init, analyze, createAnalyzer }, wasm) {
  try {
    await init(wasm);
    const direct = report(analyze(text));
    const analyzer = createAnalyzer(wasm ? { wasm } : undefined);
    const viaWorker = report(await analyzer.analyze(text));
    analyzer.terminate();
    document.title = JSON.stringify({ direct: JSON.parse(direct), worker: JSON.parse(viaWorker) });
  } catch (error) {
    document.title = 'error: ' + (error?.message ?? error);
  }
}
`;

const EXPECTED = {
  sentences: ['Mr. Blinken met Zelensky’s aides in Kyiv 🙂.', '“Will it hold?” he asked.'],
  sliced: true,
};

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'newslens-consumer-'));
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', project], repo).trim().split('\n').pop();
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(project, tarball)], project);
  await writeFile(join(project, 'consumer.js'), CONSUMER);
  ({ server } = await startServer({ root: project, port: 0, csp: false }));
  origin = `http://localhost:${server.address().port}`;
  context = await launch();
  requests = recordRequests(context);
});

after(async () => {
  await context?.close();
  server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

async function openAndRead(path) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => document.title.startsWith('{') || document.title.startsWith('error'), null, { timeout: 20000 });
  const title = await page.title();
  await page.close();
  assert.ok(!title.startsWith('error'), title);
  assert.deepEqual(errors, []);
  return JSON.parse(title);
}

test('the tarball ships exactly the files listed', async () => {
  const files = await readdir(join(project, 'node_modules/newslens'), { recursive: true });
  const shipped = files.filter((f) => f.includes('.')).sort();
  assert.deepEqual(shipped, [
    'README.md', 'js/api.js', 'js/index.d.ts', 'js/index.js', 'js/node.js', 'js/worker-thread.js', 'js/worker.d.ts',
    'js/worker.js', 'package.json', 'pkg/newslens.d.ts', 'pkg/newslens.js', 'pkg/newslens_bg.wasm',
  ]);
});

test('Node imports it as ESM and reads the wasm from disk', async () => {
  await writeFile(
    join(project, 'node.mjs'),
    `import { init, analyze, version } from 'newslens';
await Promise.all([init(), init()]);
const text = ${JSON.stringify(TEXT)};
const a = analyze(text);
console.log(JSON.stringify({ version: version(), sentences: a.sentences.map((s) => s.text), sliced: a.tokens.every((t) => text.slice(t.start, t.end) === t.text) }));`,
  );
  const result = JSON.parse(run('node', ['node.mjs'], project));
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual({ sentences: result.sentences, sliced: result.sliced }, EXPECTED);
});

test('plain ESM in the browser, with an import map, on the main thread and in the worker', async () => {
  await mkdir(join(project, 'plain'), { recursive: true });
  await writeFile(
    join(project, 'plain/index.html'),
    `<!doctype html><title>loading</title>
<script type="importmap">{"imports": {"newslens": "/node_modules/newslens/js/index.js", "newslens/worker": "/node_modules/newslens/js/worker.js"}}</script>
<script type="module">
import * as newslens from 'newslens';
import { createAnalyzer } from 'newslens/worker';
import { run } from '/consumer.js';
run({ ...newslens, createAnalyzer });
</script>`,
  );
  const result = await openAndRead('/plain/');
  assert.deepEqual(result, { direct: EXPECTED, worker: EXPECTED });
});

test('a worker script of your own: its request types, and a dead worker replaced by the next call', async () => {
  await mkdir(join(project, 'own'), { recursive: true });
  // Import maps do not reach into workers: the thread imports the package by path.
  await writeFile(
    join(project, 'own/thread.js'),
    `import { analyze } from '/node_modules/newslens/js/index.js';
import { handlers } from '/node_modules/newslens/js/worker-thread.js';
handlers.count = ({ text }) => analyze(text, { tokens: false }).sentences.length;
handlers.die = () => {
  setTimeout(() => {
    throw new Error('test: the worker died');
  });
  return new Promise(() => {});
};`,
  );
  await writeFile(
    join(project, 'own/index.html'),
    `<!doctype html><title>loading</title>
<script type="importmap">{"imports": {"newslens/worker": "/node_modules/newslens/js/worker.js"}}</script>
<script type="module">
import { createAnalyzer } from 'newslens/worker';
const text = ${JSON.stringify(TEXT)};
const analyzer = createAnalyzer({ worker: () => new Worker('/own/thread.js', { type: 'module' }) });
try {
  const count = await analyzer.request('count', { text });
  const sentences = (await analyzer.analyze(text)).sentences.length;
  const unknown = await analyzer.request('nothing').then(() => 'resolved', (error) => error.message);
  const died = await analyzer.request('die').then(() => 'resolved', (error) => error.message);
  const again = await analyzer.request('count', { text });
  analyzer.terminate();
  const terminated = await analyzer.analyze(text).then(() => 'resolved', (error) => error.message);
  document.title = JSON.stringify({ count, sentences, unknown, died, again, terminated });
} catch (error) {
  document.title = 'error: ' + (error?.message ?? error);
}
</script>`,
  );
  const result = await openAndRead('/own/');
  assert.equal(result.count, 2);
  assert.equal(result.sentences, 2);
  assert.equal(result.unknown, 'newslens: the worker has no request type `nothing`');
  assert.match(result.died, /^newslens: the analysis worker failed: .*test: the worker died/);
  assert.equal(result.again, 2, 'the next call starts a new worker');
  assert.equal(result.terminated, 'newslens: the analyzer was terminated');
});

test('an esbuild bundle, given the wasm URL from the file loader', async () => {
  const { build } = await import('esbuild');
  await writeFile(
    join(project, 'esbuild-main.js'),
    `import * as newslens from 'newslens';
import { createAnalyzer } from 'newslens/worker';
import wasm from 'newslens/newslens_bg.wasm';
import { run } from './consumer.js';
run({ ...newslens, createAnalyzer }, new URL(wasm, location.href).href);`,
  );
  await build({
    entryPoints: [join(project, 'esbuild-main.js')],
    bundle: true,
    format: 'esm',
    outdir: join(project, 'esbuild'),
    loader: { '.wasm': 'file' },
    logLevel: 'silent',
  });
  // esbuild does not follow `new Worker(new URL(...))`: the worker entry is bundled separately.
  await build({
    entryPoints: [join(project, 'node_modules/newslens/js/worker-thread.js')],
    bundle: true,
    format: 'esm',
    outdir: join(project, 'esbuild'),
    logLevel: 'silent',
  });
  await writeFile(join(project, 'esbuild/index.html'), '<!doctype html><title>loading</title><script type="module" src="esbuild-main.js"></script>');
  const result = await openAndRead('/esbuild/');
  assert.deepEqual(result, { direct: EXPECTED, worker: EXPECTED });
});

test('a Vite build finds the wasm and the worker by itself', async () => {
  const { build } = await import('vite');
  const root = join(project, 'vite-app');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>loading</title><script type="module" src="./main.js"></script>');
  await writeFile(
    join(root, 'main.js'),
    `import * as newslens from 'newslens';
import { createAnalyzer } from 'newslens/worker';
import { run } from '../consumer.js';
run({ ...newslens, createAnalyzer });`,
  );
  await build({ root, base: './', logLevel: 'silent', build: { outDir: join(project, 'vite'), emptyOutDir: true } });
  const result = await openAndRead('/vite/');
  assert.deepEqual(result, { direct: EXPECTED, worker: EXPECTED });
});

test('tsc --strict type-checks a program against the packed types', async () => {
  await writeFile(
    join(project, 'example.ts'),
    `import { init, analyze, version, type Analysis, type Options, type ParagraphKind } from 'newslens';
import { createAnalyzer, type Analyzer } from 'newslens/worker';

await init();
const options: Options = { tokens: false };
const analysis: Analysis = analyze('Mr. Blinken met Zelensky.', options);
const words: number = analysis.stats.words;
const first: string | undefined = analysis.sentences[0]?.text;
const label: 'negative' | 'neutral' | 'positive' = analysis.sentiment.label;
const v: string = version();
const language: string = analysis.language.code;
const kind: ParagraphKind | undefined = analysis.paragraphs[0]?.kind;
const dateline: number | undefined = analysis.paragraphs[0]?.dateline?.end;
// @ts-expect-error: unknown options are a type error too
analyze('x', { keyphrase: 5 });
// @ts-expect-error: the result has no such field
analysis.nothingHere;
const analyzer: Analyzer = createAnalyzer();
const later: Promise<Analysis> = analyzer.analyze('text');
analyzer.terminate();
console.log(words, first, label, v, later, language, kind, dateline);
`,
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [], skipLibCheck: false },
      files: ['example.ts'],
    }),
  );
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('node', [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project], project);
});

test('no request left localhost', () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
});
