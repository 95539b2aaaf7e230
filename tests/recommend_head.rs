//! The learned recommendation head: reproducible from its training file, and better
//! than the rules alone on held-out sentences of our own (fixtures/training/heldout.tsv).

mod common;

use std::sync::Arc;

use common::{largest_difference, root, train_head};
use quotestance::classifier::LogisticHead;
use quotestance::encoder::minilm::MiniLm;
use quotestance::stages::recommend_head::read_examples;
use quotestance::{Pipeline, Resources};

/// Raised as the head improves, never lowered.
const MIN_HELDOUT_ACCURACY: f64 = 0.94;
/// On fixtures/training/review_heldout.tsv (guests' own advice and its look-alikes).
const MIN_REVIEW_HELDOUT_ACCURACY: f64 = 0.85;

#[test]
fn the_committed_head_is_what_train_makes() {
    let out = train_head(
        "recommend",
        "recommendations.tsv",
        "5-fold cross-validation",
    );
    let made = LogisticHead::load(&out).unwrap();
    let committed = LogisticHead::load(&root().join("models/heads/recommend.json")).unwrap();
    assert_eq!(made.features, committed.features);
    assert_eq!(made.dim, committed.dim);
    // Another CPU may round the encoder's sums differently: equal up to that.
    let largest = largest_difference(&made.weights, &committed.weights);
    assert!(largest < 1e-2, "weights differ by up to {largest}");
}

/// Accuracy of the pipeline with the committed head, then of the rules alone, on the
/// held-out sentences of `file` (in fixtures/training/).
fn held_out_accuracy(file: &str) -> (f64, f64) {
    let minilm = MiniLm::load(&root().join("models/minilm")).unwrap();
    let head = LogisticHead::load(&root().join("models/heads/recommend.json")).unwrap();
    let with_head = Resources::embedded()
        .clone()
        .with_encoder(Arc::new(minilm))
        .with_recommend_head(head);
    let examples = read_examples(&root().join("fixtures/training").join(file)).unwrap();
    let accuracy = |pipeline: &Pipeline| {
        let correct = examples
            .iter()
            .filter(|e| {
                let doc = pipeline.run("h", &e.text, Vec::new()).unwrap();
                let found = doc.sentences.iter().any(|s| !s.recommendations.is_empty());
                found == e.recommends
            })
            .count();
        correct as f64 / examples.len() as f64
    };
    (
        accuracy(&Pipeline::new(&with_head)),
        accuracy(&Pipeline::rules_only()),
    )
}

#[test]
fn held_out_sentences_are_told_apart() {
    let (learned, rules) = held_out_accuracy("heldout.tsv");
    println!("held-out accuracy: rules {rules:.3}, rules + head {learned:.3}");
    assert!(learned >= MIN_HELDOUT_ACCURACY, "{learned:.3}");
    assert!(
        learned > rules,
        "the head adds nothing: {learned:.3} vs {rules:.3}"
    );
}

#[test]
fn held_out_reviews_are_told_apart() {
    let (learned, rules) = held_out_accuracy("review_heldout.tsv");
    println!("review held-out accuracy: rules {rules:.3}, rules + head {learned:.3}");
    assert!(learned >= MIN_REVIEW_HELDOUT_ACCURACY, "{learned:.3}");
    assert!(
        learned > rules,
        "the head adds nothing: {learned:.3} vs {rules:.3}"
    );
}
