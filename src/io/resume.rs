//! Resuming an interrupted run: the records an earlier run already wrote, read back
//! from its output, so that their input records are skipped this time.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

use crate::error::Error;

/// The ids found in an earlier output, each as many times as it was written (an input
/// may repeat an id), with whether each record was an error.
#[derive(Debug, Default)]
pub struct Done {
    records: HashMap<String, Vec<bool>>,
    /// Records read back from the output.
    pub found: usize,
    /// Input records skipped because the output already held them.
    pub skipped: usize,
    /// How many of the skipped records were error records.
    pub skipped_failed: usize,
}

/// Just what a line of output needs to be recognised.
#[derive(Deserialize)]
struct Line {
    id: String,
    #[serde(default)]
    error: Option<serde::de::IgnoredAny>,
}

impl Done {
    /// Reads the records of an output file. Reading stops at the first line that is
    /// not a whole record (the one an interrupted write cut short); the length of the
    /// part before it is returned, so that the caller can cut the file there and
    /// append.
    pub fn read(path: &Path) -> Result<(Done, u64), Error> {
        let io = |cause| Error::Io {
            path: path.display().to_string(),
            cause,
        };
        let mut reader = BufReader::new(std::fs::File::open(path).map_err(io)?);
        let mut done = Done::default();
        let mut valid = 0u64;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(io)?;
            if n == 0 || line.last() != Some(&b'\n') {
                break;
            }
            let Ok(record) = serde_json::from_slice::<Line>(&line) else {
                break;
            };
            done.records
                .entry(record.id)
                .or_default()
                .push(record.error.is_some());
            done.found += 1;
            valid += n as u64;
        }
        Ok((done, valid))
    }

    /// Whether a record with this id is already in the output; each record found
    /// answers yes once.
    pub fn take(&mut self, id: &str) -> bool {
        let Some(flags) = self.records.get_mut(id) else {
            return false;
        };
        let Some(failed) = flags.pop() else {
            return false;
        };
        self.skipped += 1;
        self.skipped_failed += usize::from(failed);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_records_and_stops_at_a_cut_line() {
        let dir = std::env::temp_dir().join(format!("qs-resume-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.jsonl");
        let whole = concat!(
            "{\"schema_version\":\"1.0\",\"id\":\"a\",\"sentences\":[]}\n",
            "{\"schema_version\":\"1.0\",\"id\":\"b\",\"error\":{\"kind\":\"x\",\"message\":\"y\"}}\n",
            "{\"schema_version\":\"1.0\",\"id\":\"a\",\"sentences\":[]}\n",
        );
        std::fs::write(
            &path,
            format!("{whole}{{\"schema_version\":\"1.0\",\"id\":\"c\",\"sen"),
        )
        .unwrap();
        let (mut done, valid) = Done::read(&path).unwrap();
        assert_eq!(valid, whole.len() as u64);
        assert_eq!(done.found, 3);
        assert!(done.take("a"));
        assert!(done.take("a"));
        assert!(!done.take("a"), "two records of id a, not three");
        assert!(done.take("b"));
        assert!(!done.take("c"), "the cut record is not done");
        assert_eq!((done.skipped, done.skipped_failed), (3, 1));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
