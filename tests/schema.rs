//! Every output line validates against the shipped JSON Schema, and the shipped file is
//! the one the code generates.

mod common;

use common::{fixture, json_lines, quotestance, root};

fn shipped_schema() -> serde_json::Value {
    let raw =
        std::fs::read_to_string(root().join("schema/output.schema.json")).expect("schema file");
    serde_json::from_str(&raw).expect("schema is JSON")
}

#[test]
fn shipped_schema_is_current() {
    assert_eq!(
        shipped_schema(),
        quotestance::io::output::schema(),
        "schema/output.schema.json is stale: run `cargo run -- schema > schema/output.schema.json`"
    );
}

#[test]
fn output_validates_against_the_schema() {
    let validator = jsonschema::validator_for(&shipped_schema()).expect("schema compiles");
    let interview = fixture("interview.txt");
    let targets = fixture("interview.targets.json");
    let stdin = concat!(
        r#"{"id": "ok", "text": "Kim said, \"Seoul must act.\" Lee disagreed."}"#,
        "\n",
        r#"{"id": "bad", "title": "no text"}"#,
        "\n",
        "not json\n",
    );
    let mut records = Vec::new();
    for args in [
        vec![
            "run",
            interview.to_str().unwrap(),
            "--targets",
            targets.to_str().unwrap(),
            "-q",
        ],
        vec!["run", interview.to_str().unwrap(), "-q"],
        vec!["run", "-", "-q"],
    ] {
        let out = quotestance(&args, stdin.as_bytes());
        records.extend(json_lines(&out.stdout));
    }
    assert_eq!(records.len(), 5);
    for r in &records {
        let errors: Vec<String> = validator.iter_errors(r).map(|e| e.to_string()).collect();
        assert!(
            errors.is_empty(),
            "record {} does not validate: {errors:#?}",
            r["id"]
        );
    }
    // The schema is not vacuous: a record with a wrong type fails it.
    let mut broken = records[0].clone();
    broken["sentences"][0]["start"] = serde_json::json!("zero");
    assert!(!validator.is_valid(&broken));
}
