// The sentences, in order, as the segmenter split them.
import { el, formatNumber } from '../dom.js';

const SHOWN = 500;

export default {
  id: 'sentences',
  title: 'Sentences',
  shows: (analysis) => Array.isArray(analysis.sentences),
  render(analysis) {
    const { sentences } = analysis;
    const list = el('ol', { class: 'sentences', tabindex: 0, 'aria-label': 'Sentences' });
    for (const sentence of sentences.slice(0, SHOWN)) list.append(el('li', {}, sentence.text));
    const more = sentences.length > SHOWN
      ? el('p', { class: 'note' }, `Showing the first ${formatNumber(SHOWN)} of ${formatNumber(sentences.length)} sentences.`)
      : null;
    return el('div', {}, list, more);
  },
};
