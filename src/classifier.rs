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
    pub weights: Vec<f32>,
    pub bias: f32,
    /// How the head was made: the training file, its sentences, the settings.
    pub trained_on: String,
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
    let z: f32 = weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>() + bias;
    1.0 / (1.0 + (-z).exp())
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
        if head.weights.len() != head.dim + head.features.len() {
            return Err(Error::Invalid(format!(
                "{}: {} weights for {} embedding values and {} features",
                path.display(),
                head.weights.len(),
                head.dim,
                head.features.len()
            )));
        }
        Ok(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
