// The panels, in page order. Adding a stage's panel is adding its module here. Each module
// exports { id, title, shows(analysis), render(analysis, text, context) -> Node }; a panel only
// appears when `shows` finds its part of the analysis. Panels never reach each other (no shared
// module state, no other panel's DOM ids): what they share comes in the render context.
import { formatNumber, formatScore } from '../format.js';
import language from './language.js';
import summary from './summary.js';
import stats from './stats.js';
import entities from './entities.js';
import quotes from './quotes.js';
import keyphrases from './keyphrases.js';
import article from './article.js';
import sentiment from './sentiment.js';
import sentences from './sentences.js';
import tokens from './tokens.js';
import exporter from './export.js';

export const PANELS = [language, summary, stats, entities, quotes, keyphrases, article, sentiment, sentences, tokens, exporter];

/**
 * The render context: made afresh for each analysis drawn, and passed to every panel's render
 * as its third argument.
 * - `text`: the text that was analysed (also render's second argument). Offsets in the analysis
 *   are UTF-16 units of this text, which may differ from what the box holds by now.
 * - `totals`: { tokens, sentences, mentions, quotes }, the full counts where the page was sent
 *   only the first ones (limits.js); each panel that shows part says so.
 * - `format`: { number(n), score(s) }, how counts (1,268) and sentiment scores (+0.42) are written.
 * - `select(id)`: marks every mention of entity `id` in the article (null clears).
 * - `highlight(ranges)`: marks the ranges [{ start, end }] in the article ([] clears).
 * - `showSentence(index)`: brings sentence `index` into view and gives it the focus.
 * - `showInArticle(index)`: brings sentence `index` into view in the article and gives it the
 *   focus there (the article marks the summary's sentences so, those within what it draws).
 * - `on(name, listener)`: for the panels that carry out or show those four: listener(id) on
 *   'select', listener(ranges) on 'highlight', listener(index) on 'sentence' and on 'article'.
 *   A panel listens to keep its own state in step (an entity button stays pressed while its
 *   entity is selected).
 * - `exportAs(kind)`: a promise of the whole analysis as 'json' or 'csv' text (from the worker,
 *   which keeps the whole of it); rejects once a newer analysis replaced it.
 */
export function renderContext({ text, totals, exportAs }) {
  const listeners = { select: [], highlight: [], sentence: [], article: [] };
  const emit = (name, value) => {
    for (const listener of listeners[name]) listener(value);
  };
  return {
    text,
    totals,
    format: { number: formatNumber, score: formatScore },
    select: (id) => emit('select', id ?? null),
    highlight: (ranges) => emit('highlight', ranges ?? []),
    showSentence: (index) => emit('sentence', index),
    showInArticle: (index) => emit('article', index),
    on(name, listener) {
      if (!Object.hasOwn(listeners, name)) throw new Error(`no render context event '${name}'`);
      listeners[name].push(listener);
    },
    exportAs,
  };
}
