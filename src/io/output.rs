//! The output records of `io-contract.md` (a public interface: extend, never rename),
//! built from an annotated `Document`, and their JSON Schema.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::{
    Document, Polarity, QuoteKind, SentenceKind, SpeakerType, StanceLabel, Strength, Target,
};

pub const SCHEMA_VERSION: &str = "1.0";

/// One line of output: an article's result or the error that stopped it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Record {
    Article(Box<ArticleRecord>),
    Error(ErrorRecord),
}

impl Record {
    pub fn id(&self) -> &str {
        match self {
            Record::Article(a) => &a.id,
            Record::Error(e) => &e.id,
        }
    }
    pub fn is_error(&self) -> bool {
        matches!(self, Record::Error(_))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    pub schema_version: String,
    pub id: String,
    pub error: ErrorInfo,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ErrorInfo {
    /// A stable machine-readable kind: `invalid_json`, `invalid_utf8`, `missing_text`,
    /// `empty_text`, `too_large`, `read_error`, `stage_failure`.
    pub kind: String,
    pub message: String,
}

impl ErrorRecord {
    pub fn new(id: impl Into<String>, kind: &str, message: impl Into<String>) -> Self {
        ErrorRecord {
            schema_version: SCHEMA_VERSION.into(),
            id: id.into(),
            error: ErrorInfo {
                kind: kind.into(),
                message: message.into(),
            },
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    pub schema_version: String,
    pub id: String,
    pub pipeline: PipelineInfo,
    pub speakers: Vec<SpeakerOut>,
    pub targets: Vec<Target>,
    pub sentences: Vec<SentenceOut>,
    pub stance_summary: Vec<SummaryOut>,
}

/// What produced the record.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct PipelineInfo {
    pub version: String,
    /// Model or resource name to its version or origin.
    pub models: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SpeakerOut {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    pub mentions: Vec<MentionOut>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct MentionOut {
    /// UTF-8 byte offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SentenceOut {
    pub index: usize,
    /// UTF-8 byte offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Unicode scalar value offsets, end exclusive.
    pub char_start: usize,
    pub char_end: usize,
    pub text: String,
    pub kind: SentenceKind,
    pub speaker: Option<String>,
    pub quote: QuoteKind,
    pub recommendations: Vec<RecommendationOut>,
    pub stances: Vec<StanceOut>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RecommendationOut {
    pub actor: Option<String>,
    pub action: String,
    pub polarity: Polarity,
    pub strength: Strength,
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct StanceOut {
    pub target: String,
    pub label: StanceLabel,
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: f32,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct SummaryOut {
    /// A speaker id, or null for the author.
    pub speaker: Option<String>,
    pub target: String,
    pub label: StanceLabel,
    /// 0.2 for a side no sentence of the speaker's conveys: the article's balance (the
    /// side opposite to the one most positions read on the target take), with no
    /// evidence.
    #[schemars(range(min = 0.0, max = 1.0))]
    pub confidence: f32,
    /// Indices of the sentences that support the label.
    pub evidence: Vec<usize>,
}

fn speaker_id(index: usize) -> String {
    format!("s{}", index + 1)
}

/// Rounds a confidence so that output bytes do not depend on float noise.
fn round(x: f32) -> f32 {
    (x.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

impl ArticleRecord {
    pub fn from_document(doc: &Document, models: &BTreeMap<String, String>) -> Self {
        // Unicode scalar offset of every byte offset we report, computed in one pass.
        let mut char_at = vec![0usize; doc.text.len() + 1];
        let mut chars = 0;
        for (b, c) in doc.text.char_indices() {
            for slot in &mut char_at[b..b + c.len_utf8()] {
                *slot = chars;
            }
            chars += 1;
        }
        char_at[doc.text.len()] = chars;

        let speakers = doc
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| SpeakerOut {
                id: speaker_id(i),
                name: s.name.clone(),
                kind: s.kind,
                aliases: s.aliases.clone(),
                description: s.description.clone(),
                mentions: s
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        start: m.span.start,
                        end: m.span.end,
                        text: doc.slice(m.span).to_string(),
                    })
                    .collect(),
            })
            .collect();
        let target_id = |t: usize| doc.targets[t].id.clone();
        let sentences = doc
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceOut {
                index,
                start: s.span.start,
                end: s.span.end,
                char_start: char_at[s.span.start],
                char_end: char_at[s.span.end],
                text: doc.slice(s.span).to_string(),
                kind: s.kind,
                speaker: s.speaker.map(speaker_id),
                quote: s.quote,
                recommendations: s
                    .recommendations
                    .iter()
                    .map(|r| RecommendationOut {
                        actor: r.actor.clone(),
                        action: r.action.clone(),
                        polarity: r.polarity,
                        strength: r.strength,
                        confidence: round(r.confidence),
                    })
                    .collect(),
                stances: s
                    .stances
                    .iter()
                    .map(|st| StanceOut {
                        target: target_id(st.target),
                        label: st.label,
                        confidence: round(st.confidence),
                    })
                    .collect(),
            })
            .collect();
        let stance_summary = doc
            .stance_summary
            .iter()
            .map(|s| SummaryOut {
                speaker: s.speaker.map(speaker_id),
                target: target_id(s.target),
                label: s.label,
                confidence: round(s.confidence),
                evidence: s.evidence.clone(),
            })
            .collect();
        ArticleRecord {
            schema_version: SCHEMA_VERSION.into(),
            id: doc.id.clone(),
            pipeline: PipelineInfo {
                version: env!("CARGO_PKG_VERSION").into(),
                models: models.clone(),
            },
            speakers,
            targets: doc.targets.clone(),
            sentences,
            stance_summary,
        }
    }
}

/// The JSON Schema of one output line.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Record);
    serde_json::to_value(&schema).unwrap_or(serde_json::Value::Null)
}
