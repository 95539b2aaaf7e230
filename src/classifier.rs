//! Small learned heads over the encoder's sentence embeddings and rule features:
//! L2-regularised logistic regression, trained here (`quotestance train`) on the
//! project's own labelled sentences and stored as a small JSON file under `models/`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// A trained binary classifier: `p = sigmoid(w · x + b)`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogisticHead {
    /// What the head decides, e.g. "recommendation".
    pub task: String,
    /// The encoder whose embeddings the head was trained on.
    pub encoder: String,
    /// The names of the rule features, which follow the embedding in `x`.
    pub features: Vec<String>,
    /// The embedding's dimension.
    pub dim: usize,
    /// Buckets of hashed word unigrams and bigrams after the rule features (0: none).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub word_buckets: usize,
    pub weights: Vec<f32>,
    pub bias: f32,
    /// How the head was made: the training file, its sentences, the settings.
    pub trained_on: String,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The training settings, fixed so that a run is reproducible.
#[derive(Debug, Clone, Copy)]
pub struct Training {
    pub l2: f32,
    pub learning_rate: f32,
    pub epochs: usize,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            l2: 1e-3,
            learning_rate: 0.5,
            epochs: 3000,
        }
    }
}

/// `sigmoid(weights · x + bias)`: the positive class's probability for input `x`.
pub fn probability(weights: &[f32], bias: f32, x: &[f32]) -> f32 {
    1.0 / (1.0 + (-score(weights, bias, x)).exp())
}

/// `weights · x + bias`.
fn score(weights: &[f32], bias: f32, x: &[f32]) -> f32 {
    weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>() + bias
}

impl LogisticHead {
    /// The probability of the positive class for one input of `dim + features` values.
    pub fn predict(&self, x: &[f32]) -> f32 {
        probability(&self.weights, self.bias, x)
    }

    /// Full-batch gradient descent on the mean log-loss plus `l2`·|w|², classes
    /// weighted to count equally. Deterministic: the same data give the same weights.
    pub fn train(xs: &[Vec<f32>], ys: &[bool], settings: Training) -> (Vec<f32>, f32) {
        let n = xs.len().max(1);
        let width = xs.first().map_or(0, Vec::len);
        let positives = ys.iter().filter(|y| **y).count().max(1) as f32;
        let negatives = (ys.len() as f32 - positives).max(1.0);
        let class_weight = |y: bool| {
            if y {
                n as f32 / (2.0 * positives)
            } else {
                n as f32 / (2.0 * negatives)
            }
        };
        let mut w = vec![0f32; width];
        let mut b = 0f32;
        let mut grad = vec![0f32; width];
        for _ in 0..settings.epochs {
            grad.iter_mut().for_each(|g| *g = 0.0);
            let mut grad_b = 0f32;
            for (x, &y) in xs.iter().zip(ys) {
                let err = (probability(&w, b, x) - f32::from(u8::from(y))) * class_weight(y);
                for (g, v) in grad.iter_mut().zip(x) {
                    *g += err * v;
                }
                grad_b += err;
            }
            for (wi, g) in w.iter_mut().zip(&grad) {
                *wi -= settings.learning_rate * (g / n as f32 + 2.0 * settings.l2 * *wi);
            }
            b -= settings.learning_rate * grad_b / n as f32;
        }
        (w, b)
    }

    pub fn load(path: &Path) -> Result<Self, Error> {
        let head: LogisticHead = crate::io::read_json(path)?;
        if head.weights.len() != head.dim + head.features.len() + head.word_buckets {
            return Err(Error::Invalid(format!(
                "{}: {} weights for {} embedding values, {} features and {} word buckets",
                path.display(),
                head.weights.len(),
                head.dim,
                head.features.len(),
                head.word_buckets
            )));
        }
        Ok(head)
    }
}

/// Whether a head was trained on the rule features this build computes, in order: a
/// head from another build would read its weights against the wrong inputs.
pub fn check_features(path: &Path, trained: &[String], computed: &[&str]) -> Result<(), Error> {
    if trained
        .iter()
        .map(String::as_str)
        .eq(computed.iter().copied())
    {
        return Ok(());
    }
    Err(Error::Invalid(format!(
        "{} was trained on the features [{}], but this build computes [{}]: retrain it \
         with `quotestance train` (see --help) or use the heads that came with this build",
        path.display(),
        trained.join(", "),
        computed.join(", ")
    )))
}

/// A trained multi-class classifier: `p = softmax(W x + b)`, one row of `W` per class.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SoftmaxHead {
    /// What the head decides, e.g. "stance".
    pub task: String,
    /// The encoder whose embeddings the head was trained on.
    pub encoder: String,
    /// The class names, in the order of the rows of `weights`.
    pub classes: Vec<String>,
    /// The names of the rule features, which follow the `dim` embedding values in `x`.
    pub features: Vec<String>,
    /// How many values of `x` come from the encoder.
    pub dim: usize,
    pub weights: Vec<Vec<f32>>,
    pub biases: Vec<f32>,
    /// How the head was made: the training file, its examples, the settings.
    pub trained_on: String,
}

/// `softmax(weights · x + biases)`: each class's probability for input `x`.
pub fn class_probabilities(weights: &[Vec<f32>], biases: &[f32], x: &[f32]) -> Vec<f32> {
    let z: Vec<f32> = weights
        .iter()
        .zip(biases)
        .map(|(w, b)| score(w, *b, x))
        .collect();
    let top = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = z.iter().map(|v| (v - top).exp()).collect();
    let total: f32 = exp.iter().sum();
    exp.into_iter().map(|e| e / total).collect()
}

