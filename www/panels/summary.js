// The gist: the few sentences that carry the article, in its order. Each leads to its place in
// the article view, where the summary sentences are marked.
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

export default {
  id: 'summary',
  title: 'Summary',
  shows: (analysis) => Array.isArray(analysis.summary) && analysis.summary.length > 0,
  render(analysis) {
    const list = el('ol', { class: 'summary' });
    for (const chosen of analysis.summary) {
      const drawn = chosen.end <= SHOWN.articleChars;
      const item = el('li', {}, el('span', { class: 'summary-text' }, chosen.text));
      if (drawn) {
        const go = el('button', { type: 'button', class: 'summary-go', title: 'Show this sentence in the article' }, 'In the article');
        go.addEventListener('click', () => {
          const target = document.getElementById(`summary-${chosen.sentence}`);
          if (!target) return;
          target.scrollIntoView({ block: 'center', behavior: 'smooth' });
          target.focus({ preventScroll: true });
        });
        item.append(' ', go);
      }
      list.append(item);
    }
    return el('div', {}, list);
  },
};
