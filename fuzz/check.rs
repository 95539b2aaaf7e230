// The properties every input keeps, whatever its bytes. Shared by the fuzz target
// (fuzz/fuzz_targets/pipeline.rs) and the regression test over the inputs it found
// (tests/fuzz_regressions.rs).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::sync::OnceLock;

use quotestance::Pipeline;
use quotestance::batch;
use quotestance::document::{Target, TargetOrigin};
use quotestance::io::input::Reader;
use quotestance::io::output::ArticleRecord;

/// Every stage, run without catching panics, on the bytes as an article's text (when
/// they are UTF-8), with the text's first word as a target so that stance runs too;
/// then the bytes as a JSON Lines stream through the batch path: one output record,
/// valid JSON, per record of the input.
pub fn check(data: &[u8]) {
    let pipeline = Pipeline::rules_only();
    if let Ok(text) = std::str::from_utf8(data) {
        let first = text.split_whitespace().next().unwrap_or("Korea");
        let targets = vec![Target {
            id: "t".into(),
            name: first.to_string(),
            aliases: vec!["the government".into()],
            origin: TargetOrigin::Given,
        }];
        let doc = pipeline.annotate("fuzz", text, targets);
        let record = ArticleRecord::from_document(&doc, &BTreeMap::new());
        serde_json::to_string(&record).expect("a record serialises");
    }

    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a thread pool")
    });
    let stream = Box::new(Cursor::new(data.to_vec()));
    let reader = Reader::from_stream("fuzz", stream, None, 4096);
    let mut out = Vec::new();
    let summary = batch::run(
        reader,
        &pipeline,
        &BTreeMap::new(),
        pool,
        &mut out,
        &mut |_| {},
    )
    .expect("writing to memory cannot fail");
    let records = data
        .split(|&b| b == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(summary.read, records);
    assert_eq!(summary.written, records);
    let lines: Vec<&[u8]> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), records);
    for line in lines {
        let value: serde_json::Value = serde_json::from_slice(line).expect("output is JSON");
        assert!(value.get("id").is_some_and(|id| id.is_string()));
    }
}
