//! Numbers written in digits inside one token: "137,000", "3.5", "$1.2", "3.5%", "21st",
//! "2bn", "1990s", "6.15pm". The token splits into a prefix (currency), the number and a
//! suffix; the rules decide what prefix and suffix mean.
//!
//! Values are kept as an integer mantissa and a count of decimals, so that "1.2" times a
//! billion is exactly 1200000000. Numbers of more than 18 digits are not read.

/// The parts of a token that holds a number in digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral<'t> {
    /// What comes before the first digit: "$", "US$", "€", or "".
    pub prefix: &'t str,
    /// The integer digits as written, separators included: "137,000", "0600".
    pub integer: &'t str,
    /// The digits as one integer, the decimals included: 12 for "1.2".
    pub mantissa: u64,
    /// How many digits follow the decimal point.
    pub decimals: u32,
    /// Whether the integer part has thousands separators.
    pub grouped: bool,
    /// What follows the number: "%", "st", "bn", "s", "pm", "km", or "".
    pub suffix: &'t str,
}

impl Numeral<'_> {
    /// The number as a float.
    pub fn value(&self) -> f64 {
        self.scaled(1.0)
    }

    /// The number times `scale`, rounded once: `1.2 × 1e9` is exactly `1200000000`.
    pub fn scaled(&self, scale: f64) -> f64 {
        (self.mantissa as f64 * scale) / 10f64.powi(self.decimals as i32)
    }

    /// The number as a whole number, if it is one with no separators: years, days, hours.
    pub fn whole(&self) -> Option<u32> {
        if self.decimals > 0 || self.grouped {
            return None;
        }
        u32::try_from(self.mantissa).ok()
    }

    /// How many integer digits were written.
    pub fn digits(&self) -> usize {
        self.integer.bytes().filter(u8::is_ascii_digit).count()
    }

    /// A plain number: no prefix, no suffix.
    pub fn is_plain(&self) -> bool {
        self.prefix.is_empty() && self.suffix.is_empty()
    }
}

/// Reads `token` as prefix, number and suffix; `None` if it holds no number to read.
#[inline(never)]
pub fn numeral(token: &str) -> Option<Numeral<'_>> {
    let bytes = token.as_bytes();
    let first = bytes.iter().position(u8::is_ascii_digit)?;
    let prefix = &token[..first];
    if prefix.chars().any(|c| c.is_ascii_digit() || c.is_whitespace()) || prefix.chars().count() > 4 {
        return None;
    }
    let mut at = first;
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    let mut push = |digit: u8, mantissa: &mut u64| -> Option<()> {
        if *mantissa > 0 || digit > 0 {
            significant += 1;
        }
        if significant > 18 {
            return None;
        }
        *mantissa = *mantissa * 10 + u64::from(digit - b'0');
        Some(())
    };
    let mut group = 0;
    let mut grouped = false;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_digit() {
            push(b, &mut mantissa)?;
            group += 1;
            at += 1;
        } else if b == b',' && group > 0 && (grouped || group <= 3) && digits_at(bytes, at + 1) == 3 {
            if grouped && group != 3 {
                break;
            }
            grouped = true;
            group = 0;
            at += 1;
        } else {
            break;
        }
    }
    if grouped && group != 3 {
        return None;
    }
    let integer = &token[first..at];
    let mut decimals = 0;
    if at < bytes.len() && bytes[at] == b'.' && digits_at(bytes, at + 1) > 0 {
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            push(bytes[at], &mut mantissa)?;
            decimals += 1;
            at += 1;
        }
    }
    Some(Numeral { prefix, integer, mantissa, decimals, grouped, suffix: &token[at..] })
}

/// How many ASCII digits start `bytes[at..]`.
fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// Whether `suffix` is the right ordinal ending for `number`: 1st, 2nd, 3rd, 11th, 21st.
pub fn is_ordinal_suffix(number: u64, suffix: &str) -> bool {
    let expected = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(token: &str) -> Option<(&str, f64, &str)> {
        numeral(token).map(|n| (n.prefix, n.value(), n.suffix))
    }

    #[test]
    fn separators_and_decimals_are_read() {
        assert_eq!(parts("137,000"), Some(("", 137000.0, "")));
        assert_eq!(parts("1,234,567.5"), Some(("", 1234567.5, "")));
        assert_eq!(parts("3.5%"), Some(("", 3.5, "%")));
    }

    #[test]
    fn prefixes_and_suffixes_are_kept_apart() {
        assert_eq!(parts("US$5"), Some(("US$", 5.0, "")));
        assert_eq!(parts("£2.5bn"), Some(("£", 2.5, "bn")));
        assert_eq!(parts("21st"), Some(("", 21.0, "st")));
        assert_eq!(parts("6.15pm"), Some(("", 6.15, "pm")));
    }

    #[test]
    fn scaling_is_exact_for_news_amounts() {
        let n = numeral("1.2").expect("a number");
        assert_eq!(n.scaled(1e9), 1_200_000_000.0);
        let n = numeral("2.35").expect("a number");
        assert_eq!(n.scaled(1e6), 2_350_000.0);
    }

    #[test]
    fn malformed_grouping_leaves_a_suffix_or_nothing() {
        assert_eq!(parts("6,7"), Some(("", 6.0, ",7")));
        assert_eq!(parts("1,00,000"), Some(("", 1.0, ",00,000")));
        assert_eq!(numeral("Kyiv"), None);
        assert_eq!(numeral("1234567890123456789012"), None);
    }

    #[test]
    fn ordinal_suffixes_follow_the_last_digits() {
        assert!(is_ordinal_suffix(21, "st"));
        assert!(is_ordinal_suffix(112, "th"));
        assert!(!is_ordinal_suffix(3, "th"));
    }
}
