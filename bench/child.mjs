// One measurement in a fresh Node process, run by bench/run.mjs; prints one JSON line.
//   node bench/child.mjs start <tool>              import to the first analysed paragraph
//   node bench/child.mjs memory <tool> [fraction]  peak RSS while analysing the corpus once
//   node bench/child.mjs scale <bytes> [options]   newslens over one text of that size
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
  const { tools } = await import('./tools.mjs');
  const { loadCorpus } = await import('./corpus.mjs');
  const size = Number(arg);
  const corpus = loadCorpus();
  let text = corpus.repeat(Math.ceil(size / corpus.length));
  // Cut at a paragraph break so that no sentence is left in pieces.
  const cut = text.lastIndexOf('\n\n', size);
  text = text.slice(0, cut > size / 2 ? cut : size);
  const run = await tools.newslens.load(extra ? JSON.parse(extra) : undefined);
  run('Warm up.');
  const before = maxRss();
  const times = [];
  // Small texts are timed several times (median); large ones once.
  const repeats = Math.max(1, Math.min(21, Math.round(2e6 / text.length)));
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
