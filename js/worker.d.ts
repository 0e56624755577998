import type { Analysis, Options } from '../pkg/newslens.js';

export type { Analysis, Options } from '../pkg/newslens.js';

/** An analysis worker: every call runs off the main thread. */
export interface Analyzer {
  /** Analyses `text` in the worker; rejects on bad options or if the worker died (the next call starts a new one). */
  analyze(text: string, options?: Options): Promise<Analysis>;
  /** Sends a request of a type that a custom worker script (`worker` option) added to worker-thread.js's `handlers`. */
  request(type: string, fields?: Record<string, unknown>): Promise<unknown>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

export interface AnalyzerOptions {
  /** Where the worker finds the wasm module, when it is hosted somewhere else. */
  wasm?: string | URL | BufferSource | WebAssembly.Module;
  /** Starts the worker thread, for hosts that bundle or inline worker-thread.js (or a script importing it) themselves. */
  worker?: () => Worker;
}

/** Starts a Web Worker that runs the analysis. */
export declare function createAnalyzer(options?: AnalyzerOptions): Analyzer;
