//! The stages of the pipeline, in the order they run. Each reads and annotates the
//! `Document`; none calls another.

pub mod attribute;
pub mod carry;
pub mod embed;
pub mod kinds;
pub mod quotes;
pub mod recommend;
pub mod recommend_head;
pub mod segment;
pub mod speakers;
pub mod stance;
pub mod summary;
pub mod targets;
pub mod tokenize;
