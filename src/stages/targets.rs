//! Targets for articles given none: the objects of recommended actions, as noun
//! phrases, merged when they normalise the same, with made-up ids ("X1", "X2").

use crate::document::{Document, Target, TargetOrigin};
use crate::resources::Resources;
use crate::text::{normalize_name, tokenize};

/// An extracted target is at most this many words.
const PHRASE_MAX_WORDS: usize = 6;
const MAX_TARGETS: usize = 12;
/// Words that end the object noun phrase of an action.
const PHRASE_END: [&str; 16] = [
    "to", "from", "with", "for", "that", "which", "who", "and", "or", "by", "as", "in", "on", "at",
    "than", "like",
];
const DETERMINERS: [&str; 10] = [
    "a", "an", "the", "its", "their", "our", "his", "her", "this", "these",
];

pub fn extract_targets(doc: &mut Document, _res: &Resources) {
    if !doc.targets.is_empty() {
        return;
    }
    let mut targets: Vec<Target> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for s in &doc.sentences {
        for r in &s.recommendations {
            let Some(phrase) = object_phrase(&r.action) else {
                continue;
            };
            let key = normalize_name(&phrase);
            if key.is_empty() || keys.contains(&key) || targets.len() >= MAX_TARGETS {
                continue;
            }
            keys.push(key);
            targets.push(Target {
                id: format!("X{}", targets.len() + 1),
                name: phrase,
                aliases: Vec::new(),
                origin: TargetOrigin::Extracted,
            });
        }
    }
    doc.targets = targets;
}

/// "leverage its technological strength and rapid execution to ..." gives
/// "technological strength".
fn object_phrase(action: &str) -> Option<String> {
    let tokens = tokenize(action, 0);
    let words: Vec<_> = tokens.iter().skip(1).take_while(|t| t.is_word).collect();
    let start = words
        .iter()
        .position(|t| !DETERMINERS.contains(&t.lower.as_str()))?;
    let end = words[start..]
        .iter()
        .position(|t| PHRASE_END.contains(&t.lower.as_str()))
        .map_or(words.len(), |p| start + p)
        .min(start + PHRASE_MAX_WORDS);
    (end > start).then(|| action[words[start].span.start..words[end - 1].span.end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_phrases() {
        assert_eq!(
            object_phrase("leverage its technological strength and rapid execution").as_deref(),
            Some("technological strength")
        );
        assert_eq!(object_phrase("act"), None);
    }
}
