// The article as text, with what the analysis found marked in place. Marks are built from
// offsets (UTF-16, like JS strings) and the text only ever enters the page as text nodes.
import { el, formatNumber } from '../dom.js';
import { SHOWN } from '../limits.js';

const LIMIT = SHOWN.articleChars; // characters drawn; the worker sends no marks beyond them

let current = null; // { container, text, analysis, selected }

const TYPE_NAMES = {
  person: 'person', location: 'place', organization: 'organization', misc: 'other name', date: 'date', time: 'time',
  money: 'money', percent: 'percent', quantity: 'quantity', ordinal: 'ordinal', cardinal: 'number',
};

/** Draws `text` with `mentions` (typed; those of entity `selected` stand out) and `highlights` (plain ranges) marked. */
function draw(container, text, mentions, highlights, selected = null) {
  const shown = text.slice(0, LIMIT);
  const marks = [
    ...mentions.map((m) => ({ ...m, kind: 'mention' })),
    ...highlights.map((h) => ({ ...h, kind: 'highlight' })),
  ]
    .filter((m) => m.end <= shown.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  // Quotations (in text order, disjoint) are drawn under the marks: text inside one is wrapped
  // as quoted, and a mention inside one is marked as quoted too.
  const quotes = (current?.analysis.quotes ?? []).filter((q) => q.start < shown.length);
  let next = 0;
  const inQuote = (offset) => {
    while (next < quotes.length && quotes[next].end <= offset) next++;
    return next < quotes.length && quotes[next].start <= offset ? quotes[next] : null;
  };
  const pushText = (from, to) => {
    while (from < to) {
      const quote = inQuote(from);
      if (quote) {
        const end = Math.min(quote.end, to);
        nodes.push(el('span', { class: 'quoted' }, shown.slice(from, end)));
        from = end;
      } else {
        const end = Math.min(quotes[next]?.start ?? to, to);
        nodes.push(shown.slice(from, end));
        from = end;
      }
    }
  };
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks: the first (longest) wins
    pushText(at, mark.start);
    const content = shown.slice(mark.start, mark.end);
    const quoted = inQuote(mark.start) ? ' quoted' : '';
    if (mark.kind === 'mention') {
      const entity = mark.entity !== undefined ? current?.analysis.entities?.[mark.entity] : undefined;
      const label = [
        TYPE_NAMES[mark.type] ?? mark.type,
        entity && entity.name !== content ? entity.name : null,
        mark.confidence !== undefined ? `${Math.round(mark.confidence * 100)}% sure` : null,
      ].filter(Boolean).join(', ');
      const chosen = selected !== null && mark.entity === selected;
      // The details show on hover and on keyboard focus (CSS draws data-tip, as text).
      const node = el(
        'mark',
        { class: `mention ${mark.type}${chosen ? ' selected' : ''}${quoted}`, tabindex: 0, 'data-tip': label, 'aria-label': `${content} (${label})` },
        content,
      );
      if (mark.entity !== undefined) {
        node.setAttribute('role', 'button');
        node.setAttribute('aria-pressed', String(chosen));
        node.dataset.entity = String(mark.entity);
      }
      nodes.push(node);
    } else {
      nodes.push(el('mark', { class: `highlight${quoted}` }, content));
    }
    at = mark.end;
  }
  pushText(at, shown.length);
  container.replaceChildren(...nodes);
}

/** Makes every mention of entity `id` stand out (null clears), and scrolls to the first. */
export function select(id) {
  if (!current) return;
  current.selected = id;
  draw(current.container, current.text, current.analysis.mentions ?? [], [], id);
  current.container.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** Marks `ranges` in the article (an empty list clears them) and scrolls to the first. */
export function highlight(ranges) {
  if (!current) return;
  current.selected = null;
  draw(current.container, current.text, current.analysis.mentions ?? [], ranges);
  current.container.querySelector('mark.highlight')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

export default {
  id: 'article',
  title: 'Article',
  shows: (analysis) => Array.isArray(analysis.mentions) || Array.isArray(analysis.keyphrases),
  render(analysis, text) {
    const container = el('div', { class: 'article', tabindex: 0, 'aria-label': 'The article with its findings marked' });
    current = { container, text, analysis, selected: null };
    // One listener for every mention: choosing one marks all of its entity's mentions.
    const choose = (event) => {
      const id = event.target.closest?.('mark.mention[data-entity]')?.dataset.entity;
      if (id === undefined) return;
      if (event.type === 'keydown') {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
      }
      select(current.selected === Number(id) ? null : Number(id));
    };
    container.addEventListener('click', choose);
    container.addEventListener('keydown', choose);
    draw(container, text, analysis.mentions ?? [], []);
    const present = new Set((analysis.mentions ?? []).map((m) => m.type));
    const legend = present.size
      ? el(
          'ul',
          { class: 'legend', 'aria-label': 'Legend' },
          Object.keys(TYPE_NAMES)
            .filter((type) => present.has(type))
            .map((type) => el('li', {}, el('mark', { class: `mention ${type}` }, TYPE_NAMES[type]))),
        )
      : null;
    const note = text.length > LIMIT
      ? el('p', { class: 'note' }, `Showing the first ${formatNumber(LIMIT)} of ${formatNumber(text.length)} characters.`)
      : null;
    return el('div', {}, legend, container, note);
  },
};
