//! The hostile-input gallery (issue 10): what people paste. Shared by `tests/gallery.rs`
//! (correctness and a hang guard) and `examples/gallery.rs` (time and memory at 1× and 10×). The JS gallery
//! (`tests/js/gallery-inputs.mjs`) builds the same inputs, plus lone surrogates, which only JS
//! strings can hold.

/// One gallery input: a name for reports and the text.
pub struct Input {
    pub name: &'static str,
    pub text: String,
}

/// A prose sentence of news, with the usual hard cases (abbreviations, amounts, quotes).
pub const NEWS: &str = "Mr. Blinken told reporters in Kyiv on Tuesday that the U.S. would send $1.2 billion in long-range aid, about 3.5% more than in 2023, and “not a cent less.” ";

/// The gallery at the sizes issue 10 names (one 10 MB line, a million newlines, 100,000
/// repetitions of a name; about 1 MB of each other kind).
pub fn gallery() -> Vec<Input> {
    build(&|nominal| nominal)
}

/// The gallery with each nominal size divided by `divisor`.
pub fn scaled(divisor: usize) -> Vec<Input> {
    build(&|nominal| (nominal / divisor.max(1)).max(1))
}

/// Every input at about `bytes` bytes (counts of newlines and names chosen to match), for
/// comparing sizes.
pub fn sized(bytes: usize) -> Vec<Input> {
    build(&|_| bytes)
}

/// Builds each input at `size(nominal bytes)` bytes.
fn build(size: &dyn Fn(usize) -> usize) -> Vec<Input> {
    let input = |name, text| Input { name, text };
    let name = "Volodymyr Zelensky ";
    vec![
        input("empty", String::new()),
        input("whitespace only", cycle(" \t\n\r\u{A0}\u{3000}\u{2028}\u{2029}\u{3000}", size(1 << 20))),
        input("one long line (10 MB)", cycle(NEWS, size(10 << 20))),
        input("one long word (10 MB)", "x".repeat(size(10 << 20))),
        input("newlines only (a million)", "\n".repeat(size(1_000_000))),
        input("random bytes, lossy UTF-8", random_bytes(size(1 << 20))),
        input("unpaired surrogates, lossy UTF-16", lossy_surrogates(size(1 << 20))),
        input("right-to-left text", cycle(RTL, size(1 << 20))),
        input("CJK text", cycle(CJK, size(1 << 20))),
        input("emoji with joiners and skin tones", cycle(EMOJI, size(1 << 20))),
        input("combining marks", combining(size(1 << 20))),
        input("control characters", control(size(1 << 20))),
        input("an HTML page full of scripts", cycle(HTML, size(1 << 20))),
        input("one name repeated (100,000 times)", name.repeat(size(100_000 * name.len()) / name.len())),
        input("boilerplate lines only", cycle(BOILERPLATE, size(1 << 20))),
        input("a German article", cycle(GERMAN, size(1 << 20))),
        input("names and open quotes in one endless sentence", cycle(NAMES_AND_QUOTES, size(1 << 20))),
        input("quotation marks that never close", cycle(QUOTES, size(1 << 20))),
        input("a megabyte of quote marks", cycle(MARKS, size(1 << 20))),
        input("unbalanced quote marks (10,000)", unbalanced(size(10_000))),
        input("quotes nested 100 deep", cycle(&nested(100), size(1 << 20))),
    ]
}

/// A page's furniture, one line each and no blank line: every paragraph is boilerplate.
const BOILERPLATE: &str = "Share Facebook Twitter Email\nFollow us on Instagram @examplenews\n© 2024 Example Media Group\nRead more: Council approves new budget\nThe post Council votes appeared first on Example News.\n";
/// Written for the gallery: a German news paragraph.
const GERMAN: &str = "Der Stadtrat hat am Mittwochabend beschlossen, zwei Stadtteilbibliotheken bis zum Jahresende zu schließen, weil für die Sanierung der Gebäude kein Geld vorhanden sei. Zahlreiche Bürger kamen zu der Sitzung, um zu protestieren.\n\n";

/// Target sentiment's worst case: every few words a name, quotation marks that never balance,
/// negations and sentiment words, and no sentence end.
const NAMES_AND_QUOTES: &str = "Smith praised “Jones, who criticized \"Lee and not Garcia ' Kim's failure ";

/// Opening marks of every kind without their closing ones, straight marks and apostrophes, and
/// sentences cut at lower case: the summary's quotation balance and eligibility tests.
const QUOTES: &str =
    "‘He said “we will stay. It rained all day in Kyiv, officials said. 'Yes. \"No, said Lee’s aides. and then. ";

