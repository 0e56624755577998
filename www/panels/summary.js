// The gist: the few sentences that carry the article, in its order. Each leads to its place in
// the article view (the context's `showInArticle`), where the summary's sentences are marked.
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

export default {
  id: 'summary',
  title: 'Summary',
  shows: (analysis) => Array.isArray(analysis.summary) && analysis.summary.length > 0,
  render(analysis, text, context) {
    const list = el('ol', { class: 'summary' });
    for (const chosen of analysis.summary) {
      const item = el('li', {}, el('span', { class: 'summary-text' }, chosen.text));
      // A sentence beyond the part of the article drawn has no place there to lead to.
      if (chosen.end <= SHOWN.articleChars) {
        const go = el('button', { type: 'button', class: 'summary-go', title: 'Show this sentence in the article' }, 'In the article');
        go.addEventListener('click', () => context.showInArticle(chosen.sentence));
        item.append(' ', go);
      }
      list.append(item);
    }
    return el('div', {}, list);
  },
};
