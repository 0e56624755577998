// Who said what: the quotations and reported speech of the article, grouped by speaker (the
// speaker's entity where the analysis resolved one), the most quoted first. Choosing a
// quotation marks it in the article and scrolls there.
import { el, formatNumber } from '../dom.js';
import { highlight } from './article.js';

/** Speakers listed, and quotations listed per speaker. */
const SPEAKERS = 30;
const PER_SPEAKER = 20;
/** Characters of a quotation shown in the list. */
const SHOWN_CHARS = 220;

/** The quotations grouped by speaker: [{ name, entity, quotes }], most quoted first. */
export function speakers(analysis) {
  const groups = new Map();
  for (const quote of analysis.quotes ?? []) {
    const entity = quote.entity ?? null;
    const name = entity !== null ? analysis.entities?.[entity]?.name : quote.speaker?.text;
    const key = entity !== null ? `entity ${entity}` : name ? `speaker ${name.toLowerCase()}` : 'nobody';
    if (!groups.has(key)) groups.set(key, { name: name ?? 'Speaker not found', entity, quotes: [] });
    groups.get(key).quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.quotes[0].start - b.quotes[0].start);
}

const clip = (text) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text);

export default {
  id: 'quotes',
  title: 'Who said what',
  shows: (analysis) => Array.isArray(analysis.quotes) && analysis.quotes.length > 0,
  render(analysis) {
    const groups = speakers(analysis);
    const root = el('div', { class: 'quote-groups' });
    for (const group of groups.slice(0, SPEAKERS)) {
      const count = group.quotes.length;
      const list = el('ol', { class: 'quotes', 'aria-label': `Quotations of ${group.name}` });
      for (const quote of group.quotes.slice(0, PER_SPEAKER)) {
        const said = quote.speaker && quote.speaker.text !== group.name ? `${quote.speaker.text} ${quote.cue?.text ?? ''}`.trim() : quote.cue?.text;
        const button = el(
          'button',
          { type: 'button', class: `quote${quote.direct ? ' direct' : ''}`, title: 'Show it in the article' },
          el('span', { class: 'quote-text' }, quote.direct ? `“${clip(quote.text)}”` : clip(quote.text)),
          said ? el('span', { class: 'quote-cue' }, said) : null,
        );
        button.addEventListener('click', () => highlight([{ start: quote.start, end: quote.end }]));
        list.append(el('li', {}, button));
      }
      const more = count > PER_SPEAKER ? el('p', { class: 'note' }, `and ${formatNumber(count - PER_SPEAKER)} more`) : null;
      root.append(
        el(
          'section',
          { class: `quote-group${group.entity === null ? ' unresolved' : ''}` },
          el('h3', {}, group.name, el('span', { class: 'quote-count' }, ` ×${formatNumber(count)}`)),
          list,
          more,
        ),
      );
    }
    if (groups.length > SPEAKERS) root.append(el('p', { class: 'note' }, `Showing ${SPEAKERS} of ${formatNumber(groups.length)} speakers.`));
    return root;
  },
};
