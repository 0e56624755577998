// Who said what: the quotations and reported speech of the article, grouped by speaker (the
// speaker's entity where the analysis resolved one), the most quoted first. Choosing a
// quotation marks it in the article and scrolls there (the context's `highlight`); its button
// stays pressed while it is marked.
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

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
  render(analysis, text, context) {
    const { number } = context.format;
    const groups = speakers(analysis);
    const root = el('div', { class: 'quote-groups' });
    const buttons = new Map(); // the ranges highlighted by a quotation -> its button
    let shown = null; // the ranges highlighted now, where they are a quotation's
    for (const group of groups.slice(0, SPEAKERS)) {
      const count = group.quotes.length;
      const list = el('ol', { class: 'quotes', 'aria-label': `Quotations of ${group.name}` });
      for (const quote of group.quotes.slice(0, PER_SPEAKER)) {
        const said = quote.speaker && quote.speaker.text !== group.name ? `${quote.speaker.text} ${quote.cue?.text ?? ''}`.trim() : quote.cue?.text;
        const words = el('span', { class: 'quote-text' }, quote.direct ? `“${clip(quote.text)}”` : clip(quote.text));
        const cue = said ? el('span', { class: 'quote-cue' }, said) : null;
        const direct = quote.direct ? ' direct' : '';
        // A quotation beyond the part of the article drawn has no place there to lead to.
        if (quote.end > SHOWN.articleChars) {
          list.append(el('li', {}, el('div', { class: `quote${direct}` }, words, cue)));
          continue;
        }
        const ranges = [{ start: quote.start, end: quote.end }];
        const button = el('button', { type: 'button', class: `quote${direct}`, 'aria-pressed': 'false', title: 'Show it in the article' }, words, cue);
        button.addEventListener('click', () => context.highlight(shown === ranges ? [] : ranges));
        buttons.set(ranges, button);
        list.append(el('li', {}, button));
      }
      const more = count > PER_SPEAKER ? el('p', { class: 'note' }, `and ${number(count - PER_SPEAKER)} more`) : null;
      root.append(
        el(
          'section',
          { class: `quote-group${group.entity === null ? ' unresolved' : ''}` },
          el('h3', {}, group.name, el('span', { class: 'quote-count' }, ` ×${number(count)}`)),
          list,
          more,
        ),
      );
    }
    const press = (ranges) => {
      shown = buttons.has(ranges) ? ranges : null;
      for (const [of, button] of buttons) button.setAttribute('aria-pressed', String(of === shown));
    };
    context.on('highlight', press);
    context.on('select', () => press(null));
    const notes = [];
    if (groups.length > SPEAKERS) notes.push(el('p', { class: 'note' }, `Showing ${SPEAKERS} of ${number(groups.length)} speakers.`));
    const total = context.totals?.quotes ?? analysis.quotes.length;
    if (total > analysis.quotes.length) {
      notes.push(el('p', { class: 'note' }, `Counting the first ${number(analysis.quotes.length)} of ${number(total)} quotations.`));
    }
    return notes.length ? el('div', {}, root, ...notes) : root;
  },
};
