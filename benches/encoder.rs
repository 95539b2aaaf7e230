//! Sentence-encoder throughput, side by side with the Python peer, and the machine's
//! matrix-product limit in the same runtime.
//!
//! `cargo bench --bench encoder [-- --threads N] [--python PYTHON]`
//!
//! Encodes 1,000 distinct synthetic news sentences (`quotestance::synth`, fixed seed) with
//! the MiniLM encoder on N threads (default 2), best of three runs. With
//! `--python`, runs `benches/encoder_peer.py` (sentence-transformers) on the same
//! sentences and threads in the same run and prints the ratio. Last, it times one large
//! f32 matrix product in candle and reports the share of that rate the encoder reaches.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use candle_core::{Device, Tensor};
use quotestance::encoder::Encoder;
use quotestance::encoder::minilm::MiniLm;

const SENTENCES: usize = 1000;
const RUNS: usize = 3;
/// The side of the square matrices of the peak-rate product.
const MATMUL_N: usize = 2048;

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Floating-point operations of one BERT forward pass over `tokens` positions in
/// sequences of length `len`: the dense layers (QKV, output, two feed-forward) and the
/// attention products, two operations per multiply-add.
fn forward_flops(tokens: f64, len: f64, hidden: f64, layers: f64) -> f64 {
    let dense = 2.0 * tokens * (4.0 * hidden * hidden + 2.0 * hidden * 4.0 * hidden);
    let attention = 2.0 * tokens * 2.0 * len * hidden;
    layers * (dense + attention)
}

/// The shortest of `RUNS` timings of `work`, in seconds.
fn best_of<T>(mut work: impl FnMut() -> T) -> f64 {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(work());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let threads: usize = arg("--threads").and_then(|t| t.parse().ok()).unwrap_or(2);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let model = MiniLm::load(&root.join("models/minilm")).expect("models/minilm loads");
    let sentences = quotestance::synth::sentences(2019, SENTENCES);
    let texts: Vec<&str> = sentences.iter().map(String::as_str).collect();

    let file = root.join("target/bench-sentences.txt");
    std::fs::write(&file, sentences.join("\n")).expect("sentences written");

    pool.install(|| model.encode(&texts[..64]).expect("warm-up"));
    let best = best_of(|| pool.install(|| model.encode(&texts)).expect("encodes"));
    let rate = SENTENCES as f64 / best;
    println!(
        "quotestance MiniLM: {SENTENCES} sentences in {best:.3} s = {rate:.1} sentences/s ({threads} threads)"
    );

    if let Some(python) = arg("--python") {
        let out = Command::new(&python)
            .arg(root.join("benches/encoder_peer.py"))
            .arg(&file)
            .arg(threads.to_string())
            .output()
            .expect("the Python peer starts");
        match serde_json::from_slice::<serde_json::Value>(&out.stdout) {
            Ok(v) => {
                let peer = v["sentences_per_second"].as_f64().unwrap_or(f64::NAN);
                println!("sentence-transformers: {peer:.1} sentences/s ({threads} threads)");
                println!("ratio quotestance / Python: {:.2}", rate / peer);
            }
            Err(_) => println!(
                "the Python peer failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }

    // The machine's limit: one large f32 matrix product in candle, same threads.
    let device = Device::Cpu;
    let a = Tensor::randn(0f32, 1.0, (MATMUL_N, MATMUL_N), &device).expect("tensor");
    let b = Tensor::randn(0f32, 1.0, (MATMUL_N, MATMUL_N), &device).expect("tensor");
    pool.install(|| a.matmul(&b).expect("matmul"));
    let mm_best = best_of(|| pool.install(|| a.matmul(&b)).expect("matmul"));
    let peak = 2.0 * (MATMUL_N as f64).powi(3) / mm_best;
    println!(
        "f32 matmul {MATMUL_N}x{MATMUL_N}: {:.1} GFLOP/s ({threads} threads)",
        peak / 1e9
    );

    // The encoder's own rate: count the padded positions its batches compute.
    // The encoder's own rate: every real token (nothing is padded) through every layer.
    let flops: f64 = texts
        .iter()
        .map(|t| {
            let n = model.token_ids(t).map(|ids| ids.len()).unwrap_or(0) as f64;
            forward_flops(n, n, 384.0, 6.0)
        })
        .sum();
    let achieved = flops / best;
    println!(
        "encoder: {:.1} GFLOP/s = {:.0}% of the matmul rate",
        achieved / 1e9,
        100.0 * achieved / peak
    );
}
