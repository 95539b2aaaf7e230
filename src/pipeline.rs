//! The ordered stages, run over one article.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::document::{Document, Target};
use crate::resources::Resources;
use crate::stages;

/// A stage reads and annotates the document, borrowing the shared resources.
pub type Stage = fn(&mut Document, &Resources);

/// The stages in the order they run, each with its name.
pub const STAGES: [(&str, Stage); 14] = [
    ("segment", stages::segment::segment),
    ("tokenize", stages::tokenize::tokenize),
    ("kinds", stages::kinds::classify_kinds),
    ("quotes", stages::quotes::find_quotes),
    ("speakers", stages::speakers::find_speakers),
    ("attribute", stages::attribute::attribute),
    ("recommend", stages::recommend::recommend),
    ("targets", stages::targets::extract_targets),
    ("embed", stages::embed::embed),
    ("recommend_head", stages::recommend_head::refine),
    ("stance", stages::stance::classify_stance),
    ("summary", stages::summary::summarize),
    ("carry", stages::carry::carry_sides),
    ("validate", validate),
];

/// Runs the stages over articles. Cheap to share across threads.
#[derive(Clone, Copy)]
pub struct Pipeline<'r> {
    resources: &'r Resources,
}

/// A stage failed on an article (a bug, reported as that article's error record).
#[derive(Debug, Clone, thiserror::Error)]
#[error("stage '{stage}' failed: {message}")]
pub struct StageFailure {
    pub stage: &'static str,
    pub message: String,
}

impl Pipeline<'static> {
    /// The rule-based pipeline with the lexicons compiled into the binary.
    pub fn rules_only() -> Self {
        Pipeline {
            resources: Resources::embedded(),
        }
    }
}

impl<'r> Pipeline<'r> {
    pub fn new(resources: &'r Resources) -> Self {
        Pipeline { resources }
    }

    pub fn resources(&self) -> &'r Resources {
        self.resources
    }

    /// Annotates one article. Panics inside a stage propagate; `run` catches them.
    pub fn annotate(&self, id: &str, text: &str, targets: Vec<Target>) -> Document {
        let mut doc = Document::new(id, text, targets);
        for (_, stage) in STAGES {
            stage(&mut doc, self.resources);
        }
        doc
    }

    /// Annotates one article through the stage named `last` only: what that stage and
    /// the ones before it make of the article, as a stage's own tests read it.
    pub fn annotate_through(
        &self,
        last: &str,
        id: &str,
        text: &str,
        targets: Vec<Target>,
    ) -> Document {
        let mut doc = Document::new(id, text, targets);
        let through = STAGES
            .iter()
            .position(|(name, _)| *name == last)
            .map_or(STAGES.len(), |k| k + 1);
        for (_, stage) in &STAGES[..through] {
            stage(&mut doc, self.resources);
        }
        doc
    }

    /// Annotates one article; a stage that panics gives an error, not a crash.
    pub fn run(
        &self,
        id: &str,
        text: &str,
        targets: Vec<Target>,
    ) -> Result<Document, StageFailure> {
        self.finish(self.prepare(id, text, targets)?)
    }

    /// The stages before the encoder: a batch run prepares many articles, encodes their
    /// texts together (each distinct text once), then finishes each.
    pub fn prepare(
        &self,
        id: &str,
        text: &str,
        targets: Vec<Target>,
    ) -> Result<Document, StageFailure> {
        run_stages(
            Document::new(id, text, targets),
            &STAGES[..EMBED],
            self.resources,
        )
    }

    /// The encoder stage (for what is not embedded yet) and every stage after it.
    pub fn finish(&self, doc: Document) -> Result<Document, StageFailure> {
        run_stages(doc, &STAGES[EMBED..], self.resources)
    }

    pub fn encoder(&self) -> Option<&'r dyn crate::encoder::Encoder> {
        self.resources.encoder.as_deref()
    }
}

/// Where the encoder stage stands in `STAGES`.
const EMBED: usize = 8;

fn run_stages(
    mut doc: Document,
    stages: &[(&'static str, Stage)],
    res: &Resources,
) -> Result<Document, StageFailure> {
    for &(name, stage) in stages {
        let result = catch_unwind(AssertUnwindSafe(|| stage(&mut doc, res)));
        if let Err(panic) = result {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            return Err(StageFailure {
                stage: name,
                message,
            });
        }
    }
    Ok(doc)
}

/// The last stage: checks the invariants the output promises, so that a bug in a
/// stage becomes an error record rather than wrong offsets in a database.
fn validate(doc: &mut Document, _res: &Resources) {
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(
            s.span.start >= last_end && s.span.end <= doc.text.len() && s.span.start < s.span.end,
            "sentence spans out of order or out of bounds"
        );
        assert!(
            doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end),
            "sentence span not on a character boundary"
        );
        assert!(
            s.speaker.is_none_or(|sp| sp < doc.speakers.len()),
            "dangling speaker"
        );
        last_end = s.span.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explode(_: &mut Document, _: &Resources) {
        panic!("boom");
    }

    #[test]
    fn the_embed_stage_splits_the_pipeline() {
        assert_eq!(STAGES[EMBED].0, "embed");
    }

    #[test]
    fn a_panicking_stage_is_an_error_not_a_crash() {
        let doc = Document::new("x", "Some text.", Vec::new());
        let stages: [(&'static str, Stage); 2] = [("segment", STAGES[0].1), ("explode", explode)];
        let err = run_stages(doc, &stages, Resources::embedded()).unwrap_err();
        assert_eq!(err.stage, "explode");
        assert_eq!(err.message, "boom");
    }

    #[test]
    fn the_validator_rejects_broken_offsets() {
        let mut doc = Pipeline::rules_only().annotate("x", "One. Two.", Vec::new());
        doc.sentences[1].span.start = 0;
        let err = run_stages(doc, &[("validate", validate)], Resources::embedded()).unwrap_err();
        assert_eq!(err.stage, "validate");
    }
}
