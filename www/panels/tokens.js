// The tokens the later stages work on, as chips.
import { el, formatNumber } from '../dom.js';

const SHOWN = 1500;

export default {
  id: 'tokens',
  title: 'Tokens',
  shows: (analysis) => Array.isArray(analysis.tokens) && analysis.tokens.length > 0,
  render(analysis) {
    const { tokens } = analysis;
    const chips = el('div', { class: 'tokens', tabindex: 0, 'aria-label': 'Tokens' });
    for (const token of tokens.slice(0, SHOWN)) chips.append(el('span', { class: 'token' }, token.text));
    const note = el(
      'p',
      { class: 'note' },
      tokens.length > SHOWN
        ? `Showing the first ${formatNumber(SHOWN)} of ${formatNumber(tokens.length)} tokens.`
        : `${formatNumber(tokens.length)} tokens.`,
    );
    return el('div', {}, chips, note);
  },
};
