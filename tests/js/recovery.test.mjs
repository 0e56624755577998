// After a trap inside wasm (out of memory, or a panic), the call that trapped throws a clear
// error and the next call works: the package restarts the module from the same compiled bytes.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { analyze, init, version } from 'newslens';
// The test hook lives in the shared module every entry re-exports; the package does not export it.
import { trapForTests } from '../../js/api.js';

const text = 'Mr. Blinken landed in Kyiv on Tuesday. He met Zelensky.';

before(() => init());

test('the package does not export the test hook', async () => {
  assert.equal('trapForTests' in (await import('newslens')), false);
});

test('a trap throws a clear error and the next call works on a fresh instance', () => {
  const expected = analyze(text);
  // The hook takes all 4 GiB of wasm memory and aborts, as a text too large for it does; the
  // trapped instance, still full, would fail every later call.
  assert.throws(trapForTests, (error) => {
    assert.match(error.message, /^newslens: trapForTests\(\) crashed inside WebAssembly/);
    assert.match(error.message, /the module was restarted and later calls work/);
    assert.ok(error.cause instanceof WebAssembly.RuntimeError, 'the trap is kept as the cause');
    return true;
  });
  assert.deepEqual(analyze(text), expected);
  assert.equal(typeof version(), 'string');
});

test('the module survives several traps in a row', () => {
  for (let i = 0; i < 3; i++) {
    assert.throws(trapForTests, /crashed inside WebAssembly/);
    assert.equal(analyze(text).sentences.length, 2);
  }
});

test('errors that are not traps leave the instance as it is', () => {
  assert.throws(() => analyze(text, { keyphrase: 5 }), /unknown option `keyphrase`/);
  assert.equal(analyze(text).sentences.length, 2);
});
