//! Tokens: Unicode word boundaries (UAX #29) inside each run of non-space characters, then
//! the refinements that news English needs. Web and e-mail addresses stay whole; contractions
//! and possessives split the Penn Treebank way ("don't" → "do" "n't", "Zelensky’s" →
//! "Zelensky" "’s"); hyphenated words ("long-range"), times ("6:15"), money ("$1.2", "US$5"),
//! percentages ("3.5%"), abbreviations with their period ("U.S.", "Mr.") and runs of dots,
//! "?!" or dashes are joined into one token. Numbers with separators ("137,000", "3.5") and
//! emoji sequences (joiners, skin tones, flags) already come whole from UAX #29.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::abbreviation;
use super::{Token, TokenKind};

/// Appends the tokens of `text[block]` to `out`. For each token that follows a line break
/// inside the block, its index in `out` is appended to `line_starts`.
pub fn tokenize(text: &str, block: Range<usize>, out: &mut Vec<Token>, line_starts: &mut Vec<usize>) {
    let mut chunk_start = None;
    let mut after_newline = false;
    for (offset, c) in text[block.clone()].char_indices() {
        let at = block.start + offset;
        if c.is_whitespace() {
            if let Some(start) = chunk_start.take() {
                tokenize_chunk(text, start, at, out);
            }
            after_newline |= c == '\n';
        } else if chunk_start.is_none() {
            chunk_start = Some(at);
            if after_newline {
                line_starts.push(out.len());
                after_newline = false;
            }
        }
    }
    if let Some(start) = chunk_start {
        tokenize_chunk(text, start, block.end, out);
    }
}

/// Tokenizes one run of non-space characters, `text[start..end]`.
fn tokenize_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    if chunk.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let kind = if chunk.as_bytes()[0].is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        out.push(Token::new(start, end, kind));
        return;
    }
    let core_start = start + chunk.char_indices().find(|&(_, c)| !is_opening(c)).map_or(chunk.len(), |(i, _)| i);
    let core_end =
        start + chunk.char_indices().rev().find(|&(_, c)| !is_trailing(c)).map_or(0, |(i, c)| i + c.len_utf8());
    if core_start < core_end {
        let core = &text[core_start..core_end];
        let kind = if is_url(core) {
            Some(TokenKind::Url)
        } else if is_email(core) {
            Some(TokenKind::Email)
        } else {
            None
        };
        if let Some(kind) = kind {
            split_words(text, start, core_start, out);
            out.push(Token::new(core_start, core_end, kind));
            split_words(text, core_end, end, out);
            return;
        }
    }
    split_words(text, start, end, out);
}

/// UAX #29 word pieces of `text[start..end]`, refined and joined into tokens.
fn split_words(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let mut pieces: Vec<(usize, usize)> = Vec::with_capacity(8);
    for (offset, piece) in text[start..end].split_word_bound_indices() {
        let piece_start = start + offset;
        let piece_end = piece_start + piece.len();
        match contraction_suffix(piece) {
            Some(at) => {
                pieces.push((piece_start, piece_start + at));
                pieces.push((piece_start + at, piece_end));
            }
            None => pieces.push((piece_start, piece_end)),
        }
    }
    let piece_text = |i: usize| &text[pieces[i].0..pieces[i].1];
    let mut i = 0;
    while i < pieces.len() {
        let (token_start, mut token_end) = pieces[i];
        let mut next = i + 1;
        while next < pieces.len() {
            let current = &text[token_start..token_end];
            let following = piece_text(next);
            let after = (next + 1 < pieces.len()).then(|| piece_text(next + 1));
            // One rule per case, in order, even where two cases join the same number of pieces.
            #[allow(clippy::if_same_then_else)]
            let joined = if is_hyphen(following) && ends_alphanumeric(current) && after.is_some_and(starts_alphanumeric)
            {
                2
            } else if following == ":"
                && is_digits(current.rsplit(':').next().unwrap_or(""))
                && after.is_some_and(|a| is_digits(a) && a.len() == 2)
            {
                2
            } else if following == "%" && ends_digit(current) {
                1
            } else if is_currency_prefix(current) && starts_digit(following) {
                1
            } else if is_currency_code(current) && following == "$" && after.is_some_and(starts_digit) {
                2
            } else if i == 0 && next == 1 && matches!(current, "'" | "\u{2019}" | "\u{2BC}") && is_clitic(following) {
                // A clitic written apart, as in treebank-style text: "it 's".
                1
            } else if run_continues(piece_text(i), following) {
                1
            } else if following == "." && current.len() <= 16 && abbreviation::class(current).is_some() {
                1
            } else {
                0
            };
            if joined == 0 {
                break;
            }
            token_end = pieces[next + joined - 1].1;
            next += joined;
        }
        let token_text = &text[token_start..token_end];
        out.push(Token::new(token_start, token_end, kind_of(token_text)));
        i = next;
    }
}

/// The apostrophes that start a contraction or possessive suffix: straight, curly (’) and the
/// modifier letter (ʼ).
const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{2BC}'];

/// Where a contraction or possessive suffix starts in a word piece: "n't", "'s", "'re",
/// "'ve", "'ll", "'d", "'m", with any of the [`APOSTROPHES`].
fn contraction_suffix(piece: &str) -> Option<usize> {
    let bytes = piece.as_bytes();
    for apostrophe in ["'", "\u{2019}", "\u{2BC}"] {
        let negation_len = 1 + apostrophe.len() + 1;
        if bytes.len() > negation_len {
            let at = bytes.len() - negation_len;
            if let Some(tail) = piece.get(at..) {
                let mut chars = tail.chars();
                if matches!(chars.next(), Some('n' | 'N'))
                    && tail[1..].starts_with(apostrophe)
                    && matches!(chars.last(), Some('t' | 'T'))
                {
                    return Some(at);
                }
            }
        }
    }
    let at = piece.rfind(APOSTROPHES)?;
    if at == 0 {
        return None;
    }
    let apostrophe_len = piece[at..].chars().next().map_or(1, char::len_utf8);
    let suffix = &piece[at + apostrophe_len..];
    let is_suffix = is_clitic(suffix);
    (is_suffix && piece[..at].chars().all(|c| c.is_alphanumeric() || APOSTROPHES.contains(&c))).then_some(at)
}

