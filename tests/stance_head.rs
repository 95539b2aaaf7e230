//! The learned stance head: reproducible from its training file, and better than the
//! rules alone on held-out pairs of our own (fixtures/training/stance_heldout.tsv).

mod common;

use std::sync::Arc;

use common::{largest_difference, root, train_head};
use quotestance::classifier::SoftmaxHead;
use quotestance::document::{StanceLabel, Target, TargetOrigin};
use quotestance::encoder::minilm::MiniLm;
use quotestance::eval::Prf;
use quotestance::training::{StanceExample, read_stance_examples};
use quotestance::{Pipeline, Resources};

/// Raised as the head improves, never lowered. Measured on the first 216 pairs: rules
/// alone accuracy 0.315, f_avg 0.040; rules and head 0.704 and 0.649, where the head it
/// replaced scored 0.671 and 0.602 (on the first 144 pairs, the minimums were 0.71 and
/// 0.65; on the first 72, 0.68 and 0.61). With the rules of blind rounds 32 and 33 (the
/// same head): 0.713 and 0.649. With consequences deciding over the head (round 39 on):
/// 0.722 and 0.664. With the head retrained on the rules of round 66: 0.731 and 0.676.
const MIN_HELDOUT_ACCURACY: f64 = 0.73;
const MIN_HELDOUT_F_AVG: f64 = 0.67;
/// The same on all 288 pairs (72 added, written before any head was scored on them):
/// rules alone 0.333 and 0.088, rules and head 0.684 and 0.635; with the rules of
/// rounds 32 and 33, rules alone 0.340 and 0.087, rules and head 0.691 and 0.635; with
/// consequences deciding over the head, 0.351 and 0.115, 0.698 and 0.646; with a quoted
/// fragment read with its reported clause (round 50, the head retrained), 0.354 and
/// 0.124, 0.705 and 0.656; with the rules of rounds 55 to 60 ("would push", "would
/// cost", an open "whether", a passive recommendation of the target's verb), 0.372 and
/// 0.167, 0.708 and 0.660 (first 216: 0.727 and 0.669); with the head retrained on the
/// rules of round 66 ("at the expense of" read by the rules), 0.712 and 0.666.
const MIN_ALL_ACCURACY: f64 = 0.71;
const MIN_ALL_F_AVG: f64 = 0.66;
/// The pairs the first minimums were set on.
const FIRST_PAIRS: usize = 216;

#[test]
fn the_committed_stance_head_is_what_train_makes() {
    let out = train_head("stance", "stance.tsv", "targets held out");
    let made = SoftmaxHead::load(&out).unwrap();
    let committed = SoftmaxHead::load(&root().join("models/heads/stance.json")).unwrap();
    assert_eq!(made.features, committed.features);
    assert_eq!(made.classes, committed.classes);
    assert_eq!(made.dim, committed.dim);
    // Another CPU may round the encoder's sums differently: equal up to that.
    let largest = largest_difference(
        made.weights.iter().flatten(),
        committed.weights.iter().flatten(),
    );
    assert!(largest < 1e-2, "weights differ by up to {largest}");
}

/// Accuracy and f_avg (mean F1 of favor and against) of a pipeline on the pairs: each
/// sentence runs as an article with its target given.
fn score(pipeline: &Pipeline, examples: &[StanceExample]) -> (f64, f64) {
    let mut favor = Prf::default();
    let mut against = Prf::default();
    let mut correct = 0;
    for e in examples {
        let target = Target {
            id: "T1".into(),
            name: e.target.clone(),
            aliases: Vec::new(),
            origin: TargetOrigin::Given,
        };
        let doc = pipeline.run("h", &e.text, vec![target]).unwrap();
        let predicted = doc
            .sentences
            .iter()
            .flat_map(|s| &s.stances)
            .map(|st| st.label)
            .next();
        correct += usize::from(predicted == Some(e.label));
        favor.add(
            predicted == Some(StanceLabel::Favor),
            e.label == StanceLabel::Favor,
        );
        against.add(
            predicted == Some(StanceLabel::Against),
            e.label == StanceLabel::Against,
        );
    }
    (
        correct as f64 / examples.len() as f64,
        (favor.f1() + against.f1()) / 2.0,
    )
}

#[test]
fn held_out_pairs_are_classified() {
    let minilm = MiniLm::load(&root().join("models/minilm")).unwrap();
    let head = SoftmaxHead::load(&root().join("models/heads/stance.json")).unwrap();
    let with_head = Resources::embedded()
        .clone()
        .with_encoder(Arc::new(minilm))
        .with_stance_head(head);
    let examples =
        read_stance_examples(&root().join("fixtures/training/stance_heldout.tsv")).unwrap();
    assert_eq!(examples.len(), 288);
    let learned = Pipeline::new(&with_head);
    let (accuracy, f_avg) = score(&learned, &examples[..FIRST_PAIRS]);
    let (all_accuracy, all_f_avg) = score(&learned, &examples);
    let (rules_accuracy, rules_f_avg) = score(&Pipeline::rules_only(), &examples);
    println!(
        "held-out stance, all {} pairs: rules accuracy {rules_accuracy:.3} f_avg \
         {rules_f_avg:.3}; rules + head accuracy {all_accuracy:.3} f_avg {all_f_avg:.3} \
         (first {FIRST_PAIRS}: {accuracy:.3} and {f_avg:.3})",
        examples.len()
    );
    assert!(accuracy >= MIN_HELDOUT_ACCURACY, "accuracy {accuracy:.3}");
    assert!(f_avg >= MIN_HELDOUT_F_AVG, "f_avg {f_avg:.3}");
    assert!(
        all_accuracy >= MIN_ALL_ACCURACY,
        "accuracy {all_accuracy:.3}"
    );
    assert!(all_f_avg >= MIN_ALL_F_AVG, "f_avg {all_f_avg:.3}");
    assert!(
        all_f_avg > rules_f_avg,
        "the head adds nothing: {all_f_avg:.3} vs {rules_f_avg:.3}"
    );
}
