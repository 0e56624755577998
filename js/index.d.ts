import type { Analysis, Options } from '../pkg/newslens.js';

export type {
  Analysis,
  DocumentSentiment,
  Driver,
  Entity,
  Keyphrase,
  Language,
  Mention,
  MentionType,
  MentionValue,
  Options,
  Paragraph,
  ParagraphKind,
  Quote,
  Sentence,
  SentenceSentiment,
  SentimentLabel,
  Stats,
  SummarySentence,
  TextSpan,
} from '../pkg/newslens.js';

/** What `init` accepts: where the wasm module is, its bytes, or the compiled module. */
export type InitSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the wasm module. Call once before anything else; calling it again (or concurrently)
 * returns the same promise. With no argument the module is found next to the package's files.
 */
export declare function init(source?: InitSource | Promise<InitSource>): Promise<void>;

/**
 * Analyses `text`. Offsets are UTF-16 code units, so `text.slice(item.start, item.end) ===
 * item.text`. Throws if `options` has an unknown field or a wrong type, or before `init()`.
 */
export declare function analyze(text: string, options?: Options): Analysis;

/** The version of the newslens core. */
export declare function version(): string;
