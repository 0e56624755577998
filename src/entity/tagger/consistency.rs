//! The document pass: one name, one type, within an article.
//!
//! Method: first, (0) a capitalised word right after a person's title ("President Biden",
//! "Mr. Blinken", "Foreign Minister Lavrov") is a person: added where the tagger missed it, and
//! relabelled where it gave a single word another type with less than [`TITLED_RELABEL_BELOW`]
//! confidence (on CoNLL-2003 train, 97 % of capitalised words after such a title are a person's
//! name). Then every name's words (normalized) collect the confidence of each type they were
//! given in the document, and (1) each name takes the type with the most confidence for its
//! words; (2) capitalised word sequences that were tagged confidently elsewhere but missed here
//! are added with that type; (3) a capitalised word alone that is the last word of a person's
//! full name in the document ("Zelensky" after "Volodymyr Zelensky") or a titled name ("Biden"
//! after "President Biden") becomes a person. Last, (4) a name used as a modifier of
//! "administration", "campaign", "government" and the like ("the Biden administration", "the
//! Trump campaign", "Obama-era") is a person when the article names that person elsewhere, or
//! (before "administration", "campaign", "presidency", "era") when the word is a listed
//! surname or given name and not a place: CoNLL-2003 tags "the Clinton administration" so.
//!
//! Not done, by measurement: seats of government used for the government ("the Kremlin said",
//! "the White House said") stay places, as CoNLL-2003 tags them (train: Kremlin 11 × LOC;
//! dev: "the White House said" LOC), and so do the extra training sets converted to it.
//!
//! Limits: a word used for two things in one article (a person and a company named after
//! them) gets one type; the titles and modified nouns are English words in [`TITLES`] and
//! [`MODIFIED`].

use std::sync::LazyLock;

use super::features::{DocumentWords, Form};
use super::label::Name;
use super::lexicon::{FAMOUS, GIVEN_NAME, PLACE, SURNAME};
use crate::hash::{string_id, IdMap};
use crate::segment::{Case, Casing};

/// Names at least this confident are copied to missed mentions of the same words.
const COPY_CONFIDENCE: f32 = 0.8;
/// Only names less confident than this take the document's type for their words: a sure
/// name keeps its own (on dev, relabelling every name cost 0.5 F1, relabelling those under
/// 0.8 gained 0.1: in sports results "TORONTO" is a team in the table and a place in "CHICAGO
/// AT TORONTO").
const RELABEL_BELOW: f32 = 0.8;
/// The longest name copied, in words.
const LONGEST: usize = 6;
const PERSON: usize = 0;
const LOCATION: usize = 1;
const ORGANIZATION: usize = 2;
/// A single word after a title that the tagger gave another type with less confidence than
/// this becomes a person.
const TITLED_RELABEL_BELOW: f32 = 0.9;
/// The confidence of a titled name at least: the share of capitalised words after a title that
/// are a person's name on CoNLL-2003 train (525 of 540).
const TITLED_CONFIDENCE: f32 = 0.9;
/// A single word that is a famous person's surname and was given another type with less
/// confidence than this becomes a person (dev F1 is the same for any value up to 0.7; with
/// every listed surname instead of the famous ones, dev lost 0.03 to 0.25 points).
const LISTED_RELABEL_BELOW: f32 = 0.6;
/// The confidence given to a modifier typed a person by rule (4).
const MODIFIER_CONFIDENCE: f32 = 0.8;

/// Titles written right before a person's name, lower case (a final period is optional).
/// Written for newslens from the titles seen before names in news.
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "dr",
    "prof",
    "professor",
    "president",
    "vice-president",
    "president-elect",
    "minister",
    "secretary",
    "chancellor",
    "premier",
    "senator",
    "sen",
    "rep",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "mayor",
    "judge",
    "gen",
    "general",
    "col",
    "colonel",
    "lt",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "archbishop",
    "bishop",
    "cardinal",
    "pope",
    "rev",
    "reverend",
    "sheikh",
    "ayatollah",
    "coach",
    "chairman",
    "chairwoman",
    "ambassador",
    "commissioner",
    "speaker",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "tsar",
    "czar",
];

