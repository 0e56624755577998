// The article as text, with what the analysis found marked in place. Marks are built from
// offsets (UTF-16, like JS strings) and the text only ever enters the page as text nodes.
// It carries out the context's `select` (an entity's mentions stand out) and `highlight`
// (plain ranges, such as a key phrase's occurrences).
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
 * stand out) and `highlights` (plain ranges) marked, and its boilerplate paragraphs dimmed.
 */
function draw(container, text, analysis, highlights, selected) {
  const shown = text.slice(0, LIMIT);
  // Boilerplate holds no mention or highlight: the analysis leaves it out.
  const boilerplate = (analysis.paragraphs ?? []).filter((p) => p.kind === 'boilerplate');
  const marks = [
    ...(analysis.mentions ?? []).map((m) => ({ ...m, kind: 'mention' })),
    ...highlights.map((h) => ({ ...h, kind: 'highlight' })),
    ...boilerplate.map((p) => ({ start: p.start, end: p.end, kind: 'boilerplate' })),
  ]
    .filter((m) => m.start >= from && m.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = from;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks: the first (longest) wins
    pushText(at, mark.start);
    const content = shown.slice(mark.start, mark.end);
    const quoted = inQuote(mark.start) ? ' quoted' : '';
    if (mark.kind === 'mention') {
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
      nodes.push(node);
    } else if (mark.kind === 'boilerplate') {
      nodes.push(el('span', { class: 'boilerplate', title: 'Boilerplate: left out of the analysis' }, content));
    } else {
      nodes.push(el('mark', { class: `highlight${quoted}` }, content));
    }
    at = mark.end;
  }
  nodes.push(shown.slice(at, to));
  return nodes;
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
