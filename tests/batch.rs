//! Batch runs as a night's job needs them: a dump with faults of every kind loses
//! nothing, and an interrupted run resumes to the very bytes of an uninterrupted one.

mod common;

use std::collections::BTreeMap;

use common::{json_lines, quotestance, scratch, write};
use quotestance::synth;

fn summary_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .find(|l| l.starts_with("quotestance: read"))
        .unwrap_or_default()
        .to_string()
}

/// 10,000 records, 5% broken in the ways of `synth::FAULTS`: one output line per
/// record, in input order, and the counts reconcile exactly with what was broken.
#[test]
fn a_fault_run_reconciles_exactly() {
    let n = 10_000;
    let max_bytes = 20_000;
    let (dump, expected) = synth::jsonl_dump(2026, n, 50, max_bytes);
    let broken: usize = expected.values().sum();
    assert!((400..=600).contains(&broken), "about 5% broken: {broken}");
    assert_eq!(expected.len(), 5, "every error kind occurs: {expected:?}");
    let dir = scratch("fault-run");
    let input = dir.join("dump.jsonl");
    write(&input, &dump);
    let max = max_bytes.to_string();
    let out = quotestance(
        &[
            "run",
            input.to_str().unwrap(),
            "--no-model",
            "--max-bytes",
            &max,
            "--threads",
            "2",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "some records failed");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), n);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let id = line["id"].as_str().unwrap();
        match line["error"]["kind"].as_str() {
            Some(kind) => *kinds.entry(kind).or_insert(0) += 1,
            None => assert_eq!(id, format!("a{i}"), "results are in input order"),
        }
    }
    let expected: BTreeMap<&str, usize> = expected.into_iter().collect();
    assert_eq!(kinds, expected);
    println!("{}", summary_line(&out.stderr));
    println!("error records by kind: {kinds:?}");
    assert_eq!(
        summary_line(&out.stderr)
            .split(", ")
            .take(3)
            .collect::<Vec<_>>(),
        [
            format!("quotestance: read {n}"),
            format!("written {n}"),
            format!("failed {broken}")
        ]
    );
}

#[test]
fn an_interrupted_run_resumes_to_the_same_bytes() {
    let (dump, _) = synth::jsonl_dump(7, 60, 100, 5_000);
    let dir = scratch("resume");
    let input = dir.join("dump.jsonl");
    write(&input, &dump);
    let input = input.to_str().unwrap();
    let full = dir.join("full.jsonl");
    let args = ["--no-model", "--max-bytes", "5000"];
    let run = |extra: &[&str]| {
        let mut a = vec!["run", input];
        a.extend_from_slice(&args);
        a.extend_from_slice(extra);
        quotestance(&a, b"")
    };
    run(&["-o", full.to_str().unwrap()]);
    let full_bytes = std::fs::read(&full).unwrap();
    let records: Vec<&[u8]> = full_bytes.split_inclusive(|&b| b == b'\n').collect();
    assert_eq!(records.len(), 60);

    // An interruption after 25 records, in the middle of the 26th.
    let out = dir.join("out.jsonl");
    let mut partial: Vec<u8> = records[..25].concat();
    partial.extend_from_slice(&records[25][..records[25].len() / 2]);
    write(&dir.join(".out.jsonl.partial"), &partial);
    let o = out.to_str().unwrap();
    let resumed = run(&["-o", o, "--resume"]);
    assert_eq!(std::fs::read(&out).unwrap(), full_bytes);
    assert!(!dir.join(".out.jsonl.partial").exists());
    let failed_before = records[..25]
        .iter()
        .filter(|r| r.windows(8).any(|w| w == b"\"error\":"))
        .count();
    assert!(
        summary_line(&resumed.stderr).starts_with(&format!(
            "quotestance: read 60, skipped 25 already in the output ({failed_before} of them errors), written 35"
        )),
        "{}",
        summary_line(&resumed.stderr)
    );

    // Resuming a finished output redoes nothing and changes nothing.
    let again = run(&["-o", o, "--resume"]);
    assert_eq!(std::fs::read(&out).unwrap(), full_bytes);
    assert!(summary_line(&again.stderr).contains("skipped 60"));

    // Without --resume the output is written anew.
    write(&dir.join(".out.jsonl.partial"), &partial);
    run(&["-o", o]);
    assert_eq!(std::fs::read(&out).unwrap(), full_bytes);

    let refused = quotestance(&["run", input, "--resume"], b"");
    assert_eq!(refused.status.code(), Some(2), "--resume needs -o");
}
