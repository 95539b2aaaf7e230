//! Training data of the stance head: our own labelled (target, sentence) pairs in
//! fixtures/training/, the head's inputs built by the same rules and encoder as a run,
//! and cross-validation that leaves whole targets out.

use std::path::Path;

use crate::classifier::{SoftmaxHead, Training, class_probabilities, most_probable};
use crate::document::{SentenceKind, StanceLabel, Target, TargetOrigin};
use crate::error::Error;
use crate::eval::Prf;
use crate::resources::Resources;
use crate::stages::embed::encode_distinct;
use crate::stages::stance::{self, HEAD_CLASSES};

/// One labelled pair: the sentence takes `label` on `target`, which it names.
#[derive(Debug, Clone)]
pub struct StanceExample {
    pub label: StanceLabel,
    pub target: String,
    pub text: String,
}

/// The `label<TAB>target<TAB>text` lines of a training file (a header line first; `#`
/// comments), each label read by `parse` (`None`: not one of `labels`, named in the
/// error with the line).
pub fn read_labelled_lines<L>(
    path: &Path,
    parse: impl Fn(&str) -> Option<L>,
    labels: &str,
) -> Result<Vec<(L, String, String)>, Error> {
    let text = crate::io::read_text(path)?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad =
            |what: &str| Error::Invalid(format!("{}, line {}: {what}", path.display(), n + 1));
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let [label, target, text] = fields[..] else {
            return Err(bad("expected label, target and text separated by tabs"));
        };
        let Some(label) = parse(label) else {
            return Err(bad(&format!("the label must be {labels}")));
        };
        if target.trim().is_empty() || text.trim().is_empty() {
            return Err(bad("empty target or text"));
        }
        out.push((label, target.to_string(), text.to_string()));
    }
    Ok(out)
}

/// Reads `label<TAB>target<TAB>sentence` lines, the label one of favor, against,
/// neutral.
pub fn read_stance_examples(path: &Path) -> Result<Vec<StanceExample>, Error> {
    let parse = |label: &str| match label {
        "favor" => Some(StanceLabel::Favor),
        "against" => Some(StanceLabel::Against),
        "neutral" => Some(StanceLabel::Neutral),
        _ => None,
    };
    Ok(
        read_labelled_lines(path, parse, "favor, against or neutral")?
            .into_iter()
            .map(|(label, target, text)| StanceExample {
                label,
                target,
                text,
            })
            .collect(),
    )
}

/// The index of a label among the head's classes.
pub fn class_of(label: StanceLabel) -> usize {
    HEAD_CLASSES.iter().position(|c| *c == label).unwrap_or(2)
}

/// The head's input for each example, as a run would build it: the rules run over the
/// text with the target given, and the first body sentence that names it is read, its
/// vector taken with the target masked. With it, whether the rules read a bare mention
/// there (no recommendation, cue or evaluative word): the only readings the head
/// decides in a run, and so the only ones it is trained on.
pub fn stance_training_inputs(
    examples: &[StanceExample],
    res: &Resources,
) -> Result<Vec<(Vec<f32>, bool)>, Error> {
    let encoder = res
        .encoder
        .as_deref()
        .ok_or_else(|| Error::Invalid("training needs the encoder (drop --no-model)".into()))?;
    let rules = crate::pipeline::Pipeline::new(res);
    let mut found = Vec::with_capacity(examples.len());
    for (n, e) in examples.iter().enumerate() {
        let target = Target {
            id: "T1".into(),
            name: e.target.clone(),
            aliases: Vec::new(),
            origin: TargetOrigin::Given,
        };
        let doc = rules
            .prepare("training", &e.text, vec![target])
            .map_err(|f| Error::Invalid(f.to_string()))?;
        let phrases = stance::target_phrases(&doc.targets, res);
        let hit = (0..doc.sentences.len())
            .filter(|&i| doc.sentences[i].kind == SentenceKind::Body)
            .find_map(|i| {
                stance::mentions(&doc, i, &phrases, res)
                    .into_iter()
                    .next()
                    .map(|m| (i, m))
            });
        let Some((i, m)) = hit else {
            return Err(Error::Invalid(format!(
                "training example {}: the sentence does not name its target {:?}",
                n + 1,
                e.target
            )));
        };
        let first = m.occurrences.first().copied().unwrap_or_default();
        found.push((
            stance::masked_sentence(&doc, i, &m.occurrences, res),
            stance::features(&doc, i, first, &m.reading),
            m.reading.evidence == stance::Evidence::Mention,
        ));
    }
    let vectors = encode_distinct(encoder, found.iter().map(|(s, _, _)| s.as_str()))?;
    found
        .iter()
        .map(|(masked, features, bare)| {
            let vector = vectors
                .get(masked)
                .ok_or_else(|| Error::Invalid(format!("no vector for {masked:?}")))?;
            Ok((stance::head_input(vector, features), *bare))
        })
        .collect()
}

/// Cross-validation counts: one `Prf` per class, and the confusion (rows gold,
/// columns predicted, in the order of the head's classes).
#[derive(Debug, Clone, Default)]
pub struct Validation {
    pub per_class: [Prf; 3],
    pub confusion: [[usize; 3]; 3],
}

impl Validation {
    pub fn accuracy(&self) -> f64 {
        let total: usize = self.confusion.iter().flatten().sum();
        let right: usize = (0..3).map(|k| self.confusion[k][k]).sum();
        right as f64 / total.max(1) as f64
    }

    /// Mean F1 of favor and against, as SemEval-2016 Task 6 scores.
    pub fn f_avg(&self) -> f64 {
        (self.per_class[0].f1() + self.per_class[1].f1()) / 2.0
    }
}

/// `k`-fold cross-validation in which each target's examples fall in one fold (the
/// folds by order of first appearance modulo k), so every prediction is on a target
/// the head did not see.
pub fn cross_validate(
    xs: &[Vec<f32>],
    ys: &[usize],
    targets: &[&str],
    k: usize,
    settings: Training,
) -> Validation {
    let mut order: Vec<&str> = Vec::new();
    let fold: Vec<usize> = targets
        .iter()
        .map(|t| {
            let at = order.iter().position(|o| o == t).unwrap_or_else(|| {
                order.push(t);
                order.len() - 1
            });
            at % k
        })
        .collect();
    let mut v = Validation::default();
    for f in 0..k {
        let train: Vec<usize> = (0..xs.len()).filter(|&i| fold[i] != f).collect();
        let train_x: Vec<Vec<f32>> = train.iter().map(|&i| xs[i].clone()).collect();
        let train_y: Vec<usize> = train.iter().map(|&i| ys[i]).collect();
        let (w, b) = SoftmaxHead::train(&train_x, &train_y, HEAD_CLASSES.len(), settings);
        for i in (0..xs.len()).filter(|&i| fold[i] == f) {
            let predicted = most_probable(&class_probabilities(&w, &b, &xs[i]));
            v.confusion[ys[i]][predicted] += 1;
            for (c, prf) in v.per_class.iter_mut().enumerate() {
                prf.add(predicted == c, ys[i] == c);
            }
        }
    }
    v
}
