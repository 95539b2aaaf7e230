//! Bad input never panics and loses nothing: one output line per input record, error
//! records for what cannot be processed, and an exit status that tells.

mod common;

use common::{fixture, json_lines, quotestance, scratch, write};

#[test]
fn each_bad_record_gives_one_error_line_and_the_run_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(br#"{"id": "a", "text": "Kim said the plan should end."}"#);
    input.extend_from_slice(b"\n{\"id\": \"broken\", \"text\": \n"); // malformed JSON
    input.extend_from_slice(br#"{"id": "c", "title": "no text"}"#);
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": \"d\", \"text\": \"caf\xff\"}\n"); // invalid UTF-8
    input.extend_from_slice(br#"{"id": "e", "text": "   "}"#);
    input.extend_from_slice(b"\n");
    input.extend_from_slice(br#"{"id": "f", "text": 42}"#);
    input.extend_from_slice(b"\n");
    input.extend_from_slice(
        br#"{"id": "g", "text": "He said, \"it never closes. And 'this' neither."}"#,
    );
    input.extend_from_slice(b"\n[1, 2]\n");
    let out = quotestance(&["run", "-", "-q"], &input);
    assert_eq!(out.status.code(), Some(1), "some records failed: exit 1");
    let records = json_lines(&out.stdout);
    let summary: Vec<(String, Option<String>)> = records
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["error"]["kind"].as_str().map(str::to_string),
            )
        })
        .collect();
    let expect = |id: &str, kind: Option<&str>| (id.to_string(), kind.map(str::to_string));
    assert_eq!(
        summary,
        vec![
            expect("a", None),
            expect("stdin:2", Some("invalid_json")),
            expect("c", Some("missing_text")),
            expect("stdin:4", Some("invalid_utf8")),
            expect("e", Some("empty_text")),
            expect("f", Some("missing_text")),
            expect("g", None),
            expect("stdin:8", Some("missing_text")),
        ]
    );
    for r in &records {
        assert_eq!(r["schema_version"], "1.0");
    }
}

#[test]
fn bad_files_give_error_records() {
    let dir = scratch("bad-files");
    write(&dir.join("a_empty.txt"), b"");
    write(
        &dir.join("b_latin1.txt"),
        b"Caf\xe9 owners said prices must fall.",
    );
    write(
        &dir.join("c_good.txt"),
        "\u{201c}Unbalanced, she said. Korea should wait.".as_bytes(),
    );
    write(&dir.join("d_big.txt"), "word ".repeat(400).as_bytes());
    write(&dir.join("ignored.csv"), b"not an article");
    let out = quotestance(&["run", dir.to_str().unwrap(), "--max-bytes", "1000"], b"");
    assert_eq!(out.status.code(), Some(1));
    let records = json_lines(&out.stdout);
    let kinds: Vec<Option<&str>> = records
        .iter()
        .map(|r| r["error"]["kind"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            Some("empty_text"),
            Some("invalid_utf8"),
            None,
            Some("too_large")
        ]
    );
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a_empty", "b_latin1", "c_good", "d_big"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("read 4, written 4, failed 3"), "{stderr}");
}

#[test]
fn all_good_exits_zero() {
    let out = quotestance(
        &["run", fixture("interview.txt").to_str().unwrap(), "-q"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn usage_and_io_errors_exit_two() {
    let out = quotestance(&["run", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));
    assert!(out.stdout.is_empty());

    let out = quotestance(&["run"], b"");
    assert_eq!(out.status.code(), Some(2));

    let dir = scratch("bad-targets");
    write(&dir.join("t.json"), b"{not json");
    let out = quotestance(
        &[
            "run",
            fixture("interview.txt").to_str().unwrap(),
            "--targets",
            dir.join("t.json").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("targets"));
}

#[test]
fn output_is_the_same_at_any_thread_count_and_written_atomically() {
    let dir = scratch("threads");
    let mut input = String::new();
    let text = std::fs::read_to_string(fixture("interview.txt")).unwrap();
    for i in 0..40 {
        let record = serde_json::json!({"id": format!("n{i}"), "text": text.replace("Korea", &format!("Korea{i}"))});
        input.push_str(&record.to_string());
        input.push('\n');
    }
    write(&dir.join("in.jsonl"), input.as_bytes());
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let path = dir.join(format!("out{threads}.jsonl"));
        let out = quotestance(
            &[
                "run",
                dir.join("in.jsonl").to_str().unwrap(),
                "--threads",
                threads,
                "-o",
                path.to_str().unwrap(),
                "-q",
                "--no-model",
            ],
            b"",
        );
        assert!(out.status.success());
        assert!(!dir.join(format!(".out{threads}.jsonl.partial")).exists());
        outputs.push(std::fs::read(&path).unwrap());
    }
    assert_eq!(outputs[0], outputs[1]);
    let ids: Vec<String> = json_lines(&outputs[0])
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, (0..40).map(|i| format!("n{i}")).collect::<Vec<_>>());
}

#[test]
fn the_output_names_the_encoder_or_its_absence() {
    let interview = fixture("interview.txt");
    let with = json_lines(&quotestance(&["run", interview.to_str().unwrap(), "-q"], b"").stdout);
    let encoder = with[0]["pipeline"]["models"]["encoder"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(encoder.contains("all-MiniLM-L6-v2"), "{encoder}");
    let without = json_lines(
        &quotestance(
            &["run", interview.to_str().unwrap(), "-q", "--no-model"],
            b"",
        )
        .stdout,
    );
    assert_eq!(without[0]["pipeline"]["models"]["encoder"], "none");

    let out = quotestance(
        &[
            "run",
            interview.to_str().unwrap(),
            "--models",
            "/no/such/dir",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-model"));
}
