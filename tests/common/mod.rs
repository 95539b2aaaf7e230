//! Helpers shared by the integration tests: run the binary, find the fixtures.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// Runs `quotestance ARGS` with `stdin` on its standard input.
pub fn quotestance(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotestance"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // Written from its own thread: an input larger than the pipe's buffer would block
    // while the binary blocks on writing output nobody reads yet.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("the binary ends");
    writer
        .join()
        .expect("the writer ends")
        .expect("stdin written");
    out
}

pub fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(out.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// A fresh empty directory under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target").join("test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs `quotestance train HEAD fixtures/training/EXAMPLES -o <scratch>/HEAD.json`,
/// checks that it succeeds and prints `printed`, and returns the written head's path.
pub fn train_head(head: &str, examples: &str, printed: &str) -> PathBuf {
    let out = scratch(&format!("train-{head}")).join(format!("{head}.json"));
    let examples = root().join("fixtures/training").join(examples);
    let run = quotestance(
        &[
            "train",
            head,
            examples.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains(printed), "{stdout}");
    out
}

/// The largest difference between weights trained here and the committed ones.
pub fn largest_difference<'a>(
    made: impl IntoIterator<Item = &'a f32>,
    committed: impl IntoIterator<Item = &'a f32>,
) -> f32 {
    made.into_iter()
        .zip(committed)
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max)
}

pub fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).expect("file written");
}
