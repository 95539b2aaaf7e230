//! The stance summary: each speaker's (and the author's) overall position on each
//! target, from the sentences that convey it, each weighing as much as its label's
//! confidence (a recommendation outweighs a learned reading of a bare mention).

use std::collections::BTreeMap;

use crate::document::{
    Document, QuoteKind, Sentence, SentenceKind, Span, Speaker, SpeakerType, StanceLabel,
    StanceSummary,
};
use crate::resources::Resources;
use crate::stages::kinds::is_opinion_piece;
use crate::stages::stance::{
    Evidence, INTENTION_VERBS, announces_course, but_follows, mentions, sets_public_rules,
    target_phrases,
};
use crate::text::{gerund_bases, is_capitalized, lower_words, normalize_name, possessor};

/// The most a label the learned head gave a sentence that only names the target weighs:
/// as much as a rule's reading of an evaluation, less than a cue ("I support a modest
/// levy") or a recommendation, however sure the head is.
const LEARNED_WEIGHT: f32 = 0.6;

/// How sure a position taken from the group a person speaks after is: less than any
/// of the person's own words would make it.
const GROUP_CONFIDENCE: f32 = 0.5;

/// How sure a side given by an article's balance, not by a speaker's words, is
/// (`implicit_positions`): less than any side read from words.
const BALANCE_CONFIDENCE: f32 = 0.2;

/// The stage: each (speaker, target) pair's side from the sentences that give one, then
/// the pairs no sentence gave a side (a group's, a plan's, the article's balance).
pub fn summarize(doc: &mut Document, res: &Resources) {
    // (speaker, target) -> (favor, against, neutral) sentence indices, in text order,
    // and the summed confidence of each.
    type Sides = ([Vec<usize>; 3], [f32; 3], [f32; 3]);
    let mut groups: BTreeMap<(Option<usize>, usize), Sides> = BTreeMap::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if !summarised(s) {
            continue;
        }
        let conceded = conceded_before_but(doc, i);
        for st in &s.stances {
            // "I am not against convenience stores selling fever reducers. But a clerk
            // cannot tell ...": the side conceded is the one the speaker goes on to
            // set aside, unless the "but" keeps it.
            let kept = doc.sentences[i + 1..].first().is_some_and(|n| {
                n.stances
                    .iter()
                    .any(|x| x.target == st.target && x.label == st.label)
            });
            let label = match st.label {
                StanceLabel::Favor if conceded && !kept => StanceLabel::Against,
                StanceLabel::Against if conceded && !kept => StanceLabel::Favor,
                label => label,
            };
            let slot = match label {
                StanceLabel::Favor => 0,
                StanceLabel::Against => 1,
                StanceLabel::Neutral => 2,
            };
            let (sentences, weight, ruled) = groups.entry((s.speaker, st.target)).or_default();
            sentences[slot].push(i);
            weight[slot] += if st.learned {
                st.confidence.min(LEARNED_WEIGHT)
            } else {
                ruled[slot] += st.confidence;
                st.confidence
            };
        }
    }
    doc.stance_summary = groups
        .into_iter()
        .map(
            |((speaker, target), ([favor, against, neutral], weight, ruled))| {
                let total: f32 = weight.iter().sum();
                // As much for as against: the side the rules read more of, where the head's
                // reading of a bare mention made up the rest (a rule's reading outweighs the
                // head's of the same weight).
                let ahead = |a: usize, b: usize| {
                    weight[a] > weight[b] || (weight[a] == weight[b] && ruled[a] > ruled[b])
                };
                let (label, evidence, score) = if ahead(0, 1) {
                    (StanceLabel::Favor, favor, weight[0])
                } else if ahead(1, 0) {
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
            },
        )
        .collect();
    let spoken_for = spoken_for_by_group(doc);
    doc.stance_summary.extend(spoken_for);
    let planned = planned_positions(doc, res);
    doc.stance_summary.extend(planned);
    let implicit = implicit_positions(doc, res);
    doc.stance_summary.extend(implicit);
    doc.stance_summary
        .sort_by_key(|s| (s.speaker.map_or(0, |k| k + 1), s.target));
}

/// Whether the stances of sentence `s` count towards its speaker's summary: a body
/// sentence's. An unnamed source ("Retailers welcomed the decision") conveys a
/// position, but no one's to summarise: speaker null is the author.
pub(crate) fn summarised(s: &Sentence) -> bool {
    s.kind == SentenceKind::Body && !(s.speaker.is_none() && s.unnamed_source)
}

