//! The labelled interview: `eval` figures against the thresholds the pipeline reaches.

mod common;

use common::{fixture, quotestance};
use quotestance::Pipeline;
use quotestance::eval::{LabelledArticle, Scores, check_thresholds};

fn interview_scores() -> serde_json::Value {
    let article = LabelledArticle::load(&fixture("interview.gold.json")).expect("gold loads");
    let mut scores = Scores::default();
    scores
        .add(&Pipeline::rules_only(), &article)
        .expect("pipeline runs");
    scores.to_json()
}

#[test]
fn interview_meets_its_thresholds() {
    let results = interview_scores();
    println!("{}", serde_json::to_string_pretty(&results).unwrap());
    let raw = std::fs::read_to_string(fixture("interview.thresholds.json")).unwrap();
    let thresholds: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let failures = check_thresholds(&results, &thresholds);
    assert!(failures.is_empty(), "below threshold: {failures:#?}");
}

#[test]
fn interview_segmentation_is_exact() {
    let results = interview_scores();
    assert_eq!(results["segmentation"]["f1"], 1.0);
    assert_eq!(results["segmentation"]["fp"], 0);
    assert_eq!(results["segmentation"]["fn"], 0);
}

#[test]
fn eval_command_checks_thresholds() {
    let gold = fixture("interview.gold.json");
    let thresholds = fixture("interview.thresholds.json");
    let out = quotestance(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--thresholds",
            thresholds.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: serde_json::Value = serde_json::from_slice(&out.stdout).expect("eval prints JSON");
    assert_eq!(results["articles"], 1);

    // An impossible minimum fails the run and is named.
    let dir = common::scratch("eval-thresholds");
    let strict = dir.join("strict.json");
    common::write(&strict, br#"{"stance": {"f_avg": 1.01}}"#);
    let out = quotestance(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--thresholds",
            strict.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stance.f_avg"));
}

#[test]
fn speakers_are_entities_with_variants_merged() {
    let text = std::fs::read_to_string(fixture("interview.txt")).unwrap();
    let doc = Pipeline::rules_only().annotate("interview", &text, Vec::new());
    let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let fellow = &doc.speakers[0];
    assert!(
        fellow.aliases.iter().any(|a| a == "Darcy Drought-Behares"),
        "{:?}",
        fellow.aliases
    );
    assert!(fellow.mentions.iter().any(|m| doc.slice(m.span) == "She"));
}

#[test]
fn the_stance_confusion_agrees_with_the_figures() {
    let results = interview_scores();
    let stance = &results["stance"];
    let confusion = &stance["confusion"];
    let cell = |g: &str, p: &str| confusion[g][p].as_u64().expect("a count");
    let labels = ["favor", "against", "neutral"];
    let labelled: u64 = labels
        .iter()
        .flat_map(|g| ["favor", "against", "neutral", "none"].map(|p| cell(g, p)))
        .sum();
    assert_eq!(labelled, stance["n_labelled"].as_u64().unwrap());
    let correct: u64 = labels.iter().map(|l| cell(l, l)).sum();
    let accuracy = correct as f64 / labelled as f64;
    assert!((accuracy - stance["accuracy_on_labelled"].as_f64().unwrap()).abs() < 1e-9);
}

#[test]
fn a_gold_sentence_that_marks_no_field_ambiguous_is_refused_and_named() {
    let dir = common::scratch("eval-ambiguous");
    let gold_text = std::fs::read_to_string(fixture("interview.gold.json")).unwrap();
    let mut gold: serde_json::Value = serde_json::from_str(&gold_text).unwrap();
    gold["sentences"][3]["ambiguous"] = serde_json::json!(["recs"]);
    gold["text_file"] = serde_json::json!(fixture("interview.txt").to_str().unwrap());
    let path = dir.join("misspelt.gold.json");
    common::write(&path, gold.to_string().as_bytes());
    let out = quotestance(&["eval", path.to_str().unwrap()], b"");
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad gold file is a usage error"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("sentence 3") && stderr.contains("\"recs\""),
        "{stderr}"
    );
    // A target's own id is a field.
    gold["sentences"][3]["ambiguous"] = serde_json::json!(["stance:T1", "actor"]);
    common::write(&path, gold.to_string().as_bytes());
    let out = quotestance(&["eval", path.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
