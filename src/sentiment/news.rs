//! News weights for the sentence scores: the sentence model learned from film reviews, where
//! "top", "rare" or "deep" praise and "war" is a plot; in news, titles, offices and the nouns of
//! reporting are neutral, and the words of conflict, crime and disaster are negative.
//!
//! `news-words.txt` (our own list) names both kinds: a word listed with 0 never drives a score
//! (its share of the margin is dropped); a word listed with a valence drives it with that
//! valence, weighed as the model weighs lexicon valence (its dense weights), when that moves it
//! more than the learned weight does. Applied to each token's share after the linear model.
//!
//! Limits: single words only, English only; a listed word keeps its news weight inside a
//! negation ("no war") and in a film review ("a top cast" scores neutral).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::word;

const NEWS_WORDS: &str = include_str!("news-words.txt");

/// News valence by word key: 0 for neutral words.
static NEWS: LazyLock<HashMap<u64, f32>> = LazyLock::new(|| parse(NEWS_WORDS));

fn parse(text: &str) -> HashMap<u64, f32> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (word, value) = line.split_once('\t')?;
            Some((word::key(word), value.trim().parse::<f32>().ok().filter(|v| v.is_finite())?))
        })
        .collect()
}

/// The news valence of a word: `Some(0.0)` for a neutral word, `None` when not listed.
pub fn valence(key: u64) -> Option<f32> {
    NEWS.get(&key).copied()
}

/// A token's share of the margin, corrected for news: `learned` is its share under the model,
/// `dense` the model's weights of positive and negative lexicon valence.
pub fn adjust(key: u64, learned: f32, dense: [f32; 2]) -> f32 {
    match valence(key) {
        None => learned,
        Some(0.0) => 0.0,
        Some(v) => {
            let weight = if v > 0.0 { dense[0] } else { dense[1] };
            let news = v / 4.0 * weight.abs();
            if news.abs() > learned.abs() || news * learned < 0.0 {
                news
            } else {
                learned
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_line_parses_and_titles_are_neutral() {
        let lines = NEWS_WORDS.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).count();
        assert_eq!(parse(NEWS_WORDS).len(), lines, "a line of news-words.txt does not parse or repeats a word");
        assert_eq!(valence(word::key("Secretary")), Some(0.0));
        assert!(valence(word::key("war")).is_some_and(|v| v < 0.0));
        assert_eq!(valence(word::key("table")), None);
    }

    #[test]
    fn neutral_words_lose_their_weight_and_news_words_gain_theirs() {
        let dense = [1.0, -1.0];
        assert_eq!(adjust(word::key("top"), 0.8, dense), 0.0);
        assert!(adjust(word::key("war"), 0.3, dense) < 0.0);
        assert_eq!(adjust(word::key("table"), 0.3, dense), 0.3);
    }
}
