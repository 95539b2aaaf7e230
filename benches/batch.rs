//! Batch throughput and memory on a generated dump, side by side with the Python peer.
//!
//! `cargo bench --bench batch -- [--articles N] [--python PYTHON] [--rows all|model|no-model]`
//!
//! Writes a dump of N articles of the genre (default 2,000; `quotestance::synth`, fixed
//! seed) to target/bench-batch/, then runs `quotestance run` on it with and without the
//! encoder at 1 and 2 threads, each as its own process. With `--python`, runs
//! `benches/batch_peer.py` (spaCy en_core_web_sm + textacy direct quotations, and
//! sentence-transformers MiniLM on every sentence for the with-model rows) on the same
//! dump and threads, interleaved with ours. For each row it reports articles/s over the
//! articles alone (model loading excluded, as each program times itself), the
//! whole-process wall time, and the peak resident memory of the process tree, sampled
//! from /proc every 10 ms.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Resident memory of `pid` and all its descendants, in KiB.
fn tree_rss_kib(pid: u32) -> u64 {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Some(p) = e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else {
                continue;
            };
            // The fields after the command name, which is in parentheses.
            let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
                continue;
            };
            if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|f| f.parse().ok()) {
                parents.push((p, ppid));
            }
        }
    }
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    tree.iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/status")).ok())
        .filter_map(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .sum()
}

struct Measured {
    wall: f64,
    peak_mib: f64,
    stdout: String,
    stderr: String,
}

/// Runs `cmd`, sampling the memory of its process tree until it ends.
fn measure(mut cmd: Command) -> Measured {
    let started = Instant::now();
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    let pid = child.id();
    let running = Arc::new(AtomicBool::new(true));
    let sampler = {
        let running = Arc::clone(&running);
        std::thread::spawn(move || {
            let mut peak = 0;
            while running.load(Ordering::Relaxed) {
                peak = peak.max(tree_rss_kib(pid));
                std::thread::sleep(Duration::from_millis(10));
            }
            peak
        })
    };
    let out = child.wait_with_output().expect("the program ends");
    let wall = started.elapsed().as_secs_f64();
    running.store(false, Ordering::Relaxed);
    let peak = sampler.join().unwrap_or(0);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{stderr}",
        out.status
    );
    Measured {
        wall,
        peak_mib: peak as f64 / 1024.0,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    }
}

/// The seconds our summary line reports (the articles, without loading).
fn our_seconds(stderr: &str) -> f64 {
    stderr
        .lines()
        .find(|l| l.starts_with("quotestance: read"))
        .and_then(|l| l.rsplit(", ").next())
        .and_then(|t| t.trim_end_matches(" s").parse().ok())
        .unwrap_or(f64::NAN)
}

struct Row {
    name: String,
    rate: f64,
    wall: f64,
    peak_mib: f64,
}

fn print(row: &Row) {
    println!(
        "{:<44} {:>10.1} {:>10.2} {:>10.0}",
        row.name, row.rate, row.wall, row.peak_mib
    );
}

fn ours(dump: &Path, out: &Path, threads: usize, model: bool, articles: usize) -> Row {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quotestance"));
    cmd.arg("run")
        .arg(dump)
        .arg("-o")
        .arg(out)
        .args(["--threads", &threads.to_string()]);
    if !model {
        cmd.arg("--no-model");
    }
    let m = measure(cmd);
    Row {
        name: format!(
            "quotestance {} t{threads}",
            if model { "with model" } else { "--no-model" }
        ),
        rate: articles as f64 / our_seconds(&m.stderr),
        wall: m.wall,
        peak_mib: m.peak_mib,
    }
}

fn peer(python: &str, dump: &Path, threads: usize, model: bool) -> Row {
    let mut cmd = Command::new(python);
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/batch_peer.py"))
        .arg(dump)
        .arg(threads.to_string());
    if model {
        cmd.arg("--embed");
    }
    let m = measure(cmd);
    let v: serde_json::Value = serde_json::from_str(m.stdout.trim())
        .unwrap_or_else(|e| panic!("the peer printed no JSON ({e}): {}\n{}", m.stdout, m.stderr));
    let articles = v["articles"].as_f64().unwrap_or(f64::NAN);
    Row {
        name: format!(
            "spaCy+textacy{} t{threads}",
            if model { "+MiniLM" } else { "" }
        ),
        rate: articles / v["seconds"].as_f64().unwrap_or(f64::NAN),
        wall: m.wall,
        peak_mib: m.peak_mib,
    }
}

fn main() {
    let articles: usize = arg("--articles")
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    let python = arg("--python");
    let rows = arg("--rows").unwrap_or_else(|| "all".into());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-batch");
    std::fs::create_dir_all(&dir).expect("bench directory");
    let dump = dir.join("dump.jsonl");
    let (bytes, _) = quotestance::synth::jsonl_dump(2026, articles, 0, usize::MAX);
    std::fs::write(&dump, &bytes).expect("dump written");
    println!(
        "dump: {articles} articles, {:.1} MB ({})",
        bytes.len() as f64 / 1e6,
        dump.display()
    );
    println!(
        "{:<44} {:>10} {:>10} {:>10}",
        "", "articles/s", "wall s", "peak MiB"
    );
    let out = dir.join("out.jsonl");
    let mut pairs = Vec::new();
    let models: &[bool] = match rows.as_str() {
        "model" => &[true],
        "no-model" => &[false],
        _ => &[false, true],
    };
    for &model in models {
        for threads in [1, 2] {
            let a = ours(&dump, &out, threads, model, articles);
            print(&a);
            if let Some(python) = &python {
                let b = peer(python, &dump, threads, model);
                print(&b);
                pairs.push((a, b));
            }
        }
    }
    for (a, b) in &pairs {
        println!(
            "ratio {} / {}: {:.1}x articles/s, {:.1}x less peak memory",
            a.name,
            b.name,
            a.rate / b.rate,
            b.peak_mib / a.peak_mib
        );
    }
}
