// The analysis out of the page: the full result as JSON, the entities as CSV, and a copy of
// either on the clipboard. Everything is built here, in memory; nothing is sent anywhere.

/** The full analysis as pretty JSON. */
export function toJson(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180): always quoted, quotes doubled. A value that a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, so opening the file never runs anything. Numbers are written as they are.
 */
export function csvField(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const COLUMNS = ['id', 'name', 'type', 'count', 'salience', 'sentiment', 'sentiment_score', 'first_start', 'aliases'];

/** The entities as CSV, one row each, most salient first; `aliases` lists the other forms. */
export function entitiesCsv(analysis, text) {
  const rows = [COLUMNS.join(',')];
  for (const entity of analysis.entities ?? []) {
    const forms = new Set();
    for (const index of entity.mentions ?? []) {
      const mention = analysis.mentions?.[index];
      if (mention) forms.add(text.slice(mention.start, mention.end));
    }
    forms.delete(entity.name);
    rows.push([
      entity.id, entity.name, entity.type, entity.count, round(entity.salience),
      entity.sentiment?.label ?? '', round(entity.sentiment?.score ?? 0), entity.firstStart, [...forms].join(' | '),
    ].map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const QUOTE_COLUMNS = ['speaker', 'entity', 'text', 'start', 'end', 'direct'];

/** The quotations as CSV, in text order: the speaker as written, the entity's name, the words. */
export function quotesCsv(analysis) {
  const rows = [QUOTE_COLUMNS.join(',')];
  for (const quote of analysis.quotes ?? []) {
    const entity = quote.entity !== null && quote.entity !== undefined ? analysis.entities?.[quote.entity]?.name : '';
    rows.push([quote.speaker?.text ?? '', entity ?? '', quote.text, quote.start, quote.end, quote.direct ? 'true' : 'false'].map(csvField).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const round = (x) => Math.round(x * 10000) / 10000;

/** Offers `content` as a file download (a blob: URL made here and released after). */
export function download(content, name, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts `content` on the clipboard; resolves to whether it worked. */
export async function copy(content) {
  try {
    await navigator.clipboard.writeText(content);
    return true;
  } catch {
    // No clipboard API (an insecure context, a denied permission): the old way, through a
    // hidden textarea that holds the text as its value.
    const area = document.createElement('textarea');
    area.value = content;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}
