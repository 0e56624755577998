// The built package, imported by its name the way a user's code imports it.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { analyze, init, version } from 'newslens';

before(() => init());

test('init can be called again and concurrently', async () => {
  await Promise.all([init(), init()]);
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('offsets are UTF-16 code units that slice the JS string', () => {
  const text = 'Zelensky’s plan 🙂👍🏽 was naïve. 東京は大きい。 Ça va? 👩‍👩‍👧 Yes.';
  const analysis = analyze(text);
  for (const item of [...analysis.sentences, ...analysis.tokens]) {
    assert.equal(text.slice(item.start, item.end), item.text);
  }
  assert.ok(analysis.tokens.some((t) => t.text === '👍🏽'));
  assert.ok(analysis.tokens.some((t) => t.text === '👩‍👩‍👧'));
  assert.equal(analysis.sentences.length, 4);
});

test('the analysis has sentences, tokens and statistics', () => {
  const analysis = analyze('Mr. Blinken arrived in Kyiv on Tuesday.\n\nHe met President Zelensky. They talked.');
  assert.deepEqual(
    analysis.sentences.map((s) => s.text),
    ['Mr. Blinken arrived in Kyiv on Tuesday.', 'He met President Zelensky.', 'They talked.'],
  );
  assert.deepEqual(analysis.stats, { words: 13, sentences: 3, paragraphs: 2, readingMinutes: 0.1 });
});

test('the summary holds whole sentences in UTF-16 offsets, its size set by the summary option', () => {
  const text = 'Zelensky’s 🙂 plan was approved in Kyiv on Monday by the parliament after a long debate. ' +
    '東京 officials welcomed the plan on Tuesday. The vote was 300 to 20, with café owners cheering outside. ' +
    'Critics said the plan costs far too much money. 👍🏽 Supporters disagreed with them strongly.';
  const analysis = analyze(text);
  assert.equal(analysis.summary.length, 3);
  for (const chosen of analysis.summary) {
    assert.equal(text.slice(chosen.start, chosen.end), chosen.text);
    const sentence = analysis.sentences[chosen.sentence];
    assert.deepEqual([chosen.start, chosen.end, chosen.text], [sentence.start, sentence.end, sentence.text]);
  }
  assert.equal(analyze(text, { summary: 1 }).summary.length, 1);
  assert.equal(analyze(text, { summary: 0 }).summary.length, 0);
  assert.equal(analyze(text, { summary: 10 }).summary.length, analysis.sentences.length);
});

test('options can drop the tokens', () => {
  assert.equal(analyze('One two three.', { tokens: false }).tokens.length, 0);
});

test('bad options are rejected with a clear error', () => {
  assert.throws(() => analyze('x', { keyphrase: 5 }), /unknown option `keyphrase`/);
  assert.throws(() => analyze('x', { tokens: 'yes' }), /invalid options: invalid type/);
  assert.throws(() => analyze('x', 42), /options must be an object/);
  assert.throws(() => analyze(42), /needs a string/);
});

test('any text is analysed', () => {
  assert.deepEqual(analyze('').sentences, []);
  assert.deepEqual(analyze(' \n\t ').stats.words, 0);
  const broken = 'bad \uD800 surrogate \uDC00 here.';
  const analysis = analyze(broken);
  assert.equal(analysis.tokens.at(-1).end, broken.length);
  assert.ok(analyze('\u0000\u0001\uFFFF'.repeat(1000)).tokens.length > 0);
});
