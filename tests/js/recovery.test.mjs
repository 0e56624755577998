// After a trap inside wasm (out of memory, or a panic), the call that trapped throws a clear
// error and the next call works: the package restarts the module from the same compiled bytes.
// The trap is a real one: the test fills the module's memory to the 4 GiB a wasm32 module can
// have, so the next text cannot be copied into it, as happens to a text too large for the memory
// left. No test hook ships in the wasm module for this.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { analyze, init, version } from 'newslens';
// The wasm-bindgen glue the package loads (the same module instance): its exports hold the memory.
import * as glue from '../../pkg/newslens.js';

const text = 'Mr. Blinken landed in Kyiv on Tuesday. He met Zelensky.';

before(() => init());

/**
 * Grows the module's memory to the most it can have. Returns a text longer than every byte the
 * module held before, so that no free space inside it can take the text either.
 */
async function exhaustMemory() {
  const { memory } = await glue.default();
  const held = memory.buffer.byteLength;
  for (let pages = 4096; pages >= 1; ) {
    try {
      memory.grow(pages);
    } catch {
      pages >>= 1;
    }
  }
  assert.ok(memory.buffer.byteLength >= 2 ** 31, `the memory grew to ${memory.buffer.byteLength} bytes`);
  return 'word '.repeat(Math.ceil((held + 1) / 5));
}

test('the wasm module ships no test hook', () => {
  assert.deepEqual(Object.keys(glue).filter((name) => /test|trap/i.test(name)), []);
});

test('a trap throws a clear error and the next call works on a fresh instance', async () => {
  const expected = analyze(text);
  const tooLarge = await exhaustMemory();
  assert.throws(
    () => analyze(tooLarge),
    (error) => {
      assert.match(error.message, /^newslens: analyze\(\) crashed inside WebAssembly/);
      assert.match(error.message, /the module was restarted and later calls work/);
      assert.ok(error.cause instanceof WebAssembly.RuntimeError, 'the trap is kept as the cause');
      return true;
    },
  );
  assert.deepEqual(analyze(text), expected);
  assert.ok((await glue.default()).memory.buffer.byteLength < 2 ** 30, 'the new instance has a memory of its own');
  assert.equal(typeof version(), 'string');
});

test('the module survives several traps in a row', async () => {
  for (let i = 0; i < 3; i++) {
    const tooLarge = await exhaustMemory();
    assert.throws(() => analyze(tooLarge), /crashed inside WebAssembly/);
    assert.equal(analyze(text).sentences.length, 2);
  }
});

test('errors that are not traps leave the instance as it is', () => {
  assert.throws(() => analyze(text, { keyphrase: 5 }), /unknown option `keyphrase`/);
  assert.equal(analyze(text).sentences.length, 2);
});
