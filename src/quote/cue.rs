//! Cue words: the verbs that introduce speech, from `cues.txt`, and the phrase "according to".

use std::sync::LazyLock;

use crate::hash::FastMap;

const CUES: &str = include_str!("cues.txt");

/// What a cue word allows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Cue {
    /// The speaker may follow it: "said Mr. Lammy".
    pub inverts: bool,
    /// It introduces direct quotations.
    pub quotes: bool,
    /// It introduces reported speech.
    pub reports: bool,
    /// Reported speech only with "that" after it.
    pub needs_that: bool,
    /// A hearer comes before the clause: "told reporters".
    pub hearer: bool,
}

static TABLE: LazyLock<FastMap<&'static str, Cue>> = LazyLock::new(|| {
    let mut table = FastMap::default();
    for line in CUES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut fields = line.split_whitespace();
        let (Some(word), Some(flags)) = (fields.next(), fields.next()) else { continue };
        let cue = Cue {
            inverts: flags.contains('i'),
            quotes: flags.contains('q'),
            reports: flags.contains('r') || flags.contains('t'),
            needs_that: flags.contains('t'),
            hearer: flags.contains('o'),
        };
        table.insert(word, cue);
    }
    table
});

/// The cue a word is, if any. Only lower-case words count: "Says" opening a headline does too.
pub(super) fn cue(word: &str) -> Option<Cue> {
    if word.len() > 12 {
        return None;
    }
    if let Some(found) = TABLE.get(word) {
        return Some(*found);
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    if first.is_uppercase() && chars.as_str().chars().all(char::is_lowercase) {
        let lowered = word.to_lowercase();
        return TABLE.get(lowered.as_str()).copied();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_flags() {
        let said = cue("said").expect("said is a cue");
        assert!(said.inverts && said.quotes && said.reports && !said.needs_that);
        assert!(cue("told").is_some_and(|c| c.hearer && !c.inverts));
        assert!(cue("found").is_some_and(|c| c.needs_that));
        assert!(cue("Says").is_some());
        assert!(cue("table").is_none());
    }
}
