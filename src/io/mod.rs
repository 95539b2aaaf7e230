//! Reading articles and writing results, in the shapes of `io-contract.md`, and the
//! file reads every part of the project shares.

use std::path::Path;

use crate::error::Error;

pub mod input;
pub mod output;
pub mod resume;

/// A file's text; the error names the file.
pub fn read_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|cause| Error::Io {
        path: path.display().to_string(),
        cause,
    })
}

/// A JSON file as a `T`; the error names the file and what is wrong with it.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Error> {
    serde_json::from_str(&read_text(path)?).map_err(|e| Error::Json {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}
