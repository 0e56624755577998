//! What part of the text is the article: its language, and the kind of each paragraph
//! (headline, dateline, byline, caption, boilerplate or body).
//!
//! Both read the [`Document`] alone. Boilerplate paragraphs (a feed's footer, share and follow
//! lines, copyright, photo credits) are furniture copied along with the article: [`article`]
//! builds the document without them, which every later stage reads, and the language is
//! detected without them.

mod kind;
mod language;
mod retain;

use serde::Serialize;

use crate::segment::{Document, Span};

pub use kind::{dateline, kinds, ParagraphKind};
pub use language::{language, Language};
pub use retain::article;

/// One paragraph of the text: its span and kind, and the dateline opening it, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParagraphSpan {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
    /// The dateline that opens a body paragraph ("WASHINGTON (AP) —"): `null` for other kinds
    /// and for body paragraphs without one. A paragraph that is only a dateline has kind
    /// `dateline` instead.
    pub dateline: Option<DatelineSpan>,
}

/// The span of a dateline inside a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DatelineSpan {
    pub start: usize,
    pub end: usize,
}

/// The paragraphs of `document` with the kinds [`kinds`] found, in text order.
pub fn paragraphs(document: &Document<'_>, kinds: &[ParagraphKind]) -> Vec<ParagraphSpan> {
    document
        .paragraphs
        .iter()
        .zip(kinds)
        .enumerate()
        .map(|(index, (paragraph, &kind))| ParagraphSpan {
            start: paragraph.span.start,
            end: paragraph.span.end,
            kind,
            dateline: (kind == ParagraphKind::Body)
                .then(|| dateline(document, index))
                .flatten()
                .map(|Span { start, end }| DatelineSpan { start, end }),
        })
        .collect()
}