/// Whether sentence `i` is a point conceded: it says the speaker is "not against" or
/// "not opposed" to something, or is so "in principle" or "as such", and the next
/// sentence, in the same voice and paragraph, opens with "But", "However" or "Yet".
fn conceded_before_but(doc: &Document, i: usize) -> bool {
    let concedes = lower_words(doc.sentence_tokens(i)).windows(2).any(|w| {
        matches!(
            w,
            ["not", "against" | "opposed"] | ["in", "principle"] | ["as", "such"]
        )
    });
    let speaker = doc.sentences[i].speaker;
    concedes
        && speaker.is_some()
        && doc
            .sentences
            .get(i + 1)
            .is_some_and(|next| next.speaker == speaker)
        && but_follows(doc, i)
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

/// "The Ministry of Education plans to merge kindergartens and daycare centers": an
/// organisation the narration says intends to carry out a target, as the sentence's
/// subject, takes the side the rules read in its intention (a plan to scrap it is
/// against), where none of its own words gave one. The narration's sentence is no one's
/// words, so it gives no sentence a stance.
fn planned_positions(doc: &Document, res: &Resources) -> Vec<StanceSummary> {
    // The targets' phrases, made only for an article whose narration tells a plan.
    let mut phrases = None;
    let mut out: Vec<StanceSummary> = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if sentence.kind != SentenceKind::Body
            || sentence.speaker.is_some()
            || sentence.unnamed_source
            || sentence.quote != QuoteKind::None
        {
            continue;
        }
        let tokens = doc.sentence_tokens(i);
        let opens = |span: Span| tokens.iter().take(2).any(|t| t.span.start == span.start);
        let organisations = doc
            .speakers
            .iter()
            .enumerate()
            .filter(|(_, sp)| sp.kind == SpeakerType::Organisation);
        let subject = organisations.into_iter().find_map(|(k, sp)| {
            let m = sp
                .mentions
                .iter()
                .find(|m| sentence.span.contains(m.span) && opens(m.span))?;
            let verb = tokens.iter().position(|t| t.span.start >= m.span.end)?;
            INTENTION_VERBS
                .contains(&tokens[verb].lower.as_str())
                .then_some((k, verb))
        });
        let Some((speaker, verb)) = subject else {
            continue;
        };
        let phrases = phrases.get_or_insert_with(|| target_phrases(&doc.targets, res));
        for m in mentions(doc, i, phrases, res) {
            // The target is the act intended ("plans to merge ..."), or the rules read
            // a side in what is intended of it ("aims to scrap ...").
            let intended = tokens.get(verb + 1).is_some_and(|t| t.lower == "to")
                && m.occurrences
                    .first()
                    .is_some_and(|&(first, _)| first == verb + 2);
            let label = match m.reading.evidence {
                Evidence::Mention if intended => StanceLabel::Favor,
                Evidence::Mention => continue,
                _ => m.reading.label,
            };
            let taken = doc
                .stance_summary
                .iter()
                .chain(out.iter())
                .any(|x| x.speaker == Some(speaker) && x.target == m.target);
            if taken || label == StanceLabel::Neutral {
                continue;
            }
            out.push(StanceSummary {
                speaker: Some(speaker),
                target: m.target,
                label,
                confidence: GROUP_CONFIDENCE,
                evidence: vec![i],
            });
        }
    }
    out
}