/// Words of compound titles that are not names ("General Director", "Deputy Prime Minister").
const TITLE_PARTS: &[&str] =
    &["director", "deputy", "vice", "chief", "executive", "manager", "head", "acting", "former", "foreign", "prime"];

/// Nouns a person's name modifies ("the Biden administration"), lower case; the second field
/// says whether a listed surname or given name before it is enough (otherwise the name must
/// be a person elsewhere in the article).
pub const MODIFIED: &[(&str, bool)] = &[
    ("administration", true),
    ("campaign", true),
    ("presidency", true),
    ("era", true),
    ("government", false),
    ("cabinet", false),
    ("regime", false),
    ("camp", false),
    ("doctrine", false),
    ("aides", false),
];

/// Norm ids of [`TITLES`], with and without a final period, sorted.
static TITLE_IDS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut ids: Vec<u64> = TITLES.iter().flat_map(|t| [string_id(t), string_id(&format!("{t}."))]).collect();
    ids.sort_unstable();
    ids
});

/// Norm ids of words that continue a title rather than start a name: [`TITLES`] and
/// [`TITLE_PARTS`], sorted.
static NOT_NAME_IDS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut ids: Vec<u64> = TITLES.iter().chain(TITLE_PARTS).map(|t| string_id(t)).collect();
    ids.sort_unstable();
    ids
});

/// Norm ids of [`MODIFIED`] with whether a listed name suffices.
static MODIFIED_IDS: LazyLock<Vec<(u64, bool)>> =
    LazyLock::new(|| MODIFIED.iter().map(|&(w, listed)| (string_id(w), listed)).collect());

fn is_title(form: &Form) -> bool {
    TITLE_IDS.binary_search(&form.norm_id).is_ok()
}

/// A word written like a name in running text: "Biden", "McCain", not "NATO" or "the".
fn name_like(form: &Form) -> bool {
    matches!(form.case, Case::Title | Case::Mixed)
}

/// Whether a word is in a list of surnames or given names and not of places.
fn listed_person(form: &Form) -> bool {
    form.entry.lists & (SURNAME | GIVEN_NAME) != 0 && form.entry.lists & PLACE == 0
}

/// Whether a capitalised word after a title may be a name: not a title or a part of one
/// ("General Director", "spokesman Lieutenant-Colonel Max Marriner").
fn may_be_titled_name(words: &DocumentWords, form: &Form) -> bool {
    name_like(form)
        && words
            .norm(form)
            .split('-')
            .all(|part| NOT_NAME_IDS.binary_search(&string_id(part.trim_end_matches('.'))).is_err())
}

