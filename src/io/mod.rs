//! Reading articles and writing results, in the shapes of `io-contract.md`.

pub mod input;
pub mod output;
pub mod resume;
