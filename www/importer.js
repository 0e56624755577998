// Reading a dropped or opened file into article text. HTML is parsed inertly with DOMParser
// (its scripts never run, its images never load: the parsed document has no browsing context)
// and only its text is kept; nothing from the file is ever inserted into the page.

/** The extensions the page reads, and how. */
const KINDS = { txt: 'text', text: 'text', md: 'text', markdown: 'text', html: 'html', htm: 'html' };

// Parts of a web page that are not the article.
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, textarea, input, figure figcaption, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';
// Elements that end a paragraph of text.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** What kind of file `name` (and its MIME `type`) is: 'text', 'html' or null for unsupported. */
export function kindOf(name = '', type = '') {
  const extension = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension && KINDS[extension]) return KINDS[extension];
  if (type === 'text/html') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

/** The article text of an HTML document: the <article> (or <main>, or <body>) as paragraphs. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll(DROPPED)) node.remove();
  const articles = [...doc.querySelectorAll('article')];
  // The longest <article> is the story; the others are teasers for other stories.
  const root = articles.sort((a, b) => b.textContent.length - a.textContent.length)[0]
    ?? doc.querySelector('main, [role="main"]')
    ?? doc.body;
  if (!root) return '';
  const title = root.querySelector('h1') ? '' : doc.title.trim();
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) line += child.data;
      else if (child.nodeType === 1) {
        if (child.tagName === 'BR') {
          flush();
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  return paragraphs.join('\n\n');
}

/** Reads `file` as article text; rejects with a message a person can act on. */
export async function readArticle(file, maxChars) {
  const kind = kindOf(file.name, file.type);
  if (!kind) throw new Error(`${file.name || 'This file'} is not a .txt, .md or .html file`);
  // A UTF-16 string is never longer than its UTF-8 bytes, so text files over 4 bytes a
  // character of the limit cannot fit; HTML may be mostly markup, so it gets more room.
  const maxBytes = kind === 'html' ? maxChars * 20 : maxChars * 4;
  if (file.size > maxBytes) throw new Error(`${file.name} is too large (${Math.round(file.size / 1e6)} MB)`);
  const raw = await file.text();
  const text = kind === 'html' ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new Error(`${file.name} has no text to analyse`);
  return text;
}
