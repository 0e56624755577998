//! The statistical tagger for people, places, organizations and other names (issue 3).
//! Placeholder: finds nothing until the trained model lands; not yet wired into `analyze`.

use super::Mention;
use crate::segment::Document;

pub fn mentions(_document: &Document<'_>) -> Vec<Mention> {
    Vec::new()
}
