// Time of `analyze` through the built wasm package in Node, as a user calls it (the result
// objects included), over each kind of hostile input at 1× and 10× the size, and the ratio:
// 10× the input should cost at most about 12× (issue 10). The native figures, with memory, come
// from `cargo run --release --example gallery`. Best of RUNS runs each (the machine is shared).
//   npm run build && node scripts/gallery-bench.mjs [RUNS [MB]]
import { analyze, init } from 'newslens';

import { buildGallery } from '../tests/js/gallery-inputs.mjs';

const runs = Number(process.argv[2] ?? 3);
const megabytes = Number(process.argv[3] ?? 1);
await init();

function best(text) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    analyze(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const small = buildGallery({ bytes: megabytes * 2 ** 20 });
const large = buildGallery({ bytes: 10 * megabytes * 2 ** 20 });
console.log(`${'input'.padEnd(36)} ${'chars 10×'.padStart(10)} ${'ms 1×'.padStart(9)} ${'ms 10×'.padStart(9)} ${'time×'.padStart(6)}`);
let worst = 0;
for (const [index, { name, text }] of large.entries()) {
  const t1 = best(small[index].text);
  const t10 = best(text);
  const ratio = t1 > 0.05 ? t10 / t1 : 0;
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(36)} ${String(text.length).padStart(10)} ${t1.toFixed(1).padStart(9)} ${t10.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(6)}`);
}
console.log(`worst time ratio 10×/1×: ${worst.toFixed(2)} (target: at most about 12)`);
process.exitCode = worst > 12 ? 1 : 0;
