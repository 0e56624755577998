// Key phrases as a ranked chart; choosing one highlights its occurrences in the article.
// Topics only: names are the entity panel's, except a name that leads the ranking.
import { el } from '../dom.js';
import { highlight } from './article.js';

/** The key phrases to show: those that name no entity, and the first whatever it names. */
export function topics(keyphrases) {
  if (!Array.isArray(keyphrases)) return [];
  return keyphrases.filter((phrase, index) => index === 0 || phrase.entity === null || phrase.entity === undefined);
}

export default {
  id: 'keyphrases',
  title: 'Key phrases',
  shows: (analysis) => topics(analysis.keyphrases).length > 0,
  render(analysis) {
    const list = el('ol', { class: 'keyphrases' });
    for (const phrase of topics(analysis.keyphrases)) {
      const count = phrase.occurrences.length;
      const button = el(
        'button',
        { type: 'button', class: 'keyphrase', 'aria-pressed': 'false', title: `Highlight its ${count} occurrence${count === 1 ? '' : 's'}` },
        el('span', { class: 'keyphrase-text' }, phrase.text),
        el('span', { class: 'keyphrase-bar', 'aria-hidden': 'true' }),
        el('span', { class: 'keyphrase-count' }, `×${count}`),
      );
      button.style.setProperty('--score', String(phrase.score));
      button.addEventListener('click', () => {
        const pressed = button.getAttribute('aria-pressed') === 'true';
        for (const other of list.querySelectorAll('.keyphrase')) other.setAttribute('aria-pressed', 'false');
        button.setAttribute('aria-pressed', String(!pressed));
        highlight(pressed ? [] : phrase.occurrences);
      });
      list.append(el('li', {}, button));
    }
    return list;
  },
};
