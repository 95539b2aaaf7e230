//! The stance summary: each speaker's (and the author's) overall position on each
//! target, from the sentences that convey it, each weighing as much as its label's
//! confidence (a recommendation outweighs a learned reading of a bare mention).

use std::collections::BTreeMap;

use crate::document::{Document, SentenceKind, StanceLabel, StanceSummary};
use crate::resources::Resources;

pub fn summarize(doc: &mut Document, _res: &Resources) {
    // (speaker, target) -> (favor, against, neutral) sentence indices, in text order,
    // and the summed confidence of each.
    type Sides = ([Vec<usize>; 3], [f32; 3]);
    let mut groups: BTreeMap<(Option<usize>, usize), Sides> = BTreeMap::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        // An unnamed source ("Retailers welcomed the decision") conveys a position, but
        // no one's to summarise: speaker null is the author.
        if s.kind != SentenceKind::Body || (s.speaker.is_none() && s.unnamed_source) {
            continue;
        }
        for st in &s.stances {
            let slot = match st.label {
                StanceLabel::Favor => 0,
                StanceLabel::Against => 1,
                StanceLabel::Neutral => 2,
            };
            let (sentences, weight) = groups.entry((s.speaker, st.target)).or_default();
            sentences[slot].push(i);
            weight[slot] += st.confidence;
        }
    }
    doc.stance_summary = groups
        .into_iter()
        .map(|((speaker, target), ([favor, against, neutral], weight))| {
            let total: f32 = weight.iter().sum();
            let (label, evidence, score) = if weight[0] > weight[1] {
                (StanceLabel::Favor, favor, weight[0])
            } else if weight[1] > weight[0] {
                (StanceLabel::Against, against, weight[1])
            } else {
                // No side, or as much for as against: the evidence is all of it.
                let mut all = [favor, against, neutral].concat();
                all.sort_unstable();
                (StanceLabel::Neutral, all, 0.0)
            };
            let confidence = if label == StanceLabel::Neutral {
                0.5
            } else {
                score / total
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
