// Using the package before `init()` fails with a message that says what to do.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { analyze } from 'newslens';

test('analyze before init says to call init first', () => {
  assert.throws(() => analyze('text'), /call `await init\(\)` before analyze\(\)/);
});
