//! Rules for dates, times, money, percentages, quantities, ordinals and cardinals (issue 3).
//! Placeholder: finds nothing until the rules land; not yet wired into `analyze`.

use super::Mention;
use crate::segment::Document;

pub fn mentions(_document: &Document<'_>) -> Vec<Mention> {
    Vec::new()
}
