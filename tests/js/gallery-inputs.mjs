// The hostile-input gallery (issue 10) as JS strings: the same kinds as tests/gallery/inputs.rs,
// plus what only JS can hand over: unpaired surrogates, which reach Rust as U+FFFD.
//
// `buildGallery` is self-contained (no imports, no outer variables) so that the browser test can
// send its source to the page and build the inputs there, without shipping 10 MB through the
// debugging protocol.

/**
 * The gallery: `[{ name, text }]`. `scale` multiplies every nominal size (1: one 10 MB line, a
 * million newlines, 100,000 names, about 1 MB of each other kind); with `bytes` set, every
 * input is built at about that many bytes of UTF-8 instead.
 */
export function buildGallery({ scale = 1, bytes = 0 } = {}) {
  const size = (nominal) => Math.max(1, Math.floor(bytes || nominal * scale));
  const utf8 = new TextEncoder();
  // `pattern` repeated until it holds about `n` bytes of UTF-8, cut between code points.
  const cycle = (pattern, n) => {
    const perCopy = utf8.encode(pattern).length;
    const text = pattern.repeat(Math.ceil(n / perCopy));
    const cut = Math.round((text.length * n) / (perCopy * Math.ceil(n / perCopy)));
    const code = text.charCodeAt(cut - 1);
    return text.slice(0, code >= 0xd800 && code < 0xdc00 ? cut - 1 : cut);
  };
  let state = 0x2545f491;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  const randomBytes = (n) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) bytes[i] = random() & 0xff;
    return new TextDecoder().decode(bytes); // lossy: invalid sequences become U+FFFD
  };
  const loneSurrogates = (n) => {
    const pattern = 'Kyiv \uD83D said. 👍 \uDE42 ';
    let text = cycle(pattern, n);
    // Break some pairs too: a high surrogate before a letter, a low one after a space.
    text = text.replaceAll('👍', (_, at) => (at % 3 === 0 ? '\uD83Dx' : at % 3 === 1 ? ' \uDC4D' : '👍'));
    return text;
  };
  const combining = (n) => {
    const marks = [];
    for (let c = 0x300; c <= 0x36f; c += 1) marks.push(String.fromCharCode(c));
    const parts = [];
    let length = 0;
    while (length < n / 2) {
      let part = 'Cafe\u0301 Zelens\u030Ckyi\u0308 said. ';
      for (const letter of 'Zalgo') {
        part += letter;
        for (let k = random() % 12; k > 0; k -= 1) part += marks[random() % marks.length];
      }
      part += ' rises. ';
      parts.push(part);
      length += utf8.encode(part).length;
    }
    parts.push('a');
    for (let k = 0; k < (n - length) / 2; k += 1) parts.push(marks[random() % marks.length]);
    return parts.join('');
  };
  let controls = '';
  for (let c = 0; c < 0x20; c += 1) controls += String.fromCharCode(c);
  for (let c = 0x7f; c < 0xa0; c += 1) controls += String.fromCharCode(c);
  controls += '\u200B\u001b[31mRed alert.\u001b[0m Kyiv\u0000said\u0007\b\b no.\r\n\u0085\u2028\u2029\uFEFF';
  controls += '\u200E\u200F\u202A\u202D\u2066\u2069\uFFF9\uFFFB\u{E0001}\u{E0041} U.S.\fMr.\v';
  const news =
    'Mr. Blinken told reporters in Kyiv on Tuesday that the U.S. would send $1.2 billion in long-range aid, about 3.5% more than in 2023, and “not a cent less.” ';
  // Opening marks without their closing ones, straight marks, apostrophes, cut sentences.
  const quotes = '‘He said “we will stay. It rained all day in Kyiv, officials said. \'Yes. "No, said Lee’s aides. and then. ';
  const rtl =
    'قال الرئيس في كييف يوم الثلاثاء إن المساعدات ستصل قريبا. هل ستكفي؟ \u200Fאמר השר בירושלים: \u202B"לא נוותר"\u202C. 2024 ב-3.5%. \u202Etxet desrever\u202C!\n';
  const cjk =
    '東京都は火曜日、新しい防潮堤の建設を承認した。費用は12億ドル！本当に足りるのか？北京市政府表示，项目将于2024年完成。서울시는 새 계획을 발표했다. ';
  const emoji = '👩‍👩‍👧‍👦 family 👍🏽👍🏿 🇺🇦🇺🇸 🏴‍☠️ 1️⃣ 🧑🏾‍🤝‍🧑🏻 ❤️‍🔥 🙂🙂🙂 Kyiv 🏳️‍🌈! 👨‍💻. \u200D\u200D🏽 ';
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>Breaking: Sea wall approved</title>' +
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());" +
    'var a="</p>",b=\'Mr. Smith said "no".\';if(a<b&&b>a){for(var i=0;i<10;i++){console.log(i+\'.\')}}</script>' +
    '<style>body{font:16px/1.5 serif}.x::after{content:"..."}</style></head><body>' +
    '<p class="lede">Harbor City approved a $1.2&nbsp;billion sea wall on Tuesday.</p>' +
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Sea wall","datePublished":"2024-05-03T18:15:00Z"}</script>' +
    '<a href="https://example.com/a?b=1&amp;c=2">Read more.</a><!-- comment --></body></html>\n';
  const name = 'Volodymyr Zelensky ';
  // A page's furniture, one line each: every paragraph is boilerplate.
  const boilerplate =
    'Share Facebook Twitter Email\nFollow us on Instagram @examplenews\n© 2024 Example Media Group\n' +
    'Read more: Council approves new budget\nThe post Council votes appeared first on Example News.\n';
  const german =
    'Der Stadtrat hat am Mittwochabend beschlossen, zwei Stadtteilbibliotheken bis zum Jahresende zu schließen, ' +
    'weil für die Sanierung der Gebäude kein Geld vorhanden sei. Zahlreiche Bürger kamen zu der Sitzung, um zu protestieren.\n\n';
  const namesAndQuotes = 'Smith praised “Jones, who criticized "Lee and not Garcia \' Kim\'s failure ';
  // `count` opening marks, double and single, none closed but the last.
  const unbalanced = (count) => {
    let text = '';
    for (let i = 0; i < count; i += 1) text += i % 2 === 0 ? '“Kyiv said ' : '‘no ';
    return text + 'end.”';
  };
  // One paragraph holding a quotation with `depth` levels, double and single in turn.
  const nested = (depth) => {
    let text = 'Mr. Blinken said: ';
    for (let level = 0; level < depth; level += 1) text += level % 2 === 0 ? '“level ' : '‘level ';
    text += 'deepest';
    for (let level = depth - 1; level >= 0; level -= 1) text += level % 2 === 0 ? '”' : '’';
    return text + '.\n\n';
  };
  return [
    { name: 'empty', text: '' },
    { name: 'whitespace only', text: cycle(' \t\n\r\u00A0\u3000\u2028\u2029\u3000', size(1 << 20)) },
    { name: 'one long line (10 MB)', text: cycle(news, size(10 << 20)) },
    { name: 'one long word (10 MB)', text: 'x'.repeat(size(10 << 20)) },
    { name: 'newlines only (a million)', text: '\n'.repeat(size(1_000_000)) },
    { name: 'random bytes, lossy UTF-8', text: randomBytes(size(1 << 20)) },
    { name: 'unpaired surrogates (JS)', text: loneSurrogates(size(1 << 20)) },
    { name: 'right-to-left text', text: cycle(rtl, size(1 << 20)) },
    { name: 'CJK text', text: cycle(cjk, size(1 << 20)) },
    { name: 'emoji with joiners and skin tones', text: cycle(emoji, size(1 << 20)) },
    { name: 'combining marks', text: combining(size(1 << 20)) },
    { name: 'control characters', text: cycle(controls, size(1 << 20)) },
    { name: 'an HTML page full of scripts', text: cycle(html, size(1 << 20)) },
    { name: 'one name repeated (100,000 times)', text: name.repeat(Math.floor(size(100_000 * name.length) / name.length)) },
    { name: 'boilerplate lines only', text: cycle(boilerplate, size(1 << 20)) },
    { name: 'a German article', text: cycle(german, size(1 << 20)) },
    { name: 'names and open quotes in one endless sentence', text: cycle(namesAndQuotes, size(1 << 20)) },
    { name: 'quotation marks that never close', text: cycle(quotes, size(1 << 20)) },
    { name: 'a megabyte of quote marks', text: cycle('“"‘\'”’«»„``\'\'', size(1 << 20)) },
    { name: 'unbalanced quote marks (10,000)', text: unbalanced(size(10_000)) },
    { name: 'quotes nested 100 deep', text: cycle(nested(100), size(1 << 20)) },
  ];
}

/** What a JS string becomes in Rust: unpaired surrogates read as U+FFFD, one unit each. */
export function wellFormed(text) {
  return text.toWellFormed();
}
