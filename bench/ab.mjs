// Before and after: the package as built now against an older build of the wasm glue, article by
// article in one process, alternating which goes first. On a shared machine whose load moves
// from second to second, this is steadier than comparing two runs of `npm run bench`.
//
//   cp -r pkg /tmp/pkg-before          (before the change, after `npm run build`)
//   ... change, npm run build ...
//   node bench/ab.mjs /tmp/pkg-before [passes] [options JSON]
//
// The old build is called through its glue's `analyze` (tokens made across the boundary), or,
// with `--compact`, through `analyzeCompact` with the tokens made in JS as js/api.js does. Pass
// `--compact` whenever the old build has `analyzeCompact`: without it the old side also pays for
// the slower token path, and the ratio credits the change with that difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { init, analyze } from 'newslens';

import { articles, loadCorpus } from './corpus.mjs';

const args = process.argv.slice(2);
const compact = args.includes('--compact');
const [dir, passesArg, optionsArg] = args.filter((a) => a !== '--compact');
if (!dir) {
  console.error('usage: node bench/ab.mjs OLD_PKG_DIR [passes] [options JSON] [--compact]');
  process.exit(2);
}
const passes = Number(passesArg ?? 3);
const options = optionsArg ? JSON.parse(optionsArg) : undefined;

const old = await import(pathToFileURL(join(dir, 'newslens.js')).href);
old.initSync({ module: readFileSync(join(dir, 'newslens_bg.wasm')) });
await init();

function oldCompact(text, opts) {
  const analysis = old.analyzeCompact(text, opts);
  const offsets = analysis.tokens;
  const tokens = new Array(offsets.length >> 1);
  for (let i = 0, k = 0; k < offsets.length; i++, k += 2) {
    tokens[i] = { start: offsets[k], end: offsets[k + 1], text: text.slice(offsets[k], offsets[k + 1]) };
  }
  analysis.tokens = tokens;
  return analysis;
}

const runs = [compact ? oldCompact : old.analyze, analyze];
const docs = articles(loadCorpus());
// Warm-up, which also checks that both builds give the same analysis of every article (an
// optimization must not change the output).
let differing = 0;
for (const doc of docs) {
  const [a, b] = runs.map((run) => JSON.stringify(run(doc, options)));
  if (a !== b) differing++;
}
console.log(differing ? `OUTPUT DIFFERS on ${differing} of ${docs.length} articles` : `output identical on all ${docs.length} articles`);
// Wall time, and the process's CPU time (user + system), which a busy machine disturbs less:
// time the OS gives to other processes is not counted.
const total = [0, 0];
const cpu = [0, 0];
let turn = 0;
for (let pass = 0; pass < passes; pass++) {
  for (const doc of docs) {
    for (const k of turn++ % 2 ? [1, 0] : [0, 1]) {
      const c = process.cpuUsage();
      const t = performance.now();
      runs[k](doc, options);
      total[k] += performance.now() - t;
      const used = process.cpuUsage(c);
      cpu[k] += (used.user + used.system) / 1000;
    }
  }
}
const ms = total.map((t) => Math.round(t / passes));
const cpuMs = cpu.map((t) => Math.round(t / passes));
console.log(`per pass over ${docs.length} articles: before ${ms[0]} ms, now ${ms[1]} ms, now is ${(total[0] / total[1]).toFixed(2)} × as fast`);
console.log(`CPU time per pass: before ${cpuMs[0]} ms, now ${cpuMs[1]} ms, now is ${(cpu[0] / cpu[1]).toFixed(2)} × as fast`);
