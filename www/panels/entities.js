// Who and what the article is about: entities grouped by type, most salient first, with
// their counts and the sentiment toward them (over their mentions, with the words that drove
// it). Choosing one marks all of its mentions in the article (the
// context's `select`); its button stays pressed while it is selected, however it was chosen.
import { el } from '../dom.js';

const GROUPS = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['location', 'Places'],
  ['misc', 'Other names'],
];

// The words that drove the sentiment toward an entity's mentions: the strongest few, once each.
function entityDrivers(analysis, entity, limit = 3) {
  const seen = new Map();
  for (const index of entity.mentions ?? []) {
    for (const driver of analysis.mentions?.[index]?.sentiment?.drivers ?? []) {
      const key = driver.text.toLowerCase();
      if (!seen.has(key) || Math.abs(seen.get(key).weight) < Math.abs(driver.weight)) seen.set(key, driver);
    }
  }
  return [...seen.values()].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, limit);
}

function countsText(counts) {
  if (!counts) return '';
  return `; mentions: ${counts.positive} positive, ${counts.neutral} neutral, ${counts.negative} negative`;
}

export default {
  id: 'entities',
  title: 'Entities',
  shows: (analysis) => Array.isArray(analysis.entities) && analysis.entities.length > 0,
  render(analysis, text, context) {
    const { format } = context;
    const root = el('div', { class: 'entity-groups' });
    const buttons = new Map(); // entity id -> its button
    let selected = null;
    for (const [type, title] of GROUPS) {
      const members = analysis.entities.filter((e) => e.type === type);
      if (members.length === 0) continue;
      const list = el('ul', { class: 'entities', 'aria-label': title });
      for (const entity of members.slice(0, 30)) {
        const label = entity.sentiment?.label ?? 'neutral';
        const button = el(
          'button',
          { type: 'button', class: `entity ${type}`, 'aria-pressed': 'false', title: `${format.number(entity.count)} mention${entity.count === 1 ? '' : 's'}; salience ${entity.salience.toFixed(2)}${countsText(entity.sentiment?.counts)}` },
          el('span', { class: 'entity-name' }, entity.name),
          el('span', { class: 'entity-count' }, `×${format.number(entity.count)}`),
          el('span', { class: `badge small ${label}` }, `${label} ${format.score(entity.sentiment?.score ?? 0)}`),
          el('span', { class: 'salience', 'aria-hidden': 'true' }),
        );
        button.style.setProperty('--salience', String(entity.salience));
        button.addEventListener('click', () => context.select(selected === entity.id ? null : entity.id));
        buttons.set(entity.id, button);
        const drivers = label === 'neutral' ? [] : entityDrivers(analysis, entity);
        const why = drivers.length
          ? el('span', { class: 'entity-drivers', title: 'Words that drove the sentiment toward it' }, drivers.map((d) => d.text).join(', '))
          : null;
        list.append(el('li', {}, button, why));
      }
      root.append(el('section', { class: 'entity-group' }, el('h3', {}, title), list));
    }
    const press = (id) => {
      selected = id;
      for (const [entity, button] of buttons) button.setAttribute('aria-pressed', String(entity === id));
    };
    context.on('select', press);
    context.on('highlight', () => press(null));
    return root;
  },
};
