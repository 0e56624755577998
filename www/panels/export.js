// The analysis out of the page: the full result as JSON, the entities and the quotations as
// CSV, JSON and entities copied.
// The worker holds the whole analysis (the page only gets what it draws) and makes the text.
import { el } from '../dom.js';
import { copy, download } from '../export.js';

const KINDS = {
  json: { file: 'newslens-analysis.json', type: 'application/json', what: 'The analysis' },
  csv: { file: 'newslens-entities.csv', type: 'text/csv', what: 'The entities' },
  quotes: { file: 'newslens-quotes.csv', type: 'text/csv', what: 'The quotations' },
};

export default {
  id: 'export',
  title: 'Export',
  shows: (analysis) => Boolean(analysis.stats),
  render(analysis, text, { exportAs }) {
    const status = el('p', { class: 'note', role: 'status', 'aria-live': 'polite' });
    const button = (id, label, kind, deliver) => {
      const node = el('button', { type: 'button', id }, label);
      node.addEventListener('click', async () => {
        const { file, type, what } = KINDS[kind];
        try {
          const content = await exportAs(kind);
          if (deliver === 'copy') {
            status.textContent = (await copy(content)) ? `${what} copied to the clipboard.` : `${what} could not be copied: this browser refused.`;
          } else {
            download(content, file, type);
            status.textContent = `${what} saved as ${file}.`;
          }
        } catch (error) {
          status.textContent = `Not exported: ${error.message}.`;
        }
      });
      return node;
    };
    return el(
      'div',
      {},
      el(
        'div',
        { class: 'actions' },
        button('export-json', 'Download JSON', 'json', 'download'),
        button('export-csv', 'Download entities CSV', 'csv', 'download'),
        button('copy-json', 'Copy JSON', 'json', 'copy'),
        button('copy-csv', 'Copy entities CSV', 'csv', 'copy'),
        button('export-quotes', 'Download quotes CSV', 'quotes', 'download'),
      ),
      status,
    );
  },
};
