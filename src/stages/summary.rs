//! The stance summary: each speaker's (and the author's) overall position on each
//! target, from the sentences that convey it.

use std::collections::BTreeMap;

use crate::document::{Document, SentenceKind, StanceLabel, StanceSummary};
use crate::resources::Resources;

pub fn summarize(doc: &mut Document, _res: &Resources) {
    // (speaker, target) -> (favor, against, neutral) sentence indices, in text order.
    let mut groups: BTreeMap<(Option<usize>, usize), [Vec<usize>; 3]> = BTreeMap::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.kind != SentenceKind::Body {
            continue;
        }
        for st in &s.stances {
            let slot = match st.label {
                StanceLabel::Favor => 0,
                StanceLabel::Against => 1,
                StanceLabel::Neutral => 2,
            };
            groups.entry((s.speaker, st.target)).or_default()[slot].push(i);
        }
    }
    doc.stance_summary = groups
        .into_iter()
        .map(|((speaker, target), [favor, against, neutral])| {
            let total = (favor.len() + against.len() + neutral.len()) as f32;
            let (label, evidence) = if favor.len() > against.len() {
                (StanceLabel::Favor, favor)
            } else if against.len() > favor.len() {
                (StanceLabel::Against, against)
            } else {
                // No side, or as much for as against: the evidence is all of it.
                let mut all = [favor, against, neutral].concat();
                all.sort_unstable();
                (StanceLabel::Neutral, all)
            };
            let confidence = if label == StanceLabel::Neutral {
                0.5
            } else {
                evidence.len() as f32 / total
            };
            StanceSummary {
                speaker,
                target,
                label,
                confidence,
                evidence,
            }
        })
        .collect();
}
