//! The language of the text, from whatlang's trigram detector run over the article's
//! lower-case words.
//!
//! Capitalised words are left out before detection: in news they are mostly names, which carry
//! the language of the people and places reported on rather than of the text (a results table
//! of football clubs reads as Spanish or Afrikaans to a trigram model), and headlines in
//! capitals add nothing. Words of scripts without case (Arabic, CJK, Hindi, ...) are kept.
//!
//! When at least one lower-case word in eight is an English function word ("the", "and", "said",
//! ...) the text is English with confidence 1, without running the detector.
//!
//! newslens reads English, so English is what it assumes: the result names another language
//! only when whatlang is at least [`MIN_CONFIDENCE`] sure of it over at least [`MIN_WORDS`]
//! words; otherwise the code is `en`, with the detector's confidence when it said English and 0
//! when the text held too little to tell.
//!
//! Limits: at most [`MAX_WORDS`] lower-case words are read (the language of a long text's start
//! stands for the whole); a text mixing languages gets the one most of its first words are in; a text
//! written all in capitals, or of fewer than ten lower-case words, is taken as English.

use serde::Serialize;

use crate::segment::{Document, TokenKind};

/// Fewer lower-case words than this are too few to name another language.
pub const MIN_WORDS: usize = 10;
/// Below this confidence (whatlang's, in [0, 1]) another language is not named.
pub const MIN_CONFIDENCE: f64 = 0.5;
/// The most words read: detection time stops growing with the text here.
pub const MAX_WORDS: usize = 250;

/// English words that are not also common words of another language the detector knows ("was",
/// "is", "in", "for", "have", "on", "to", "a" are Dutch, German, Romance, Slavic or Scandinavian
/// words too; Dutch "of" is rare enough).
const ENGLISH: &[&str] = &[
    "the", "of", "and", "that", "with", "said", "from", "which", "would", "were", "this", "their", "has", "been",
    "will", "they", "who", "its", "after", "about", "are", "but", "what", "when", "there", "than", "says", "had",
    "could",
];
/// One lower-case word in this many being one of [`ENGLISH`] makes a text English outright
/// (a Brown press article has one in four, at least one in six; the golden paragraphs in other
/// languages one in fifty at most).
const ENGLISH_SHARE: usize = 8;

/// The language of a text: an ISO 639-1 code (`en`, `de`, `ru`, ...) and how sure of it the
/// detector is, in [0, 1].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Language {
    pub code: &'static str,
    #[serde(serialize_with = "crate::serial::rounded")]
    pub confidence: f32,
}

impl Language {
    /// English, assumed rather than detected.
    const ASSUMED: Language = Language { code: "en", confidence: 0.0 };

    /// Whether the text is taken as English, the language newslens reads.
    pub fn is_english(&self) -> bool {
        self.code == "en"
    }
}

/// The language of the document (the analysis passes the article without its boilerplate: a
/// feed's English footer under a German article must not make it English).
pub fn language(document: &Document<'_>) -> Language {
    let mut words = String::new();
    let mut count = 0;
    let mut english = 0;
    'paragraphs: for paragraph in &document.paragraphs {
        let Some(first) = document.sentences.get(paragraph.sentences.start) else { continue };
        let Some(last) = document.sentences.get(paragraph.sentences.end.wrapping_sub(1)) else { continue };
        for token in &document.tokens[first.tokens.start..last.tokens.end] {
            if token.kind != TokenKind::Word {
                continue;
            }
            let text = &document.text[token.start..token.end];
            if text.chars().find(|c| c.is_alphabetic()).is_none_or(char::is_uppercase) {
                continue;
            }
            words.push_str(text);
            words.push(' ');
            count += 1;
            english += usize::from(ENGLISH.contains(&text));
            if count == MAX_WORDS {
                break 'paragraphs;
            }
        }
    }
    if count < MIN_WORDS {
        return Language::ASSUMED;
    }
    // English news settles it at once (whatlang costs about half a millisecond a call, whatever
    // the length: a few per cent of the pipeline on an average article).
    if english * ENGLISH_SHARE >= count {
        return Language { code: "en", confidence: 1.0 };
    }
    let Some(info) = whatlang::detect(&words) else { return Language::ASSUMED };
    let code = iso_639_1(info.lang());
    let confidence = info.confidence();
    // English is taken at any confidence; another language only when the detector is sure.
    if code == "en" || confidence >= MIN_CONFIDENCE {
        Language { code, confidence: confidence as f32 }
    } else {
        Language::ASSUMED
    }
}

/// The ISO 639-1 code of each language whatlang knows (whatlang names them in ISO 639-3).
fn iso_639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Language {
        language(&Document::new(text))
    }

    #[test]
    fn every_language_whatlang_knows_has_a_two_letter_code() {
        for lang in whatlang::Lang::all() {
            let code = iso_639_1(*lang);
            assert_eq!(code.len(), 2, "{lang:?}");
        }
    }

    #[test]
    fn too_few_lower_case_words_are_taken_as_english() {
        assert_eq!(detect(""), Language::ASSUMED);
        assert_eq!(detect("SOCCER - REAL MADRID BEAT BARCELONA 2-1"), Language::ASSUMED);
        assert_eq!(detect("Der Bundestag hat entschieden."), Language::ASSUMED);
    }

    #[test]
    fn names_do_not_make_an_english_text_foreign() {
        let text = "Real Madrid, Atletico Madrid, Deportivo La Coruna, Real Sociedad, Rayo Vallecano and \
                    Celta Vigo all won on Sunday, while Sevilla and Valencia were held to draws at home \
                    in front of their own fans.";
        assert_eq!(detect(text).code, "en");
    }

    #[test]
    fn a_german_paragraph_is_german() {
        let text = "Der Stadtrat hat am Mittwoch beschlossen, zwei Bibliotheken zu schließen, weil für die \
                    Sanierung der Gebäude kein Geld vorhanden ist und die Stadt sparen muss.";
        let found = detect(text);
        assert_eq!(found.code, "de");
        assert!(found.confidence >= 0.5);
    }
}
