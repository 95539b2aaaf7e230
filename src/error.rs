//! Errors of the library. The binary adds context and maps them to exit codes.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// The message holds the I/O error; it is not also given as `source()`, or
    /// reports that print the chain (`{:#}`) would say it twice.
    #[error("{path}: {cause}")]
    Io { path: String, cause: std::io::Error },
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
