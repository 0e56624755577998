// Who and what the article is about: entities grouped by type, most salient first, with
// their counts and sentiment. Choosing one marks all of its mentions in the article.
import { el, formatNumber } from '../dom.js';
import { select } from './article.js';
import { formatScore } from './sentiment.js';

const GROUPS = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['location', 'Places'],
  ['misc', 'Other names'],
];

export default {
  id: 'entities',
  title: 'Entities',
  shows: (analysis) => Array.isArray(analysis.entities) && analysis.entities.length > 0,
  render(analysis) {
    const root = el('div', { class: 'entity-groups' });
    const buttons = [];
    for (const [type, title] of GROUPS) {
      const members = analysis.entities.filter((e) => e.type === type);
      if (members.length === 0) continue;
      const list = el('ul', { class: 'entities', 'aria-label': title });
      for (const entity of members.slice(0, 30)) {
        const label = entity.sentiment?.label ?? 'neutral';
        const button = el(
          'button',
          { type: 'button', class: `entity ${type}`, 'aria-pressed': 'false', title: `${formatNumber(entity.count)} mention${entity.count === 1 ? '' : 's'}; salience ${entity.salience.toFixed(2)}` },
          el('span', { class: 'entity-name' }, entity.name),
          el('span', { class: 'entity-count' }, `×${formatNumber(entity.count)}`),
          el('span', { class: `badge small ${label}` }, `${label} ${formatScore(entity.sentiment?.score ?? 0)}`),
          el('span', { class: 'salience', 'aria-hidden': 'true' }),
        );
        button.style.setProperty('--salience', String(entity.salience));
        button.addEventListener('click', () => {
          const pressed = button.getAttribute('aria-pressed') === 'true';
          for (const other of buttons) other.setAttribute('aria-pressed', 'false');
          button.setAttribute('aria-pressed', String(!pressed));
          select(pressed ? null : entity.id);
        });
        buttons.push(button);
        list.append(el('li', {}, button));
      }
      root.append(el('section', { class: 'entity-group' }, el('h3', {}, title), list));
    }
    return root;
  },
};
