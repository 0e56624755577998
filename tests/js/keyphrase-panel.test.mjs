// The key-phrase panel shows topics and leaves names to the entity panel, except a name that
// leads the ranking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topics } from '../../www/panels/keyphrases.js';

test('names give way to topics except the first phrase', () => {
  const phrases = [
    { text: 'Blinken', entity: 0 },
    { text: 'long-range missiles', entity: null },
    { text: 'Russia', entity: 2 },
    { text: 'military aid', entity: null },
  ];
  assert.deepEqual(topics(phrases).map((p) => p.text), ['Blinken', 'long-range missiles', 'military aid']);
  assert.deepEqual(topics(undefined), []);
});
