//! Golden tables for segmentation: real-shaped news sentences and the splits a reader expects,
//! including the places where a naive splitter goes wrong.

use newslens::Document;

fn sentences(text: &str) -> Vec<&str> {
    let document = Document::new(text);
    document.sentences.iter().map(|s| document.slice(s.span)).collect()
}

fn tokens(text: &str) -> Vec<&str> {
    let document = Document::new(text);
    (0..document.tokens.len()).map(|i| document.token_text(i)).collect()
}

#[test]
fn sentences_do_not_break_after_abbreviations_initials_decimals_or_times() {
    let table: &[(&str, &[&str])] = &[
        (
            "Mr. Blinken and Ms. Harris met Dr. Osei. Sen. Warren and Gen. Syrskyi did not.",
            &["Mr. Blinken and Ms. Harris met Dr. Osei.", "Sen. Warren and Gen. Syrskyi did not."],
        ),
        (
            "Gov. Newsom flew to St. Petersburg on Jan. 12. He left on No. 7 flight.",
            &["Gov. Newsom flew to St. Petersburg on Jan. 12.", "He left on No. 7 flight."],
        ),
        (
            "Secretary of State Antony J. Blinken spoke with Donald J. Trump. They disagreed.",
            &["Secretary of State Antony J. Blinken spoke with Donald J. Trump.", "They disagreed."],
        ),
        (
            "The U.S. and the U.K. signed the deal. Growth was 3.5 percent at 6:15 a.m. Monday.",
            &["The U.S. and the U.K. signed the deal.", "Growth was 3.5 percent at 6:15 a.m. Monday."],
        ),
        (
            "Troops arrived in the U.S. The talks resumed at 5 p.m. He said nothing.",
            &["Troops arrived in the U.S.", "The talks resumed at 5 p.m.", "He said nothing."],
        ),
        (
            "Apple Inc. raised prices. The company, e.g. its retail arm, agreed.",
            &["Apple Inc. raised prices.", "The company, e.g. its retail arm, agreed."],
        ),
    ];
    for (text, expected) in table {
        assert_eq!(&sentences(text), expected, "in {text:?}");
    }
}

#[test]
fn sentences_break_inside_closing_quotes_and_after_questions_and_exclamations() {
    let table: &[(&str, &[&str])] = &[
        ("\"We will not stop.\" The minister left.", &["\"We will not stop.\"", "The minister left."]),
        ("She said: “It is over.” Nobody answered.", &["She said: “It is over.”", "Nobody answered."]),
        ("Will they? Nobody knows! Wait...", &["Will they?", "Nobody knows!", "Wait..."]),
        ("“Is it safe?” she asked. ‘Yes,’ he said.", &["“Is it safe?” she asked.", "‘Yes,’ he said."]),
        ("It ended (finally.) Then came peace.", &["It ended (finally.)", "Then came peace."]),
        (
            "Prices rose... and then fell. Why?! Nobody said.",
            &["Prices rose... and then fell.", "Why?!", "Nobody said."],
        ),
    ];
    for (text, expected) in table {
        assert_eq!(&sentences(text), expected, "in {text:?}");
    }
}

#[test]
fn headlines_datelines_and_paragraphs_are_their_own_sentences() {
    let text =
        "Missiles Hit Kyiv Overnight\n\nKYIV, Ukraine — Explosions shook the city.\nOfficials said 12 people died.";
    assert_eq!(
        sentences(text),
        ["Missiles Hit Kyiv Overnight", "KYIV, Ukraine — Explosions shook the city.", "Officials said 12 people died."]
    );
    let document = Document::new(text);
    assert_eq!(document.paragraphs.len(), 2);
    let wrapped = "The council said on\nTuesday that the plan would\ngo ahead.\n\nNext paragraph.";
    assert_eq!(sentences(wrapped), ["The council said on\nTuesday that the plan would\ngo ahead.", "Next paragraph."]);
}

#[test]
fn single_line_breaks_separate_paragraphs_when_the_text_has_no_blank_line() {
    let document = Document::new("First paragraph here.\nSecond one.\nThird");
    assert_eq!(document.paragraphs.len(), 3);
}

#[test]
fn numbers_with_separators_money_and_percentages_are_single_tokens() {
    assert_eq!(
        tokens("About 137,000 fled; $1.2 billion, 3.5% and US$40 at 6:15."),
        ["About", "137,000", "fled", ";", "$1.2", "billion", ",", "3.5%", "and", "US$40", "at", "6:15", "."]
    );
    assert_eq!(tokens("€300 £2.5bn ¥1,000"), ["€300", "£2.5bn", "¥1,000"]);
}

#[test]
fn hyphenated_words_stay_whole_and_dashes_stand_alone() {
    assert_eq!(
        tokens("A long-range, 10-year-old plan—approved -- today – was state-of-the-art."),
        [
            "A",
            "long-range",
            ",",
            "10-year-old",
            "plan",
            "—",
            "approved",
            "--",
            "today",
            "–",
            "was",
            "state-of-the-art",
            "."
        ]
    );
}

#[test]
fn contractions_and_possessives_split_the_treebank_way() {
    assert_eq!(
        tokens("Zelensky’s aides don't know; they're sure it's Putin's. The parents' view"),
        [
            "Zelensky", "’s", "aides", "do", "n't", "know", ";", "they", "'re", "sure", "it", "'s", "Putin", "'s", ".",
            "The", "parents", "'", "view"
        ]
    );
    assert_eq!(tokens("O'Neill's"), ["O'Neill", "'s"]);
}

#[test]
fn urls_and_emails_are_single_tokens_without_trailing_punctuation() {
    assert_eq!(
        tokens("See (https://example.org/a?b=c&d=1), www.news.example/x. Mail press@state.gov."),
        [
            "See",
            "(",
            "https://example.org/a?b=c&d=1",
            ")",
            ",",
            "www.news.example/x",
            ".",
            "Mail",
            "press@state.gov",
            "."
        ]
    );
}

#[test]
fn ellipses_emoji_and_joined_emoji_are_single_tokens() {
    assert_eq!(tokens("Wait… what... 🙂👍🏽 👩‍👩‍👧 🇺🇦!"), ["Wait", "…", "what", "...", "🙂", "👍🏽", "👩‍👩‍👧", "🇺🇦", "!"]);
}

#[test]
fn abbreviations_keep_their_period() {
    assert_eq!(
        tokens("Mr. J. Smith, U.S. envoy, at 5 p.m. Jan. 5"),
        ["Mr.", "J.", "Smith", ",", "U.S.", "envoy", ",", "at", "5", "p.m.", "Jan.", "5"]
    );
}

#[test]
fn text_in_other_scripts_is_segmented_too() {
    assert_eq!(sentences("東京は大きい。大阪も。"), ["東京は大きい。", "大阪も。"]);
    assert_eq!(sentences("Привет, мир. Как дела?"), ["Привет, мир.", "Как дела?"]);
}
