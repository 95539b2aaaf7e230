//! Sides carried to recommendations: in an article about one course of action, a
//! sentence in which a speaker urges something without naming the target takes the side
//! the speaker's summary takes. It runs after the summary, which it leaves as the
//! speaker's own readings made it.

use crate::document::{Document, SentenceStance, StanceLabel};
use crate::resources::Resources;
use crate::stages::summary::summarised;

/// How sure a side carried from a speaker's position to a recommendation that does not
/// name the target is: less than any reading of the sentence's own words (the least of
/// those is 0.3), so that a filter on confidence can leave the carried sides out.
const CARRIED_CONFIDENCE: f32 = 0.25;

/// Words of advice on how a course is carried out, or of what is wanted besides or
/// before it ("The city should also publish the forecasts", "Fix the leaks first", "...
/// before it breaks ground"): such advice is given by supporters and opponents alike, so
/// it tells no side.
const SUPPLEMENTARY_WORDS: [&str; 8] = [
    "also",
    "first",
    "before",
    "publish",
    "publishes",
    "disclose",
    "discloses",
    "well",
];

/// Whether sentence `i` gives advice of that kind ("as well" counts, "well" alone not).
fn supplementary(doc: &Document, i: usize) -> bool {
    let tokens = doc.sentence_tokens(i);
    tokens.iter().enumerate().any(|(k, t)| {
        SUPPLEMENTARY_WORDS.contains(&t.lower.as_str())
            && (t.lower != "well" || k > 0 && tokens[k - 1].lower == "as")
    })
}

/// In an article about one course of action, what a speaker urges without naming it
/// serves the position the speaker takes on it: a supporter's "The agency should extend
/// it to scooters as well" is for it, an opponent's "Courts should use detention
/// instead" against it. The side is the speaker's summary, where that takes one; the
/// summary itself stays what the speaker's readings made it. Advice on how the course is
/// carried out or on what comes besides or before it ("should also publish the data")
/// carries no side.
pub fn carry_sides(doc: &mut Document, _res: &Resources) {
    let [_] = doc.targets.as_slice() else {
        return;
    };
    let lede = doc.lede();
    let carried: Vec<(usize, StanceLabel)> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|&(i, s)| {
            summarised(s)
                && !s.recommendations.is_empty()
                && s.stances.is_empty()
                && !supplementary(doc, i)
        })
        .filter_map(|(i, s)| {
            let position = doc
                .stance_summary
                .iter()
                .find(|p| p.speaker == s.speaker && p.target == 0)?;
            // A side given by no words of the speaker may be the one the lede's voice
            // takes for bringing the news of the course: not when the lede is this
            // sentence.
            let rests_elsewhere = !position.evidence.is_empty() || Some(i) != lede;
            (position.label != StanceLabel::Neutral && rests_elsewhere)
                .then_some((i, position.label))
        })
        .collect();
    for (i, label) in carried {
        doc.sentences[i].stances.push(SentenceStance {
            target: 0,
            label,
            confidence: CARRIED_CONFIDENCE,
            learned: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Target;
    use crate::pipeline::Pipeline;

    #[test]
    fn a_recommendation_that_names_no_target_takes_its_speaker_s_side() {
        let text = "Kim Min-su, who runs a bakery, said she supported the plastic bag ban. \
                    \"The city should hand out cloth bags at every market,\" Kim said. \
                    Lee Jae-won, who heads the shopkeepers' union, said he opposed the plastic \
                    bag ban. \"The city should fine the supermarkets instead,\" Lee said.";
        let bags = Target::given("T1", "A ban on plastic bags", &["the plastic bag ban"]);
        let doc = Pipeline::rules_only().annotate("t", text, vec![bags.clone()]);
        let labels: Vec<Vec<StanceLabel>> = doc
            .sentences
            .iter()
            .map(|s| s.stances.iter().map(|x| x.label).collect())
            .collect();
        assert_eq!(
            labels,
            [
                vec![StanceLabel::Favor],
                vec![StanceLabel::Favor],
                vec![StanceLabel::Against],
                vec![StanceLabel::Against]
            ]
        );
        // Carried, it weighs less than any reading of the sentence's own words.
        assert!(doc.sentences[1].stances[0].confidence < 0.3);
        // With two targets, which one a recommendation serves is not told.
        let other = Target::given("T2", "Free parking at markets", &["free parking"]);
        let doc = Pipeline::rules_only().annotate("t", text, vec![bags.clone(), other]);
        assert!(doc.sentences[1].stances.is_empty());
        assert!(doc.sentences[3].stances.is_empty());
        // Advice on how the course is carried out, or on what comes besides or first, is
        // given on either side.
        let text = "Kim Min-su, who runs a bakery, said she supported the plastic bag ban. \
                    \"The city should also publish how much plastic it collects,\" Kim said. \
                    \"Fix the recycling depots first,\" Kim said. \
                    \"The city should hand out cloth bags as well,\" Kim said.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![bags.clone()]);
        assert_eq!(doc.sentences[0].stances.len(), 1);
        assert!(doc.sentences[1..].iter().all(|s| s.stances.is_empty()));
        // A lede that urges: the side its voice is given for bringing the news rests on
        // this sentence alone.
        let lede = "The shopkeepers' union urged the city to hand out cloth bags at markets.";
        let doc = Pipeline::rules_only().annotate("t", lede, vec![bags]);
        assert!(
            doc.sentences[0].stances.is_empty(),
            "{:?}",
            doc.sentences[0].stances
        );
    }
}
