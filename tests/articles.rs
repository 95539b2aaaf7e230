//! The project's own labelled articles (fixtures/articles): pooled `eval` figures
//! against their thresholds.

mod common;

use quotestance::Pipeline;
use quotestance::eval::{LabelledArticle, Scores, check_thresholds};

#[test]
fn own_articles_meet_their_thresholds() {
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
