// The analysis output's fingerprint, to show a refactor or an optimization changes nothing:
// `newslens analyze --jsonl` over the 88 Brown press articles and the CoNLL-2003 dev documents
// (sentences one a line, 20 to a text: the file has no document boundaries).
//   node scripts/output-checksum.mjs [path/to/newslens] [--keep DIR]
// prints one sha256 per corpus; with --keep, also writes the outputs there for a diff.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_SEPARATOR, loadCorpus } from '../bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args.splice(keepAt, 2)[1] : null;
const cli = args[0] ?? join(root, 'target/release/newslens');

function conllDocuments(path) {
  const sentences = [];
  let words = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim()) words.push(line.split(' ')[0]);
    else if (words.length) {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  if (words.length) sentences.push(words.join(' '));
  const docs = [];
  for (let i = 0; i < sentences.length; i += 20) docs.push(sentences.slice(i, i + 20).join('\n'));
  return docs;
}

const corpora = { brown: loadCorpus().split(ARTICLE_SEPARATOR).filter((t) => t.trim()) };
const dev = join(root, '../shared/data/conll2003/dev.txt');
if (existsSync(dev)) corpora.conll = conllDocuments(dev);
for (const [name, texts] of Object.entries(corpora)) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const out = execFileSync(cli, ['analyze', '--jsonl', '-'], { input, maxBuffer: 1 << 30 });
  const sum = createHash('sha256').update(out).digest('hex');
  console.log(`${name}\t${texts.length} texts\t${sum}`);
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, `${name}.jsonl`), out);
  }
}
