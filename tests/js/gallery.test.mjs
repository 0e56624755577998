// The hostile-input gallery (issue 10) through the built package in Node, as a user calls it:
// every input gives a result whose spans slice the JS string, within a generous time bound, and
// the wasm instance still works afterwards (a panic would have killed it).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { analyze, init } from 'newslens';

import { buildGallery, wellFormed } from './gallery-inputs.mjs';

/** No input may take this long, even on a loaded machine (the slowest takes a few seconds). */
const HANG_GUARD_MS = 120_000;

before(() => init());

function checkSpans(text, analysis) {
  const whole = wellFormed(text);
  const quoteSpans = analysis.quotes.flatMap((q) => [q, q.speaker, q.cue].filter(Boolean));
  for (const item of [...analysis.sentences, ...analysis.tokens, ...analysis.mentions, ...quoteSpans]) {
    assert.ok(item.start < item.end && item.end <= text.length, `span ${item.start}..${item.end}`);
    assert.equal(whole.slice(item.start, item.end), item.text);
  }
  for (const occurrence of analysis.keyphrases.flatMap((k) => k.occurrences)) {
    assert.ok(occurrence.start < occurrence.end && occurrence.end <= text.length);
  }
  assert.ok(Math.abs(analysis.sentiment.score) <= 1);
  assert.equal(analysis.stats.sentences, analysis.sentences.length);
  for (const entity of analysis.entities) assert.ok(entity.mentions.every((m) => m < analysis.mentions.length));
}

const EXPECT = {
  empty: (a) => assert.equal(a.sentences.length + a.tokens.length + a.keyphrases.length, 0),
  'whitespace only': (a) => assert.equal(a.sentences.length + a.tokens.length, 0),
  'newlines only (a million)': (a) => assert.equal(a.sentences.length + a.tokens.length, 0),
  'one long line (10 MB)': (a) => {
    assert.ok(a.sentences.length > 60_000, `${a.sentences.length} sentences`);
    assert.equal(a.stats.paragraphs, 1);
  },
  'one long word (10 MB)': (a) => assert.equal(a.tokens.length, 1),
  'unpaired surrogates (JS)': (a) => {
    assert.ok(a.tokens.some((t) => t.text === 'Kyiv'));
    assert.ok(a.tokens.some((t) => t.text.includes('\uFFFD')), 'a lone surrogate arrives as U+FFFD');
  },
  'emoji with joiners and skin tones': (a) => {
    for (const emoji of ['👩‍👩‍👧‍👦', '👍🏽', '🧑🏾‍🤝‍🧑🏻', '🏴‍☠️']) assert.ok(a.tokens.some((t) => t.text === emoji), emoji);
  },
  'right-to-left text': (a) => assert.ok(a.tokens.some((t) => t.text === 'الرئيس')),
  'a megabyte of quote marks': (a) => assert.equal(a.stats.words, 0),
  'unbalanced quote marks (10,000)': (a) => assert.ok(a.quotes.filter((q) => q.direct).length <= 1),
  'quotes nested 100 deep': (a) => {
    assert.ok(a.quotes.length > 100);
    assert.equal(a.quotes[0].speaker.text, 'Mr. Blinken');
  },
  'one name repeated (100,000 times)': (a) => {
    assert.equal(a.stats.words, 200_000);
    assert.match(a.keyphrases[0].text, /Zelensky/);
  },
  'boilerplate lines only': (a) => {
    // The last line may be cut short, and so be anything.
    assert.ok(a.paragraphs.length > 1000 && a.paragraphs.slice(0, -1).every((p) => p.kind === 'boilerplate'));
    assert.ok(a.sentences.length <= 1 && a.entities.length <= 1, `${a.sentences.length} sentences`);
  },
  'a German article': (a) => assert.equal(a.language.code, 'de'),
  'names and open quotes in one endless sentence': (a) => {
    const names = a.mentions.filter((m) => m.entity !== undefined);
    assert.ok(names.length > 1000);
    assert.ok(names.every((m) => m.sentiment && Math.abs(m.sentiment.score) <= 1));
  },
};

for (const { name, text } of buildGallery()) {
  test(`gallery: ${name}`, () => {
    const started = performance.now();
    const analysis = analyze(text);
    const took = performance.now() - started;
    assert.ok(took < HANG_GUARD_MS, `${name} took ${Math.round(took)} ms`);
    checkSpans(text, analysis);
    EXPECT[name]?.(analysis);
    assert.ok(EXPECT[name] || analysis.stats.words > 0, `${name}: some words found`);
  });
}

test('the instance still works after the whole gallery', () => {
  const analysis = analyze('Mr. Blinken landed in Kyiv. He met Zelensky.');
  assert.deepEqual(analysis.sentences.map((s) => s.text), ['Mr. Blinken landed in Kyiv.', 'He met Zelensky.']);
});

test('a lone surrogate keeps every later offset right', () => {
  const text = 'A \uD800 said. \uDC00Kyiv 🙂 agreed. \uD83D';
  const analysis = analyze(text);
  for (const token of analysis.tokens) assert.equal(text.slice(token.start, token.end).toWellFormed(), token.text);
  const kyiv = analysis.tokens.find((t) => t.text === 'Kyiv');
  assert.equal(text.slice(kyiv.start, kyiv.end), 'Kyiv');
  assert.deepEqual(analysis.tokens.at(-1), { start: text.length - 1, end: text.length, text: '\uFFFD' });
});

test('option values far out of range give a result or a clear error, never a dead instance', () => {
  // 2^32 - 1 used to reach a Vec capacity and panic (a fuzzing find).
  assert.ok(analyze('Harbor City approved the sea wall.', { keyphrases: 4294967295 }).keyphrases.length > 0);
  assert.throws(() => analyze('x', { keyphrases: -1 }), /invalid options/);
  assert.throws(() => analyze('x', { keyphrases: 1e300 }), /invalid options/);
  assert.throws(() => analyze('x', { keyphrases: Number.NaN }), /invalid options/);
  assert.throws(() => analyze('x', { tokens: null, keyphrases: 'all' }), /invalid options/);
  assert.throws(() => analyze('x', 42), /options must be an object/);
  assert.equal(analyze('Still alive.').sentences.length, 1);
});
