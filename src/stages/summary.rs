//! The stance summary: each speaker's (and the author's) overall position on each
//! target, from the sentences that convey it, each weighing as much as its label's
//! confidence (a recommendation outweighs a learned reading of a bare mention).

use std::collections::BTreeMap;

use crate::document::{Document, QuoteKind, SentenceKind, SpeakerType, StanceLabel, StanceSummary};
use crate::resources::Resources;
use crate::stages::stance;

/// The most a label the learned head gave a sentence that only names the target weighs:
/// as much as a rule's reading of an evaluation, less than a cue ("I support a modest
/// levy") or a recommendation, however sure the head is.
const LEARNED_WEIGHT: f32 = 0.6;

/// How sure a position taken from the group a person speaks after is: less than any
/// of the person's own words would make it.
const GROUP_CONFIDENCE: f32 = 0.5;

/// How much of the head's probability a side read from words that never name the
/// target keeps as the summary's confidence.
const IMPLICIT_WEIGHT: f32 = 0.5;

pub fn summarize(doc: &mut Document, res: &Resources) {
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
    let spoken_for = spoken_for_by_group(doc);
    doc.stance_summary.extend(spoken_for);
    let implicit = implicit_positions(doc, res);
    doc.stance_summary.extend(implicit);
    doc.stance_summary
        .sort_by_key(|s| (s.speaker.map_or(0, |k| k + 1), s.target));
}

/// "Privacy advocates warned that the check would leave a database of faces ...
/// \"Fraudsters will find the next loophole,\" said Oh Byung-il, who heads a digital
/// rights group.": a person who takes no side of their own on a target, quoted in the
/// paragraph where a group or an organisation took one, speaks for that side (the
/// nearest before the person's first words, in a report of the group's position: not
/// the narration, not another person's words).
fn spoken_for_by_group(doc: &Document) -> Vec<StanceSummary> {
    let mut out = Vec::new();
    for (s, speaker) in doc.speakers.iter().enumerate() {
        if speaker.kind != SpeakerType::Person {
            continue;
        }
        let own: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| {
                doc.sentences[i].kind == SentenceKind::Body && doc.sentences[i].speaker == Some(s)
            })
            .collect();
        let Some(&first) = own.first() else {
            continue;
        };
        let paragraph = doc.sentences[first].paragraph;
        for target in 0..doc.targets.len() {
            if doc
                .stance_summary
                .iter()
                .any(|x| x.speaker == Some(s) && x.target == target)
            {
                continue;
            }
            let group = (0..first)
                .rev()
                .take_while(|&j| doc.sentences[j].paragraph == paragraph)
                .find_map(|j| {
                    let st = doc.sentences[j]
                        .stances
                        .iter()
                        .find(|st| st.target == target && st.label != StanceLabel::Neutral)?;
                    Some((j, st.label))
                });
            let Some((j, label)) = group else {
                continue;
            };
            let reporter = &doc.sentences[j];
            let a_group = match reporter.speaker {
                None => reporter.unnamed_source,
                Some(k) => doc.speakers[k].kind == SpeakerType::Organisation,
            };
            if !a_group || !matches!(reporter.quote, QuoteKind::Indirect | QuoteKind::Mixed) {
                continue;
            }
            let mut evidence = vec![j];
            evidence.extend(
                own.iter()
                    .filter(|&&i| doc.sentences[i].paragraph == paragraph),
            );
            out.push(StanceSummary {
                speaker: Some(s),
                target,
                label,
                confidence: GROUP_CONFIDENCE,
                evidence,
            });
        }
    }
    out
}

/// The side of each speaker who never names a target, on the one their words speak of,
/// as the stance head reads their words (`stance::implicit_position`), less sure than any
/// position read from a sentence that names it.
fn implicit_positions(doc: &Document, res: &Resources) -> Vec<StanceSummary> {
    let silent = stance::silent_speakers_sentences(doc, res);
    (0..doc.speakers.len())
        .filter(|&s| !doc.stance_summary.iter().any(|x| x.speaker == Some(s)))
        .filter_map(|s| {
            let (target, label, probability, sentence) =
                stance::implicit_position(doc, s, &silent, res)?;
            Some(StanceSummary {
                speaker: Some(s),
                target,
                label,
                confidence: probability * IMPLICIT_WEIGHT,
                evidence: vec![sentence],
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{SentenceStance, Target, TargetOrigin};
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

    #[test]
    fn a_target_urged_slowed_down_weighs_less_than_a_judgement_of_it() {
        let target = Target {
            id: "T1".into(),
            name: "The subsidy cut".into(),
            aliases: vec!["the cut".into()],
            origin: TargetOrigin::Given,
        };
        let text = "Hyundai Motor said the subsidy cut would slow sales at the worst possible \
                    time. The company urged the ministry to phase in the cut over three years \
                    instead. Kia said the ministry should make the cut.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let summary: Vec<StanceLabel> = doc.stance_summary.iter().map(|s| s.label).collect();
        assert_eq!(summary, [StanceLabel::Against, StanceLabel::Favor]);
        // The phased recommendation keeps its side, less sure than one urged outright.
        let urged = |i: usize| &doc.sentences[i].stances[0];
        assert_eq!(urged(1).label, StanceLabel::Favor);
        assert!(urged(1).confidence < urged(2).confidence);
    }

    #[test]
    fn a_person_quoted_after_a_group_s_position_speaks_for_it() {
        let target = |name: &str| Target {
            id: "T1".into(),
            name: name.into(),
            aliases: vec!["the check".into()],
            origin: TargetOrigin::Given,
        };
        let text = "The ministry will require a face check.\n\nPrivacy advocates warned \
                    that the check would leave a database of faces. \"Fraudsters will find the \
                    next loophole,\" said Oh Byung-il, a digital rights activist.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target("Face checks")]);
        let oh = doc.speakers.iter().position(|s| s.name == "Oh Byung-il");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == oh);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Against));
        assert_eq!(summary.map(|s| s.evidence.clone()), Some(vec![1, 2]));
        // Not after another person's words.
        let text = "The ministry will require a face check.\n\nKim Min-ji said the check \
                    would leave a database of faces. \"Fraudsters will find the next \
                    loophole,\" said Oh Byung-il, a digital rights activist.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target("Face checks")]);
        let oh = doc.speakers.iter().position(|s| s.name == "Oh Byung-il");
        assert!(doc.stance_summary.iter().all(|s| s.speaker != oh));
    }
}
