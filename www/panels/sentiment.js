// The document's sentiment and a strip of every sentence's score along the article; a bar
// leads to its sentence (the context's `showSentence`).
import { el } from '../dom.js';
import { SHOWN } from '../limits.js';

const LABELS = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' };

export default {
  id: 'sentiment',
  title: 'Sentiment',
  shows: (analysis) => Boolean(analysis.sentiment),
  render(analysis, text, context) {
    const { totals, format } = context;
    const { number: formatNumber, score: formatScore } = format;
    const { score, label, counts } = analysis.sentiment;
    const total = totals?.sentences ?? analysis.sentences.length;
    const summary = el(
      'p',
      { class: 'sentiment-summary' },
      el('span', { class: `badge ${label}` }, LABELS[label]),
      ` overall (${formatScore(score)}): `,
      `${formatNumber(counts.positive)} positive, ${formatNumber(counts.neutral)} neutral, ${formatNumber(counts.negative)} negative sentences.`,
    );
    const strip = el('div', { class: 'strip', role: 'list', 'aria-label': 'Sentence scores along the article' });
    analysis.sentences.slice(0, SHOWN.sentences).forEach((sentence, index) => {
      const { score: s, label: l } = sentence.sentiment;
      const bar = el('button', {
        type: 'button',
        role: 'listitem',
        class: `bar ${l}`,
        title: `Sentence ${index + 1}: ${LABELS[l]} ${formatScore(s)}`,
        'aria-label': `Sentence ${index + 1}: ${LABELS[l]} ${formatScore(s)}`,
      });
      bar.style.setProperty('--size', `${Math.max(0.08, Math.abs(s))}`);
      bar.addEventListener('click', () => context.showSentence(index));
      strip.append(bar);
    });
    const note = total > SHOWN.sentences
      ? el('p', { class: 'note' }, `The strip shows the first ${formatNumber(SHOWN.sentences)} of ${formatNumber(total)} sentences.`)
      : null;
    return el('div', {}, summary, strip, note);
  },
};