/// The side of each speaker on each target no sentence of theirs gave a side on, by the
/// article's balance, not by their words: the side opposite to the one most of the
/// positions already read on that target take, favor when they are even
/// (`balance_side`), at `BALANCE_CONFIDENCE` and with no evidence. A report sets voices
/// against each other: a voice that never names a target ("\"The real cruelty is a lost
/// dog that nobody can trace,\" said the vet" on a microchip rule) is most often the
/// answer to those that did, and one that took a side on one target and none on another
/// was most often quoted against the others there too. On our own articles this balance
/// is right more often than the stance head reading such words whole, and far more often
/// than leaving the pair out.
fn implicit_positions(doc: &Document, res: &Resources) -> Vec<StanceSummary> {
    // "Stalking suspects could be ordered to wear ankle monitors under a bill the
    // Ministry of Justice sent to the Assembly": the speaker of an article's first body
    // sentence, the voice that most often brings the news of the course it is about.
    let lede_sentence = doc.lede();
    // "Jeju Province is considering a charge on cruise passengers": the speaker named
    // where a lede with no verb of speech opens is its voice too.
    let lede = lede_sentence.and_then(|l| {
        let start = doc.sentences[l].span.start;
        doc.sentences[l].speaker.or_else(|| {
            doc.speakers
                .iter()
                .position(|sp| sp.mentions.iter().any(|m| m.span.start == start))
        })
    });
    let lede_label = lede_sentence.map(|l| lede_side(doc, l, res));
    // The news an organisation's lede announces in words that name no target ("Busan
    // will stop running 12 night bus routes from March, the city said") is not one of
    // the voices the others answer: a side that rests on that sentence alone stays out
    // of the balance.
    let announced = lede_sentence.filter(|&l| {
        announces_course(doc, l)
            && mentions(doc, l, &target_phrases(&doc.targets, res), res).is_empty()
    });
    let voices: Vec<StanceSummary> = doc
        .stance_summary
        .iter()
        .filter(|x| {
            !(lede.is_some() && x.speaker == lede && announced.is_some_and(|l| x.evidence == [l]))
        })
        .cloned()
        .collect();
    let read = &doc.stance_summary;
    let mut out = Vec::new();
    for s in 0..doc.speakers.len() {
        let sided: Vec<usize> = read
            .iter()
            .filter(|x| x.speaker == Some(s))
            .map(|x| x.target)
            .collect();
        let deciding = sided.is_empty() && still_deciding(doc, s, res);
        out.extend(
            (0..doc.targets.len())
                .filter(|t| !sided.contains(t))
                .map(|target| StanceSummary {
                    speaker: Some(s),
                    target,
                    label: deciding
                        .then_some(StanceLabel::Neutral)
                        .or_else(|| organisation_side(doc, s, target, res))
                        .or_else(|| lede_label.filter(|_| lede == Some(s)))
                        // "The Ministry of Land ... said it had received 3,000
                        // complaints": a body that sets public rules, whose words take
                        // no side, is most often one of the authorities behind the
                        // course, not a voice answering it (on our own articles, where
                        // the balance set such a body against the side most voices
                        // took, it was for the target in nine pairs of nineteen,
                        // against in five, neutral in five).
                        .or_else(|| {
                            sets_public_rules(&doc.speakers[s], res).then_some(StanceLabel::Favor)
                        })
                        .unwrap_or_else(|| balance_side(&voices, target)),
                    confidence: BALANCE_CONFIDENCE,
                    evidence: Vec::new(),
                }),
        );
    }
    // "[Editorial] Leave mukbang to the viewers": the writer of an opinion piece, or
    // of a text that reports no one, holds a view on what it is about even where no
    // sentence of theirs was read to give one; it answers the voices as a silent
    // speaker's does.
    if is_opinion_piece(doc, res) || doc.reports_no_one() {
        out.extend(
            (0..doc.targets.len())
                .filter(|&t| !read.iter().any(|x| x.speaker.is_none() && x.target == t))
                .map(|target| StanceSummary {
                    speaker: None,
                    target,
                    label: balance_side(&voices, target),
                    confidence: BALANCE_CONFIDENCE,
                    evidence: Vec::new(),
                }),
        );
    }
    out
}

/// Verbs of weighing a course without taking it, besides those of `review_verbs.txt`
/// (which a recommendation may also urge: "should consider" is a weak one).
const WEIGHING_VERBS: [&str; 4] = ["consider", "weigh", "mull", "explore"];

/// The side of the speaker of the lede (sentence `lede`) where no words of theirs gave
/// one: for the course it brings (on our own blind articles, such a speaker with no side
/// read was for the target in sixteen pairs of twenty-two, against in four), unless the
/// lede says it is still weighing it ("Jeonju City is studying a cap of 30,000 visitors
/// a day", "The Fair Trade Commission is considering a cap"): such a speaker was
/// neutral in fifteen of the seventeen pairs of our articles.
fn lede_side(doc: &Document, lede: usize, res: &Resources) -> StanceLabel {
    let words = lower_words(doc.sentence_tokens(lede));
    if words.windows(2).any(|w| weighing_now(w, res)) {
        StanceLabel::Neutral
    } else {
        StanceLabel::Favor
    }
}

/// Whether `base` is a verb of weighing a course without taking it.
fn weighs(base: &str, res: &Resources) -> bool {
    res.review_verbs.contains(base) || WEIGHING_VERBS.contains(&base)
}

/// Whether two words say a course is being weighed now: "is studying", "were
/// considering".
fn weighing_now(words: &[&str], res: &Resources) -> bool {
    matches!(words, ["is" | "are" | "was" | "were", verb]
        if gerund_bases(verb).iter().any(|b| weighs(b, res)))
}

/// Whether a sentence of speaker `s` says it has still to decide ("The ministry said it
/// would decide by the end of the year", "it would review the bill", "it was studying
/// a ban", "has yet to decide"). Where no words of such a speaker gave a side on any
/// target, it is neutral on each: in the golds of our own articles, a speaker with such
/// a sentence and no other side on a target was neutral on it in sixty-one pairs of
/// sixty-two (one who took a side on another target may weigh only that one: the
/// operator that "would study" pet carriages had opened its trains to pets).
fn still_deciding(doc: &Document, s: usize, res: &Resources) -> bool {
    (0..doc.sentences.len())
        .filter(|&i| {
            doc.sentences[i].kind == SentenceKind::Body && doc.sentences[i].speaker == Some(s)
        })
        .any(|i| {
            lower_words(doc.sentence_tokens(i))
                .windows(2)
                .any(|w| match w {
                    ["would" | "will", verb] => *verb == "decide" || weighs(verb, res),
                    ["to", "decide"] => true,
                    _ => weighing_now(w, res),
                })
        })
}

