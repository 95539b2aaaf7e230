//! The project's own labelled articles (fixtures/articles): pooled `eval` figures
//! against their thresholds.

mod common;

use std::path::PathBuf;

use quotestance::Pipeline;
use quotestance::eval::{LabelledArticle, Scores, check_thresholds};

/// The gold files of fixtures/articles, sorted.
fn golds() -> Vec<PathBuf> {
    let dir = common::fixture("articles");
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(
        golds.len() >= 5,
        "expected the labelled articles, found {golds:?}"
    );
    golds
}

/// The rule-based pipeline (what `--no-model` runs).
#[test]
fn own_articles_meet_their_thresholds() {
    let dir = common::fixture("articles");
    let golds = golds();
    let mut scores = Scores::default();
    for path in &golds {
        let article = LabelledArticle::load(path).expect("gold loads");
        scores
            .add(&Pipeline::rules_only(), &article)
            .expect("pipeline runs");
    }
    let results = scores.to_json();
    println!("{}", serde_json::to_string_pretty(&results).unwrap());
    let raw = std::fs::read_to_string(dir.join("thresholds.json")).unwrap();
    let failures = check_thresholds(&results, &serde_json::from_str(&raw).unwrap());
    assert!(failures.is_empty(), "below threshold: {failures:#?}");
}

/// The binary with the encoder and the learned heads, as users run it.
#[test]
fn own_articles_meet_their_thresholds_with_the_model() {
    let thresholds = common::fixture("articles").join("thresholds.model.json");
    let mut args = vec!["eval".to_string()];
    args.extend(golds().iter().map(|p| p.display().to_string()));
    args.push("--thresholds".into());
    args.push(thresholds.display().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = common::quotestance(&args, b"");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
