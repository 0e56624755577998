// The analyzers under test, each loaded by dynamic import so that a fresh process can time
// its import. `load()` resolves to a function that analyses one text and returns a number
// derived from the result (so that no work can be skipped).

/** The one token rule used to count tokens for every tool: runs of letters, marks and digits, and each other non-space character. */
export const TOKEN_RULE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function countTokens(text) {
  let n = 0;
  for (const _ of text.matchAll(TOKEN_RULE)) n++;
  return n;
}

export const tools = {
  /** newslens, the built wasm package: the full pipeline with the default options. */
  newslens: {
    does: 'analyze(): sentences, tokens, entities (when merged), sentiment, key phrases',
    async load(options) {
      const { init, analyze } = await import('newslens');
      await init();
      return (text) => {
        const a = analyze(text, options);
        return a.sentences.length + (a.tokens?.length ?? 0) + (a.keyphrases?.length ?? 0) + (a.mentions?.length ?? 0);
      };
    },
  },
  /** wink-nlp with its lite web model: tokens, entities, document and sentence sentiment. */
  'wink-nlp': {
    does: 'readDoc(): tokens, entities, document and sentence sentiment',
    async load() {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (text) => {
        const doc = nlp.readDoc(text);
        const tokens = doc.tokens().out();
        const entities = doc.entities().out(its.detail);
        const sentiment = doc.out(its.sentiment);
        const sentences = doc.sentences().out(its.sentiment);
        return tokens.length + entities.length + sentences.length + sentiment;
      };
    },
  },
  /** compromise: its full parse, then people, places and organizations. */
  compromise: {
    does: 'nlp(): full parse, then people, places, organizations',
    async load() {
      const nlp = (await import('compromise')).default;
      return (text) => {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
      };
    },
  },
};
