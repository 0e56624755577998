// Counts over the whole text.
import { el } from '../dom.js';

export default {
  id: 'stats',
  title: 'Statistics',
  shows: (analysis) => Boolean(analysis.stats),
  render(analysis, text, { format }) {
    const { number: formatNumber, score: formatScore } = format;
    const { words, sentences, paragraphs, readingMinutes } = analysis.stats;
    const reading = readingMinutes < 1 ? 'under 1 min' : `${formatNumber(Math.round(readingMinutes))} min`;
    const item = (label, value) => el('div', {}, el('dt', {}, label), el('dd', {}, value));
    return el(
      'dl',
      { class: 'stats' },
      item('Words', formatNumber(words)),
      item('Sentences', formatNumber(sentences)),
      item('Paragraphs', formatNumber(paragraphs)),
      item('Reading time', reading),
      analysis.sentiment
        ? item('Sentiment', el('span', { class: `tone ${analysis.sentiment.label}` }, analysis.sentiment.label, el('small', {}, ` ${formatScore(analysis.sentiment.score)}`)))
        : null,
    );
  },
};
