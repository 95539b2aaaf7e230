//! The 48 English Golden Rules of sentence segmentation (pySBD's set; pySBD passes 47; this segmenter all 48).

use quotestance::Resources;
use quotestance::stages::segment::split_sentences;

/// Raised as the segmenter improves, never lowered.
const MIN_PASSED: usize = 48;

#[test]
fn golden_rules() {
    let raw = include_str!("data/golden_rules_en.json");
    let rules: serde_json::Value = serde_json::from_str(raw).expect("golden rules parse");
    let cases = rules["cases"].as_array().expect("cases");
    let mut passed = 0;
    for (i, case) in cases.iter().enumerate() {
        let input = case["input"].as_str().expect("input");
        let expected: Vec<&str> = case["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|e| e.as_str().expect("string"))
            .collect();
        let got = split_sentences(input, Resources::embedded());
        if got == expected {
            passed += 1;
        } else {
            println!(
                "rule {i} fails:\n  input    {input:?}\n  expected {expected:?}\n  got      {got:?}"
            );
        }
    }
    println!("Golden Rules: {passed}/{} passed", cases.len());
    assert!(
        passed >= MIN_PASSED,
        "{passed}/{} Golden Rules passed; at least {MIN_PASSED} required",
        cases.len()
    );
}