const RTL: &str = "قال الرئيس في كييف يوم الثلاثاء إن المساعدات ستصل قريبا. هل ستكفي؟ \u{200F}אמר השר בירושלים: \u{202B}\"לא נוותר\"\u{202C}. 2024 ב-3.5%. \u{202E}txet desrever\u{202C}!\n";
const CJK: &str = "東京都は火曜日、新しい防潮堤の建設を承認した。費用は12億ドル！本当に足りるのか？北京市政府表示，项目将于2024年完成。서울시는 새 계획을 발표했다. ";
const EMOJI: &str = "👩‍👩‍👧‍👦 family 👍🏽👍🏿 🇺🇦🇺🇸 🏴‍☠️ 1️⃣ 🧑🏾‍🤝‍🧑🏻 ❤️‍🔥 🙂🙂🙂 Kyiv 🏳️‍🌈! 👨‍💻. \u{200D}\u{200D}🏽 ";
const HTML: &str = concat!(
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Breaking: Sea wall approved</title>",
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());",
    "var a=\"</p>\",b='Mr. Smith said \"no\".';if(a<b&&b>a){for(var i=0;i<10;i++){console.log(i+'.')}}</script>",
    "<style>body{font:16px/1.5 serif}.x::after{content:\"...\"}</style></head><body>",
    "<p class=\"lede\">Harbor City approved a $1.2&nbsp;billion sea wall on Tuesday.</p>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall\",\"datePublished\":\"2024-05-03T18:15:00Z\"}</script>",
    "<a href=\"https://example.com/a?b=1&amp;c=2\">Read more.</a><!-- comment --></body></html>\n",
);

/// Every kind of quote mark, straight, curly, angled and typewriter.
pub const MARKS: &str = "“\"‘'”’«»„``''";

/// `count` opening marks, double and single, none closed but the last.
fn unbalanced(count: usize) -> String {
    let mut text = String::new();
    for i in 0..count {
        text.push_str(if i % 2 == 0 { "“Kyiv said " } else { "‘no " });
    }
    text.push_str("end.”");
    text
}

/// One paragraph holding a quotation with `depth` levels, double and single in turn.
pub fn nested(depth: usize) -> String {
    let mut text = String::from("Mr. Blinken said: ");
    for level in 0..depth {
        text.push_str(if level % 2 == 0 { "“level " } else { "‘level " });
    }
    text.push_str("deepest");
    for level in (0..depth).rev() {
        text.push(if level % 2 == 0 { '”' } else { '’' });
    }
    text.push_str(".\n\n");
    text
}

/// `pattern` repeated up to `bytes` bytes (cut at a char boundary).
fn cycle(pattern: &str, bytes: usize) -> String {
    let mut text = pattern.repeat(bytes / pattern.len() + 1);
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// A small deterministic generator (xorshift64*), so that every run sees the same bytes.
fn random(count: usize) -> impl Iterator<Item = u64> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    (0..count).map(move |_| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    })
}

fn random_bytes(bytes: usize) -> String {
    let bytes: Vec<u8> = random(bytes).map(|r| (r >> 56) as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What a JS string with unpaired surrogates becomes on its way into Rust: U+FFFD where
/// each surrogate was.
fn lossy_surrogates(units: usize) -> String {
    let mut pattern: Vec<u16> = "Kyiv  said. 👍 ".encode_utf16().collect();
    pattern.insert(5, 0xD83D);
    pattern.push(0xDE42);
    let mut text: Vec<u16> = pattern.iter().copied().cycle().take(units).collect();
    // Break the pairs too: every 7th unit becomes a lone high or low surrogate.
    for (i, unit) in text.iter_mut().enumerate().filter(|(i, _)| i % 7 == 3) {
        *unit = if i % 2 == 0 { 0xD800 } else { 0xDFFF };
    }
    String::from_utf16_lossy(&text)
}

/// Accented words written with combining marks, "Zalgo" stacks, and one letter carrying
/// thousands of marks (a single enormous grapheme cluster).
fn combining(bytes: usize) -> String {
    let mut text = String::new();
    let marks: Vec<char> = ('\u{300}'..='\u{36F}').collect();
    let mut picks = random(usize::MAX).map(|r| r as usize);
    while text.len() < bytes / 2 {
        text.push_str("Cafe\u{301} Zelens\u{30C}kyi\u{308} said. ");
        for letter in "Zalgo".chars() {
            text.push(letter);
            for _ in 0..picks.next().unwrap_or(0) % 12 {
                text.push(marks[picks.next().unwrap_or(0) % marks.len()]);
            }
        }
        text.push_str(" rises. ");
    }
    text.push('a');
    while text.len() < bytes {
        text.push(marks[picks.next().unwrap_or(0) % marks.len()]);
    }
    text
}

/// Every C0 and C1 control character, terminal escape sequences and the Unicode line,
/// paragraph, bidi and invisible format characters, between words.
fn control(bytes: usize) -> String {
    let mut pattern: String = (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32).collect();
    pattern.push_str(
        "\u{200B}\u{1b}[31mRed alert.\u{1b}[0m Kyiv\u{0}said\u{7}\u{8}\u{8} no.\r\n\u{85}\u{2028}\u{2029}\u{FEFF}",
    );
    pattern.push_str(
        "\u{200E}\u{200F}\u{202A}\u{202D}\u{2066}\u{2069}\u{FFF9}\u{FFFB}\u{E0001}\u{E0041} U.S.\u{C}Mr.\u{B}",
    );
    cycle(&pattern, bytes)
}
