// How much of a long text's analysis the page draws. The worker sends the page only this much
// (the full analysis stays in the worker, for the exports): decoding a million characters'
// worth of tokens and marks on the page's thread, and laying them out, froze it for most of a
// second on the test machine.
export const SHOWN = {
  /** Characters of the article drawn with their marks (mentions, quotations, boilerplate and highlights beyond are not sent). */
  articleChars: 50_000,
  /** Sentences in the sentiment strip and in the sentence list (the same ones, so that every bar of the strip has a sentence to scroll to). */
  sentences: 1_000,
  tokens: 1_500,
  /** Quotations counted and listed in "Who said what" (the first ones, in text order). */
  quotes: 1_000,
};
