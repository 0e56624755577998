// How the page writes numbers and sentiment scores. Panels get these through their render
// context (`context.format`), so that every panel writes them the same way.

/** A count or a number with thousands separators: 1,268. */
export const formatNumber = new Intl.NumberFormat('en').format;

/** A sentiment score with its sign: +0.42, −0.17, 0.00. */
export const formatScore = (score) => (score > 0 ? '+' : score < 0 ? '−' : '') + Math.abs(score).toFixed(2);