/// A word sequence's key: a hash of its words' normalized ids (no string is built).
fn key(words: &DocumentWords, s: usize, start: usize, end: usize) -> u64 {
    let mut h = (end - start) as u64;
    for i in start..end {
        h = (h.rotate_left(29) ^ words.word(s, i).norm_id).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    h ^ (h >> 32)
}

pub fn apply(words: &DocumentWords, names: &mut [Vec<Name>]) {
    titled_names(words, names);
    listed_surnames(words, names);
    one_type_per_name(words, names);
    modifiers(words, names);
    acting_seats(words, names);
    common_words_in_headlines(words, names);
    coordinated(words, names);
}

/// A name less sure than this that is coordinated with a sure one takes its type.
const COORDINATED_DOUBT: f32 = 0.5;
/// ... and the name it takes its type from at least this sure.
const COORDINATED_SURE: f32 = 0.7;

/// (7) Names joined by "and" or "or" are mostly of one type: an unsure name coordinated with a
/// sure one of another type takes the sure one's type ("Maersk and the Port of Rotterdam
/// Authority said").
fn coordinated(words: &DocumentWords, names: &mut [Vec<Name>]) {
    let and = string_id("and");
    let or = string_id("or");
    let the = string_id("the");
    for (s, found) in names.iter_mut().enumerate() {
        for k in 1..found.len() {
            let (a, b) = (&found[k - 1], &found[k]);
            let word = |i: usize| words.word(s, i).norm_id;
            let joined = match b.start.saturating_sub(a.end) {
                1 => [and, or].contains(&word(a.end)),
                2 => [and, or].contains(&word(a.end)) && word(a.end + 1) == the,
                _ => false,
            };
            if !joined || a.kind == b.kind {
                continue;
            }
            if a.confidence < COORDINATED_DOUBT && b.confidence >= COORDINATED_SURE {
                found[k - 1].kind = found[k].kind;
            } else if b.confidence < COORDINATED_DOUBT && a.confidence >= COORDINATED_SURE {
                found[k].kind = found[k - 1].kind;
            }
        }
    }
}

/// Names in a headline (capitals or Title Case) less sure than this are checked against the body.
const HEADLINE_DOUBT: f32 = 0.8;

/// (6) In a headline every word is capitalised, so capitals say nothing: an unsure name there
/// whose every word the body uses in lower case and never capitalised mid-sentence is common
/// words ("$1.2 Billion Sea Wall" over a story about "a 12-kilometre sea wall"), not a name.
fn common_words_in_headlines(words: &DocumentWords, names: &mut [Vec<Name>]) {
    for (s, found) in names.iter_mut().enumerate() {
        if !matches!(words.modes[s], Casing::TitleCase | Casing::Capitals) {
            continue;
        }
        found.retain(|name| {
            name.confidence >= HEADLINE_DOUBT
                || !(name.start..name.end).all(|i| {
                    let word = words.word(s, i);
                    word.case == Case::None || words.seen(word) == (true, false)
                })
        });
    }
}

/// Seats of government that stand for the government when they act, lower case, words
/// joined by single spaces.
const SEATS: &[&str] = &[
    "kremlin",
    "white house",
    "downing street",
    "number 10",
    "no 10",
    "pentagon",
    "elysee",
    "élysée",
    "elysee palace",
    "élysée palace",
    "whitehall",
    "zhongnanhai",
    "blue house",
    "quai d'orsay",
    "foggy bottom",
    "chancellery",
];

/// Verbs after which a seat of government acts ("the Kremlin said"), lower case.
const ACTING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "warned",
    "warns",
    "rejected",
    "rejects",
    "stated",
    "added",
    "told",
    "tells",
    "responded",
    "insisted",
    "insists",
    "urged",
    "urges",
    "accused",
    "accuses",
    "welcomed",
    "welcomes",
    "condemned",
    "condemns",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "dismissed",
    "dismisses",
    "declined",
    "declines",
    "refused",
    "refuses",
    "argued",
    "argues",
    "called",
    "calls",
    "issued",
    "ordered",
    "approved",
    "blamed",
    "wants",
    "wanted",
    "hopes",
    "believes",
    "expects",
    "plans",
    "signalled",
    "signaled",
    "threatened",
    "threatens",
    "demanded",
    "demands",
    "backed",
    "backs",
    "opposed",
    "opposes",
    "praised",
    "praises",
    "acknowledged",
    "acknowledges",
    "insisted",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "sought",
    "seeks",
];

static SEAT_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut keys: Vec<u64> = SEATS.iter().map(|seat| seat_key(seat.split(' ').map(string_id))).collect();
    keys.sort_unstable();
    keys
});

static ACTING_IDS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut ids: Vec<u64> = ACTING.iter().map(|w| string_id(w)).collect();
    ids.sort_unstable();
    ids
});

