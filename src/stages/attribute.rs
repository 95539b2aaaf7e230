//! Attribution: each body sentence's speaker and quote type. A sentence with its own
//! speech verb takes that verb's subject; a quotation standing alone takes the speaker
//! the surrounding text gives it (a later "X emphasized this", else the speaker of
//! the sentence before, else the next attribution).

use crate::document::{Document, QuoteIntro, QuoteKind, SentenceKind};
use crate::resources::Resources;

/// How many sentences after a standing quotation may attribute it.
const LOOKAHEAD: usize = 2;

pub fn attribute(doc: &mut Document, _res: &Resources) {
    let n = doc.sentences.len();
    for i in 0..n {
        let s = &doc.sentences[i];
        if s.kind != SentenceKind::Body {
            continue;
        }
        let quotes: Vec<QuoteIntro> = doc.speech_quotes_in(s.span).map(|q| q.intro).collect();
        let quote = if quotes.contains(&QuoteIntro::Direct) {
            QuoteKind::Direct
        } else if !quotes.is_empty() {
            QuoteKind::Mixed
        } else if s.attribution.is_some() {
            QuoteKind::Indirect
        } else {
            QuoteKind::None
        };
        let speaker = match s.attribution {
            Some(a) => Some(a.speaker),
            None if !quotes.is_empty() => standing_quote_speaker(doc, i),
            None => None,
        };
        let s = &mut doc.sentences[i];
        s.quote = quote;
        s.speaker = speaker;
    }
}

fn standing_quote_speaker(doc: &Document, i: usize) -> Option<usize> {
    let s = &doc.sentences[i];
    let quote_end = doc.speech_quotes_in(s.span).map(|q| q.span.end).max()?;
    let following = doc.sentences[i + 1..]
        .iter()
        .filter(|n| n.kind == SentenceKind::Body && n.span.start >= quote_end)
        .take(LOOKAHEAD);
    let mut next = None;
    for n in following {
        if let Some(a) = n.attribution {
            if a.points_back {
                return Some(a.speaker);
            }
            next = next.or(Some(a.speaker));
        }
    }
    let previous = doc.sentences[..i]
        .iter()
        .rev()
        .filter(|p| p.kind == SentenceKind::Body)
        .find(|p| p.paragraph + 1 >= s.paragraph && p.speaker.is_some())
        .and_then(|p| p.speaker);
    previous.or(next)
}
