//! Batch runs: articles in windows, each window annotated in parallel with rayon and
//! written in input order, so memory is bounded by the window and the output bytes do
//! not depend on the number of threads. The encoder runs once per window, between the
//! rule stages, on the same thread pool: the cores are shared, never oversubscribed.

use std::collections::BTreeMap;
use std::io::Write;

use rayon::prelude::*;

use crate::document::Document;
use crate::io::input::Item;
use crate::io::output::{ArticleRecord, ErrorRecord, Record};
use crate::pipeline::Pipeline;
use crate::stages;

/// Articles read ahead per thread.
const WINDOW_PER_THREAD: usize = 32;

/// Counts of a run; they reconcile: `read == written == ok + failed`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub written: usize,
    pub failed: usize,
}

/// An item after the stages before the encoder, or the record it already ends in.
type Prepared = Result<Document, Record>;

fn prepare(pipeline: &Pipeline, item: Item) -> Prepared {
    match item {
        Item::Failed { id, kind, message } => {
            Err(Record::Error(ErrorRecord::new(id, kind, message)))
        }
        Item::Article(a) => pipeline
            .prepare(&a.id, &a.text, a.targets.unwrap_or_default())
            .map_err(|e| Record::Error(ErrorRecord::new(a.id, "stage_failure", e.to_string()))),
    }
}

fn finish(pipeline: &Pipeline, prepared: Prepared, models: &BTreeMap<String, String>) -> Record {
    match prepared {
        Err(record) => record,
        Ok(doc) => {
            let id = doc.id.clone();
            match pipeline.finish(doc) {
                Ok(doc) => Record::Article(Box::new(ArticleRecord::from_document(&doc, models))),
                Err(e) => Record::Error(ErrorRecord::new(id, "stage_failure", e.to_string())),
            }
        }
    }
}

/// Embeds prepared articles together (`stages::embed::embed_all`). If the encoder
/// fails, or a bug panics while the texts are gathered, each article is left to its own
/// embed stage, which reports the failure as that article's error record: one article
/// must not take the window, or the run, down with it.
pub fn embed_together(pipeline: &Pipeline, docs: &mut [&mut Document]) {
    if let Some(encoder) = pipeline.encoder() {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            stages::embed::embed_all(encoder, docs, pipeline.resources())
        }));
    }
}

