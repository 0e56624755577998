// The sentences, in order, as the segmenter split them, with their sentiment and the words
// that drove it. It carries out the context's `showSentence`.
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

/** The sentence's text with its drivers marked (offsets are UTF-16, like JS strings). */
function withDrivers(sentence, formatScore) {
  // A neutral sentence's small pushes explain nothing a reader needs, so only the drivers of
  // positive and negative sentences are marked.
  const drivers = sentence.sentiment && sentence.sentiment.label !== 'neutral' ? sentence.sentiment.drivers : [];
  const parts = [];
  let at = sentence.start;
  for (const driver of drivers) {
    if (driver.start < at) continue;
    parts.push(sentence.text.slice(at - sentence.start, driver.start - sentence.start));
    const direction = driver.weight > 0 ? 'up' : 'down';
    parts.push(el('mark', { class: `driver ${direction}`, title: `pushed the score ${direction} (${formatScore(driver.weight)})` }, driver.text));
    at = driver.end;
  }
  parts.push(sentence.text.slice(at - sentence.start));
  return parts;
}

export default {
  id: 'sentences',
  title: 'Sentences',
  shows: (analysis) => Array.isArray(analysis.sentences),
  render(analysis, text, context) {
    const { totals, format } = context;
    const { sentences } = analysis;
    const total = totals?.sentences ?? sentences.length;
    const list = el('ol', { class: 'sentences', 'aria-label': 'Sentences' });
    // Tinting is on demand: a tint behind every line is hard to read through.
    const tint = el('input', { type: 'checkbox', id: 'tint-sentences' });
    tint.addEventListener('change', () => list.classList.toggle('tint', tint.checked));
    const toggle = el('label', { class: 'toggle' }, tint, ' Tint sentences by sentiment');
    const items = sentences.slice(0, SHOWN.sentences).map((sentence, index) => {
      const label = sentence.sentiment?.label;
      return el(
        'li',
        { id: `sentence-${index}`, tabindex: -1, class: label ?? '' },
        withDrivers(sentence, format.score),
        label && label !== 'neutral' ? el('span', { class: `badge small ${label}` }, `${label} ${format.score(sentence.sentiment.score)}`) : null,
      );
    });
    list.append(...items);
    context.on('sentence', (index) => {
      items[index]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      items[index]?.focus({ preventScroll: true });
    });
    const more = total > SHOWN.sentences
      ? el('p', { class: 'note' }, `Showing the first ${format.number(SHOWN.sentences)} of ${format.number(total)} sentences.`)
      : null;
    return el('div', {}, toggle, list, more);
  },
};