fn is_clitic(suffix: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m"].iter().any(|s| suffix.eq_ignore_ascii_case(s))
}

fn kind_of(token: &str) -> TokenKind {
    let mut chars = token.chars();
    let first = chars.next().unwrap_or(' ');
    let second = chars.next();
    if first.is_ascii_digit()
        || first.is_numeric()
        || (is_currency_symbol(first) && second.is_some_and(|c| c.is_ascii_digit()))
        || (first.is_ascii_uppercase() && token.contains('$') && token.bytes().any(|b| b.is_ascii_digit()))
    {
        TokenKind::Number
    } else if token.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if token.chars().any(is_emoji) {
        TokenKind::Emoji
    } else if token.chars().all(is_punctuation) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn is_url(core: &str) -> bool {
    let lower_prefix: String = core.chars().take(8).flat_map(char::to_lowercase).collect();
    ["http://", "https://", "ftp://", "www."].iter().any(|prefix| {
        lower_prefix.starts_with(prefix)
            && core.len() > prefix.len()
            && core[prefix.len()..].chars().any(char::is_alphanumeric)
    })
}

fn is_email(core: &str) -> bool {
    let Some((local, domain)) = core.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && !local.starts_with('.');
    let domain_ok = domain.contains('.')
        && domain.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '-'));
    local_ok && domain_ok
}

fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{00AB}')
}

fn is_trailing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '>' | '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '.' | ',' | ';' | ':' | '!' | '?'
    )
}

fn is_hyphen(piece: &str) -> bool {
    piece == "-" || piece == "\u{2010}"
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₴' | '₩' | '₺' | '₪' | '₦' | '฿')
}

fn is_currency_prefix(piece: &str) -> bool {
    let mut chars = piece.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => is_currency_symbol(c),
        _ => piece.len() > 1 && piece.ends_with('$') && is_currency_code(&piece[..piece.len() - 1]),
    }
}

/// The letters before "$" in "US$", "A$", "HK$".
fn is_currency_code(piece: &str) -> bool {
    (1..=3).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_digits(piece: &str) -> bool {
    !piece.is_empty() && piece.bytes().all(|b| b.is_ascii_digit())
}

fn starts_digit(piece: &str) -> bool {
    piece.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

fn ends_digit(piece: &str) -> bool {
    piece.bytes().last().is_some_and(|b| b.is_ascii_digit())
}

fn starts_alphanumeric(piece: &str) -> bool {
    piece.chars().next().is_some_and(char::is_alphanumeric)
}

fn ends_alphanumeric(piece: &str) -> bool {
    piece.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Whether `following` continues a run of dots, "?!" or hyphens that began with `first`: the
/// run is judged by its first piece alone, so long runs stay linear.
fn run_continues(first: &str, following: &str) -> bool {
    (first == "." && following == ".")
        || (is_run_of(first, &['?', '!']) && is_run_of(following, &['?', '!']))
        || (first == "-" && following == "-")
}

fn is_run_of(piece: &str, chars: &[char]) -> bool {
    !piece.is_empty() && piece.chars().all(|c| chars.contains(&c))
}

pub(super) fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '!' | '"'
            | '#'
            | '%'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | ','
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '?'
            | '@'
            | '['
            | '\\'
            | ']'
            | '_'
            | '{'
            | '}'
            | '¡'
            | '§'
            | '«'
            | '¶'
            | '·'
            | '»'
            | '¿'
    ) || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{205E}').contains(&c)
        || ('\u{3001}'..='\u{3003}').contains(&c)
        || ('\u{3008}'..='\u{3011}').contains(&c)
        || ('\u{FF01}'..='\u{FF0F}').contains(&c)
}

/// Emoji and pictographs, by block: a close approximation of Extended_Pictographic.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(input, 0..input.len(), &mut out, &mut Vec::new());
        out.iter().map(|t| &input[t.start..t.end]).collect()
    }

    #[test]
    fn negations_split_before_the_n() {
        assert_eq!(texts("can't won't didn’t isnʼt"), ["ca", "n't", "wo", "n't", "did", "n’t", "is", "nʼt"]);
    }

    #[test]
    fn every_apostrophe_splits_a_possessive() {
        assert_eq!(texts("Year's Year’s Yearʼs"), ["Year", "'s", "Year", "’s", "Year", "ʼs"]);
    }

    #[test]
    fn a_lone_apostrophe_suffix_is_left_alone() {
        assert_eq!(texts("'s rock'n'roll"), ["'s", "rock'n'roll"]);
    }

    #[test]
    fn kinds_follow_the_first_character() {
        let input = "Kyiv 137,000 $1.2 — 🙂 + https://example.org";
        let mut out = Vec::new();
        tokenize(input, 0..input.len(), &mut out, &mut Vec::new());
        let kinds: Vec<TokenKind> = out.iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, [Word, Number, Number, Punct, Emoji, Symbol, Url]);
    }

    #[test]
    fn line_starts_name_the_first_token_after_a_break() {
        let input = "One two\nThree";
        let mut out = Vec::new();
        let mut line_starts = Vec::new();
        tokenize(input, 0..input.len(), &mut out, &mut line_starts);
        assert_eq!(line_starts, [2]);
    }
}
