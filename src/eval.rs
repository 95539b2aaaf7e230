//! Scoring against hand labels, exactly as `scoring.md` defines it: figures pooled over
//! all gold files (counts added up before dividing), and threshold checks.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::document::{Document, QuoteKind, SentenceKind, Span, StanceLabel, Target};
use crate::error::Error;
use crate::io::{read_json, read_text};
use crate::pipeline::Pipeline;
use crate::text::normalize_name;

/// A labelled article (`stance-gold/1`).
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    pub id: String,
    pub text_file: String,
    #[serde(default)]
    pub speakers: Vec<GoldSpeaker>,
    #[serde(default)]
    pub targets: Vec<Target>,
    pub sentences: Vec<GoldSentence>,
    #[serde(default)]
    pub stance_summary: Vec<GoldSummary>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpeaker {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSentence {
    pub start: usize,
    pub end: usize,
    pub kind: SentenceKind,
    pub speaker: Option<String>,
    pub quote: QuoteKind,
    #[serde(default)]
    pub recommendations: Vec<GoldRecommendation>,
    #[serde(default)]
    pub stances: BTreeMap<String, StanceLabel>,
    #[serde(default)]
    pub ambiguous: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRecommendation {
    pub actor: Option<String>,
    pub action: String,
    pub polarity: crate::document::Polarity,
    pub strength: crate::document::Strength,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldSummary {
    pub speaker: Option<String>,
    pub target: String,
    pub label: StanceLabel,
}

impl GoldSentence {
    fn is_ambiguous(&self, field: &str) -> bool {
        self.ambiguous.iter().any(|a| a == field)
    }
}

/// A gold file with its article text.
pub struct LabelledArticle {
    pub gold: Gold,
    pub text: String,
}

impl LabelledArticle {
    pub fn load(path: &Path) -> Result<Self, Error> {
        let gold: Gold = read_json(path)?;
        let text_path = path
            .parent()
            .unwrap_or(Path::new("."))
            .join(&gold.text_file);
        let text = read_text(&text_path)?;
        for s in &gold.sentences {
            if s.end > text.len()
                || s.start > s.end
                || !text.is_char_boundary(s.start)
                || !text.is_char_boundary(s.end)
            {
                return Err(Error::Invalid(format!(
                    "{}: a gold sentence span [{}, {}) does not fit the text",
                    path.display(),
                    s.start,
                    s.end
                )));
            }
        }
        // A misspelt field ("recs") would silently score what the annotator meant to
        // leave out.
        for (k, s) in gold.sentences.iter().enumerate() {
            let unknown = s.ambiguous.iter().find(|a| {
                !AMBIGUOUS_FIELDS.contains(&a.as_str())
                    && !a
                        .strip_prefix("stance:")
                        .is_some_and(|id| gold.targets.iter().any(|t| t.id == id))
            });
            if let Some(field) = unknown {
                return Err(Error::Invalid(format!(
                    "{}: sentence {k} marks {field:?} ambiguous, which is no field; use one of \
                     {} or stance:<target id>",
                    path.display(),
                    AMBIGUOUS_FIELDS.join(", ")
                )));
            }
        }
        Ok(LabelledArticle { gold, text })
    }
}

/// The fields a gold sentence may mark ambiguous, besides "stance:<target id>"
/// (gold-format.md); "stance" alone leaves out every target.
const AMBIGUOUS_FIELDS: [&str; 7] = [
    "speaker",
    "quote",
    "recommendation",
    "strength",
    "polarity",
    "actor",
    "stance",
];

/// Counts of a binary decision, and precision, recall and F1 from them (0 where a
/// denominator is 0).
#[derive(Debug, Default, Clone, Copy)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    /// Counts one decision: what was predicted against what is true.
    pub fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 { 0.0 } else { a as f64 / b as f64 }
    }
    pub fn precision(&self) -> f64 {
        Prf::ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        Prf::ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn to_json(self) -> Value {
        json!({"precision": self.precision(), "recall": self.recall(), "f1": self.f1(),
               "tp": self.tp, "fp": self.fp, "fn": self.fn_})
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Accuracy {
    correct: usize,
    n: usize,
}

impl Accuracy {
    fn add(&mut self, ok: bool) {
        self.n += 1;
        self.correct += usize::from(ok);
    }
    fn value(&self) -> Value {
        if self.n == 0 {
            Value::Null
        } else {
            json!(self.correct as f64 / self.n as f64)
        }
    }
}

/// Counts pooled over articles.
#[derive(Debug, Default)]
pub struct Scores {
    articles: usize,
    segmentation: Prf,
    speaker: Accuracy,
    entities: Accuracy,
    quote: Accuracy,
    rec_sentences: Prf,
    rec_items: Prf,
    polarity: Accuracy,
    strength: Accuracy,
    actor: Accuracy,
    /// favor, against, neutral
    stance: [Prf; 3],
    /// Sentence-target pairs by gold (row) and predicted (column) label: favor,
    /// against, neutral, none. Not a figure of scoring.md: it shows where the errors go.
    stance_confusion: [[usize; 4]; 4],
    stance_labelled: Accuracy,
    summary: Accuracy,
    /// With `explaining`: every place the pipeline and the gold disagree.
    disagreements: Option<Vec<Value>>,
}

const STOP_WORDS: [&str; 31] = [
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "from",
    "at", "as", "is", "are", "be", "been", "it", "its", "their", "his", "her", "that", "this",
    "these", "those", "not", "no",
];

/// The token set of an action: runs of `[a-z0-9]` of the lowercased text, stop words out.
fn action_tokens(s: &str) -> HashSet<String> {
    s.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    Span::new(start + lead, start + lead + piece.trim().len())
}

fn label_slot(label: StanceLabel) -> usize {
    match label {
        StanceLabel::Favor => 0,
        StanceLabel::Against => 1,
        StanceLabel::Neutral => 2,
    }
}

impl Scores {
    /// Scores that also list every disagreement with the gold (`eval --explain`): the
    /// article, the gold sentence's index and text, the field, the gold value and the
    /// predicted one.
    pub fn explaining() -> Self {
        Scores {
            disagreements: Some(Vec::new()),
            ..Default::default()
        }
    }

    /// Runs the pipeline on a labelled article with its gold targets and adds the counts.
    pub fn add(&mut self, pipeline: &Pipeline, article: &LabelledArticle) -> Result<(), Error> {
        let doc = pipeline
            .run(
                &article.gold.id,
                &article.text,
                article.gold.targets.clone(),
            )
            .map_err(|e| Error::Invalid(format!("{}: {e}", article.gold.id)))?;
        self.score(&doc, article);
        Ok(())
    }

    /// Adds the counts of one predicted document against its gold.
    pub fn score(&mut self, doc: &Document, article: &LabelledArticle) {
        let gold = &article.gold;
        let text = &article.text;
        self.articles += 1;
        // Disagreements are gathered only for `eval --explain`.
        let explaining = self.disagreements.is_some();
        let mut notes: Vec<Value> = Vec::new();
        let mut note = |index: Option<usize>, field: &str, gold_value: Value, predicted: Value| {
            if !explaining {
                return;
            }
            let sentence = index.map(|k| {
                let g = &gold.sentences[k];
                text.get(g.start..g.end)
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            });
            notes.push(json!({
                "article": gold.id, "sentence": index, "text": sentence, "field": field,
                "gold": gold_value, "predicted": predicted,
            }));
        };
        let speaker_name = |p: Option<usize>| p.map(|p| doc.speakers[p].name.clone());

        // 1. segmentation
        let gold_spans: HashSet<Span> = gold
            .sentences
            .iter()
            .map(|s| trim_span(text, s.start, s.end))
            .collect();
        let pred_spans: Vec<Span> = doc
            .sentences
            .iter()
            .map(|s| trim_span(text, s.span.start, s.span.end))
            .collect();
        let pred_set: HashSet<Span> = if explaining {
            pred_spans.iter().copied().collect()
        } else {
            HashSet::new()
        };
        for (k, g) in gold.sentences.iter().enumerate().filter(|_| explaining) {
            if !pred_set.contains(&trim_span(text, g.start, g.end)) {
                note(
                    Some(k),
                    "segmentation",
                    json!("a sentence"),
                    json!("split elsewhere"),
                );
            }
        }
        let tp = pred_spans.iter().filter(|s| gold_spans.contains(s)).count();
        self.segmentation.tp += tp;
        self.segmentation.fp += pred_spans.len() - tp;
        self.segmentation.fn_ += gold_spans.len() - tp;

        // Alignment: the predicted sentence that overlaps each gold sentence most.
        let align = |g: &GoldSentence| -> Option<usize> {
            let gs = Span::new(g.start, g.end);
            doc.sentences
                .iter()
                .enumerate()
                .map(|(i, s)| (s.span.overlap(gs), i))
                .filter(|(o, _)| *o > 0)
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(_, i)| i)
        };
        let gold_names: HashMap<&str, HashSet<String>> = gold
            .speakers
            .iter()
            .map(|s| {
                let names = std::iter::once(&s.name)
                    .chain(s.aliases.iter())
                    .map(|n| normalize_name(n))
                    .collect();
                (s.id.as_str(), names)
            })
            .collect();
        let matches_gold = |pred: usize, gold_id: &str| -> bool {
            let sp = &doc.speakers[pred];
            let Some(names) = gold_names.get(gold_id) else {
                return false;
            };
            std::iter::once(&sp.name)
                .chain(sp.aliases.iter())
                .any(|n| names.contains(&normalize_name(n)))
        };

        // 2-3. speaker and quote
        let mut merged: BTreeMap<&str, HashSet<usize>> = BTreeMap::new();
        let body = || {
            gold.sentences
                .iter()
                .enumerate()
                .filter(|(_, g)| g.kind == SentenceKind::Body)
        };
        for (k, g) in body() {
            let pred = align(g).map(|i| &doc.sentences[i]);
            let pred_speaker = pred.and_then(|p| p.speaker);
            if !g.is_ambiguous("speaker") {
                let ok = match (&g.speaker, pred_speaker) {
                    (None, None) => true,
                    (Some(gid), Some(p)) => matches_gold(p, gid),
                    _ => false,
                };
                self.speaker.add(ok);
                if ok && let (Some(gid), Some(p)) = (&g.speaker, pred_speaker) {
                    merged.entry(gid.as_str()).or_default().insert(p);
                }
                if !ok {
                    note(
                        Some(k),
                        "speaker",
                        json!(g.speaker),
                        json!(speaker_name(pred_speaker)),
                    );
                }
            }
            if g.speaker.is_some() && !g.is_ambiguous("quote") {
                let predicted = pred.map(|p| p.quote);
                self.quote.add(predicted == Some(g.quote));
                if predicted != Some(g.quote) {
                    note(Some(k), "quote", json!(g.quote), json!(predicted));
                }
            }
        }
        for ids in merged.values() {
            self.entities.add(ids.len() == 1);
        }

        // 4. recommendations
        for (k, g) in body() {
            if g.is_ambiguous("recommendation") {
                continue;
            }
            let pred_recs = align(g).map_or(&[][..], |i| &doc.sentences[i].recommendations[..]);
            // The actions on each side, for a disagreement.
            let gold_actions = || {
                json!(
                    g.recommendations
                        .iter()
                        .map(|r| &r.action)
                        .collect::<Vec<_>>()
                )
            };
            let pred_actions = || json!(pred_recs.iter().map(|r| &r.action).collect::<Vec<_>>());
            let (gp, pp) = (!g.recommendations.is_empty(), !pred_recs.is_empty());
            self.rec_sentences.add(pp, gp);
            if !(gp && pp) {
                if gp != pp {
                    note(Some(k), "recommendation", gold_actions(), pred_actions());
                }
                continue;
            }
            let gold_tokens: Vec<_> = g
                .recommendations
                .iter()
                .map(|r| action_tokens(&r.action))
                .collect();
            let pred_tokens: Vec<_> = pred_recs.iter().map(|r| action_tokens(&r.action)).collect();
            let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
            for (pi, pt) in pred_tokens.iter().enumerate() {
                for (gi, gt) in gold_tokens.iter().enumerate() {
                    let j = jaccard(pt, gt);
                    if j >= 0.5 {
                        pairs.push((j, gi, pi));
                    }
                }
            }
            pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
            for (_, gi, pi) in pairs {
                if used_g.contains(&gi) || used_p.contains(&pi) {
                    continue;
                }
                used_g.insert(gi);
                used_p.insert(pi);
                let (gr, pr) = (&g.recommendations[gi], &pred_recs[pi]);
                if !g.is_ambiguous("polarity") {
                    self.polarity.add(gr.polarity == pr.polarity);
                    if gr.polarity != pr.polarity {
                        note(Some(k), "polarity", json!(gr.polarity), json!(pr.polarity));
                    }
                }
                if !g.is_ambiguous("strength") {
                    self.strength.add(gr.strength == pr.strength);
                    if gr.strength != pr.strength {
                        note(Some(k), "strength", json!(gr.strength), json!(pr.strength));
                    }
                }
                if let Some(actor) = &gr.actor
                    && !g.is_ambiguous("actor")
                {
                    let ok = pr
                        .actor
                        .as_deref()
                        .is_some_and(|a| normalize_name(a) == normalize_name(actor));
                    self.actor.add(ok);
                    if !ok {
                        note(Some(k), "actor", json!(actor), json!(pr.actor));
                    }
                }
            }
            if used_g.len() < g.recommendations.len() || used_p.len() < pred_recs.len() {
                note(
                    Some(k),
                    "recommendation items",
                    gold_actions(),
                    pred_actions(),
                );
            }
            self.rec_items.tp += used_g.len();
            self.rec_items.fn_ += g.recommendations.len() - used_g.len();
            self.rec_items.fp += pred_recs.len() - used_p.len();
        }

        // 5. stance
        for (k, g) in body() {
            let pred = align(g).map(|i| &doc.sentences[i]);
            for t in &gold.targets {
                if g.is_ambiguous(&format!("stance:{}", t.id)) || g.is_ambiguous("stance") {
                    continue;
                }
                let gl = g.stances.get(&t.id).copied();
                let pl = pred.and_then(|p| {
                    p.stances
                        .iter()
                        .find(|s| doc.targets[s.target].id == t.id)
                        .map(|s| s.label)
                });
                for label in [
                    StanceLabel::Favor,
                    StanceLabel::Against,
                    StanceLabel::Neutral,
                ] {
                    self.stance[label_slot(label)].add(pl == Some(label), gl == Some(label));
                }
                if gl.is_some() {
                    self.stance_labelled.add(gl == pl);
                }
                if gl != pl {
                    let label = |l: Option<StanceLabel>| l.map_or(json!("none"), |l| json!(l));
                    note(Some(k), &format!("stance:{}", t.id), label(gl), label(pl));
                }
                let slot = |l: Option<StanceLabel>| l.map_or(3, label_slot);
                self.stance_confusion[slot(gl)][slot(pl)] += 1;
            }
        }

        // 6. stance summary
        for gs in &gold.stance_summary {
            let candidates = doc.stance_summary.iter().filter(|p| {
                doc.targets[p.target].id == gs.target
                    && match (&gs.speaker, p.speaker) {
                        (None, None) => true,
                        (Some(gid), Some(ps)) => matches_gold(ps, gid),
                        _ => false,
                    }
            });
            let best = candidates.max_by_key(|p| p.evidence.len());
            self.summary.add(best.is_some_and(|p| p.label == gs.label));
            if best.is_none_or(|p| p.label != gs.label) {
                note(
                    None,
                    &format!(
                        "summary:{}:{}",
                        gs.speaker.as_deref().unwrap_or("author"),
                        gs.target
                    ),
                    json!(gs.label),
                    json!(best.map(|p| p.label)),
                );
            }
        }
        if let Some(all) = &mut self.disagreements {
            all.extend(notes);
        }
    }

    /// The stance confusion as {gold label: {predicted label: pairs}}.
    fn confusion_json(&self) -> Value {
        const NAMES: [&str; 4] = ["favor", "against", "neutral", "none"];
        let mut rows = serde_json::Map::new();
        for (gold, row) in NAMES.iter().zip(&self.stance_confusion) {
            let cells: serde_json::Map<String, Value> = NAMES
                .iter()
                .zip(row)
                .map(|(pred, n)| (pred.to_string(), json!(n)))
                .collect();
            rows.insert(gold.to_string(), Value::Object(cells));
        }
        Value::Object(rows)
    }

    /// The figures as one JSON object, in the shape `scoring.md` gives.
    pub fn to_json(&self) -> Value {
        let f1 = |l: StanceLabel| self.stance[label_slot(l)].f1();
        let (fav, ag, neu) = (
            f1(StanceLabel::Favor),
            f1(StanceLabel::Against),
            f1(StanceLabel::Neutral),
        );
        let mut out = json!({
            "articles": self.articles,
            "segmentation": self.segmentation.to_json(),
            "speaker": {"accuracy": self.speaker.value(), "n": self.speaker.n,
                        "entities_merged": self.entities.value(), "entities_n": self.entities.n},
            "quote": {"accuracy": self.quote.value(), "n": self.quote.n},
            "recommendation": {
                "precision": self.rec_sentences.precision(), "recall": self.rec_sentences.recall(),
                "f1": self.rec_sentences.f1(), "tp": self.rec_sentences.tp,
                "fp": self.rec_sentences.fp, "fn": self.rec_sentences.fn_,
                "items": self.rec_items.to_json(),
                "polarity_accuracy": self.polarity.value(), "polarity_n": self.polarity.n,
                "strength_accuracy": self.strength.value(), "strength_n": self.strength.n,
                "actor_accuracy": self.actor.value(), "actor_n": self.actor.n,
            },
            "stance": {"f_avg": (fav + ag) / 2.0, "macro_f1": (fav + ag + neu) / 3.0,
                       "f1": {"favor": fav, "against": ag, "neutral": neu},
                       "accuracy_on_labelled": self.stance_labelled.value(),
                       "n_labelled": self.stance_labelled.n,
                       "confusion": self.confusion_json()},
            "stance_summary": {"accuracy": self.summary.value(), "n": self.summary.n},
        });
        if let (Some(all), Some(object)) = (&self.disagreements, out.as_object_mut()) {
            object.insert("disagreements".into(), json!(all));
        }
        out
    }
}

/// Every figure of `results` below its minimum in `thresholds` (a JSON object of the
/// same shape), as "path: value < minimum" lines. A missing or null figure fails.
pub fn check_thresholds(results: &Value, thresholds: &Value) -> Vec<String> {
    let mut failures = Vec::new();
    walk(results, thresholds, String::new(), &mut failures);
    failures
}

fn walk(results: &Value, thresholds: &Value, path: String, out: &mut Vec<String>) {
    match thresholds {
        Value::Object(map) => {
            for (k, t) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(results.get(k).unwrap_or(&Value::Null), t, p, out);
            }
        }
        Value::Number(min) => {
            let min = min.as_f64().unwrap_or(f64::INFINITY);
            match results.as_f64() {
                Some(v) if v + 1e-12 >= min => {}
                Some(v) => out.push(format!("{path}: {v:.4} < {min}")),
                None => out.push(format!("{path}: no value (minimum {min})")),
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_tokens_drop_stop_words() {
        let t = action_tokens("Be trapped in a simple discussion of investment-funds");
        let mut v: Vec<_> = t.into_iter().collect();
        v.sort();
        assert_eq!(
            v,
            ["discussion", "funds", "investment", "simple", "trapped"]
        );
    }

    #[test]
    fn thresholds_report_what_falls_short() {
        let results = json!({"a": {"f1": 0.5}, "b": null});
        let thresholds = json!({"a": {"f1": 0.6}, "b": 0.1});
        let f = check_thresholds(&results, &thresholds);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(check_thresholds(&results, &json!({"a": {"f1": 0.5}})).is_empty());
    }
}