/// "said Yoo Chang-soo, head of the city's Future Han River Headquarters": a person whose
/// description names an organisation that speaks in the article (by its name, an alias,
/// or "the city's" for a name "the city" stands for, organisation_descriptions.txt)
/// takes its side, where their own words gave none, before the article's balance: the
/// side the organisation's words took on `target` (read from `doc.stance_summary`).
fn organisation_side(
    doc: &Document,
    s: usize,
    target: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let speaker = &doc.speakers[s];
    if speaker.kind != SpeakerType::Person {
        return None;
    }
    let described = speaker.description.as_deref()?;
    let description = format!(" {} ", normalize_name(described));
    let words: Vec<String> = described
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    // The word after each "the" of the description ("the city's", "the network,").
    let after_the: Vec<&str> = words
        .windows(2)
        .filter(|w| w[0] == "the")
        .map(|w| w[1].as_str())
        .collect();
    // "the city's": the organisation a generic noun stands for, owning the post.
    let owners: Vec<&Vec<String>> = after_the
        .iter()
        .filter_map(|w| res.organisation_descriptions.get(possessor(w)?))
        .collect();
    // "a veterinarian who works with the network": an organisation taken up by the
    // word of its kind its name holds ("Daegu Cat Care Network").
    // "union chairman", "Association vice president": so is the word of its kind that
    // the role is of.
    let before_role = words
        .windows(2)
        .filter(|w| res.is_role(&w[1]))
        .map(|w| w[0].as_str());
    let kinds: Vec<&str> = after_the
        .iter()
        .copied()
        .chain(before_role)
        .map(|w| {
            let word = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            possessor(word).unwrap_or(word)
        })
        .filter(|w| res.organisation_words.contains(*w))
        .collect();
    let names = |o: &Speaker| {
        std::iter::once(&o.name)
            .chain(&o.aliases)
            .map(|n| normalize_name(n))
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
    };
    // "Justice Minister", "vice minister of culture": the portfolio a minister holds
    // names the ministry ("the Ministry of Justice", "the culture ministry").
    // The words without the punctuation around them ("Minister," is "minister").
    let bare_words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let minister = words.iter().any(|w| w == "minister");
    let portfolio: Vec<&str> = if minister {
        bare_words
            .iter()
            .copied()
            .filter(|w| {
                !matches!(
                    *w,
                    "" | "minister"
                        | "vice"
                        | "deputy"
                        | "first"
                        | "second"
                        | "former"
                        | "the"
                        | "of"
                        | "and"
                        | "for"
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    // A ministry's name ("ministry of justice", "the culture ministry"), normalised.
    let ministry = |n: &String| n.split(' ').any(|w| w == "ministry");
    // "Vice Minister Jeon": a minister whose portfolio goes unnamed belongs to the one
    // ministry that speaks in the article.
    let unnamed_portfolio = || {
        let mut ministries = (0..doc.speakers.len()).filter(|&o| {
            let org = &doc.speakers[o];
            org.kind == SpeakerType::Organisation && names(org).iter().any(ministry)
        });
        match (ministries.next(), ministries.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    };
    // "Mayor Lee Jang-woo", "District head Jung", "County Governor Kim": the head of a
    // local government belongs to the one government of that kind that speaks in the
    // article ("the city", "Seongdong District"), where the description names no place
    // that government's names lack ("Busan Mayor" is not Seoul's).
    let local_head = || {
        let has = |w: &str| bare_words.contains(&w);
        let kind = if has("mayor") {
            "city"
        } else if has("district") && (has("head") || has("chief")) {
            "district"
        } else if has("governor") && has("county") {
            "county"
        } else if has("governor") {
            "province"
        } else {
            return None;
        };
        let kind_words: Vec<&str> = std::iter::once(kind)
            .chain(
                res.organisation_descriptions
                    .get(kind)
                    .into_iter()
                    .flatten()
                    .map(String::as_str),
            )
            .collect();
        let places: Vec<String> = described
            .split_whitespace()
            .filter(|w| is_capitalized(w))
            .map(|w| w.to_lowercase())
            .filter(|w| {
                !matches!(
                    w.as_str(),
                    "mayor"
                        | "district"
                        | "head"
                        | "chief"
                        | "county"
                        | "governor"
                        | "provincial"
                        | "city"
                )
            })
            .collect();
        let mut governments = (0..doc.speakers.len()).filter(|&o| {
            let org = &doc.speakers[o];
            let names = names(org);
            let name_words: Vec<&str> = names.iter().flat_map(|n| n.split(' ')).collect();
            org.kind == SpeakerType::Organisation
                && name_words.iter().any(|w| kind_words.contains(w))
                && places.iter().all(|p| name_words.contains(&p.as_str()))
        });
        match (governments.next(), governments.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    };
    let organisation = (minister && portfolio.is_empty())
        .then(unnamed_portfolio)
        .flatten()
        .or_else(local_head)
        .or_else(|| {
            (0..doc.speakers.len()).find(|&o| {
                let org = &doc.speakers[o];
                org.kind == SpeakerType::Organisation
                    && (names(org)
                        .iter()
                        .any(|n| description.contains(&format!(" {n} ")))
                        || owners.iter().any(|stands_for| {
                            org.name
                                .split_whitespace()
                                .any(|w| stands_for.contains(&w.to_lowercase()))
                        })
                        || org
                            .name
                            .split_whitespace()
                            .any(|w| kinds.contains(&w.to_lowercase().as_str()))
                        || names(org).iter().any(|n| {
                            ministry(n) && portfolio.iter().any(|w| n.split(' ').any(|x| x == *w))
                        }))
            })
        })?;
    doc.stance_summary
        .iter()
        .find(|x| {
            x.speaker == Some(organisation) && x.target == target && x.label != StanceLabel::Neutral
        })
        .map(|x| x.label)
}

/// The side opposite to the one most of `positions` on `target` take: against when
/// favor outnumbers against, favor otherwise.
fn balance_side(positions: &[StanceSummary], target: usize) -> StanceLabel {
    let count = |label| {
        positions
            .iter()
            .filter(|x| x.target == target && x.label == label)
            .count()
    };
    if count(StanceLabel::Favor) > count(StanceLabel::Against) {
        StanceLabel::Against
    } else {
        StanceLabel::Favor
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{SentenceStance, Target};
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
        // As much for as against: the rule's reading outweighs the head's.
        doc.sentences[0].stances = vec![stance(StanceLabel::Favor, 0.6, false)];
        doc.sentences[1].stances = vec![stance(StanceLabel::Against, 0.61, true)];
        summarize(&mut doc, Resources::embedded());
        assert_eq!(doc.stance_summary[0].label, StanceLabel::Favor);
    }

    #[test]
    fn a_target_urged_slowed_down_weighs_less_than_a_judgement_of_it() {
        let target = Target::given("T1", "The subsidy cut", &["the cut"]);
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
        let text = "The ministry will require a face check.\n\nPrivacy advocates warned \
                    that the check would leave a database of faces. \"Fraudsters will find the \
                    next loophole,\" said Oh Byung-il, a digital rights activist.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target::given("T1", "Face checks", &["the check"])],
        );
        let oh = doc.speakers.iter().position(|s| s.name == "Oh Byung-il");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == oh);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Against));
        assert_eq!(summary.map(|s| s.evidence.clone()), Some(vec![1, 2]));
        // Not after another person's words.
        let text = "The ministry will require a face check.\n\nKim Min-ji said the check \
                    would leave a database of faces. \"Fraudsters will find the next \
                    loophole,\" said Oh Byung-il, a digital rights activist.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target::given("T1", "Face checks", &["the check"])],
        );
        let oh = doc.speakers.iter().position(|s| s.name == "Oh Byung-il");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == oh);
        // Oh's side is the article's balance (against Kim's), not Kim's.
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
        assert_eq!(summary.map(|s| s.confidence), Some(BALANCE_CONFIDENCE));
    }

    #[test]
    fn a_speaker_who_never_names_the_target_answers_the_voices_that_do() {
        let target = Target::given("T1", "Microchips for pet dogs", &["the microchip rule"]);
        let text = "Kim Min-ji said she supports the microchip rule. Lee Ho-jin said he \
                    welcomed the microchip rule. \"A tag falls off in a week,\" said Park \
                    Soo-ah, who breeds dogs. \"Owners will pay for it,\" Park said.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target.clone()]);
        let park = doc.speakers.iter().position(|s| s.name == "Park Soo-ah");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == park);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Against));
        // No sentence of Park's conveys it.
        assert_eq!(summary.map(|s| s.evidence.is_empty()), Some(true));
        // Even voices before: favor.
        let text = "Kim Min-ji said she supports the microchip rule. Lee Ho-jin said he \
                    opposes the microchip rule. \"A tag falls off in a week,\" said Park \
                    Soo-ah, who breeds dogs.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let park = doc.speakers.iter().position(|s| s.name == "Park Soo-ah");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == park);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
    }

    #[test]
    fn the_voice_of_the_lede_brings_the_news_and_is_for_it() {
        let target = Target::given("T1", "Ankle monitors for stalkers", &["ankle monitors"]);
        let text = "Suspects wore tracking devices before trial last year, the Ministry of \
                    Justice said Thursday. The Korea Victim Support Association said it \
                    welcomed ankle monitors.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let ministry = doc
            .speakers
            .iter()
            .position(|s| s.name == "Ministry of Justice");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == ministry);
        // The balance of the voices would give the association's side's opposite.
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
        assert_eq!(summary.map(|s| s.evidence.is_empty()), Some(true));
    }

    #[test]
    fn the_voice_of_a_lede_that_is_still_weighing_the_course_is_neutral() {
        let target = Target::given("T1", "Capping daily visitors", &["the visitor cap"]);
        let side = |lede: &str| {
            let text = format!(
                "{lede}\n\nResidents said the visitor cap was overdue.\n\n\
                 Merchants said tourists would go elsewhere."
            );
            let doc = Pipeline::rules_only().annotate("t", &text, vec![target.clone()]);
            let city = doc.speakers.iter().position(|s| s.name == "Jeonju City");
            doc.stance_summary
                .iter()
                .find(|s| s.speaker == city)
                .map(|s| s.label)
        };
        assert_eq!(
            side("Jeonju City is studying a limit of 30,000 people a day, the city said."),
            Some(StanceLabel::Neutral)
        );
        assert_eq!(
            side("Jeonju City is considering a limit of 30,000 people a day, the city said."),
            Some(StanceLabel::Neutral)
        );
        assert_eq!(
            side("Jeonju City will set a limit of 30,000 people a day, the city said."),
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_speaker_that_has_still_to_decide_and_took_no_side_is_neutral() {
        let target = Target::given("T1", "Renaming the airport", &["the new name"]);
        let side = |words: &str| {
            let text = format!(
                "The province asked for the new name.\n\n\
                 The city said the new name would cost billions.\n\n\
                 The Ministry of Land said it {words}."
            );
            let doc = Pipeline::rules_only().annotate("t", &text, vec![target.clone()]);
            let ministry = doc
                .speakers
                .iter()
                .position(|s| s.name == "Ministry of Land");
            doc.stance_summary
                .iter()
                .find(|s| s.speaker == ministry)
                .map(|s| s.label)
        };
        assert_eq!(
            side("would decide by the end of the year"),
            Some(StanceLabel::Neutral)
        );
        assert_eq!(
            side("was reviewing the request"),
            Some(StanceLabel::Neutral)
        );
        // A body that sets public rules and says nothing of weighing is one of the
        // authorities behind the course.
        assert_eq!(side("had received 3,000 letters"), Some(StanceLabel::Favor));
    }

    #[test]
    fn the_speaker_who_opens_a_lede_without_a_verb_of_speech_is_its_voice() {
        let target = Target::given("T1", "Capping daily visitors", &["the visitor cap"]);
        let text = "Jeonju City is considering a limit of 30,000 people a day.\n\n\
                    Residents said the visitor cap was overdue.\n\n\
                    Merchants said tourists would go elsewhere.\n\n\
                    Jeonju City said 40,000 people came on some weekends.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let city = doc.speakers.iter().position(|s| s.name == "Jeonju City");
        assert!(city.is_some());
        let summary = doc.stance_summary.iter().find(|s| s.speaker == city);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Neutral));
    }

    #[test]
    fn the_news_a_lede_announces_is_no_voice_in_the_balance() {
        let target = Target::given("T1", "Cutting night bus routes", &["the cuts"]);
        let text = "Busan will stop running 12 late-night bus routes from March, the city \
                    said Monday.\n\nThe drivers' union opposed the cuts.\n\nThe Busan \
                    Taxpayers' Association welcomed the cuts.\n\nOh Se-ra, a city council \
                    member, said the 9 billion won could pay for more day buses.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let side = |name: &str| {
            let who = doc.speakers.iter().position(|s| s.name == name);
            doc.stance_summary
                .iter()
                .find(|s| s.speaker == who)
                .map(|s| (s.label, s.evidence.clone()))
        };
        // The city's side is read from its lede.
        assert_eq!(side("the city"), Some((StanceLabel::Favor, vec![0])));
        // Oh answers the voices of the debate, one for and one against, not the news
        // as well (which would make her the odd one out, against).
        assert_eq!(side("Oh Se-ra").map(|s| s.0), Some(StanceLabel::Favor));
    }

    #[test]
    fn a_person_of_an_organisation_that_speaks_takes_its_side() {
        let target = Target::given("T1", "Ban on e-scooters in parks", &["the ban"]);
        let text = "The Seoul Metropolitan Government said it supports the ban.\n\n\
                    Operators said they oppose the ban.\n\n\
                    \"Families should walk without fear,\" said Yoo Chang-soo, head of the \
                    city's parks office.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let yoo = doc.speakers.iter().position(|s| s.name == "Yoo Chang-soo");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == yoo);
        // The balance of the voices would give the city's side's opposite.
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
    }

    #[test]
    fn a_person_who_works_with_an_organisation_named_by_its_kind_takes_its_side() {
        let target = Target::given("T1", "Banning the feeding of stray cats", &["the ban"]);
        let text = "Daegu said it would enforce the ban.\n\n\
                    The Daegu Cat Care Network said it opposes the ban.\n\n\
                    Oh Seung-jun, a veterinarian who works with the network, said feeding \
                    stations had cut cat numbers by a third.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let oh = doc.speakers.iter().position(|s| s.name == "Oh Seung-jun");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == oh);
        // The balance of the voices would give favor (one for, one against).
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Against));
    }

    #[test]
    fn a_person_whose_role_is_of_an_organisation_s_kind_takes_its_side() {
        let target = Target::given("T1", "Raising the taxi fare", &["the increase"]);
        let text = "The Seoul Taxi Drivers' Union welcomed the increase.\n\n\
                    The city government said it supports the increase.\n\n\
                    The Korea Consumer Federation opposes the increase.\n\n\
                    \"We have waited two years,\" union chairman Bae Seong-ho said.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let bae = doc.speakers.iter().position(|s| s.name == "Bae Seong-ho");
        assert!(bae.is_some());
        let summary = doc.stance_summary.iter().find(|s| s.speaker == bae);
        // The balance of the voices would give the union's side's opposite.
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
    }

    #[test]
    fn a_minister_takes_the_side_of_the_ministry_of_the_portfolio() {
        // "Vice Minister": with no portfolio named, the one ministry that speaks.
        for title in ["Interior Minister", "Vice Minister"] {
            let target = Target::given("T1", "Lowering the voting age", &["the bill"]);
            let text = format!(
                "The Ministry of the Interior said it would send the bill to the Assembly.\n\n\
                 Teachers' unions said they oppose the bill.\n\n\
                 Parents' groups also oppose the bill.\n\n\
                 \"Young people read the news,\" {title} Kang Ho-jin said."
            );
            let doc = Pipeline::rules_only().annotate("t", &text, vec![target]);
            let kang = doc.speakers.iter().position(|s| s.name == "Kang Ho-jin");
            assert!(kang.is_some(), "{title}");
            let summary = doc.stance_summary.iter().find(|s| s.speaker == kang);
            // The balance of the voices would give the ministry's side's opposite.
            assert_eq!(
                summary.map(|s| s.label),
                Some(StanceLabel::Favor),
                "{title}"
            );
        }
    }

    #[test]
    fn the_head_of_a_local_government_takes_its_side() {
        // "Busan Mayor" names a place the speaking city's names lack.
        for (government, title, side) in [
            ("Daejeon City", "Mayor", StanceLabel::Favor),
            ("Seongdong District", "District head", StanceLabel::Favor),
            ("Daejeon City", "Busan Mayor", StanceLabel::Against),
        ] {
            let target = Target::given("T1", "Bike racks on buses", &["the racks"]);
            let text = format!(
                "{government} said it would put the racks on 200 buses.\n\n\
                 Drivers' unions said they oppose the racks.\n\n\
                 Older riders also oppose the racks.\n\n\
                 \"A bike should come home on the bus,\" {title} Lee Jang-woo said."
            );
            let doc = Pipeline::rules_only().annotate("t", &text, vec![target]);
            let lee = doc.speakers.iter().position(|s| s.name == "Lee Jang-woo");
            assert!(lee.is_some(), "{title}");
            let summary = doc.stance_summary.iter().find(|s| s.speaker == lee);
            // The balance of the voices would give the government's side's opposite.
            assert_eq!(summary.map(|s| s.label), Some(side), "{title}");
        }
    }

    #[test]
    fn a_body_that_sets_public_rules_and_takes_no_side_is_behind_the_course() {
        let target = Target::given("T1", "Banning fireworks on beaches", &["the fireworks ban"]);
        let text = "Residents of Haeundae have long asked for a fireworks ban on the beach.\n\n\
                    Park Min-ji, who runs a guesthouse, said she supports the fireworks ban.\n\n\
                    The Ministry of the Interior and Safety said it had received 3,000 \
                    complaints about noise last summer.\n\n\
                    Lee Dong-hoon, a street vendor, said sales would fall by half.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let side = |name: &str| {
            let s = doc.speakers.iter().position(|s| s.name == name);
            assert!(s.is_some(), "{name}");
            doc.stance_summary
                .iter()
                .find(|x| x.speaker == s)
                .map(|x| x.label)
        };
        // The balance would set both against the one voice for the ban.
        assert_eq!(
            side("Ministry of the Interior and Safety"),
            Some(StanceLabel::Favor)
        );
        assert_eq!(side("Lee Dong-hoon"), Some(StanceLabel::Against));
    }

    #[test]
    fn the_writer_of_an_opinion_piece_answers_the_voices_that_take_a_side() {
        let target = Target::given(
            "T1",
            "Limiting eating broadcasts",
            &["the broadcast limits"],
        );
        let text = "[Editorial] Leave the viewers alone\n\n\
                    Kim Tae-ho, a lawmaker, said he supports the broadcast limits.\n\n\
                    Nobody has shown that watching a stranger eat makes anyone fatter.\n\n\
                    What adults choose to watch is their own business.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target.clone()]);
        let author = doc.stance_summary.iter().find(|s| s.speaker.is_none());
        assert_eq!(author.map(|s| s.label), Some(StanceLabel::Against));
        assert_eq!(author.map(|s| s.evidence.len()), Some(0));
        // A news report's writer holds no view.
        let news = "Kim Tae-ho, a lawmaker, said he supports the broadcast limits.\n\n\
                    The commission will vote on them in May.";
        let doc = Pipeline::rules_only().annotate("t", news, vec![target]);
        assert!(doc.stance_summary.iter().all(|s| s.speaker.is_some()));
    }

    #[test]
    fn a_speaker_with_a_side_on_one_target_gets_the_balance_on_another() {
        let text = "Kim Min-ji said she supports the tag rule and opposes the chip rule. \
                    Lee Ho-jin said he opposes the chip rule. Park Soo-ah said she supports \
                    the tag rule.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![
                Target::given("T1", "The tag rule", &[]),
                Target::given("T2", "The chip rule", &[]),
            ],
        );
        let park = doc.speakers.iter().position(|s| s.name == "Park Soo-ah");
        let sides: Vec<(usize, StanceLabel, f32)> = doc
            .stance_summary
            .iter()
            .filter(|s| s.speaker == park)
            .map(|s| (s.target, s.label, s.confidence))
            .collect();
        // Her own side on the tag rule; on the chip rule, which two voices oppose, the
        // balance.
        assert_eq!(sides.len(), 2);
        assert_eq!((sides[0].0, sides[0].1), (0, StanceLabel::Favor));
        assert!(sides[0].2 > BALANCE_CONFIDENCE);
        assert_eq!(sides[1], (1, StanceLabel::Favor, BALANCE_CONFIDENCE));
    }

    #[test]
    fn an_organisation_the_narration_says_plans_a_target_favours_it() {
        let text = "The Ministry of Education plans to merge kindergartens and daycare \
                    centers by 2026.\n\nThe ministry said the change would take two years. \
                    \"The merger will close us down,\" said Oh Mi-kyung, a kindergarten owner.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target::given(
                "T1",
                "Merging kindergartens and daycare centers",
                &["the merger"],
            )],
        );
        let ministry = doc
            .speakers
            .iter()
            .position(|s| s.name == "Ministry of Education");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == ministry);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
        assert_eq!(summary.map(|s| s.evidence.clone()), Some(vec![0]));
        // The narration's sentence is no one's words.
        assert!(doc.sentences[0].stances.is_empty());
    }

    #[test]
    fn a_side_conceded_before_a_but_is_set_aside() {
        let text = "\"I am not against convenience stores selling fever reducers. But a clerk \
                    cannot tell a parent when a child needs a doctor,\" said Seo Young-mi, a \
                    pharmacist.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target::given(
                "T1",
                "Medicines in convenience stores",
                &["convenience stores"],
            )],
        );
        assert_eq!(doc.sentences[0].stances[0].label, StanceLabel::Favor);
        let seo = doc.speakers.iter().position(|s| s.name == "Seo Young-mi");
        let summary = doc.stance_summary.iter().find(|s| s.speaker == seo);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Against));
        // Without the "but", the side stands.
        let doc = Pipeline::rules_only().annotate(
            "t",
            &text.replace("But a", "And a"),
            vec![Target::given(
                "T1",
                "Medicines in convenience stores",
                &["convenience stores"],
            )],
        );
        let summary = doc.stance_summary.iter().find(|s| s.speaker == seo);
        assert_eq!(summary.map(|s| s.label), Some(StanceLabel::Favor));
    }
}
