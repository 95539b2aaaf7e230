//! Batch runs: articles in windows, each window annotated in parallel with rayon and
//! written in input order, so memory is bounded by the window and the output bytes do
//! not depend on the number of threads.

use std::collections::BTreeMap;
use std::io::Write;

use rayon::prelude::*;

use crate::io::input::Item;
use crate::io::output::{ArticleRecord, ErrorRecord, Record};
use crate::pipeline::Pipeline;

/// Articles read ahead per thread.
const WINDOW_PER_THREAD: usize = 32;

/// Counts of a run; they reconcile: `read == written == ok + failed`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub written: usize,
    pub failed: usize,
}

/// Processes one input item into its output record.
pub fn process(pipeline: &Pipeline, item: Item, models: &BTreeMap<String, String>) -> Record {
    match item {
        Item::Failed { id, kind, message } => Record::Error(ErrorRecord::new(id, kind, message)),
        Item::Article(a) => match pipeline.run(&a.id, &a.text, a.targets.unwrap_or_default()) {
            Ok(doc) => Record::Article(Box::new(ArticleRecord::from_document(&doc, models))),
            Err(e) => Record::Error(ErrorRecord::new(a.id, "stage_failure", e.to_string())),
        },
    }
}

/// Runs every item through the pipeline on `pool` and writes one JSON line per item.
pub fn run(
    items: impl Iterator<Item = Item>,
    pipeline: &Pipeline,
    models: &BTreeMap<String, String>,
    pool: &rayon::ThreadPool,
    out: &mut dyn Write,
) -> std::io::Result<Summary> {
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);
    let mut summary = Summary::default();
    let mut items = items.peekable();
    while items.peek().is_some() {
        let batch: Vec<Item> = items.by_ref().take(window).collect();
        summary.read += batch.len();
        let lines: Vec<(bool, String)> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    let record = process(pipeline, item, models);
                    let line = serde_json::to_string(&record).unwrap_or_else(|e| {
                        let err = ErrorRecord::new(record.id(), "serialization", e.to_string());
                        serde_json::to_string(&err).unwrap_or_default()
                    });
                    (record.is_error(), line)
                })
                .collect()
        });
        for (failed, line) in lines {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            summary.written += 1;
            summary.failed += usize::from(failed);
        }
    }
    out.flush()?;
    Ok(summary)
}
