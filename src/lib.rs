//! quotestance: who says what in news articles, what they recommend, and where they
//! stand. A pipeline of small stages over one [`Document`]:
//! segment -> tokenize -> kinds -> quotes -> speakers -> attribute -> recommend ->
//! targets -> stance -> summary -> carry.
//!
//! ```
//! use quotestance::Pipeline;
//! let doc = Pipeline::rules_only().annotate("a1", "Kim said, \"Korea should act now.\"", vec![]);
//! assert_eq!(doc.sentences.len(), 1);
//! assert_eq!(doc.speakers[0].name, "Kim");
//! assert_eq!(doc.sentences[0].recommendations[0].action, "act now");
//! ```

pub mod batch;
pub mod classifier;
pub mod document;
pub mod encoder;
pub mod error;
pub mod eval;
pub mod io;
pub mod pipeline;
pub mod relevance;
pub mod resources;
pub mod stages;
pub mod synth;
pub mod text;
pub mod training;

pub use document::Document;
pub use error::{Error, Result};
pub use pipeline::Pipeline;
pub use resources::Resources;