/// Runs every item through the pipeline on `pool` and writes one JSON line per item,
/// calling `progress` with the counts so far after each window is written.
pub fn run(
    items: impl Iterator<Item = Item>,
    pipeline: &Pipeline,
    models: &BTreeMap<String, String>,
    pool: &rayon::ThreadPool,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(&Summary),
) -> std::io::Result<Summary> {
    let window = WINDOW_PER_THREAD * pool.current_num_threads().max(1);
    let mut summary = Summary::default();
    let mut items = items.peekable();
    while items.peek().is_some() {
        let batch: Vec<Item> = items.by_ref().take(window).collect();
        summary.read += batch.len();
        let lines: Vec<(bool, String)> = pool.install(|| {
            let mut prepared: Vec<Prepared> = batch
                .into_par_iter()
                .map(|item| prepare(pipeline, item))
                .collect();
            let mut docs: Vec<&mut Document> = prepared
                .iter_mut()
                .filter_map(|d| d.as_mut().ok())
                .collect();
            embed_together(pipeline, &mut docs);
            prepared
                .into_par_iter()
                .map(|p| {
                    let record = finish(pipeline, p, models);
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
        progress(&summary);
    }
    out.flush()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::encoder::Encoder;
    use crate::io::input::Article;
    use crate::resources::Resources;

    /// Records what it is asked to encode; every vector is the text's length.
    struct Recorder(Mutex<Vec<Vec<String>>>);

    impl Encoder for Recorder {
        fn name(&self) -> &str {
            "recorder"
        }
        fn dim(&self) -> usize {
            1
        }
        fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, crate::Error> {
            self.0
                .lock()
                .unwrap()
                .push(texts.iter().map(|t| t.to_string()).collect());
            Ok(texts.iter().map(|t| vec![t.len() as f32]).collect())
        }
    }

    fn item(id: &str, text: &str) -> Item {
        Item::Article(Article {
            id: id.into(),
            text: text.into(),
            title: None,
            source: None,
            url: None,
            published: None,
            targets: None,
        })
    }

    /// `run` over `items` on a pool of two threads: its summary and what it wrote.
    fn run_on_two_threads(resources: &Resources, items: Vec<Item>) -> (Summary, String) {
        let pipeline = Pipeline::new(resources);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut out = Vec::new();
        let summary = run(
            items.into_iter(),
            &pipeline,
            &BTreeMap::new(),
            &pool,
            &mut out,
            &mut |_| {},
        )
        .unwrap();
        (summary, String::from_utf8(out).unwrap())
    }

    /// A recommendation head that leaves every finding as it is (p = 0.5).
    fn undecided_head() -> crate::classifier::LogisticHead {
        let features = crate::stages::recommend_head::FEATURES;
        crate::classifier::LogisticHead {
            task: "recommendation".into(),
            encoder: "recorder".into(),
            features: features.iter().map(|f| f.to_string()).collect(),
            dim: 1,
            word_buckets: 0,
            weights: vec![0.0; 1 + features.len()],
            bias: 0.0,
            trained_on: "nothing".into(),
        }
    }

    /// Each distinct text a head reads is encoded once per window, and only those: "The
    /// market fell." reaches no head.
    #[test]
    fn a_window_encodes_each_distinct_text_once() {
        let recorder = Arc::new(Recorder(Mutex::new(Vec::new())));
        let resources = Resources::embedded()
            .clone()
            .with_encoder(recorder.clone())
            .with_recommend_head(undecided_head());
        let items = vec![
            item("a", "Kim said Korea should act. The market fell."),
            item(
                "b",
                "The market fell. Lee said rates must rise. Kim said Korea should act.",
            ),
            Item::Failed {
                id: "c".into(),
                kind: "invalid_json",
                message: "x".into(),
            },
        ];
        let (summary, _) = run_on_two_threads(&resources, items);
        assert_eq!(
            summary,
            Summary {
                read: 3,
                written: 3,
                failed: 1
            }
        );
        let calls = recorder.0.lock().unwrap();
        assert_eq!(calls.len(), 1, "one encoder call for the window: {calls:?}");
        let mut texts = calls[0].clone();
        texts.sort();
        let expected = ["Kim said Korea should act.", "Lee said rates must rise."];
        assert_eq!(texts, expected);
    }

    /// Panics on any text that mentions a volcano (a stand-in for a bug).
    struct Fragile;

    impl Encoder for Fragile {
        fn name(&self) -> &str {
            "fragile"
        }
        fn dim(&self) -> usize {
            1
        }
        fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, crate::Error> {
            assert!(!texts.iter().any(|t| t.contains("volcano")), "boom");
            Ok(texts.iter().map(|_| vec![1.0]).collect())
        }
    }

    /// A panic while a window is embedded together costs only the article it is in:
    /// the others are written, and that one gives an error record.
    #[test]
    fn a_panic_in_the_shared_embedding_costs_one_article() {
        let resources = Resources::embedded()
            .clone()
            .with_encoder(Arc::new(Fragile))
            .with_recommend_head(undecided_head());
        let items = vec![
            item("a", "Kim said Korea should act."),
            item("b", "Lee said the volcano must be watched."),
        ];
        let (summary, text) = run_on_two_threads(&resources, items);
        assert_eq!(
            summary,
            Summary {
                read: 2,
                written: 2,
                failed: 1
            }
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("\"sentences\""), "{}", lines[0]);
        assert!(lines[1].contains("\"error\""), "{}", lines[1]);
    }
}
