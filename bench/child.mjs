// One measurement in a fresh Node process, run by bench/run.mjs; prints one JSON line.
//   node bench/child.mjs start <tool>              import to the first analysed paragraph
//   node bench/child.mjs memory <tool> [fraction]  peak RSS while analysing the corpus once
//   node bench/child.mjs scale <file> [options]    newslens over the text of one file
//   node bench/child.mjs bare                      the RSS of Node doing nothing
const t0 = performance.now();
const [mode, arg, extra] = process.argv.slice(2);
const maxRss = () => process.resourceUsage().maxRSS * 1024;

if (mode === 'bare') {
  console.log(JSON.stringify({ maxRss: maxRss() }));
} else if (mode === 'start') {
  const { tools } = await import('./tools.mjs');
  const run = await tools[arg].load();
  run('Mr. Blinken landed in Kyiv on Tuesday. He met President Zelensky, who thanked the United States for its support.');
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
} else if (mode === 'memory') {
  const { tools } = await import('./tools.mjs');
  const { loadCorpus, articles } = await import('./corpus.mjs');
  const all = articles(loadCorpus());
  const list = all.slice(0, Math.ceil(all.length * Number(extra ?? 1)));
  const run = await tools[arg].load();
  const loaded = maxRss();
  let sink = 0;
  for (const article of list) sink += run(article);
  console.log(JSON.stringify({ loaded, maxRss: maxRss(), sink }));
} else if (mode === 'scale') {
  // The text comes from its own file (written by run.mjs), so that nothing bigger than it has
  // passed through this process before the measured calls.
  const { readFileSync } = await import('node:fs');
  const { tools } = await import('./tools.mjs');
  const text = readFileSync(arg, 'utf8');
  const run = await tools.newslens.load(extra ? JSON.parse(extra) : undefined);
  // Warm-up on the text's first 10 KB, ten times, so that V8 has compiled the hot wasm
  // functions with its optimising tier before the timed calls (a first call on 1 MB runs
  // about twice as long).
  const head = text.slice(0, 10000);
  for (let i = 0; i < 10; i++) run(head);
  const before = maxRss();
  const times = [];
  // Texts under 10 MB are timed an odd number of times, at least 3 (median); 10 MB once.
  const repeats = text.length >= 1e7 ? 1 : Math.max(3, Math.min(21, Math.round(2e6 / text.length))) | 1;
  let sink = 0;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    sink += run(text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), ms: times[times.length >> 1], repeats, before, maxRss: maxRss(), sink }));
} else {
  console.error('usage: node bench/child.mjs start|memory|scale|bare ...');
  process.exit(2);
}
