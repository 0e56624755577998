// The tokens the later stages work on, as chips.
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

export default {
  id: 'tokens',
  title: 'Tokens',
  shows: (analysis) => Array.isArray(analysis.tokens) && analysis.tokens.length > 0,
  render(analysis, text, { totals, format }) {
    const formatNumber = format.number;
    const { tokens } = analysis;
    const total = totals?.tokens ?? tokens.length;
    const chips = el('div', { class: 'tokens', tabindex: 0, 'aria-label': 'Tokens' });
    for (const token of tokens.slice(0, SHOWN.tokens)) chips.append(el('span', { class: 'token' }, token.text));
    const note = el(
      'p',
      { class: 'note' },
      total > SHOWN.tokens
        ? `Showing the first ${formatNumber(SHOWN.tokens)} of ${formatNumber(total)} tokens.`
        : `${formatNumber(total)} tokens.`,
    );
    return el('div', {}, chips, note);
  },
};
