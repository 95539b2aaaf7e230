//! Targets for articles given none: the objects of recommended actions and the subjects
//! of evaluations ("The subsidy race is a mistake"), as noun phrases, merged when they
//! name the same thing (the same words, or one phrase inside the other: "joint
//! stockpile" and "joint stockpile of critical minerals"), with made-up ids ("X1",
//! "X2").

use crate::document::{Document, SentenceKind, Target, TargetOrigin, Token};
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
/// Copulas between an evaluated noun phrase and its evaluation, longest first.
const COPULAS: [&[&str]; 8] = [
    &["would", "be"],
    &["will", "be"],
    &["has", "been"],
    &["is"],
    &["are"],
    &["was"],
    &["were"],
    &["remains"],
];
/// Words that cannot stand in an evaluated noun phrase (pronouns and the like): "It is
/// a mistake" names nothing.
const NOT_IN_PHRASE: [&str; 12] = [
    "it", "this", "that", "these", "those", "they", "there", "he", "she", "we", "i", "what",
];

pub fn extract_targets(doc: &mut Document, res: &Resources) {
    if !doc.targets.is_empty() {
        return;
    }
    let mut phrases: Vec<String> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.kind != SentenceKind::Body {
            continue;
        }
        phrases.extend(
            s.recommendations
                .iter()
                .filter_map(|r| object_phrase(&r.action)),
        );
        phrases.extend(evaluated_phrases(doc, i, res));
    }
    doc.targets = merge(phrases);
}

/// Targets from phrases in text order: a phrase that normalises like a known one, or
/// holds it or is held by it word for word, is an alias of that target.
fn merge(phrases: Vec<String>) -> Vec<Target> {
    let mut targets: Vec<Target> = Vec::new();
    let mut keys: Vec<Vec<String>> = Vec::new();
    for phrase in phrases {
        let key: Vec<String> = normalize_name(&phrase)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if key.is_empty() {
            continue;
        }
        let holds = |long: &[String], short: &[String]| {
            short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
        };
        match keys.iter().position(|k| holds(k, &key) || holds(&key, k)) {
            Some(t) => {
                let target = &mut targets[t];
                let known = std::iter::once(&target.name).chain(target.aliases.iter());
                if !known.map(|n| normalize_name(n)).any(|n| n == key.join(" ")) {
                    target.aliases.push(phrase);
                }
            }
            None if targets.len() < MAX_TARGETS => {
                keys.push(key);
                targets.push(Target {
                    id: format!("X{}", targets.len() + 1),
                    name: phrase,
                    aliases: Vec::new(),
                    origin: TargetOrigin::Extracted,
                });
            }
            None => {}
        }
    }
    targets
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

/// The noun phrases that sentence `i` evaluates: the subject of a copula whose
/// complement opens with an evaluative phrase ("A two-tier minimum wage would be a
/// mistake", "The subsidy race is unsustainable").
fn evaluated_phrases(doc: &Document, i: usize, res: &Resources) -> Vec<String> {
    let tokens = doc.sentence_tokens(i);
    let mut out = Vec::new();
    for k in 0..tokens.len() {
        let Some(copula) = COPULAS.iter().find(|c| {
            c.iter()
                .enumerate()
                .all(|(j, w)| tokens.get(k + j).is_some_and(|t| t.lower == *w))
        }) else {
            continue;
        };
        let after = k + copula.len();
        if !evaluation_follows(tokens, after, res) {
            continue;
        }
        if let Some(phrase) = subject_phrase(doc, tokens, k) {
            out.push(phrase);
        }
    }
    out
}

/// Whether an evaluative phrase of the lexicon opens the complement at token `at`,
/// after an optional "not" and article.
fn evaluation_follows(tokens: &[Token], at: usize, res: &Resources) -> bool {
    let words: Vec<&str> = tokens[at.min(tokens.len())..]
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    let skip = words
        .iter()
        .take_while(|w| matches!(**w, "not" | "a" | "an" | "the" | "very" | "so" | "too"))
        .count();
    let rest = &words[skip..];
    res.evaluative.iter().any(|(phrase, _)| {
        let phrase: Vec<&str> = phrase
            .iter()
            .map(String::as_str)
            .filter(|w| !matches!(*w, "a" | "an" | "the"))
            .collect();
        !phrase.is_empty() && rest.len() >= phrase.len() && rest[..phrase.len()] == phrase[..]
    })
}

/// The noun phrase that ends right before token `k`: back to a clause boundary or the
/// sentence start, at most `PHRASE_MAX_WORDS` words after its determiner.
fn subject_phrase(doc: &Document, tokens: &[Token], k: usize) -> Option<String> {
    let mut start = k;
    while start > 0 {
        let t = &tokens[start - 1];
        if !t.is_word && !matches!(t.lower.as_str(), "-" | "'" | "’") {
            break;
        }
        if PHRASE_END.contains(&t.lower.as_str()) && t.lower != "of" {
            break;
        }
        start -= 1;
    }
    let words: Vec<&Token> = tokens[start..k].iter().filter(|t| t.is_word).collect();
    let from = words
        .iter()
        .position(|t| !DETERMINERS.contains(&t.lower.as_str()))?;
    let words = &words[from..];
    if words.is_empty()
        || words.len() > PHRASE_MAX_WORDS
        || words
            .iter()
            .any(|t| NOT_IN_PHRASE.contains(&t.lower.as_str()))
    {
        return None;
    }
    let last = words[words.len() - 1];
    Some(doc.text[words[0].span.start..last.span.end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;

    #[test]
    fn object_phrases() {
        assert_eq!(
            object_phrase("leverage its technological strength and rapid execution").as_deref(),
            Some("technological strength")
        );
        assert_eq!(object_phrase("act"), None);
    }

    #[test]
    fn evaluated_subjects_become_targets_merged_with_objects() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "\"The government should build a joint stockpile of critical minerals,\" Kim \
             said. \"A joint stockpile would be the obvious choice. It is a mistake to wait. \
             The subsidy race is unsustainable.\"",
            Vec::new(),
        );
        let names: Vec<(&str, Vec<&str>)> = doc
            .targets
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    t.aliases.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            names,
            vec![
                (
                    "joint stockpile of critical minerals",
                    vec!["joint stockpile"]
                ),
                ("subsidy race", vec![]),
            ]
        );
    }
}
