// Key phrases as a ranked chart; choosing one highlights its occurrences in the article (the
// context's `highlight`); its button stays pressed while they are.
// Topics only: names are the entity panel's, except a name that leads the ranking.
import { el } from '../dom.js';

/** The key phrases to show: those that name no entity, and the first whatever it names. */
export function topics(keyphrases) {
  if (!Array.isArray(keyphrases)) return [];
  return keyphrases.filter((phrase, index) => index === 0 || phrase.entity === null || phrase.entity === undefined);
}

export default {
  id: 'keyphrases',
  title: 'Key phrases',
  shows: (analysis) => topics(analysis.keyphrases).length > 0,
  render(analysis, text, context) {
    const list = el('ol', { class: 'keyphrases' });
    const buttons = new Map(); // occurrences -> the button of their phrase
    let shown = null; // the occurrences highlighted now
    for (const phrase of topics(analysis.keyphrases)) {
      const count = phrase.occurrences.length;
      const button = el(
        'button',
        { type: 'button', class: 'keyphrase', 'aria-pressed': 'false', title: `Highlight its ${count} occurrence${count === 1 ? '' : 's'}` },
        el('span', { class: 'keyphrase-text' }, phrase.text),
        el('span', { class: 'keyphrase-bar', 'aria-hidden': 'true' }),
        el('span', { class: 'keyphrase-count' }, `×${context.format.number(count)}`),
      );
      button.style.setProperty('--score', String(phrase.score));
      button.addEventListener('click', () => context.highlight(shown === phrase.occurrences ? [] : phrase.occurrences));
      buttons.set(phrase.occurrences, button);
      list.append(el('li', {}, button));
    }
    const press = (ranges) => {
      shown = buttons.has(ranges) ? ranges : null;
      for (const [occurrences, button] of buttons) button.setAttribute('aria-pressed', String(occurrences === shown));
    };
    context.on('highlight', press);
    context.on('select', () => press(null));
    return list;
  },
};
