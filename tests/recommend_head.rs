//! The learned recommendation heads: reproducible from their training file, and better
//! than the rules alone on held-out sentences of our own (fixtures/training/heldout.tsv,
//! review_heldout.tsv, forum_heldout.tsv).

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
const MIN_REVIEW_HELDOUT_ACCURACY: f64 = 0.96;
/// On fixtures/training/review_dev.tsv (a second batch of reviews: tips, things missed,
/// run-on lower-case sentences).
const MIN_REVIEW_DEV_ACCURACY: f64 = 0.92;
/// On fixtures/training/forum_dev.tsv (forum statements that hold a modal or a wish
/// and urge nothing, and requests).
const MIN_FORUM_DEV_ACCURACY: f64 = 0.89;
/// On fixtures/training/forum_heldout.tsv (feature requests in developer and app forums,
/// and the bug reports, questions and calls to vote around them).
const MIN_FORUM_HELDOUT_ACCURACY: f64 = 0.94;

/// Trains `head` from recommendations.tsv and compares it with the committed `file`.
fn assert_reproduced(head: &str, file: &str) {
    let out = train_head(head, "recommendations.tsv", "5-fold cross-validation");
    let made = LogisticHead::load(&out).unwrap();
    let committed = LogisticHead::load(&root().join("models/heads").join(file)).unwrap();
    assert_eq!(made.features, committed.features);
    assert_eq!(made.dim, committed.dim);
    assert_eq!(made.word_buckets, committed.word_buckets);
    // Another CPU may round the encoder's sums differently: equal up to that.
    let largest = largest_difference(&made.weights, &committed.weights);
    assert!(largest < 1e-2, "weights differ by up to {largest}");
}

#[test]
fn the_committed_head_is_what_train_makes() {
    assert_reproduced("recommend", "recommend.json");
}

#[test]
fn the_committed_own_voice_head_is_what_train_makes() {
    assert_reproduced("recommend-own-voice", "recommend_own_voice.json");
    let head = LogisticHead::load(&root().join("models/heads/recommend_own_voice.json")).unwrap();
    assert!(head.word_buckets > 0);
}

/// Accuracy of the pipeline with the committed heads, then of the rules alone, on the
/// held-out sentences of `file` (in fixtures/training/).
fn held_out_accuracy(file: &str) -> (f64, f64) {
    let minilm = MiniLm::load(&root().join("models/minilm")).unwrap();
    let head = LogisticHead::load(&root().join("models/heads/recommend.json")).unwrap();
    let own_voice =
        LogisticHead::load(&root().join("models/heads/recommend_own_voice.json")).unwrap();
    let with_head = Resources::embedded()
        .clone()
        .with_encoder(Arc::new(minilm))
        .with_recommend_head(head)
        .with_own_voice_recommend_head(own_voice);
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

/// Asserts that the pipeline with its heads tells at least `min` of the held-out
/// sentences of `file` apart, and more than the rules alone.
fn assert_told_apart(file: &str, min: f64) {
    let (learned, rules) = held_out_accuracy(file);
    println!("{file}: rules {rules:.3}, rules + head {learned:.3}");
    assert!(learned >= min, "{file}: {learned:.3}");
    assert!(
        learned > rules,
        "{file}: the head adds nothing: {learned:.3} vs {rules:.3}"
    );
}

#[test]
fn held_out_sentences_are_told_apart() {
    assert_told_apart("heldout.tsv", MIN_HELDOUT_ACCURACY);
}

#[test]
fn held_out_reviews_are_told_apart() {
    assert_told_apart("review_heldout.tsv", MIN_REVIEW_HELDOUT_ACCURACY);
}

#[test]
fn held_out_forum_posts_are_told_apart() {
    assert_told_apart("forum_heldout.tsv", MIN_FORUM_HELDOUT_ACCURACY);
}

#[test]
fn review_development_sentences_are_told_apart() {
    assert_told_apart("review_dev.tsv", MIN_REVIEW_DEV_ACCURACY);
}

#[test]
fn forum_development_sentences_are_told_apart() {
    assert_told_apart("forum_dev.tsv", MIN_FORUM_DEV_ACCURACY);
}