/// The index of the most probable class (the last of equals; 0 for no classes).
pub fn most_probable(p: &[f32]) -> usize {
    (0..p.len())
        .max_by(|&a, &b| p[a].total_cmp(&p[b]))
        .unwrap_or(0)
}

impl SoftmaxHead {
    /// Each class's probability for one input of `dim + features` values.
    pub fn predict(&self, x: &[f32]) -> Vec<f32> {
        class_probabilities(&self.weights, &self.biases, x)
    }

    /// Full-batch gradient descent on the mean cross-entropy plus `l2`·|W|², classes
    /// weighted to count equally. `ys` are class indices below `classes`.
    /// Deterministic: the same data give the same weights.
    pub fn train(
        xs: &[Vec<f32>],
        ys: &[usize],
        classes: usize,
        settings: Training,
    ) -> (Vec<Vec<f32>>, Vec<f32>) {
        let n = xs.len().max(1) as f32;
        let width = xs.first().map_or(0, Vec::len);
        let mut counts = vec![0f32; classes];
        for &y in ys {
            counts[y] += 1.0;
        }
        let class_weight: Vec<f32> = counts
            .iter()
            .map(|c| n / (classes as f32 * c.max(1.0)))
            .collect();
        let mut w = vec![vec![0f32; width]; classes];
        let mut b = vec![0f32; classes];
        let mut grad = vec![vec![0f32; width]; classes];
        let mut grad_b = vec![0f32; classes];
        for _ in 0..settings.epochs {
            grad.iter_mut().flatten().for_each(|g| *g = 0.0);
            grad_b.iter_mut().for_each(|g| *g = 0.0);
            for (x, &y) in xs.iter().zip(ys) {
                let p = class_probabilities(&w, &b, x);
                for c in 0..classes {
                    let err = (p[c] - f32::from(u8::from(c == y))) * class_weight[y];
                    for (g, v) in grad[c].iter_mut().zip(x) {
                        *g += err * v;
                    }
                    grad_b[c] += err;
                }
            }
            for c in 0..classes {
                for (wi, g) in w[c].iter_mut().zip(&grad[c]) {
                    *wi -= settings.learning_rate * (g / n + 2.0 * settings.l2 * *wi);
                }
                b[c] -= settings.learning_rate * grad_b[c] / n;
            }
        }
        (w, b)
    }

    pub fn load(path: &Path) -> Result<Self, Error> {
        let head: SoftmaxHead = crate::io::read_json(path)?;
        let width = head.dim + head.features.len();
        if head.weights.len() != head.classes.len()
            || head.biases.len() != head.classes.len()
            || head.weights.iter().any(|row| row.len() != width)
        {
            return Err(Error::Invalid(format!(
                "{}: expected {} rows of {} weights ({} embedding values and {} features) \
                 and {} biases",
                path.display(),
                head.classes.len(),
                width,
                head.dim,
                head.features.len(),
                head.classes.len()
            )));
        }
        Ok(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_for_other_features_is_refused() {
        let path = Path::new("models/heads/stance.json");
        let trained = vec!["negation".to_string(), "question".to_string()];
        assert!(check_features(path, &trained, &["negation", "question"]).is_ok());
        let err = check_features(path, &trained, &["negation", "question", "quoted"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("retrain"), "{err}");
    }

    #[test]
    fn learns_a_separable_rule_and_is_deterministic() {
        // Positive when the first value exceeds the second.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        let mut rng = crate::synth::Rng::new(5);
        for _ in 0..200 {
            let a = (rng.below(1000) as f32) / 1000.0;
            let b = (rng.below(1000) as f32) / 1000.0;
            xs.push(vec![a, b]);
            ys.push(a > b);
        }
        let settings = Training::default();
        let (w, b) = LogisticHead::train(&xs, &ys, settings);
        assert_eq!((w.clone(), b), LogisticHead::train(&xs, &ys, settings));
        let correct = xs
            .iter()
            .zip(&ys)
            .filter(|(x, y)| (probability(&w, b, x) >= 0.5) == **y)
            .count();
        assert!(correct >= 190, "{correct}/200");
    }

    #[test]
    fn softmax_learns_three_regions_and_is_deterministic() {
        // Class 0 when the first value is largest, 1 when the second is, 2 the third.
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        let mut rng = crate::synth::Rng::new(11);
        for _ in 0..300 {
            let x: Vec<f32> = (0..3).map(|_| rng.below(1000) as f32 / 1000.0).collect();
            let y = (0..3)
                .max_by(|&a, &b| x[a].total_cmp(&x[b]))
                .unwrap_or_default();
            xs.push(x);
            ys.push(y);
        }
        let settings = Training::default();
        let (w, b) = SoftmaxHead::train(&xs, &ys, 3, settings);
        assert_eq!(
            (w.clone(), b.clone()),
            SoftmaxHead::train(&xs, &ys, 3, settings)
        );
        let correct = xs
            .iter()
            .zip(&ys)
            .filter(|(x, y)| most_probable(&class_probabilities(&w, &b, x)) == **y)
            .count();
        assert!(correct >= 270, "{correct}/300");
    }
}
