//! Sentence kinds: credit lines, the captions they close, site boilerplate, headings;
//! everything else is body text.

use crate::document::{Document, SentenceKind};
use crate::resources::Resources;

/// A heading is a one-sentence paragraph of at most this many words with no final
/// punctuation.
const HEADING_MAX_WORDS: usize = 20;

pub fn classify_kinds(doc: &mut Document, res: &Resources) {
    let n = doc.sentences.len();
    for i in 0..n {
        let text = doc.sentence_text(i);
        let lower = text.to_lowercase();
        let kind = if let Some(kind) = photo_line(&lower, res) {
            kind
        } else if res.boilerplate.iter().any(|b| lower.contains(b.as_str())) {
            SentenceKind::Boilerplate
        } else if is_heading(doc, i) {
            SentenceKind::Heading
        } else {
            SentenceKind::Body
        };
        doc.sentences[i].kind = kind;
    }
    // A caption is the text a credit line closes: the sentences before it in its
    // paragraph, or the one-sentence paragraph just before a credit that stands alone.
    for i in 0..n {
        if doc.sentences[i].kind != SentenceKind::Credit {
            continue;
        }
        let paragraph = doc.sentences[i].paragraph;
        let mut j = i;
        while j > 0 && doc.sentences[j - 1].paragraph == paragraph {
            j -= 1;
            if doc.sentences[j].kind == SentenceKind::Body {
                doc.sentences[j].kind = SentenceKind::Caption;
            }
        }
        let alone = j == i;
        if alone && j > 0 {
            let prev_paragraph = doc.sentences[j - 1].paragraph;
            let single = j < 2 || doc.sentences[j - 2].paragraph != prev_paragraph;
            if single && doc.sentences[j - 1].kind == SentenceKind::Body {
                doc.sentences[j - 1].kind = SentenceKind::Caption;
            }
        }
    }
}

/// A credit line ("/Courtesy of ...", "/Yonhap") or a caption that says it is one
/// ("Photo: ..."). A credit without its slash must be short.
fn photo_line(lower: &str, res: &Resources) -> Option<SentenceKind> {
    let rest = lower.trim_start_matches(['/', ' ', '(', '[', '▲', '△']);
    let slashed = lower.starts_with('/');
    res.credits
        .iter()
        .find(|(opening, _)| rest.starts_with(opening.as_str()))
        .map(|(_, kind)| *kind)
        .filter(|kind| *kind == SentenceKind::Caption || slashed || rest.len() < 80)
}

fn is_heading(doc: &Document, i: usize) -> bool {
    let s = &doc.sentences[i];
    let alone = (i == 0 || doc.sentences[i - 1].paragraph != s.paragraph)
        && doc
            .sentences
            .get(i + 1)
            .is_none_or(|n| n.paragraph != s.paragraph);
    let text = doc.sentence_text(i).trim_end();
    let ends_open = !text.ends_with(['.', '!', '?', '"', '”', '…', ':', ';', ',', '\'', '’', ')']);
    let words = text.split_whitespace().count();
    alone && ends_open && words <= HEADING_MAX_WORDS && text.chars().any(char::is_alphabetic)
}

/// Whether the first sentences (the heading) mark the article as opinion: an editorial,
/// a column, an op-ed.
pub(crate) fn has_opinion_heading(doc: &Document, res: &Resources) -> bool {
    doc.sentences.iter().take(3).any(|s| {
        let lower = doc.slice(s.span).to_lowercase();
        res.opinion_markers
            .iter()
            .any(|m| lower.contains(m.as_str()))
    })
}
