// The panels, in page order. Adding a stage's panel is adding its module here: each module
// exports { id, title, shows(analysis), render(analysis, text) -> Node }, and a panel only
// appears when `shows` finds its part of the analysis.
import stats from './stats.js';
import entities from './entities.js';
import quotes from './quotes.js';
import keyphrases from './keyphrases.js';
import article from './article.js';
import sentiment from './sentiment.js';
import sentences from './sentences.js';
import tokens from './tokens.js';
import exporter from './export.js';

export const PANELS = [stats, entities, quotes, keyphrases, article, sentiment, sentences, tokens, exporter];
