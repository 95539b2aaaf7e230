//! The stance summary: each speaker's (and the author's) overall position on each
//! target, from the sentences that convey it, each weighing as much as its label's
//! confidence (a recommendation outweighs a learned reading of a bare mention).

use std::collections::BTreeMap;

use crate::document::{Document, SentenceKind, StanceLabel, StanceSummary};
use crate::resources::Resources;

/// The most a label the learned head gave a sentence that only names the target weighs:
/// as much as a rule's reading of an evaluation, less than a cue ("I support a modest
/// levy") or a recommendation, however sure the head is.
const LEARNED_WEIGHT: f32 = 0.6;

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
            weight[slot] += if st.learned {
                st.confidence.min(LEARNED_WEIGHT)
            } else {
                st.confidence
            };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SentenceStance;
    use crate::pipeline::Pipeline;

    #[test]
    fn a_rule_s_cue_outweighs_one_sure_reading_of_the_head() {
        let text = "\"I support a modest levy,\" Oh said. \"The tax is collected through the registry,\" Oh said.";
        let mut doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let stance = |label, confidence, learned| SentenceStance {
            target: 0,
            label,
            confidence,
            learned,
        };
        doc.sentences[0].stances = vec![stance(StanceLabel::Favor, 0.7, false)];
        doc.sentences[1].stances = vec![stance(StanceLabel::Against, 0.95, true)];
        summarize(&mut doc, Resources::embedded());
        assert_eq!(doc.stance_summary[0].label, StanceLabel::Favor);
        doc.sentences[1].stances[0].learned = false;
        summarize(&mut doc, Resources::embedded());
        assert_eq!(doc.stance_summary[0].label, StanceLabel::Against);
    }
}
