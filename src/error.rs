//! Errors of the library. The binary adds context and maps them to exit codes.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("lexicon {file}, line {line}: {message}")]
    Lexicon {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{path}: not valid JSON: {message}")]
    Json { path: String, message: String },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, Error>;
