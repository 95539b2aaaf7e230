//! The inputs the fuzzer found crashing (fuzz/regressions/), and a few seeds, kept
//! passing the fuzz target's checks (fuzz/check.rs).

#[path = "../fuzz/check.rs"]
mod check;

#[test]
fn every_kept_fuzz_input_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("fuzz/regressions exists")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", dir.display());
    for path in inputs {
        let data = std::fs::read(&path).expect("input readable");
        let outcome = std::panic::catch_unwind(|| check::check(&data));
        assert!(outcome.is_ok(), "{} fails the fuzz checks", path.display());
    }
}
