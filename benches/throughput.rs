//! Throughput of the pipeline, stage by stage, on one thread.
//!
//! `cargo bench --bench throughput [-- FILE_OR_DIR...]`: the articles given (`.txt`
//! files), or by default the labelled articles in `fixtures/`. Each pass runs every
//! article through every stage; the figures are the median of the passes, in MB of
//! article text per second, so stages can be compared side by side in one run.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use quotestance::Resources;
use quotestance::document::Document;
use quotestance::pipeline::STAGES;

const PASSES: usize = 7;
/// The corpus is repeated until it holds at least this many bytes per pass.
const MIN_BYTES: usize = 2 << 20;

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            collect(&e, out);
        }
    } else if path.extension().is_some_and(|e| e == "txt") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let roots: Vec<PathBuf> = if args.is_empty() {
        vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")]
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let mut files = Vec::new();
    for r in &roots {
        collect(r, &mut files);
    }
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    if texts.is_empty() {
        eprintln!("no .txt articles under {roots:?}");
        std::process::exit(2);
    }
    let one_pass: usize = texts.iter().map(String::len).sum();
    let copies = MIN_BYTES.div_ceil(one_pass);
    let corpus: Vec<&String> = texts.iter().cycle().take(texts.len() * copies).collect();
    let bytes: usize = corpus.iter().map(|t| t.len()).sum();
    let res = Resources::embedded();

    let mut per_stage: Vec<Vec<Duration>> = vec![Vec::new(); STAGES.len()];
    let mut totals = Vec::new();
    for pass in 0..=PASSES {
        let mut spent = vec![Duration::ZERO; STAGES.len()];
        let started = Instant::now();
        for text in &corpus {
            let mut doc = Document::new("bench", text.as_str(), Vec::new());
            for (s, (_, stage)) in STAGES.iter().enumerate() {
                let t = Instant::now();
                stage(&mut doc, res);
                spent[s] += t.elapsed();
            }
            std::hint::black_box(&doc);
        }
        if pass > 0 {
            // The first pass warms caches and is not counted.
            totals.push(started.elapsed());
            for (s, d) in spent.into_iter().enumerate() {
                per_stage[s].push(d);
            }
        }
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles ({} distinct), {:.2} MB per pass, {PASSES} passes, 1 thread",
        corpus.len(),
        texts.len(),
        mb
    );
    let mut speaker_time = Duration::ZERO;
    for (s, (name, _)) in STAGES.iter().enumerate() {
        let d = median(&mut per_stage[s]);
        if matches!(*name, "quotes" | "speakers" | "attribute") {
            speaker_time += d;
        }
        println!("  {name:<10} {:>9.2} MB/s", mb / d.as_secs_f64().max(1e-9));
    }
    let total = median(&mut totals);
    println!(
        "speaker stages (quotes + speakers + attribute): {:.2} MB/s",
        mb / speaker_time.as_secs_f64().max(1e-9)
    );
    println!(
        "whole pipeline: {:.2} MB/s, {:.0} articles/s",
        mb / total.as_secs_f64(),
        corpus.len() as f64 / total.as_secs_f64()
    );
}