fn seat_key(ids: impl Iterator<Item = u64>) -> u64 {
    ids.fold(0x5eed, |h, id| (h.rotate_left(23) ^ id).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// (5) Metonymy: a seat of government typed as a place that acts is the government, an
/// organization ("the Kremlin said", "Downing Street declined"); where it is a place ("talks at
/// the White House") it stays one. CoNLL-2003 tags every Kremlin a place, so this costs a
/// little on its data and follows what a reader means.
fn acting_seats(words: &DocumentWords, names: &mut [Vec<Name>]) {
    for (s, found) in names.iter_mut().enumerate() {
        if words.modes[s] != Casing::Normal {
            continue;
        }
        let len = words.sentence_len(s);
        for name in found.iter_mut().filter(|name| name.kind == LOCATION && name.end < len) {
            let next = words.word(s, name.end);
            if next.case != Case::Lower || ACTING_IDS.binary_search(&next.norm_id).is_err() {
                continue;
            }
            let key = seat_key((name.start..name.end).map(|i| words.word(s, i).norm_id));
            if SEAT_KEYS.binary_search(&key).is_ok() {
                name.kind = ORGANIZATION;
            }
        }
    }
}

/// (0b) A single word the tagger was unsure of that is a famous person's surname and not a
/// place ("under Stalin") is a person.
fn listed_surnames(words: &DocumentWords, names: &mut [Vec<Name>]) {
    for (s, found) in names.iter_mut().enumerate() {
        for name in found.iter_mut() {
            if name.kind != PERSON && name.end - name.start == 1 && name.confidence < LISTED_RELABEL_BELOW {
                let word = words.word(s, name.start);
                if word.entry.lists & FAMOUS != 0 && word.entry.lists & PLACE == 0 && name_like(word) {
                    name.kind = PERSON;
                }
            }
        }
    }
}

/// Whether token `i` of sentence `s` follows a title that is not part of a name.
fn after_title(words: &DocumentWords, s: usize, i: usize, covered: &[bool]) -> bool {
    i > 0 && !covered[i - 1] && is_title(words.word(s, i - 1))
}

/// Which tokens of sentence `s` the names cover.
fn coverage(words: &DocumentWords, s: usize, found: &[Name]) -> Vec<bool> {
    let mut covered = vec![false; words.sentence_len(s)];
    for name in found {
        covered[name.start..name.end].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// (0) A capitalised word after a title is a person.
fn titled_names(words: &DocumentWords, names: &mut [Vec<Name>]) {
    for (s, found) in names.iter_mut().enumerate() {
        // In a headline every word is capitalised: there only listed people's names count.
        let headline = match words.modes[s] {
            Casing::Normal => false,
            Casing::Capitals | Casing::TitleCase => true,
            Casing::Lower => continue,
        };
        // CoNLL leaves the title out of a person's name: "President [Clinton]".
        for name in found.iter_mut() {
            if name.kind == PERSON
                && name.end - name.start >= 2
                && is_title(words.word(s, name.start))
                && may_be_titled_name(words, words.word(s, name.start + 1))
            {
                name.start += 1;
            }
        }
        let covered = coverage(words, s, found);
        let mut added = Vec::new();
        for i in 1..covered.len() {
            let word = words.word(s, i);
            if !after_title(words, s, i, &covered)
                || !may_be_titled_name(words, word)
                || (headline && !listed_person(word))
            {
                continue;
            }
            match found.iter_mut().find(|name| name.start == i) {
                Some(name)
                    if name.kind != PERSON && name.end - name.start == 1 && name.confidence < TITLED_RELABEL_BELOW =>
                {
                    name.kind = PERSON;
                    name.confidence = name.confidence.max(TITLED_CONFIDENCE);
                }
                Some(_) => {}
                None if !covered[i] => {
                    // "President Joe Biden" missed whole: a given name takes the next word along.
                    let end = if words.word(s, i).entry.lists & GIVEN_NAME != 0
                        && i + 1 < covered.len()
                        && !covered[i + 1]
                        && may_be_titled_name(words, words.word(s, i + 1))
                    {
                        i + 2
                    } else {
                        i + 1
                    };
                    added.push(Name { start: i, end, kind: PERSON, confidence: TITLED_CONFIDENCE });
                }
                None => {}
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|name| name.start);
        }
    }
}

/// (4) A person's name as a modifier: "the Biden administration".
fn modifiers(words: &DocumentWords, names: &mut [Vec<Name>]) {
    let mut people: IdMap<()> = IdMap::default();
    for (s, found) in names.iter().enumerate() {
        for name in found.iter().filter(|name| name.kind == PERSON) {
            people.insert(words.word(s, name.end - 1).norm_id, ());
        }
    }
    for (s, found) in names.iter_mut().enumerate() {
        if words.modes[s] != Casing::Normal {
            continue;
        }
        let len = words.sentence_len(s);
        let mut added = Vec::new();
        for i in 0..len.saturating_sub(1) {
            let next = words.word(s, i + 1);
            let Some(&(_, listed_suffices)) = MODIFIED_IDS.iter().find(|m| m.0 == next.norm_id) else { continue };
            let word = words.word(s, i);
            if !name_like(word) || next.case != Case::Lower {
                continue;
            }
            let person = people.contains_key(&word.norm_id) || (listed_suffices && listed_person(word));
            if !person {
                continue;
            }
            match found.iter_mut().find(|name| name.start <= i && i < name.end) {
                // The lower-case noun is no part of a name ("Trump campaign" tagged as one).
                Some(name) if name.start == i && name.end <= i + 2 => {
                    name.end = i + 1;
                    if name.kind != PERSON {
                        name.kind = PERSON;
                        name.confidence = name.confidence.max(MODIFIER_CONFIDENCE);
                    }
                }
                Some(_) => {}
                None => added.push(Name { start: i, end: i + 1, kind: PERSON, confidence: MODIFIER_CONFIDENCE }),
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|name| name.start);
        }
    }
}

/// (1) to (3).
fn one_type_per_name(words: &DocumentWords, names: &mut [Vec<Name>]) {
    let mut mass: IdMap<[f32; 4]> = IdMap::default();
    let mut confident: IdMap<(usize, f32)> = IdMap::default();
    let mut surnames: IdMap<f32> = IdMap::default();
    for (s, found) in names.iter().enumerate() {
        for name in found {
            let key = key(words, s, name.start, name.end);
            mass.entry(key).or_default()[name.kind] += name.confidence;
            if name.confidence >= COPY_CONFIDENCE && name.end - name.start <= LONGEST {
                let best = confident.entry(key).or_insert((name.kind, 0.0));
                if name.confidence > best.1 {
                    *best = (name.kind, name.confidence);
                }
            }
            let titled = name.start > 0 && is_title(words.word(s, name.start - 1));
            if name.kind == PERSON && (name.end - name.start >= 2 || titled) {
                let last = words.word(s, name.end - 1);
                if last.case != Case::Lower {
                    let slot = surnames.entry(last.norm_id).or_default();
                    *slot = slot.max(name.confidence);
                }
            }
        }
    }
    if mass.is_empty() {
        return;
    }
    for (s, found) in names.iter_mut().enumerate() {
        // (1) One type per name.
        for name in found.iter_mut() {
            let key = key(words, s, name.start, name.end);
            if let (Some(types), true) = (mass.get(&key), name.confidence < RELABEL_BELOW) {
                let (best, _) =
                    types
                        .iter()
                        .enumerate()
                        .fold((name.kind, types[name.kind]), |acc, (k, &m)| if m > acc.1 { (k, m) } else { acc });
                name.kind = best;
            }
            // (3) A surname alone.
            if name.end - name.start == 1 && name.kind != PERSON {
                let norm = words.word(s, name.start).norm_id;
                if let Some(&confidence) = surnames.get(&norm) {
                    if confidence > name.confidence {
                        name.kind = PERSON;
                    }
                }
            }
        }
        // (2) Missed mentions, and (3) for words no name covers.
        let len = words.sentence_len(s);
        let capitals_matter = words.modes[s] != Casing::Lower;
        let mut covered = vec![false; len];
        for name in found.iter() {
            covered[name.start..name.end].iter_mut().for_each(|c| *c = true);
        }
        let mut added = Vec::new();
        let mut i = 0;
        while i < len {
            if covered[i] || (capitals_matter && !words.word(s, i).case_capitalised()) {
                i += 1;
                continue;
            }
            let mut matched = None;
            for end in (i + 1..=(i + LONGEST).min(len)).rev() {
                if covered[i..end].iter().any(|&c| c) {
                    continue;
                }
                if let Some(&(kind, confidence)) = confident.get(&key(words, s, i, end)) {
                    matched = Some((end, kind, confidence * 0.9));
                    break;
                }
            }
            if matched.is_none() {
                if let Some(&confidence) = surnames.get(&words.word(s, i).norm_id) {
                    matched = Some((i + 1, PERSON, confidence * 0.8));
                }
            }
            match matched {
                Some((end, kind, confidence)) => {
                    added.push(Name { start: i, end, kind, confidence });
                    i = end;
                }
                None => i += 1,
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|name| name.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Tagger;
    use super::*;

    /// The names of a text as (words, type index) after the document pass.
    fn tagged(text: &str) -> Vec<(String, usize)> {
        let tagger = Tagger::shared().expect("the embedded model loads");
        let document = crate::segment::Document::new(text);
        let words = DocumentWords::from_document(&document, &tagger.lexicon);
        let names = tagger.tag(&words);
        let mut out = Vec::new();
        for (s, found) in names.iter().enumerate() {
            for name in found {
                let text: Vec<&str> = (name.start..name.end).map(|i| words.norm(words.word(s, i))).collect();
                out.push((text.join(" "), name.kind));
            }
        }
        out
    }

    #[test]
    fn title_parts_are_not_names() {
        let found = tagged("Tanjug quotes Belgrade airport General Director Ljubomir Acimovic as saying so.");
        assert!(!found.iter().any(|(t, _)| t == "director"), "{found:?}");
        let found = tagged("NATO spokesman Lieutenant-Colonel Max Marriner said in Sarajevo that it was quiet.");
        assert!(!found.iter().any(|(t, _)| t == "lieutenant-colonel"), "{found:?}");
    }

    #[test]
    fn a_missed_name_after_a_title_is_added_and_feeds_the_bare_surname() {
        let tagger = Tagger::shared().expect("the embedded model loads");
        let document = crate::segment::Document::new(
            "The talks ended when Chancellor Qwertzuiop left the room, officials said on Monday. \
             Qwertzuiop did not comment.",
        );
        let words = DocumentWords::from_document(&document, &tagger.lexicon);
        // As if the tagger had found nothing.
        let mut names = vec![Vec::new(), Vec::new()];
        apply(&words, &mut names);
        let found: Vec<(usize, usize, usize, usize)> =
            names.iter().enumerate().flat_map(|(s, f)| f.iter().map(move |n| (s, n.start, n.end, n.kind))).collect();
        assert_eq!(found, [(0, 5, 6, PERSON), (1, 0, 1, PERSON)]);
    }

    #[test]
    fn a_title_leaves_the_person_s_name() {
        let found = tagged("The talks ended when Chancellor Qwertzuiop left the room, officials said on Monday.");
        assert!(found.contains(&("qwertzuiop".to_string(), PERSON)), "{found:?}");
    }

    #[test]
    fn a_place_before_government_stays_a_place() {
        let found = tagged("The Jordan government said on Monday that the border would stay closed.");
        assert!(!found.iter().any(|(t, k)| t == "jordan" && *k == PERSON), "{found:?}");
    }
}
