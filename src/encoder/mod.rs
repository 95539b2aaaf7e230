//! Sentence encoders: text in, one L2-normalised vector per text out. A trait, so that
//! backends can be swapped (candle here; rust-bert later behind a feature), and one
//! model per process shared by every worker.

pub mod bert;
pub mod minilm;

use std::path::{Path, PathBuf};

use crate::error::Error;

/// A sentence encoder. Implementations are shared across threads.
pub trait Encoder: Send + Sync {
    /// What to report in the output's `pipeline.models`.
    fn name(&self) -> &str;
    /// The length of every vector.
    fn dim(&self) -> usize;
    /// One unit-length vector per text, in the order given.
    fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Error>;
}

/// Cosine similarity; for unit vectors, the dot product.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f32 = a.iter().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.iter().map(|x| x * x).sum::<f32>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Where the shipped model directory `models/minilm` is looked for, in order: the
/// `QUOTESTANCE_MODELS` directory, `models/` beside the executable or two levels up from
/// it (`target/release/quotestance` in a checkout), and the checkout it was built from.
pub fn model_search_path() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("QUOTESTANCE_MODELS") {
        dirs.push(PathBuf::from(dir));
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(bin) = exe.parent()
    {
        dirs.push(bin.join("models"));
        if let Some(root) = bin.parent().and_then(Path::parent) {
            dirs.push(root.join("models"));
        }
    }
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("models"));
    dirs
}

/// The first `minilm` directory on the search path (or in `models_dir` when given).
pub fn find_minilm(models_dir: Option<&Path>) -> Result<PathBuf, Error> {
    let candidates: Vec<PathBuf> = match models_dir {
        Some(dir) => vec![dir.to_path_buf()],
        None => model_search_path(),
    };
    candidates
        .iter()
        .map(|d| d.join("minilm"))
        .find(|d| d.join("model.safetensors").is_file())
        .ok_or_else(|| {
            let looked: Vec<String> = candidates.iter().map(|d| d.join("minilm").display().to_string()).collect();
            Error::Invalid(format!(
                "the MiniLM model was not found (looked in {}); pass --models DIR (the folder holding minilm/), \
                 set QUOTESTANCE_MODELS, or run with --no-model",
                looked.join(", ")
            ))
        })
}
