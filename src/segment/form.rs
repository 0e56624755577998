//! The facts about one token that every stage compares words by: its normalized form and its
//! case class. Both are computed once, in [`Document::new`](super::Document::new), and read by
//! every stage; tables and training data are normalized by the same [`normalize`].
//!
//! The folding rule, character by character:
//! - apostrophes and single quotes `’` `‘` `‛` `ʼ` `` ` `` `´` become `'`;
//! - double quotes `“` `”` `„` `‟` `«` `»` become `"`;
//! - hyphens and dashes `‐` `‑` `‒` `–` `—` `―` and the minus sign `−` become `-`;
//! - every other character is lower-cased (Unicode's full mapping, so `İ` becomes two
//!   characters); nothing else changes: digits, accents and other punctuation stay.
//!
//! So "Zelensky’s" and "ZELENSKYʼS" are both "zelensky's", and the em dash is "-". A stage that
//! needs more (the tagger reads digits as `0`, the alias tables drop periods) applies it on top of
//! this form; none folds anything else on its own.

use std::borrow::Cow;

/// How a token is capitalised, judged by its letters. (The tagger's features hash the
/// discriminant: the order is part of its model.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Case {
    /// No letters: "137", ",", "🙂".
    #[default]
    None,
    /// No capital letter: "kyiv", "’s", and letters that have no case ("東京").
    Lower,
    /// A capital first letter and lower-case letters after it: "Kyiv", "Élysée".
    Title,
    /// A capital first letter and no lower-case letter: "NATO", "U.S.", "I".
    Upper,
    /// Anything else: "iPhone", "McDONALD", "O’Brien".
    Mixed,
}

impl Case {
    /// The case class of `text`.
    ///
    /// ```
    /// use newslens::segment::Case;
    /// assert_eq!(Case::of("Kyiv"), Case::Title);
    /// assert_eq!(Case::of("iPhone"), Case::Mixed);
    /// ```
    pub fn of(text: &str) -> Case {
        if text.is_ascii() {
            return Case::of_ascii(text.as_bytes()).0;
        }
        let mut letters = text.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else { return Case::None };
        let (mut upper, mut lower) = (false, false);
        for c in letters {
            upper |= c.is_uppercase();
            lower |= c.is_lowercase();
        }
        Case::from_letters(Some(first.is_uppercase()), upper, lower)
    }

    /// The case class of an ASCII text, and whether it holds a capital or a backquote (so that
    /// [`normalize`] changes it), in one pass.
    fn of_ascii(bytes: &[u8]) -> (Case, bool) {
        let mut first = None;
        let (mut upper, mut lower, mut backquote) = (false, false, false);
        for &b in bytes {
            let (is_upper, is_lower) = (b.is_ascii_uppercase(), b.is_ascii_lowercase());
            if is_upper || is_lower {
                if first.is_none() {
                    first = Some(is_upper);
                    continue;
                }
                upper |= is_upper;
                lower |= is_lower;
            } else {
                backquote |= b == b'`';
            }
        }
        let capital = first == Some(true) || upper;
        (Case::from_letters(first, upper, lower), capital || backquote)
    }

    /// The class, given whether the first letter is a capital (`None`: no letter) and whether
    /// any capital and any lower-case letter follow it.
    fn from_letters(first: Option<bool>, upper: bool, lower: bool) -> Case {
        match (first, upper, lower) {
            (None, _, _) => Case::None,
            (Some(true), _, false) => Case::Upper,
            (Some(true), false, true) => Case::Title,
            (Some(false), false, _) => Case::Lower,
            _ => Case::Mixed,
        }
    }

    /// The case class of `text` and whether [`normalize`] leaves it as it is, in one pass for
    /// ASCII text (the common case).
    fn of_token(text: &str) -> (Case, bool) {
        if text.is_ascii() {
            let (case, changes) = Case::of_ascii(text.as_bytes());
            return (case, !changes);
        }
        (Case::of(text), is_normal(text))
    }

    /// Whether the token carries a capital: Title, UPPER or mixed case.
    pub fn capitalised(self) -> bool {
        matches!(self, Case::Title | Case::Upper | Case::Mixed)
    }
}

/// The folded form of a quote, apostrophe or dash; `None` for any other character.
fn fold(c: char) -> Option<char> {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{2BC}' | '`' | '\u{B4}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' => Some('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        _ => None,
    }
}

/// Whether [`normalize`] leaves `text` as it is, tested without building the form.
fn is_normal(text: &str) -> bool {
    if text.is_ascii() {
        return !text.bytes().any(|b| b.is_ascii_uppercase() || b == b'`');
    }
    text.chars().all(|c| fold(c).is_none() && c.to_lowercase().eq(std::iter::once(c)))
}

