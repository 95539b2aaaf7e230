//! Words and punctuation of every sentence, each with its byte span.

use crate::document::Document;
use crate::resources::Resources;
use crate::text::tokenize as split_tokens;

pub fn tokenize(doc: &mut Document, _res: &Resources) {
    let mut tokens = Vec::new();
    for sentence in &mut doc.sentences {
        let start = tokens.len();
        let span = sentence.span;
        tokens.extend(split_tokens(&doc.text[span.start..span.end], span.start));
        sentence.tokens = start..tokens.len();
    }
    doc.tokens = tokens;
}
