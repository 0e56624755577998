// The analysis out of the page: the full result as JSON, the entities as CSV, either copied.
import { el } from '../dom.js';
import { copy, download, entitiesCsv, toJson } from '../export.js';

export default {
  id: 'export',
  title: 'Export',
  shows: (analysis) => Boolean(analysis.stats),
  render(analysis, text) {
    const status = el('p', { class: 'note', role: 'status', 'aria-live': 'polite' });
    const button = (id, label, action) => {
      const node = el('button', { type: 'button', id }, label);
      node.addEventListener('click', action);
      return node;
    };
    const copied = async (content, what) => {
      status.textContent = (await copy(content)) ? `${what} copied to the clipboard.` : `${what} could not be copied: this browser refused.`;
    };
    return el(
      'div',
      {},
      el(
        'div',
        { class: 'actions' },
        button('export-json', 'Download JSON', () => download(toJson(analysis), 'newslens-analysis.json', 'application/json')),
        button('export-csv', 'Download entities CSV', () => download(entitiesCsv(analysis, text), 'newslens-entities.csv', 'text/csv')),
        button('copy-json', 'Copy JSON', () => copied(toJson(analysis), 'The analysis')),
        button('copy-csv', 'Copy CSV', () => copied(entitiesCsv(analysis, text), 'The entities')),
      ),
      status,
    );
  },
};