/// Appends the normalized form of `text` to `out`.
pub fn normalize_into(text: &str, out: &mut String) {
    if text.is_ascii() && !text.contains('`') {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        match fold(c) {
            Some(folded) => out.push(folded),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The normalized form of `text` (see the module docs), borrowed when it is `text` itself.
///
/// ```
/// use newslens::segment::normalize;
/// assert_eq!(normalize("Zelensky’s"), "zelensky's");
/// assert_eq!(normalize("—"), "-");
/// ```
pub fn normalize(text: &str) -> Cow<'_, str> {
    if is_normal(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    Cow::Owned(out)
}

/// The normalized forms of a document's tokens: one buffer for the forms that differ from the
/// text, and per token an index into their spans (or [`Forms::RAW`]: the text itself).
#[derive(Clone, Debug, Default)]
pub(super) struct Forms {
    text: String,
    spans: Vec<(usize, usize)>,
}

impl Forms {
    /// The index of a form that is the token's text as written.
    pub(super) const RAW: u32 = u32::MAX;

    /// Adds the form of `token` and returns its case class and the form's index, or
    /// [`Forms::RAW`] when the form is the text itself (or, past four billion differing tokens,
    /// where the index runs out).
    pub(super) fn add(&mut self, token: &str) -> (Case, u32) {
        let (case, normal) = Case::of_token(token);
        if normal || self.spans.len() >= Forms::RAW as usize {
            return (case, Forms::RAW);
        }
        let start = self.text.len();
        normalize_into(token, &mut self.text);
        self.spans.push((start, self.text.len()));
        (case, (self.spans.len() - 1) as u32)
    }

    /// The form at `index`, or `raw` for [`Forms::RAW`].
    pub(super) fn get<'s>(&'s self, index: u32, raw: &'s str) -> &'s str {
        match self.spans.get(index as usize) {
            Some(&(start, end)) => &self.text[start..end],
            None => raw,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_apostrophe_is_the_straight_one() {
        for word in ["Zelensky’s", "Zelensky‘s", "Zelenskyʼs", "Zelensky`s", "Zelensky´s", "Zelensky‛s"] {
            assert_eq!(normalize(word), "zelensky's", "{word}");
        }
        assert_eq!(normalize("n’t"), "n't");
        assert_eq!(normalize("ʼ"), "'");
    }

    #[test]
    fn double_quotes_and_dashes_fold_to_ascii() {
        for quote in ["“", "”", "„", "‟", "«", "»"] {
            assert_eq!(normalize(quote), "\"", "{quote}");
        }
        for dash in ["‐", "‑", "‒", "–", "—", "―", "−"] {
            assert_eq!(normalize(dash), "-", "{dash}");
        }
        assert_eq!(normalize("long‐range"), "long-range");
    }

    #[test]
    fn letters_are_lower_cased_and_nothing_else_changes() {
        assert_eq!(normalize("KYIV"), "kyiv");
        assert_eq!(normalize("Zoë"), "zoë");
        assert_eq!(normalize("ÉCOLE"), "école");
        assert_eq!(normalize("1996-08-30"), "1996-08-30");
        assert_eq!(normalize("U.S."), "u.s.");
        assert_eq!(normalize("İ"), "i\u{307}");
        assert_eq!(normalize("…"), "…");
    }

    #[test]
    fn a_normal_form_is_borrowed() {
        assert!(matches!(normalize("kyiv"), Cow::Borrowed(_)));
        assert!(matches!(normalize("école"), Cow::Borrowed(_)));
        assert!(matches!(normalize("Kyiv"), Cow::Owned(_)));
        assert!(matches!(normalize("it`s"), Cow::Owned(_)));
    }

    #[test]
    fn case_classes_follow_the_letters() {
        assert_eq!(Case::of("kyiv"), Case::Lower);
        assert_eq!(Case::of("’s"), Case::Lower);
        assert_eq!(Case::of("Kyiv"), Case::Title);
        assert_eq!(Case::of("Élysée"), Case::Title);
        assert_eq!(Case::of("NATO"), Case::Upper);
        assert_eq!(Case::of("U.S."), Case::Upper);
        assert_eq!(Case::of("I"), Case::Upper);
        assert_eq!(Case::of("iPhone"), Case::Mixed);
        assert_eq!(Case::of("McDONALD"), Case::Mixed);
        assert_eq!(Case::of("137,000"), Case::None);
        assert_eq!(Case::of("—"), Case::None);
        assert_eq!(Case::of("東京"), Case::Lower);
        assert!(Case::Mixed.capitalised() && !Case::Lower.capitalised() && !Case::None.capitalised());
        for word in ["kyiv", "Kyiv", "KYIV", "iPhone", "McDONALD", "I", "U.S.", "it`s", "137", "a1B", "Ab1c", ""] {
            assert_eq!(Case::of_token(word), (Case::of(word), word == normalize(word)), "{word}");
        }
    }

    #[test]
    fn the_forms_table_keeps_only_what_differs() {
        let mut forms = Forms::default();
        let (lower, same) = forms.add("kyiv");
        let (title, differs) = forms.add("Kyiv’s");
        assert_eq!((lower, title), (Case::Lower, Case::Title));
        assert_eq!(same, Forms::RAW);
        assert_eq!(forms.get(same, "kyiv"), "kyiv");
        assert_eq!(forms.get(differs, "Kyiv’s"), "kyiv's");
        assert_eq!(forms.text, "kyiv's");
    }
}
