//! Stance: for every body sentence and target, the position the sentence's speaker
//! takes. A target is found by its name or aliases (plural endings allowed); its label
//! comes from the recommendation it stands in (do: favor, avoid: against), else from a
//! supporting or opposing word just before it, else from an evaluative word in its
//! clause, else it is addressed without a side (neutral). Narration takes no position,
//! except the author's own recommendations and, in an opinion piece, all of it.

use crate::document::{Document, Polarity, SentenceKind, SentenceStance, Span, StanceLabel, Token};
use crate::resources::Resources;
use crate::text::normalize_name;

/// A stance cue counts this many words before the target.
const CUE_WINDOW: usize = 3;
const NEGATIONS: [&str; 6] = ["not", "never", "no", "without", "don't", "doesn't"];

/// An article with no speakers whose narration recommends this often is opinion.
const OPINION_MIN_RECOMMENDATIONS: usize = 2;

/// Confidence of each kind of evidence.
const FROM_CUE: f32 = 0.7;
const FROM_EVALUATION: f32 = 0.6;
const FROM_MENTION: f32 = 0.5;

pub fn classify_stance(doc: &mut Document, res: &Resources) {
    let phrases: Vec<Vec<Vec<String>>> = doc
        .targets
        .iter()
        .map(|t| {
            std::iter::once(&t.name)
                .chain(t.aliases.iter())
                .map(|a| {
                    normalize_name(a)
                        .split(' ')
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .filter(|w: &Vec<String>| !w.is_empty() && !w[0].is_empty())
                .collect()
        })
        .collect();
    let author_voice = is_opinion(doc, res);
    for i in 0..doc.sentences.len() {
        let s = &doc.sentences[i];
        if s.kind != SentenceKind::Body {
            continue;
        }
        let words = normalized_words(doc.sentence_tokens(i));
        let mut stances = Vec::new();
        for (target, aliases) in phrases.iter().enumerate() {
            let mut labels: Vec<(StanceLabel, f32)> = Vec::new();
            for alias in aliases {
                for (from, to) in find_phrase(&words, alias) {
                    let first = words[from].1;
                    let last = words[to - 1].1;
                    if let Some(l) = label_occurrence(doc, i, first, last, author_voice, res) {
                        labels.push(l);
                    }
                }
            }
            if let Some((label, confidence)) = combine(&labels) {
                stances.push(SentenceStance {
                    target,
                    label,
                    confidence,
                });
            }
        }
        doc.sentences[i].stances = stances;
    }
}

/// Each word of the sentence normalised as the scorer normalises names, with the
/// index of its token ("Korea-U.S." gives "korea", "u", "s").
fn normalized_words(tokens: &[Token]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.is_word) {
        for w in normalize_name(&t.lower)
            .split(' ')
            .filter(|w| !w.is_empty())
        {
            out.push((w.to_string(), k));
        }
    }
    out
}

/// Occurrences of `phrase` in `words`; the last word may carry a plural ending.
fn find_phrase(words: &[(String, usize)], phrase: &[String]) -> Vec<(usize, usize)> {
    let n = phrase.len();
    if n == 0 || words.len() < n {
        return Vec::new();
    }
    (0..=words.len() - n)
        .filter(|&s| {
            phrase.iter().enumerate().all(|(j, p)| {
                let w = &words[s + j].0;
                let plural = |suffix: &str| w.strip_suffix(suffix) == Some(p.as_str());
                w == p || (j == n - 1 && (plural("s") || plural("es")))
            })
        })
        .map(|s| (s, s + n))
        .collect()
}

fn label_occurrence(
    doc: &Document,
    i: usize,
    first: usize,
    last: usize,
    author_voice: bool,
    res: &Resources,
) -> Option<(StanceLabel, f32)> {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
    let before: Vec<&str> = tokens[first.saturating_sub(CUE_WINDOW + 1)..first]
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    for r in &s.recommendations {
        if r.action_span.contains(span) {
            // "should not focus on X", "should withdraw X": the action turns against X.
            let negated = tokens[..first].iter().any(|t| {
                t.span.start >= r.action_span.start && NEGATIONS.contains(&t.lower.as_str())
            });
            let in_action: Vec<&str> = tokens[first.saturating_sub(CUE_WINDOW + 1)..first]
                .iter()
                .filter(|t| t.is_word && t.span.start >= r.action_span.start)
                .map(|t| t.lower.as_str())
                .collect();
            let opposed = res
                .stance_cues
                .iter()
                .any(|(cue, label)| *label == StanceLabel::Against && ends_within(&in_action, cue));
            let favor = (r.polarity == Polarity::Do) != (negated != opposed);
            let label = if favor {
                StanceLabel::Favor
            } else {
                StanceLabel::Against
            };
            return Some((label, r.confidence));
        }
    }
    // Without a recommendation, a position is a speaker's (or a reported group's, or
    // the author's in an opinion piece); plain narration takes none.
    if s.speaker.is_none() && !s.unnamed_source && !author_voice {
        return None;
    }
    if let Some((_, label)) = res
        .stance_cues
        .iter()
        .find(|(cue, _)| ends_within(&before, cue))
    {
        return Some((*label, FROM_CUE));
    }
    if let Some(label) = clause_evaluation(tokens, first, last, res) {
        return Some((label, FROM_EVALUATION));
    }
    Some((StanceLabel::Neutral, FROM_MENTION))
}

/// Whether the article speaks in the author's own voice: a heading marks it as opinion,
/// or no one is quoted and the narration itself recommends.
fn is_opinion(doc: &Document, res: &Resources) -> bool {
    let marked = doc.sentences.iter().take(3).any(|s| {
        let lower = doc.slice(s.span).to_lowercase();
        res.opinion_markers
            .iter()
            .any(|m| lower.contains(m.as_str()))
    });
    let narration_recommends = doc
        .sentences
        .iter()
        .filter(|s| {
            s.kind == SentenceKind::Body && s.speaker.is_none() && !s.recommendations.is_empty()
        })
        .count()
        >= OPINION_MIN_RECOMMENDATIONS;
    marked || (doc.speakers.is_empty() && narration_recommends)
}

/// Whether `cue` occurs in `before` (the few words before a target).
fn ends_within(before: &[&str], cue: &[String]) -> bool {
    before
        .windows(cue.len())
        .any(|w| w.iter().zip(cue).all(|(a, b)| *a == b))
}

/// An evaluative word in the target's clause (up to the nearest punctuation on each
/// side), negated by a "not" just before it.
fn clause_evaluation(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let is_boundary = |t: &Token| !t.is_word && !matches!(t.lower.as_str(), "-" | "'" | "’");
    let start = tokens[..first]
        .iter()
        .rposition(is_boundary)
        .map_or(0, |p| p + 1);
    let end = tokens[last + 1..]
        .iter()
        .position(is_boundary)
        .map_or(tokens.len(), |p| last + 1 + p);
    let clause: Vec<&str> = tokens[start..end]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let (t_from, t_to) = (first - start, last + 1 - start);
    for (phrase, label) in &res.evaluative {
        let n = phrase.len();
        for p in 0..clause.len().saturating_sub(n - 1) {
            if (t_from..t_to).contains(&p)
                || clause[p..p + n].iter().zip(phrase).any(|(a, b)| a != b)
            {
                continue;
            }
            let negated = clause[p.saturating_sub(2)..p]
                .iter()
                .any(|w| NEGATIONS.contains(w));
            return Some(if negated { flip(*label) } else { *label });
        }
    }
    None
}

fn flip(label: StanceLabel) -> StanceLabel {
    match label {
        StanceLabel::Favor => StanceLabel::Against,
        StanceLabel::Against => StanceLabel::Favor,
        StanceLabel::Neutral => StanceLabel::Neutral,
    }
}

/// One label from several occurrences: a side beats neutral, the majority side wins,
/// a tie is neutral.
fn combine(labels: &[(StanceLabel, f32)]) -> Option<(StanceLabel, f32)> {
    if labels.is_empty() {
        return None;
    }
    let score =
        |l: StanceLabel| -> f32 { labels.iter().filter(|(x, _)| *x == l).map(|(_, c)| c).sum() };
    let (favor, against) = (score(StanceLabel::Favor), score(StanceLabel::Against));
    let best = |l: StanceLabel| {
        labels
            .iter()
            .filter(|(x, _)| *x == l)
            .map(|(_, c)| *c)
            .fold(0.0, f32::max)
    };
    Some(if favor > against {
        (StanceLabel::Favor, best(StanceLabel::Favor))
    } else if against > favor {
        (StanceLabel::Against, best(StanceLabel::Against))
    } else {
        (
            StanceLabel::Neutral,
            best(StanceLabel::Neutral).max(FROM_MENTION),
        )
    })
}
