// The article as text, with what the analysis found marked in place. Marks are built from
// offsets (UTF-16, like JS strings) and the text only ever enters the page as text nodes.
// It carries out the context's `select` (an entity's mentions stand out), `highlight` (plain
// ranges, such as a key phrase's occurrences or a quotation) and `showInArticle` (a summary
// sentence brought into view and focused).
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

const LIMIT = SHOWN.articleChars; // characters drawn; the worker sends no marks beyond them

const TYPE_NAMES = {
  person: 'person', location: 'place', organization: 'organization', misc: 'other name', date: 'date', time: 'time',
  money: 'money', percent: 'percent', quantity: 'quantity', ordinal: 'ordinal', cardinal: 'number',
};

/** A name mention's sentiment as the tip shows it: "negative toward it (accused, lies)". */
function sentimentTip(sentiment) {
  const words = (sentiment.drivers ?? []).map((d) => d.text).join(', ');
  return `${sentiment.label} toward it${words ? ` (${words})` : ''}`;
}

/**
 * Draws `text` into `container` with the analysis's mentions (typed; those of entity `selected`
 * stand out) and `highlights` (plain ranges) marked, its boilerplate paragraphs dimmed, its
 * quotations' words marked as quoted and its summary sentences wrapped (focusable, so that the
 * summary can lead to them). Linear in the text and the marks: every list is in text order.
 */
function draw(container, text, analysis, highlights, selected) {
  const shown = text.slice(0, LIMIT);
  // Boilerplate holds no mention, quotation or summary sentence: the analysis leaves it out.
  const boilerplate = (analysis.paragraphs ?? []).filter((p) => p.kind === 'boilerplate');
  const marks = [
    ...(analysis.mentions ?? []).map((m) => ({ ...m, kind: 'mention' })),
    ...highlights.map((h) => ({ ...h, kind: 'highlight' })),
    ...boilerplate.map((p) => ({ start: p.start, end: p.end, kind: 'boilerplate' })),
  ]
    .filter((m) => m.start < m.end && m.end <= shown.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // Quotations (in text order, disjoint) are drawn under the marks: text inside one is wrapped
  // as quoted, and a mark inside one is marked as quoted too.
  const quotes = (analysis.quotes ?? []).filter((q) => q.start < shown.length);
  let nextQuote = 0;
  const inQuote = (offset) => {
    while (nextQuote < quotes.length && quotes[nextQuote].end <= offset) nextQuote++;
    return nextQuote < quotes.length && quotes[nextQuote].start <= offset ? quotes[nextQuote] : null;
  };
  const pushText = (nodes, from, to) => {
    while (from < to) {
      const quote = inQuote(from);
      const end = Math.min(quote ? quote.end : (quotes[nextQuote]?.start ?? to), to);
      nodes.push(quote ? el('span', { class: 'quoted' }, shown.slice(from, end)) : shown.slice(from, end));
      from = end;
    }
  };

  let at = 0; // the offset drawn up to
  let next = 0; // the first mark not drawn yet
  /** The nodes from `at` up to `to`: a highlight or boilerplate crossing `to` goes on after it; a mention crossing it is left unmarked. */
  const drawTo = (to) => {
    const nodes = [];
    while (next < marks.length && marks[next].start < to) {
      const mark = marks[next];
      if (mark.start < at) {
        // Overlapping marks: the first (longest) wins.
        next++;
        continue;
      }
      let end = mark.end;
      if (end > to) {
        if (mark.kind === 'mention') {
          next++;
          continue;
        }
        end = to;
        marks[next] = { ...mark, start: to };
      } else {
        next++;
      }
      pushText(nodes, at, mark.start);
      nodes.push(markNode(mark, shown.slice(mark.start, end), analysis, selected, inQuote(mark.start) ? ' quoted' : ''));
      at = end;
    }
    pushText(nodes, at, to);
    at = to;
    return nodes;
  };

  const nodes = [];
  for (const chosen of analysis.summary ?? []) {
    if (chosen.start < at || chosen.end > shown.length) continue;
    nodes.push(...drawTo(chosen.start));
    nodes.push(el('span', { class: 'in-summary', 'data-sentence': chosen.sentence, tabindex: -1, title: 'In the summary' }, ...drawTo(chosen.end)));
  }
  nodes.push(...drawTo(shown.length));
  container.replaceChildren(...nodes);
}

/** The node of one mark, holding `content`. */
function markNode(mark, content, analysis, selected, quoted) {
  if (mark.kind === 'boilerplate') return el('span', { class: 'boilerplate', title: 'Boilerplate: left out of the analysis' }, content);
  if (mark.kind !== 'mention') return el('mark', { class: `highlight${quoted}` }, content);
  const entity = mark.entity !== undefined ? analysis.entities?.[mark.entity] : undefined;
  const label = [
    TYPE_NAMES[mark.type] ?? mark.type,
    entity && entity.name !== content ? entity.name : null,
    mark.confidence !== undefined ? `${Math.round(mark.confidence * 100)}% sure` : null,
    mark.sentiment ? sentimentTip(mark.sentiment) : null,
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
  return node;
}

export default {
  id: 'article',
  title: 'Article',
  shows: (analysis) => Array.isArray(analysis.mentions) || Array.isArray(analysis.keyphrases),
  render(analysis, text, context) {
    const { format } = context;
    const container = el('div', { class: 'article', tabindex: 0, 'aria-label': 'The article with its findings marked' });
    let selected = null;
    context.on('select', (id) => {
      selected = id;
      draw(container, text, analysis, [], id);
      container.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
    context.on('highlight', (ranges) => {
      selected = null;
      draw(container, text, analysis, ranges, null);
      container.querySelector('mark.highlight')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
    context.on('article', (index) => {
      const target = [...container.querySelectorAll('.in-summary')].find((node) => node.dataset.sentence === String(index));
      if (!target) return;
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.focus({ preventScroll: true });
    });
    // One listener for every mention: choosing one marks all of its entity's mentions.
    const choose = (event) => {
      const id = event.target.closest?.('mark.mention[data-entity]')?.dataset.entity;
      if (id === undefined) return;
      if (event.type === 'keydown') {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
      }
      context.select(selected === Number(id) ? null : Number(id));
    };
    container.addEventListener('click', choose);
    container.addEventListener('keydown', choose);
    draw(container, text, analysis, [], null);
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
    const dimmed = (analysis.paragraphs ?? []).some((p) => p.kind === 'boilerplate')
      ? el('p', { class: 'note' }, 'Dimmed: boilerplate (share and follow lines, feed footers, copyright, photo credits), left out of the analysis.')
      : null;
    const note = text.length > LIMIT
      ? el('p', { class: 'note' }, `Showing the first ${format.number(LIMIT)} of ${format.number(text.length)} characters.`)
      : null;
    return el('div', {}, legend, container, dimmed, note);
  },
};
