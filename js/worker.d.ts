import type { Analysis, Options } from '../pkg/newslens.js';

export type { Analysis, Options } from '../pkg/newslens.js';

/** An analysis worker: every call runs off the main thread. */
export interface Analyzer {
  /** Analyses `text` in the worker; rejects on bad options or if the worker died. */
  analyze(text: string, options?: Options): Promise<Analysis>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

export interface AnalyzerOptions {
  /** Where the worker finds the wasm module, when it is hosted somewhere else. */
  wasm?: string | URL | BufferSource | WebAssembly.Module;
}

/** Starts a Web Worker that runs the analysis. */
export declare function createAnalyzer(options?: AnalyzerOptions): Analyzer;
