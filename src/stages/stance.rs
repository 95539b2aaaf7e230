//! Stance: for every body sentence and target, the position the sentence's speaker
//! takes.
//!
//! Relevance: a target is addressed where its name or an alias occurs (plural endings
//! allowed); where a sentence opens on "this", "that" or "it" right after the same
//! voice named exactly one target; and where an answer opens on "yes" or "no" to a
//! question that names exactly one.
//!
//! Polarity, first by rules: the recommendation the target stands in (do: favor,
//! avoid: against), else a supporting or opposing word just before it, else an
//! evaluative word in its clause. Where the rules find none of these, with the encoder
//! a learned head (`models/heads/stance.json`, trained by `quotestance train stance` on
//! fixtures/training/) reads the sentence with the target masked and decides: "it
//! would give us a voice" favours, "it rests on assumptions that no longer hold"
//! opposes, "it will be debated next week" is neutral. Without it, neutral.
//!
//! Voice: narration takes no position, except the author's own recommendations and, in
//! an opinion piece, all of it.

use crate::classifier::most_probable;
use crate::document::{
    Document, Polarity, QuoteKind, Recommendation, SentenceKind, SentenceStance, Span, Speaker,
    SpeakerType, StanceLabel, Strength, Target, Token,
};
use crate::encoder::cosine;
use crate::relevance::{self, Course, Relation, WARNING_CONFIDENCE};
use crate::resources::{Direction, Resources};
use crate::stages::kinds::{in_opinion_paragraph, is_opinion_piece};
use crate::stages::quotes::NAMING_VERBS;
use crate::stages::recommend::{AUXILIARIES, answers_question_line, is_question, warned_action};
use crate::text::{
    self, SUBORDINATORS, base_of_gerund, ends_in_future_obligation, find_words, gerund_bases,
    is_capitalized, is_past_of, is_present_of, looks_plural, lower_words, normalize_name,
    phrase_at, possessor, preference_cleft,
};

/// A stance cue counts this many words before the target.
const CUE_WINDOW: usize = 3;
const NEGATIONS: [&str; 6] = ["not", "never", "no", "without", "don't", "doesn't"];
/// Words that refer back to what the previous sentence named, when they open a sentence.
const ANAPHORS: [&str; 5] = ["this", "that", "it", "such", "doing"];
/// Words that open a topic phrase before an attribution ("Regarding concerns that X
/// would ..., he said, ..."): what the phrase says of a target is the topic, not the
/// speaker's view.
const TOPIC_OPENERS: [&str; 4] = ["regarding", "concerning", "asked", "responding"];
/// Words of a permission cue ("allowed to"), whose negation may stand anywhere before
/// it in the clause.
const PERMISSIONS: [&str; 2] = ["allowed", "permitted"];
/// Verbs whose "that" clause foretells harm from its subject ("warned that going it
/// alone will mean ...").
const WARNING_VERBS: [&str; 5] = ["warned", "warns", "warning", "cautioned", "cautions"];
/// Words that open a clause of time or condition inside an urged action ("before they
/// vote on X"): what the clause names is when the act is done, not the act.
const CLAUSE_OPENERS: [&str; 8] = [
    "before", "after", "until", "once", "when", "while", "if", "unless",
];
/// Verbs of transformation: what follows their "into" is what the sentence says of the
/// subject ("turns a political risk into a political asset").
const TRANSFORMING_VERBS: [&str; 9] = [
    "turn",
    "turns",
    "turned",
    "turning",
    "transform",
    "transforms",
    "transformed",
    "convert",
    "converts",
];
/// Tokens before a target in which a "between" makes it one of two things joined.
const BETWEEN_TOKENS: usize = 6;
/// An anaphor counts among this many first words of a sentence.
const ANAPHOR_WINDOW: usize = 2;
/// Verbs of aim: "wants to install X" commits its subject to X as "will install X" does.
pub const INTENTION_VERBS: [&str; 26] = [
    "wants", "want", "plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope",
    "pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised", "promises", "promise",
    "seek", "seeks", "move", "bid", "bids", "compete", "apply",
];
/// Words of the speaker's (or the writer's) own voice.
const FIRST_PERSON: [&str; 5] = ["i", "we", "our", "us", "my"];
/// Nouns that name a proposal itself, not what was decided about it ("the change", not
/// "the decision").
const PROPOSAL_NOUNS: [&str; 5] = ["change", "motion", "proposal", "request", "idea"];
/// Words that go with the target they stand before when it is masked.
const DETERMINERS: [&str; 14] = [
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "my",
    "so-called",
];
/// The determiners that name an owner.
const POSSESSIVES: [&str; 6] = ["its", "their", "our", "his", "her", "my"];

/// An article with no speakers whose narration recommends this often is opinion.
const OPINION_MIN_RECOMMENDATIONS: usize = 2;

/// Confidence of each kind of evidence.
const FROM_CUE: f32 = 0.7;
const FROM_EVALUATION: f32 = 0.6;
const FROM_MENTION: f32 = 0.5;
const FROM_ANSWER: f32 = 0.6;
/// A sentence that only refers back to a target takes a side from the head when the
/// head is at least this sure of it; neutral there is no label.
const REFERENCE_MIN_PROBABILITY: f32 = 0.6;
/// A verb of reaction ("pushed back.") reacts to a target named at most this many
/// body sentences before it.
const REACTION_REACH: usize = 3;
/// How much closer to an urged action one target must be than any other for the action
/// to be read as that target in other words.
const RELEVANCE_MARGIN: f32 = 0.05;

/// What the rules based a reading on, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    Recommendation,
    Cue,
    Evaluation,
    Mention,
}

/// The rules' reading of one target in one sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub label: StanceLabel,
    pub confidence: f32,
    pub evidence: Evidence,
}

impl Reading {
    /// What a cue of the rules reads: its side, with the confidence of a cue.
    fn cue(label: StanceLabel) -> Self {
        Reading {
            label,
            confidence: FROM_CUE,
            evidence: Evidence::Cue,
        }
    }

    /// A mention the rules read no cue in (or only a weak one, `label`): the learned
    /// head may decide it.
    fn mention(label: StanceLabel) -> Self {
        Reading {
            label,
            confidence: FROM_MENTION,
            evidence: Evidence::Mention,
        }
    }

    /// Whether this is a mention that the rules read a side in by a verb of good or harm
    /// ("would raise electricity bills"): a consequence, which stands over the head.
    fn is_consequence(&self) -> bool {
        self.evidence == Evidence::Mention && self.label != StanceLabel::Neutral
    }

    /// What the rules settle as no side (a question left open, a group's own choice),
    /// so that the learned head does not read one.
    fn no_side() -> Self {
        Reading {
            label: StanceLabel::Neutral,
            confidence: FROM_MENTION,
            evidence: Evidence::Cue,
        }
    }
}

/// The rule features of the head, in the order they follow the embedding values.
pub const FEATURES: [&str; 14] = [
    "recommends_favor",
    "recommends_against",
    "cue_favor",
    "cue_against",
    "evaluation_favor",
    "evaluation_against",
    "mention_only",
    "negation",
    "contrast",
    "condition",
    "question",
    "quoted",
    "first_person",
    "hypothetical",
];

/// The stance head reads class `k` as `HEAD_CLASSES[k]`.
pub const HEAD_CLASSES: [StanceLabel; 3] = [
    StanceLabel::Favor,
    StanceLabel::Against,
    StanceLabel::Neutral,
];

/// A target's name and aliases, each as normalised words.
pub type TargetPhrases = Vec<Vec<Vec<String>>>;

pub fn target_phrases(targets: &[Target], res: &Resources) -> TargetPhrases {
    let mut all: TargetPhrases = targets
        .iter()
        .map(|t| {
            let mut phrases: Vec<Vec<String>> = std::iter::once(&t.name)
                .chain(t.aliases.iter())
                .map(|a| name_words(a, res))
                .filter(|w: &Vec<String>| !w.is_empty() && !w[0].is_empty())
                .collect();
            // "closing a ministry" for "abolishing the ministry": an alias that opens
            // with a removal word is named by the words that mean the same.
            let variants: Vec<Vec<String>> = phrases
                .iter()
                .filter(|p| p.len() > 1)
                .flat_map(|p| {
                    res.removal_synonyms
                        .iter()
                        .filter(|group| group.contains(&p[0]))
                        .flatten()
                        .map(|w| {
                            w.split(' ')
                                .map(str::to_string)
                                .chain(p[1..].iter().cloned())
                                .collect()
                        })
                })
                .collect();
            add_variants(&mut phrases, variants);
            phrases
        })
        .collect();
    // "The entrance fee is unfair" for "Abolishing the entrance fee": the thing a
    // removal takes away is named by itself (`read_mentions` turns what is said of it).
    add_own_variants(&mut all, |p| removed_object(p, res), |v| v.last());
    // "raising the age to 70" for "raising the free-fare age": an action on a definite
    // object is named without the words before the object's noun.
    add_own_variants(
        &mut all,
        |p| without_modifiers(p, res),
        |v| v.get(object_start(v)),
    );
    // "countries that allow online sales" for "Online sales of alcohol": a thing's name
    // without the phrase that qualifies it.
    add_own_variants(&mut all, |p| without_qualifier(p, res), |v| v.last());
    // "lowering the age" for "Lowering the age of criminal responsibility to 13": a
    // change of a definite object named without what qualifies it.
    add_own_variants(&mut all, |p| without_object_qualifier(p, res), |v| v.get(2));
    // "a lower age" for "Lowering the age of ...": the change named by the level it
    // leaves.
    for phrases in &mut all {
        let levels: Vec<Vec<String>> = phrases
            .iter()
            .flat_map(|p| level_after_change(p, res))
            .collect();
        add_variants(phrases, levels);
    }
    // "flexible hours" for "Flexible working hours": a thing of three words named
    // without its middle one.
    add_own_variants(&mut all, |p| without_middle_word(p, res), |v| v.last());
    // "a proper shuttle service" for "the shuttle service": a thing named by two words
    // or more is named so with any article and words before it.
    add_own_variants(&mut all, |p| without_article(p, res), |v| v.last());
    all
}

/// The length of the longest of `phrases` that opens `name` and leaves words after it.
fn longest_opening<'p>(
    name: &[String],
    phrases: impl IntoIterator<Item = &'p Vec<String>>,
) -> Option<usize> {
    phrases
        .into_iter()
        .filter(|r| name.len() > r.len() && name[..r.len()] == r[..])
        .map(Vec::len)
        .max()
}

/// "the entrance fee" of "Abolishing the entrance fee": the words after the word of
/// ending that opens a name (removal_words.txt, the group "end"), when they hold at
/// least two words besides determiners (one, "seats" of "removing seats", names too
/// much).
fn removed_object(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    // Only words that end a thing ("Lowering the age" keeps the age; "Banning X" is a
    // rule of its own, named apart from X).
    let ending = res
        .removal_synonyms
        .iter()
        .find(|group| group.iter().any(|w| w == "end"))?;
    let endings = res
        .removal_words
        .iter()
        .filter(|r| ending.contains(&r.join(" ")));
    let opening = longest_opening(alias, endings)?;
    let object = &alias[opening..];
    let content: Vec<&String> = object
        .iter()
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .collect();
    (content.len() >= 2).then(|| object.to_vec())
}

/// "shuttle service" of "the shuttle service": a definite name of a thing without its
/// article, when at least two words remain and none is a function word.
fn without_article(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    let words = match alias.split_first() {
        Some((article, rest)) if matches!(article.as_str(), "the" | "a" | "an") => rest,
        _ => return None,
    };
    (words.len() >= 2
        && !names_an_action(words, res)
        && words.iter().all(|w| {
            !DETERMINERS.contains(&w.as_str())
                && !QUALIFYING.contains(&w.as_str())
                && !res.pronouns.contains_key(w)
        }))
    .then(|| words.to_vec())
}

/// "online sales" of "online sales of alcohol": the words of a thing's name before the
/// phrase that qualifies it, when they are at least two and hold no function word.
fn without_qualifier(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    if names_an_action(alias, res) {
        return None;
    }
    let end = alias
        .iter()
        .position(|w| QUALIFYING.contains(&w.as_str()))?;
    let words = &alias[..end];
    (words.len() >= 2
        && words
            .iter()
            .all(|w| !DETERMINERS.contains(&w.as_str()) && !res.pronouns.contains_key(w)))
    .then(|| words.to_vec())
}

/// The words that open a level a change leaves ("a lower age"), by the change's verb.
const LEVEL_COMPARATIVES: [(&str, &str); 7] = [
    ("raise", "higher"),
    ("increase", "higher"),
    ("hike", "higher"),
    ("lower", "lower"),
    ("cut", "lower"),
    ("reduce", "lower"),
    ("decrease", "lower"),
];

/// Where the object starts, the head noun's position and where the object ends in an
/// alias that changes a definite object ("lowering the speed limit to 20", "raising the
/// age of ...") or a plural one without its article ("raising household electricity
/// rates"): the object ends before a phrase that qualifies it or says the level ("to",
/// "from").
fn changed_object(alias: &[String], res: &Resources) -> Option<(usize, usize, usize)> {
    let start = object_start(alias);
    // Without an article, only a change of level ("raising", "cutting"): "standing room
    // tickets" and "phasing out X" change nothing.
    if alias.len() < start + 1 || (start == 1 && level_comparative(&alias[0], res).is_none()) {
        return None;
    }
    let end = (start..alias.len())
        .find(|&k| {
            QUALIFYING.contains(&alias[k].as_str()) || matches!(alias[k].as_str(), "to" | "from")
        })
        .unwrap_or(alias.len());
    let plural = |w: &String| w.len() > 3 && looks_plural(w);
    (end > start
        && (start == 2 || plural(&alias[end - 1]))
        && alias[start..end]
            .iter()
            .all(|w| !DETERMINERS.contains(&w.as_str()) && !GRAMMAR_WORDS.contains(&w.as_str())))
    .then_some((start, end - 1, end))
}

/// Where the object of an alias's opening verb starts: after its article, if any.
fn object_start(alias: &[String]) -> usize {
    if alias.get(1).is_some_and(|w| w == "the") {
        2
    } else {
        1
    }
}

/// The comparative that opens the level a change leaves, for a gerund of change
/// ("raising" -> "higher").
fn level_comparative(gerund: &str, res: &Resources) -> Option<&'static str> {
    if !gerund.ends_with("ing") {
        return None;
    }
    let base = base_of_gerund(gerund, &res.base_verbs);
    LEVEL_COMPARATIVES
        .iter()
        .find(|(verb, _)| *verb == base)
        .map(|&(_, comparative)| comparative)
}

/// "lowering the age" of "lowering the age of criminal responsibility to 13": an action
/// on a definite one-word object, without the phrase after it.
fn without_object_qualifier(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    let (start, head, end) = changed_object(alias, res)?;
    (start == 2 && head == 2 && end < alias.len() && alias[0].ends_with("ing"))
        .then(|| alias[..3].to_vec())
}

/// "a lower age", "a lower speed limit" of "lowering the speed limit to 20": the level
/// a change of a definite object leaves, with and without the object's modifiers.
fn level_after_change(alias: &[String], res: &Resources) -> Vec<Vec<String>> {
    let Some((start, head, end)) = changed_object(alias, res) else {
        return Vec::new();
    };
    let Some(comparative) = level_comparative(&alias[0], res) else {
        return Vec::new();
    };
    let whole: Vec<String> = std::iter::once(comparative.to_string())
        .chain(alias[start..end].iter().cloned())
        .collect();
    let bare = vec![comparative.to_string(), alias[head].clone()];
    if whole == bare {
        vec![whole]
    } else {
        vec![whole, bare]
    }
}

/// "flexible hours" of "flexible working hours", "industrial rates" of "industrial
/// electricity rates": a thing named by three words, without the middle one, when the
/// first is an adjective by its ending (of "wage peak system" the middle word is what
/// sets it apart from a "seniority-based wage system"). Not when the first says only
/// that there is more or a new one, nor when a word is a function word or a number.
fn without_middle_word(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    const GENERIC_FIRST: [&str; 10] = [
        "new", "more", "other", "all", "some", "higher", "lower", "larger", "smaller", "extra",
    ];
    const ADJECTIVE_ENDINGS: [&str; 9] = [
        "al", "ible", "able", "ive", "ic", "ous", "ary", "ful", "ent",
    ];
    let [first, middle, last] = alias else {
        return None;
    };
    if !ADJECTIVE_ENDINGS.iter().any(|e| first.ends_with(e)) {
        return None;
    }
    let content = |w: &String| {
        !DETERMINERS.contains(&w.as_str())
            && !QUALIFYING.contains(&w.as_str())
            && !GRAMMAR_WORDS.contains(&w.as_str())
            && !res.pronouns.contains_key(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    (!names_an_action(alias, res)
        && !GENERIC_FIRST.contains(&first.as_str())
        && [first, middle, last].into_iter().all(content))
    .then(|| vec![first.clone(), last.clone()])
}

/// Adds to each target's phrases the variants `variant` makes of them, each only when
/// no other target's name holds its head noun (`head`), so that the shorter name
/// still names one target.
fn add_own_variants(
    all: &mut TargetPhrases,
    variant: impl Fn(&[String]) -> Option<Vec<String>>,
    head: fn(&[String]) -> Option<&String>,
) {
    let own: Vec<Vec<Vec<String>>> = all
        .iter()
        .enumerate()
        .map(|(t, phrases)| {
            phrases
                .iter()
                .filter_map(|p| variant(p))
                .filter(|v| !held_by_another(all, t, head(v).map_or("", |h| singular(h))))
                .collect()
        })
        .collect();
    for (phrases, variants) in all.iter_mut().zip(own) {
        add_variants(phrases, variants);
    }
}

/// Whether a phrase of a target other than `target` holds `word` (singular).
fn held_by_another(all: &TargetPhrases, target: usize, word: &str) -> bool {
    all.iter()
        .enumerate()
        .any(|(u, other)| u != target && other.iter().flatten().any(|w| singular(w) == word))
}

/// Adds to a target's `phrases` the `variants` it does not hold yet, in order.
fn add_variants(phrases: &mut Vec<Vec<String>>, variants: Vec<Vec<String>>) {
    for v in variants {
        if !phrases.contains(&v) {
            phrases.push(v);
        }
    }
}

/// "raising the age to 70" of "raising the free fare age to 70": an alias that names an
/// action on a definite object, without the modifiers before the object's head noun.
fn without_modifiers(alias: &[String], res: &Resources) -> Option<Vec<String>> {
    if !names_an_action(alias, res) {
        return None;
    }
    let (start, head, _) = changed_object(alias, res)?;
    // At least one modifier before the head.
    (head > start).then(|| {
        alias[..start]
            .iter()
            .chain(&alias[head..])
            .cloned()
            .collect()
    })
}

/// Where sentence `i` names target `target`, and the rules' reading of it there, in
/// any voice.
#[derive(Debug, Clone)]
pub struct Mention {
    pub target: usize,
    /// The first and last token of each occurrence, in the sentence's tokens.
    pub occurrences: Vec<(usize, usize)>,
    pub reading: Reading,
    /// The target is a removal ("Closing the plant") and its first occurrence names
    /// only the object ("the plant"): what is said of it counts the other way.
    pub object_of_removal: bool,
    /// Its first occurrence follows a removal word ("plans to end purchase subsidies")
    /// and the target is no removal itself: what refers back to the sentence refers to
    /// the target's removal.
    pub after_removal: bool,
}

impl Mention {
    /// A target the sentence refers to without naming it (the topic, or what the
    /// sentence before took a side on), read as `reading`.
    fn unnamed(target: usize, reading: Reading) -> Self {
        Mention {
            target,
            occurrences: Vec::new(),
            reading,
            object_of_removal: false,
            after_removal: false,
        }
    }
}

/// The targets sentence `i` names: each with the first and last token of every
/// occurrence of its name or aliases.
fn named_targets(
    doc: &Document,
    i: usize,
    phrases: &TargetPhrases,
    res: &Resources,
) -> Vec<(usize, Vec<(usize, usize)>)> {
    let tokens = doc.sentence_tokens(i);
    let words = normalized_words(tokens, res);
    let found: Vec<Vec<(usize, usize)>> = phrases
        .iter()
        .map(|aliases| {
            let found: Vec<(usize, usize)> = aliases
                .iter()
                .flat_map(|alias| {
                    let mut found = find_phrase(&words, alias);
                    if found.is_empty() {
                        found = find_predicative(&words, alias);
                    }
                    if found.is_empty() {
                        found = find_passive_of_noun(&words, alias, res);
                    }
                    if found.is_empty() {
                        found = find_active_of_noun(&words, alias, res);
                    }
                    found
                })
                .collect();
            if !found.is_empty() {
                return found;
            }
            // "Should plastic straws be banned?" for "Banning plastic straws", only where
            // no alias names the target otherwise ("if the ban is lifted" is read by "the
            // ban"): the clause would take in what is said to happen to it.
            let found: Vec<(usize, usize)> = aliases
                .iter()
                .flat_map(|alias| find_passive_of_gerund(&words, alias))
                .collect();
            if !found.is_empty() {
                return found;
            }
            aliases
                .iter()
                .flat_map(|alias| {
                    let found = find_reworded(tokens, &words, alias);
                    if !found.is_empty() {
                        return found;
                    }
                    let found = find_numbered(tokens, &words, alias);
                    if !found.is_empty() {
                        return found;
                    }
                    // "waive tolls on all expressways" for "Waiving expressway tolls
                    // over Chuseok": the name without the phrase that qualifies it.
                    let found = alias
                        .iter()
                        .position(|w| NAME_GRAMMAR.contains(&w.as_str()))
                        .map(|p| find_reworded(tokens, &words, &alias[..p]))
                        .unwrap_or_default();
                    if !found.is_empty() {
                        return found;
                    }
                    find_shortened_object(tokens, &words, alias, res)
                })
                .collect()
        })
        .collect();
    // "leash" of one target inside "off-leash zones" of another names the other: an
    // alias that starts inside a hyphenated word of another target's longer name (whole
    // words nested in another's, "massive fiscal support" in "negotiations for massive
    // fiscal support", name both).
    let inside_another = |target: usize, (from, to): (usize, usize)| {
        let mid_word = from > 0 && words[from - 1].1 == words[from].1;
        mid_word
            && found.iter().enumerate().any(|(other, occurrences)| {
                other != target
                    && occurrences
                        .iter()
                        .any(|&(a, b)| a <= from && to <= b && b - a > to - from)
            })
    };
    // "The existing law" names "Applying the existing competition law", not the new
    // law's "the law": a word for the thing as it stands that find_phrase let in names
    // the target whose own name holds it.
    let holds = |target: usize, word: &str| phrases[target].iter().flatten().any(|w| w == word);
    let borrowed = |target: usize, (from, to): (usize, usize)| {
        words[from..to].iter().any(|(w, _)| {
            STANDING.contains(&w.as_str())
                && !holds(target, w)
                && (0..phrases.len()).any(|other| other != target && holds(other, w))
        })
    };
    // "not on what happened at other cable cars": others of the kind are not the one
    // proposed ("not another bailout" is one more of it).
    let another = |(from, _): (usize, usize)| from > 0 && words[from - 1].0 == "other";
    let mut out = Vec::new();
    for (target, in_words) in found.iter().enumerate() {
        let mut occurrences: Vec<(usize, usize)> = in_words
            .iter()
            .filter(|&&o| !inside_another(target, o) && !borrowed(target, o) && !another(o))
            .map(|&(from, to)| (words[from].1, words[to - 1].1))
            .collect();
        occurrences.sort_unstable();
        // An alias inside a longer one ("alliance" in "Korea-U.S. alliance") is one
        // occurrence.
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for o in occurrences {
            match kept.last_mut() {
                Some(k) if o.0 <= k.1 => k.1 = k.1.max(o.1),
                _ => kept.push(o),
            }
        }
        if !kept.is_empty() {
            out.push((target, kept));
        }
    }
    out
}

/// Every target sentence `i` names, with the rules' reading, whoever speaks.
pub fn mentions(
    doc: &Document,
    i: usize,
    phrases: &TargetPhrases,
    res: &Resources,
) -> Vec<Mention> {
    read_mentions(doc, i, named_targets(doc, i, phrases, res), phrases, res)
}

/// Words before an "it" that take a side on what it stands for ("against it", "welcome
/// it").
const SIDED_OBJECT_WORDS: [&str; 20] = [
    "against",
    "support",
    "supports",
    "supported",
    "welcome",
    "welcomes",
    "welcomed",
    "oppose",
    "opposes",
    "opposed",
    "back",
    "backs",
    "backed",
    "reject",
    "rejects",
    "rejected",
    "endorse",
    "endorses",
    "endorsed",
    "resist",
];

/// The mentions of every body sentence (none for the others), in sentence order: the
/// targets each names, and those it refers to by the head noun of an alias named in an
/// earlier sentence ("the stations" after "battery-swapping stations").
fn all_mentions(doc: &Document, phrases: &TargetPhrases, res: &Resources) -> Vec<Vec<Mention>> {
    let heads = head_nouns(phrases, res);
    // "the levy" for a tax: the synonyms of a target's head noun that no word of another
    // target's name holds.
    let synonyms: Vec<Vec<&str>> = heads
        .iter()
        .enumerate()
        .map(|(t, head)| {
            let Some(found) = head.as_deref().and_then(|h| res.noun_synonyms.get(h)) else {
                return Vec::new();
            };
            found
                .iter()
                .map(String::as_str)
                .filter(|s| !held_by_other(phrases, t, s))
                .collect()
        })
        .collect();
    let action_verbs = action_verbs(phrases, res);
    let action_nouns = action_nouns(phrases, &action_verbs, res);
    // "Gangwon State will cap the water ski resorts may draw ... The farmers said the
    // cap was the least the province could do": the verb of a target's action, after
    // "to" or a modal in a heading or a body sentence, introduces its noun as the target.
    let mut action_introduced = vec![false; phrases.len()];
    let keywords = keywords(phrases, res);
    let own_words: Vec<Vec<&str>> = phrases
        .iter()
        .map(|aliases| aliases.iter().flatten().map(String::as_str).collect())
        .collect();
    let mut named_before = vec![false; phrases.len()];
    // The targets the last body sentence to name any named, and where it stands.
    let mut named_last: Vec<usize> = Vec::new();
    let mut named_last_at = 0;
    // "a fee of 10,000 won on every cruise passenger" introduces the fee a target names
    // in other words ("A per-passenger fee on cruise ships"): "the fee" after it is the
    // target's. An article with one target that names a thing is about it: its noun
    // refers to it from the start ("Seoul will bar diesel trucks ... welcomed the
    // ban"). One that names an action ("Publishing teachers' ratings") is not about
    // every mention of what it acts on ("the public ignored the ratings").
    let mut introduced = vec![false; phrases.len()];
    let about_one_thing = matches!(phrases.as_slice(), [names] if names
        .first()
        .is_some_and(|name| !names_an_action(name, res)));
    (0..doc.sentences.len())
        .map(|i| {
            let tokens = doc.sentence_tokens(i);
            for (target, bases) in action_verbs.iter().enumerate() {
                if action_introduced[target] || bases.is_empty() {
                    continue;
                }
                action_introduced[target] = tokens.windows(2).any(|w| {
                    matches!(
                        w[0].lower.as_str(),
                        "to" | "will" | "would" | "should" | "must" | "could" | "can" | "may"
                    ) && bases.contains(&w[1].lower)
                });
            }
            if doc.sentences[i].kind != SentenceKind::Body {
                return Vec::new();
            }
            let mut named = named_targets(doc, i, phrases, res);
            for (target, head) in heads.iter().enumerate() {
                let Some(head) = head.as_deref() else {
                    continue;
                };
                if named.iter().any(|(t, _)| *t == target) {
                    continue;
                }
                let known = named_before[target] || introduced[target] || about_one_thing;
                let occurrences: Vec<(usize, usize)> = (0..tokens.len())
                    .filter(|&p| {
                        (known || kind_named_at(tokens, p, &own_words[target]))
                            && refers_by_head(
                                tokens,
                                p,
                                head,
                                &synonyms[target],
                                &own_words[target],
                            )
                            && !names_a_place(tokens, p)
                            && ends_noun_phrase(tokens.get(p + 1), res)
                            && !inside_named(&named, p)
                    })
                    .map(|p| (p, p))
                    .collect();
                if !occurrences.is_empty() {
                    named.push((target, occurrences));
                }
            }
            for (target, words) in keywords.iter().enumerate() {
                if words.is_empty()
                    || !named_before[target]
                    || named.iter().any(|(t, _)| *t == target)
                {
                    continue;
                }
                let occurrences: Vec<(usize, usize)> = (1..tokens.len().saturating_sub(1))
                    .filter(|&p| {
                        DEFINITE.contains(&tokens[p - 1].lower.as_str())
                            && words.iter().any(|w| w == singular(&tokens[p].lower))
                            && keyword_noun_of(phrases, target, &tokens[p + 1].lower, res)
                            && ends_noun_phrase(tokens.get(p + 2), res)
                            && !inside_named(&named, p)
                    })
                    .map(|p| (p, p + 1))
                    .collect();
                if !occurrences.is_empty() {
                    named.push((target, occurrences));
                }
            }
            for (target, nouns) in action_nouns.iter().enumerate() {
                if nouns.is_empty()
                    || !(named_before[target] || action_introduced[target])
                    || named.iter().any(|(t, _)| *t == target)
                {
                    continue;
                }
                let occurrences: Vec<(usize, usize)> =
                    action_noun_at(tokens, nouns, &phrases[target], res)
                        .into_iter()
                        .filter(|&k| !inside_named(&named, k))
                        .map(|k| (k, k))
                        .collect();
                if !occurrences.is_empty() {
                    named.push((target, occurrences));
                }
            }
            // "Cancelling them punishes those children most": the gerund a target's
            // name opens with, before a pronoun for its object, opening the sentence
            // or its quotation, is the target's course named again.
            let opening = tokens
                .iter()
                .position(|t| t.is_word)
                .filter(|&p| tokens[..p].iter().all(|t| text::is_opening_quote(&t.lower)));
            for (target, aliases) in phrases.iter().enumerate() {
                if !named_before[target] || named.iter().any(|(t, _)| *t == target) {
                    continue;
                }
                let Some(gerund) = aliases
                    .first()
                    .and_then(|name| name.first())
                    .filter(|w| w.len() > 4 && w.ends_with("ing"))
                else {
                    continue;
                };
                if let Some(p) = opening
                    && tokens[p].lower == *gerund
                    && tokens.get(p + 1).is_some_and(|t| {
                        matches!(t.lower.as_str(), "it" | "them" | "these" | "those")
                    })
                {
                    named.push((target, vec![(p, p + 1)]));
                }
            }
            // "Residents have collected 4,000 signatures against it", "parents welcome
            // it": "it" as the object of a side taken, in a sentence that names no
            // target, is the one target named last, a sentence or two before ("So you
            // oppose the bill?" "No. I support it").
            if named.is_empty()
                && i <= named_last_at + 2
                && let [target] = named_last.as_slice()
            {
                // "I would not oppose it, but it is the wrong place to start": a side
                // denied is a concession; the "it" after "but" is what the speaker
                // weighs.
                let conceded = |p: usize| {
                    tokens[p.saturating_sub(3)..p - 1]
                        .iter()
                        .any(|t| is_negation(&t.lower))
                        .then(|| {
                            (p + 1..tokens.len().saturating_sub(1))
                                .find(|&k| tokens[k].lower == "but" && tokens[k + 1].lower == "it")
                        })
                        .flatten()
                        .map(|but| but + 1)
                };
                let occurrences: Vec<(usize, usize)> = (1..tokens.len())
                    .filter(|&p| {
                        tokens[p].lower == "it"
                            && SIDED_OBJECT_WORDS.contains(&tokens[p - 1].lower.as_str())
                    })
                    .map(|p| conceded(p).unwrap_or(p))
                    .map(|p| (p, p))
                    .collect();
                if !occurrences.is_empty() {
                    named.push((*target, occurrences));
                }
            }
            // "A label informs adults; it does not protect children": the subject
            // pronoun of a later clause is the one target that opens the sentence.
            if let [(_, occurrences)] = named.as_mut_slice()
                && occurrences.iter().any(|&(first, _)| {
                    tokens[..first]
                        .iter()
                        .all(|t| !t.is_word || matches!(t.lower.as_str(), "a" | "an" | "the"))
                })
            {
                let later: Vec<usize> = (2..tokens.len())
                    .filter(|&p| {
                        matches!(tokens[p].lower.as_str(), "it" | "they")
                            && (matches!(tokens[p - 1].lower.as_str(), ";" | "but")
                                || (tokens[p - 1].lower == "and" && tokens[p - 2].lower == ","))
                    })
                    .collect();
                occurrences.extend(later.into_iter().map(|p| (p, p)));
            }
            if !named.is_empty() {
                named_last = named.iter().map(|(t, _)| *t).collect();
                named_last_at = i;
            }
            for (target, _) in &named {
                named_before[*target] = true;
            }
            for (target, head) in heads.iter().enumerate() {
                if let Some(head) = head.as_deref() {
                    introduced[target] |= introduces(tokens, head, &synonyms[target]);
                }
            }
            read_mentions(doc, i, named, phrases, res)
        })
        .collect()
}

/// The words by which each target may be named once named, before one of
/// `keyword_nouns.txt` ("the hanbok perk" for "Free entry for visitors in hanbok"):
/// the words of its names that no other target's names hold, that are no verb, gerund
/// or word of grammar, and are not such nouns themselves.
fn keywords(phrases: &TargetPhrases, res: &Resources) -> Vec<Vec<String>> {
    const GRAMMAR: [&str; 16] = [
        "with", "from", "into", "over", "under", "their", "about", "more", "less", "than", "after",
        "before", "without", "within", "through", "between",
    ];
    phrases
        .iter()
        .enumerate()
        .map(|(t, aliases)| {
            let mut words: Vec<String> = Vec::new();
            for w in aliases.iter().flatten() {
                let w = singular(w);
                let fits = w.len() >= 4
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !w.ends_with("ing")
                    && !GRAMMAR.contains(&w)
                    && !res.base_verbs.contains(w)
                    && !res.keyword_nouns.contains(w)
                    && !held_by_other(phrases, t, w);
                if fits && !words.iter().any(|x| x == w) {
                    words.push(w.to_string());
                }
            }
            words
        })
        .collect()
}

/// Whether `noun` (of `keyword_nouns.txt`) may name `target` after one of its keywords:
/// not when another target's names hold it ("the entry fee" is the fee's, not free
/// entry's).
fn keyword_noun_of(phrases: &TargetPhrases, target: usize, noun: &str, res: &Resources) -> bool {
    let noun = singular(noun);
    res.keyword_nouns.contains(noun) && !held_by_other(phrases, target, noun)
}

/// Whether a word of the names of a target other than `target` is `word` (a plural
/// "-s" aside).
fn held_by_other(phrases: &TargetPhrases, target: usize, word: &str) -> bool {
    phrases
        .iter()
        .enumerate()
        .any(|(u, aliases)| u != target && aliases.iter().flatten().any(|w| singular(w) == word))
}

/// Whether the head noun at `p` names where someone is ("waits at the terminal on
/// cruise days"), not the thing a target proposes ("A second cruise terminal").
fn names_a_place(tokens: &[Token], p: usize) -> bool {
    p >= 2
        && matches!(
            tokens[p - 2].lower.as_str(),
            "at" | "near" | "outside" | "inside" | "around"
        )
}

/// Whether the tokens introduce a thing by the `head` noun or one of its `synonyms`,
/// after "a" or "an" and at most one word ("a fee of 10,000 won", "a new levy").
fn introduces(tokens: &[Token], head: &str, synonyms: &[&str]) -> bool {
    (1..tokens.len()).any(|p| {
        let noun = singular(&tokens[p].lower);
        let indefinite = |k: usize| matches!(tokens[k].lower.as_str(), "a" | "an");
        (noun == head || synonyms.contains(&noun))
            && (indefinite(p - 1) || (p >= 2 && tokens[p - 1].is_word && indefinite(p - 2)))
    })
}

/// Whether token `k` lies inside an occurrence of a target already named there: no
/// reference by a head noun or an action's noun is made there ("the tariffs" as an
/// alias of another target).
fn inside_named(named: &[(usize, Vec<(usize, usize)>)], k: usize) -> bool {
    named
        .iter()
        .any(|(_, occ)| occ.iter().any(|&(a, b)| a <= k && k <= b))
}

/// Whether the token after a head noun leaves it the head of its phrase: "the visa
/// allows", "the stations together", not "the contract price". Punctuation, a function
/// word, an adverb or a verb in -s or -ed.
fn ends_noun_phrase(next: Option<&Token>, res: &Resources) -> bool {
    // A determiner opens the next phrase ("called the textbooks the biggest change").
    const FUNCTION_WORDS: [&str; 39] = [
        "and", "or", "but", "that", "which", "who", "in", "on", "at", "for", "with", "to", "of",
        "from", "by", "as", "than", "together", "alone", "too", "also", "now", "first", "again",
        "here", "there", "instead", "the", "a", "an", "within", "without", "into", "over", "under",
        "after", "before", "until", "since",
    ];
    // A time that follows the noun is the sentence's, not the phrase's ("approve the
    // increase this quarter", "the ban next year").
    const TIME_WORDS: [&str; 14] = [
        "this",
        "next",
        "last",
        "these",
        "those",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "soon",
        "already",
        "still",
        "yet",
        "every",
    ];
    let Some(t) = next.filter(|t| t.is_word) else {
        return true;
    };
    let w = t.lower.as_str();
    let verb_form = ["s", "es", "ed", "d"]
        .iter()
        .filter_map(|suffix| w.strip_suffix(suffix))
        .any(|stem| res.base_verbs.contains(stem));
    FUNCTION_WORDS.contains(&w)
        || TIME_WORDS.contains(&w)
        || AUXILIARIES.contains(&w)
        || w.ends_with("ly")
        || verb_form
}

/// Determiners before a head noun that refers to a thing named before.
const DEFINITE: [&str; 4] = ["the", "these", "those", "such"];

/// Nouns for the frame a measure is put in place by ("the deposit system", "the helmet
/// rule"), which give way to the measure's own noun as a target's head.
const FRAME_NOUNS: [&str; 7] = [
    "system",
    "scheme",
    "program",
    "programme",
    "rule",
    "mandate",
    "requirement",
];

/// The noun by which each target may be referred to once named: the last word of its
/// aliases of two or more words that name a thing (not an action: the first word is no
/// verb and no gerund), when they agree on one (or its synonyms) and no other target
/// has it.
fn head_nouns(phrases: &TargetPhrases, res: &Resources) -> Vec<Option<String>> {
    let candidates: Vec<Option<String>> = phrases
        .iter()
        .map(|aliases| {
            let all_heads: Vec<&String> = aliases
                .iter()
                .filter(|a| a.len() >= 2)
                .filter(|a| !names_an_action(a, res))
                .filter_map(|a| head_of(a))
                .collect();
            // "the cup deposit", "the deposit system": a head that names the frame a
            // thing is put in place by gives way to the thing's own, when there is one.
            let own: Vec<&String> = all_heads
                .iter()
                .copied()
                .filter(|h| !FRAME_NOUNS.contains(&singular(h)))
                .collect();
            let mut heads = if own.is_empty() { all_heads } else { own }.into_iter();
            // "regional visas" and "regional visa" agree on "visa"; "fee" and its synonym
            // "levy" agree on "fee".
            let first = singular(heads.next()?);
            let synonyms = res.noun_synonyms.get(first);
            heads
                .all(|h| {
                    singular(h) == first
                        || synonyms.is_some_and(|s| s.iter().any(|w| w == singular(h)))
                })
                .then(|| first.to_string())
        })
        .collect();
    candidates
        .iter()
        .enumerate()
        .map(|(t, head)| {
            let head = head.as_ref()?;
            // Shared with another target when it is the head of one of its names ("the
            // tax" is not the fuel tax cut's: that one's head is "cut").
            let shared = phrases.iter().enumerate().any(|(u, aliases)| {
                u != t
                    && aliases
                        .iter()
                        .filter_map(|a| head_of(a))
                        .any(|w| singular(w) == head)
            });
            (!shared).then(|| head.clone())
        })
        .collect()
}

/// "a fee would make that harder", "an agency would make it one", "a spending cap would
/// protect children": the noun at `p` names the kind of thing a target is, as the
/// subject of what it would do; that is the one proposed, named before or not ("a pilot
/// is coming" may be any). A word between the article and the noun must be one of the
/// target's own (`own_words`; "a dog tax would" may be another tax).
fn hypothetical_at(tokens: &[Token], p: usize, own_words: &[&str]) -> bool {
    let article = |k: usize| matches!(tokens[k].lower.as_str(), "a" | "an");
    let opened = (p >= 1 && article(p - 1))
        || (p >= 2 && article(p - 2) && own_words.contains(&tokens[p - 1].lower.as_str()));
    // "a cut now would pour fuel on that fire": a word of time may stand before the modal.
    let modal = p
        + 1
        + usize::from(
            tokens
                .get(p + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "now" | "today" | "then")),
        );
    opened
        && tokens.get(modal).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "would" | "could" | "might" | "can" | "wouldn't" | "couldn't"
            )
        })
}

/// "the government opposed a cap", "has backed a levy": a side taken on one of the kind
/// a target is, named by its head noun after "a", is a side on the target, named before
/// or not.
fn sided_kind_at(tokens: &[Token], p: usize) -> bool {
    p >= 2
        && matches!(tokens[p - 1].lower.as_str(), "a" | "an")
        && SIDED_OBJECT_WORDS.contains(&tokens[p - 2].lower.as_str())
}

/// "proposed fines for parents instead of a ban", "rather than a levy": one of the kind
/// a target is, named by its head noun after "a" as the course set aside, is the
/// target, named before or not.
fn set_aside_kind_at(tokens: &[Token], p: usize) -> bool {
    p >= 3
        && matches!(tokens[p - 1].lower.as_str(), "a" | "an")
        && matches!(
            (tokens[p - 3].lower.as_str(), tokens[p - 2].lower.as_str()),
            ("instead", "of") | ("rather", "than")
        )
}

/// Whether the noun at `p` names one of the kind a target is, named before or not: the
/// subject of what it would do (`hypothetical_at`), a side taken on one (`sided_kind_at`)
/// or one set aside for another course (`set_aside_kind_at`).
fn kind_named_at(tokens: &[Token], p: usize, own_words: &[&str]) -> bool {
    hypothetical_at(tokens, p, own_words)
        || sided_kind_at(tokens, p)
        || set_aside_kind_at(tokens, p)
}

/// Whether token `p` refers to a target named before by its `head` noun or one of its
/// `synonyms`: after "the", "these", "those", "such" ("the tax", "the levy"), a bare plural
/// after a word that takes a side ("backed imports"), with one of
/// `ACTION_NOUN_MODIFIERS` between ("the proposed levy"), or after "a" with one ("a
/// modest levy"; not "a dog tax", which may be another).
fn refers_by_head(
    tokens: &[Token],
    p: usize,
    head: &str,
    synonyms: &[&str],
    own_words: &[&str],
) -> bool {
    let noun = singular(&tokens[p].lower);
    if noun != head && !synonyms.contains(&noun) {
        return false;
    }
    // "Tariffs would invite retaliation": a bare plural that opens the sentence or its
    // quotation is the kind the target is.
    // So is one that opens a clause whose subordinator opens the sentence ("Where
    // cameras are always on, complaints fall").
    let quote_before = |k: usize| matches!(tokens[k].lower.as_str(), "\"" | "\u{201c}");
    let subordinator_at = |k: usize| {
        let w = tokens[k].lower.as_str();
        SUBORDINATORS.contains(&w) || w == "where"
    };
    let opening = p == 0
        || (p == 1 && (quote_before(0) || subordinator_at(0)))
        || (p == 2 && quote_before(0) && subordinator_at(1));
    if opening {
        return tokens[p].lower != noun;
    }
    // "\"A helmet is the cheapest safety device we have\"", "A scanner protects me":
    // one of the kind, opening the sentence or its quotation as the subject of
    // the present tense, is any of the kind, and so the target.
    let article_at = |k: usize| matches!(tokens[k].lower.as_str(), "a" | "an");
    let generic = tokens[p].lower == noun
        && ((p == 1 && article_at(0)) || (p == 2 && quote_before(0) && article_at(1)))
        && tokens.get(p + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "is" | "isn't" | "has" | "hasn't" | "does" | "doesn't" | "can" | "cannot" | "can't"
            ) || (t.lower.len() > 3 && looks_plural(&t.lower))
        });
    if generic {
        return true;
    }
    let modified = p >= 2 && ACTION_NOUN_MODIFIERS.contains(&tokens[p - 1].lower.as_str());
    // A bare plural taken a side on is the kind the target is ("has backed imports").
    // "similar bans elsewhere cut litter": what is said of its kind is said of it.
    let sided_plural = tokens[p].lower != noun
        && (SIDED_OBJECT_WORDS.contains(&tokens[p - 1].lower.as_str())
            || tokens[p - 1].lower == "similar");
    kind_named_at(tokens, p, own_words)
        || sided_plural
        || DEFINITE.contains(&tokens[p - 1].lower.as_str())
        || (modified
            && (DEFINITE.contains(&tokens[p - 2].lower.as_str())
                || matches!(tokens[p - 2].lower.as_str(), "a" | "an")))
}

/// The base forms of the verbs each target's name and aliases open with as a gerund,
/// after one word of subject at most ("Limiting water use", "capping water use": "limit",
/// "cap"; "Korea joining the Quad": "join").
fn action_verbs(phrases: &TargetPhrases, res: &Resources) -> Vec<Vec<String>> {
    phrases
        .iter()
        .map(|aliases| {
            let mut bases: Vec<String> = Vec::new();
            for alias in aliases {
                let gerund = alias.iter().take(2).enumerate().find(|(k, w)| {
                    w.len() > 4
                        && w.ends_with("ing")
                        && (*k == 0 || !DETERMINERS.contains(&alias[0].as_str()))
                });
                if let Some((_, w)) = gerund {
                    let base = base_of_gerund(w, &res.base_verbs);
                    if !bases.contains(&base) {
                        bases.push(base);
                    }
                }
            }
            bases
        })
        .collect()
}

/// The nouns by which each target that names an action may be referred to once named
/// (`nominalizations.txt`): those of the verb its name or an alias opens with, after one
/// word of subject at most ("Raising bus fares": "increase", "hike"; "Korea joining the
/// Quad": "membership"; "Limiting water use", also "capping water use": "cap"), that no
/// other target's verb has and no other target's name holds. `verbs` are each target's
/// (`action_verbs`).
fn action_nouns(
    phrases: &TargetPhrases,
    verbs: &[Vec<String>],
    res: &Resources,
) -> Vec<Vec<String>> {
    let own: Vec<Vec<String>> = verbs
        .iter()
        .map(|bases| {
            let mut nouns: Vec<String> = Vec::new();
            for noun in bases
                .iter()
                .filter_map(|b| res.nominalizations.get(b))
                .flatten()
            {
                if !nouns.contains(noun) {
                    nouns.push(noun.clone());
                }
            }
            nouns
        })
        .collect();
    own.iter()
        .enumerate()
        .map(|(t, nouns)| {
            nouns
                .iter()
                .filter(|n| {
                    !phrases.iter().enumerate().any(|(u, aliases)| {
                        u != t
                            && (own[u].contains(n)
                                || aliases.iter().flatten().any(|w| singular(w) == n.as_str()))
                    })
                })
                .cloned()
                .collect()
        })
        .collect()
}

/// Words that may stand between a determiner and the noun of an action and leave it
/// that action ("an immediate cut", "the planned relocation").
const ACTION_NOUN_MODIFIERS: [&str; 22] = [
    "outright",
    "blanket",
    "total",
    "complete",
    "permanent",
    "nationwide",
    "immediate",
    "full",
    "further",
    "gradual",
    "sudden",
    "new",
    "early",
    "steep",
    "sharp",
    "modest",
    "small",
    "big",
    "possible",
    "eventual",
    "planned",
    "proposed",
];

/// The tokens of a sentence that refer to an action by one of its `nouns`: after a
/// determiner or a possessive ("the increase", "Korea's membership"), with at most one
/// modifier between (a word of the target's `names`, "the fare increase", or one of
/// `ACTION_NOUN_MODIFIERS`), or opening the sentence ("Membership would turn ...").
/// The noun ends its phrase, and a phrase that qualifies it names the target ("the
/// increase in fares", not "the increase in tuition").
fn action_noun_at(
    tokens: &[Token],
    nouns: &[String],
    names: &[Vec<String>],
    res: &Resources,
) -> Vec<usize> {
    let of_the_target = |w: &str| {
        names
            .iter()
            .flatten()
            .any(|n| !DETERMINERS.contains(&n.as_str()) && singular(n) == singular(w))
    };
    let opens =
        |t: &Token| DETERMINERS.contains(&t.lower.as_str()) || possessor(&t.lower).is_some();
    let first_word = tokens.iter().position(|t| t.is_word);
    (0..tokens.len())
        .filter(|&p| {
            nouns
                .iter()
                .any(|n| tokens[p].lower == *n || singular(&tokens[p].lower) == n.as_str())
        })
        .filter(|&p| {
            let after_determiner = p >= 1 && opens(&tokens[p - 1]);
            let after_modifier = p >= 2
                && opens(&tokens[p - 2])
                && (ACTION_NOUN_MODIFIERS.contains(&tokens[p - 1].lower.as_str())
                    || of_the_target(&tokens[p - 1].lower));
            after_determiner || after_modifier || Some(p) == first_word
        })
        .filter(|&p| ends_noun_phrase(tokens.get(p + 1), res))
        .filter(|&p| {
            let qualified = tokens
                .get(p + 1)
                .is_some_and(|t| QUALIFYING.contains(&t.lower.as_str()));
            !qualified
                || tokens[p + 2..]
                    .iter()
                    .take(3)
                    .any(|t| t.is_word && of_the_target(&t.lower))
        })
        .collect()
}

/// Whether `word` is the "-ing" form of the verb `base` ("disclosing" of "disclose",
/// "cutting" of "cut", "raising" of "raise").
fn is_gerund_of(word: &str, base: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    let undoubled = stem.len() > 2 && {
        let b = stem.as_bytes();
        b[b.len() - 1] == b[b.len() - 2] && &stem[..stem.len() - 1] == base
    };
    !base.is_empty() && (stem == base || base.strip_suffix('e') == Some(stem) || undoubled)
}

/// Whether `word` is a form of the verb `base`: the base, "-s", "-ed" or "-d", "-ed"
/// after a doubled last letter ("capped"), "-ing" ("cap", "caps", "capped", "capping";
/// not "bank" for "ban").
fn is_form_of(word: &str, base: &str) -> bool {
    let stem = word
        .strip_suffix("ed")
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    let doubled = base.chars().last().map(|c| format!("{base}{c}"));
    stem == base
        || base.strip_suffix('e') == Some(stem)
        || doubled.as_deref() == Some(stem)
        || is_gerund_of(word, base)
}

/// Prepositions that open a phrase qualifying a head noun ("quota for foreign workers").
const QUALIFYING: [&str; 12] = [
    "for", "of", "on", "in", "at", "along", "across", "during", "outside", "inside", "near",
    "within",
];

/// The head noun of a phrase that names a thing: its last word before a phrase or a
/// relative clause that qualifies it ("quota for foreign workers": "quota"; "smart
/// glasses that show captions": "glasses").
fn head_of(phrase: &[String]) -> Option<&String> {
    // A participle before "by" opens such a phrase too ("fund paid by AI companies").
    let end = (0..phrase.len())
        .find(|&k| {
            let w = phrase[k].as_str();
            QUALIFYING.contains(&w)
                || matches!(w, "that" | "which" | "who")
                || (k > 0 && phrase.get(k + 1).is_some_and(|n| n == "by"))
        })
        .unwrap_or(phrase.len());
    phrase[..end].last()
}

/// A word without a plural "-s" ("visas" and "visa" give "visa"): how head nouns are
/// compared.
fn singular(word: &str) -> &str {
    word.strip_suffix('s').unwrap_or(word)
}

/// Whether an alias names an action ("ban smartphones", "raising fares", "scrap the
/// rule") rather than a thing ("rate increase", "price cap"): a gerund, or a base verb
/// followed by a determiner, a plural or more words.
fn names_an_action(alias: &[String], res: &Resources) -> bool {
    let Some(first) = alias.first() else {
        return false;
    };
    let object = |w: &String| DETERMINERS.contains(&w.as_str()) || looks_plural(w);
    first.ends_with("ing")
        || (res.base_verbs.contains(first) && (alias.len() > 2 || alias.get(1).is_some_and(object)))
}

/// The rules' reading of each target named in sentence `i`.
fn read_mentions(
    doc: &Document,
    i: usize,
    named: Vec<(usize, Vec<(usize, usize)>)>,
    phrases: &TargetPhrases,
    res: &Resources,
) -> Vec<Mention> {
    let tokens = doc.sentence_tokens(i);
    named
        .into_iter()
        .filter_map(|(target, occurrences)| {
            let name_removal = phrases[target]
                .first()
                .is_some_and(|name| is_removal(name, res));
            // "Replacing single-journey tickets with QR codes", also named "ending
            // single-journey cards": an alias that ends a thing makes the target that
            // thing's removal too, the thing being the alias's ("the allowance" of
            // "Replacing free rides with an allowance" is no object of the removal).
            let alias_removed = (!name_removal)
                .then(|| {
                    // The shortest names only the thing ("ending free rides", not "end
                    // the free rides ..., replacing them with an allowance").
                    phrases[target]
                        .iter()
                        .filter_map(|p| removed_object(p, res))
                        .min_by_key(Vec::len)
                })
                .flatten();
            let removal = name_removal || alias_removed.is_some();
            let removed_thing: Vec<&str> = match &alias_removed {
                Some(object) => object
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !DETERMINERS.contains(w))
                    .collect(),
                None => phrases[target]
                    .first()
                    .map(|name| {
                        // "Lifting the ban on ...": after the removal word that opens the
                        // name, the removed thing may itself be a removal ("the ban").
                        let opening = longest_opening(name, &res.removal_words);
                        name[opening.unwrap_or(0)..]
                            .iter()
                            .map(String::as_str)
                            .filter(|w| !DETERMINERS.contains(w))
                            .filter(|w| {
                                opening.is_some()
                                    || !res.removal_words.iter().any(|r| r.iter().any(|x| x == w))
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            let object_only = |&(first, last): &(usize, usize)| {
                let words: Vec<(String, usize)> = normalized_words(&tokens[first..=last], res);
                let words: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
                // "fixing the pipes" for "Reducing leaks" names an action, not the object
                // ("building rules" for "Relaxing building rules" is the object).
                let removed = |w: &str| removed_thing.iter().any(|r| singular(r) == singular(w));
                // "lending limits" for "Lifting limits on e-book loans": a word in -ing
                // straight before the removed thing's head noun, which closes the
                // alias, qualifies that noun; it names no action.
                let qualifier = matches!(words.as_slice(), [w, head] if w.ends_with("ing")
                    && removed(head)
                    && !res.is_removal_word(w));
                let action = !qualifier
                    && words.first().is_some_and(|w| {
                        (w.ends_with("ing") || res.base_verbs.contains(*w)) && !removed(w)
                    });
                // "an earlier exit" for "Closing coal plants by 2040" is another name of
                // the whole; only words of the removed thing name the object, and not
                // under a head of its own that makes less of it ("the speed cap" for
                // "Lowering the speed limit").
                let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
                let lessening = head_of(&owned).is_some_and(|h| {
                    !removed(h) && res.action_directions.get(singular(h)) == Some(&Direction::Less)
                });
                let of_object = !lessening && words.iter().any(|w| removed(w));
                // "the shuttle plan" for "Ending the free shuttle bus": under a head
                // that names a proposal, the removed thing names the proposal.
                let proposal_head = head_of(&owned).is_some_and(|h| {
                    !removed(h)
                        && (PROPOSAL_NOUNS.contains(&singular(h))
                            || matches!(singular(h), "plan" | "move" | "decision"))
                });
                // "car-free weekends" for "Weekend car ban": a name of the state the
                // removal leaves is a name of the whole ("free disposable toothbrushes",
                // given away, are the object).
                let freed = tokens[first..=last]
                    .iter()
                    .any(|t| t.lower.contains("-free"));
                // "a 0.02 percent limit" for "Lowering the limit to 0.02 percent": a
                // name with the level the change sets is a name of the whole.
                // So is one by the level it leaves ("a lower age").
                let level = words.iter().any(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || LEVEL_COMPARATIVES.iter().any(|(_, c)| c == w)
                });
                // "the removal of the lane": the object named inside the whole.
                let k = with_determiners(tokens, first);
                let of_removal = k >= 2
                    && tokens[k - 1].lower == "of"
                    && res.is_removal_word(&tokens[k - 2].lower);
                // "drones in the parks will be banned": the thing told undergoing the
                // removal names the whole.
                let undergoing = words.len() >= 2
                    && words[words.len() - 1].ends_with("ed")
                    && LINKS.contains(&words[words.len() - 2]);
                removal
                    && !freed
                    && !proposal_head
                    && !level
                    && !undergoing
                    && !of_removal
                    && !action
                    && of_object
                    && !res.removal_words.iter().any(|r| {
                        find_words(&words, r).is_some()
                            && !r.iter().all(|x| removed_thing.contains(&x.as_str()))
                    })
            };
            // "..., officials said Thursday, even as critics warned that the scheme was
            // too expensive": what another party is reported to say after the
            // sentence's own report is theirs, not the speaker's.
            let occurrences: Vec<(usize, usize)> = occurrences
                .into_iter()
                .filter(|&(first, _)| !reported_by_another(tokens, first, res))
                .collect();
            if occurrences.is_empty() {
                return None;
            }
            let mut objects: Vec<bool> = occurrences.iter().map(object_only).collect();
            let readings: Vec<Reading> = occurrences
                .iter()
                .zip(objects.iter_mut())
                .map(|(o, object)| {
                    let mut reading = read_occurrence(doc, i, o.0, o.1, res);
                    let bare = |r: &Reading| {
                        r.evidence == Evidence::Mention && r.label == StanceLabel::Neutral
                    };
                    // "will run lines 2 and 5 until 2 a.m." for "Running subways until 2
                    // a.m.": the name's own verb a few words before the alias opens it.
                    if bare(&reading)
                        && let Some(verb) = phrases[target]
                            .first()
                            .and_then(|name| own_verb_before(tokens, o.0, name, res))
                    {
                        let whole = read_occurrence(doc, i, verb, o.1, res);
                        if !bare(&whole) {
                            reading = whole;
                        }
                    }
                    let bare = bare(&reading);
                    if bare
                        && !removal
                        && let Some(urged) = phrases[target]
                            .first()
                            .and_then(|name| named_action_urged(doc, i, o.1, name))
                    {
                        reading = urged;
                    } else if bare && let Some(other) = alternative_urged(doc, i, o.1) {
                        reading = other;
                    }
                    // "lifting the closure rule would finish off the stalls": what is
                    // said of the removal counts the other way for the target, unless a
                    // cue already read the removal ("urged them to scrap the rule").
                    // So for a removal named whole ("scrapping the cut would hurt
                    // drivers" for "Extending the fuel tax cut"): it is what goes.
                    let names_removal = tokens[o.0..=o.1]
                        .iter()
                        .any(|t| res.is_removal_word(&t.lower));
                    *object |= (!removal || names_removal)
                        && removed_before(tokens, o.0, res)
                        && matches!(reading.evidence, Evidence::Mention | Evidence::Evaluation);
                    if *object {
                        Reading {
                            label: flip(reading.label),
                            ..reading
                        }
                    } else {
                        studied(tokens, o.0, reading, res)
                    }
                })
                .collect();
            let object_of_removal = objects.first().copied().unwrap_or(false);
            let after_removal = !removal
                && occurrences
                    .first()
                    .is_some_and(|&(first, _)| removed_before(tokens, first, res));
            combine(&readings).map(|reading| Mention {
                target,
                occurrences,
                reading,
                object_of_removal,
                after_removal,
            })
        })
        .collect()
}

/// The reading of a target at token `first` that a gerund of looking at it opens
/// ("studying plain packaging for five more years would be a mistake"): a look judged
/// badly is impatience for the target, judged well ("reviewing it carefully would be
/// wise") caution, no side.
fn studied(tokens: &[Token], first: usize, reading: Reading, res: &Resources) -> Reading {
    let k = with_determiners(tokens, first);
    let looked_at = k > 0
        && tokens[k - 1].lower.ends_with("ing")
        && is_review_verb(&tokens[k - 1].lower, res)
        && reading.evidence == Evidence::Evaluation;
    if !looked_at {
        return reading;
    }
    Reading {
        label: match reading.label {
            StanceLabel::Against => StanceLabel::Favor,
            _ => StanceLabel::Neutral,
        },
        ..reading
    }
}

/// The target the latest of the body sentences shortly before `body[k]` names as what
/// someone wants or proposes ("want to exempt foreign helpers from ...", "proposed
/// raising ..."), when it names one target so.
fn proposed_before(
    doc: &Document,
    body: &[usize],
    found: &[Vec<Mention>],
    k: usize,
) -> Option<usize> {
    /// Body sentences back to the one that names the proposal.
    const PROPOSAL_REACH: usize = 5;
    const WISHES: [&str; 8] = [
        "want",
        "wants",
        "wanted",
        "propose",
        "proposes",
        "proposed",
        "suggest",
        "suggested",
    ];
    (k.saturating_sub(PROPOSAL_REACH)..k).rev().find_map(|j| {
        let tokens = doc.sentence_tokens(body[j]);
        let wished: Vec<usize> = found[j]
            .iter()
            .filter(|m| {
                m.occurrences.first().is_some_and(|&(first, _)| {
                    let before = |o: usize| first.checked_sub(o).map(|p| tokens[p].lower.as_str());
                    WISHES.contains(&before(1).unwrap_or(""))
                        || (before(1) == Some("to") && WISHES.contains(&before(2).unwrap_or("")))
                })
            })
            .map(|m| m.target)
            .collect();
        match wished.as_slice() {
            [t] => Some(*t),
            _ => None,
        }
    })
}

/// Whether token `first` lies in what another party is reported to say in a clause
/// set against the sentence's own report (", even as critics warned that ...", ",
/// while unions say ..."): a verb of speech before the clause and one inside it before
/// `first`, the clause's subject neither a pronoun nor missing ("while noting that" is
/// the speaker's own).
fn reported_by_another(tokens: &[Token], first: usize, res: &Resources) -> bool {
    let Some(c) = (1..first).rev().find(|&c| {
        (tokens[c - 1].lower == "," && matches!(tokens[c].lower.as_str(), "while" | "whereas"))
            || (c >= 2
                && tokens[c - 2].lower == ","
                && tokens[c - 1].lower == "even"
                && tokens[c].lower == "as")
    }) else {
        return false;
    };
    let speech = |t: &Token| t.is_word && res.is_speech_verb(&t.lower).is_some();
    let subject = tokens
        .get(c + 1)
        .is_some_and(|t| t.is_word && !res.pronouns.contains_key(&t.lower) && !speech(t));
    subject && tokens[..c].iter().any(speech) && tokens[c + 1..first].iter().any(speech)
}

/// The verb that opens the target's `name` ("running" of "Running subways until 2
/// a.m.") in its base form a few words before token `first`, in the same clause
/// ("will run lines 2 and 5 until 2 a.m.").
fn own_verb_before(
    tokens: &[Token],
    first: usize,
    name: &[String],
    res: &Resources,
) -> Option<usize> {
    /// Words between the verb and the alias ("subway lines 2 and 5").
    const OBJECT_WORDS: usize = 6;
    let opening = name.first().filter(|w| w.ends_with("ing"))?;
    let base = base_of_gerund(opening, &res.base_verbs);
    if !res.base_verbs.contains(&base) {
        return None;
    }
    (first.saturating_sub(OBJECT_WORDS + 1)..first)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].lower == base)
}

/// The side a cue of one word takes (`stance_cues.txt`: "oppose" against).
fn one_word_cue(word: &str, res: &Resources) -> Option<StanceLabel> {
    res.stance_cues
        .iter()
        .find(|(cue, _)| cue.len() == 1 && cue[0] == word)
        .map(|(_, label)| *label)
}

/// The side of an evaluative word of one word ("best", "reckless"), `evaluative.txt`.
fn one_word_evaluation(word: &str, res: &Resources) -> Option<StanceLabel> {
    res.evaluative
        .iter()
        .find(|(phrase, _)| phrase.len() == 1 && phrase[0] == word)
        .map(|(_, label)| *label)
}

/// Whether a removal word stands right before the target at token `first`, its
/// determiners aside ("lifting the closure rule").
fn removed_before(tokens: &[Token], first: usize, res: &Resources) -> bool {
    let k = with_determiners(tokens, first);
    res.removal_words
        .iter()
        .any(|r| r.len() <= k && phrase_at(tokens, k - r.len(), r))
}

/// Whether a target's name (normalised words) opens or closes with a removal word, or
/// its phrase before a preposition closes with one ("Plastic bag ban in convenience
/// stores").
fn is_removal(name: &[String], res: &Resources) -> bool {
    let head = name
        .iter()
        .position(|w| matches!(w.as_str(), "in" | "on" | "at" | "for" | "from"))
        .map_or(name, |p| &name[..p]);
    res.removal_words.iter().any(|r| {
        let closes =
            |phrase: &[String]| phrase.len() > r.len() && phrase[phrase.len() - r.len()..] == r[..];
        name.len() > r.len() && (name[..r.len()] == r[..] || closes(name) || closes(head))
    })
}

/// The text the head reads for a target in sentence `i`: what the sentence says (the
/// words inside its quotation marks, else the content of its reporting verb, else all
/// of it) with every occurrence of the target replaced by "it", so that the vector
/// carries what is said of the target, not what the target is or who says it.
pub fn masked_sentence(
    doc: &Document,
    i: usize,
    occurrences: &[(usize, usize)],
    res: &Resources,
) -> String {
    let tokens = doc.sentence_tokens(i);
    // A determiner goes with the target: "the it" would read as no English.
    let spans: Vec<Span> = occurrences
        .iter()
        .map(|&(first, last)| {
            let first = match first.checked_sub(1).map(|k| tokens[k].lower.as_str()) {
                Some(w) if DETERMINERS.contains(&w) => first - 1,
                _ => first,
            };
            Span::new(tokens[first].span.start, tokens[last].span.end)
        })
        .collect();
    let mut out = String::new();
    for region in regions_read(doc, i, &spans, res) {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut at = region.start;
        for o in spans.iter().filter(|o| region.contains(**o)) {
            out.push_str(&doc.text[at..o.start]);
            out.push_str("it");
            at = o.end;
        }
        out.push_str(&doc.text[at..region.end]);
    }
    out
}

/// The parts of sentence `i` read for what is said of a target at `spans`: what the
/// sentence says (`what_is_said`), the answer after a topic phrase that names the
/// target, or, when the target lies outside what is said, the reported clause or the
/// whole sentence.
fn regions_read(doc: &Document, i: usize, spans: &[Span], res: &Resources) -> Vec<Span> {
    let tokens = doc.sentence_tokens(i);
    let said = what_is_said(doc, i, res);
    // A target named in a topic phrase is what the rest of the sentence answers: the
    // head reads the answer ("Asked about X, Kim said the savings were exaggerated").
    let topic_end = topic_phrase_end(tokens)
        .filter(|&comma| spans.iter().all(|o| o.end <= tokens[comma].span.start))
        .map(|comma| tokens[comma].span.end);
    if let Some(end) = topic_end {
        let answer: Vec<Span> = said.into_iter().filter(|r| r.start >= end).collect();
        if answer.is_empty() {
            vec![Span::new(end, doc.sentences[i].span.end)]
        } else {
            answer
        }
    } else if spans.iter().all(|o| said.iter().any(|r| r.contains(*o))) {
        said
    } else {
        // "said the motion \"would turn a port city into a gambling city\"": a quoted
        // fragment whose subject is outside it is read with its reported clause.
        let content = reported_content(doc, i, res);
        if spans.iter().all(|o| content.iter().any(|r| r.contains(*o))) {
            content
        } else {
            vec![doc.sentences[i].span]
        }
    }
}

/// The comma that closes a topic phrase opening the sentence ("Regarding concerns that
/// ..., he said", "Asked about X, Kim said ...").
fn topic_phrase_end(tokens: &[Token]) -> Option<usize> {
    opening_clause_end(tokens, &TOPIC_OPENERS)
}

/// The comma that closes the clause opening the sentence with one of `openers`.
fn opening_clause_end(tokens: &[Token], openers: &[&str]) -> Option<usize> {
    let opens = tokens
        .iter()
        .find(|t| t.is_word)
        .is_some_and(|t| openers.contains(&t.lower.as_str()));
    if !opens {
        return None;
    }
    tokens.iter().position(|t| t.lower == ",")
}

/// The parts of sentence `i` that carry what its speaker says: the insides of its speech
/// quotations; without them, what follows a reporting verb ("said (that) ...") or, when
/// the verb comes last, what precedes it; else the whole sentence.
fn what_is_said(doc: &Document, i: usize, res: &Resources) -> Vec<Span> {
    let s = &doc.sentences[i];
    let quoted: Vec<Span> = doc
        .speech_quotes_in(s.span)
        .map(|q| Span::new(q.inner.start.max(s.span.start), q.inner.end.min(s.span.end)))
        .filter(|r| r.start < r.end && !doc.slice(*r).trim().is_empty())
        .collect();
    if !quoted.is_empty() {
        return quoted;
    }
    reported_content(doc, i, res)
}

/// What follows a sentence's reporting verb ("said (that) ..."), or, when the verb comes
/// last, what precedes it; else the whole sentence.
fn reported_content(doc: &Document, i: usize, res: &Resources) -> Vec<Span> {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    let words = |r: std::ops::Range<usize>| tokens[r].iter().filter(|t| t.is_word).count();
    // The attribution's verb; a sentence whose subject did not resolve ("She said ..."
    // with no one named before) still has its reporting verb.
    let verb = match s.attribution.as_ref() {
        Some(a) => tokens
            .iter()
            .position(|t| t.span.start >= a.verb.start && t.span.end <= a.verb.end),
        None => tokens
            .iter()
            .position(|t| t.is_word && res.is_speech_verb(&t.lower).is_some()),
    };
    let Some(v) = verb else {
        return vec![s.span];
    };
    if words(v + 1..tokens.len()) > 2 {
        let from = match tokens.get(v + 1) {
            Some(t) if t.lower == "that" => v + 2,
            _ => v + 1,
        };
        return vec![Span::new(
            tokens[from.min(tokens.len() - 1)].span.start,
            s.span.end,
        )];
    }
    // "..., the minister said." / "..., said Kim.": up to the last comma before the verb
    // and its subject.
    let comma = tokens[..v].iter().rposition(|t| t.lower == ",");
    match comma {
        Some(c) if words(0..c) > 2 => vec![Span::new(s.span.start, tokens[c].span.start)],
        _ => vec![s.span],
    }
}

/// The mentions the rules leave to the head, with their sentences: a bare mention (no
/// recommendation, cue or evaluative word) in a voice that takes positions. Only these
/// need the masked sentence's vector.
pub fn left_to_head(doc: &Document, res: &Resources) -> Vec<(usize, Mention)> {
    if doc.targets.is_empty() {
        return Vec::new();
    }
    let phrases = target_phrases(&doc.targets, res);
    let author_voice = is_opinion(doc, res);
    all_mentions(doc, &phrases, res)
        .into_iter()
        .enumerate()
        .filter(|&(i, _)| has_voice(doc, i, writers_voice(doc, i, author_voice, res)))
        .flat_map(|(i, found)| {
            found
                .into_iter()
                .filter(|m| m.reading.evidence == Evidence::Mention)
                .map(move |m| (i, m))
        })
        .collect()
}

/// How sure an action offered as a subject and judged ("Charging foreigners more is
/// unfair") is as its speaker's side.
const JUDGED_ACTION_CONFIDENCE: f32 = 0.6;

/// "Charging foreign visitors more is unfair", "said scrapping the perk would be a
/// mistake": an action offered as the subject of a clause that judges it is a course
/// urged (judged well) or urged against (judged badly), for relevance to compare with
/// the targets when it names none. The action runs from its gerund, which opens the
/// sentence, a quotation or what a verb of speech reports, to the clause's verb.
fn judged_actions(doc: &Document, i: usize, res: &Resources) -> Vec<Course> {
    /// Words of the action before its verb.
    const ACTION_WORDS: usize = 12;
    let tokens = doc.sentence_tokens(i);
    let opens_clause = |g: usize| {
        g == 0
            || matches!(tokens[g - 1].lower.as_str(), "\"" | "“" | "that")
            || res.is_speech_verb(&tokens[g - 1].lower).is_some()
    };
    let gerund = |g: usize| {
        let w = &tokens[g].lower;
        w.len() > 5
            && w.ends_with("ing")
            && res.base_verbs.contains(&base_of_gerund(w, &res.base_verbs))
    };
    let mut out = Vec::new();
    for g in (0..tokens.len()).filter(|&g| opens_clause(g) && gerund(g)) {
        // "sends the wrong message", "would be a mistake": a modal or form of "be", or
        // a verb in "-s" before a determiner.
        let verb = (g + 2..tokens.len().min(g + 2 + ACTION_WORDS))
            .take_while(|&j| tokens[j - 1].is_word)
            .find(|&j| {
                let w = tokens[j].lower.as_str();
                AUXILIARIES.contains(&w)
                    || (is_present_of(w, &res.base_verbs)
                        && tokens
                            .get(j + 1)
                            .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str())))
            });
        let Some(verb) = verb else {
            continue;
        };
        let Some(label) = clause_evaluation(&doc.text, tokens, g, verb - 1, res) else {
            continue;
        };
        let polarity = match label {
            StanceLabel::Favor => Polarity::Do,
            StanceLabel::Against => Polarity::Avoid,
            StanceLabel::Neutral => continue,
        };
        let span = Span::new(tokens[g].span.start, tokens[verb - 1].span.end);
        out.push(Course {
            text: relevance::core_of(doc.slice(span)).to_string(),
            span,
            polarity,
            confidence: JUDGED_ACTION_CONFIDENCE,
        });
    }
    out
}

/// The courses of sentence `i` that name no target in their own words: those
/// relevance compares with the targets by meaning.
fn unnamed_courses(doc: &Document, i: usize, named: &[Mention], res: &Resources) -> Vec<Course> {
    let tokens = doc.sentence_tokens(i);
    relevance::courses(doc, i, res)
        .into_iter()
        .chain(judged_actions(doc, i, res))
        .filter(|course| {
            !named.iter().flat_map(|m| &m.occurrences).any(|&(a, b)| {
                Span::new(tokens[a].span.start, tokens[b].span.end).overlap(course.span) > 0
            })
        })
        .collect()
}

/// The courses relevance will compare with the targets, for the encoder: those of the
/// body sentences in a voice that takes positions, outside the interviewer's
/// questions, that name no target, and whose words stand in a relation to some
/// target's phrase (a negated course or a pronoun object is never read). Encoding
/// every course of every sentence, and the targets' phrases with them, made a run
/// with the model about 1.3 times slower.
pub fn compared_by_meaning(doc: &Document, res: &Resources) -> Vec<String> {
    if doc.targets.is_empty() {
        return Vec::new();
    }
    let comparable: Vec<String> = doc
        .targets
        .iter()
        .flat_map(|t| relevance::comparable_phrases(&t.name, &t.aliases))
        .collect();
    let phrases = target_phrases(&doc.targets, res);
    let author_voice = is_opinion(doc, res);
    all_mentions(doc, &phrases, res)
        .iter()
        .enumerate()
        .filter(|&(i, _)| {
            let s = &doc.sentences[i];
            s.kind == SentenceKind::Body
                && !s.question_label
                && has_voice(doc, i, writers_voice(doc, i, author_voice, res))
        })
        .flat_map(|(i, named)| unnamed_courses(doc, i, named, res))
        .map(|c| c.text)
        .filter(|course| {
            comparable
                .iter()
                .any(|p| relevance::relation(course, p, res).is_some())
        })
        .collect()
}

pub fn classify_stance(doc: &mut Document, res: &Resources) {
    let phrases = target_phrases(&doc.targets, res);
    let author_voice = is_opinion(doc, res);
    let body: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| doc.sentences[i].kind == SentenceKind::Body)
        .collect();
    let mut every = all_mentions(doc, &phrases, res);
    let mut found: Vec<Vec<Mention>> = body
        .iter()
        .map(|&i| std::mem::take(&mut every[i]))
        .collect();
    // "The opposition opposed the plan": a definite noun for a proposal names the
    // article's main target, the one its body named first (with the body sentence
    // that names it). When the body first named it as what a proposal would remove
    // ("will ask the Assembly to scrap the closure rule"), the plan is its removal:
    // "welcomed the move" is against the target.
    let main_target = first_named(&found);
    // "rallied against a government plan to cut the tariff": the body first named the
    // target as what a plan would do, so "the plan" is the target itself, even where a
    // side against it makes other nouns ("welcomed the decision") name its removal.
    let named_as_plan = main_target.is_some_and(|(at, (target, _))| {
        let tokens = doc.sentence_tokens(body[at]);
        found[at]
            .iter()
            .find(|m| m.target == target)
            .and_then(|m| m.occurrences.first())
            .is_some_and(|&(first, _)| {
                first >= 2
                    && tokens[first - 1].lower == "to"
                    && matches!(tokens[first - 2].lower.as_str(), "plan" | "plans")
            })
    });
    let alternatives = alternative_targets(doc, &body, &found);
    // "Fine for parking near fire hydrants to triple" ... "Firefighters welcomed the
    // move.": before the body names anything, the news is what the headline names.
    let headline = (0..doc.sentences.len())
        .take_while(|&h| doc.sentences[h].kind != SentenceKind::Body)
        .find(|&h| doc.sentences[h].kind == SentenceKind::Heading)
        .map(|h| named_targets(doc, h, &phrases, res))
        .and_then(|named| match named.as_slice() {
            [(target, _)] if doc.targets.len() > 1 => Some((*target, false)),
            _ => None,
        });
    // "― So you oppose the bill?" "No.": an interviewer's question that names nothing
    // asks about the main target through such a noun, and the answer answers that.
    if let Some((first, (target, false))) = main_target {
        for k in first + 1..body.len() {
            let i = body[k];
            if !doc.sentences[i].question_label || !found[k].is_empty() {
                continue;
            }
            let tokens = doc.sentence_tokens(i);
            // "What is your view of the ministry's decision?": an owner's possessive
            // may stand between.
            let determined = |p: usize| {
                matches!(tokens[p - 1].lower.as_str(), "the" | "this" | "that")
                    || (p >= 2
                        && tokens[p - 2].lower == "the"
                        && possessor(&tokens[p - 1].lower).is_some())
            };
            let Some(p) = (1..tokens.len()).find(|&p| {
                res.anaphor_nouns.contains(&tokens[p].lower)
                    && determined(p)
                    && ends_noun_phrase(tokens.get(p + 1), res)
            }) else {
                continue;
            };
            found[k] = read_mentions(doc, i, vec![(target, vec![(p, p)])], &phrases, res);
        }
    }
    let mut all: Vec<(usize, Vec<SentenceStance>)> = Vec::with_capacity(body.len());
    for (k, &i) in body.iter().enumerate() {
        let writer = writers_voice(doc, i, author_voice, res);
        let voiced = has_voice(doc, i, writer);
        // An interviewer's question takes no position, whatever it reports.
        if doc.sentences[i].question_label {
            all.push((i, Vec::new()));
            continue;
        }
        // The writer of an opinion piece who only names a target in narration ("Three
        // years after the Assembly passed the ban, ...") takes no position: no label,
        // as gold-format.md has it for narration.
        let narrated =
            writer && doc.sentences[i].speaker.is_none() && !doc.sentences[i].unnamed_source;
        // "Of the 100 clinics designated, 11 have closed ..., according to the Korean
        // Pediatric Society": a fact given on a source's word that only names a target
        // is no position of the source's either.
        let sourced = doc.sentences[i]
            .attribution
            .as_ref()
            .is_some_and(|a| doc.slice(a.verb).eq_ignore_ascii_case("according"))
            || (doc.sentences[i].unnamed_source
                && lower_words(doc.sentence_tokens(i))
                    .windows(2)
                    .any(|w| w == ["according", "to"]));
        // "The committee is expected to decide next month whether to back the bid": in
        // the writer's narration, a question someone else leaves open is theirs.
        let tokens = doc.sentence_tokens(i);
        let left_open_by_another = |m: &Mention| {
            m.occurrences
                .first()
                .is_some_and(|&(first, _)| open_question_before(tokens, first))
                && !lower_words(tokens).iter().any(|w| FIRST_PERSON.contains(w))
        };
        let mut stances: Vec<SentenceStance> = found[k]
            .iter()
            .filter(|m| voiced || m.reading.evidence == Evidence::Recommendation)
            .map(|m| {
                let (label, confidence, learned) = decide(doc, i, m, res);
                // "Q. What stands in the way?" "A. The building rules.": what the answer
                // names as the obstacle it is against (and for its removal); as what to
                // do, for.
                let answered = (label == StanceLabel::Neutral && k > 0)
                    .then(|| answered_side(doc, body[k - 1], i, m))
                    .flatten();
                let (label, confidence, learned) = match answered {
                    Some(side) if m.object_of_removal => (flip(side), FROM_ANSWER, false),
                    Some(side) => (side, FROM_ANSWER, false),
                    None => (label, confidence, learned),
                };
                (
                    m,
                    SentenceStance {
                        target: m.target,
                        label,
                        confidence,
                        learned,
                    },
                )
            })
            .filter(|(m, st)| {
                let bare =
                    st.label == StanceLabel::Neutral && m.reading.evidence == Evidence::Mention;
                // "Shop owners in older neighborhoods, where ... parking lots are scarce,
                // said": a mention in the clause that describes who speaks is not what
                // they say.
                let describes_speaker = m.reading.evidence == Evidence::Mention
                    && m.occurrences
                        .iter()
                        .all(|&(first, last)| in_speakers_description(tokens, first, last, res));
                // "Even parties that hate the rule have noticed ...": the attitude of
                // the group a relative clause describes is not the speaker's.
                let anothers = m
                    .occurrences
                    .iter()
                    .all(|&(first, _)| anothers_attitude(tokens, first, res));
                let left_open = || st.label == StanceLabel::Neutral && left_open_by_another(m);
                // "From March, the ministry will let restaurants admit pet dogs as long
                // as they keep them on a leash": the terms of a rule the writer tells.
                let rule_terms = || {
                    st.label == StanceLabel::Neutral
                        && m.occurrences.first().is_some_and(|&(first, _)| {
                            tokens[..first].windows(2).any(|w| {
                                w[0].lower == "will"
                                    && matches!(
                                        w[1].lower.as_str(),
                                        "let" | "allow" | "permit" | "require"
                                    )
                            })
                        })
                };
                !((narrated && (bare || left_open() || rule_terms()))
                    || (sourced && bare)
                    || describes_speaker
                    || anothers)
            })
            .map(|(_, st)| st)
            .collect();
        if voiced {
            for st in urged_in_the_passive(doc, i, &phrases, res)
                .into_iter()
                .chain(urged_in_other_words(doc, i, &found[k], res))
            {
                if !stances.iter().any(|s| s.target == st.target) {
                    stances.push(st);
                }
            }
        }
        // An article with one target is about it: "Fans have welcomed the move." after a
        // body that described the bill without naming it refers to it.
        let only = (doc.targets.len() == 1).then_some((0, false));
        // A roundup's section under its own heading is about the target it names
        // first ("Plastic bags return to convenience stores" ... "the decision").
        // What is said of a target named as what a proposal would remove is said the
        // other way of the target.
        let turned = |removed: bool, mut st: SentenceStance| {
            if removed {
                st.label = flip(st.label);
            }
            st
        };
        // The mentions of the last sentence a sentence or two before that named a target.
        let named_just_before = || {
            found[k.saturating_sub(REACTION_REACH)..k]
                .iter()
                .rev()
                .find(|f| !f.is_empty())
        };
        let topic = || {
            let section = (0..i)
                .rev()
                .find(|&h| doc.sentences[h].kind == SentenceKind::Heading)
                .and_then(|h| body.iter().position(|&b| b > h))
                .filter(|&from| from > 0);
            section
                .and_then(|from| first_named(&found[from..k]).map(|(_, t)| t))
                .or(main_target.filter(|&(at, _)| at < k).map(|(_, t)| t))
                .or(headline)
                .or(only)
                // "The finance ministry says the measure helps young couples", before
                // the body names any target: the first target given, the article's
                // main one.
                .or_else(|| {
                    main_target
                        .is_some_and(|(at, _)| at > k)
                        .then_some((0, false))
                })
        };
        if voiced && k > 0 && found[k].is_empty() {
            let previous = body[k - 1];
            // An interviewer's question line may name the target in one sentence and
            // ask in the next ("- Calls for X are growing. What do you make of them?").
            let mut from = k - 1;
            while from > 0
                && !doc.sentences[body[from]].question_label
                && doc.sentences[body[from - 1]].paragraph == doc.sentences[previous].paragraph
                && !has_voice(doc, body[from - 1], author_voice)
            {
                from -= 1;
            }
            let mut named: Vec<Mention> = if doc.sentences[body[from]].question_label {
                found[from..k].iter().flatten().cloned().collect()
            } else {
                found[k - 1].clone()
            };
            // "— What about plain packaging?" "Australia has had it since 2012." "It
            // costs the state nothing.": the same voice going on about what it named by
            // a pronoun refers to what was named before that.
            let mut previous = previous;
            if named.is_empty() {
                let speaker = doc.sentences[i].speaker;
                let mut j = k - 1;
                while j > 0
                    && k - j < REACTION_REACH
                    && found[j].is_empty()
                    && speaker.is_some()
                    && doc.sentences[body[j]].speaker == speaker
                    && !doc.sentences[body[j]].question_label
                    && lower_words(doc.sentence_tokens(body[j]))
                        .iter()
                        .any(|w| matches!(*w, "it" | "it's"))
                {
                    j -= 1;
                }
                if j < k - 1 && !found[j].is_empty() {
                    named = found[j].clone();
                    previous = body[j];
                }
            }
            // The one target the sentence before took a side on, when this one names
            // none: what a reference here may stand for.
            let side_before: Option<(usize, Mention)> = all
                .last()
                .filter(|_| named.is_empty())
                .and_then(|(before_at, before)| match before.as_slice() {
                    [st] => Some((
                        *before_at,
                        Mention::unnamed(st.target, Reading::cue(st.label)),
                    )),
                    _ => None,
                });
            // "Retailers welcomed the decision." "\"This is the most important step the
            // government could take,\" Park said.": the sentence before took a side on
            // one target without naming it (the decision, the move); another voice's
            // quotation that refers back to it refers to that target, with that side.
            let answered: Vec<Mention> = side_before
                .iter()
                .filter(|(before_at, m)| {
                    *before_at == body[k - 1]
                        && matches!(m.reading.label, StanceLabel::Favor | StanceLabel::Against)
                        && doc.sentences[i].quote == QuoteKind::Direct
                        && doc.sentences[i].speaker.is_some()
                        && doc.sentences[i].speaker != doc.sentences[*before_at].speaker
                })
                .map(|(_, m)| m.clone())
                .collect();
            let referred = all
                .last()
                .and_then(|(_, before)| objection_dismissed(doc, i, before))
                .or_else(|| referred_stance(doc, previous, i, &named, author_voice, res))
                .or_else(|| referred_stance(doc, previous, i, &answered, author_voice, res))
                .or_else(|| {
                    // What it reacts to may lie a sentence of background further back.
                    reaction(doc, i, named_just_before()?, res)
                })
                .or_else(|| recommended_by_pronoun(doc, i, &named, true, res))
                .or_else(|| {
                    // "\"Nobody is against sprinklers, but ...\" said Ok. Ahn said the
                    // agency should not wait. \"Install them first in nursing homes\"": the
                    // pronoun an action acts on stands for the target named last, a
                    // sentence or two before, when none was named since.
                    // Only a thing named, not an action ("Some want to scrap the charge.
                    // ... Seoul should raise it": "it" is the charge, not scrapping it).
                    if !named.is_empty() {
                        return None;
                    }
                    let j = (k.saturating_sub(REACTION_REACH)..k)
                        .rev()
                        .find(|&j| !found[j].is_empty())?;
                    let tokens = doc.sentence_tokens(body[j]);
                    let a_thing = found[j].iter().all(|m| {
                        m.occurrences.iter().all(|&(first, _)| {
                            let w = tokens[first].lower.as_str();
                            !w.ends_with("ing") && !res.base_verbs.contains(w)
                        })
                    });
                    a_thing
                        .then(|| recommended_by_pronoun(doc, i, &found[j], false, res))
                        .flatten()
                })
                .or_else(|| {
                    // "― What about a separate agency?" "That part I welcome. ... But it
                    // should be built in addition to the ministry": an answer that has
                    // named nothing since its question urges what the question named.
                    let asked = (0..k)
                        .rev()
                        .find(|&j| doc.sentences[body[j]].question_label || !found[j].is_empty())
                        .filter(|&j| doc.sentences[body[j]].question_label)?;
                    let same_voice = body[asked + 1..k]
                        .iter()
                        .all(|&j| doc.sentences[j].speaker == doc.sentences[i].speaker);
                    let [.., last] = found[asked].as_slice() else {
                        return None;
                    };
                    same_voice
                        .then(|| {
                            recommended_by_pronoun(doc, i, std::slice::from_ref(last), true, res)
                        })
                        .flatten()
                })
                .or_else(|| named_by_demonstrative(doc, i, &named, res))
                .or_else(|| named_by_head(doc, i, &named, &phrases, res, false))
                .or_else(|| {
                    // "The coalition called the ban overdue." two sentences after the
                    // lede named the ban: "the" with the head noun of a target, which no
                    // other target's name holds, refers to it wherever it stands.
                    if !named.is_empty() {
                        return None;
                    }
                    (0..doc.targets.len()).find_map(|target| {
                        let topic =
                            Mention::unnamed(target, Reading::mention(StanceLabel::Neutral));
                        named_by_head(doc, i, &[topic], &phrases, res, true)
                    })
                })
                .or_else(|| judged_after_own_account(doc, &body, &found, k, topic, res))
                .or_else(|| {
                    // "Some politicians have called for abolishing the CSAT ... "The exam
                    // is unfair, but abolishing it would be more unfair."": the course
                    // removed is the one named last, when one was named just before.
                    let recent = named_just_before()
                        .and_then(|f| only_target(f))
                        .map(|m| (m.target, m.after_removal));
                    let (target, removed) = recent.or_else(topic)?;
                    removal_judged(doc, i, target, &phrases, res).map(|st| turned(removed, st))
                })
                .or_else(|| {
                    // "The association said the decision would ... Environmental groups
                    // called it a step backward.": "it" after a sentence that took a
                    // side on one target by a reference.
                    let (_, referred) = side_before.clone()?;
                    named_by_demonstrative(doc, i, &[referred], res)
                })
                .or_else(|| {
                    let (previous, before) = all.last()?;
                    assent_to_request(doc, i, *previous, before)
                })
                .or_else(|| {
                    if !named.is_empty() || side_before.is_some() {
                        return None;
                    }
                    sole_target_judged(doc, previous, i, author_voice, res)
                });
            stances.extend(
                referred
                    .or_else(|| {
                        // "She said the association had also asked the ministry to raise
                        // the limit. The ministry said it was reviewing the request.": a
                        // request is the one the sentence before made, before the
                        // article's main proposal.
                        let words = lower_words(doc.sentence_tokens(i));
                        let after_the = |nouns: &[&str]| {
                            words
                                .windows(2)
                                .any(|w| matches!(w[0], "the" | "this") && nouns.contains(&w[1]))
                        };
                        let request = after_the(&["request", "requests"]);
                        // "Some lawmakers want to exempt X ... Labor groups rejected the
                        // idea.": an idea or a proposal is what was last named as one.
                        let proposed = || {
                            after_the(&["idea", "proposal"])
                                .then(|| proposed_before(doc, &body, &found, k))
                                .flatten()
                                .map(|t| (t, false))
                        };
                        // "He said every building should be tested. The ministry said it
                        // would review the idea.": the idea is the course urged last, when
                        // it names no target.
                        let unnamed_course = after_the(&["idea", "suggestion"])
                            && (k.saturating_sub(REACTION_REACH)..k)
                                .rev()
                                .find(|&j| {
                                    !found[j].is_empty()
                                        || !doc.sentences[body[j]].recommendations.is_empty()
                                })
                                .is_some_and(|j| found[j].is_empty());
                        let (target, removed) = only_target(&found[k - 1])
                            .filter(|_| request)
                            .map(|m| (m.target, false))
                            .or_else(proposed)
                            .or_else(|| topic().filter(|_| !unnamed_course))?;
                        // "The council rejected a motion to let X. The association, which
                        // had lobbied for the change, expressed regret.": a noun for the
                        // proposal names the target itself; one for the act ("welcomed
                        // the decision") names what was done to it.
                        // "should pass the ministry's bill": the body that first named
                        // the target may own the noun.
                        let proposer = main_target
                            .filter(|&(_, (main, _))| main == target)
                            .and_then(|(at, _)| doc.sentences[body[at]].speaker);
                        definite_reference(doc, i, target, false, proposer, &[], res).map(|st| {
                            let the_plan = named_as_plan && after_the(&["plan"]);
                            turned(removed && !after_the(&PROPOSAL_NOUNS) && !the_plan, st)
                        })
                    })
                    .or_else(|| {
                        // "The education office immediately expressed opposition.": on
                        // the one target named just before, else the article's.
                        let (target, removed) = match named_just_before() {
                            Some(f) => (only_target(f)?.target, false),
                            None => topic()?,
                        };
                        declared_position(doc, i, target, res)
                            .or_else(|| {
                                // "The bill also includes a reciprocity rule. Realtors
                                // pushed back.": with no side taken before it, a group's
                                // reaction answers the proposal itself (a person who
                                // "disagreed" answers the one who spoke before).
                                let sentence = &doc.sentences[i];
                                let group = sentence.unnamed_source
                                    || sentence.speaker.is_some_and(|s| {
                                        doc.speakers[s].kind == SpeakerType::Organisation
                                    });
                                let agrees =
                                    reaction_verb(doc.sentence_tokens(i), res).filter(|_| group)?;
                                Some(SentenceStance {
                                    target,
                                    label: if agrees {
                                        StanceLabel::Favor
                                    } else {
                                        StanceLabel::Against
                                    },
                                    confidence: FROM_CUE,
                                    learned: false,
                                })
                            })
                            .or_else(|| urged_instead(doc, i, target))
                            .map(|st| turned(removed, st))
                    }),
            );
        }
        // "The union rejected the proposals": a plural noun for the proposals refers to
        // every target named before, when more than one was.
        if voiced && k > 0 && found[k].is_empty() && stances.is_empty() {
            let named_before =
                found[..k]
                    .iter()
                    .flatten()
                    .map(|m| m.target)
                    .chain(
                        all.iter()
                            .flat_map(|(_, st): &(usize, Vec<SentenceStance>)| {
                                st.iter().map(|s| s.target)
                            }),
                    );
            stances.extend(plural_reference(doc, i, named_before, res));
        }
        // "Labor unions are flatly opposed.", "Shoppers were less understanding.": the
        // narration that a group declares a position, as the whole of its sentence,
        // conveys the group's position ("Why go further?" asks it of no one).
        if !voiced
            && k > 0
            && found[k].is_empty()
            && stances.is_empty()
            && !is_question(doc.sentence_text(i))
            && group_declares(doc, i, res)
        {
            let target = match named_just_before() {
                Some(f) => only_target(f).map(|m| (m.target, false)),
                None => topic(),
            };
            if let Some((target, removed)) = target {
                stances
                    .extend(declared_position(doc, i, target, res).map(|st| turned(removed, st)));
            }
        }
        // "The ministry should drop the plan and put the money into after-school care":
        // a course urged on the plan itself refers to the main target, in a sentence
        // that names another in a course of its own.
        if voiced
            && let Some((first, (main, removed))) = main_target
            && first < k
            && !found[k].is_empty()
            && !found[k].iter().any(|m| m.target == main)
            && !stances.iter().any(|st| st.target == main)
            && urged_on_a_proposal(doc, i, &found[k], res)
            && let Some(st) = definite_reference(doc, i, main, false, None, &found[k], res)
        {
            let words = lower_words(doc.sentence_tokens(i));
            let proposal = words
                .windows(2)
                .any(|w| w[0] == "the" && PROPOSAL_NOUNS.contains(&w[1]));
            stances.push(turned(removed && !proposal, st));
        }
        // The lede of an article with one target: "The bar associations issued a
        // statement opposing the government's plan to ...".
        if voiced && k == 0 && found[0].is_empty() && doc.targets.len() == 1 {
            stances.extend(definite_reference(doc, i, 0, true, None, &[], res));
        }
        // "E-cigarettes will be banned within 10 meters of bus stops from July, the
        // Ministry of Health and Welfare said": an organisation's lede that announces a
        // course in words that name no target is for the one the article is about: the
        // one its headline names, else the first given (the main one).
        if k == 0
            && stances.is_empty()
            && found[0].is_empty()
            && !writer
            && !doc.targets.is_empty()
            && announces_course(doc, i)
        {
            stances.push(SentenceStance {
                target: headline.map_or(0, |(target, _)| target),
                label: StanceLabel::Favor,
                confidence: FROM_CUE,
                learned: false,
            });
        }
        // "he prefers keeping the schools open", where the article set merging them or
        // keeping them open as the two options: preferring one is against the other.
        let prefers = doc
            .sentence_tokens(i)
            .iter()
            .any(|t| matches!(t.lower.as_str(), "prefer" | "prefers" | "preferred"));
        if voiced && prefers {
            let against: Vec<usize> = alternatives
                .iter()
                .filter(|&&(a, b)| {
                    stances
                        .iter()
                        .any(|st| st.target == a && st.label == StanceLabel::Favor)
                        && !stances.iter().any(|st| st.target == b)
                })
                .map(|&(_, b)| b)
                .collect();
            stances.extend(against.into_iter().map(|target| SentenceStance {
                target,
                label: StanceLabel::Against,
                confidence: FROM_CUE,
                learned: false,
            }));
        }
        if voiced && let Some(agrees) = reaction_after_but(doc, i, res) {
            for st in stances.iter_mut().filter(|_| !agrees) {
                st.label = flip(st.label);
            }
        }
        if !stances.is_empty() && said_elsewhere(doc.sentence_tokens(i), res) {
            stances.clear();
        }
        // A sentence takes one side on a target: the first reading found of it (a
        // recommendation read both as the target's and as urged "instead" is one side).
        let mut seen = Vec::new();
        stances.retain(|st| {
            let first = !seen.contains(&st.target);
            seen.push(st.target);
            first
        });
        all.push((i, stances));
    }
    for (i, stances) in all {
        doc.sentences[i].stances = stances;
    }
}

/// "Kim Do-yeon, a professor ..., said this in an interview with the Dong-A Ilbo, as
/// the city weighs lowering the limit": a sentence that says where words quoted
/// elsewhere were said; what it tells of the news around them ("as the city weighs
/// ...", "ahead of the government's plan to ...") is the writer's, not the speaker's,
/// unless it goes on to what they added.
fn said_elsewhere(tokens: &[Token], res: &Resources) -> bool {
    let words = lower_words(tokens);
    let pointed = (1..words.len().saturating_sub(2)).any(|k| {
        res.is_speech_verb(words[k]).is_some()
            && words[k + 1] == "this"
            && matches!(words[k + 2], "in" | "during" | "at" | "to")
    });
    pointed
        && !words
            .iter()
            .any(|w| matches!(*w, "adding" | "added" | "adds"))
}

/// Whether `speaker` is an organisation that sets public rules: a word of its name is
/// one public_body_words.txt marks "governs" (a ministry, a district office, a city).
pub(crate) fn sets_public_rules(speaker: &Speaker, res: &Resources) -> bool {
    speaker.kind == SpeakerType::Organisation
        && speaker
            .name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| res.governing_words.contains(&w.to_lowercase()))
}

/// The pairs of targets, both ways, that a body sentence sets as alternatives: named
/// with "or", "versus", "rather than" or "instead of" between them ("merging small
/// schools into larger ones nearby, or keeping them open").
fn alternative_targets(
    doc: &Document,
    body: &[usize],
    found: &[Vec<Mention>],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (k, named) in found.iter().enumerate() {
        let tokens = doc.sentence_tokens(body[k]);
        for a in named {
            for b in named.iter().filter(|b| b.target != a.target) {
                let set_apart = a.occurrences.iter().any(|&(_, end)| {
                    b.occurrences.iter().any(|&(start, _)| {
                        start > end
                            && tokens[end + 1..start].iter().any(|t| {
                                matches!(t.lower.as_str(), "or" | "versus" | "than" | "instead")
                            })
                    })
                });
                if set_apart {
                    for pair in [(a.target, b.target), (b.target, a.target)] {
                        if !pairs.contains(&pair) {
                            pairs.push(pair);
                        }
                    }
                }
            }
        }
    }
    pairs
}

/// "Its worries are fair, but postponing is the wrong answer", "Scrapping it would be a
/// mistake", "Any delay would cost lives": a clause that judges putting off or removing
/// what the article is about, named by the bare verb or noun (or with "it"), takes the
/// other side on it (the same side when the target is itself such a course:
/// "Postponing the tax").
fn removal_judged(
    doc: &Document,
    i: usize,
    target: usize,
    phrases: &TargetPhrases,
    res: &Resources,
) -> Option<SentenceStance> {
    let tokens = doc.sentence_tokens(i);
    let own_verb = phrases[target]
        .first()
        .and_then(|name| name.first())
        .filter(|w| w.ends_with("ing"))
        .map(|w| base_of_gerund(w, &res.base_verbs));
    let opening = tokens.iter().position(|t| t.is_word)?;
    let after_but = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.lower == "but")
        .map(|(k, _)| k + 1);
    let reading = std::iter::once(opening)
        .chain(after_but)
        .find_map(|mut first| {
            if tokens
                .get(first)
                .is_some_and(|t| matches!(t.lower.as_str(), "any" | "a" | "further"))
            {
                first += 1;
            }
            let word = tokens.get(first)?;
            // "Raising it again, as the unions demand, would only ...": the target's own
            // verb with "it" is the target itself.
            let own = own_verb.as_deref().is_some_and(|own| {
                tokens
                    .get(first + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "it" | "them"))
                    && word.lower.ends_with("ing")
                    && base_of_gerund(&word.lower, &res.base_verbs) == own
            });
            if !word.is_word || !(own || relevance::lessens(&word.lower, res)) {
                return None;
            }
            let mut last = first;
            if tokens
                .get(last + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "it" | "them"))
            {
                last += 1;
            }
            // The bare subject of its clause: a verb comes next, past "again".
            let mut next = last + 1;
            if tokens.get(next).is_some_and(|t| t.lower == "again") {
                next += 1;
            }
            let verb = tokens.get(next)?;
            if !(AUXILIARIES.contains(&verb.lower.as_str())
                || MODALS_OF_EFFECT.contains(&verb.lower.as_str()))
            {
                return None;
            }
            let reading = read_occurrence(doc, i, first, last, res);
            // The target's own verb names it whole: any side read of it counts.
            ((own || reading.evidence != Evidence::Mention)
                && reading.label != StanceLabel::Neutral)
                .then_some((reading, own))
        })?;
    let (reading, own) = reading;
    let lessening = phrases[target]
        .first()
        .is_some_and(|name| relevance::opens_lessening(name, res));
    Some(SentenceStance {
        target,
        label: if lessening || own {
            reading.label
        } else {
            flip(reading.label)
        },
        confidence: reading.confidence,
        learned: false,
    })
}

/// "The crypto tax should be postponed" urges the target "Postponing the crypto tax":
/// a recommendation in the passive whose verb is the one that opens a target's name
/// and whose subject holds the rest of that name. Favour when it is urged, against
/// when it is urged not to be.
fn urged_in_the_passive(
    doc: &Document,
    i: usize,
    phrases: &TargetPhrases,
    res: &Resources,
) -> Vec<SentenceStance> {
    let content = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .filter(|w| {
                !DETERMINERS.contains(&w.as_str())
                    && !matches!(w.as_str(), "again" | "once" | "more")
            })
            .map(|w| singular(w).to_string())
            .collect()
    };
    let mut out = Vec::new();
    for r in &doc.sentences[i].recommendations {
        let Some(actor) = r.actor.as_deref() else {
            continue;
        };
        let action = normalize_name(&r.action);
        let mut words = action.split(' ');
        let (Some("be"), Some(participle)) = (words.next(), words.next()) else {
            continue;
        };
        let actor_words: Vec<String> = content(
            &normalize_name(actor)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>(),
        );
        for (target, names) in phrases.iter().enumerate() {
            // "the national pension contribution rate be raised" for "Raising the
            // national pension contribution rate to 15 percent": the object the name's
            // gerund opens, up to what qualifies it, is the actor.
            let passive_of_name = names.iter().any(|name| {
                let Some((verb, rest)) = name.split_first() else {
                    return false;
                };
                if !verb.ends_with("ing") {
                    return false;
                }
                let base = base_of_gerund(verb, &res.base_verbs);
                let passive_of = |stem: &str| stem == base || format!("{stem}e") == base;
                let same_verb = participle.strip_suffix("ed").is_some_and(passive_of)
                    || participle.strip_suffix('d').is_some_and(|s| s == base);
                let object_end = rest
                    .iter()
                    .position(|w| NAME_GRAMMAR.contains(&w.as_str()))
                    .unwrap_or(rest.len());
                let object = content(&rest[..object_end]);
                same_verb && !object.is_empty() && object.iter().all(|w| actor_words.contains(w))
            });
            if passive_of_name {
                out.push(SentenceStance {
                    target,
                    label: if r.polarity == Polarity::Do {
                        StanceLabel::Favor
                    } else {
                        StanceLabel::Against
                    },
                    confidence: r.confidence,
                    learned: false,
                });
            }
        }
    }
    out
}

/// "The commission has recommended that the government allow contact lenses to be sold
/// online", "The commission said that it would require large platforms to disclose the
/// criteria they rank by": a course the speaker urges or takes on, naming no target in
/// its own words, that is a target told in other words ("Allowing online sales of
/// contact lenses") or the opposite course on the same thing ("keep the current age"
/// for "Raising the age") takes that side on it (`relevance.rs`). Only when one target
/// is clearly the closest: two near it leave the course unread.
fn urged_in_other_words(
    doc: &Document,
    i: usize,
    named: &[Mention],
    res: &Resources,
) -> Vec<SentenceStance> {
    let (Some(relevance), Some(embeddings)) = (res.relevance.as_deref(), doc.embeddings.as_ref())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for course in unnamed_courses(doc, i, named, res) {
        let Some(action) = embeddings
            .actions
            .get(&course.text)
            .filter(|v| !v.is_empty())
        else {
            continue;
        };
        let core = course.text.as_str();
        // Each target's closest phrase, and its closest phrase the relation is read
        // from (its name may be told with words of no direction, an alias with some).
        let closest: Vec<(f32, Option<(f32, Relation)>)> = embeddings
            .target_phrases
            .iter()
            .map(|phrases| {
                let sims = phrases.iter().map(|(p, v)| (cosine(action, v), p.as_str()));
                let nearest = sims.clone().map(|(s, _)| s).fold(f32::MIN, f32::max);
                let read = sims
                    .filter_map(|(s, p)| Some((s, relevance.read(s, core, p, res)?)))
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                (nearest, read)
            })
            .collect();
        let Some((target, (similarity, relation))) = closest
            .iter()
            .enumerate()
            .filter_map(|(t, (_, read))| Some((t, (*read)?)))
            .max_by(|a, b| a.1.0.total_cmp(&b.1.0))
        else {
            continue;
        };
        let rival = closest
            .iter()
            .enumerate()
            .any(|(t, &(nearest, _))| t != target && nearest + RELEVANCE_MARGIN > similarity);
        if rival {
            continue;
        }
        // "asked the ministry to count contracts toward the quota instead": a course
        // urged in place of another may oppose the target in other words, but it is not
        // the target ("urged the city to raise the limit instead" opposes cutting it).
        let instead = doc
            .slice(course.span)
            .trim_end_matches(['.', ',', '"', '”'])
            .to_lowercase()
            .ends_with(" instead");
        let label = match (relation, course.polarity) {
            (Relation::Same, Polarity::Do) if instead => continue,
            (Relation::Same, Polarity::Do) => StanceLabel::Favor,
            (Relation::Same, Polarity::Avoid) | (Relation::Opposite, Polarity::Do) => {
                StanceLabel::Against
            }
            // "should not keep the current age": not read.
            (Relation::Opposite, Polarity::Avoid) => continue,
        };
        out.push(SentenceStance {
            target,
            label,
            confidence: course.confidence.min(similarity),
            learned: false,
        });
    }
    out
}

/// The label of a mention: what the rules read from a recommendation, a cue or an
/// evaluative word stands; a bare mention is the head's to decide when there is one.
fn decide(doc: &Document, i: usize, m: &Mention, res: &Resources) -> (StanceLabel, f32, bool) {
    let rules = (m.reading.label, m.reading.confidence);
    // "Automation without a retraining fund is a layoff plan": what the sentence says
    // of the whole, it says the other way of what is missing from it.
    let missing = m
        .occurrences
        .first()
        .is_some_and(|&(first, _)| introduced_by_without(doc.sentence_tokens(i), first));
    let turn = |(label, confidence): (StanceLabel, f32)| {
        (if missing { flip(label) } else { label }, confidence)
    };
    // A consequence the rules read ("would raise electricity bills", "would spare
    // patients hours of travel") stands over the head, which reads such sentences less
    // surely. The head is still trained on them: they teach it the sentences whose verb
    // the lists do not hold.
    if m.reading.evidence == Evidence::Evaluation || m.reading.is_consequence() {
        let (label, confidence) = turn(rules);
        return (label, confidence, false);
    }
    if m.reading.evidence != Evidence::Mention {
        return (rules.0, rules.1, false);
    }
    let first = m.occurrences.first().copied().unwrap_or_default();
    if missing && done_already(doc.sentence_tokens(i), first.0) {
        return (StanceLabel::Against, FROM_WORDS, false);
    }
    // "whether they work depends on what Seoul Metro does", "it is too early to say":
    // a sentence that leaves the outcome open takes no side where the rules read none,
    // whatever the head makes of the rest of it. (The head is still trained on such
    // sentences as it reads them.)
    if leaves_open(doc.sentence_tokens(i)) {
        return (StanceLabel::Neutral, rules.1, false);
    }
    let masked = doc
        .embeddings
        .as_ref()
        .and_then(|e| e.masked.get(&(i, m.target)));
    // The head reads what is said of the masked words: of the object, when the target
    // is its removal.
    let object = |(label, confidence): (StanceLabel, f32)| {
        (
            if m.object_of_removal {
                flip(label)
            } else {
                label
            },
            confidence,
        )
    };
    let learned = head_probabilities(doc, i, masked, first, &m.reading, res)
        .map(|p| turn(object(best_class(&p))));
    if let Some((label, confidence)) = learned.filter(|&(label, _)| label != StanceLabel::Neutral) {
        return (label, confidence, true);
    }
    // Where the head reads no side, or there is no head, the words of the report as a
    // whole may take one: more of one side's evaluative words and verbs of good or harm
    // than of the other's.
    if let Some(side) = words_side(doc, i, &m.occurrences, res) {
        return (turn((side, FROM_WORDS)).0, FROM_WORDS, false);
    }
    match learned {
        Some((label, confidence)) => (label, confidence, true),
        None => (rules.0, rules.1, false),
    }
}

/// How sure a side read from the words of a report as a whole is: less than a bare
/// mention's, so that any reading of the rules outweighs it in the summary.
const FROM_WORDS: f32 = 0.3;

/// Words before an evaluative word or a verb of good or harm in which a negation turns
/// it ("not fair", "would not help").
const WORDS_NEGATION_SCOPE: usize = 3;

/// The side the evaluative words (evaluative.txt) and the verbs of good or harm
/// (consequence_verbs.txt) in what sentence `i` says of the target at `occurrences`
/// (the parts the head would read, `regions_read`) take together, by count, when one
/// side has more: the reading of a mention no cue governs and the head reads no side in,
/// or that no head reads ("the split would strip existing shareholders of their say and
/// reward the family"). The report ends
/// where another begins in the same sentence (", adding, ...", "; ..."); a capitalised
/// word inside it is part of a name ("the Korea Fair Trade Commission"); a verb of good
/// or harm after a determiner, a preposition or a form of "be" is a noun or a passive
/// ("the cost", "in force", "was threatened by"), and one that was put down to another
/// cause ("failed because few joined, not because ...") says nothing.
fn words_side(
    doc: &Document,
    i: usize,
    occurrences: &[(usize, usize)],
    res: &Resources,
) -> Option<StanceLabel> {
    /// Words before a verb of good or harm that make it no verb of the report's.
    const NOT_BEFORE_A_VERB: [&str; 12] = [
        "in", "of", "for", "on", "at", "by", "with", "from", "into", "under", "over", "get",
    ];
    let tokens = doc.sentence_tokens(i);
    let &(first, last) = occurrences.first()?;
    let spans: Vec<Span> = occurrences
        .iter()
        .map(|&(f, l)| Span::new(tokens[f].span.start, tokens[l].span.end))
        .collect();
    let regions = regions_read(doc, i, &spans, res);
    let around: Vec<Span> = regions
        .iter()
        .copied()
        .filter(|r| spans.iter().any(|o| r.contains(*o)))
        .collect();
    let regions = if around.is_empty() { regions } else { around };
    let excused = tokens
        .windows(2)
        .any(|w| w[0].lower == "not" && w[1].lower == "because");
    // "the cheapest way to deal with the levy": what is dealt with is the problem the
    // words judge a remedy for, no side on it.
    let k = with_determiners(tokens, first);
    let handled = res
        .handling_phrases
        .iter()
        .any(|p| k >= p.len() && phrase_at(tokens, k - p.len(), p));
    if excused || handled {
        return None;
    }
    let report_break = |t: &Token| matches!(t.lower.as_str(), ";" | "adding" | "added" | "adds");
    let start = tokens[..first]
        .iter()
        .rposition(report_break)
        .map_or(0, |k| k + 1);
    let end = tokens[last..]
        .iter()
        .position(report_break)
        .map_or(tokens.len(), |k| last + k);
    // The negation right after a target that is a subject ("X does not", "X won't"),
    // an auxiliary at most between them.
    let denied_verb = occurrences.iter().find_map(|&(f, l)| {
        // ("X without Y" is no denial of X's verb, nor is "those who fail X will not"
        // of X's.)
        if object_of_relative_clause(tokens, f) {
            return None;
        }
        (l + 1..tokens.len().min(l + 3))
            .find(|&n| text::is_negation(&tokens[n].lower))
            .filter(|&n| (l + 1..n).all(|a| AUXILIARY_STEPS.contains(&tokens[a].lower.as_str())))
    });
    let (mut favor, mut against) = (0, 0);
    let mut k = start;
    while k < end {
        let at = k;
        let t = &tokens[at];
        // The next word, unless a phrase found here takes more.
        k += 1;
        let read = regions.iter().any(|r| r.contains(t.span));
        let in_name = in_a_name(&doc.text, tokens, at);
        // "the child benefit", "the plant rescue": the target's own words say nothing of it.
        let in_target = occurrences.iter().any(|&(f, l)| (f..=l).contains(&at));
        if !read || in_name || in_target {
            continue;
        }
        let verb = || {
            let before = at.checked_sub(1).map(|p| tokens[p].lower.as_str());
            let noun_or_passive = before.is_some_and(|w| {
                DETERMINERS.contains(&w) || COPULAS.contains(&w) || NOT_BEFORE_A_VERB.contains(&w)
            });
            let phrasal = tokens
                .get(at + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "out" | "by"));
            // "a program that Doam cannot offer": what a named party does is said of
            // it, not of the target.
            let group = (0..at)
                .rev()
                .find(|&p| {
                    let w = tokens[p].lower.as_str();
                    !(is_step_before_verb(w) || is_negation(w))
                })
                .filter(|&p| tokens[p].lower != "i" && in_a_name(&doc.text, tokens, p));
            // "builders whose apartments fail the test": a person's verb in a relative
            // clause on them, no good or harm of the target's.
            let persons = object_of_relative_clause(tokens, at);
            (!noun_or_passive && !phrasal && group.is_none() && !persons)
                .then(|| res.consequence_verbs.get(&t.lower).copied())
                .flatten()
        };
        // The longest phrase at the word counts once, its words with it ("a step in
        // the right direction", not also "right"); of one length, the first in the
        // lexicon, as in `evaluation_in`.
        let phrase = res
            .evaluative
            .iter()
            .filter(|(phrase, _)| phrase_at(tokens, at, phrase))
            .reduce(|best, next| {
                if next.0.len() > best.0.len() {
                    next
                } else {
                    best
                }
            });
        if let Some(noun) = harm_denied(tokens, at, res) {
            k = noun + 1;
            favor += 1;
            continue;
        }
        // "means the shelters cost the taxpayer nothing": a verb's good or harm made
        // small or done to none counts for the other side, as where the target is the
        // verb's subject.
        let side = match phrase {
            Some((words, label)) => {
                k = at + words.len();
                Some(*label)
            }
            None => verb().map(|side| {
                if made_small_or_none(tokens, at, res) {
                    flip(side)
                } else {
                    side
                }
            }),
        };
        let Some(side) = side else {
            continue;
        };
        // "A higher fare does not make a 64-year-old driver want to work at 2 a.m.": a
        // negation of the target's own verb turns the rest of its clause.
        let denied_by_subject = denied_verb.is_some_and(|n| {
            n < at
                && !tokens[n..at]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "," | ";" | "and" | "but" | "or"))
        });
        // ("A label that no teenager reads protects nobody": a negation before another
        // verb is that verb's.)
        let from = at.saturating_sub(WORDS_NEGATION_SCOPE);
        let negated = denied_by_subject
            || (from..at).any(|n| {
                is_negation(&tokens[n].lower)
                    && !tokens[n + 1..at]
                        .iter()
                        .any(|t| text::is_present_of(&t.lower, &res.base_verbs))
            });
        match if negated { flip(side) } else { side } {
            StanceLabel::Favor => favor += 1,
            StanceLabel::Against => against += 1,
            StanceLabel::Neutral => {}
        }
    }
    match favor.cmp(&against) {
        std::cmp::Ordering::Greater => Some(StanceLabel::Favor),
        std::cmp::Ordering::Less => Some(StanceLabel::Against),
        std::cmp::Ordering::Equal => None,
    }
}

/// The token of a harm (harm_nouns.txt) that "without" or "with no" at token `at` denies,
/// a few words on at most ("without a measurable drop in test scores", "with no
/// complaints"); not past a preposition ("without a drop in the number of accidents"
/// denies a drop).
fn harm_denied(tokens: &[Token], at: usize, res: &Resources) -> Option<usize> {
    /// Words from the denial to its noun ("a measurable drop").
    const DENIED_WORDS: usize = 3;
    let from = match tokens[at].lower.as_str() {
        "without" => at + 1,
        "with" if tokens.get(at + 1).is_some_and(|t| t.lower == "no") => at + 2,
        _ => return None,
    };
    tokens
        .iter()
        .enumerate()
        .skip(from)
        .take(DENIED_WORDS)
        .take_while(|(_, t)| {
            t.is_word
                && !matches!(
                    t.lower.as_str(),
                    "in" | "of" | "to" | "for" | "on" | "at" | "from"
                )
        })
        .find(|(_, t)| res.harm_nouns.contains(&t.lower))
        .map(|(p, _)| p)
}

/// "Its members had already cut sugar in their drinks by 12 percent without a tax":
/// whether the clause of the "without" before the target at token `first` says what
/// was done already, so that the target is not needed for it.
fn done_already(tokens: &[Token], first: usize) -> bool {
    let without = with_determiners(tokens, first).saturating_sub(1);
    tokens[..without]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "," | ";" | ":" | "but"))
        .any(|t| t.lower == "already")
}

/// Whether "without" (and determiners) stands right before token `first` in the middle
/// of a clause; "Without X, ..." at the head of one is read by the rules.
fn introduced_by_without(tokens: &[Token], first: usize) -> bool {
    let k = with_determiners(tokens, first);
    k > 1 && tokens[k - 1].lower == "without" && tokens[k - 2].is_word
}

/// Whether a word before a target may describe it ("a new real-name system", "the
/// proposed levy"): not a word of grammar that would make the target its object.
fn describes_target(word: &str) -> bool {
    !matches!(
        word,
        "in" | "on"
            | "at"
            | "for"
            | "with"
            | "to"
            | "of"
            | "from"
            | "by"
            | "as"
            | "than"
            | "and"
            | "or"
            | "but"
            | "not"
            | "no"
            | "about"
            | "over"
            | "under"
            | "into"
            | "without"
            | "against"
            | "that"
            | "which"
            | "who"
    ) && !AUXILIARIES.contains(&word)
}

/// The first token of the target at `first` with the determiners before it ("the", "a
/// legal mandate").
fn with_determiners(tokens: &[Token], first: usize) -> usize {
    let mut k = first;
    while k > 0 && DETERMINERS.contains(&tokens[k - 1].lower.as_str()) {
        k -= 1;
    }
    k
}

/// The head's class probabilities for a target read at tokens `at` of sentence `i`,
/// from the vector of the sentence with the target masked (`masked`; the sentence's own
/// vector when it does not name the target), when the pipeline has the encoder and
/// the head.
fn head_probabilities(
    doc: &Document,
    i: usize,
    masked: Option<&Vec<f32>>,
    at: (usize, usize),
    reading: &Reading,
    res: &Resources,
) -> Option<Vec<f32>> {
    let head = res.stance_head.as_deref()?;
    let vector = match masked {
        Some(v) => v,
        None => doc.embeddings.as_ref()?.sentence(i)?,
    };
    if vector.len() != head.dim {
        return None;
    }
    Some(head.predict(&head_input(vector, &features(doc, i, at, reading))))
}

/// The head's input: the masked sentence's vector, then the rule features.
pub fn head_input(masked_sentence: &[f32], features: &[f32]) -> Vec<f32> {
    [masked_sentence, features].concat()
}

fn best_class(p: &[f32]) -> (StanceLabel, f32) {
    let k = most_probable(p);
    (HEAD_CLASSES[k.min(2)], p[k])
}

/// The rule features of a reading of the target at tokens `at` of sentence `i`.
pub fn features(
    doc: &Document,
    i: usize,
    at: (usize, usize),
    reading: &Reading,
) -> [f32; FEATURES.len()] {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    let (start, end) = clause_bounds(tokens, at.0, at.1);
    let words = |from: usize, to: usize| lower_words(&tokens[from..to]);
    let (clause, sentence) = (words(start, end), words(0, tokens.len()));
    let has = |list: &[&str]| clause.iter().any(|w| list.contains(w));
    let flag = |b: bool| f32::from(u8::from(b));
    let is = |e: Evidence, l: StanceLabel| flag(reading.evidence == e && reading.label == l);
    [
        is(Evidence::Recommendation, StanceLabel::Favor),
        is(Evidence::Recommendation, StanceLabel::Against),
        is(Evidence::Cue, StanceLabel::Favor),
        is(Evidence::Cue, StanceLabel::Against),
        is(Evidence::Evaluation, StanceLabel::Favor),
        is(Evidence::Evaluation, StanceLabel::Against),
        flag(reading.evidence == Evidence::Mention),
        flag(has(&NEGATIONS)),
        flag(
            sentence
                .iter()
                .any(|w| ["but", "rather", "instead", "however", "although"].contains(w)),
        ),
        flag(has(&["if", "unless", "provided", "whether"])),
        flag(is_question(doc.sentence_text(i))),
        flag(doc.speech_quotes_in(s.span).next().is_some()),
        flag(has(&FIRST_PERSON)),
        flag(has(&["would", "could", "will", "might"])),
    ]
}

/// Whether sentence `i` is in the writer's own voice: all of an opinion piece, a
/// paragraph a label of the writer's view opens ("Our take: ..."), or an explainer's
/// answer to a question line that no one else speaks ("Q. Should I withdraw the
/// money?" "... withdrawing early is usually the worst option.").
fn writers_voice(doc: &Document, i: usize, author_voice: bool, res: &Resources) -> bool {
    author_voice
        || in_opinion_paragraph(doc, i, res)
        || (doc.sentences[i].speaker.is_none()
            && !doc.sentences[i].unnamed_source
            && answers_question_line(doc, i))
}

/// Whether sentence `i` is in a voice that takes positions: a speaker's, an unnamed
/// group's, or the author's in an opinion piece.
fn has_voice(doc: &Document, i: usize, author_voice: bool) -> bool {
    let s = &doc.sentences[i];
    s.speaker.is_some() || s.unnamed_source || author_voice
}

/// "Regional hospitals welcomed the change." "\"We train doctors and watch them leave. A
/// student from here has a reason to come back. This is the right direction.\"": a
/// speaker's judgement of "this" as a course ("the right direction", "a mistake"), after
/// sentences of their own that named nothing, judges what was named before they began
/// (the article's topic when nothing was). The complement must be a noun phrase: "This
/// is alarming" may judge the speaker's own account of a problem.
fn judged_after_own_account(
    doc: &Document,
    body: &[usize],
    found: &[Vec<Mention>],
    k: usize,
    topic: impl Fn() -> Option<(usize, bool)>,
    res: &Resources,
) -> Option<SentenceStance> {
    let i = body[k];
    let speaker = doc.sentences[i].speaker?;
    let own = |j: usize| found[j].is_empty() && doc.sentences[body[j]].speaker == Some(speaker);
    let mut from = k;
    while from > 0 && own(from - 1) {
        from -= 1;
    }
    if from == k || from == 0 {
        return None;
    }
    let tokens = doc.sentence_tokens(i);
    let at = tokens.iter().position(|t| t.is_word)?;
    let words = lower_words(tokens);
    // "That would be a mistake": a modal may stand before the copula.
    let rest = match words.as_slice() {
        ["this" | "that", "would" | "will", rest @ ..] | ["this" | "that", rest @ ..] => rest,
        _ => return None,
    };
    let [copula, "the" | "a" | "an", ..] = rest else {
        return None;
    };
    if !COPULAS.contains(copula) {
        return None;
    }
    let target = match only_target(&found[from - 1]) {
        Some(m) => m.target,
        None if found[from - 1].is_empty() => topic().filter(|&(_, removed)| !removed)?.0,
        None => return None,
    };
    let reading = read_occurrence(doc, i, at, at, res);
    (reading.evidence == Evidence::Evaluation)
        .then(|| sided(target, reading))
        .flatten()
}

/// "A bill before the Assembly would require cinemas to caption one screening a day."
/// "It deserves to pass.": in an article about one target, a voice's judgement of what
/// "it" or "that" stands for, right after the same voice said something that names no
/// target, judges that target. Only an evaluation or a cue the rules read: the head
/// would read a side into any remark on the background.
fn sole_target_judged(
    doc: &Document,
    previous: usize,
    i: usize,
    author_voice: bool,
    res: &Resources,
) -> Option<SentenceStance> {
    if doc.targets.len() != 1 || !goes_on_in_voice(doc, previous, i, author_voice) {
        return None;
    }
    let tokens = doc.sentence_tokens(i);
    let opening = opening_words(tokens);
    let (at, last) = reference_at(tokens, &opening, res)?;
    // The pronoun is the subject that opens the sentence ("It deserves to pass", "That's
    // backwards"; not "Closing that gap is ..."), and what it says is no explanation
    // ("That is why the option matters").
    let verb = opening.get(1).map(|&(_, w)| w);
    let contracted = tokens[at].lower.ends_with("'s") || tokens[at].lower.ends_with("’s");
    let subject = opening.first().is_some_and(|&(k, _)| k == at)
        && last == at
        && (contracted
            || verb.is_some_and(|v| AUXILIARIES.contains(&v) || is_present_of(v, &res.base_verbs)));
    let explains = tokens[at..].iter().filter(|t| t.is_word).take(3).any(|t| {
        matches!(
            t.lower.as_str(),
            "why" | "how" | "what" | "because" | "where" | "when"
        )
    });
    if !subject || explains {
        return None;
    }
    let reading = studied(tokens, at, read_occurrence(doc, i, at, last, res), res);
    matches!(reading.evidence, Evidence::Evaluation | Evidence::Cue)
        .then(|| sided(0, reading))
        .flatten()
}

/// Whether sentence `i` is the voice of sentence `previous` going on: the same speaker
/// (or the same unnamed group, or the author), a voice that takes positions, after no
/// question. An unnamed group's words ("Opposition lawmakers said") and the author's
/// own are two voices, though neither has a speaker.
fn goes_on_in_voice(doc: &Document, previous: usize, i: usize, author_voice: bool) -> bool {
    let asked = is_question(doc.sentence_text(previous)) || doc.sentences[previous].question_label;
    doc.sentences[previous].speaker == doc.sentences[i].speaker
        && doc.sentences[previous].unnamed_source == doc.sentences[i].unnamed_source
        && has_voice(doc, previous, author_voice)
        && !asked
}

/// A position taken on what the previous sentence named, without naming it: "That is
/// the fair thing to do," right after a speaker urged it; "Yes." to a question about it.
fn referred_stance(
    doc: &Document,
    previous: usize,
    i: usize,
    named: &[Mention],
    author_voice: bool,
    res: &Resources,
) -> Option<SentenceStance> {
    let m = only_target(named)?;
    let tokens = doc.sentence_tokens(i);
    let opening = opening_words(tokens);
    let asked = is_question(doc.sentence_text(previous)) || doc.sentences[previous].question_label;
    let interviewer = asked && !has_voice(doc, previous, author_voice);
    if interviewer {
        // "Why do you support it?" "Because ...": the question takes the side of the
        // answer for granted.
        if let Some(label) = presupposed_side(doc.sentence_tokens(previous), res) {
            return Some(SentenceStance {
                target: m.target,
                label,
                confidence: FROM_ANSWER,
                learned: false,
            });
        }
        let answer = match opening.first()?.1 {
            "yes" => Some(true),
            "no" => Some(false),
            // "They delay it, yes. But ...": a point conceded before the answer.
            _ => short_answer(tokens)
                .or_else(|| elliptical_answer(tokens))
                .filter(|_| !but_follows(doc, i)),
        };
        // "No" to "Is a lower rate enough?" asks for more of it, which is no side
        // against it.
        let asks_sufficiency = lower_words(doc.sentence_tokens(previous))
            .iter()
            .any(|w| matches!(*w, "enough" | "sufficient" | "adequate"));
        if answer == Some(false) && asks_sufficiency {
            return None;
        }
        if let Some(answer) = answer {
            // "Yes" to "Is X a mistake?" agrees with the question's own reading; "They
            // are wrong" to "Groups say X would hurt the poor" judges whatever side the
            // claim reported takes.
            // A claim the rules read no side in is no side to judge.
            let claim = verdict_on_claim(&lower_words(tokens)).is_some();
            let asked_side = match m.reading.evidence {
                Evidence::Cue | Evidence::Evaluation => m.reading.label,
                _ if claim && m.reading.label == StanceLabel::Against => StanceLabel::Against,
                _ if claim => return None,
                _ => StanceLabel::Favor,
            };
            let label = if answer { asked_side } else { flip(asked_side) };
            return (label != StanceLabel::Neutral).then_some(SentenceStance {
                target: m.target,
                label,
                confidence: FROM_ANSWER,
                learned: false,
            });
        }
    }
    // "That would be a mistake." after the same voice named the target, or after the
    // interviewer's question about it.
    let same_voice = goes_on_in_voice(doc, previous, i, author_voice);
    // "\"It is the right call for shareholders,\" said Lee" right after another voice
    // named the target: the quotation answers that report, when the rules read an
    // evaluation of what "it" stands for.
    // An unnamed group's report too ("Parents' groups hailed the plan." "\"It's a step
    // in the right direction,\" said Jung").
    let answers_another = has_voice(doc, previous, author_voice)
        && !asked
        && doc.sentences[i].speaker.is_some()
        && (doc.sentences[previous].speaker.is_some() || doc.sentences[previous].unnamed_source)
        && doc.sentences[i].quote == QuoteKind::Direct;
    // "Rep. Yoon has proposed a bill that would make portals liable for X." "That puts
    // the burden where it belongs.": an opinion piece's writer judging what another
    // voice proposed, in the sentence after. Only a demonstrative: "It is right."
    // after "The union has backed X but warned that ..." judges the union.
    // "It deserves to pass": "it" too, before what only a measure can do; "It is the
    // right idea": or when it is called a proposal of some kind.
    /// Words from the copula to the noun of a proposal ("is the right idea").
    const CALLED_WORDS: usize = 4;
    let measure_judged = |k: usize| {
        let after: Vec<&str> = tokens[k + 1..]
            .iter()
            .filter(|t| t.is_word)
            .take(CALLED_WORDS + 1)
            .map(|t| t.lower.as_str())
            .collect();
        let called = matches!(after.first(), Some(&("is" | "was")))
            && after[1..]
                .iter()
                .take(CALLED_WORDS)
                .any(|w| res.anaphor_nouns.contains(*w));
        called
            || matches!(
                after.as_slice(),
                ["deserves", "to", "pass" | "become", ..]
                    | ["should" | "must", "pass" | "become", ..]
            )
    };
    let writer_judges = author_voice
        && opening.first().is_some_and(|&(k, w)| {
            matches!(w, "that" | "this") || (w == "it" && measure_judged(k))
        })
        && has_voice(doc, previous, author_voice)
        && !asked
        && doc.sentences[i].speaker.is_none()
        && !doc.sentences[i].unnamed_source;
    // "― The government prefers to keep the price cap only in a few districts." "That
    // is a mistake.": what is judged is the limit put on the target, which says no side
    // on the target itself.
    let limited = m.occurrences.first().is_some_and(|&(_, last)| {
        doc.sentence_tokens(previous)
            .get(last + 1..)
            .is_some_and(|after| after.iter().take(3).any(|t| t.lower == "only"))
    });
    if limited || !interviewer && !same_voice && !answers_another && !writer_judges {
        return None;
    }
    let (at, last) = reference_at(tokens, &opening, res)?;
    let reading = studied(tokens, at, read_occurrence(doc, i, at, last, res), res);
    // "Some shop owners worry that a steep fine will scare away customers." "That fear
    // is misplaced": what is judged is the view the sentence before reported, so a
    // judgement of it takes that view's side (justified) or the other (misplaced).
    // ("That worries me": a verb, no view named.)
    let judged_view = tokens
        .get(at + 1)
        .is_some_and(|t| VIEW_NOUNS.contains(&t.lower.as_str()))
        && tokens
            .get(at + 2)
            .is_some_and(|t| COPULAS.contains(&t.lower.as_str()));
    if judged_view {
        let view = m.reading.label;
        let sided = m.reading.evidence != Evidence::Mention && view != StanceLabel::Neutral;
        let judgement = (reading.evidence == Evidence::Evaluation).then_some(reading.label);
        let label = match judgement? {
            StanceLabel::Favor => view,
            StanceLabel::Against => flip(view),
            StanceLabel::Neutral => return None,
        };
        return (sided && !interviewer).then_some(SentenceStance {
            target: m.target,
            label,
            confidence: FROM_EVALUATION,
            learned: false,
        });
    }
    if !interviewer && !same_voice && reading.evidence != Evidence::Evaluation {
        return None;
    }
    // A consequence the rules read ("it would strengthen ...") stands over the head, as
    // it does where the target is named (`decide`).
    let consequence = reading.is_consequence();
    let learned = match reading.evidence {
        Evidence::Mention if !consequence => {
            head_probabilities(doc, i, None, (at, last), &reading, res)
        }
        _ => None,
    };
    let (label, confidence) = match &learned {
        Some(p) => best_class(p),
        None => (reading.label, reading.confidence),
    };
    let sure = reading.evidence != Evidence::Mention
        || consequence
        || confidence >= REFERENCE_MIN_PROBABILITY;
    // "― The government plans to end purchase subsidies. \"That would be a mistake.\"":
    // what "that" stands for is the target's removal, so the side turns.
    // "The ministry said it would not extend X." "That is the wrong answer.": the
    // writer judges the refusal the sentence before reported, so the side turns. (What
    // "worries me" is the thing feared, not the fear.)
    let called = matches!(tokens[at].lower.as_str(), "that's" | "this's")
        || tokens
            .get(at + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "is" | "was"));
    let refused = writer_judges
        && called
        && m.reading.evidence == Evidence::Cue
        && m.reading.label == StanceLabel::Against;
    let label = if m.after_removal != refused {
        flip(label)
    } else {
        label
    };
    (label != StanceLabel::Neutral && sure).then_some(SentenceStance {
        target: m.target,
        label,
        confidence,
        learned: learned.is_some(),
    })
}

/// An answer that ends on yes or no after what qualifies it: "In principle, yes.",
/// "For a small restaurant with eight tables, it is not.", "Frankly, no."
fn elliptical_answer(tokens: &[Token]) -> Option<bool> {
    let words = lower_words(tokens);
    let ends_clause = tokens.last().is_some_and(|t| !t.is_word);
    let after_comma = tokens
        .iter()
        .rev()
        .skip_while(|t| !t.is_word)
        .nth(1)
        .is_some_and(|t| t.lower == ",");
    const SUBJECTS: [&str; 3] = ["it", "that", "they"];
    const VERBS: [&str; 7] = ["is", "are", "was", "would", "will", "does", "can"];
    match words.as_slice() {
        [.., "yes"] if after_comma && ends_clause => Some(true),
        [.., "no"] if after_comma && ends_clause => Some(false),
        // "A. \"Not now.\"": the whole answer puts the course off.
        [.., "not", "now" | "yet"] if words.len() <= 3 && ends_clause => Some(false),
        [.., s, v, "not"] if SUBJECTS.contains(s) && VERBS.contains(v) && ends_clause => {
            Some(false)
        }
        [
            ..,
            s,
            "isn't" | "aren't" | "wouldn't" | "won't" | "doesn't" | "can't",
        ] if SUBJECTS.contains(s) && ends_clause => Some(false),
        [.., s, v] if SUBJECTS.contains(s) && VERBS.contains(v) && ends_clause && after_comma => {
            Some(true)
        }
        _ => verdict_on_claim(&words).filter(|_| ends_clause),
    }
}

/// Whether the sentence after `i`, in the same paragraph, opens with "But", "However"
/// or "Yet": what `i` says is a point conceded.
pub(crate) fn but_follows(doc: &Document, i: usize) -> bool {
    doc.sentences.get(i + 1).is_some_and(|next| {
        next.paragraph == doc.sentences[i].paragraph
            && opening_words(doc.sentence_tokens(i + 1))
                .first()
                .is_some_and(|(_, w)| matches!(*w, "but" | "however" | "yet"))
    })
}

/// A whole answer that says yes or no in other words ("Absolutely.", "Of course.", "I
/// think so.", "We do." / "Not at all.", "Definitely not.", "I don't think so.", "It
/// should not."), after an interview's answer label if any.
fn short_answer(tokens: &[Token]) -> Option<bool> {
    let words: Vec<&str> = answer_words(tokens).into_iter().map(|(_, w)| w).collect();
    match words.as_slice() {
        ["absolutely" | "certainly" | "definitely" | "exactly" | "indeed"]
        | ["of", "course"]
        | ["very", "much", "so"]
        | ["i", "think" | "believe", "so"] => Some(true),
        ["not", "at", "all"]
        | ["absolutely" | "certainly" | "definitely", "not"]
        | ["of", "course", "not"]
        | ["not", "really"]
        | ["far", "from", "it"]
        | ["i", "don't" | "don’t", "think" | "believe", "so"]
        | ["i", "do", "not", "think" | "believe", "so"] => Some(false),
        // "Q: Do farmers need a price floor?" "A: We do." / "They don't.": the
        // question's auxiliary echoed after a pronoun.
        [subject, auxiliary] if ECHO_SUBJECTS.contains(subject) => {
            if ECHO_AUXILIARIES.contains(auxiliary) {
                Some(true)
            } else {
                text::is_negation(auxiliary).then_some(false)
            }
        }
        [subject, auxiliary, "not"] if ECHO_SUBJECTS.contains(subject) => {
            ECHO_AUXILIARIES.contains(auxiliary).then_some(false)
        }
        _ => None,
    }
}

/// Pronouns that answer a question by echoing its auxiliary ("We do.").
const ECHO_SUBJECTS: [&str; 6] = ["we", "they", "i", "it", "he", "she"];
/// Auxiliaries a question opens with and its short answer echoes.
const ECHO_AUXILIARIES: [&str; 9] = [
    "do", "does", "is", "are", "will", "would", "should", "can", "must",
];

/// The side a short answer takes on the target `m` it opens by naming, right after an
/// interviewer's question `question` that asks what stands in the way (against: "What
/// is the biggest obstacle?" "A. The building rules.") or what to do (favor: "What
/// would you do instead?" "A: A stricter means test.").
fn answered_side(doc: &Document, question: usize, i: usize, m: &Mention) -> Option<StanceLabel> {
    /// Words of such an answer at most ("A. The building rules, mostly.").
    const ANSWER_WORDS: usize = 6;
    if !doc.sentences[question].question_label {
        return None;
    }
    let words = lower_words(doc.sentence_tokens(question));
    let obstacle = words.windows(3).any(|w| w == ["in", "the", "way"])
        || words.iter().any(|w| {
            matches!(
                *w,
                "obstacle"
                    | "obstacles"
                    | "barrier"
                    | "barriers"
                    | "hurdle"
                    | "hurdles"
                    | "problem"
                    | "problems"
            )
        });
    // "What should the government do?", "What do you propose?", "Is there an
    // alternative?"
    let what = words.contains(&"what");
    let modal = words
        .iter()
        .position(|w| matches!(*w, "should" | "would" | "could" | "can"));
    let remedy = (what
        && (words
            .iter()
            .any(|w| matches!(*w, "propose" | "suggest" | "recommend"))
            || modal.is_some_and(|at| words[at + 1..].contains(&"do"))))
        || words.iter().any(|w| {
            matches!(
                *w,
                "instead" | "alternative" | "alternatives" | "solution" | "solutions" | "remedy"
            )
        });
    let side = if obstacle {
        StanceLabel::Against
    } else if remedy {
        StanceLabel::Favor
    } else {
        return None;
    };
    let tokens = doc.sentence_tokens(i);
    let opening = opening_words(tokens);
    let opens = m.occurrences.first().is_some_and(|&(first, _)| {
        opening
            .first()
            .is_some_and(|&(at, _)| first >= at && first <= at + 1)
    });
    (lower_words(tokens).len() <= ANSWER_WORDS && opens).then_some(side)
}

/// The side a "why" question takes for granted: of whom it asks ("Why do you support
/// it?", "Why did you oppose the bill?"), or a need ("Why do PA nurses need a law?").
fn presupposed_side(tokens: &[Token], res: &Resources) -> Option<StanceLabel> {
    /// Words from "why" to "you" ("why then do you").
    const WHY_WORDS: usize = 3;
    // Each word with its token.
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_word)
        .map(|(k, t)| (k, t.lower.as_str()))
        .collect();
    let why = words.iter().position(|&(_, w)| w == "why")?;
    // "Why do PA nurses need a law?": the need is taken for granted.
    let needed = matches!(words.get(why + 1), Some((_, "do" | "does" | "did")))
        && words[why + 2..]
            .iter()
            .any(|&(_, w)| matches!(w, "need" | "needs"));
    if needed {
        return Some(StanceLabel::Favor);
    }
    let you = (why + 1..words.len().min(why + WHY_WORDS + 1)).find(|&p| words[p].1 == "you")?;
    let (verb, _) = *words.get(you + 1)?;
    res.stance_cues
        .iter()
        .filter(|(phrase, _)| phrase_at(tokens, verb, phrase))
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|&(_, label)| label)
}

/// A short answer that judges the claim the question reported ("― KEPCO says it cannot
/// pay without higher rates." "KEPCO is right about that."): "X is right", "they have a
/// point", "I agree (with that)", "That is true" agree; "X is wrong", "I disagree",
/// "That is not true" do not.
fn verdict_on_claim(words: &[&str]) -> Option<bool> {
    /// Words of such an answer at most ("The platforms are partly right about that").
    const VERDICT_WORDS: usize = 8;
    if words.len() > VERDICT_WORDS {
        return None;
    }
    let words = match words {
        [
            rest @ ..,
            "about" | "on" | "with",
            "that" | "this" | "it" | "them" | "him" | "her",
        ] => rest,
        _ => words,
    };
    let negated = words.iter().any(|w| is_negation(w));
    let (last, before) = words.split_last()?;
    let copula = before.iter().any(|w| {
        matches!(
            *w,
            "is" | "are" | "was" | "were" | "that's" | "it's" | "they're"
        )
    });
    let verdict = match (*last, before) {
        ("right" | "correct" | "true", _) if copula => true,
        ("wrong" | "mistaken", _) if copula => false,
        ("point", [.., "has" | "have", "a"]) | ("agree", [.., "i"]) => true,
        ("disagree", [.., "i"]) => false,
        _ => return None,
    };
    Some(verdict != negated)
}

/// Words after which "this" in an action stands alone for what was named ("push this
/// through before ...", "rush this now"), not as the determiner of a noun.
const THIS_ALONE_BEFORE: [&str; 16] = [
    "through", "now", "first", "before", "until", "without", "when", "if", "and", "or", "again",
    "yet", "forward", "back", "anymore", "today",
];

/// "The government should extend them to small firms" right after a sentence that named
/// one target ("flexible working hours"): a recommendation whose action is a verb and a
/// pronoun that agrees with the target's name in number takes a side on it, whoever
/// named it (favour when urged, against when urged not to or when the verb removes).
fn recommended_by_pronoun(
    doc: &Document,
    i: usize,
    named: &[Mention],
    as_subject: bool,
    res: &Resources,
) -> Option<SentenceStance> {
    let m = only_target(named)?;
    // In number with the name's head noun ("A licensing fund paid by AI companies" is
    // "it").
    let name: Vec<String> = normalize_name(&doc.targets[m.target].name)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let plural = head_of(&name).is_some_and(|h| looks_plural(h));
    let pronoun = if plural { "them" } else { "it" };
    // The verb whose object the pronoun is: the action's first ("extend them"), or the
    // one after "to" in an action that urges others to act ("encourage companies to
    // adopt it").
    /// Words of an action before the "to" of the verb the pronoun follows.
    const BEFORE_TO_WORDS: usize = 4;
    let verb_of_pronoun = |action: &str| -> Option<String> {
        let words: Vec<&str> = action.split_whitespace().collect();
        // "push this through": "this" alone, not the determiner of a noun ("adopt this
        // plan").
        let this_alone = |k: usize| {
            !plural
                && words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("this"))
                && words
                    .get(k + 1)
                    .is_none_or(|w| THIS_ALONE_BEFORE.contains(&w.to_lowercase().as_str()))
        };
        // "Give them a proper meal": a pronoun before the object is whom the act is for.
        let is_pronoun = |k: usize| {
            (words
                .get(k)
                .is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
                && words
                    .get(k + 1)
                    .is_none_or(|w| !DETERMINERS.contains(&w.to_lowercase().as_str())))
                || this_alone(k)
        };
        if is_pronoun(1) {
            return Some(words[0].to_lowercase());
        }
        // "adopt one before the summer": "one" for a thing of the kind named before,
        // when no noun follows it ("do one thing" counts).
        let one_alone = !plural
            && words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("one"))
            && words
                .get(2)
                .is_none_or(|w| AFTER_ONE_ALONE.contains(&w.to_lowercase().as_str()));
        if one_alone {
            return Some(words[0].to_lowercase());
        }
        // ("Teach students how to use it": what they learn to use is no course urged.)
        (2..=BEFORE_TO_WORDS.min(words.len()))
            .find(|&k| {
                words[k - 1] == "to"
                    && !words[k - 2].eq_ignore_ascii_case("how")
                    && is_pronoun(k + 1)
            })
            .map(|k| words[k].to_lowercase())
    };
    // "But it should be built in addition to the ministry": the pronoun as the subject
    // asked to change, as the target's own name would be.
    let subject = if plural { "they" } else { "it" };
    let changed = if as_subject {
        doc.sentences[i].recommendations.iter().find_map(|r| {
            let action: Vec<String> = r.action.split_whitespace().map(str::to_lowercase).collect();
            let label = subject_change(&action, res)?;
            r.actor
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case(subject))
                .then(|| urged(r, label))
        })
    } else {
        None
    };
    if let Some(reading) = changed {
        return sided(m.target, reading);
    }
    let (r, verb) = doc.sentences[i]
        .recommendations
        .iter()
        .find_map(|r| verb_of_pronoun(&r.action).map(|v| (r, v)))?;
    // "Give the results to the teacher, use them for coaching": a plural named with its
    // article earlier in the sentence is what "them" stands for.
    let tokens = doc.sentence_tokens(i);
    let plural_before = plural
        && tokens
            .windows(2)
            .take_while(|w| w[1].span.end <= r.action_span.start)
            .any(|w| {
                matches!(w[0].lower.as_str(), "the" | "these" | "those")
                    && looks_plural(&w[1].lower)
            });
    if plural_before {
        return None;
    }
    let removes = res.is_removal_word(&verb);
    let urged = r.polarity == Polarity::Do;
    Some(SentenceStance {
        target: m.target,
        label: if urged != removes {
            StanceLabel::Favor
        } else {
            StanceLabel::Against
        },
        confidence: FROM_CUE,
        learned: false,
    })
}

/// Words that may follow a "one" standing alone for a thing named before ("adopt one
/// before the summer", "build one now"): no noun it counts.
const AFTER_ONE_ALONE: [&str; 16] = [
    "before",
    "after",
    "by",
    "in",
    "at",
    "from",
    "within",
    "now",
    "soon",
    "too",
    "instead",
    "quickly",
    "immediately",
    "first",
    "as",
    "and",
];

/// The first words of a sentence with their token indices, and the word after its
/// "but" ("I understand the frustration, but it would be a serious mistake"): where a
/// reference to what came before opens.
fn opening_words(tokens: &[Token]) -> Vec<(usize, &str)> {
    let mut words = answer_words(tokens);
    // "I still think it is the wrong choice", "I hope it starts before the summer": past
    // the speaker's own frame of belief or hope; "She believes this would ...": past a
    // frame that reports someone's words or belief.
    let frame = belief_frame(&words).max(reported_frame(tokens, &words));
    words.drain(..frame);
    let after_but = words.windows(2).find(|w| w[0].1 == "but").map(|w| w[1]);
    // "Han Mi-kyung, policy director at the union, said: \"This is the minimum ...\"":
    // the opening of a quotation that the attribution before it introduces.
    let quoted = tokens
        .windows(3)
        .position(|w| {
            matches!(w[2].lower.as_str(), "\"" | "\u{201c}")
                && (w[1].lower == ":"
                    || (w[1].lower == "," && QUOTE_INTRO_VERBS.contains(&w[0].lower.as_str())))
        })
        .map(|p| p + 3);
    let quote_opening = quoted.into_iter().flat_map(|from| {
        words
            .iter()
            .copied()
            .filter(move |&(k, _)| k >= from)
            .take(ANAPHOR_WINDOW)
    });
    words
        .iter()
        .copied()
        .take(ANAPHOR_WINDOW)
        .chain(after_but)
        .chain(quote_opening)
        .collect()
}

/// Whether the "it" at token `at` stands for a clause after it, not for what was named
/// before: "It is unfair that Busan pays ...", "It is time to act", "It would be wise
/// to wait", "It's not clear whether ...". (A noun with its article between is a name
/// given to what "it" stands for: "It is a step that ...".)
fn expletive_it(tokens: &[Token], at: usize, res: &Resources) -> bool {
    /// Words that may stand between the copula and the adjective.
    const DEGREE: [&str; 12] = [
        "not", "very", "so", "too", "simply", "just", "more", "most", "far", "much", "really",
        "quite",
    ];
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    let mut k = match word(at) {
        Some("it's") => at + 1,
        Some("it") => match (word(at + 1), word(at + 2)) {
            (Some("is" | "was" | "isn't" | "wasn't"), _) => at + 2,
            (Some("would" | "will" | "could" | "may" | "might"), Some("be")) => at + 3,
            _ => return false,
        },
        _ => return false,
    };
    while word(k).is_some_and(|w| DEGREE.contains(&w)) {
        k += 1;
    }
    let complement = tokens.get(k).is_some_and(|t| {
        t.is_word
            && !matches!(
                t.lower.as_str(),
                "a" | "an" | "the" | "its" | "their" | "our"
            )
    });
    // "It is unfair to the guesthouses": "to" before a verb only.
    let clause = match word(k + 1) {
        Some("that" | "whether" | "how" | "if" | "when") => true,
        Some("to") => word(k + 2).is_some_and(|w| res.base_verbs.contains(w)),
        _ => false,
    };
    complement && clause
}

/// Verbs that introduce a quotation after a comma ("said, \"This ...").
const QUOTE_INTRO_VERBS: [&str; 6] = ["said", "says", "added", "stated", "wrote", "replied"];

/// The words of a sentence with their token indices, lowercased, without an
/// interview's answer label ("A: No."), which is no word of the answer.
fn answer_words(tokens: &[Token]) -> Vec<(usize, &str)> {
    let mut words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_word)
        .map(|(k, t)| (k, t.lower.as_str()))
        .collect();
    if let Some(&(k, first)) = words.first()
        && matches!(first, "a" | "answer")
        && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), ":" | "." | ")"))
    {
        words.remove(0);
    }
    words
}

/// How many of the first words are the speaker's frame of belief: "I think", "we
/// believe that", "I still think", "I strongly feel that", "The evidence is that".
fn belief_frame(words: &[(usize, &str)]) -> usize {
    // "The evidence is that it makes cigarettes less attractive", "the research shows
    // that it works": a finding told as the frame of what follows.
    if let [
        (_, "the"),
        (_, "evidence" | "research" | "data" | "truth" | "fact" | "reality"),
        (_, "is" | "shows" | "suggests"),
        (_, "that"),
        ..,
    ] = words
    {
        return 4;
    }
    let [(_, "i" | "we"), rest @ ..] = words else {
        return 0;
    };
    let adverb = usize::from(
        rest.first()
            .is_some_and(|&(_, a)| a.ends_with("ly") || matches!(a, "still" | "do" | "just")),
    );
    if !rest
        .get(adverb)
        .is_some_and(|&(_, v)| matches!(v, "think" | "believe" | "feel" | "hope"))
    {
        return 0;
    }
    let that = usize::from(rest.get(adverb + 1).is_some_and(|&(_, w)| w == "that"));
    2 + adverb + that
}

/// Verbs of a reported frame whose content clause may open on a reference to what was
/// named before ("She believes this would ...", "Park said it would ...").
const REPORTED_FRAME_VERBS: [&str; 16] = [
    "believes", "believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "said", "says",
    "argued", "argues", "added", "noted", "expects", "expected",
];

/// How many of the first words are a reported frame of the speaker's words or beliefs:
/// "She believes (that)", "Park said (that)", "The ministry also argued that": a
/// subject of at most three words with no punctuation among them, maybe an adverb, a
/// verb of `REPORTED_FRAME_VERBS`.
fn reported_frame(tokens: &[Token], words: &[(usize, &str)]) -> usize {
    /// Words of the subject at most ("the Finance Ministry").
    const SUBJECT_WORDS: usize = 3;
    let Some(verb) = (1..=SUBJECT_WORDS + 1)
        .take_while(|&v| v < words.len())
        .find(|&v| REPORTED_FRAME_VERBS.contains(&words[v].1))
    else {
        return 0;
    };
    let adverb = |w: &str| w.ends_with("ly") || matches!(w, "also" | "still");
    let subject = if adverb(words[verb - 1].1) {
        verb - 1
    } else {
        verb
    };
    let unbroken = tokens[words[0].0..words[verb].0].iter().all(|t| t.is_word);
    if subject == 0 || subject > SUBJECT_WORDS || !unbroken {
        return 0;
    }
    let that = usize::from(words.get(verb + 1).is_some_and(|&(_, w)| w == "that"));
    // "It said it would not pay for ...": after a pronoun's frame, "it" and "they" are
    // as often the one who spoke as what it spoke of.
    let body = matches!(words[0].1, "it" | "they");
    let pronoun = words
        .get(verb + 1 + that)
        .is_some_and(|&(_, w)| matches!(w, "it" | "they" | "it's"));
    if body && pronoun {
        return 0;
    }
    verb + 1 + that
}

/// The tokens that refer to what was named before without naming it: an anaphor that
/// opens the sentence, or a demonstrative with a noun for a proposal anywhere in it
/// ("Korea should look at that model seriously").
fn reference_at(
    tokens: &[Token],
    opening: &[(usize, &str)],
    res: &Resources,
) -> Option<(usize, usize)> {
    opening
        .iter()
        // "It's", "That's": the tokenizer keeps the verb with the pronoun.
        .find(|&&(at, w)| {
            ANAPHORS.contains(&possessor(w).unwrap_or(w)) && !expletive_it(tokens, at, res)
        })
        .map(|&(at, _)| (at, at))
        .or_else(|| {
            tokens
                .windows(2)
                .position(|w| {
                    matches!(w[0].lower.as_str(), "this" | "that" | "such")
                        && res.anaphor_nouns.contains(&w[1].lower)
                })
                .map(|at| (at, at + 1))
        })
        .or_else(|| own_verb_on_pronoun(tokens, res))
}

/// "A. We support that, and we will pay half the cost", "I strongly oppose this.": the
/// speaker's own verb of stance whose object is a pronoun for what was named before
/// (not "we support that the city ...", where "that" opens what is supported).
fn own_verb_on_pronoun(tokens: &[Token], res: &Resources) -> Option<(usize, usize)> {
    let words = answer_words(tokens);
    let [(_, "i" | "we"), rest @ ..] = words.as_slice() else {
        return None;
    };
    let adverb = usize::from(
        rest.first()
            .is_some_and(|&(_, a)| a.ends_with("ly") || matches!(a, "do" | "still" | "also")),
    );
    let (&(_, verb), &(at, pronoun)) = (rest.get(adverb)?, rest.get(adverb + 1)?);
    let object =
        matches!(pronoun, "that" | "this" | "it") && tokens.get(at + 1).is_none_or(|t| !t.is_word);
    (object && one_word_cue(verb, res).is_some()).then_some((at, at))
}

/// "The hotel association pushed back." right after "The ministry said it would allow
/// X": a verb of reaction that ends its sentence takes the side of the sentence before
/// on the one target it named (agreeing), or the other side.
fn reaction(
    doc: &Document,
    i: usize,
    named: &[Mention],
    res: &Resources,
) -> Option<SentenceStance> {
    // An unnamed group's reaction ("Defense experts were quick to push back.") is
    // labelled as it conveys it, as gold-format.md has it, though no one summarises it.
    let s = &doc.sentences[i];
    if s.speaker.is_none() && !s.unnamed_source {
        return None;
    }
    let m = only_target(named)?;
    let sided = matches!(m.reading.label, StanceLabel::Favor | StanceLabel::Against);
    if m.reading.evidence == Evidence::Mention || !sided {
        return None;
    }
    let agrees = reaction_verb(doc.sentence_tokens(i), res)?;
    Some(SentenceStance {
        target: m.target,
        label: if agrees {
            m.reading.label
        } else {
            flip(m.reading.label)
        },
        confidence: FROM_CUE,
        learned: false,
    })
}

/// Whether the sentence ends with a verb of reaction ("pushed back.", "agreed
/// strongly."), and whether it agrees.
fn reaction_verb(tokens: &[Token], res: &Resources) -> Option<bool> {
    (0..tokens.len()).find_map(|v| {
        res.reactions.iter().find_map(|(phrase, agrees)| {
            if !phrase_at(tokens, v, phrase) {
                return None;
            }
            let ends = tokens[v + phrase.len()..]
                .iter()
                .all(|t| !t.is_word || t.lower.ends_with("ly"));
            // "Parents' groups have objected that children would be pushed ...": an
            // objection with its grounds (an agreement that something is so is none).
            let grounds = !*agrees
                && tokens
                    .get(v + phrase.len())
                    .is_some_and(|t| t.lower == "that");
            // "The Korean Medical Association objects, saying that ...": the reaction
            // ends its clause, and what follows gives its grounds.
            let saying = tokens.get(v + phrase.len()).is_some_and(|t| t.lower == ",")
                && tokens.get(v + phrase.len() + 1).is_some_and(|t| {
                    t.lower.ends_with("ing") && res.is_speech_verb(&t.lower).is_some()
                });
            (ends || grounds || saying).then_some(*agrees)
        })
    })
}

/// "Some politicians have called for abolishing the CSAT, but Yoon disagreed.": a
/// speaker whose verb is a reaction closing the sentence after "but" reacts to what the
/// clause before it holds, which is someone else's: whether they agree with it.
fn reaction_after_but(doc: &Document, i: usize, res: &Resources) -> Option<bool> {
    /// Words of the reacting subject and its verb ("the city's largest union objected").
    const REACTION_WORDS: usize = 6;
    let tokens = doc.sentence_tokens(i);
    let verb = doc.sentences[i].attribution.as_ref()?.verb;
    let but = tokens.iter().rposition(|t| t.lower == "but")?;
    let after = &tokens[but + 1..];
    (tokens[but].span.end <= verb.start
        && after.iter().filter(|t| t.is_word).count() <= REACTION_WORDS)
        .then(|| reaction_verb(after, res))
        .flatten()
}

/// "The education office immediately expressed opposition.", "She said she understood
/// both sides.": a position stated without its object, ending its clause, taken on
/// `target`.
fn declared_position(
    doc: &Document,
    i: usize,
    target: usize,
    res: &Resources,
) -> Option<SentenceStance> {
    let tokens = doc.sentence_tokens(i);
    (0..tokens.len()).find_map(|v| {
        res.declared_positions.iter().find_map(|(phrase, label)| {
            // "urged the ministry to go further and require ...": a second verb may
            // follow; after a pronoun object ("I oppose it for first graders") the
            // clause may go on, but a modal makes it a promise on a condition ("Give us
            // the budget and I will support it").
            let pronoun = phrase.last().is_some_and(|w| w == "it" || w == "this");
            let promised = v > 0
                && matches!(
                    tokens[v - 1].lower.as_str(),
                    "will" | "would" | "could" | "might" | "'ll" | "’ll"
                );
            let ends = phrase_at(tokens, v, phrase)
                && !(pronoun && promised)
                && (pronoun
                    || tokens
                        .get(v + phrase.len())
                        .is_none_or(|t| !t.is_word || t.lower == "and"));
            ends.then_some(SentenceStance {
                target,
                label: *label,
                confidence: FROM_CUE,
                learned: false,
            })
        })
    })
}

/// Whether sentence `i` is a subject of a few words and a phrase of
/// `declared_positions.txt` that ends it, with no verb of speech ("Labor unions are
/// flatly opposed.").
fn group_declares(doc: &Document, i: usize, res: &Resources) -> bool {
    /// Tokens of the subject ("Many small business owners").
    const SUBJECT_TOKENS: usize = 6;
    let tokens = doc.sentence_tokens(i);
    let words = tokens.iter().take_while(|t| t.is_word).count();
    (1..=words.min(SUBJECT_TOKENS)).any(|v| {
        tokens[..v]
            .iter()
            .all(|t| res.is_speech_verb(&t.lower).is_none() && !res.pronouns.contains_key(&t.lower))
            && res.declared_positions.iter().any(|(phrase, _)| {
                v + phrase.len() == words
                    && words + 1 == tokens.len()
                    && phrase_at(tokens, v, phrase)
            })
    })
}

/// The first target that sentences' mentions name, with the index of the sentence
/// naming it and whether it was named as what a proposal would remove.
fn first_named(found: &[Vec<Mention>]) -> Option<(usize, (usize, bool))> {
    found.iter().enumerate().find_map(|(at, f)| {
        f.iter()
            .min_by_key(|m| m.occurrences.first().copied())
            .map(|m| {
                let removed =
                    m.reading.evidence == Evidence::Cue && m.reading.label == StanceLabel::Against;
                (at, (m.target, removed))
            })
    })
}

/// The stance of a sentence whose stances are one side on one target, which the
/// sentence after it may answer (`objection_dismissed`, `assent_to_request`).
fn one_side(stances: &[SentenceStance]) -> Option<&SentenceStance> {
    match stances {
        [st] if st.label != StanceLabel::Neutral => Some(st),
        _ => None,
    }
}

/// "The ministry fears that essays will send parents back to the cram schools. That
/// risk is real, but it is not a reason to measure the wrong thing.": an objection
/// granted and then denied its force (", but it is no reason to", "but that is not an
/// argument for") is set aside: the side opposite to the one the sentence before took on
/// its one target. So is one granted in a few words and then answered ("Those risks
/// are real, but ...").
fn objection_dismissed(
    doc: &Document,
    i: usize,
    before: &[SentenceStance],
) -> Option<SentenceStance> {
    let st = one_side(before)?;
    let words = lower_words(doc.sentence_tokens(i));
    let dismissed = words.windows(6).any(|w| {
        w[0] == "but"
            && matches!(w[1], "it" | "that" | "this")
            && matches!(w[2], "is" | "was")
            && (matches!((w[3], w[4]), ("not", "a" | "an"))
                && matches!(w[5], "reason" | "argument")
                || w[3] == "no" && matches!(w[4], "reason" | "argument"))
    });
    // "Those risks are real, but Estonia has run internet voting for twenty years ...":
    // the sentence before granted in a few words, then answered.
    let granted = || {
        /// Words of the grant before its "but".
        const GRANT_WORDS: usize = 8;
        matches!(
            words.first().copied(),
            Some("that" | "those" | "this" | "these")
        ) && words
            .iter()
            .take(GRANT_WORDS)
            .position(|w| *w == "but")
            .is_some_and(|b| {
                words[..b].iter().any(|w| {
                    matches!(
                        *w,
                        "real" | "true" | "fair" | "understandable" | "valid" | "legitimate"
                    )
                })
            })
    };
    (dismissed || granted()).then_some(SentenceStance {
        target: st.target,
        label: flip(st.label),
        confidence: FROM_CUE,
        learned: false,
    })
}

/// "The council asked the ministry to let universities bring back essay tests. The
/// ministry should agree.": a course urged that is only to say yes (or no) to a request
/// made in the sentence before, which took one side on one target, takes that side (or
/// the other).
fn assent_to_request(
    doc: &Document,
    i: usize,
    previous: usize,
    before: &[SentenceStance],
) -> Option<SentenceStance> {
    /// Courses that answer a request and name nothing else, and whether they grant it.
    const ANSWERS: [(&str, bool); 7] = [
        ("agree", true),
        ("accept", true),
        ("say yes", true),
        ("comply", true),
        ("refuse", false),
        ("decline", false),
        ("say no", false),
    ];
    let st = one_side(before)?;
    let [r]: &[Recommendation] = doc.sentences[i].recommendations.as_slice() else {
        return None;
    };
    let action = r.action.trim_end_matches(['.', '!']).to_lowercase();
    let grants = ANSWERS
        .iter()
        .find(|(answer, _)| *answer == action)
        .map(|&(_, grants)| grants == (r.polarity == Polarity::Do))?;
    (!doc.sentences[previous].recommendations.is_empty()).then_some(SentenceStance {
        target: st.target,
        label: if grants { st.label } else { flip(st.label) },
        confidence: FROM_CUE,
        learned: false,
    })
}

/// The one target the mentions of a sentence name, if they name only one.
fn only_target(named: &[Mention]) -> Option<&Mention> {
    let m = named.first()?;
    named.iter().all(|n| n.target == m.target).then_some(m)
}

/// A reading of a reference to `target` as its stance, when the rules took a side (a
/// consequence they read, "the decision would end arguments at the counter", too).
fn sided(target: usize, reading: Reading) -> Option<SentenceStance> {
    (reading.label != StanceLabel::Neutral).then_some(SentenceStance {
        target,
        label: reading.label,
        confidence: reading.confidence,
        learned: false,
    })
}

/// "The Korean Medical Association calls this a threat to patient safety." right after
/// a sentence that named one target: what a verb of naming calls "this", "that" or "it"
/// is said of that target.
fn named_by_demonstrative(
    doc: &Document,
    i: usize,
    named: &[Mention],
    res: &Resources,
) -> Option<SentenceStance> {
    let m = only_target(named)?;
    let tokens = doc.sentence_tokens(i);
    let at = tokens.windows(2).position(|w| {
        matches!(w[0].lower.as_str(), "call" | "calls" | "called" | "calling")
            && matches!(w[1].lower.as_str(), "this" | "that" | "it")
    })? + 1;
    sided(m.target, read_occurrence(doc, i, at, at, res))
}

/// "Lee said mandatory deposit insurance was overdue. \"... and the insurance costs
/// less than a cup of coffee a month\"": right after the sentence that named one
/// target, "the" with the head noun of its name (or of an alias of two words or more)
/// refers to it, when no other target's name holds that noun. Not for a removal, whose
/// head may be the thing removed (but "the ban" of "the sidewalk ban" is the removal),
/// nor for a name that sets a quantity ("a four-year term": "the term" is any term).
/// `far`: the target was not named just before; only "the" with the head of what it is
/// called with "the" refers to it then.
fn named_by_head(
    doc: &Document,
    i: usize,
    named: &[Mention],
    phrases: &TargetPhrases,
    res: &Resources,
    far: bool,
) -> Option<SentenceStance> {
    let m = only_target(named)?;
    let own = &phrases[m.target];
    // "the sidewalk ban" of "Banning scooters from sidewalks": a removal's own noun
    // names the removal, where any other head may be the thing removed.
    let removal = own.first().is_some_and(|name| is_removal(name, res));
    let heads: Vec<&str> = own
        .iter()
        // Far from where it was named, only what the target is called with "the"
        // ("the sidewalk ban"), not the object of an action it names ("the elevated road"
        // of "removing the elevated road"), is what "the ban" stands for.
        .filter(|p| {
            !far || (p.first().is_some_and(|w| w == "the")
                && !own
                    .iter()
                    .any(|q| q.len() > p.len() && q.ends_with(p) && names_an_action(q, res)))
        })
        .filter(|p| p.len() >= 2 && !names_an_action(p, res))
        .filter(|p| !p.iter().any(|w| sets_a_quantity(w)))
        .filter_map(|p| head_of(p))
        .filter(|h| !removal || res.is_removal_word(h))
        .map(|h| singular(h))
        .filter(|h| !held_by_another(phrases, m.target, h))
        .collect();
    let tokens = doc.sentence_tokens(i);
    // "a broad exception of the kind Japan adopted": a kind of it, with one word that
    // says which, is judged as it.
    // Far from where it was named, only "the" refers: "a rival store" is any store.
    let determiner = |p: usize| match tokens[p - 1].lower.as_str() {
        "the" => Some(p - 1),
        _ if far => None,
        "a" | "an" => Some(p - 1),
        _ if p >= 2 && tokens[p - 1].is_word => {
            matches!(tokens[p - 2].lower.as_str(), "a" | "an").then_some(p - 2)
        }
        _ => None,
    };
    let of_a_kind = |p: usize| {
        tokens.get(p + 2).is_some_and(|t| t.lower == "the")
            && tokens
                .get(p + 3)
                .is_some_and(|t| matches!(t.lower.as_str(), "kind" | "type" | "sort"))
    };
    // "Those who want to scrap the rule have never ...": what a relative clause says of
    // it is the attitude of those it describes, not the speaker's.
    let described = |p: usize| {
        tokens[..p]
            .iter()
            .rev()
            .take_while(|t| t.lower != ",")
            .any(|t| t.lower == "who")
    };
    let (first, at) = (1..tokens.len()).find_map(|p| {
        let first = determiner(p).filter(|_| !(far && described(p)))?;
        // "at each end of the street": far from its naming, a place a preposition
        // puts the words in is not the target spoken of.
        if far
            && first > 0
            && matches!(
                tokens[first - 1].lower.as_str(),
                "of" | "at" | "on" | "in" | "for" | "from" | "with" | "by" | "to" | "into"
            )
        {
            return None;
        }
        (heads.contains(&singular(&tokens[p].lower))
            && tokens
                .get(p + 1)
                .is_none_or(|t| (t.lower != "of" || of_a_kind(p)) && !t.lower.starts_with('\'')))
        .then_some((first, p))
    })?;
    sided(m.target, read_occurrence(doc, i, first, at, res))
}

/// "four-year" (or "four" of "four year"), "52-hour", "10": a word that sets a number
/// of something.
fn sets_a_quantity(word: &str) -> bool {
    const NUMBERS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
        "single",
    ];
    word.chars().any(|c| c.is_ascii_digit())
        || NUMBERS.contains(&word.split('-').next().unwrap_or(word))
}

/// Whether the head may read sentence `i`'s own vector: where it refers to a target
/// named before (`referred_stance`). The encoder stage embeds only what a head reads.
pub fn may_refer(doc: &Document, i: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    reference_at(tokens, &opening_words(tokens), res).is_some()
}

/// The side sentence `i` takes on `target` through a definite noun for a proposal ("the
/// plan", "the bill"), when the rules read one: a recommendation, a cue or an
/// evaluation. A bare mention says too little to tell which proposal is meant.
fn definite_reference(
    doc: &Document,
    i: usize,
    target: usize,
    lede: bool,
    proposer: Option<usize>,
    named: &[Mention],
    res: &Resources,
) -> Option<SentenceStance> {
    let tokens = doc.sentence_tokens(i);
    let within_named = |p: usize| {
        named
            .iter()
            .flat_map(|m| &m.occurrences)
            .any(|&(a, b)| a <= p && p <= b)
    };
    // "the government's plan": in the lede, the owner's possessive may stand between;
    // elsewhere, that of the body that sets public rules and first named the target
    // (`proposer`: "The health ministry now proposes recording every operation ...
    // The National Assembly should pass the ministry's bill").
    let proposed_by = |owner: &str| {
        res.governing_words.contains(owner)
            && proposer.is_some_and(|s| {
                let speaker = &doc.speakers[s];
                std::iter::once(&speaker.name)
                    .chain(&speaker.aliases)
                    .flat_map(|n| n.split_whitespace())
                    .any(|w| w.eq_ignore_ascii_case(owner))
            })
    };
    let owned = |p: usize| {
        p >= 2
            && tokens[p - 2].lower == "the"
            && possessor(&tokens[p - 1].lower).is_some_and(|owner| lede || proposed_by(owner))
    };
    // "welcomed the change", "welcomed the expansion": a change is the target's only as
    // the object of a verb that takes a side ("before the change takes effect" may be
    // any change).
    // So is one reported as the subject of what a speaker said ("said the change would
    // make it easier to hire teachers"), and one to be made ("The office should make
    // the change this winter"; not "made the change", told of another) where the
    // article weighs one target (with more, it is the one urged last: "A morning test
    // would need no grounded planes. The ministry should make the change").
    let to_be_made = |w: &str| doc.targets.len() == 1 && matches!(w, "make" | "making");
    let reacted_to = |p: usize| {
        matches!(
            tokens[p].lower.as_str(),
            "change" | "changes" | "expansion" | "extension"
        ) && (res
            .stance_cues
            .iter()
            .any(|(cue, _)| cue.len() < p && phrase_at(tokens, p - 1 - cue.len(), cue))
            || (p >= 2
                && tokens[p - 1].lower == "the"
                && (tokens[p - 2].lower == "that"
                    || to_be_made(&tokens[p - 2].lower)
                    || res.is_speech_verb(&tokens[p - 2].lower).is_some())))
    };
    // "is reviewing a request from store owners to require ...": the lede may introduce
    // the proposal it is about as one of its kind.
    let article = |p: usize| {
        matches!(tokens[p - 1].lower.as_str(), "the" | "this")
            || (lede && matches!(tokens[p - 1].lower.as_str(), "a" | "an"))
    };
    // "said it was reviewing the new draft": a proposal's new version is the proposal.
    let renewed = |p: usize| {
        p >= 2
            && matches!(tokens[p - 2].lower.as_str(), "the" | "this")
            && matches!(
                tokens[p - 1].lower.as_str(),
                "new" | "revised" | "latest" | "updated" | "amended"
            )
    };
    // "said the rule would push drinking into nearby streets": "the rule" is the target
    // where the target makes one ("Banning student-run bars", "Mandatory price
    // disclosure": rule_making_words.txt); where it lifts or changes one, the rule is
    // what it acts on. Not in a relative clause ("Those who want to scrap the rule",
    // "fines for stores that break the rule": what those it describes do to it).
    let makes_rule = || {
        let name = name_words(&doc.targets[target].name, res);
        let head = name
            .iter()
            .position(|w| matches!(w.as_str(), "in" | "on" | "at" | "for" | "from" | "of"))
            .map_or(&name[..], |p| &name[..p]);
        name.first().is_some_and(|w| res.rule_openers.contains(w))
            || head.last().is_some_and(|w| res.rule_heads.contains(w))
    };
    /// Words between a relative pronoun and the rule it is about ("who want to scrap
    /// the").
    const RELATIVE_REACH: usize = 6;
    let in_relative_clause = |p: usize| {
        (p.saturating_sub(RELATIVE_REACH)..p).any(|j| match tokens[j].lower.as_str() {
            "who" | "which" => true,
            // "stores that break the rule", not "said that the rule would ...".
            "that" => {
                j > 0 && {
                    let before = tokens[j - 1].lower.as_str();
                    tokens[j - 1].is_word
                        && !matches!(before, "and" | "but" | "so")
                        && res.is_speech_verb(before).is_none()
                }
            }
            _ => false,
        })
    };
    let rule_of_target =
        |p: usize| tokens[p].lower == "rule" && !in_relative_clause(p) && makes_rule();
    let mut candidates = (1..tokens.len()).filter(|&p| {
        (res.anaphor_nouns.contains(&tokens[p].lower) || reacted_to(p) || rule_of_target(p))
            && (article(p) || owned(p) || renewed(p))
            && !within_named(p)
    });
    // "the plan's critics", "the plan to build a dam": the noun must end its phrase;
    // the lede of an article with one target describes that target ("opposing the
    // government's plan to let foreign law firms ...").
    // "send the bill to the National Assembly", "extend the program to elementary
    // schools": "to" before a determiner, a name or a word that is no verb says where
    // it goes; before a verb it opens what the plan is.
    let infinitive = |k: usize| {
        tokens[k].lower == "to"
            && tokens.get(k + 1).is_none_or(|t| {
                !DETERMINERS.contains(&t.lower.as_str())
                    && !is_capitalized(doc.slice(t.span))
                    && (res.base_verbs.contains(&t.lower)
                        || AUXILIARIES.contains(&t.lower.as_str())
                        || !t.is_word)
            })
    };
    // "said the change each spring raises heart attacks ... and urged lawmakers to
    // reject the bill": the first noun that reads a side decides.
    let read_at = |at: usize| {
        if tokens
            .get(at + 1)
            .is_some_and(|t| t.lower.starts_with('\'') || t.lower == "of")
            || (!lede && at + 1 < tokens.len() && infinitive(at + 1))
        {
            return None;
        }
        let from = if article(at) { at - 1 } else { at - 2 };
        // "said it was reviewing the recommendation": a look at the proposal takes no
        // side on it, and says so; so does support held back ("supports the idea in
        // principle but ...").
        if from > 0 && is_review_verb(&tokens[from - 1].lower, res) || conditioned(tokens, at, res)
        {
            return Some(SentenceStance {
                target,
                label: StanceLabel::Neutral,
                confidence: FROM_CUE,
                learned: false,
            });
        }
        sided(target, read_occurrence(doc, i, from, at, res))
    };
    candidates.find_map(read_at)
}

/// The side sentence `i` takes on each of the targets `before` (named or given a side
/// in the body sentences before it), when it refers to them together by a plural noun
/// for a proposal after "the", "both", "these" or "those" ("rejected the proposals",
/// "Without both measures") and they are two or more.
fn plural_reference(
    doc: &Document,
    i: usize,
    before: impl Iterator<Item = usize>,
    res: &Resources,
) -> Vec<SentenceStance> {
    let mut targets: Vec<usize> = before.collect();
    targets.sort_unstable();
    targets.dedup();
    if targets.len() < 2 {
        return Vec::new();
    }
    let tokens = doc.sentence_tokens(i);
    let plural_noun = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(|one| res.anaphor_nouns.contains(one))
    };
    let Some(at) = (1..tokens.len()).find(|&p| {
        plural_noun(&tokens[p].lower)
            && matches!(
                tokens[p - 1].lower.as_str(),
                "the" | "both" | "these" | "those"
            )
            && tokens
                .get(p + 1)
                .is_none_or(|t| !t.is_word || t.lower != "of")
    }) else {
        return Vec::new();
    };
    // "said it was reviewing both options": a look at them takes no side.
    if at >= 2 && is_review_verb(&tokens[at - 2].lower, res) {
        return Vec::new();
    }
    let reading = read_occurrence(doc, i, at - 1, at, res);
    targets
        .into_iter()
        .filter_map(|target| sided(target, reading))
        .collect()
}

/// Whether a course the rules found in sentence `i` acts on a proposal by its definite
/// noun ("should drop the plan") and names no target.
fn urged_on_a_proposal(doc: &Document, i: usize, named: &[Mention], res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    let occurrences: Vec<Span> = named
        .iter()
        .flat_map(|m| &m.occurrences)
        .map(|&(a, b)| Span::new(tokens[a].span.start, tokens[b].span.end))
        .collect();
    doc.sentences[i]
        .recommendations
        .iter()
        .filter(|r| !r.learned && occurrences.iter().all(|o| o.overlap(r.action_span) == 0))
        .any(|r| {
            tokens
                .iter()
                .position(|t| t.span.start == r.action_span.start)
                .is_some_and(|v| {
                    tokens.get(v + 1).is_some_and(|t| t.lower == "the")
                        && tokens
                            .get(v + 2)
                            .is_some_and(|t| res.anaphor_nouns.contains(&t.lower))
                })
        })
}

/// Whether `word` is a form of a verb of `review_verbs.txt` ("reviewing", "studies",
/// "examined").
fn is_review_verb(word: &str, res: &Resources) -> bool {
    let known = |stem: &str| res.review_verbs.contains(stem);
    known(word)
        || known(&base_of_gerund(word, &res.review_verbs))
        || word.strip_suffix('s').is_some_and(known)
        || is_past_of(word, &res.review_verbs)
        || word
            .strip_suffix("ies")
            .or_else(|| word.strip_suffix("ied"))
            .is_some_and(|stem| known(&format!("{stem}y")))
}

/// Each word of the sentence normalised as the scorer normalises names, with the
/// index of its token ("Korea-U.S." gives "korea", "u", "s").
fn normalized_words(tokens: &[Token], res: &Resources) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.is_word) {
        for w in name_words(&t.lower, res) {
            out.push((w, k));
        }
    }
    out
}

/// The normalised words of a target's name or of a text's words, as `normalize_name`
/// has them, except that a hyphenated compound that opens with a removal word is one
/// word ("drop-off" is "dropoff": a "Drop-off fee" is no dropping of a fee), unless the
/// compound is itself a removal ("phase-out", "shut-down").
fn name_words(text: &str, res: &Resources) -> Vec<String> {
    text.split_whitespace()
        .flat_map(|chunk| {
            let words: Vec<String> = normalize_name(chunk)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            let compound = chunk.contains('-')
                && words.len() > 1
                && res.is_removal_word(&words[0])
                && !res
                    .removal_words
                    .iter()
                    .any(|r| r.len() > 1 && words.starts_with(r));
            if compound {
                vec![words.concat()]
            } else {
                words
            }
        })
        .collect()
}

/// Occurrences of `phrase` in `words`, as word ranges; the last word may carry a plural
/// ending, or lack the alias's own. An alias of several words that opens with a verb
/// also names its gerund and the base form of its gerund ("disclosing battery makers"
/// for "disclose battery makers", "raise fares" for "raising fares"), with an article
/// the alias leaves out after that verb ("disclose the battery makers").
fn find_phrase(words: &[(String, usize)], phrase: &[String]) -> Vec<(usize, usize)> {
    let n = phrase.len();
    if n == 0 || words.len() < n {
        return Vec::new();
    }
    let matches = |j: usize, w: &str| {
        let p = phrase[j].as_str();
        // "the subsidies" for the alias "the subsidy" ("-y" after a consonant).
        let in_ies = |plural: &str, one: &str| {
            plural.strip_suffix("ies").is_some_and(|stem| {
                one.strip_suffix('y') == Some(stem)
                    && stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c))
            })
        };
        let plural = |suffix: &str| w.strip_suffix(suffix) == Some(p);
        // "an electric motorcycle" for the alias "electric motorcycles", "a spending
        // cap" for "spending caps", "the subsidy" for "the subsidies" ("news" is no
        // plural).
        let singular = p.len() > 3
            && p != "news"
            && !p.ends_with("ss")
            && (p.strip_suffix('s') == Some(w) || p.strip_suffix("es") == Some(w) || in_ies(p, w));
        // "this pilot" for the alias "the pilot", "will keep its ban" for "the ban".
        let demonstrative = j == 0
            && n > 1
            && p == "the"
            && matches!(
                w,
                "this" | "that" | "these" | "those" | "its" | "their" | "our"
            );
        let verb_form = j == 0 && n > 1 && (is_gerund_of(w, p) || is_gerund_of(p, w));
        // "closing a ministry" for "abolishing the ministry": after the gerund that
        // opens an alias, its object may be named as one of a kind.
        let indefinite =
            j == 1 && n > 2 && p == "the" && matches!(w, "a" | "an") && phrase[0].ends_with("ing");
        w == p
            || demonstrative
            || indefinite
            || verb_form
            || (j == n - 1 && (plural("s") || plural("es") || in_ies(w, p) || singular))
    };
    (0..=words.len() - n)
        .filter_map(|s| {
            let mut k = s;
            let article = |w: &str| matches!(w, "the" | "a" | "an");
            for j in 0..n {
                // An article is never inserted after the first word of an alias that
                // names a thing ("carbon the tax"), so this only meets verbs.
                if j == 1
                    && words.get(k).is_some_and(|w| article(&w.0))
                    && !DETERMINERS.contains(&phrase[0].as_str())
                    && !article(&phrase[1])
                {
                    k += 1;
                }
                // "keep the current threshold" for "the threshold": a word that names
                // the thing as it stands may follow the alias's own "the".
                if j == 1
                    && phrase[0] == "the"
                    && words
                        .get(k)
                        .is_some_and(|w| STANDING.contains(&w.0.as_str()))
                {
                    k += 1;
                }
                if !words.get(k).is_some_and(|w| matches(j, &w.0)) {
                    return None;
                }
                k += 1;
            }
            Some((s, k))
        })
        .collect()
}

/// Words that name a thing as it stands ("the current threshold").
const STANDING: [&str; 3] = ["current", "existing", "present"];

/// Words of a name that carry none of its content.
const NAME_GRAMMAR: [&str; 14] = [
    "for", "of", "on", "in", "to", "with", "by", "at", "from", "over", "during", "and", "or", "its",
];

/// Occurrences of a name of three content words or more told in other order within
/// one phrase: "a tax credit for owners who retrofit voluntarily" for "Tax credits for
/// voluntary retrofits" (each content word once, in the singular or as its adverb, the
/// verb it opens with as its gerund or base form, all
/// within a span of three words more than they are, no punctuation between; no
/// numbers). Only for a target no alias names as it stands.
fn find_reworded(
    tokens: &[Token],
    words: &[(String, usize)],
    alias: &[String],
) -> Vec<(usize, usize)> {
    /// Words a rewording may add between the content words.
    const SLACK: usize = 3;
    let content: Vec<&str> = alias
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(w) && !NAME_GRAMMAR.contains(w))
        .collect();
    // A number's place says what it counts ("from 18 months to 12" is no "12-month").
    let numbered = content
        .iter()
        .any(|w| w.chars().any(|c| c.is_ascii_digit()));
    // "collect students' phones" for "collecting phones": a gerund and its object,
    // told with the verb's other form and words between.
    let gerund_and_object = content.len() == 2 && content[0].ends_with("ing");
    if (content.len() < 3 && !gerund_and_object) || numbered {
        return Vec::new();
    }
    // "raise the legal drinking age" for "raising the drinking age": the verb an alias
    // opens with, in its other form.
    let same = |w: &str, p: &str| {
        w == p
            || (p == content[0] && (is_gerund_of(w, p) || is_gerund_of(p, w)))
            || singular(w) == singular(p)
            || w.strip_suffix("ily")
                .is_some_and(|stem| p.strip_suffix('y') == Some(stem))
            || w.strip_suffix("ly") == Some(p)
    };
    let span = content.len() + SLACK;
    (0..words.len())
        .filter_map(|from| {
            let window = &words[from..words.len().min(from + span)];
            let mut used = vec![false; window.len()];
            for p in &content {
                let k = (0..window.len()).find(|&k| !used[k] && same(&window[k].0, p))?;
                used[k] = true;
            }
            // The span opens and closes on content words.
            let last = used.iter().rposition(|u| *u)?;
            if !used[0] {
                return None;
            }
            let (a, b) = (window[0].1, window[last].1);
            tokens[a..=b]
                .iter()
                .all(|t| t.is_word || matches!(t.lower.as_str(), "-" | "'" | "\u{2019}" | "'s"))
                .then_some((from, from + last + 1))
        })
        .collect()
}

/// Occurrences of a name that opens with a gerund and a definite object told with the
/// verb in another form and the object by its head noun alone: "keep the routes" for
/// "Keeping the rural bus routes", "cut the routes" for "Cutting late-night bus routes"
/// (the object's modifiers left out, its head noun in either number, right after "the").
fn find_shortened_object(
    tokens: &[Token],
    words: &[(String, usize)],
    alias: &[String],
    res: &Resources,
) -> Vec<(usize, usize)> {
    let Some((gerund, object)) = gerund_and_object(alias).filter(|(g, _)| g.len() > 4) else {
        return Vec::new();
    };
    // Only an object with modifiers to leave out ("the routes" is the name itself
    // otherwise).
    let Some(head) = object.last().filter(|_| object.len() >= 2) else {
        return Vec::new();
    };
    (0..words.len().saturating_sub(2))
        .filter(|&s| {
            let verb = words[s].0.as_str();
            let verb_form = verb != gerund
                && (is_gerund_of(gerund, verb)
                    || verb
                        .strip_suffix('s')
                        .or_else(|| verb.strip_suffix("ed"))
                        .is_some_and(|stem| is_gerund_of(gerund, stem)));
            verb_form
                && words[s + 1].0 == "the"
                && singular(&words[s + 2].0) == singular(head)
                && ends_noun_phrase(tokens.get(words[s + 2].1 + 1), res)
        })
        .map(|s| (s, s + 3))
        .collect()
}

/// Occurrences of a name that opens with a gerund and ends in the level it sets, told
/// with the verb and the level in other words between: "lower the maximum assisted
/// speed from 25 to 20 km/h" for "Lowering the e-bike speed limit to 20 km/h", "keep
/// lines 2 and 5 running until 2 a.m." for "Running Seoul subways until 2 a.m. on
/// weekends" (a form of the gerund's verb, then within a few words the preposition,
/// the number and the words of its unit as the name has them; no punctuation but
/// that of the number between).
fn find_numbered(
    tokens: &[Token],
    words: &[(String, usize)],
    alias: &[String],
) -> Vec<(usize, usize)> {
    /// Words from the verb to the preposition of the level.
    const REACH: usize = 10;
    let Some(gerund) = alias.first().filter(|g| g.ends_with("ing")) else {
        return Vec::new();
    };
    let Some(number) = alias
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return Vec::new();
    };
    if number < 2 || !matches!(alias[number - 1].as_str(), "to" | "at" | "until") {
        return Vec::new();
    }
    // The level: its preposition, its number and the unit up to the next phrase.
    let end = (number + 1..alias.len())
        .find(|&k| NAME_GRAMMAR.contains(&alias[k].as_str()))
        .unwrap_or(alias.len());
    let level = &alias[number - 1..end];
    let bases = gerund_bases(gerund);
    let verb_form = |w: &str| bases.iter().any(|base| is_form_of(w, base));
    (0..words.len())
        .filter(|&p| verb_form(&words[p].0))
        .filter_map(|p| {
            let q = (p + 1..words.len().min(p + REACH + 1)).find(|&q| {
                q + level.len() <= words.len()
                    && (0..level.len()).all(|j| words[q + j].0 == level[j])
            })?;
            let last = q + level.len() - 1;
            let (a, b) = (words[p].1, words[last].1);
            tokens[a..=b]
                .iter()
                .all(|t| t.is_word || matches!(t.lower.as_str(), "-" | "/" | "."))
                .then_some((p, last + 1))
        })
        .collect()
}

/// Words from the "that" of a subjunctive clause to the object of the course it urges
/// ("that the national pension contribution rate be raised").
const SUBJUNCTIVE_REACH: usize = 5;

/// Verbs that link a noun to what is said of it ("the ratings be made public").
const LINKS: [&str; 10] = [
    "is", "are", "was", "were", "be", "been", "being", "made", "kept", "become",
];

/// Occurrences of an alias turned round into a clause: "the ratings be made public" for
/// "public ratings", "the ratings are published" for "publish the ratings" (the
/// alias's object, one or two verbs that link it, then the alias's word that
/// describes it or its verb's participle in "-ed").
fn find_predicative(words: &[(String, usize)], alias: &[String]) -> Vec<(usize, usize)> {
    match alias {
        [described, noun] if !DETERMINERS.contains(&described.as_str()) => {
            let mut found =
                find_turned_round(words, std::slice::from_ref(noun), |w| w == described);
            // "make helmets mandatory" for "mandatory helmets".
            found.extend((1..words.len().saturating_sub(1)).filter_map(|p| {
                (matches!(
                    words[p - 1].0.as_str(),
                    "make" | "makes" | "made" | "making"
                ) && singular(&words[p].0) == singular(noun)
                    && words[p + 1].0 == *described)
                    .then_some((p - 1, p + 2))
            }));
            found
        }
        [verb, rest @ ..] if rest.len() >= 2 && DETERMINERS.contains(&rest[0].as_str()) => {
            let participle = if verb.ends_with('e') {
                format!("{verb}d")
            } else {
                format!("{verb}ed")
            };
            find_turned_round(words, &rest[1..], |w| w == participle)
        }
        _ => Vec::new(),
    }
}

/// The gerund an alias opens with and its object, without its article and up to the
/// phrase that qualifies it ("Requiring a teaching degree for all daycare teachers":
/// "requiring", "teaching degree"); none for an alias that opens otherwise or names no
/// object.
fn gerund_and_object(alias: &[String]) -> Option<(&String, &[String])> {
    let [gerund, rest @ ..] = alias else {
        return None;
    };
    if !gerund.ends_with("ing") {
        return None;
    }
    let rest = match rest.first() {
        Some(w) if DETERMINERS.contains(&w.as_str()) => &rest[1..],
        _ => rest,
    };
    let end = rest
        .iter()
        .position(|w| NAME_GRAMMAR.contains(&w.as_str()))
        .unwrap_or(rest.len());
    (end > 0).then(|| (gerund, &rest[..end]))
}

/// Occurrences of a name that opens with a gerund told in the passive: "plastic straws
/// be banned" for "Banning plastic straws", "a teaching degree be required" for
/// "Requiring a teaching degree for all daycare teachers" (the object up to the phrase
/// that qualifies it, then the participle of the gerund's verb: "banned", "cut",
/// "required").
fn find_passive_of_gerund(words: &[(String, usize)], alias: &[String]) -> Vec<(usize, usize)> {
    let Some((gerund, object)) = gerund_and_object(alias) else {
        return Vec::new();
    };
    let participle = |w: &str| {
        let stem = w.strip_suffix("ed").unwrap_or(w);
        w != gerund
            && [stem.to_string(), format!("{stem}e")]
                .iter()
                .any(|base| is_gerund_of(gerund, base))
    };
    let mut found = find_turned_round(words, object, participle);
    found.extend(find_wanted_done(words, object, participle));
    found
}

/// Occurrences of `object` after a verb of wanting and before a participle `done`
/// accepts: "wants the airport closed" for "Closing the airport", "would like the
/// routes kept".
fn find_wanted_done(
    words: &[(String, usize)],
    object: &[String],
    done: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let n = object.len();
    (1..words.len().saturating_sub(n))
        .filter(|&s| (0..n).all(|j| words[s + j].0 == object[j]))
        .filter_map(|s| {
            // One determiner may stand between the verb and the object.
            let verb = if DETERMINERS.contains(&words[s - 1].0.as_str()) {
                s.checked_sub(2)?
            } else {
                s - 1
            };
            // ("do not want the airport closed" is left to the other readings.)
            let negated = words[verb.saturating_sub(2)..verb]
                .iter()
                .any(|w| matches!(w.0.as_str(), "not" | "n't" | "never" | "nobody" | "no"));
            let wanting = !negated
                && matches!(
                    words[verb].0.as_str(),
                    "want" | "wants" | "wanted" | "wanting" | "like" | "need" | "needs" | "needed"
                );
            (wanting && done(&words[s + n].0)).then_some((s, s + n))
        })
        .collect()
}

/// Occurrences of `object`, one or two verbs that link it, then a word `described`
/// accepts. Not after a modal ("the tax should be postponed"), nor in the subjunctive
/// ("recommended that the rate be raised"): that is a course urged, which the
/// recommendation's reading takes.
fn find_turned_round(
    words: &[(String, usize)],
    object: &[String],
    described: impl Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let n = object.len();
    (0..words.len().saturating_sub(n))
        .filter(|&s| (0..n).all(|j| words[s + j].0 == object[j]))
        .filter_map(|s| {
            let subjunctive = words.get(s + n).is_some_and(|w| w.0 == "be")
                && words[s.saturating_sub(SUBJUNCTIVE_REACH)..s]
                    .iter()
                    .any(|w| w.0 == "that");
            if subjunctive {
                return None;
            }
            let links = words[s + n..]
                .iter()
                .take(2)
                .take_while(|w| LINKS.contains(&w.0.as_str()))
                .count();
            (links > 0 && words.get(s + n + links).is_some_and(|w| described(&w.0)))
                .then_some((s, s + n + links + 1))
        })
        .collect()
}

/// "a cap on commissions" (an article before it or not): the noun of the action and
/// what the name puts after "on".
fn action_on_object(alias: &[String]) -> Option<(&String, &[String])> {
    let alias = match alias.first() {
        Some(w) if DETERMINERS.contains(&w.as_str()) => &alias[1..],
        _ => alias,
    };
    match alias {
        [noun, on, object @ ..] if on == "on" => Some((noun, object)),
        _ => None,
    }
}

/// The verbs `noun` is the noun of (`nominalizations.txt`: "cap" of "cap", "ban" of
/// "ban").
fn verbs_of_noun<'r>(noun: &str, res: &'r Resources) -> impl Iterator<Item = &'r String> {
    res.nominalizations
        .iter()
        .filter(move |(_, nouns)| nouns.iter().any(|n| n == noun))
        .map(|(verb, _)| verb)
}

/// Occurrences of a name of an action on a thing told as the thing undergoing it:
/// "Flying a recreational drone in any of the national parks will be banned" for "A ban
/// on recreational drones in national parks" (the noun's verb, `nominalizations.txt`,
/// as a participle after a form of "be", with every content word of what the name puts
/// after "on" among the few words before it).
fn find_passive_of_noun(
    words: &[(String, usize)],
    alias: &[String],
    res: &Resources,
) -> Vec<(usize, usize)> {
    /// Words of the subject before the verb.
    const SUBJECT_WORDS: usize = 12;
    let Some((noun, object)) = action_on_object(alias) else {
        return Vec::new();
    };
    let content: Vec<&str> = object
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(w) && !NAME_GRAMMAR.contains(w))
        .map(singular)
        .collect();
    if content.len() < 2 {
        return Vec::new();
    }
    let participles: Vec<String> = verbs_of_noun(noun, res)
        .flat_map(|verb| {
            let doubled = verb.chars().last().map(|c| format!("{verb}{c}ed"));
            [format!("{verb}ed"), format!("{verb}d")]
                .into_iter()
                .chain(doubled)
        })
        .collect();
    (1..words.len())
        .filter(|&p| participles.contains(&words[p].0) && LINKS.contains(&words[p - 1].0.as_str()))
        .filter_map(|p| {
            let from = p.saturating_sub(SUBJECT_WORDS + 1);
            let first = content
                .iter()
                .map(|c| (from..p).find(|&k| singular(&words[k].0) == *c))
                .collect::<Option<Vec<usize>>>()?
                .into_iter()
                .min()?;
            Some((first, p + 1))
        })
        .collect()
}

/// Occurrences of a name of an action on a thing told with the noun's verb: "Cap the
/// commission" for "a cap on commissions", "ban drones in the parks" for "A ban on
/// drones in national parks" (the noun's verb, `nominalizations.txt`, in any form but
/// after a determiner, then the head of what the name puts after "on", with at most
/// two words between and none that opens a phrase).
fn find_active_of_noun(
    words: &[(String, usize)],
    alias: &[String],
    res: &Resources,
) -> Vec<(usize, usize)> {
    /// Words between the verb and the head of its object ("the new").
    const OBJECT_WORDS: usize = 2;
    let Some((noun, object)) = action_on_object(alias) else {
        return Vec::new();
    };
    let Some(head) = head_of(object) else {
        return Vec::new();
    };
    let verbs: Vec<&String> = verbs_of_noun(noun, res).collect();
    let verb_form = |w: &str| verbs.iter().any(|v| is_form_of(w, v));
    (0..words.len())
        .filter(|&p| {
            verb_form(&words[p].0) && (p == 0 || !DETERMINERS.contains(&words[p - 1].0.as_str()))
        })
        .filter_map(|p| {
            let q = (p + 1..words.len().min(p + OBJECT_WORDS + 2))
                .take_while(|&k| !NAME_GRAMMAR.contains(&words[k].0.as_str()))
                .find(|&k| singular(&words[k].0) == singular(head))?;
            // The words must follow each other in the sentence, no punctuation between.
            (words[q].1 - words[p].1 == q - p).then_some((p, q + 1))
        })
        .collect()
}

/// "the cost of grounding flights is small next to that risk": the target at tokens
/// `first..=last` after "the cost of" (or "price of") whose cost is then judged small
/// is favoured, one whose cost is judged high opposed.
fn cost_judged(tokens: &[Token], first: usize, last: usize) -> Option<StanceLabel> {
    /// Words from the end of the target to its link verb ("during the exam").
    const LINK_WORDS: usize = 4;
    const SMALL: [&str; 10] = [
        "small",
        "low",
        "modest",
        "negligible",
        "minor",
        "trivial",
        "tiny",
        "minimal",
        "manageable",
        "affordable",
    ];
    const LARGE: [&str; 7] = [
        "high",
        "huge",
        "enormous",
        "steep",
        "prohibitive",
        "heavy",
        "large",
    ];
    let of = first.checked_sub(1).filter(|&k| tokens[k].lower == "of")?;
    let cost = of.checked_sub(1)?;
    if !matches!(tokens[cost].lower.as_str(), "cost" | "costs" | "price") {
        return None;
    }
    let link = (last + 1..tokens.len().min(last + 2 + LINK_WORDS))
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| {
            matches!(
                tokens[k].lower.as_str(),
                "is" | "are" | "was" | "were" | "be"
            )
        })?;
    let judged = tokens[link + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word)
        .find_map(|t| {
            if SMALL.contains(&t.lower.as_str()) {
                Some(StanceLabel::Favor)
            } else if LARGE.contains(&t.lower.as_str()) {
                Some(StanceLabel::Against)
            } else {
                None
            }
        })?;
    let negated = tokens[link + 1..]
        .iter()
        .take(2)
        .any(|t| is_negation(&t.lower));
    Some(if negated { flip(judged) } else { judged })
}

/// The rules' reading of the target at tokens `first..=last` of sentence `i`.
fn read_occurrence(
    doc: &Document,
    i: usize,
    first: usize,
    last: usize,
    res: &Resources,
) -> Reading {
    let tokens = doc.sentence_tokens(i);
    if let Some(label) = denied_and_renamed(&doc.text, tokens, first, last, res) {
        return Reading::cue(label);
    }
    let reading = read_claim(doc, i, first, last, res);
    if !doubted_evidence(tokens, first, last) && !answered_view(tokens, first, res) {
        return reading;
    }
    Reading {
        label: flip(reading.label),
        ..reading
    }
}

/// "Anyone who thinks the rule is too strict should visit a trauma ward": the view of
/// the target (from token `first`) that a relative clause opening the sentence gives to
/// those the speaker then advises is the view the speaker answers, not its own.
fn answered_view(tokens: &[Token], first: usize, res: &Resources) -> bool {
    /// Words between the verb of the view and the target ("that the").
    const VIEW_WORDS: usize = 3;
    /// Words of the subject before "who" ("Anyone", "Those", "People").
    const HOLDER_WORDS: usize = 2;
    /// Words of the view after the target, to the modal of the advice.
    const VIEW_CLAIM_WORDS: usize = 12;
    let Some(verb) = (first.saturating_sub(VIEW_WORDS + 1)..first)
        .rev()
        .find(|&k| res.is_speech_verb(&tokens[k].lower).is_some())
    else {
        return false;
    };
    let opening = tokens.iter().take_while(|t| !t.is_word).count();
    verb >= opening + 2
        && verb - 1 - opening <= HOLDER_WORDS
        && tokens[verb - 1].lower == "who"
        && tokens[opening..first].iter().all(|t| t.is_word)
        && tokens[first..]
            .iter()
            .take(VIEW_CLAIM_WORDS)
            .take_while(|t| t.is_word)
            .any(|t| matches!(t.lower.as_str(), "should" | "must" | "ought"))
}

/// Whether the sentence leaves the outcome of what it speaks of open: "whether it works
/// depends on ...", "it depends on the subsidies", "would depend on", "it is too early
/// to say", "remains to be seen" (not "the routes that hospitals depend on").
fn leaves_open(tokens: &[Token]) -> bool {
    let depends = tokens
        .windows(2)
        .position(|w| matches!(w[0].lower.as_str(), "depends" | "depend") && w[1].lower == "on");
    // Its subject is "it", or "that" opening a clause (not "businesses that depend on").
    let open_subject = |d: usize| {
        let mut s = d;
        while s > 0 && matches!(tokens[s - 1].lower.as_str(), "would" | "will") {
            s -= 1;
        }
        s > 0
            && match tokens[s - 1].lower.as_str() {
                "it" => true,
                "that" => s < 2 || !tokens[s - 2].is_word,
                _ => false,
            }
    };
    let open_dependence = depends
        .is_some_and(|d| tokens[..d].iter().any(|t| t.lower == "whether") || open_subject(d));
    open_dependence
        || lower_words(tokens).windows(4).any(|w| {
            matches!(w, ["too", "early" | "soon", "to", "say" | "tell" | "judge"])
                || matches!(w, ["remains", "to", "be", "seen"])
        })
}

/// "Keeping the ministries split is not a compromise; it is the most expensive option",
/// "This is not maintenance; it is vandalism with a permit": the target at tokens
/// `first..=last`, in the subject, denied what it is called and named anew. The new name
/// says the side when the lexicon weighs it, or when the denied name is a reproach ("is
/// not a reward for a way of life; it is help"); else what is denied is what its
/// defenders call it, and the speaker is against it.
fn denied_and_renamed(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    /// Words of the subject after the target, to its copula ("that turns away the
    /// travel agents who sell Korea abroad").
    const SUBJECT_WORDS: usize = 12;
    /// Words of the name denied, to the comma or semicolon.
    const DENIED_WORDS: usize = 8;
    let copula = (last + 1..tokens.len())
        .take(SUBJECT_WORDS + 1)
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| matches!(tokens[k].lower.as_str(), "is" | "are" | "was" | "were"))?;
    // The target is in the subject: no verb of its own clause before it.
    let clause_start = tokens[..first]
        .iter()
        .rposition(|t| !t.is_word && !matches!(t.lower.as_str(), "'" | "’" | "-"))
        .map_or(0, |p| p + 1);
    if tokens[clause_start..first]
        .iter()
        .any(|t| COPULAS.contains(&t.lower.as_str()))
        || tokens.get(copula + 1)?.lower != "not"
    {
        return None;
    }
    // "Late fees are not about money; they are about respect": what it is about, not
    // what it is called.
    if tokens.get(copula + 2).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "about" | "between" | "for" | "in" | "on" | "at" | "to" | "only" | "just" | "yet"
        )
    }) {
        return None;
    }
    let separator = (copula + 2..tokens.len())
        .take(DENIED_WORDS + 1)
        .find(|&k| !tokens[k].is_word)?;
    if !matches!(tokens[separator].lower.as_str(), ";" | "," | "—" | "–") || separator == copula + 2
    {
        return None;
    }
    let renamed = matches!(
        (
            tokens.get(separator + 1).map(|t| t.lower.as_str()),
            tokens.get(separator + 2).map(|t| t.lower.as_str())
        ),
        (
            Some("it" | "they" | "this" | "that"),
            Some("is" | "are" | "was" | "were")
        ) | (Some("it's" | "that's"), _)
    );
    if !renamed {
        return None;
    }
    let contracted = matches!(tokens[separator + 1].lower.as_str(), "it's" | "that's");
    let new_name_start = separator + if contracted { 2 } else { 3 };
    let new_name_end = (new_name_start..tokens.len())
        .find(|&k| !tokens[k].is_word && !matches!(tokens[k].lower.as_str(), "-" | "'" | "’"))
        .unwrap_or(tokens.len());
    let new_name = evaluation_in(text, tokens, new_name_start, new_name_end, None, res);
    let denied = evaluation_in(text, tokens, copula + 2, separator, None, res);
    Some(match (new_name, denied) {
        (Some(StanceLabel::Favor), _) | (None, Some(StanceLabel::Against)) => StanceLabel::Favor,
        _ => StanceLabel::Against,
    })
}

/// "the evidence that rate cuts bring back investment was weak", "there is little
/// evidence that the ban hurt sales": a claim about the target at tokens
/// `first..=last` whose evidence the speaker finds wanting is turned.
fn doubted_evidence(tokens: &[Token], first: usize, last: usize) -> bool {
    /// Words between "that" and the target's first word ("the new").
    const DETERMINER_WORDS: usize = 3;
    /// Words of the claim after the target, to the verb of its judgment ("bring back
    /// investment was").
    const CLAIM_WORDS: usize = 10;
    const SCANT: [&str; 7] = ["little", "no", "scant", "scarce", "thin", "weak", "limited"];
    const WANTING: [&str; 7] = [
        "weak",
        "thin",
        "scant",
        "lacking",
        "mixed",
        "limited",
        "inconclusive",
    ];
    let Some(that) = (first.saturating_sub(DETERMINER_WORDS + 1)..first)
        .rev()
        .find(|&k| tokens[k].lower == "that")
    else {
        return false;
    };
    if that == 0
        || !matches!(tokens[that - 1].lower.as_str(), "evidence" | "proof")
        || !tokens[that + 1..first].iter().all(|t| t.is_word)
    {
        return false;
    }
    let scant_before = tokens[..that - 1]
        .iter()
        .rev()
        .take(2)
        .any(|t| SCANT.contains(&t.lower.as_str()));
    let wanting_after = tokens[last + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(CLAIM_WORDS)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| COPULAS.contains(&w[0].lower.as_str()) && WANTING.contains(&w[1].lower.as_str()));
    scant_before || wanting_after
}

/// The reading of the target at tokens `first..=last`, taken as the speaker's own
/// claim.
fn read_claim(doc: &Document, i: usize, first: usize, last: usize, res: &Resources) -> Reading {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    // "If the government does not expand export credit this year, Chinese makers will
    // take the orders", "Unless we cap rents, ...": what goes wrong where the target is
    // not done is a reason for it, as with "Without X, ..." below.
    if denied_condition(tokens, first, last) {
        return Reading::cue(StanceLabel::Favor);
    }
    // "The Sunday closing rule was meant to ...": the noun of the frame the target is
    // put in place by belongs to its phrase.
    let framed = tokens
        .get(last + 1)
        .is_some_and(|t| FRAME_NOUNS.contains(&singular(&t.lower)));
    let last = if framed { last + 1 } else { last };
    let span = Span::new(tokens[first].span.start, tokens[last].span.end);
    let before = cue_window(tokens, first, res);
    if condition_of_acceptance(tokens, first) {
        return Reading::cue(StanceLabel::Favor);
    }
    if accepted_on_condition(tokens, first, last) {
        return Reading::no_side();
    }
    // "is weighing whether to let X", "should decide whether X": a question left open.
    if put_in_doubt(tokens, first) || aim_conceded(tokens, first, last) {
        return Reading::cue(StanceLabel::Against);
    }
    if let Some(label) = granted_then_but(&doc.text, tokens, first, last, res) {
        return Reading::cue(label);
    }
    if open_question_before(tokens, first)
        || refused_comment_before(tokens, first)
        || side_promised_on_condition(tokens, first)
    {
        return Reading::no_side();
    }
    if let Some(label) = judged_act(tokens, first, res) {
        return Reading::cue(label);
    }
    match attitude_toward(tokens, first).or_else(|| too_early_for(tokens, first, res)) {
        Some(StanceLabel::Neutral) => return Reading::no_side(),
        Some(label) => return Reading::cue(label),
        None => {}
    }
    if let Some(label) = awaited_outcome(tokens, first, last, res) {
        return Reading::cue(label);
    }
    if concern_voiced_over(tokens, first) {
        return Reading::cue(StanceLabel::Against);
    }
    if let Some(label) = wanted_done_before(tokens, first, last, res) {
        return Reading::cue(label);
    }
    if let Some(label) = threatened_over(tokens, first, last)
        .or_else(|| cost_judged(tokens, first, last))
        .or_else(|| conditioned_on_removal(tokens, first, last, res))
        .or_else(|| conditioned_on_target(tokens, first, last, res))
        .or_else(|| wanted_done(tokens, first, last, res))
    {
        return Reading::cue(label);
    }
    // A recommendation the learned head found has no parsed action to place the
    // target in (the sentence is read like any other) unless it is an imperative's,
    // from its verb ("Give students the vote").
    let parsed = |r: &&Recommendation| {
        !r.learned
            || tokens
                .iter()
                .find(|t| t.span.start == r.action_span.start)
                .is_some_and(|t| res.base_verbs.contains(&t.lower))
    };
    // "said Monday it would open 20 round-the-clock daycare centers": what the speaker
    // says it will do itself is read as what it urges.
    // "it would consider an annual limit" takes on a look at it, no side; "it would
    // decide on the pilot" a decision.
    let taken_on: Vec<Recommendation> = relevance::commitments(doc, i, res)
        .into_iter()
        .filter(|c| {
            !c.text.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "consider" | "weigh" | "discuss" | "explore" | "decide" | "rule"
                )
            })
        })
        .map(|c| Recommendation {
            actor: None,
            action: c.text,
            action_span: c.span,
            polarity: c.polarity,
            strength: Strength::Moderate,
            confidence: c.confidence,
            learned: false,
        })
        .chain(
            // "Raise the surcharge and people like me will pay more": an imperative
            // that warns of what follows it urges its action against; not when the
            // action holds a pronoun ("Force it, and you lose ..."), which may not be
            // resolved well enough to carry a side.
            warned_action(doc, i, res)
                .filter(|span| {
                    !tokens
                        .iter()
                        .any(|t| span.contains(t.span) && res.pronouns.contains_key(&t.lower))
                })
                .map(|span| Recommendation {
                    actor: None,
                    action: doc.slice(span).to_string(),
                    action_span: span,
                    polarity: Polarity::Avoid,
                    strength: Strength::Moderate,
                    confidence: WARNING_CONFIDENCE,
                    learned: false,
                }),
        )
        .collect();
    let urged = s.recommendations.iter().filter(parsed).map(|r| (r, false));
    for (r, committed) in urged.chain(taken_on.iter().map(|r| (r, true))) {
        // "it would support local governments that choose to keep the ban": what a
        // relative clause says others choose is theirs.
        // "urged ramen makers to lower their prices" for "Cutting the price of ramen":
        // a name that the urged one's words open is read from where the action starts.
        let (first, span) = match tokens[first..=last]
            .iter()
            .position(|t| t.span.start >= r.action_span.start)
        {
            Some(k) if k > 0 && r.action_span.contains(tokens[last].span) => {
                (first + k, Span::new(tokens[first + k].span.start, span.end))
            }
            _ => (first, span),
        };
        let relative = committed
            && tokens[..first].iter().any(|t| {
                t.span.start >= r.action_span.start
                    && matches!(t.lower.as_str(), "that" | "who" | "which")
            });
        if r.action_span.contains(span) && !relative {
            // An opposing verb anywhere in the target's conjunct of the action ("resist
            // pressure to match X"), not in another one ("end A and expand X").
            let conjunct = tokens[..first]
                .iter()
                .rposition(|t| {
                    t.span.start >= r.action_span.start
                        && matches!(t.lower.as_str(), "and" | "or" | "but" | "," | ";")
                })
                .map_or(0, |c| c + 1);
            // "should not focus on X", "should withdraw X": the action turns against X.
            // "without" denies only what its own conjunct names ("let people sell
            // without a license, with a pilot first": the pilot is not denied).
            let negated = tokens[..first].iter().enumerate().any(|(k, t)| {
                t.span.start >= r.action_span.start
                    && (text::is_negation(&t.lower) || (t.lower == "without" && k >= conjunct))
            });
            let in_action: Vec<&str> = tokens[conjunct..first]
                .iter()
                .filter(|t| t.is_word && t.span.start >= r.action_span.start)
                .map(|t| t.lower.as_str())
                .collect();
            // "redirect the incentive budget to public housing": what the money goes
            // to is favoured, not opposed.
            // So is what replaces ("replace the allowance with vouchers").
            let destination = in_action
                .iter()
                .position(|w| REDIRECTING.contains(w))
                .is_some_and(|at| in_action[at..].iter().any(|w| matches!(*w, "to" | "into")))
                || in_action
                    .iter()
                    .position(|w| REPLACING.contains(w))
                    .is_some_and(|at| in_action[at..].contains(&"with"))
                // "cut the school year from 190 to 180 days": the level a change of
                // quantity reaches.
                || (in_action.last() == Some(&"to")
                    && in_action.first().is_some_and(|w| {
                        res.action_directions.contains_key(*w)
                            || res
                                .action_directions
                                .contains_key(&base_of_gerund(w, &res.base_verbs))
                    }));
            // A removal word opposes what it removes ("urged Seoul to lift the ban").
            let opposing = |words: &[&str]| {
                res.stance_cues.iter().any(|(cue, label)| {
                    *label == StanceLabel::Against && find_words(words, cue).is_some()
                }) || res
                    .removal_words
                    .iter()
                    .any(|r| find_words(words, r).is_some())
            };
            // "end the exemption, not the fee", "scrap the exemption rather than the
            // fee": the target set against what the action acts on is spared what it
            // does, whatever the action does.
            let np = with_determiners(tokens, first);
            let before_np = |n: usize| np.checked_sub(n).map(|k| tokens[k].lower.as_str());
            let contrasted = matches!(
                (before_np(2), before_np(1)),
                (Some(","), Some("not"))
                    | (Some("rather"), Some("than"))
                    | (Some("instead"), Some("of"))
            );
            // "should stop topping trees", "urged it to delay the rollout": the verb of
            // the target's conjunct that lessens or ends what follows it (a stance cue
            // only where the word is no noun: "supported the stop"). So does one that
            // ends the act of a gerund between it and the target ("should stop charging
            // late fees", "stop requiring a deposit"); where that act itself lessens or
            // opposes, ending it is for the target ("should stop blocking the bill").
            let (lessened, opposition_ended) = match in_action
                .iter()
                .filter(|w| !DETERMINERS.contains(*w))
                .collect::<Vec<_>>()
                .as_slice()
            {
                [verb] => (crate::relevance::lessens(verb, res), false),
                [verb, act] if crate::relevance::lessens(verb, res) && act.ends_with("ing") => {
                    let against = crate::relevance::lessens(act, res) || opposing(&[act]);
                    (!against, against)
                }
                _ => (false, false),
            };
            let opposing = |words: &[&str]| (opposing(words) || lessened) && !opposition_ended;
            let (negated, opposed) = if contrasted {
                // What the action does, the contrast's two words aside.
                let whole: Vec<&str> = tokens[..np - 2]
                    .iter()
                    .filter(|t| t.is_word && t.span.start >= r.action_span.start)
                    .map(|t| t.lower.as_str())
                    .collect();
                (true, !destination && opposing(&whole))
            } else {
                (negated, !destination && opposing(&in_action))
            };
            // "apply the existing law before writing a new one": what the action puts
            // off, it does not urge.
            let mut k = first;
            while k > 0
                && (DETERMINERS.contains(&tokens[k - 1].lower.as_str())
                    || tokens[k - 1].lower.ends_with("ing"))
            {
                k -= 1;
            }
            // "set a limit before the rule takes effect": the target as the subject of
            // the clause of time is what comes after, not what is put off.
            let subject_of_clause = tokens.get(last + 1).is_some_and(|t| {
                AUXILIARIES.contains(&t.lower.as_str()) || is_present_of(&t.lower, &res.base_verbs)
            });
            // "promote from within before they recruit abroad": the act put off may
            // have its own subject.
            if k > 1
                && matches!(
                    tokens[k - 1].lower.as_str(),
                    "they" | "we" | "you" | "it" | "he" | "she"
                )
                && tokens[k - 2].lower == "before"
            {
                k -= 1;
            }
            // "build protected lanes first and enforce the ban afterward": an act urged
            // only once another is done first is put off as surely as one after "before".
            let after_first = tokens[last + 1..]
                .iter()
                .take_while(|t| t.span.end <= r.action_span.end)
                .any(|t| matches!(t.lower.as_str(), "afterward" | "afterwards" | "later"))
                && tokens[..first].iter().any(|t| t.lower == "first");
            let after_before = k > 0 && tokens[k - 1].lower == "before" && !subject_of_clause;
            // "put the budget in the law before the merger, not after": an event named
            // by a definite noun is taken as coming; what must precede it is no side.
            let precedes_event = after_before
                && matches!(tokens[k].lower.as_str(), "the" | "its" | "their")
                && !tokens[first..=last]
                    .iter()
                    .any(|t| t.lower.ends_with("ing"));
            let deferred = (after_before && !precedes_event) || after_first;
            // "hear athletes before they vote on X", "study X": a target in a clause of
            // time or condition inside the action, or the object of a look, is not what
            // the action urges; nor is advice the speaker reports as someone else's
            // ("\"Every few years someone says we should break up the platforms\"").
            // "end the link between subsidies and the freeze": a target inside
            // "between ... and ..." names what the acted-on noun joins, not that noun.
            let between = tokens[..first]
                .iter()
                .rev()
                .take(BETWEEN_TOKENS)
                .take_while(|t| t.span.start >= r.action_span.start)
                .any(|t| t.lower == "between");
            // "stop calling the cap a reform": what the action names the target is
            // urged, not the target.
            let named = before_np(1).is_some_and(|w| NAMING_VERBS.contains(&w));
            // "limit the pilot to large companies": the target is urged only within
            // bounds, which is no side on it ("acceptable only if").
            let bounded = matches!(
                before_np(1),
                Some("limit" | "restrict" | "confine" | "limiting" | "restricting" | "confining")
            ) && tokens
                .get(last + 1)
                .is_some_and(|t| t.lower == "to" && t.span.end <= r.action_span.end);
            // "said it would display the grades if the law required it": what a speaker
            // will do on a condition it names is no side of its own.
            let on_condition = committed && condition_follows(tokens, last);
            // "should not wait for the tax to act on schools": what is waited for is
            // neither urged nor opposed.
            let awaited = matches!(
                (before_np(2), before_np(1)),
                (Some("wait" | "waiting" | "waits"), Some("for" | "until"))
            ) || matches!(before_np(1), Some("await" | "awaiting"));
            let aside = between
                || precedes_event
                || awaited
                || named
                || bounded
                || on_condition
                || (!deferred
                    && (in_action.iter().any(|w| CLAUSE_OPENERS.contains(w))
                        || in_action
                            .first()
                            .is_some_and(|w| res.review_verbs.contains(*w))))
                || reported_inside_quote(doc, tokens, r, res);
            if aside {
                return Reading {
                    label: StanceLabel::Neutral,
                    confidence: r.confidence,
                    evidence: Evidence::Recommendation,
                };
            }
            // "should not let this idea die": urged to be let come to an end.
            let ended = let_change(tokens, first, last, res) == Some(StanceLabel::Against);
            let opposed = (opposed || deferred) != ended;
            let favor = (r.polarity == Polarity::Do) != (negated != opposed);
            let label = if favor {
                StanceLabel::Favor
            } else {
                StanceLabel::Against
            };
            // "urged the ministry to phase in the cut over three years instead": urged
            // slowed down, a side no surer than a mention's, which the speaker's
            // judgement of the target outweighs in the summary.
            let action = tokens
                .iter()
                .position(|t| r.action_span.contains(t.span))
                .map_or(0..0, |a| {
                    a..a + tokens[a..]
                        .iter()
                        .take_while(|t| r.action_span.contains(t.span))
                        .count()
                });
            let phased = action.clone().any(|k| {
                res.phasing_phrases
                    .iter()
                    .any(|p| k + p.len() <= action.end && phrase_at(tokens, k, p))
            });
            return Reading {
                label,
                confidence: if phased {
                    r.confidence.min(FROM_MENTION)
                } else {
                    r.confidence
                },
                evidence: Evidence::Recommendation,
            };
        }
    }
    // "Before you raise premiums, pay what you owe": what an opening clause of "before"
    // puts off until the urged act is done, it does not urge.
    if let Some(r) = put_off_by(doc, i, first) {
        return Reading {
            label: StanceLabel::Against,
            confidence: r.confidence,
            evidence: Evidence::Recommendation,
        };
    }
    if let Some(reading) = subject_of_recommendation(doc, i, last, res) {
        // "the pilot should be expanded only after its effects are verified": urged
        // under a condition, it is no side.
        if conditioned(tokens, last, res) {
            return Reading {
                label: StanceLabel::Neutral,
                ..reading
            };
        }
        return reading;
    }
    // "The answer is a better one, not a return to plastic": what is named the answer,
    // or denied it, before what the sentence's subject will do.
    if let Some(label) = named_as_the_answer(tokens, first) {
        return Reading::cue(label);
    }
    // "Flying a recreational drone in the parks will be banned from May, the park
    // service said": what an organisation reports, outside quotation marks, will be
    // done to the thing the target acts on is its rule.
    let announced = last >= 2
        && tokens[last].lower.ends_with("ed")
        && tokens[last - 1].lower == "be"
        && tokens[last - 2].lower == "will"
        && doc.sentences[i]
            .speaker
            .is_some_and(|s| doc.speakers[s].kind == SpeakerType::Organisation)
        && doc.sentences[i].quote != QuoteKind::Direct;
    if announced || commits_to(doc, i, first, res) {
        return Reading::cue(if condition_follows(tokens, last) {
            StanceLabel::Neutral
        } else {
            StanceLabel::Favor
        });
    }
    // "What she wants instead is an ex-ante law": what is named after "is".
    if preference_cleft(tokens).is_some_and(|(_, is)| is < first) {
        return Reading::cue(StanceLabel::Favor);
    }
    if let Some(label) = made_binding(tokens, first, last) {
        return Reading::cue(label);
    }
    if let Some(label) = own_plan_before(tokens, first, res) {
        return Reading::cue(label);
    }
    if let Some(label) =
        changed_since(tokens, first, res).or_else(|| seen_to_change(tokens, last, res))
    {
        return Reading::cue(label);
    }
    if credited_to(tokens, first) || cannot_be_undone(tokens, last, res) {
        return Reading::cue(StanceLabel::Favor);
    }
    if purpose_failed(tokens, last) {
        return Reading::cue(StanceLabel::Against);
    }
    // "Regarding concerns that a joint bid would ..., he said, \"...\"": the topic phrase
    // before the attribution is not the speaker's view of the target.
    if topic_phrase_end(tokens).is_some_and(|comma| comma > last) {
        return Reading::mention(StanceLabel::Neutral);
    }
    // "If the parents reject the merger, the school stays open": what an opening
    // condition supposes is done to the target is nobody's side on it.
    // The learned head may still read the consequence the main clause draws.
    if opening_clause_end(tokens, &["if", "unless"]).is_some_and(|comma| comma > last) {
        return Reading::mention(StanceLabel::Neutral);
    }
    // "The objection that the tax hits the poor hardest deserves an answer": what a
    // view named by a noun says of the target is that view's, not the speaker's.
    // ("that" is also a determiner, so it may open the target's determiners.)
    let that = (0..first)
        .rev()
        .take_while(|&k| k >= with_determiners(tokens, first))
        .find(|&k| tokens[k].lower == "that");
    if that.is_some_and(|k| k > 0 && VIEW_NOUNS.contains(&tokens[k - 1].lower.as_str())) {
        return Reading {
            label: StanceLabel::Neutral,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    // "He warned that going it alone will mean ...": the subject of a warning is what
    // it warns against.
    // "warned that a new real-name system would ...": past a word or two that describe
    // the target, to its determiners.
    let mut k = first;
    while first - k < 2
        && k > 0
        && tokens[k - 1].is_word
        && !DETERMINERS.contains(&tokens[k - 1].lower.as_str())
        && tokens[k - 1]
            .lower
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-')
        && describes_target(&tokens[k - 1].lower)
        && tokens[..k - 1]
            .iter()
            .rev()
            .take(2)
            .any(|t| DETERMINERS.contains(&t.lower.as_str()))
    {
        k -= 1;
    }
    let mut k = with_determiners(tokens, k);
    // "warned that the levy ...": the "that" after the verb opens its clause; it is no
    // determiner of the target.
    if k < first && tokens[k].lower == "that" {
        k += 1;
    }
    while k > 0 && text::is_opening_quote(&tokens[k - 1].lower) {
        k -= 1;
    }
    // "warned that junior employees learn most ... and that remote days could slow
    // their training": a second "that" of the same warning.
    let second_clause = k >= 2
        && tokens[k - 1].lower == "that"
        && tokens[k - 2].lower == "and"
        && (1..k - 2)
            .rev()
            .find(|&p| tokens[p].lower == "that")
            .is_some_and(|p| {
                WARNING_VERBS.contains(&tokens[p - 1].lower.as_str())
                    && !tokens[p + 1..k - 2]
                        .iter()
                        .any(|t| res.is_speech_verb(&t.lower).is_some())
            });
    if k >= 2
        && tokens[k - 1].lower == "that"
        && (WARNING_VERBS.contains(&tokens[k - 2].lower.as_str()) || second_clause)
    {
        return Reading::cue(StanceLabel::Against);
    }
    // "said regional wages had worked abroad but warned that the regions were too
    // small": what is granted, then warned about, is a mixed view.
    // "welcomed the decision but warned that supplies are short": a verb that takes
    // the target as its object takes a side that a later warning does not undo.
    let object_of_cue = {
        let k = with_determiners(tokens, first);
        res.stance_cues
            .iter()
            .any(|(cue, _)| k >= cue.len() && phrase_at(tokens, k - cue.len(), cue))
    };
    let warned_after = !object_of_cue
        && tokens[last + 1..]
            .windows(2)
            .any(|w| w[0].lower == "but" && WARNING_VERBS.contains(&w[1].lower.as_str()));
    if warned_after {
        return Reading {
            label: StanceLabel::Neutral,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    // "Cash grants can play a supporting role, but only as part of a package": a side
    // taken under a condition is none. So is one taken of a kind of the target that a
    // clause sets apart ("A pet tax that disappears into the general budget would lose
    // public support").
    if conditioned(tokens, last, res) || restricted_subject(tokens, first, last) {
        return Reading {
            label: StanceLabel::Neutral,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    // "Without a swap line, a large fund could shake the won": what the sentence
    // cannot do without, it favours.
    let (clause_start, _) = clause_bounds(tokens, first, last);
    // "..., but without a raise, the yards will empty": a conjunction before the
    // opening word joins the clause to the one before and changes nothing.
    let opening: Vec<&str> = tokens[clause_start..first]
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .skip_while(|w| matches!(*w, "but" | "and" | "yet" | "so"))
        .collect();
    // "and without a new runway we will lose transfer passengers": a subject pronoun
    // right after the target opens the main clause as a comma would.
    let closes_clause = tokens.get(last + 1).is_some_and(|t| {
        t.lower == "," || matches!(t.lower.as_str(), "we" | "they" | "i" | "you" | "he" | "she")
    });
    if closes_clause
        && opening.first() == Some(&"without")
        && opening[1..].iter().all(|w| DETERMINERS.contains(w))
    {
        return Reading::cue(StanceLabel::Favor);
    }
    // "With the top-up, I can finally hire someone": what the target lets the main
    // clause's subject do, it is favoured for ("we still cannot", against).
    /// Words of the main clause before its modal ("I can", "small firms will be able").
    const ENABLED_WORDS: usize = 4;
    if closes_clause
        && opening.first() == Some(&"with")
        && opening[1..].iter().all(|w| DETERMINERS.contains(w))
    {
        let main: Vec<&str> = tokens[last + 2..]
            .iter()
            .filter(|t| t.is_word)
            .take(ENABLED_WORDS + 3)
            .map(|t| t.lower.as_str())
            .collect();
        const ABILITY: [&str; 5] = ["can", "could", "cannot", "can't", "couldn't"];
        let modal = main
            .iter()
            .take(ENABLED_WORDS + 1)
            .position(|w| ABILITY.contains(w) || matches!(*w, "will" | "won't"));
        if let Some(m) = modal {
            let able =
                ABILITY.contains(&main[m]) || main.get(m + 1..m + 3) == Some(&["be", "able"][..]);
            let negated = matches!(main[m], "cannot" | "can't" | "couldn't" | "won't")
                || main.get(m + 1).is_some_and(|w| is_negation(w));
            if able {
                return Reading::cue(if negated {
                    StanceLabel::Against
                } else {
                    StanceLabel::Favor
                });
            }
        }
    }
    // "the drivers will not return without a 9 percent raise": what nothing happens
    // without is demanded.
    let k = with_determiners(tokens, first);
    let demanded = k > clause_start
        && tokens[k - 1].lower == "without"
        && tokens[clause_start..k - 1]
            .iter()
            .any(|t| is_negation(&t.lower));
    if demanded {
        return Reading::cue(StanceLabel::Favor);
    }
    // The side of what the verb at token `verb` does: its effect on a quantity, a verb of
    // good or harm, a risk, all it would do, or a verb joined to it that has one; with
    // the token it is read at.
    // The side of a verb of good or harm (consequence_verbs.txt) at token `verb`: "would
    // hollow out the districts", "would pay for garbage collection", "would make it
    // easier to hire" are verbs of two or three words the list holds.
    let consequence_at = |verb: usize| {
        // "the charge worked out at 8,000 won": a phrasal verb the list does not hold.
        let phrasal = tokens.get(verb + 1).is_some_and(|t| t.lower == "out");
        let words = |n: usize| {
            tokens.get(verb..verb + n).map(|w| {
                w.iter()
                    .map(|t| t.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        };
        let one = (!phrasal).then(|| tokens[verb].lower.clone());
        // "is hurting small firms": a progressive's "-ing" as its base verb.
        let progressive =
            verb > 0 && PROGRESSIVE_AUXILIARIES.contains(&tokens[verb - 1].lower.as_str());
        let bases = if progressive && tokens[verb].lower.ends_with("ing") && !phrasal {
            gerund_bases(&tokens[verb].lower)
        } else {
            Vec::new()
        };
        words(3)
            .into_iter()
            .chain(words(2))
            .chain(one)
            .chain(bases)
            .find_map(|key| res.consequence_verbs.get(&key).copied())
    };
    let effect_of = |verb: usize| -> Option<(StanceLabel, usize)> {
        if cost_made_small(tokens, verb) {
            return Some((StanceLabel::Favor, verb));
        }
        if only_moves(tokens, verb) {
            return Some((StanceLabel::Against, verb));
        }
        effect_at(tokens, verb, res)
            .or_else(|| consequence_at(verb))
            .or_else(|| puts_at_risk(tokens, verb))
            .or_else(|| left_in_a_state(tokens, verb))
            .or_else(|| treated_as_wrongdoers(tokens, verb))
            .or_else(|| all_it_would_do(tokens, first, verb))
            // "Removing them will not house a single person": what it would do for even
            // one is its good, which the negation before the verb denies.
            .or_else(|| phrase_at(tokens, verb + 1, &["a", "single"]).then_some(StanceLabel::Favor))
            .map(|label| (label, verb))
            .or_else(|| {
                // A verb whose object has no side ("create a second-class
                // workforce", "would block the river from the neighborhoods") may
                // be joined to one that has ("and drag down wages", "and push up
                // land prices", "and added little to the economy").
                // ("and pay for itself within a decade": of more than one word too.)
                let next = coordinated_verb(tokens, verb)?;
                effect_at(tokens, next, res)
                    .or_else(|| consequence_at(next))
                    .map(|label| (label, next))
            })
    };
    // "would help hospitals cut waiting times": what the subject lets or helps someone
    // do, or else its own verb ("would help the people who ...").
    let effect_through = |verb: usize| {
        enabled_verb(tokens, verb, res)
            .and_then(effect_of)
            .or_else(|| effect_of(verb))
    };
    let consequence_after = |subject: usize| {
        verb_after_subject(tokens, subject).and_then(|(verb, negated)| {
            let (label, read_at) = effect_through(verb)?;
            // "The scheme failed because it covered only some cafes, not because the idea
            // is wrong": an effect put down to another cause is excused, not held
            // against the subject.
            let excused = tokens[verb..]
                .windows(2)
                .any(|w| w[0].lower == "not" && w[1].lower == "because");
            if excused {
                return None;
            }
            // "summer time saves less than 0.5 percent of electricity": a good or a harm
            // made small is said the other way.
            // So is one confined to a few at the end of its clause ("helps families
            // with a car, and nobody else.").
            let rest: Vec<&str> = tokens[read_at + 1..]
                .iter()
                .map(|t| t.lower.as_str())
                .take_while(|w| !matches!(*w, ";" | "." | "but"))
                .collect();
            // "would cost about 60 billion won a year, ..., and would help keep islands
            // from emptying", "costs drivers seconds and saves lives": a cost told with
            // the good it buys is said for the subject.
            let bought = || {
                (read_at + 1..tokens.len())
                    .take_while(|&k| !matches!(tokens[k].lower.as_str(), ";" | "but"))
                    .filter(|&k| tokens[k].lower == "and")
                    .find_map(|and| {
                        let modal = tokens[and - 1].lower == ","
                            && tokens
                                .get(and + 1)
                                .is_some_and(|m| matches!(m.lower.as_str(), "would" | "will"));
                        effect_through(if modal { and + 2 } else { and + 1 })
                            .filter(|&(side, _)| side == StanceLabel::Favor)
                    })
            };
            if label == StanceLabel::Against
                && !negated
                && matches!(tokens[read_at].lower.as_str(), "cost" | "costs")
                && bought().is_some()
            {
                return Some(StanceLabel::Favor);
            }
            let confined = rest.ends_with(&[",", "and", "nobody", "else"])
                || rest.ends_with(&[",", "and", "no", "one", "else"]);
            // "raise births for a year or two, and then the effect disappears": a good
            // that does not last is said against the subject.
            let fleeting = rest.windows(2).any(|w| {
                matches!(
                    w[0],
                    "effect" | "effects" | "benefit" | "benefits" | "boost"
                ) && FADING.contains(&w[1])
            });
            let minimized = made_small_or_none(tokens, read_at, res)
                || confined
                || (fleeting && label == StanceLabel::Favor);
            Some(if negated != minimized {
                flip(label)
            } else {
                label
            })
        })
    };
    // The cue nearest the target governs it ("the demand to scrap the increase": scrap);
    // an opposing cue before that one turns it ("resisting calls to scrap X").
    // "open to both a ban and rest breaks": a cue word after a determiner and before
    // "and" is a noun in a list, no verb acting on what follows.
    let listed_noun = |at: usize, len: usize| {
        at > 0
            && DETERMINERS.contains(&before[at - 1])
            && before
                .get(at + len)
                .is_some_and(|w| matches!(*w, "and" | "or"))
    };
    // "the proposed population ministry": a participle after a determiner describes
    // the target; no one proposes it here.
    let participle = |at: usize, len: usize| {
        len == 1 && at > 0 && DETERMINERS.contains(&before[at - 1]) && before[at].ends_with("ed")
    };
    // "the association's demand for an opt-out is unworkable": a cue owned by another
    // party tells that party's side; what the sentence says of it is the speaker's.
    // ("the association's fallback demand": a word may describe the cue; not "The
    // Korean Alzheimer's Association backed", where the word is the subject of a verb
    // in the past.)
    let owned_by_another = |at: usize| {
        (at.saturating_sub(2)..at).any(|j| {
            possessor(before[j]).is_some_and(|p| {
                !matches!(p, "it" | "that" | "there" | "what" | "he" | "she" | "who")
            }) && (j + 1 == at || !before[at].ends_with("ed"))
        })
    };
    let cues: Vec<(usize, usize, StanceLabel)> = res
        .stance_cues
        .iter()
        .filter_map(|(cue, label)| find_words(&before, cue).map(|at| (at, cue.len(), *label)))
        .filter(|&(at, len, _)| {
            !listed_noun(at, len) && !participle(at, len) && !owned_by_another(at)
        })
        // "replace the allowance with vouchers": what replaces is favoured.
        .map(|(at, len, label)| {
            let replaced_with =
                REPLACING.contains(&before[at]) && before[at + len..].contains(&"with");
            (
                at,
                len,
                if replaced_with {
                    StanceLabel::Favor
                } else {
                    label
                },
            )
        })
        .collect();
    // "support local governments that choose to keep the scheme", "local governments
    // may keep the scheme": a cue in a relative clause on a group, or left to a group's
    // option, is the group's choice, which the speaker only describes.
    let groups_choice = !cues.is_empty()
        && (clause_start + 1..first).any(|p| {
            matches!(tokens[p].lower.as_str(), "that" | "who" | "may")
                && tokens[p - 1].is_word
                && tokens[p - 1].lower.len() > 3
                && tokens[p - 1].lower.ends_with('s')
                && res.is_speech_verb(&tokens[p - 1].lower).is_none()
        });
    // "A court can overturn an ordinance, but it cannot make a school gate safe": what
    // another is able to do to the target, granted before a "but", is no side on it.
    let granted = cues.iter().any(|&(at, _, _)| {
        at >= 2
            && matches!(before[at - 1], "can" | "could" | "may")
            && !matches!(before[at - 2], "we" | "i" | "you")
    }) && tokens[last + 1..].iter().any(|t| t.lower == "but");
    if groups_choice || granted {
        return Reading::no_side();
    }
    if let Some(&(at, len, label)) = cues.iter().max_by_key(|(at, len, _)| (at + len, *len)) {
        // "would not delay the conversion": a negation before the cue turns it; so does
        // one anywhere before it in the clause of a permission ("no company would be
        // allowed to cut wages").
        let permission = before[at..].iter().any(|w| PERMISSIONS.contains(w));
        // "would not replace the allowance with vouchers": so does one before what the
        // target replaces.
        let replacing = REPLACING.contains(&before[at]);
        let negated = before[..at].iter().any(|w| is_negation(w))
            || ((permission || replacing)
                && tokens[clause_start..first]
                    .iter()
                    .any(|t| is_negation(&t.lower)))
            // "would not let that hold up the amendment": what the speaker will not let
            // happen to the target, from further back than the cue window.
            || tokens[clause_start..first].windows(2).any(|w| {
                is_negation(&w[0].lower)
                    && matches!(w[1].lower.as_str(), "let" | "allow")
            });
        // "Delaying the levy would hurt exporters": a gerund that opens the clause is
        // the subject of what follows; its consequence decides, turned when the gerund
        // acts against the target (`read_mentions` turns it after a removal word,
        // "Scrapping the levy").
        // The clause may open after a verb of speech ("Ahn said scrapping the levy
        // would ...") or its "that".
        let subject_start = opening
            .iter()
            .rposition(|w| *w == "that" || res.is_speech_verb(w).is_some())
            .map_or(0, |p| p + 1);
        let mut opening = &opening[subject_start..];
        // "But blaming the merger ...": a conjunction joins the clause to what came
        // before; the gerund still opens it.
        if opening
            .first()
            .is_some_and(|w| matches!(*w, "but" | "and" | "yet" | "so"))
        {
            opening = &opening[1..];
        }
        let gerund_subject = before[at + len - 1].ends_with("ing")
            && opening.len() >= len
            && opening[..len] == before[at..at + len]
            && opening[len..].iter().all(|w| DETERMINERS.contains(w));
        // "Blaming the merger for that would be dishonest": what the gerund's clause is
        // called after its copula.
        let called = || {
            let (_, clause_end) = clause_bounds(tokens, first, last);
            let copula =
                (last + 1..clause_end).find(|&k| COPULAS.contains(&tokens[k].lower.as_str()))?;
            evaluation_in(&doc.text, tokens, copula + 1, clause_end, None, res)
        };
        if gerund_subject && let Some(side) = consequence_after(last).or_else(called) {
            return Reading {
                label: if label == StanceLabel::Against && !removed_before(tokens, first, res) {
                    flip(side)
                } else {
                    side
                },
                confidence: FROM_EVALUATION,
                evidence: Evidence::Evaluation,
            };
        }
        let opposed = cues
            .iter()
            .any(|&(a, len, l)| a + len <= at && l == StanceLabel::Against)
            || opposed_from_afar(tokens, clause_start, first, &before[at..at + len], res);
        return Reading {
            label: if negated != opposed {
                flip(label)
            } else {
                label
            },
            confidence: FROM_CUE,
            evidence: Evidence::Cue,
        };
    }
    if let Some(label) = permitted_before(tokens, first) {
        return Reading::cue(label);
    }
    if let Some(label) = preference(tokens, first) {
        return Reading::cue(label);
    }
    if let Some(label) = cue_on_an_attempt(tokens, first, res) {
        return Reading::cue(label);
    }
    // "Without subsidies, a boiler ban is a tax on poorer tenants": what is said of the
    // target under a missing condition is no side on the target itself.
    // So is what is said of it under a condition that opens the sentence ("If the day
    // is filled with activities, the pilot is worth trying").
    let opening_without = tokens
        .iter()
        .position(|t| t.is_word)
        .is_some_and(|w| matches!(tokens[w].lower.as_str(), "without" | "if" | "unless"))
        && tokens[..first].iter().any(|t| t.lower == ",");
    if opening_without {
        return Reading {
            label: StanceLabel::Neutral,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    if denies_its_name(tokens, last) {
        return Reading {
            label: StanceLabel::Against,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    // "X would ease payments for a year, but it would also push prices up": the clause
    // after "but" is the one the speaker weighs, over what the target's own clause says.
    let contrast = contrasted_pronoun(tokens, last).and_then(|p| {
        let (start, end) = clause_bounds(tokens, p, p);
        evaluation_in(&doc.text, tokens, start, end, Some((p, p)), res)
            .or_else(|| consequence_after(p))
    });
    // "The freeze is popular, and it is the wrong call": with nothing in its own
    // clause, an evaluation of the target by its pronoun in a clause joined after it.
    let joined = || {
        let p = joined_pronoun(tokens, last)?;
        let (start, end) = clause_bounds(tokens, p, p);
        evaluation_in(&doc.text, tokens, start, end, Some((p, p)), res)
    };
    // "would target the roads that are jammed, and the revenue could pay for shuttle
    // buses": what the target brings in, doing good or harm in a clause joined after.
    let yielded = || {
        let noun = joined_yield(tokens, last)?;
        consequence_after(noun)
    };
    // "It is a small change, and a welcome one": the complement said again, judged.
    let elliptical = || {
        let (article, one) = elliptical_complement(tokens, last)?;
        evaluation_in(&doc.text, tokens, article, one + 1, None, res)
    };
    // "the decision would cost them their best weeks of the year": when the target's
    // own verb does harm, a word of praise after it describes what is lost.
    let harm_first = verb_after_subject(tokens, last)
        .filter(|&(verb, negated)| {
            !negated
                && res.consequence_verbs.get(&tokens[verb].lower) == Some(&StanceLabel::Against)
                && tokens[verb + 1..]
                    .iter()
                    .take_while(|t| t.is_word)
                    .any(|t| one_word_evaluation(&t.lower, res) == Some(StanceLabel::Favor))
        })
        .is_some();
    if harm_first {
        return Reading::mention(StanceLabel::Against);
    }
    if let Some(label) = contrast
        .or_else(|| comparison_against(tokens, first, res))
        .or_else(|| clause_evaluation(&doc.text, tokens, first, last, res))
        .or_else(joined)
        .or_else(yielded)
        .or_else(elliptical)
    {
        // "a lower voting age alone will do little if ...": what the target cannot do
        // by itself limits it; it is no case against it.
        let alone = ALONE.iter().any(|a| phrase_at(tokens, last + 1, a));
        let label = if alone && label == StanceLabel::Against {
            StanceLabel::Neutral
        } else {
            label
        };
        return Reading {
            label,
            confidence: FROM_EVALUATION,
            evidence: Evidence::Evaluation,
        };
    }
    // "AI textbooks could help, and we do not oppose them": a side taken later in the
    // sentence on the target by its pronoun, when nothing nearer gave one.
    if let Some(label) = cue_on_pronoun_after(tokens, last, res) {
        return Reading::cue(label);
    }
    if let Some(label) = side_of_opening_group(tokens, first, res) {
        return Reading::cue(label);
    }
    // A verb of good or harm, or one that raises or lowers a quantity good or bad to
    // have, is the weakest reading: a mention still (the head is trained on such
    // sentences), whose side `decide` takes over the head's.
    // "the phone costs about the same as a flagship": a good or a harm said to be a
    // match for another's is a comparison, no side.
    let matched = verb_after_subject(tokens, last)
        .is_some_and(|(verb, _)| EQUALIZERS.iter().any(|m| phrase_at(tokens, verb + 1, m)));
    if matched {
        return Reading::no_side();
    }
    if let Some(label) =
        consequence_after(last).filter(|_| !object_of_relative_clause(tokens, first))
    {
        // "talks on a voluntary agreement failed": how the talks went, no side on it.
        if topic_of_process(tokens, first) {
            return Reading::no_side();
        }
        return Reading::mention(label);
    }
    Reading::mention(StanceLabel::Neutral)
}

/// Nouns for a process of deciding, whose verb tells how the process went, not what
/// the thing decided does ("talks on a voluntary agreement failed").
const PROCESS_NOUNS: [&str; 14] = [
    "talks",
    "negotiations",
    "debate",
    "debates",
    "discussions",
    "consultations",
    "hearing",
    "hearings",
    "vote",
    "votes",
    "review",
    "study",
    "deliberations",
    "dispute",
];

/// Whether the target at token `first` is what a process of deciding is about ("talks
/// on", "the debate over", "a vote on"): the verb after it is the process's.
fn topic_of_process(tokens: &[Token], first: usize) -> bool {
    let k = with_determiners(tokens, first);
    k >= 2
        && matches!(tokens[k - 1].lower.as_str(), "on" | "over" | "about" | "of")
        && PROCESS_NOUNS.contains(&tokens[k - 2].lower.as_str())
}

/// Whether the target at token `first` is the object in a relative clause on another
/// noun ("builders whose apartments fail the noise test will not receive approval",
/// "drivers who ignore the ban will pay"): the verb after it is that noun's, no good or
/// harm of the target's.
fn object_of_relative_clause(tokens: &[Token], first: usize) -> bool {
    /// Words between the relative pronoun and the target or verb.
    const CLAUSE_WORDS: usize = 8;
    // ("who argued that cutting rates would help": "that" opens a clause of its own.)
    tokens[..first]
        .iter()
        .rev()
        .take_while(|t| t.is_word && t.lower != "that")
        .take(CLAUSE_WORDS)
        .any(|t| matches!(t.lower.as_str(), "who" | "whose"))
}

/// Words after a target that take it by itself ("the tax alone", "on its own").
const ALONE: [&[&str]; 4] = [
    &["alone"],
    &["on", "its", "own"],
    &["by", "itself"],
    &["in", "isolation"],
];

/// Verbs that move money or effort from one thing to another (stance_cues.txt has them
/// against what they move).
const REDIRECTING: [&str; 8] = [
    "redirect",
    "redirecting",
    "redirected",
    "divert",
    "diverting",
    "diverted",
    "reallocate",
    "reallocating",
];

/// Verbs that put one thing in another's place (stance_cues.txt has them against what
/// they replace; what they replace it "with" they favour).
const REPLACING: [&str; 4] = ["replace", "replaces", "replaced", "replacing"];

/// "will allow patients to receive remote consultations": the side of a permission
/// (favour; against when denied) on what the permitted act takes, the target at token
/// `first` right after the act's verb and its determiners.
fn permitted_before(tokens: &[Token], first: usize) -> Option<StanceLabel> {
    /// Words of the permitted party between the permission and "to".
    const PARTY_WORDS: usize = 3;
    let verb = with_determiners(tokens, first).checked_sub(1)?;
    let to = verb.checked_sub(1).filter(|&t| tokens[t].lower == "to")?;
    let permission = (to.saturating_sub(PARTY_WORDS + 1)..to)
        .rev()
        .find(|&k| PERMITTING.contains(&tokens[k].lower.as_str()))?;
    if !tokens[permission + 1..to].iter().all(|t| t.is_word) || !tokens[verb].is_word {
        return None;
    }
    let (clause_start, _) = clause_bounds(tokens, permission, permission);
    let denied = tokens[clause_start..permission]
        .iter()
        .any(|t| is_negation(&t.lower));
    Some(if denied {
        StanceLabel::Against
    } else {
        StanceLabel::Favor
    })
}

/// Verbs that permit someone to do something ("allow patients to receive X").
const PERMITTING: [&str; 9] = [
    "allow", "allows", "allowed", "allowing", "let", "lets", "permit", "permits", "enable",
];

/// Nouns for a view that a "that" clause states ("the objection that ...").
const VIEW_NOUNS: [&str; 16] = [
    "objection",
    "objections",
    "claim",
    "claims",
    "argument",
    "arguments",
    "criticism",
    "complaint",
    "complaints",
    "fear",
    "fears",
    "worry",
    "worries",
    "notion",
    "charge",
    "accusation",
];

/// Words that join two verbs' phrases ("create X and drag down Y").
const COORDINATORS: [&str; 3] = ["and", "or", "but"];

/// The verb of the phrase joined to the one of the verb at token `verb` ("would create
/// a second-class workforce and drag down wages"): the word after the first "and" or
/// "or" of its clause, adverbs aside.
fn coordinated_verb(tokens: &[Token], verb: usize) -> Option<usize> {
    let rest = tokens.get(verb + 1..)?;
    let and = rest
        .iter()
        .take_while(|t| t.is_word)
        .position(|t| matches!(t.lower.as_str(), "and" | "or"))?;
    (verb + 2 + and..tokens.len()).find(|&k| !is_step_before_verb(&tokens[k].lower))
}

/// Whether sentence `i` is an organisation's report, outside quotation marks, of a
/// course it takes or asks for ("will", "would", "plans", "proposed", "asked ... to"),
/// not one it refuses ("would not enforce"), only weighs ("whether", "is reviewing")
/// or offers in place of another ("asked the ministry to count contracts toward the
/// quota instead").
pub(crate) fn announces_course(doc: &Document, i: usize) -> bool {
    let s = &doc.sentences[i];
    let organisation = s
        .speaker
        .is_some_and(|k| doc.speakers[k].kind == SpeakerType::Organisation);
    if !organisation || s.quote == QuoteKind::Direct {
        return false;
    }
    let words = lower_words(doc.sentence_tokens(i));
    let course = words.iter().any(|w| {
        matches!(
            *w,
            "will" | "would" | "plans" | "proposed" | "proposes" | "asked" | "wants" | "pledged"
        )
    });
    let refused = words.windows(2).any(|w| {
        (matches!(w[0], "will" | "would") && is_negation(w[1]))
            || matches!(w[0], "won't" | "wouldn't")
    });
    let weighed = words.iter().any(|w| {
        matches!(
            *w,
            "whether" | "considering" | "reviewing" | "studying" | "weighing" | "reconsidering"
        )
    });
    let alternative =
        words.contains(&"instead") || find_words(&words, &["rather", "than"]).is_some();
    course && !refused && !weighed && !alternative
}

/// A negation (`text::is_negation`), or "without", which denies what follows it too.
fn is_negation(w: &str) -> bool {
    text::is_negation(w) || w == "without"
}

/// An auxiliary or an adverb, which may stand between a subject and its verb ("would
/// also", "has already", "will simply").
fn is_step_before_verb(w: &str) -> bool {
    AUXILIARY_STEPS.contains(&w) || (w.ends_with("ly") && w.len() > 4)
}

/// Whether a condition (condition_phrases.txt) follows the target ending at token
/// `last` in its sentence.
fn conditioned(tokens: &[Token], last: usize, res: &Resources) -> bool {
    let after = lower_words(&tokens[last + 1..]);
    // "not opposed to light rail in the long run, once ridership justified it": a
    // clause of "once" after a comma sets the condition ("once a year", "once again"
    // say how often).
    let once = tokens[last + 1..].windows(3).any(|w| {
        w[0].lower == ","
            && w[1].lower == "once"
            && w[2].is_word
            && !matches!(
                w[2].lower.as_str(),
                "a" | "again" | "more" | "in" | "or" | "and" | "every" | "per"
            )
    });
    once || res
        .condition_phrases
        .iter()
        .any(|p| find_words(&after, p).is_some())
}

/// Whether the target at token `first` follows an opening "if" clause and a speaker's
/// "will" or "would" ("If the money disappears into the general budget, we will oppose
/// it"): a side promised on a condition is none yet.
fn side_promised_on_condition(tokens: &[Token], first: usize) -> bool {
    /// Words of an interview's answer label or a quotation mark before "if".
    const OPENING_TOKENS: usize = 3;
    /// Tokens from the speaker's pronoun to the target ("we will strongly oppose").
    const PROMISE_TOKENS: usize = 5;
    let Some(opening) = tokens
        .iter()
        .take(OPENING_TOKENS + 1)
        .position(|t| t.lower == "if")
    else {
        return false;
    };
    let Some(comma) = tokens
        .get(opening..first)
        .and_then(|clause| clause.iter().rposition(|t| t.lower == ","))
    else {
        return false;
    };
    let comma = opening + comma;
    first > comma + 2
        && first - comma <= PROMISE_TOKENS + 1
        && matches!(tokens[comma + 1].lower.as_str(), "we" | "i" | "they")
        && matches!(tokens[comma + 2].lower.as_str(), "will" | "would")
        && tokens[comma + 3..first].iter().all(|t| t.is_word)
}

/// Whether the target at tokens `first..=last` opens its sentence (after a determiner
/// at most) and a relative clause restricts it, under a hypothetical "would" or
/// "could": "A tax that disappears into the budget would lose support".
fn restricted_subject(tokens: &[Token], first: usize, last: usize) -> bool {
    let opening = tokens.iter().position(|t| t.is_word);
    let opens = opening.is_some_and(|o| {
        first == o || (first == o + 1 && matches!(tokens[o].lower.as_str(), "a" | "an" | "any"))
    });
    opens
        && tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "that" | "which"))
        && tokens[last + 1..]
            .iter()
            .take_while(|t| t.is_word)
            .any(|t| matches!(t.lower.as_str(), "would" | "could"))
}

/// The recommendation after an opening clause of "before" that holds the target at token
/// `first` ("Before you raise premiums, pay what you owe").
fn put_off_by(doc: &Document, i: usize, first: usize) -> Option<&Recommendation> {
    let tokens = doc.sentence_tokens(i);
    let opening = tokens.iter().position(|t| t.is_word)?;
    if tokens[opening].lower != "before" || first <= opening {
        return None;
    }
    let comma = (opening..tokens.len()).find(|&k| tokens[k].lower == ",")?;
    if first > comma {
        return None;
    }
    doc.sentences[i]
        .recommendations
        .iter()
        .find(|r| r.action_span.start >= tokens[comma].span.end)
}

/// "would make deposit insurance mandatory": what is made binding for everyone is
/// favoured; what is made optional, opposed.
fn made_binding(tokens: &[Token], first: usize, last: usize) -> Option<StanceLabel> {
    let k = with_determiners(tokens, first);
    let made = k > 0
        && matches!(
            tokens[k - 1].lower.as_str(),
            "make" | "makes" | "made" | "making"
        );
    if !made {
        return None;
    }
    match tokens.get(last + 1)?.lower.as_str() {
        "mandatory" | "compulsory" | "universal" | "permanent" => Some(StanceLabel::Favor),
        "optional" | "voluntary" => Some(StanceLabel::Against),
        _ => None,
    }
}

/// "the answer is a loading zone, not the removal of the lane": what is named the
/// answer (the solution, the fix) is favoured; what is set against it with "not",
/// opposed.
fn named_as_the_answer(tokens: &[Token], first: usize) -> Option<StanceLabel> {
    const ANSWER_NOUNS: [&str; 5] = ["answer", "solution", "fix", "remedy", "cure"];
    /// Words of what it answers ("to a bad substitute") before "is".
    const ANSWERED_WORDS: usize = 5;
    let copula = |k: usize| matches!(tokens[k].lower.as_str(), "is" | "was");
    let is = (1..first.saturating_sub(1)).rev().find_map(|k| {
        if !ANSWER_NOUNS.contains(&tokens[k].lower.as_str()) || tokens[k - 1].lower != "the" {
            return None;
        }
        if copula(k + 1) {
            return Some(k + 1);
        }
        // "the answer to a bad substitute is": what it answers, then "is".
        if !matches!(tokens[k + 1].lower.as_str(), "to" | "for") {
            return None;
        }
        (k + 2..first.min(k + 3 + ANSWERED_WORDS))
            .take_while(|&j| tokens[j].is_word)
            .find(|&j| copula(j))
    })?;
    // "The answer is not X but Y" is read by the rules of contrast.
    if tokens.get(is + 1).is_some_and(|t| t.lower == "not") {
        return None;
    }
    let denied = tokens[is + 1..first]
        .windows(2)
        .any(|w| w[0].lower == "," && w[1].lower == "not");
    Some(if denied {
        StanceLabel::Against
    } else {
        StanceLabel::Favor
    })
}

/// Nouns of a course of action someone has set themselves ("his pledge to turn car
/// lanes into bike lanes").
const PLAN_NOUNS: [&str; 8] = [
    "pledge", "plan", "promise", "proposal", "bid", "vow", "push", "drive",
];

/// "defended his pledge to turn one car lane ... into protected bike lanes": a target
/// inside the subject's own plan, named by a possessive and a noun of a course of
/// action with its infinitive, in the same clause. The plan is the subject's side:
/// favour, against when the infinitive removes what follows it ("her plan to scrap
/// X") or the verb before drops the plan ("abandoned its plan to build X").
fn own_plan_before(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Tokens from the possessive to the target.
    const PLAN_TOKENS: usize = 16;
    let from = first.saturating_sub(PLAN_TOKENS);
    let clause_start = tokens[from..first]
        .iter()
        .rposition(|t| !t.is_word)
        .map_or(from, |p| from + p + 1);
    let n = (clause_start + 1..first.saturating_sub(2)).find(|&n| {
        matches!(
            tokens[n - 1].lower.as_str(),
            "his" | "her" | "its" | "their" | "our" | "my"
        ) && PLAN_NOUNS.contains(&tokens[n].lower.as_str())
            && tokens[n + 1].lower == "to"
            && res.base_verbs.contains(&tokens[n + 2].lower)
    })?;
    let against = |words: &[&str]| {
        res.stance_cues
            .iter()
            .any(|(cue, label)| *label == StanceLabel::Against && find_words(words, cue).is_some())
    };
    let plan: Vec<&str> = tokens[n + 2..first]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let dropped = n >= 2 && against(&[tokens[n - 2].lower.as_str()]);
    Some(if against(&plan) != dropped {
        StanceLabel::Against
    } else {
        StanceLabel::Favor
    })
}

/// Whether a recommendation inside a quotation is someone else's that the speaker
/// reports: a verb of speech before it, inside the quotation, whose subject is not
/// the speaker ("someone says we should", not "I say we should").
fn reported_inside_quote(
    doc: &Document,
    tokens: &[Token],
    r: &Recommendation,
    res: &Resources,
) -> bool {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.end <= r.action_span.start && doc.in_speech_quote(t.span.start))
        .any(|(k, t)| {
            res.is_speech_verb(&t.lower).is_some()
                && k > 0
                && doc.in_speech_quote(tokens[k - 1].span.start)
                && tokens[k - 1].is_word
                && !matches!(tokens[k - 1].lower.as_str(), "i" | "we")
                // "the real answer is to cut ...": a noun before its copula.
                && !tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "is" | "was" | "are" | "were"))
        })
}

/// Whether a "whether" opens the clause the target at token `first` stands in, a few
/// words before it and with no punctuation between.
fn open_question_before(tokens: &[Token], first: usize) -> bool {
    whether_before(tokens, first).is_some()
}

/// Words between "whether" and the target ("whether to let doctors trained abroad").
const QUESTION_WORDS: usize = 6;

/// The "whether" a few words before the target at token `first`.
fn whether_before(tokens: &[Token], first: usize) -> Option<usize> {
    (first.saturating_sub(QUESTION_WORDS + 1)..first)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].lower == "whether")
}

/// "questioned whether a label would mean anything": a question put in doubt of the
/// target is a case against it, no open question; so is a doubt of the target itself
/// ("doubted the bill could work", "doubts that the fee will last").
fn put_in_doubt(tokens: &[Token], first: usize) -> bool {
    let doubting = |w: &str| matches!(w, "doubted" | "doubts" | "doubting" | "doubt");
    let asked = whether_before(tokens, first).is_some_and(|w| {
        w > 0
            && (doubting(&tokens[w - 1].lower)
                || matches!(
                    tokens[w - 1].lower.as_str(),
                    "questioned" | "questions" | "questioning"
                ))
    });
    let k = with_determiners(tokens, first);
    let k = if k > 0 && tokens[k - 1].lower == "that" {
        k - 1
    } else {
        k
    };
    asked || (k > 0 && doubting(&tokens[k - 1].lower))
}

/// "supported the aim of the bill but preferred a network of night centers": the aim of
/// the target granted, then "but" and a verb that turns from it, weighs against the
/// target itself (not "supports the aim of the bill but that the wording needed more
/// work", a reservation).
fn aim_conceded(tokens: &[Token], first: usize, last: usize) -> bool {
    let k = with_determiners(tokens, first);
    let aim = k >= 2
        && matches!(tokens[k - 1].lower.as_str(), "of" | "behind")
        && matches!(
            tokens[k - 2].lower.as_str(),
            "aim" | "aims" | "goal" | "goals" | "intent" | "intention" | "spirit" | "purpose"
        );
    let clause = || {
        tokens[last + 1..]
            .iter()
            .take_while(|t| !matches!(t.lower.as_str(), "." | ";"))
    };
    aim && clause()
        .position(|t| t.lower == "but")
        .and_then(|but| {
            clause()
                .skip(but + 1)
                .find(|t| !matches!(t.lower.as_str(), "it" | "they" | "he" | "she" | "said"))
        })
        .is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "preferred"
                    | "prefers"
                    | "favored"
                    | "favoured"
                    | "opposed"
                    | "opposes"
                    | "rejected"
                    | "rejects"
                    | "questioned"
                    | "doubted"
            )
        })
}

/// "A fifth marathon may be good for the city's image, but a city is judged first by
/// ...": what the target that opens the clause "may be" is granted, and ", but" turns
/// against it; the speaker's side is the other one ("The fee may be costly, but ..." is
/// for it).
fn granted_then_but(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let k = with_determiners(tokens, first);
    let opens = tokens[..k].iter().all(|t| !t.is_word);
    let modal = tokens.get(last + 1)?;
    if !opens || !matches!(modal.lower.as_str(), "may" | "might") {
        return None;
    }
    let comma = (last + 2..tokens.len()).find(|&p| !tokens[p].is_word)?;
    if tokens[comma].lower != "," || tokens.get(comma + 1)?.lower != "but" {
        return None;
    }
    evaluation_in(text, tokens, first, comma, Some((first, last)), res).map(flip)
}

/// "declined to comment on the bill": a refusal to speak of the target takes no side on
/// it (what "declined to" does to an act it would take).
fn refused_comment_before(tokens: &[Token], first: usize) -> bool {
    /// Words between the verb of speaking and the target ("comment on the").
    const COMMENT_WORDS: usize = 3;
    let k = with_determiners(tokens, first);
    (k.saturating_sub(COMMENT_WORDS)..k).any(|c| {
        matches!(
            tokens[c].lower.as_str(),
            "comment" | "discuss" | "elaborate"
        ) && c >= 2
            && tokens[c - 1].lower == "to"
            && matches!(
                tokens[c - 2].lower.as_str(),
                "declined" | "declines" | "refused" | "refuses" | "declining" | "refusing"
            )
    })
}

/// Verbs of judging what is not known yet ("too early to say", "too soon to judge").
const JUDGING_VERBS: [&str; 7] = [
    "say", "tell", "judge", "know", "draw", "predict", "conclude",
];

/// "it is too early to commit billions of dollars to seabed mining": an act on the
/// target at token `first` held to be premature is against it for now, and "it is never
/// too early to prepare X" is for it. "too early to judge X" (a verb of judging or of
/// `review_verbs.txt`) is left to what else the sentence says.
fn too_early_for(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Tokens between the verb and the target ("commit billions of dollars to").
    const ACT_TOKENS: usize = 6;
    let k = with_determiners(tokens, first);
    let verb = (k.saturating_sub(ACT_TOKENS + 1)..k).find(|&v| {
        v >= 2
            && tokens[v - 1].lower == "to"
            && (tokens[v - 2].lower == "premature"
                || (v >= 3
                    && tokens[v - 3].lower == "too"
                    && matches!(tokens[v - 2].lower.as_str(), "early" | "soon")))
    })?;
    let lower = tokens[verb].lower.as_str();
    if JUDGING_VERBS.contains(&lower) || res.review_verbs.contains(lower) {
        return None;
    }
    let opening = if tokens[verb - 2].lower == "premature" {
        verb - 2
    } else {
        verb - 3
    };
    let negated = tokens[..opening]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(t.lower.as_str(), "not" | "never"));
    Some(if negated {
        StanceLabel::Favor
    } else {
        StanceLabel::Against
    })
}

/// "The city was wrong to scrap the rule", "would be right to keep it", "it would be a
/// mistake to abolish the fee": a judgement of an act on the target (from token `first`),
/// the act's verb right after "to": the judgement's side when the act keeps or puts the
/// target in place (or is the target), the other one when the verb removes or rejects it
/// ("would be wise to reject the proposal").
fn judged_act(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Words between the act's verb and the target ("the new").
    const ACT_WORDS: usize = 3;
    let to = (first.saturating_sub(ACT_WORDS + 2)..first)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].lower == "to")?;
    let verb = to + 1;
    if verb > first || !res.base_verbs.contains(&tokens[verb].lower) || to < 2 {
        return None;
    }
    // The judgement, and where it starts: "wrong", "a mistake".
    let (judged, mut p) = match tokens[to - 1].lower.as_str() {
        "right" | "correct" | "wise" | "sensible" => (StanceLabel::Favor, to - 1),
        "wrong" | "mistaken" | "unwise" | "foolish" | "reckless" => (StanceLabel::Against, to - 1),
        "mistake" | "error" if matches!(tokens[to - 2].lower.as_str(), "a" | "an") => {
            (StanceLabel::Against, to - 2)
        }
        _ => return None,
    };
    // The judgement is the copula's: "was wrong", "would be right", "is not wrong".
    let negated = p > 0 && is_negation(&tokens[p - 1].lower);
    if negated {
        p -= 1;
    }
    let copula = p > 0
        && matches!(
            tokens[p - 1].lower.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "'s"
        );
    if !copula {
        return None;
    }
    let judged = if negated { flip(judged) } else { judged };
    // The act's own side on the target: against for a verb that removes it or that a
    // one-word cue sets against it ("reject", "oppose").
    let verb_word = tokens[verb].lower.as_str();
    let against = verb < first
        && (res.is_removal_word(verb_word)
            || one_word_cue(verb_word, res) == Some(StanceLabel::Against));
    Some(if against { flip(judged) } else { judged })
}

/// The attitude the sentence states toward the target at token `first`: an attitude
/// word after a copula, with the target as its object or as the topic an opening
/// clause sets. A speaker who holds back ("was cautious about the pact", "Asked about
/// the plan, Kim was more cautious") takes no side on it, as labelled, whatever the
/// sentences after it say; "Asked about X, Park was skeptical." is against it.
fn attitude_toward(tokens: &[Token], first: usize) -> Option<StanceLabel> {
    /// Words between the attitude and the target ("about a formal").
    const ATTITUDE_WORDS: usize = 3;
    const ATTITUDES: [(&str, StanceLabel); 16] = [
        ("cautious", StanceLabel::Neutral),
        ("noncommittal", StanceLabel::Neutral),
        ("guarded", StanceLabel::Neutral),
        ("skeptical", StanceLabel::Against),
        ("sceptical", StanceLabel::Against),
        ("doubtful", StanceLabel::Against),
        ("dismissive", StanceLabel::Against),
        ("unconvinced", StanceLabel::Against),
        ("enthusiastic", StanceLabel::Favor),
        ("supportive", StanceLabel::Favor),
        ("receptive", StanceLabel::Favor),
        ("open", StanceLabel::Favor),
        // Plain speaking says how, not which side ("was blunt about the grants").
        ("blunt", StanceLabel::Neutral),
        ("frank", StanceLabel::Neutral),
        ("candid", StanceLabel::Neutral),
        ("unequivocal", StanceLabel::Neutral),
    ];
    let (c, label) = tokens.iter().enumerate().find_map(|(c, t)| {
        let (_, label) = ATTITUDES.iter().find(|(w, _)| *w == t.lower)?;
        tokens[..c]
            .iter()
            .rev()
            .take(2)
            .any(|w| COPULAS.contains(&w.lower.as_str()) || w.lower.starts_with("remain"))
            .then_some((c, *label))
    })?;
    // "less enthusiastic" is against; "not skeptical" takes no side.
    let turned = tokens[..c]
        .iter()
        .rev()
        .take(2)
        .any(|w| matches!(w.lower.as_str(), "less" | "not" | "never"));
    let label = match label {
        StanceLabel::Favor if turned => StanceLabel::Against,
        StanceLabel::Against if turned => StanceLabel::Neutral,
        label => label,
    };
    // "was open to both a ban and rest breaks": open to either of two is no choice.
    let label = if tokens
        .get(c + 2)
        .is_some_and(|t| matches!(t.lower.as_str(), "both" | "either"))
    {
        StanceLabel::Neutral
    } else {
        label
    };
    let k = with_determiners(tokens, first);
    let toward = if c < k {
        // The target is what the attitude is about.
        k - c <= ATTITUDE_WORDS
            && tokens.get(c + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "about" | "on" | "over" | "toward" | "to" | "of"
                )
            })
    } else {
        // The target is in an opening clause that sets the topic, the attitude after it.
        let opening_end = tokens.iter().position(|t| t.lower == ",");
        opening_end.is_some_and(|end| end > first && end < c)
            && tokens.iter().find(|t| t.is_word).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "asked" | "on" | "regarding" | "as" | "about"
                )
            })
    };
    toward.then_some(label)
}

/// The verb whose subject is the target ending at token `last` ("the pilot would not
/// spare", "the levy has already helped"): the first token after it that is no
/// auxiliary, adverb or negation, with whether a negation came before it. A form of
/// "be" is that token too, so a passive ("was threatened") reads nothing.
/// The forms of "be" before the "-ing" of a progressive ("the ban is hurting small
/// firms").
const PROGRESSIVE_AUXILIARIES: [&str; 5] = ["is", "are", "was", "were", "been"];

/// Particles that end an action's verb ("moving the clocks forward", "pushing the
/// deadline back").
const SHIFT_PARTICLES: [&str; 5] = ["forward", "back", "ahead", "up", "down"];
/// Units of how far such an action goes ("forward an hour", "back two years").
const SHIFT_UNITS: [&str; 7] = ["minute", "hour", "day", "week", "month", "year", "percent"];

fn verb_after_subject(tokens: &[Token], last: usize) -> Option<(usize, bool)> {
    /// Words of a phrase of the subject before its modal ("of this size will", "in
    /// Geneva would").
    const OF_PHRASE_WORDS: usize = 4;
    /// Words of a participle's phrase before the modal ("introduced while electricity
    /// prices are still frozen would").
    const PARTICIPLE_PHRASE_WORDS: usize = 9;
    // "Renovating the park in stages, one stand per off-season, would cost": past one
    // aside between commas as well.
    let modal_within = |from: usize, words: usize| {
        /// Tokens of the aside.
        const ASIDE_TOKENS: usize = 12;
        let (mut k, mut counted, mut aside) = (from, 0, false);
        while let Some(t) = tokens.get(k) {
            if t.lower == "," && !aside {
                let close = tokens
                    .get(k + 1..)?
                    .iter()
                    .take(ASIDE_TOKENS)
                    .position(|t| t.lower == ",")?;
                (k, aside) = (k + close + 2, true);
                continue;
            }
            if !t.is_word {
                return None;
            }
            if MODALS_OF_EFFECT.contains(&t.lower.as_str()) {
                return Some(k - 1);
            }
            counted += 1;
            if counted > words {
                return None;
            }
            k += 1;
        }
        None
    };
    // "similar bans in Australia and Spain have cut ...": past a place to the perfect's
    // auxiliary, when no relative clause opens before it ("in cities that have").
    let perfect_within = |from: usize, words: usize| {
        (from..tokens.len().min(from + words + 1))
            .take_while(|&k| {
                tokens[k].is_word
                    && !matches!(tokens[k].lower.as_str(), "that" | "which" | "who" | "where")
            })
            .find(|&k| matches!(tokens[k].lower.as_str(), "has" | "have" | "had"))
            .filter(|&k| k > from)
            .map(|k| k - 1)
    };
    // "An extra budget of this size will also add ...", "A carbon tax introduced while
    // prices are frozen would hit ...": past the phrase to the modal. A participle
    // opens such a phrase only before a word that cannot be its object ("the levy
    // raised prices" is the verb and its object).
    let participle = |k: usize| {
        tokens[k].lower.ends_with("ed")
            && tokens
                .get(k + 1)
                .is_some_and(|t| PARTICIPLE_PHRASE_OPENERS.contains(&t.lower.as_str()))
    };
    // "Flexible working hours, which let employees leave early, have raised ...": past
    // a relative clause between commas.
    // "Variable limits, shown on signs that drop to 30, have cut ...": a participle's
    // phrase between commas too, and a comparison ("a permit system, like the one used
    // for commercial filming, would protect wildlife").
    let relative_end = || {
        /// Tokens of the clause or phrase between the commas.
        const ASIDE_TOKENS: usize = 20;
        // "Ending the cut now, with winter coming, would hit ...": past an adverb too.
        let last = if tokens
            .get(last + 1)
            .is_some_and(|t| t.is_word && is_step_before_verb(&t.lower))
        {
            last + 1
        } else {
            last
        };
        let opener = tokens.get(last + 2)?;
        let opens = tokens.get(last + 1)?.lower == ","
            && (matches!(
                opener.lower.as_str(),
                "which" | "who" | "with" | "like" | "unlike"
            ) || (opener.lower.len() > 3
                && ["ed", "en", "wn"].iter().any(|s| opener.lower.ends_with(s))));
        let comma = tokens
            .get(last + 3..)?
            .iter()
            .take(ASIDE_TOKENS)
            .position(|t| t.lower == ",")?;
        opens.then_some(last + 3 + comma)
    };
    let last = match (tokens.get(last + 1), relative_end()) {
        (_, Some(comma)) => comma,
        // "Fighting the levy in Geneva would take years": a place or a frame as well,
        // and what goes with it or without it ("Extending the program without a cap on
        // deposits will only transfer ...").
        (Some(t), _)
            if matches!(
                t.lower.as_str(),
                "of" | "in" | "at" | "without" | "for" | "on" | "across"
            ) =>
        {
            modal_within(last + 2, OF_PHRASE_WORDS)
                .or_else(|| perfect_within(last + 2, OF_PHRASE_WORDS))
                .unwrap_or(last)
        }
        (Some(_), _) if participle(last + 1) => {
            modal_within(last + 2, PARTICIPLE_PHRASE_WORDS).unwrap_or(last)
        }
        // "expects the car-free weekends to draw more visitors": the subject of an
        // infinitive after a verb of expectation ("Raising rates to rescue the won" is
        // a purpose).
        (Some(t), _) if t.lower == "to" && expected_subject(tokens, last) => last + 1,
        // "Moving the clocks forward an hour changes nothing": the particle of an
        // action's verb, and how far it goes.
        (Some(t), _) if SHIFT_PARTICLES.contains(&t.lower.as_str()) => {
            let unit = |k: usize| {
                tokens
                    .get(k)
                    .is_some_and(|t| SHIFT_UNITS.contains(&singular(&t.lower)))
            };
            let amount = tokens.get(last + 2).is_some_and(|t| {
                matches!(t.lower.as_str(), "a" | "an") || sets_a_quantity(&t.lower)
            });
            if amount && unit(last + 3) {
                last + 3
            } else {
                last + 1
            }
        }
        _ => last,
    };
    // "the extension was expected to revitalize ...": a prediction's frame before the
    // verb.
    let expected_at = |k: usize| {
        let word = |o: usize| tokens.get(k + o).map(|t| t.lower.as_str());
        matches!(word(0), Some("is" | "was" | "are" | "were"))
            && matches!(word(1), Some("expected" | "likely" | "set" | "poised"))
            && word(2) == Some("to")
    };
    // "the deposit was the only measure that had cut cup waste": what the noun the
    // subject is said to be does, the subject does.
    let defined_at = |k: usize| {
        /// Words of the noun phrase between the article and "that".
        const DEFINING_WORDS: usize = 3;
        let word = |o: usize| tokens.get(k + o).map(|t| t.lower.as_str());
        if !matches!(word(0), Some("is" | "was")) || !matches!(word(1), Some("the" | "a" | "an")) {
            return None;
        }
        (2..DEFINING_WORDS + 3)
            .take_while(|&o| tokens.get(k + o).is_some_and(|t| t.is_word))
            .find(|&o| matches!(word(o), Some("that" | "which")))
            .filter(|&o| o > 2)
            .map(|o| k + o + 1)
    };
    // "the ban is hurting small firms": the verb of a progressive is its "-ing".
    let progressive = |k: usize| {
        PROGRESSIVE_AUXILIARIES.contains(&tokens[k].lower.as_str())
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.lower.len() > 5 && t.lower.ends_with("ing"))
    };
    let mut negated = false;
    let mut skip_to = 0;
    for (k, t) in tokens.iter().enumerate().skip(last + 1) {
        let w = t.lower.as_str();
        if k < skip_to {
            continue;
        }
        if let Some(verb) = defined_at(k) {
            skip_to = verb;
        } else if expected_at(k) {
            skip_to = k + 3;
        } else if w == "not" && tokens.get(k + 1).is_some_and(|n| n.lower == "only") {
            // "would not only strengthen X but also ...": no negation.
            skip_to = k + 2;
        } else if is_negation(w) {
            negated = true;
        } else if matches!(w, "\"" | "“") {
            // 'the increase had "destroyed 200,000 jobs"': a quoted fragment opens at
            // the verb.
            continue;
        } else if !(progressive(k) || t.is_word && is_step_before_verb(w)) {
            return Some((k, negated));
        }
    }
    None
}

/// Whether the phrase ending at token `last` follows a verb of expectation, its
/// determiners aside ("expects the car-free weekends ...").
fn expected_subject(tokens: &[Token], last: usize) -> bool {
    let phrase_start = tokens[..=last]
        .iter()
        .rposition(|t| !t.is_word)
        .map_or(0, |p| p + 1);
    tokens[phrase_start..=last]
        .iter()
        .any(|t| EXPECTATION_VERBS.contains(&t.lower.as_str()))
}

/// Verbs whose object is the subject of the infinitive after it ("expects X to").
const EXPECTATION_VERBS: [&str; 6] = [
    "expects",
    "expected",
    "expect",
    "predicts",
    "predicted",
    "forecasts",
];

/// The modals that open a predicted effect ("will add", "would cut").
const MODALS_OF_EFFECT: [&str; 6] = ["will", "would", "could", "can", "may", "might"];

/// Verbs by which an effect ends ("then the effect disappears").
const FADING: [&str; 10] = [
    "disappears",
    "disappear",
    "fades",
    "fade",
    "vanishes",
    "vanish",
    "wears",
    "wear",
    "evaporates",
    "evaporate",
];

/// Words after "costs" to its measure at most ("costs the city very little").
const CHARGED_WORDS: usize = 4;

/// Whether the good or harm of the verb at `read_at` is made small or done to none
/// right after it: "saves less than 0.5 percent", "would cost far less than the
/// overtime", "costs taxpayers almost nothing", "protects nothing", "would help no one".
fn made_small_or_none(tokens: &[Token], read_at: usize, res: &Resources) -> bool {
    // "would cost far less than the overtime": a degree word may open the phrase.
    let measured = read_at
        + 1
        + usize::from(
            tokens
                .get(read_at + 1)
                .is_some_and(|t| DEGREE_WORDS.contains(&t.lower.as_str())),
        );
    // "costs the city very little", "costs taxpayers almost nothing": whom it
    // costs and a degree word may stand before the measure.
    let charged = matches!(tokens[read_at].lower.as_str(), "cost" | "costs")
        && (read_at + 1..tokens.len().min(read_at + 1 + CHARGED_WORDS))
            .take_while(|&j| {
                tokens[j].is_word && !matches!(tokens[j].lower.as_str(), "and" | "but")
            })
            .any(|j| {
                MINIMIZERS
                    .iter()
                    .chain(&[&["nothing"][..], &["next", "to", "nothing"]])
                    .any(|m| phrase_at(tokens, j, m))
            });
    // "protects nothing", "would help no one", "creates no jobs": a good or a harm
    // done to none is denied.
    // (Not where the word is part of the verb's phrase: "changes nothing about".)
    let in_phrase = (2..=3).any(|n| {
        tokens.get(read_at..read_at + n).is_some_and(|w| {
            let key: Vec<&str> = w.iter().map(|t| t.lower.as_str()).collect();
            res.consequence_verbs.contains_key(&key.join(" "))
        })
    });
    let to_none = !in_phrase
        && tokens.get(read_at + 1).is_some_and(|t| {
            matches!(t.lower.as_str(), "nothing" | "nobody" | "none")
                || (t.lower == "no" && tokens.get(read_at + 2).is_some_and(|n| n.is_word))
        });
    MINIMIZERS.iter().any(|m| phrase_at(tokens, measured, m)) || to_none || charged
}

/// Words right after a verb of good or harm that make what it does small, or confine
/// it to a few ("helps nobody but the rich").
const MINIMIZERS: [&[&str]; 8] = [
    &["less", "than"],
    &["no", "more", "than"],
    &["at", "most"],
    &["barely"],
    &["little"],
    &["nobody", "but"],
    &["no", "one", "but"],
    &["none", "but"],
];

/// Words of degree before a phrase of measure ("far less than", "much less than").
const DEGREE_WORDS: [&str; 5] = [
    "far",
    "much",
    "considerably",
    "substantially",
    "significantly",
];

/// Phrases after a verb of good or harm that make it a match for another's.
const EQUALIZERS: [&[&str]; 4] = [
    &["about", "the", "same"],
    &["the", "same", "as"],
    &["as", "much", "as"],
    &["roughly", "the", "same"],
];

/// Words that open the phrase of a participle after its noun ("a tax introduced while
/// ...", "a levy imposed on ...", "a fund paid for by ...").
const PARTICIPLE_PHRASE_OPENERS: [&str; 14] = [
    "while", "when", "before", "after", "without", "by", "on", "in", "at", "for", "under", "with",
    "this", "last",
];

/// Auxiliaries and adverbs between a subject and its verb ("would also", "has already").
const AUXILIARY_STEPS: [&str; 20] = [
    "would", "will", "could", "can", "may", "might", "has", "have", "had", "does", "do", "did",
    "also", "already", "only", "still", "simply", "alone", "again", "now",
];

/// Whether the target at token `first` is the object of an attitude in a relative
/// clause without commas that describes someone ("parties that hate the rule",
/// "lawmakers who opposed the bill"): theirs, not the speaker's.
fn anothers_attitude(tokens: &[Token], first: usize, res: &Resources) -> bool {
    let k = with_determiners(tokens, first);
    if k < 3 || !tokens[k - 3].is_word || res.pronouns.contains_key(&tokens[k - 3].lower) {
        return false;
    }
    // A finite verb after a noun: "said on Tuesday that extending the cut ..." opens
    // a reported clause with a gerund.
    let verb = tokens[k - 1].lower.as_str();
    if verb.ends_with("ing") || res.is_speech_verb(&tokens[k - 3].lower).is_some() {
        return false;
    }
    let attitude = ATTITUDE_OBJECT_VERBS.contains(&verb)
        || one_word_cue(verb, res).is_some_and(|label| label != StanceLabel::Neutral);
    attitude && matches!(tokens[k - 2].lower.as_str(), "that" | "who")
}

/// Verbs of liking or disliking what follows them.
const ATTITUDE_OBJECT_VERBS: [&str; 12] = [
    "hate", "hates", "hated", "dislike", "dislikes", "disliked", "like", "likes", "liked", "love",
    "loves", "loved",
];

/// Whether tokens `first..=last` lie in a relative clause between commas that ends
/// right before a verb of speech ("Shop owners in older neighborhoods, where streets are
/// narrow and parking lots are scarce, said"): the clause describes the speaker.
fn in_speakers_description(tokens: &[Token], first: usize, last: usize, res: &Resources) -> bool {
    let Some(open) = tokens[..first].iter().rposition(|t| t.lower == ",") else {
        return false;
    };
    let Some(close) = tokens[last + 1..]
        .iter()
        .position(|t| t.lower == ",")
        .map(|p| last + 1 + p)
    else {
        return false;
    };
    tokens
        .get(open + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "where" | "which" | "who" | "whose"))
        && tokens
            .get(close + 1)
            .is_some_and(|t| res.is_speech_verb(&t.lower).is_some())
}

/// "the fee would let it keep base fares unchanged", "would allow hospitals to cut
/// waiting times", "would push carriers to cut prices": the verb of what the subject
/// lets, helps or drives someone to do, whose effect is the subject's.
fn enabled_verb(tokens: &[Token], verb: usize, res: &Resources) -> Option<usize> {
    /// Words of whom the subject lets act ("it", "small hospitals").
    const AGENT_WORDS: usize = 3;
    let bare = matches!(
        tokens[verb].lower.as_str(),
        "let" | "lets" | "help" | "helps"
    );
    // "would push carriers to cut prices": what the subject drives others to do is
    // its effect too.
    let with_to = matches!(
        tokens[verb].lower.as_str(),
        "allow"
            | "allows"
            | "enable"
            | "enables"
            | "help"
            | "helps"
            | "push"
            | "pushes"
            | "force"
            | "forces"
            | "drive"
            | "drives"
            | "encourage"
            | "encourages"
            | "prompt"
            | "prompts"
    );
    // "would help the people who spend the most": a verb in a clause that describes
    // them is theirs, not what they are helped to do.
    let agent = tokens[verb + 1..]
        .iter()
        .take(AGENT_WORDS + 2)
        .take_while(|t| t.is_word && !matches!(t.lower.as_str(), "who" | "which" | "that"));
    agent.enumerate().skip(1).find_map(|(p, t)| {
        let k = verb + 1 + p;
        if with_to && t.lower == "to" {
            tokens
                .get(k + 1)
                .filter(|n| res.base_verbs.contains(&n.lower))
                .map(|_| k + 1)
        } else if bare && res.base_verbs.contains(&t.lower) {
            Some(k)
        } else {
            None
        }
    })
}

/// Words after a quantity to the verb of loss in its relative clause ("the crowds that
/// the street has lost").
const LOSS_CLAUSE_WORDS: usize = 4;

/// "would keep them awake", "would keep her business alive", "would drive people out
/// of a job", "would leave pet owners with nowhere to go": the state the verb at `verb`
/// keeps, drives or leaves its object in, a few words on, is the subject's good or harm.
fn left_in_a_state(tokens: &[Token], verb: usize) -> Option<StanceLabel> {
    /// Words of the object before the word of its state ("the day-trippers who buy").
    const OBJECT_WORDS: usize = 5;
    let kind = match tokens[verb].lower.as_str() {
        "keep" | "keeps" => "keep",
        "drive" | "drives" => "drive",
        "leave" | "leaves" => "leave",
        _ => return None,
    };
    // "would keep older hikers, who are less comfortable booking online, off their own
    // mountain": past a relative clause between commas.
    /// Tokens of such a clause.
    const ASIDE_TOKENS: usize = 12;
    let mut words = Vec::new();
    let mut k = verb + 1;
    while let Some(t) = tokens.get(k) {
        if t.lower == ","
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "who" | "which"))
        {
            let Some(close) = tokens[k + 1..]
                .iter()
                .take(ASIDE_TOKENS)
                .position(|t| t.lower == ",")
            else {
                break;
            };
            k += close + 2;
            continue;
        }
        if !t.is_word || words.len() > OBJECT_WORDS {
            break;
        }
        words.push(t);
        k += 1;
    }
    words
        .into_iter()
        .find_map(|t| match (kind, t.lower.as_str()) {
            ("keep", "alive" | "afloat" | "going" | "running" | "open") => Some(StanceLabel::Favor),
            ("keep", "away" | "awake" | "off") | ("drive", "out" | "away" | "off") => {
                Some(StanceLabel::Against)
            }
            ("leave", "nowhere" | "stranded" | "short" | "behind") => Some(StanceLabel::Against),
            _ => None,
        })
}

/// What a rule that treats people as wrongdoers (or grown-ups as children) treats
/// them as.
const WRONGDOERS: [&str; 14] = [
    "suspect",
    "suspects",
    "criminal",
    "criminals",
    "drunk",
    "drunks",
    "thief",
    "thieves",
    "liar",
    "liars",
    "cheat",
    "cheats",
    "child",
    "children",
];

/// "The ban treats every hiker as a drunk", "This bill treats adults as children": a
/// rule that treats those it covers as wrongdoers, or a thing as what it is not ("as if
/// it were a purchase"), is said against.
fn treated_as_wrongdoers(tokens: &[Token], verb: usize) -> Option<StanceLabel> {
    /// Words of those treated ("every small landlord", "a decision about the next
    /// twenty years").
    const TREATED_WORDS: usize = 8;
    if !matches!(tokens[verb].lower.as_str(), "treat" | "treats" | "treated") {
        return None;
    }
    let words: Vec<&str> = tokens[verb + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(TREATED_WORDS + 3)
        .map(|t| t.lower.as_str())
        .collect();
    let as_at = words
        .iter()
        .take(TREATED_WORDS + 1)
        .position(|w| *w == "as")?;
    let rest = &words[as_at + 1..];
    // "treat a decision about the next twenty years as if it were a purchase".
    let noun = match rest {
        ["if", ..] => return Some(StanceLabel::Against),
        ["a" | "an", noun, ..] | [noun, ..] => *noun,
        [] => return None,
    };
    WRONGDOERS.contains(&noun).then_some(StanceLabel::Against)
}

/// Verbs that move a thing elsewhere or later without ending it.
const DISPLACING_VERBS: [&str; 18] = [
    "move",
    "moves",
    "shift",
    "shifts",
    "push",
    "pushes",
    "transfer",
    "transfers",
    "displace",
    "displaces",
    "delay",
    "delays",
    "postpone",
    "postpones",
    "divert",
    "diverts",
    "cram",
    "crams",
];

/// "A 10 p.m. limit would simply move the noise to 9:59", "would only delay the
/// reduction": what the subject is said only to move elsewhere or later, it fails to
/// solve, whatever is moved.
fn only_moves(tokens: &[Token], verb: usize) -> bool {
    verb > 0
        && matches!(
            tokens[verb - 1].lower.as_str(),
            "only" | "simply" | "merely" | "just"
        )
        && DISPLACING_VERBS.contains(&tokens[verb].lower.as_str())
}

/// The side of the verb at token `verb` when it raises or lowers (effect_verbs.txt) a
/// quantity good or bad to have more of (effect_nouns.txt) among the next words of its
/// clause: "lifting the tariff would cut prices", "the rate increase would add 1.5
/// trillion won to manufacturers' costs". Raising a good or lowering a bad thing
/// favours its subject. (A verb of good or harm, consequence_verbs.txt, has its side
/// by itself: "the pilot would spare patients hours of travel".)
pub(crate) fn effect_at(tokens: &[Token], verb: usize, res: &Resources) -> Option<StanceLabel> {
    /// Words from the verb to the quantity ("1.5 trillion won a year to manufacturers'").
    const OBJECT_WORDS: usize = 8;
    // "create a second-class workforce and drag down wages": the object ends where
    // another verb's begins.
    let object: Vec<&Token> = tokens[verb + 1..]
        .iter()
        .take_while(|t| t.is_word || matches!(t.lower.as_str(), "'" | "’" | "'s"))
        .take_while(|t| !COORDINATORS.contains(&t.lower.as_str()))
        .take(OBJECT_WORDS)
        .collect();
    // A phrasal verb ("push up prices", "drive house prices down") reads its particle
    // where it stands: right after the verb or after the object.
    let phrasal = || {
        object
            .iter()
            .enumerate()
            .filter(|(_, t)| PARTICLES.contains(&t.lower.as_str()))
            .find_map(|(p, t)| {
                let key = format!("{} {}", tokens[verb].lower, t.lower);
                res.effect_verbs.get(&key).map(|d| (d, p))
            })
    };
    // The phrasal verb first: "bring prices down" lowers what "bring" alone raises.
    let (direction, particle) = match phrasal() {
        Some((d, p)) => (d, Some(p)),
        None => (res.effect_verbs.get(&tokens[verb].lower)?, None),
    };
    let (at, quantity) = object
        .iter()
        .enumerate()
        .filter(|&(k, _)| Some(k) != particle)
        .find_map(|(k, t)| res.effect_nouns.get(&t.lower).map(|q| (k, q)))?;
    let owned = at > 0 && POSSESSIVES.contains(&object[at - 1].lower.as_str());
    if owned && res.charged_nouns.contains(&object[at].lower) {
        return None;
    }
    // "bring back the crowds the street lost to suburban malls": what a relative clause
    // says was lost was wanted, whatever the noun is elsewhere.
    let lost = object[at + 1..]
        .iter()
        .take(LOSS_CLAUSE_WORDS)
        .any(|t| matches!(t.lower.as_str(), "lost" | "lose" | "losing"));
    let quantity = if lost { &StanceLabel::Favor } else { quantity };
    Some(if direction == quantity {
        StanceLabel::Favor
    } else {
        StanceLabel::Against
    })
}

/// "Cities that require helmets for bike-share riders have seen ridership fall by a
/// third": a quantity seen to rise or fall where the target holds is put down to it,
/// as `changed_since` reads one that changed since it came.
fn seen_to_change(tokens: &[Token], last: usize, res: &Resources) -> Option<StanceLabel> {
    /// Tokens from the target to "seen" (", it said, have").
    const SUBJECT_TOKENS: usize = 10;
    /// Words from "seen" to the quantity and from it to its verb.
    const CHANGE_WORDS: usize = 3;
    let seen = (last + 1..tokens.len())
        .take(SUBJECT_TOKENS)
        .find(|&k| matches!(tokens[k].lower.as_str(), "seen" | "saw"))?;
    let perfect = matches!(tokens[seen - 1].lower.as_str(), "have" | "has" | "had");
    if (tokens[seen].lower == "seen" && !perfect)
        || tokens[last + 1..seen].iter().any(|t| {
            CLAUSE_OPENERS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "and" | "but" | "which" | "who" | "whose" | "that" | ";"
                )
        })
    {
        return None;
    }
    let words: Vec<&str> = tokens[seen + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(2 * CHANGE_WORDS)
        .map(|t| t.lower.as_str())
        .collect();
    let (at, quantity) = words
        .iter()
        .take(CHANGE_WORDS)
        .enumerate()
        .find_map(|(p, w)| res.effect_nouns.get(*w).map(|q| (p, q)))?;
    let direction = words[at + 1..]
        .iter()
        .take(CHANGE_WORDS)
        .find_map(|w| res.change_verbs.get(*w))?;
    let negated = tokens[last + 1..seen].iter().any(|t| is_negation(&t.lower));
    Some(if (direction == quantity) != negated {
        StanceLabel::Favor
    } else {
        StanceLabel::Against
    })
}

/// "The surcharge was supposed to bring older drivers back, but most of them prefer to
/// sleep": a purpose the target had, then "but", is a purpose it failed.
fn purpose_failed(tokens: &[Token], last: usize) -> bool {
    let words: Vec<&str> = tokens[last + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    let purposed = matches!(
        words.as_slice(),
        [
            "was" | "were" | "is" | "are",
            "supposed" | "meant" | "intended",
            "to",
            ..
        ]
    );
    purposed
        && tokens[last + 1..]
            .windows(2)
            .any(|w| w[0].lower == "," && w[1].lower == "but")
}

/// "had been able to move out only because of the loan support": what the speaker owes
/// an ability to is favoured.
fn credited_to(tokens: &[Token], first: usize) -> bool {
    /// Words from "able" to the cause ("able to move out of her parents' home last
    /// year only").
    const ABLE_WORDS: usize = 14;
    let k = with_determiners(tokens, first);
    let because = k >= 2 && tokens[k - 2].lower == "because" && tokens[k - 1].lower == "of";
    because
        && tokens[k.saturating_sub(ABLE_WORDS + 2)..k - 2]
            .windows(2)
            .any(|w| w[0].lower == "able" && w[1].lower == "to")
        && !tokens[..k]
            .iter()
            .any(|t| is_negation(&t.lower) || t.lower == "unable")
}

/// "Complaints about noise had dropped by 40 percent since the curfew began", "Since
/// the cameras went up, accidents have fallen", "crowding fell after the change": a
/// quantity that rose or fell since (or after) the target came is put down to it. Its
/// side is the quantity's, turned when a good one fell or a bad one rose ("bookings had
/// fallen since the curfew took effect"), and by a negation before the verb ("prices
/// have not risen since the cap").
fn changed_since(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Words from "since" to the target ("since he added the charge").
    const SINCE_WORDS: usize = 4;
    let start = with_determiners(tokens, first);
    let since = (start.saturating_sub(SINCE_WORDS + 1)..start)
        .rev()
        .find(|&k| matches!(tokens[k].lower.as_str(), "since" | "after"))?;
    // "costs have doubled since 2019 and that a fee would ...": a year is what "since"
    // counts from, and a conjunction opens another clause; the target is in neither.
    let object_of_since = tokens[since..first].iter().all(|t| {
        t.is_word
            && !t.lower.starts_with(|c: char| c.is_ascii_digit())
            && !matches!(t.lower.as_str(), "and" | "but" | "or" | "that" | "which")
    });
    if !object_of_since {
        return None;
    }
    // The main clause: before "since", or after the comma that closes an opening one.
    let main = if tokens[..since].iter().all(|t| !t.is_word) {
        let comma = first + tokens[first..].iter().position(|t| t.lower == ",")?;
        &tokens[comma + 1..]
    } else {
        let from = tokens[..since]
            .iter()
            .rposition(|t| matches!(t.lower.as_str(), ";" | ":" | "\"" | "“" | "”"))
            .map_or(0, |b| b + 1);
        &tokens[from..since]
    };
    quantity_changed(main, res)
}

/// The side a clause takes by a quantity that rises or falls by itself in it ("accidents
/// have fallen", "unemployment will rise"): the quantity's, turned when a good one fell
/// or a bad one rose, and by a negation before the verb ("prices have not risen").
fn quantity_changed(clause: &[Token], res: &Resources) -> Option<StanceLabel> {
    /// Words from the quantity to its verb ("complaints about noise had dropped").
    const CHANGE_WORDS: usize = 5;
    clause.iter().enumerate().find_map(|(k, t)| {
        let quantity = res.effect_nouns.get(&t.lower)?;
        let words: Vec<&str> = clause[k + 1..]
            .iter()
            .take_while(|w| w.is_word)
            .take(CHANGE_WORDS + 1)
            .map(|w| w.lower.as_str())
            .collect();
        let (at, direction) = words
            .iter()
            .enumerate()
            .find_map(|(p, w)| res.change_verbs.get(*w).map(|d| (p, d)))?;
        let negated = words[..at].iter().any(|w| is_negation(w));
        Some(if (direction == quantity) != negated {
            StanceLabel::Favor
        } else {
            StanceLabel::Against
        })
    })
}

/// "expanding the quota would only keep wages low", "the crackdown will only push cram
/// schools to rebrand": what a target is said to do and no more, after a modal, is held
/// against it, whatever the verb. Not a cost or a reach made small ("would only cost
/// drivers 500 won", "will only apply to large firms"), which speaks for it; nor what
/// it does under a condition set before the target ("without a disposal site,
/// extending the reactors' life will only postpone the problem"), which leaves the
/// target to the condition.
fn all_it_would_do(tokens: &[Token], first: usize, verb: usize) -> Option<StanceLabel> {
    const MEASURED: [&str; 9] = [
        "cost", "apply", "affect", "take", "add", "require", "need", "cover", "be",
    ];
    let conditioned = tokens[..first]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "without" | "unless" | "if"));
    (!conditioned
        && verb >= 2
        && tokens[verb - 1].lower == "only"
        && MODALS_OF_EFFECT.contains(&tokens[verb - 2].lower.as_str())
        && !MEASURED.contains(&tokens[verb].lower.as_str()))
    .then_some(StanceLabel::Against)
}

/// "would only cost drivers 500 won", "only costs money when we make batteries here":
/// a cost the speaker makes small speaks for what it is the cost of.
fn cost_made_small(tokens: &[Token], verb: usize) -> bool {
    verb >= 1
        && tokens[verb - 1].lower == "only"
        && matches!(tokens[verb].lower.as_str(), "cost" | "costs")
}

/// "expressed concern that the bill singles out Chinese nationals", "raised fears that
/// the levy would ...": a worry voiced about what the target does is against it (not
/// one allayed or dismissed, whose verb is no voicing).
fn concern_voiced_over(tokens: &[Token], first: usize) -> bool {
    // Articles only: "that" is the conjunction here, not a determiner.
    let mut np = first;
    while np > 0
        && matches!(
            tokens[np - 1].lower.as_str(),
            "the" | "a" | "an" | "this" | "its"
        )
    {
        np -= 1;
    }
    let before = lower_words(&tokens[np.saturating_sub(5)..np]);
    let n = before.len();
    // "Restaurant owners fear the charge will end up on their menus": the fear is the
    // speaker's own, told by its verb (not "do not fear").
    // Not the noun after a determiner or a preposition ("Regarding worries that ...").
    let feared = |at: usize| {
        let noun = at.checked_sub(1).is_some_and(|p| {
            DETERMINERS.contains(&before[p])
                || TOPIC_OPENERS.contains(&before[p])
                || matches!(
                    before[p],
                    "about" | "over" | "amid" | "despite" | "of" | "allay"
                )
        });
        matches!(
            before[at],
            "fear" | "fears" | "feared" | "worry" | "worries" | "worried"
        ) && !noun
            && !before[..at].iter().rev().take(2).any(|w| is_negation(w))
    };
    if n >= 1 && (feared(n - 1) || (n >= 2 && before[n - 1] == "that" && feared(n - 2))) {
        return true;
    }
    n >= 3
        && before[n - 1] == "that"
        && matches!(
            before[n - 2],
            "concern" | "concerns" | "worry" | "worries" | "fear" | "fears"
        )
        && before[..n - 2].iter().rev().take(2).any(|w| {
            matches!(
                *w,
                "expressed" | "expresses" | "raised" | "raises" | "voiced" | "voices"
            )
        })
}

/// "the runway \"should have been built five years ago\"", "the city should have
/// built the runway": what should have been done already is wanted (a criticism that
/// urges nothing now, as gold-format.md has it, but takes a side); "should never have
/// approved the merger" is against.
fn wanted_done_before(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let words = |from: usize, to: usize| lower_words(&tokens[from..to]);
    // What the verb does to the target: "be scrapped" removes it, "be built" makes it.
    let done_to_target =
        |participle: &str| subject_change(&["be", participle], res).unwrap_or(StanceLabel::Favor);
    let side = |label: StanceLabel, negated: bool| if negated { flip(label) } else { label };
    // The target as the subject: "should (not) have been <participle>" right after it.
    let after = words(last + 1, tokens.len().min(last + 8));
    let rest = match after.as_slice() {
        ["should" | "must", rest @ ..] => rest,
        ["ought", "to", rest @ ..] => rest,
        _ => &[][..],
    };
    let negated = rest.first().is_some_and(|w| matches!(*w, "not" | "never"));
    let rest = if negated { &rest[1..] } else { rest };
    if let ["have", "been", participle, ..] = rest {
        return Some(side(done_to_target(participle), negated));
    }
    // The target as the object: "should (never) have <verb> the runway".
    let np = with_determiners(tokens, first);
    let before = words(np.saturating_sub(6), np);
    let n = before.len();
    if n >= 3 && before[n - 2] == "have" {
        let negated = matches!(before[n - 3], "never" | "not");
        let modal = if negated && n >= 4 {
            before[n - 4]
        } else {
            before[n - 3]
        };
        if matches!(modal, "should" | "must") {
            return Some(side(done_to_target(before[n - 1]), negated));
        }
    }
    None
}

/// "would put patients at risk", "puts lives in danger": a verb of placing whose
/// object it leaves at risk does harm, as "endanger" does.
fn puts_at_risk(tokens: &[Token], verb: usize) -> Option<StanceLabel> {
    /// Words of the object before "at risk" ("thousands of small firms").
    const OBJECT_WORDS: usize = 5;
    if !matches!(tokens[verb].lower.as_str(), "put" | "puts" | "putting") {
        return None;
    }
    let words: Vec<&str> = tokens[verb + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(OBJECT_WORDS + 2)
        .map(|t| t.lower.as_str())
        .collect();
    words
        .windows(2)
        .skip(1)
        .any(|w| matches!(w, ["at", "risk"] | ["in", "danger"] | ["in", "jeopardy"]))
        .then_some(StanceLabel::Against)
}

/// "Presumed consent is not consent", "A voluntary cap is no cap at all": the target
/// ending at token `last` denied what its own head noun names.
fn denies_its_name(tokens: &[Token], last: usize) -> bool {
    let head = tokens[last].lower.as_str();
    let words: Vec<&str> = tokens[last + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(5)
        .map(|t| t.lower.as_str())
        .collect();
    let Some((copula, rest)) = words.split_first() else {
        return false;
    };
    let rest = match rest {
        ["not", rest @ ..] | ["no", rest @ ..] => rest,
        _ => return false,
    };
    let rest = match rest {
        ["a" | "an" | "real" | "true", rest @ ..] => rest,
        _ => rest,
    };
    COPULAS.contains(copula) && rest.first() == Some(&head)
}

/// The pronoun standing for the target ending at token `last` as the subject of a
/// contrasting clause later in its sentence (", but it would also ...").
fn contrasted_pronoun(tokens: &[Token], last: usize) -> Option<usize> {
    let but = last + 1 + tokens[last + 1..].iter().position(|t| t.lower == "but")?;
    tokens
        .get(but + 1)
        .filter(|t| matches!(t.lower.as_str(), "it" | "they"))
        .map(|_| but + 1)
}

/// The complement said again after the clause of the target ending at token `last`
/// (", and a welcome one"): its article and its "one".
fn elliptical_complement(tokens: &[Token], last: usize) -> Option<(usize, usize)> {
    /// Words between the article and "one" ("a very welcome one").
    const COMPLEMENT_WORDS: usize = 3;
    let and = last + 1 + tokens[last + 1..].iter().position(|t| !t.is_word)?;
    let [comma, conjunction, article, ..] = tokens.get(and..)? else {
        return None;
    };
    if comma.lower != ","
        || !matches!(conjunction.lower.as_str(), "and" | "but")
        || !matches!(article.lower.as_str(), "a" | "an")
    {
        return None;
    }
    let one = (and + 3..tokens.len().min(and + 4 + COMPLEMENT_WORDS))
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].lower == "one")?;
    (one > and + 3).then_some((and + 2, one))
}

/// The pronoun standing for the target ending at token `last` as the subject of a
/// clause joined after its own by ", and" (", and it is the wrong call").
fn joined_pronoun(tokens: &[Token], last: usize) -> Option<usize> {
    let k = joined_after(tokens, last)?;
    tokens
        .get(k)
        .filter(|t| matches!(t.lower.as_str(), "it" | "they"))
        .map(|_| k)
}

/// The first token of the clause joined by ", and" after the target ending at token
/// `last`: the first "and" after it, when a comma stands before that "and".
fn joined_after(tokens: &[Token], last: usize) -> Option<usize> {
    let and = last + 1 + tokens[last + 1..].iter().position(|t| t.lower == "and")?;
    (tokens[and - 1].lower == ",").then_some(and + 1)
}

/// Nouns for what a charge or a tax brings in.
const YIELD_NOUNS: [&str; 5] = ["revenue", "revenues", "proceeds", "money", "income"];

/// The noun for what the target ending at token `last` brings in, as the subject of a
/// clause joined after its own by ", and" (", and the revenue could pay for ...").
fn joined_yield(tokens: &[Token], last: usize) -> Option<usize> {
    let k = joined_after(tokens, last)?;
    let [determiner, noun, ..] = tokens.get(k..)? else {
        return None;
    };
    (matches!(determiner.lower.as_str(), "the" | "its" | "their")
        && YIELD_NOUNS.contains(&noun.lower.as_str()))
    .then_some(k + 1)
}

/// A stance cue of one word right before "it" or "them" after the target ending at
/// token `last`, with "we" or "I" its subject ("we do not oppose them", "I support
/// it"), turned by a negation before it.
fn cue_on_pronoun_after(tokens: &[Token], last: usize, res: &Resources) -> Option<StanceLabel> {
    let words = lower_words(&tokens[last + 1..]);
    let at = (1..words.len()).find(|&p| matches!(words[p], "it" | "them"))?;
    let cue = words[at - 1];
    // The speaker's own side ("we do not oppose them", "I support it"), not "a full
    // move would end it" (its object is something else) nor "decide whether to adopt
    // it" (a choice left open).
    // Nor is "asked the National Assembly to block it": what the speaker urges others
    // to do to it is its side too.
    /// Words between a verb of urging and the "to" of what it urges.
    const URGED_WORDS: usize = 6;
    let before = &words[at.saturating_sub(5)..at - 1];
    let urged = at >= 2
        && words[at - 2] == "to"
        && words[..at - 2].iter().rev().take(URGED_WORDS + 1).any(|w| {
            matches!(
                *w,
                "asked" | "urged" | "called" | "pressed" | "asking" | "urging" | "calling"
            )
        });
    if !(urged || before.iter().any(|w| matches!(*w, "we" | "i"))) || before.contains(&"whether") {
        return None;
    }
    let label = one_word_cue(cue, res)
        .or_else(|| res.is_removal_word(cue).then_some(StanceLabel::Against))?;
    let negated = before.iter().any(|w| is_negation(w));
    Some(if negated { flip(label) } else { label })
}

/// Whether the target at tokens `first..=last` is what a condition that opens the
/// sentence denies ("If the government does not expand export credit this year, ...",
/// "Unless we cap rents, ..."), the condition closed by a comma a few words on.
fn denied_condition(tokens: &[Token], first: usize, last: usize) -> bool {
    /// Words between the target and the comma that closes the condition ("this year").
    const AFTER_WORDS: usize = 4;
    let opening = lower_words(&tokens[..first]);
    // "does not expand export credit": the target's own verb may stand before it.
    let negated = |w: &&str| {
        matches!(
            *w,
            "not" | "never" | "don't" | "doesn't" | "didn't" | "won't"
        )
    };
    let denied = match opening.as_slice() {
        ["unless", ..] => true,
        ["if", .., before, last] => negated(before) || negated(last),
        _ => false,
    };
    // Past an opening quotation mark, no punctuation before the target.
    denied
        && tokens[..first]
            .iter()
            .skip_while(|t| text::is_opening_quote(&t.lower))
            .all(|t| t.is_word)
        && tokens[last + 1..]
            .iter()
            .take(AFTER_WORDS + 1)
            .take_while(|t| t.is_word || t.lower == ",")
            .any(|t| t.lower == ",")
}

/// The particles of phrasal effect verbs ("push up", "bring down"), with the words
/// that end one as a particle does ("keep fares unchanged").
const PARTICLES: [&str; 7] = ["up", "down", "in", "out", "away", "unchanged", "steady"];

/// "Critics say the levy ...", "Many supporters of the plan argue ...": the side of
/// the group a sentence opens with, on a target named after it.
fn side_of_opening_group(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    let mut words = tokens[..first].iter().filter(|t| t.is_word);
    let mut noun = words.next()?;
    if matches!(noun.lower.as_str(), "some" | "many" | "most" | "the") {
        noun = words.next()?;
    }
    res.side_nouns.get(&noun.lower).copied()
}

/// Words of a threat made over what happens to a target.
const THREATS: [&str; 17] = [
    "strike",
    "strikes",
    "boycott",
    "protest",
    "protests",
    "sue",
    "quit",
    "resign",
    "walkout",
    "lawsuit",
    "rally",
    "rallies",
    "streets",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
];
/// Words of an offer made on a condition ("ready to return to the table if ...").
const OFFERS: [&str; 5] = ["ready", "willing", "prepared", "offered", "agree"];
/// Participles of what is wanted done to a target that keep or further it ("wants the
/// freeze extended").
const FURTHERING: [&str; 14] = [
    "extended",
    "expanded",
    "kept",
    "passed",
    "approved",
    "adopted",
    "restored",
    "reinstated",
    "renewed",
    "implemented",
    "enforced",
    "introduced",
    "strengthened",
    "continued",
];

/// Whether a verb form removes, ends or puts off what it acts on ("withdrew",
/// "lifted", "postponed"): it opens with a removal word or a one-word opposing cue.
fn undoing_word(word: &str, res: &Resources) -> bool {
    let undoes = |w: &str| w.len() > 3 && word.starts_with(w);
    res.removal_words
        .iter()
        .any(|r| r.len() == 1 && undoes(&r[0]))
        || res
            .stance_cues
            .iter()
            .any(|(cue, label)| *label == StanceLabel::Against && cue.len() == 1 && undoes(&cue[0]))
}

/// "ready to return to the table if the company withdrew the job cuts": an offer made
/// on the target's removal opposes it; a threat made on it ("will strike again if the
/// city scraps the plan") sides with it, and so does a harm it is said to bring ("expects
/// to lose half her customers if the free entry ends"; a good it would bring opposes).
fn conditioned_on_removal(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    /// Words of the condition's subject ("the company", "the city council").
    const SUBJECT_WORDS: usize = 4;
    /// Words of the main clause read for the offer, threat or effect.
    const CLAUSE_WORDS: usize = 10;
    let k = with_determiners(tokens, first);
    let cond = if k >= 3 && undoing_word(&tokens[k - 1].lower, res) {
        (k.saturating_sub(SUBJECT_WORDS + 2)..k - 1)
            .rev()
            .take_while(|&p| tokens[p].is_word)
            .find(|&p| tokens[p].lower == "if")?
    } else if k >= 1 && tokens[k - 1].lower == "if" && removed_after(tokens, last, res) {
        k - 1
    } else {
        return None;
    };
    let main: Vec<usize> = (0..cond)
        .rev()
        .take(CLAUSE_WORDS)
        .take_while(|&p| tokens[p].is_word)
        .collect();
    let has = |words: &[&str]| {
        main.iter()
            .any(|&p| words.contains(&tokens[p].lower.as_str()))
    };
    if has(&OFFERS) {
        Some(StanceLabel::Against)
    } else if has(&THREATS) {
        Some(StanceLabel::Favor)
    } else {
        main.iter()
            .rev()
            .find_map(|&p| effect_at(tokens, p, res))
            .map(flip)
    }
}

/// "If they charge for returns, I will cancel": a threat made on the target's coming
/// about, in a condition that opens the sentence, opposes it; so does a harm said to
/// follow ("If the fee goes ahead, we will lose customers"), and a good favours it.
fn conditioned_on_target(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    /// Words of the main clause read for the threat or effect.
    const CLAUSE_WORDS: usize = 10;
    // The "if" opens the sentence, or what a speaker says ("Kwon said that if ...").
    let opening = tokens[..first].iter().position(|t| t.is_word);
    let opens = tokens[..first]
        .iter()
        .rposition(|t| t.lower == "if")
        .filter(|&c| {
            Some(c) == opening
                || (c >= 2
                    && tokens[c - 1].lower == "that"
                    && res.is_speech_verb(&tokens[c - 2].lower).is_some())
        })?;
    if !tokens[opens + 1..first].iter().all(|t| t.is_word) {
        return None;
    }
    let comma = last
        + 1
        + tokens[last + 1..]
            .iter()
            .position(|t| !t.is_word)
            .filter(|&p| tokens[last + 1 + p].lower == ",")?;
    // "If they scrap the fee, I will cancel": made on its removal, the other side.
    let removed = removed_after(tokens, last, res)
        || tokens[opens + 1..first]
            .iter()
            .any(|t| undoing_word(&t.lower, res));
    let main: Vec<usize> = (comma + 1..tokens.len())
        .take(CLAUSE_WORDS)
        .take_while(|&p| tokens[p].is_word)
        .collect();
    let label = if main
        .iter()
        .any(|&p| THREATS.contains(&tokens[p].lower.as_str()) || tokens[p].lower == "cancel")
    {
        StanceLabel::Against
    } else {
        // "If we raise the retirement age, unemployment will rise": a quantity that
        // changes by itself in the main clause, as well as one the clause changes.
        let clause = &tokens[comma + 1..comma + 1 + main.len()];
        main.iter()
            .find_map(|&p| effect_at(tokens, p, res))
            .or_else(|| quantity_changed(clause, res))?
    };
    Some(if removed { flip(label) } else { label })
}

/// Whether the target that ends at `last` is said to be removed after it: "if the free
/// entry ends", "if the subsidy is scrapped", "if the rule were lifted".
fn removed_after(tokens: &[Token], last: usize, res: &Resources) -> bool {
    let mut words = tokens[last + 1..].iter().take_while(|t| t.is_word);
    let mut verb = words.next();
    while verb.is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "is" | "are" | "was" | "were" | "gets" | "got" | "be" | "being" | "to"
        )
    }) {
        verb = words.next();
    }
    // "end" is too short to be read as the opening of its forms ("endorse").
    verb.is_some_and(|t| {
        matches!(t.lower.as_str(), "ends" | "ended" | "end") || undoing_word(&t.lower, res)
    })
}

/// "wants the freeze lifted", "wanted the pilot extended": what is wanted done to the
/// target gives the side, against it when it is removed. With nothing done to it, the
/// target is wanted by the speaker when a pronoun that can be the speaker wants it
/// ("said it wants a second terminal"); "Gangwon Province wants ..." is narration, and
/// "nobody wanted ..." wants nothing.
fn wanted_done(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let k = with_determiners(tokens, first);
    if k == 0 || !matches!(tokens[k - 1].lower.as_str(), "want" | "wants" | "wanted") {
        return None;
    }
    if let Some(next) = tokens.get(last + 1).filter(|t| t.is_word) {
        let participle = next.lower.as_str();
        // "wants the exemption made permanent": what it is wanted made says the side.
        let made = (participle == "made")
            .then(|| tokens.get(last + 2))
            .flatten()
            .map(|t| t.lower.as_str());
        if let Some(made) = made {
            return match made {
                "permanent" | "mandatory" | "compulsory" | "universal" | "nationwide" => {
                    Some(StanceLabel::Favor)
                }
                "optional" | "voluntary" | "temporary" => Some(StanceLabel::Against),
                _ => None,
            };
        }
        if undoing_word(participle, res) {
            return Some(StanceLabel::Against);
        } else if FURTHERING.contains(&participle) {
            return Some(StanceLabel::Favor);
        } else if is_past_of(participle, &res.base_verbs) {
            return None;
        }
    }
    (k >= 2
        && matches!(
            tokens[k - 2].lower.as_str(),
            "it" | "he" | "she" | "they" | "we" | "i"
        ))
    .then_some(StanceLabel::Favor)
}

/// "threatened to strike if the cut ends", "would hold a screening boycott if the plan
/// goes ahead": a threat made over what happens to the target sides with it when the
/// threat is over its end, against it when over its going ahead.
fn threatened_over(tokens: &[Token], first: usize, last: usize) -> Option<StanceLabel> {
    /// Words between the threat and its "if".
    const THREAT_WORDS: usize = 6;
    let k = with_determiners(tokens, first);
    if k == 0 || tokens[k - 1].lower != "if" {
        return None;
    }
    let threat = tokens[..k - 1]
        .iter()
        .rev()
        .take(THREAT_WORDS + 1)
        .take_while(|t| t.is_word)
        .any(|t| THREATS.contains(&t.lower.as_str()));
    if !threat {
        return None;
    }
    let after: Vec<&str> = tokens[last + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(3)
        .map(|t| t.lower.as_str())
        .collect();
    match after.as_slice() {
        ["ends" | "expires" | "lapses", ..]
        | [
            "is",
            "scrapped" | "dropped" | "lifted" | "abolished" | "cut" | "ended",
            ..,
        ] => Some(StanceLabel::Favor),
        ["goes", "ahead", ..]
        | ["passes" | "proceeds", ..]
        | ["takes", "effect", ..]
        | [
            "is",
            "passed" | "approved" | "adopted" | "introduced" | "implemented",
            ..,
        ] => Some(StanceLabel::Against),
        _ => None,
    }
}

/// "will keep writing letters until the bridge is built", "will not return until the
/// ban is lifted": what the subject holds out for is the side it takes on the target,
/// against it when the awaited act removes it.
fn awaited_outcome(
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    let k = with_determiners(tokens, first);
    if k == 0 || tokens[k - 1].lower != "until" {
        return None;
    }
    let copula = tokens.get(last + 1)?;
    let participle = tokens.get(last + 2)?.lower.as_str();
    if !matches!(copula.lower.as_str(), "is" | "are") {
        return None;
    }
    let removes = res
        .removal_words
        .iter()
        .any(|r| r.len() == 1 && r[0].len() > 2 && participle.starts_with(r[0].as_str()));
    let done = participle.ends_with("ed")
        || participle.ends_with("en")
        || matches!(participle, "built" | "made" | "done" | "put" | "set");
    match (removes, done) {
        (true, _) => Some(StanceLabel::Against),
        (false, true) => Some(StanceLabel::Favor),
        _ => None,
    }
}

/// "the opening could not be postponed indefinitely", "the reform can no longer be
/// delayed": the target said to be past putting off or removing is favoured.
///
/// The target may be the subject of a first verb the phrase is joined to ("had been
/// promised a decade ago and could not be postponed").
fn cannot_be_undone(tokens: &[Token], last: usize, res: &Resources) -> bool {
    let undone_at = |from: usize| {
        let after: Vec<&str> = tokens[from..]
            .iter()
            .take_while(|t| t.is_word)
            .take(5)
            .map(|t| t.lower.as_str())
            .collect();
        let participle = match after.as_slice() {
            ["can" | "could", "not" | "never", "be", p, ..]
            | ["cannot", "be", p, ..]
            | ["can" | "could", "no", "longer", "be", p, ..] => *p,
            _ => return false,
        };
        undoing_word(participle, res)
    };
    let finite = tokens.get(last + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would"
        )
    });
    undone_at(last + 1)
        || (finite
            && (last + 2..tokens.len())
                .take_while(|&k| tokens[k].is_word)
                .any(|k| tokens[k].lower == "and" && undone_at(k + 1)))
}

/// Words of a phrase of time between an attempt's noun and its infinitive.
const TIME_WORDS: [&str; 8] = [
    "next", "last", "this", "week", "month", "year", "soon", "later",
];
/// Nouns of an attempt or plan that a stance cue can take ("opposes any attempt to
/// pair the change with X"), and whose "to" names what a speaker commits to ("would
/// enter the race to host the Games").
const ATTEMPT_NOUNS: [&str; 26] = [
    "attempt",
    "attempts",
    "race",
    "races",
    "campaign",
    "campaigns",
    "plan",
    "plans",
    "move",
    "moves",
    "effort",
    "efforts",
    "bid",
    "bids",
    "proposal",
    "proposals",
    "push",
    "calls",
    "bill",
    "bills",
    "ordinance",
    "ordinances",
    "law",
    "legislation",
    "amendment",
    "amendments",
];

/// Nouns of a measure whose act a relative clause in the present names ("a clause that
/// allows X", "a law that requires X").
const MEASURE_NOUNS: [&str; 16] = [
    "clause",
    "clauses",
    "provision",
    "provisions",
    "rule",
    "rules",
    "measure",
    "measures",
    "bill",
    "bills",
    "law",
    "laws",
    "ordinance",
    "amendment",
    "regulation",
    "regulations",
];

/// "The union opposes any attempt to pair the change with a wage peak system",
/// "backs efforts to bring in X": a stance cue of one word on an attempt to act, with
/// the target in what the attempt would do (no comma between), takes the cue's side on
/// the target, turned when the act removes it ("opposes plans to scrap X").
fn cue_on_an_attempt(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Words from the attempt's verb to the target.
    const ACTION_WORDS: usize = 6;
    /// Words between the cue and the attempt's noun ("any", "the government's").
    const DETERMINER_WORDS: usize = 3;
    let (clause_start, _) = clause_bounds(tokens, first, first);
    let words = lower_words(&tokens[clause_start..first]);
    // "proposed a bill that would make portals liable for X": the attempt's act after
    // "that would" as after "to".
    let relative = |p: usize| {
        p >= 2 && matches!(words[p], "would" | "will") && matches!(words[p - 1], "that" | "which")
    };
    // "object to a clause that allows X", "backed a law that requires X": a measure's
    // act in the present after "that", as after "to".
    let present_act = |v: &str| {
        v.strip_suffix('s')
            .is_some_and(|base| res.base_verbs.contains(base))
    };
    let measure_relative = |p: usize| {
        p >= 1
            && matches!(words[p], "that" | "which")
            && words.get(p + 1).is_some_and(|v| present_act(v))
            && MEASURE_NOUNS.contains(&words[p - 1])
    };
    let to = (0..words.len())
        .rev()
        .find(|&p| words[p] == "to" || relative(p) || measure_relative(p))
        .filter(|&p| p > 0 && words.len() - p - 1 <= ACTION_WORDS)?;
    let measure = measure_relative(to);
    // The act is the target itself ("defended the ministry's plan to ban smartphones",
    // the target "ban smartphones"), or a verb before it.
    let acts = measure
        || words
            .get(to + 1)
            .is_none_or(|v| res.base_verbs.contains(*v));
    // "would propose an ordinance next month to open X": past a phrase of time.
    let mut noun = if relative(to) { to - 2 } else { to - 1 };
    while noun > 0 && TIME_WORDS.contains(&words[noun]) {
        noun -= 1;
    }
    if !(measure || ATTEMPT_NOUNS.contains(&words[noun])) || !acts {
        return None;
    }
    let window = noun.saturating_sub(DETERMINER_WORDS + 1)..noun;
    // "object to a clause that allows X": a cue of more words, when it ends in the same
    // window before the measure's noun.
    let phrase_cue = || {
        res.stance_cues
            .iter()
            .filter(|(cue, _)| measure && cue.len() > 1)
            .find(|(cue, _)| {
                window
                    .clone()
                    .any(|end| end + 1 >= cue.len() && words[end + 1 - cue.len()..=end] == cue[..])
            })
            .map(|(_, label)| *label)
    };
    let label = window
        .clone()
        .find_map(|c| one_word_cue(words[c], res))
        .or_else(phrase_cue)?;
    // "a rule that bans X": the measure's verb in the present is the removal's base.
    let mut act = words[to + 1..].to_vec();
    if measure && let Some(verb) = act.first_mut() {
        *verb = verb.strip_suffix('s').unwrap_or(verb);
    }
    let removes = res
        .removal_words
        .iter()
        .any(|r| find_words(&act, r) == Some(0));
    Some(if removes { flip(label) } else { label })
}

/// Nouns of a demand made on a course, which a cue before them takes a side on.
const DEMAND_NOUNS: [&str; 8] = [
    "calls", "call", "demands", "demand", "appeals", "requests", "pressure", "push",
];

/// "would block any attempt to scrap the closure": an opposing cue a few words before
/// the "to" that opens the nearest cue's phrase turns it, beyond the cue window.
fn opposed_from_afar(
    tokens: &[Token],
    clause_start: usize,
    first: usize,
    cue: &[&str],
    res: &Resources,
) -> bool {
    /// Words between the opposing cue and "to" ("any attempt", "the government's plan").
    const GAP_WORDS: usize = 4;
    let words = lower_words(&tokens[clause_start..first]);
    let Some(p) = (0..words.len())
        .rev()
        .find(|&p| !cue.is_empty() && words[p..].starts_with(cue))
    else {
        return false;
    };
    if p == 0 {
        return false;
    }
    // "rejected calls for a separate rate": a call or a demand taken a side on just
    // before it.
    let earlier = if words[p - 1] == "to" {
        &words[(p - 1).saturating_sub(GAP_WORDS + 2)..p - 1]
    } else if DEMAND_NOUNS.contains(&cue[0]) {
        &words[p.saturating_sub(2)..p]
    } else {
        return false;
    };
    res.stance_cues
        .iter()
        .any(|(c, l)| *l == StanceLabel::Against && find_words(earlier, c).is_some())
}

/// Nouns of a course considered, through which a side is taken on the course itself
/// ("rejected the idea of a separate rate").
const IDEA_NOUNS: [&str; 4] = ["idea", "notion", "concept", "prospect"];

/// The tokens of "the plan to", "a proposal to", "the ruling party's plan to" (a noun of
/// `PLAN_NOUNS`) straight before token `k`, which a side taken on the plan reaches past
/// to the course it names ("less enthusiastic about the ruling party's plan to cut
/// income tax"); 0 where there are none.
fn plan_words(tokens: &[Token], k: usize) -> usize {
    /// Words of the owner before "'s" ("ruling party's").
    const OWNER_WORDS: usize = 2;
    if k < 3 || tokens[k - 1].lower != "to" || !PLAN_NOUNS.contains(&singular(&tokens[k - 2].lower))
    {
        return 0;
    }
    let before = k - 3;
    let word = tokens[before].lower.as_str();
    if matches!(word, "the" | "a" | "its" | "their" | "his" | "her") {
        return 3;
    }
    if possessor(word).is_none() {
        return 0;
    }
    (before.saturating_sub(OWNER_WORDS)..before)
        .rev()
        .take_while(|&j| tokens[j].is_word)
        .find(|&j| tokens[j].lower == "the")
        .map_or(3, |j| k - j)
}

/// The words of the `CUE_WINDOW + 1` tokens before token `first`, where a stance cue
/// may stand, not counting phrases of time ("renewed his call on Monday for X") nor
/// the party a cue addresses ("proposed to the government the introduction of X").
fn cue_window<'t>(tokens: &'t [Token], first: usize, res: &Resources) -> Vec<&'t str> {
    /// Words of the party addressed, after "to".
    const ADDRESSEE_WORDS: usize = 4;
    let mut words = Vec::new();
    let first = noun_phrase_start(tokens, first, res);
    let (mut k, mut taken) = (explained_phrase(tokens, first).unwrap_or(first), 0);
    // "rejected the idea of a separate rate": a side taken on the idea of the target is
    // taken on the target; the window reaches past the idea's words (which may be a cue's
    // own: "floating the idea of").
    let article = usize::from(k >= 1 && matches!(tokens[k - 1].lower.as_str(), "a" | "an" | "the"));
    let idea_words = if k >= 3 + article
        && tokens[k - article - 3].lower == "the"
        && IDEA_NOUNS.contains(&tokens[k - article - 2].lower.as_str())
        && matches!(tokens[k - article - 1].lower.as_str(), "of" | "for")
    {
        3 + article
    } else {
        plan_words(tokens, k)
    };
    while k > 0 && taken <= CUE_WINDOW + idea_words {
        if let Some(len) = res.time_phrase_before(tokens, k) {
            k -= len;
            continue;
        }
        let addressee = (k.saturating_sub(ADDRESSEE_WORDS + 1)..k.saturating_sub(1))
            .rev()
            .find(|&j| tokens[j].lower == "to")
            .filter(|&j| {
                j > 0
                    && tokens[j + 1..k].iter().all(|t| t.is_word)
                    && matches!(tokens[j + 1].lower.as_str(), "the" | "a" | "an")
                    && one_word_cue(&tokens[j - 1].lower, res).is_some()
            });
        if let Some(to) = addressee {
            k = to;
            continue;
        }
        k -= 1;
        taken += 1;
        if tokens[k].is_word {
            words.push(tokens[k].lower.as_str());
        }
    }
    words.reverse();
    words
}

/// "will build a $2 billion battery cell plant in Hungary": the start of the noun
/// phrase whose head the target at token `first` names, past a few amounts and
/// lower-case modifiers (no verb, no word of grammar) to its determiner.
fn noun_phrase_start(tokens: &[Token], first: usize, res: &Resources) -> usize {
    /// Modifiers between the determiner and the target ("$2 billion battery cell").
    const MODIFIER_TOKENS: usize = 5;
    const AMOUNTS: [&str; 6] = ["$", "billion", "million", "trillion", "won", "percent"];
    let modifier = |t: &Token| {
        let w = t.lower.as_str();
        AMOUNTS.contains(&w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || (t.is_word
                && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !res.base_verbs.contains(w)
                && !GRAMMAR_WORDS.contains(&w)
                // "the monthly top-up": an adjective of time, not an adverb.
                && (!w.ends_with("ly")
                    || matches!(w, "monthly" | "weekly" | "daily" | "yearly" | "quarterly" | "nightly"))
                && !w.ends_with("ed")
                // A verb's form ("opposes raising the ...", "keeps"): a modifier is
                // seldom plural, nor a participle.
                && !w.ends_with('s')
                && !w.ends_with("ing"))
    };
    let mut k = first;
    while k > 0 && first - k < MODIFIER_TOKENS && modifier(&tokens[k - 1]) {
        k -= 1;
    }
    // Only a phrase that a determiner opens: else the words are no modifiers of it.
    if k < first && k > 0 && matches!(tokens[k - 1].lower.as_str(), "a" | "an" | "the") {
        k
    } else {
        first
    }
}

/// Words of grammar that no noun phrase's modifier is.
const GRAMMAR_WORDS: [&str; 52] = [
    "the", "a", "an", "to", "of", "for", "in", "on", "at", "with", "by", "from", "and", "or",
    "but", "that", "which", "who", "not", "no", "its", "their", "his", "her", "our", "this",
    "these", "those", "is", "are", "was", "were", "be", "will", "would", "should", "could", "can",
    "may", "must", "against", "over", "about", "into", "after", "before", "without", "than", "as",
    "under", "behind", "toward",
];

/// "proposed a different approach: a voluntary agreement": the start of the short
/// phrase of a noun ("a different approach") that a colon before the target at token
/// `first` goes on to explain, so that what is said of that phrase is said of the target.
fn explained_phrase(tokens: &[Token], first: usize) -> Option<usize> {
    /// Words of the explained phrase, its article included.
    const PHRASE_WORDS: usize = 3;
    let colon = with_determiners(tokens, first).checked_sub(1)?;
    if tokens[colon].lower != ":" {
        return None;
    }
    (1..=PHRASE_WORDS.min(colon)).map(|n| colon - n).find(|&p| {
        tokens[p..colon].iter().all(|t| t.is_word)
            && matches!(tokens[p].lower.as_str(), "a" | "an" | "one")
    })
}

/// The recommendation whose subject is the target ending at token `last` ("The
/// retirement age should rise to 68"): only a few words (the modal) lie between them.
/// With it, the words of its action.
fn recommended_of_subject(
    doc: &Document,
    i: usize,
    last: usize,
) -> Option<(&Recommendation, Vec<&str>)> {
    /// At most this many words (the modal and its adverbs) between subject and action.
    const MODAL_WORDS: usize = 3;
    let tokens = doc.sentence_tokens(i);
    doc.sentences[i]
        .recommendations
        .iter()
        .filter(|r| !r.learned)
        .find_map(|r| {
            let start = tokens[last + 1..]
                .iter()
                .position(|t| t.span.start >= r.action_span.start)
                .map(|p| last + 1 + p)?;
            let mut between = &tokens[last + 1..start];
            // "the coverage was ten years late and should be extended": the second of two
            // predicates the target is the subject of, when the rules took it as the
            // recommendation's actor.
            let actor_is_target = r
                .actor
                .as_deref()
                .is_some_and(|a| a.to_lowercase().ends_with(tokens[last].lower.as_str()));
            if let Some(and) = between.iter().rposition(|t| t.lower == "and")
                && actor_is_target
            {
                between = &between[and + 1..];
            }
            if between.is_empty()
                || between.len() > MODAL_WORDS
                || between.iter().any(|t| !t.is_word)
            {
                return None;
            }
            let action: Vec<&str> = tokens[start..]
                .iter()
                .filter(|t| t.span.end <= r.action_span.end && t.is_word)
                .map(|t| t.lower.as_str())
                .collect();
            Some((r, action))
        })
}

/// The side a recommendation takes on its subject: favour when urged, against when
/// urged not to.
fn urged(r: &Recommendation, label: StanceLabel) -> Reading {
    Reading {
        label: if r.polarity == Polarity::Avoid {
            flip(label)
        } else {
            label
        },
        confidence: r.confidence,
        evidence: Evidence::Recommendation,
    }
}

/// The target ending at token `last` is the subject of a recommendation that asks it to
/// change ("The retirement age should rise to 68", "The levy must be scrapped"): the
/// action opens with a phrase of `subject_changes.txt`.
fn subject_of_recommendation(
    doc: &Document,
    i: usize,
    last: usize,
    res: &Resources,
) -> Option<Reading> {
    let (r, action) = recommended_of_subject(doc, i, last)?;
    Some(urged(r, subject_change(&action, res)?))
}

/// "let this idea die in committee", "allow the levy to lapse": the side of the change
/// (a phrase of `subject_changes.txt`) that a verb of letting lets the target at tokens
/// `first..=last` come to.
fn let_change(tokens: &[Token], first: usize, last: usize, res: &Resources) -> Option<StanceLabel> {
    let verb = with_determiners(tokens, first).checked_sub(1)?;
    let infinitive = match tokens[verb].lower.as_str() {
        "let" | "letting" => false,
        "allow" | "allowing" => true,
        _ => return None,
    };
    let after = tokens.get(last + 1..)?;
    let after = match after.split_first() {
        Some((to, rest)) if infinitive && to.lower == "to" => rest,
        _ if infinitive => return None,
        _ => after,
    };
    let words: Vec<&str> = after
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    subject_change(&words, res)
}

/// The side an action takes on its subject when it opens with a phrase of
/// `subject_changes.txt` ("be scrapped": against).
fn subject_change<S: AsRef<str>>(action: &[S], res: &Resources) -> Option<StanceLabel> {
    res.subject_changes
        .iter()
        .find(|(phrase, _)| {
            action.len() >= phrase.len() && action.iter().zip(phrase).all(|(a, b)| a.as_ref() == b)
        })
        .map(|(_, label)| *label)
}

/// "said no SMR has yet been licensed ..., and that the money should go to solar and
/// wind instead": a recommendation after the target that ends its action with
/// "instead" urges something else in its place, against the target.
fn alternative_urged(doc: &Document, i: usize, last: usize) -> Option<Reading> {
    let tokens = doc.sentence_tokens(i);
    let end = tokens[last].span.end;
    doc.sentences[i]
        .recommendations
        .iter()
        .filter(|r| r.polarity == Polarity::Do && r.action_span.start >= end)
        .find(|r| {
            r.action.split_whitespace().next_back().is_some_and(|w| {
                w.trim_end_matches(['.', ',', '"'])
                    .eq_ignore_ascii_case("instead")
            })
        })
        .map(|r| Reading {
            label: StanceLabel::Against,
            confidence: r.confidence,
            evidence: Evidence::Recommendation,
        })
}

/// "It urged the city to set up fixed feeding stations instead.", "She said schools
/// should instead hold events in the morning": a course urged in place of another, in
/// a sentence that names no target, is urged in place of the target under debate, in
/// an article about one target (on our own such articles, a sentence with a course
/// urged "instead" was against the target in 27 of 28; where there are more targets,
/// it may be in place of none of them).
///
/// So is a course someone "would do better to" take, and what money "would be better
/// spent on" (against the target in all seven such sentences of our articles about one
/// target): the comparison is with the course under debate.
fn urged_instead(doc: &Document, i: usize, target: usize) -> Option<SentenceStance> {
    if doc.targets.len() != 1 {
        return None;
    }
    let tokens = doc.sentence_tokens(i);
    let instead = tokens
        .iter()
        .enumerate()
        .any(|(k, t)| t.lower == "instead" && tokens.get(k + 1).is_none_or(|n| n.lower != "of"));
    let better = |after: &str| {
        tokens.windows(3).any(|w| {
            matches!(w[0].lower.as_str(), "do" | "be")
                && w[1].lower == "better"
                && w[2].lower == after
        })
    };
    let urged = doc.sentences[i]
        .recommendations
        .iter()
        .find(|r| r.polarity == Polarity::Do)
        .map(|r| r.confidence.min(FROM_CUE));
    let confidence = if better("spent") {
        urged.unwrap_or(FROM_CUE)
    } else {
        urged.filter(|_| instead || better("to"))?
    };
    Some(SentenceStance {
        target,
        label: StanceLabel::Against,
        confidence,
        learned: false,
    })
}

/// "Liquid e-cigarettes must be taxed at the same rate" for the target "Taxing liquid
/// e-cigarettes": the object of a target named by its action (`name` opens with the
/// gerund) urged to undergo that action is the target urged.
fn named_action_urged(doc: &Document, i: usize, last: usize, name: &[String]) -> Option<Reading> {
    let stem = name.first()?.strip_suffix("ing")?;
    let (r, action) = recommended_of_subject(doc, i, last)?;
    let participle = match action.as_slice() {
        ["be", participle, ..] => *participle,
        _ => return None,
    };
    // "taxing" and "taxed", "introducing" and "introduced": one stem.
    (participle.strip_suffix("ed") == Some(stem)).then(|| urged(r, StanceLabel::Favor))
}

/// "will submit a bill this month to lower the rate", "a bill lowering the rate": the
/// verb that puts forward a bill whose aim is the verb at token `verb`, where the
/// speaker's commitment to the bill is one to its aim.
fn bill_put_forward(tokens: &[Token], verb: usize) -> Option<usize> {
    let mut k = verb;
    if k > 0 && tokens[k - 1].lower == "to" {
        k -= 1;
    } else if !tokens[verb].lower.ends_with("ing") {
        return None;
    }
    while k > 0 && TIME_WORDS.contains(&tokens[k - 1].lower.as_str()) {
        k -= 1;
    }
    let noun = k.checked_sub(1)?;
    let article = noun.checked_sub(1)?;
    let put = article.checked_sub(1)?;
    (matches!(
        tokens[noun].lower.as_str(),
        "bill" | "legislation" | "amendment" | "ordinance" | "motion"
    ) && matches!(tokens[article].lower.as_str(), "a" | "an" | "the")
        && matches!(
            tokens[put].lower.as_str(),
            "submit" | "introduce" | "table" | "propose" | "file" | "unveil"
        ))
    .then_some(put)
}

/// Whether `speaker` is named in the sentence after "its" and a title of a word or two
/// in lower case ("its president Lee Hak-jae", "its chief executive Park Min-su"): the
/// one the sentence's subject has at its head.
fn heads_the_subject(doc: &Document, tokens: &[Token], speaker: &crate::document::Speaker) -> bool {
    /// Words of the title between "its" and the name.
    const TITLE_WORDS: usize = 2;
    let Some(first_name) = speaker.name.split_whitespace().next() else {
        return false;
    };
    (1..tokens.len()).any(|p| {
        doc.slice(tokens[p].span) == first_name
            && (2..=TITLE_WORDS + 1).any(|n| {
                p >= n
                    && tokens[p - n].lower == "its"
                    && tokens[p - n + 1..p]
                        .iter()
                        .all(|t| t.is_word && !is_capitalized(doc.slice(t.span)))
            })
    })
}

/// Whether `word` is the past form in "-d" or "-ed" of a verb of `base_verbs.txt`
/// ("raised", "extended", "banned").
fn past_of_base_verb(word: &str, res: &Resources) -> bool {
    let Some(stem) = word.strip_suffix("ed") else {
        return false;
    };
    let doubled =
        stem.len() >= 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    res.base_verbs.contains(&format!("{stem}e"))
        || res.base_verbs.contains(stem)
        || (doubled && res.base_verbs.contains(&stem[..stem.len() - 1]))
}

/// Whether a clause of "if" or "unless" follows the target (ending at `last`) in its
/// clause: "said it would display the grades if the law required it, but ...".
fn condition_follows(tokens: &[Token], last: usize) -> bool {
    (last + 1..tokens.len())
        .take_while(|&j| !text::ends_clause(tokens, j))
        .any(|j| matches!(tokens[j].lower.as_str(), "if" | "unless"))
}

/// Whether the target at tokens `first..=last` is what its clause's subject would not
/// oppose on a condition that follows it: "would not oppose the racks if drivers were
/// given training" takes no side, as "acceptable only if" does ("I would support a robot
/// tax if the money went to retraining" is for it, as labelled).
fn accepted_on_condition(tokens: &[Token], first: usize, last: usize) -> bool {
    /// Words from the verb of acceptance to the target.
    const VERB_WORDS: usize = 4;
    /// Words from the target's end to the condition's opener.
    const OPENER_WORDS: usize = 2;
    let conditioned = tokens[last + 1..]
        .iter()
        .take(OPENER_WORDS)
        .take_while(|t| t.is_word)
        .any(|t| matches!(t.lower.as_str(), "if" | "unless" | "provided"));
    let k = with_determiners(tokens, first);
    let before: Vec<&str> = tokens[k.saturating_sub(VERB_WORDS)..k]
        .iter()
        .rev()
        .take_while(|t| t.is_word || matches!(t.lower.as_str(), "'" | "’"))
        .map(|t| t.lower.as_str())
        .collect();
    let not_opposed = matches!(before.first(), Some(&("oppose" | "resist" | "block")))
        && before.iter().skip(1).any(|w| is_negation(w));
    conditioned && not_opposed
}

/// Whether the target at token `first` is in the condition on which its clause's
/// subject accepts something: "would not oppose more visas if the government set a wage
/// floor", "would oppose it unless ...", "will do little to cut bills unless ...". The
/// condition is demanded.
fn condition_of_acceptance(tokens: &[Token], first: usize) -> bool {
    /// Words from the verb of acceptance to the condition's opener.
    const ACCEPTED_WORDS: usize = 8;
    let Some(opener) = (0..first)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| matches!(tokens[k].lower.as_str(), "if" | "unless" | "provided"))
    else {
        return false;
    };
    let before: Vec<&str> = tokens[opener.saturating_sub(ACCEPTED_WORDS)..opener]
        .iter()
        .rev()
        .take_while(|t| t.is_word || matches!(t.lower.as_str(), "'" | "’"))
        .map(|t| t.lower.as_str())
        .collect();
    let opposed = before
        .iter()
        .any(|w| matches!(*w, "oppose" | "object" | "resist" | "block"));
    let accepted = before.iter().any(|w| {
        matches!(
            *w,
            "support" | "accept" | "back" | "agree" | "approve" | "acceptable" | "justified"
        )
    });
    let negated = before.iter().any(|w| is_negation(w));
    // "will do little to cut vet bills unless clinics publish standard fees": what
    // fails without it.
    let failing = before
        .iter()
        .any(|w| matches!(*w, "little" | "nothing" | "fail" | "fails"))
        || (negated && before.iter().any(|w| matches!(*w, "work" | "help")));
    match tokens[opener].lower.as_str() {
        "unless" => (opposed && !negated) || failing,
        _ => (opposed && negated) || (accepted && !negated),
    }
}

/// Whether sentence `i` holds quotation marks: words quoted are no report of an act.
fn quoted_inside(doc: &Document, i: usize) -> bool {
    doc.sentences[i].quote != QuoteKind::Indirect && doc.sentences[i].quote != QuoteKind::None
}

/// Words of a named subject that an organisation may stand for ("The Korea Baseball
/// Organization will raise ..., the league said").
const NAMED_SUBJECT_WORDS: usize = 4;

/// "Hanul Motors will close its engine plant, the carmaker said", "The ministry said it
/// would allow ...": the target names an action (it opens with a verb) that the
/// sentence's speaker, as the subject of its clause, says it will take.
pub(crate) fn commits_to(doc: &Document, i: usize, first: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    let speaker = doc.sentences[i].speaker.map(|s| &doc.speakers[s]);
    if speaker.is_none() && !doc.sentences[i].unnamed_source {
        return false;
    }
    // The verb the speaker commits to: the target's own ("will ban cars"), or one of
    // carrying out before the target's noun phrase ("will go on a general strike").
    // "a ban" is a noun, whatever "ban" can be.
    let after_determiner = first > 0 && DETERMINERS.contains(&tokens[first - 1].lower.as_str());
    let first = if let Some(put) = bill_put_forward(tokens, first) {
        put
    } else if (res.base_verbs.contains(&tokens[first].lower)
        || past_of_base_verb(&tokens[first].lower, res))
        && !after_determiner
    {
        first
    } else {
        let np = with_determiners(tokens, noun_phrase_start(tokens, first, res));
        // "would add 120 extra trains": a number counts what is put on.
        let counted = np > 0
            && tokens[np - 1]
                .lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',');
        let np = if counted { np - 1 } else { np };
        // "Companies that miss the quota will pay a levy up to 50 percent higher, the
        // ministry said": a charge an organisation reports others will pay or face,
        // outside quotation marks, is its rule.
        let charged = np >= 2
            && matches!(tokens[np - 1].lower.as_str(), "pay" | "face" | "owe")
            && tokens[np - 2].lower == "will";
        // "People aged 60 to 64 will be able to get a free flu shot ..., the agency
        // said": what it reports others will be able to get is its provision.
        let provided = np >= 5
            && matches!(tokens[np - 1].lower.as_str(), "get" | "receive" | "use")
            && ["will", "be", "able", "to"]
                .iter()
                .zip(&tokens[np - 5..np - 1])
                .all(|(w, t)| t.lower == *w);
        // "All students will have to complete at least 20 hours of survival swimming
        // lessons, the ministry announced": what it reports others will have to do to
        // the target, a few words of quantity between, is its rule as well.
        /// Words between "will have to" and the target's noun phrase.
        const OBLIGED_WORDS: usize = 6;
        let obliged = (np.saturating_sub(OBLIGED_WORDS + 3)..np.saturating_sub(2))
            .rev()
            .take_while(|&k| tokens[k..np].iter().all(|t| t.is_word))
            .any(|k| ends_in_future_obligation(&tokens[..k + 3]));
        let charged = charged || provided || obliged;
        if charged
            && speaker.is_some_and(|s| s.kind == SpeakerType::Organisation)
            && doc.sentences[i].quote != QuoteKind::Direct
        {
            return true;
        }
        // "will replace the grass with artificial turf": what replaces is put in.
        /// Tokens between "replace" and the "with" of what replaces.
        const REPLACED_TOKENS: usize = 8;
        let replacing = (np > 0 && tokens[np - 1].lower == "with")
            .then(|| {
                (np.saturating_sub(REPLACED_TOKENS + 2)..np - 1)
                    .rev()
                    .take_while(|&k| tokens[k].is_word)
                    .find(|&k| tokens[k].lower == "replace")
            })
            .flatten();
        // "will designate Monday, January 27, a temporary public holiday": what a
        // verb of designating makes its object (the day) is what it puts in place.
        /// Tokens of the designated thing and of an "as" before the target's phrase.
        const DESIGNATED_TOKENS: usize = 7;
        let designating = || {
            (np.saturating_sub(DESIGNATED_TOKENS + 1)..np.saturating_sub(1))
                .rev()
                .find(|&k| matches!(tokens[k].lower.as_str(), "designate" | "declare"))
        };
        match res
            .undertaking_verbs
            .iter()
            .find(|v| v.len() <= np && phrase_at(tokens, np - v.len(), v))
        {
            Some(v) => np - v.len(),
            None => match replacing.or_else(designating) {
                Some(k) => k,
                None => return false,
            },
        }
    };
    // "will require its employees to work from the office", "would let banks sell
    // insurance online": what the speaker will make or let others do, it commits to.
    /// Tokens between a verb of obliging and the "to" of what it obliges ("universities
    /// that recruit more than 1,000 international students").
    const OBLIGED_TOKENS: usize = 12;
    /// Words between "let" and the verb it lets ("banks", "the big carriers",
    /// "restaurants in Haeundae and Gwangalli", "restaurants and bars in three nightlife
    /// districts").
    const LET_WORDS: usize = 8;
    /// Tokens of a first act before "and" ("register their motorcycles and").
    const FIRST_ACT_TOKENS: usize = 8;
    // "will require riders to register their motorcycles and display a plate": the
    // second of two acts shares the first one's "to".
    let to_at = if first > 0 && tokens[first - 1].lower == "to" {
        Some(first - 1)
    } else if first > 1 && tokens[first - 1].lower == "and" {
        (first.saturating_sub(FIRST_ACT_TOKENS + 2)..first - 1)
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| {
                tokens[k].lower == "to"
                    && tokens
                        .get(k + 1)
                        .is_some_and(|v| res.base_verbs.contains(&v.lower))
            })
    } else {
        None
    };
    let first = if let Some(to) = to_at {
        (to.saturating_sub(OBLIGED_TOKENS + 1)..to)
            .rev()
            .take_while(|&k| {
                tokens[k].is_word || tokens[k].lower.starts_with(|c: char| c.is_ascii_digit())
            })
            .find(|&k| {
                matches!(
                    tokens[k].lower.as_str(),
                    "require" | "order" | "force" | "oblige" | "compel" | "allow" | "permit"
                )
            })
            .unwrap_or(first)
    } else {
        (first.saturating_sub(LET_WORDS + 1)..first.saturating_sub(1))
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| tokens[k].lower == "let")
            .unwrap_or(first)
    };
    // "Banks will have to keep at least one branch ..., the Financial Services
    // Commission said": what an organisation reports others will have to do is its
    // rule.
    if speaker.is_some_and(|s| s.kind == SpeakerType::Organisation)
        && doc.sentences[i].quote != QuoteKind::Direct
        && ends_in_future_obligation(&tokens[..first])
    {
        return true;
    }
    if first < 2 {
        return false;
    }
    // "would formally enter the race to host": the attempt's "would" or "will", a few
    // words before its noun.
    /// Tokens from "would" to the noun of the attempt ("formally enter the").
    const ATTEMPT_TOKENS: usize = 5;
    let first = if tokens[first - 1].lower == "to"
        && ATTEMPT_NOUNS.contains(&tokens[first - 2].lower.as_str())
    {
        (first.saturating_sub(ATTEMPT_TOKENS + 3)..first - 2)
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| matches!(tokens[k].lower.as_str(), "would" | "will"))
            .map_or(first, |k| k + 1)
    } else {
        first
    };
    let (start, _) = clause_bounds(tokens, first - 1, first - 1);
    // "KT, which runs the payphone network, plans to": past the relative clause between
    // commas to the subject before it.
    /// Tokens of the relative clause.
    const RELATIVE_TOKENS: usize = 20;
    // The comma at token `c` opens a relative clause (", which", ", who").
    let opens_relative = |c: usize| {
        tokens[c].lower == ","
            && tokens
                .get(c + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who"))
    };
    // "Yongin, Gyeonggi Province, will stop ...": the place between commas after a
    // name is no part of it; the comma at token `c` opens such a place, and the one it
    // gives closes it.
    /// Words of the place.
    const PLACE_WORDS: usize = 3;
    let place_from = |c: usize| {
        let words = tokens[c + 1..]
            .iter()
            .take(PLACE_WORDS + 1)
            .take_while(|t| t.is_word && is_capitalized(doc.slice(t.span)))
            .count();
        let close = c + 1 + words;
        (tokens[c].lower == ","
            && (1..=PLACE_WORDS).contains(&words)
            && tokens.get(close).is_some_and(|t| t.lower == ","))
        .then_some(close)
    };
    let start = if start >= 2 && tokens[start - 1].lower == "," {
        (start.saturating_sub(RELATIVE_TOKENS)..start - 1)
            .rev()
            .find(|&c| c > 0 && (opens_relative(c) || place_from(c) == Some(start - 1)))
            .map_or(start, |c| clause_bounds(tokens, c - 1, c - 1).0)
    } else {
        start
    };
    // "said it would seek to abolish": the aim of reported speech is its will.
    let first = if first >= 3
        && tokens[first - 1].lower == "to"
        && INTENTION_VERBS.contains(&tokens[first - 2].lower.as_str())
        && tokens[first - 3].lower == "would"
    {
        first - 2
    } else {
        first
    };
    // "The ministry said Tuesday it would allow ...": the will of reported speech.
    let would = tokens[first - 1].lower == "would";
    if would
        && !tokens[start..first - 1]
            .iter()
            .any(|t| res.is_speech_verb(&t.lower).is_some())
    {
        return false;
    }
    if would
        && matches!(
            tokens[first - 2].lower.as_str(),
            "it" | "they" | "we" | "he" | "she"
        )
    {
        return true;
    }
    // "FC Seoul wants to install artificial turf": an aim the speaker states commits
    // it as "will" does.
    let will = if would || tokens[first - 1].lower == "will" {
        first - 1
    } else if first >= 3
        && tokens[first - 1].lower == "to"
        && INTENTION_VERBS.contains(&tokens[first - 2].lower.as_str())
    {
        first - 2
    } else if past_of_base_verb(&tokens[first].lower, res) && !quoted_inside(doc, i) {
        // "The ministry raised the allowance to $1,000, the ministry said", "The
        // Cabinet approved a levy and raised the allowance": what the speaker, or the
        // government it speaks for, reports having done is its act. After "and", the
        // subject is that of the clause's first verb in the past.
        let verb = if tokens[first - 1].lower == "and" {
            match (start..first - 1).find(|&k| past_of_base_verb(&tokens[k].lower, res)) {
                Some(k) => k,
                None => return false,
            }
        } else {
            first
        };
        let mut end = verb;
        while let Some(len) = res.time_phrase_before(tokens, end).filter(|&l| l < end) {
            end -= len;
        }
        end
    } else {
        return false;
    };
    // "The union said Monday that it will ...": the subject of the reported clause.
    let start = tokens[start..will]
        .iter()
        .rposition(|t| res.is_speech_verb(&t.lower).is_some() || t.lower == "that")
        .map_or(start, |k| start + k + 1);
    // "SEOUL, March 6 - Lotte Shopping plans to": a dateline before a dash is no part
    // of the subject.
    let start = tokens[start..will]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "-" | "–" | "—" | "--"))
        .map_or(start, |k| start + k + 1);
    // "Moon has pledged to": the auxiliaries and adverbs before the verb are no part of
    // the subject.
    let mut subject_end = will;
    // "he was disappointed and would bring back a revised plan": the subject of a
    // second predicate is the first's, when the first says how the subject is ("it
    // had not been consulted and would raise the pause at the talks" reports a
    // grievance, not a course).
    if will > start
        && tokens[will - 1].lower == "and"
        && let Some(k) = (start..will - 1).find(|&k| {
            COPULAS.contains(&tokens[k].lower.as_str())
                || AUXILIARY_STEPS.contains(&tokens[k].lower.as_str())
        })
        && matches!(tokens[k].lower.as_str(), "is" | "was" | "are" | "were")
    {
        subject_end = k;
    }
    while subject_end > start && AUXILIARY_STEPS.contains(&tokens[subject_end - 1].lower.as_str()) {
        subject_end -= 1;
    }
    // "KT, which runs the payphone network under ..., plans to": the relative clause
    // between commas is no part of the subject's name.
    if let Some(comma) =
        (start..subject_end).find(|&k| opens_relative(k) || place_from(k).is_some())
    {
        subject_end = comma;
    }
    let subject_words: Vec<&Token> = tokens[start..subject_end]
        .iter()
        .filter(|t| t.is_word && t.lower != "the")
        .collect();
    let subject_text: Vec<&str> = subject_words.iter().map(|t| t.lower.as_str()).collect();
    let subject = normalize_name(&subject_text.join(" "));
    let Some(speaker) = speaker else {
        return official_speaks_for(tokens, &subject_words, &subject, res);
    };
    // "Seoul", "The Korea Baseball Organization": a name of a few capitalized words.
    let named_subject = (1..=NAMED_SUBJECT_WORDS).contains(&subject_words.len())
        && subject_words
            .iter()
            .all(|t| is_capitalized(doc.slice(t.span)));
    // "Seoul will run ..., the city said": a name that stands for the organisation that
    // speaks under its description.
    let named_for_description = speaker.kind == SpeakerType::Organisation
        && speaker
            .name
            .to_lowercase()
            .strip_prefix("the ")
            .is_some_and(|description| {
                // "the rail operator": a word or two of its kind before the noun.
                let words: Vec<&str> = description.split_whitespace().collect();
                words.len() <= 3
                    && words.last().is_some_and(|noun| {
                        res.organisation_words.contains(*noun) || res.company_nouns.contains(*noun)
                    })
            })
        && named_subject;
    // "the city will ban cars" in a report of Seoul City: an organisation named by a
    // word of its name or a description that stands for it (the city, the ministry).
    let name_words: Vec<String> = speaker
        .name
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    // "The government will extend ..., the Ministry of Justice said": a public body
    // speaks for the government it belongs to.
    let for_the_government = matches!(subject.as_str(), "government" | "cabinet")
        && name_words
            .iter()
            .any(|w| res.public_body_words.contains(w) && !matches!(w.as_str(), "union" | "party"));
    let described = speaker.kind == SpeakerType::Organisation
        && (for_the_government
            || name_words.contains(&subject)
            || res
                .organisation_descriptions
                .get(&subject)
                .is_some_and(|words| words.iter().any(|w| name_words.contains(w))));
    // "Minister ... Park Sang-woo said that the government will build ...": a minister
    // speaks for the government too, a mayor for the city.
    let titled = |title: &str| {
        speaker.kind == SpeakerType::Person
            && std::iter::once(&speaker.name)
                .chain(speaker.description.as_ref())
                .flat_map(|d| d.split(|c: char| !c.is_alphanumeric()))
                .any(|w| w.eq_ignore_ascii_case(title))
    };
    // "Busan will start charging visitors ..., the Saha District Office said": what a
    // body that sets public rules reports a named place or body will do is a measure it
    // announces, its own or its government's.
    let announced_by_governing_body = sets_public_rules(speaker, res) && named_subject;
    described
        || named_for_description
        || announced_by_governing_body
        || (subject == "government" && titled("minister"))
        // "Busan will let restaurants ..., Mayor Park Heong-joon said": a mayor speaks
        // for the city, named or not, a governor for the province ("Gyeonggi Province
        // will require ..., Governor Park said").
        || ((titled("mayor") || titled("governor"))
            && (matches!(subject.as_str(), "city" | "province" | "county")
                || (subject_words.len() == 1 && is_capitalized(doc.slice(subject_words[0].span)))
                || (subject_words.len() == 2
                    && subject_words.iter().all(|t| is_capitalized(doc.slice(t.span)))
                    && matches!(subject_words[1].lower.as_str(), "city" | "province" | "county"))))
        || matches!(subject.as_str(), "we" | "it" | "they" | "i")
        || (speaker.kind == SpeakerType::Person && matches!(subject.as_str(), "he" | "she"))
        // "Incheon International Airport Corp. plans to replace ..., its president Lee
        // Hak-jae said": the head of the subject speaks for it.
        || (speaker.kind == SpeakerType::Person && heads_the_subject(doc, tokens, speaker))
        // "He added that the corporation would build a garage" from "Park Sang-min, the
        // corporation's head of ground transport": a person speaks for the organisation
        // their description places them in.
        || (subject_words.len() == 1
            && (res.organisation_words.contains(&subject) || res.company_nouns.contains(&subject))
            && titled(&subject))
        || std::iter::once(&speaker.name)
            .chain(speaker.aliases.iter())
            .any(|n| {
                // "Moon Ji-hwan of the Democratic Party": the name and its affiliation.
                let n = normalize_name(n);
                let n = n.trim_start_matches("the ");
                subject == n || subject.starts_with(&format!("{n} of "))
            })
}

/// "The Ministry of Health will let pharmacies ..., a ministry official said": an
/// unnamed official speaks for the organisation that is the subject of what they say,
/// when the words before "official" are words of its name or a description of it
/// ("a ministry official", "government officials", "officials").
fn official_speaks_for(
    tokens: &[Token],
    subject_words: &[&Token],
    subject: &str,
    res: &Resources,
) -> bool {
    let Some(at) = tokens.iter().position(|t| {
        matches!(
            t.lower.as_str(),
            "official" | "officials" | "spokesperson" | "spokesman" | "spokeswoman"
        )
    }) else {
        return false;
    };
    let organisation = subject == "government"
        || res.organisation_descriptions.contains_key(subject)
        || subject_words
            .iter()
            .any(|t| res.organisation_words.contains(&t.lower));
    let qualifier = at
        .checked_sub(1)
        .filter(|&k| tokens[k].is_word)
        .map(|k| tokens[k].lower.as_str())
        .filter(|w| {
            !matches!(
                *w,
                "a" | "an" | "the" | "one" | "two" | "three" | "several" | "senior"
            )
        });
    organisation
        && qualifier.is_none_or(|q| {
            subject.split(' ').any(|w| w == q)
                || res
                    .organisation_descriptions
                    .get(q)
                    .is_some_and(|words| subject_words.iter().any(|t| words.contains(&t.lower)))
        })
}

/// Whether the article speaks in the author's own voice: a heading marks it as opinion,
/// or no one is quoted and the narration itself recommends.
fn is_opinion(doc: &Document, res: &Resources) -> bool {
    let narration_recommends = doc
        .sentences
        .iter()
        .filter(|s| {
            s.kind == SentenceKind::Body
                && s.speaker.is_none()
                && s.recommendations.iter().any(|r| !r.learned)
        })
        .count()
        >= OPINION_MIN_RECOMMENDATIONS;
    is_opinion_piece(doc, res) || (doc.reports_no_one() && narration_recommends)
}

/// An evaluative word in the target's clause (up to the nearest punctuation on each
/// side), negated by a "not" just before it; when the target's phrase ends on a comma,
/// the clause after the parenthesis that follows ("a gradual
/// phase-out, as the company proposed, would be a reasonable compromise").
fn clause_evaluation(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    res: &Resources,
) -> Option<StanceLabel> {
    /// A parenthesis after the target spans at most this many tokens.
    const PARENTHESIS_TOKENS: usize = 20;
    /// Words that may follow the target in its phrase before the parenthesis ("a phased
    /// increase of about 1,000 places, reviewed ..., would").
    const PHRASE_TAIL: usize = 6;
    let (start, end) =
        within_contrast(tokens, first, last, clause_bounds(tokens, first, last), res);
    if let Some(label) = evaluation_in(text, tokens, start, end, Some((first, last)), res) {
        return Some(label);
    }
    let is_comma = |t: &Token| t.lower == ",";
    let tail = &tokens[last + 1..end];
    let noun_phrase = tail.len() <= PHRASE_TAIL
        && tail
            .iter()
            .all(|t| !AUXILIARIES.contains(&t.lower.as_str()));
    if !noun_phrase || !tokens.get(end).is_some_and(is_comma) {
        return None;
    }
    // "the association's fallback demand, an opt-out for families who object, sounds
    // reasonable but would be unworkable": the target set off by commas as another
    // name of the subject; what follows the closing comma is its predicate.
    let k = with_determiners(tokens, first);
    if k > 0 && is_comma(&tokens[k - 1]) && !tokens[end + 1..].iter().any(is_comma) {
        let (_, to) = clause_bounds(tokens, end + 1, end + 1);
        return evaluation_in(text, tokens, end + 1, to, None, res);
    }
    let close = tokens[end + 1..]
        .iter()
        .take(PARENTHESIS_TOKENS)
        .position(is_comma)
        .map(|p| end + 1 + p)?;
    let after = close + 1;
    if after >= tokens.len() {
        return None;
    }
    let (_, to) = clause_bounds(tokens, after, after);
    evaluation_in(text, tokens, after, to, None, res)
}

/// "a better start than a legal mandate": the target is what a favourable comparison is
/// made against (against it), or an unfavourable one ("more costly than X": for it).
fn comparison_against(tokens: &[Token], first: usize, res: &Resources) -> Option<StanceLabel> {
    /// Words between the comparative and "than" ("better start than").
    const COMPARATIVE_WINDOW: usize = 3;
    /// Words of a comparative phrase and what it is for ("do more for safety than").
    const COMPARATIVE_PHRASE_WINDOW: usize = 6;
    let mut k = with_determiners(tokens, first);
    // "would do more than tripling the fine", "than any rate move": the comparison is
    // made against an act on the target, or any one of it.
    if k >= 2
        && (tokens[k - 1].lower.ends_with("ing") || tokens[k - 1].lower == "any")
        && tokens[k - 2].lower == "than"
    {
        k -= 1;
    }
    let than = k.checked_sub(1).filter(|&t| tokens[t].lower == "than")?;
    let window = &tokens[than.saturating_sub(COMPARATIVE_WINDOW)..than];
    let single = window
        .iter()
        .enumerate()
        .rev()
        .find_map(|(p, t)| one_word_evaluation(&t.lower, res).map(|label| (p, label)));
    let Some((at, label)) = single else {
        // "would do more for safety than a ban": a phrase of several words.
        let words: Vec<&str> = tokens[than.saturating_sub(COMPARATIVE_PHRASE_WINDOW)..than]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        let (_, label) = res
            .evaluative
            .iter()
            .filter(|(phrase, _)| phrase.len() > 1)
            .find(|(phrase, _)| find_words(&words, phrase).is_some())?;
        return Some(flip(*label));
    };
    let less = window[..at].iter().any(|t| t.lower == "less");
    Some(if less { label } else { flip(label) })
}

/// "I would rather have a library open late on Thursday than one open on Monday": what
/// the speaker would rather have is favoured, what comes after "than" is not.
fn preference(tokens: &[Token], first: usize) -> Option<StanceLabel> {
    /// Words between "than" and the target ("than one open on Monday").
    const THAN_WORDS: usize = 2;
    let rather = tokens[..first].iter().rposition(|t| t.lower == "rather")?;
    let wished = rather > 0
        && matches!(
            tokens[rather - 1].lower.as_str(),
            "would" | "'d" | "’d" | "i'd" | "i’d" | "we'd" | "we’d"
        );
    if !wished
        || tokens[rather..first]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "." | ";"))
    {
        return None;
    }
    let than = tokens[rather..first]
        .iter()
        .rposition(|t| t.lower == "than");
    match than {
        Some(t) if first - (rather + t) <= THAN_WORDS + 1 => Some(StanceLabel::Against),
        Some(_) => None,
        None => tokens[first..]
            .iter()
            .any(|t| t.lower == "than")
            .then_some(StanceLabel::Favor),
    }
}

/// Verbs by which a target only seems what an evaluative word says ("sounds fair").
const APPEARANCE_VERBS: [&str; 8] = [
    "sound", "sounds", "seem", "seems", "look", "looks", "appear", "appears",
];
/// Words from an appearance verb to the evaluative word ("may look generous").
const APPEARANCE_WORDS: usize = 2;

/// The first evaluative phrase in tokens `start..end`, outside the target's tokens.
/// Pronouns that open a relative clause.
const RELATIVES: [&str; 3] = ["that", "which", "who"];
/// Forms of "be".
const COPULAS: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "'s"];

fn evaluation_in(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    target: Option<(usize, usize)>,
    res: &Resources,
) -> Option<StanceLabel> {
    let clause: Vec<&str> = tokens[start..end]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let (t_from, t_to) = target.map_or((0, 0), |(first, last)| (first - start, last + 1 - start));
    // "Casinos will not fix a tourism industry that needs better transport": a relative
    // clause on what the target's verb acts on describes that, not the target (after a
    // copula, "is a step that works", it describes the target).
    let relative = target.and_then(|_| {
        let at = t_to + clause[t_to..].iter().position(|w| RELATIVES.contains(w))?;
        let copula = clause[t_to..at].iter().any(|w| COPULAS.contains(w));
        (!copula && at > t_to + 1).then_some(at)
    });
    // "an opt-out for families who object sounds reasonable but would be unworkable":
    // a short clause on a person whose noun closes the target's phrase ends where the
    // main verb resumes, and what follows that verb is said of the target.
    /// Words of such a relative clause.
    const PERSON_CLAUSE_WORDS: usize = 3;
    let resumed = relative.filter(|&at| clause[at] == "who").and_then(|at| {
        (at + 2..clause.len().min(at + 2 + PERSON_CLAUSE_WORDS)).find(|&r| {
            APPEARANCE_VERBS.contains(&clause[r])
                || COPULAS.contains(&clause[r])
                || matches!(clause[r], "would" | "will")
        })
    });
    let masked: Vec<&str>;
    let clause: &[&str] = match (relative, resumed) {
        (Some(at), Some(r)) => {
            masked = clause
                .iter()
                .enumerate()
                .map(|(k, w)| if (at..r).contains(&k) { "" } else { *w })
                .collect();
            &masked
        }
        _ => &clause[..relative.unwrap_or(clause.len())],
    };
    // "turns a political risk into a political asset": the words after "into" say what
    // the subject does, whatever is turned.
    let into = clause
        .iter()
        .position(|w| *w == "into")
        .filter(|&at| clause[..at].iter().any(|w| TRANSFORMING_VERBS.contains(w)));
    // "the first step toward a two-tier system", "the road to ruin": where the target
    // leads is what the sentence says of it, when that is evaluated.
    let toward = (1..clause.len()).find(|&at| {
        matches!(
            (clause[at - 1], clause[at]),
            ("step" | "steps", "toward" | "towards" | "to")
                | ("path" | "road" | "gateway" | "door", "to")
                | ("lead" | "leads" | "led", "to")
        )
    });
    // The longest phrase found wins ("sounds better on paper" over "better"); among
    // phrases of one length, the first in the lexicon.
    let evaluate = |from: usize| {
        let found = res
            .evaluative
            .iter()
            .filter_map(|(phrase, label)| {
                let n = phrase.len();
                // "not a development strategy" for "not a strategy", "a lasting
                // solution" for "a solution": one word may qualify the noun after the
                // phrase's article.
                let qualified = |p: usize| {
                    n >= 2
                        && matches!(phrase[n - 2].as_str(), "a" | "an")
                        && p + n < clause.len()
                        && clause[p..p + n - 1].iter().zip(phrase).all(|(a, b)| a == b)
                        && clause[p + n - 1].chars().all(char::is_alphabetic)
                        && !DETERMINERS.contains(&clause[p + n - 1])
                        && !is_negation(clause[p + n - 1])
                        && clause[p + n] == phrase[n - 1]
                };
                (from..clause.len())
                    .find_map(|p| {
                        let len = if (t_from..t_to).contains(&p) {
                            None
                        } else if qualified(p) {
                            Some(n)
                        } else {
                            phrase_length_at(clause, p, phrase)
                        }?;
                        let named = in_a_name(text, tokens, start + p);
                        let means = target.is_some() && p < t_from && met_by(&clause[p..t_from]);
                        // "prevents dangerous crowding": a word that judges what an
                        // effect's verb raises or lowers judges that, not the target
                        // (`effect_at` reads the effect).
                        // So does one in the object of what it only moves ("would
                        // only delay a necessary reduction").
                        let effect_object = len == 1
                            && p > 0
                            && ((res.effect_verbs.contains_key(clause[p - 1])
                                && clause
                                    .get(p + 1)
                                    .is_some_and(|w| res.effect_nouns.contains_key(*w)))
                                || (p > 1
                                    && matches!(clause[p - 1], "a" | "an" | "the")
                                    && DISPLACING_VERBS.contains(&clause[p - 2])));
                        // "too early to judge": the judgement waits, it is not made.
                        let judging = clause.get(p + len) == Some(&"to")
                            && clause
                                .get(p + len + 1)
                                .is_some_and(|w| JUDGING_VERBS.contains(w));
                        (!named && !means && !effect_object && !judging).then_some((len, p))
                    })
                    .map(|(len, p)| (len, p, label))
            })
            .reduce(|best, next| if next.0 > best.0 { next } else { best });
        let (n, p, label) = found?;
        // "a reasonable stopgap": a qualifier that judges the other way is the judgement
        // ("a stopgap", but a reasonable one).
        let qualifier = (n >= 2 && p + n < clause.len())
            .then(|| clause[p + n - 1])
            .filter(|_| matches!(clause[p], "a" | "an"))
            .and_then(|w| one_word_evaluation(w, res))
            .filter(|l| l != label);
        let label = qualifier.as_ref().unwrap_or(label);
        // "is not a handout but the foundation of a family": a negation before "but"
        // denies what comes before it, not after.
        let window = &clause[p.saturating_sub(4)..p];
        let after_but = window
            .iter()
            .rposition(|w| *w == "but")
            .map_or(0, |b| b + 1);
        // "The answer is not a phone ban": a negation between the phrase and the
        // target after it denies that the phrase is the target.
        let denied_of_target =
            p + n <= t_from && clause[p + n..t_from].iter().any(|w| is_negation(w));
        let negated = window[after_but..].iter().any(|w| is_negation(w)) != denied_of_target;
        // "the least effective way", "less costly": the degree turns the word.
        let diminished = p > 0 && matches!(clause[p - 1], "least" | "less");
        // "Subsidies sound fair, but they hand public money to the owners": what the
        // target only seems, conceded before a "but", is denied.
        let seems = clause[p.saturating_sub(APPEARANCE_WORDS)..p]
            .iter()
            .any(|w| APPEARANCE_VERBS.contains(w));
        let but_after = tokens[start + p + n..]
            .iter()
            .take_while(|t| !t.is_word || t.lower == "but")
            .any(|t| t.lower == "but");
        let conceded = seems && but_after;
        // "has kept traffic from getting worse": what the target keeps from happening.
        let prevented = target.is_some()
            && p > t_to
            && clause[t_to..p].iter().enumerate().any(|(a, w)| {
                PREVENTING_VERBS.contains(w) && clause[t_to + a + 1..p].contains(&"from")
            });
        Some(if negated != (diminished || conceded || prevented) {
            flip(*label)
        } else {
            *label
        })
    };
    into.or(toward)
        .and_then(|at| evaluate(at + 1))
        .or_else(|| evaluate(0))
}

/// Words a "*" of a lexicon phrase stands for at most ("the least * can do": "the least
/// the industry can do").
const WILDCARD_WORDS: usize = 3;

/// How many words of `clause` from `p` the lexicon `phrase` matches, a "*" standing for
/// one to `WILDCARD_WORDS` words.
fn phrase_length_at(clause: &[&str], p: usize, phrase: &[String]) -> Option<usize> {
    let Some((first, rest)) = phrase.split_first() else {
        return Some(0);
    };
    if first == "*" {
        return (1..=WILDCARD_WORDS).find_map(|skip| {
            clause
                .get(p..p + skip)
                .filter(|words| words.iter().all(|w| w.chars().all(char::is_alphabetic)))?;
            phrase_length_at(clause, p + skip, rest).map(|len| skip + len)
        });
    }
    (clause.get(p) == Some(&first.as_str()))
        .then(|| phrase_length_at(clause, p + 1, rest))
        .flatten()
        .map(|len| len + 1)
}

/// Whether token `k` is a capitalised word inside the sentence, after another word and
/// not after an opening quotation mark or a colon: a word of a name ("the Korea Fair
/// Trade Commission"), which evaluates nothing.
fn in_a_name(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let after_word = tokens[..k].iter().any(|w| w.is_word);
    let opens = k > 0
        && matches!(
            tokens[k - 1].lower.as_str(),
            "\"" | "“" | "'" | "‘" | ":" | "(" | "—"
        );
    t.is_word && after_word && !opens && is_capitalized(&text[t.span.start..t.span.end])
}

/// Verbs that keep their object from what "from" introduces ("kept traffic from
/// getting worse").
const PREVENTING_VERBS: [&str; 12] = [
    "keep",
    "keeps",
    "kept",
    "stop",
    "stops",
    "stopped",
    "prevent",
    "prevents",
    "prevented",
    "spare",
    "spares",
    "spared",
];

/// Verbs of meeting a problem: what follows them in "the cheapest way to deal with the
/// levy" is the problem the evaluated means is for, not the means.
const MEETING_VERBS: [&str; 9] = [
    "deal", "cope", "respond", "counter", "tackle", "address", "handle", "combat", "offset",
];

/// Whether the words between an evaluative phrase and the target after it end in "to"
/// and a verb of meeting a problem ("is the cheapest way to deal with").
fn met_by(between: &[&str]) -> bool {
    between
        .windows(2)
        .any(|w| w[0] == "to" && MEETING_VERBS.contains(&w[1]))
}

/// The part of the clause `start..end` on the side of "but" that holds tokens
/// `first..=last`, where "but" opens a clause of its own: a verb, a subject pronoun or
/// a determiner after it ("accepted the need for a closed season but called the
/// compensation a joke"; not "costly but necessary", nor "is not a handout but the
/// foundation of a family", where what follows "but" says what the target is).
fn within_contrast(
    tokens: &[Token],
    first: usize,
    last: usize,
    (start, end): (usize, usize),
    res: &Resources,
) -> (usize, usize) {
    let opens_clause = |k: usize| {
        tokens[k].lower == "but"
            && !tokens[start..k].iter().any(|t| is_negation(&t.lower))
            && tokens.get(k + 1).is_some_and(|t| {
                let w = t.lower.as_str();
                AUXILIARIES.contains(&w)
                    || DETERMINERS.contains(&w)
                    || matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
                    || is_past_of(w, &res.base_verbs)
                    || is_present_of(w, &res.base_verbs)
            })
    };
    let from = (start..first)
        .rev()
        .find(|&k| opens_clause(k))
        .map_or(start, |k| k + 1);
    let to = (last + 1..end).find(|&k| opens_clause(k)).unwrap_or(end);
    (from, to)
}

/// The clause of tokens `first..=last`: up to the nearest punctuation on each side.
fn clause_bounds(tokens: &[Token], first: usize, last: usize) -> (usize, usize) {
    // A quoted fragment is part of its clause ("said the pilot was “a sensible first
    // step”").
    let is_boundary =
        |t: &Token| !t.is_word && !matches!(t.lower.as_str(), "-" | "'" | "’" | "\"" | "“" | "”");
    let start = tokens[..first]
        .iter()
        .rposition(is_boundary)
        .map_or(0, |p| p + 1);
    let end = tokens[last + 1..]
        .iter()
        .position(is_boundary)
        .map_or(tokens.len(), |p| last + 1 + p);
    (start, end)
}

fn flip(label: StanceLabel) -> StanceLabel {
    match label {
        StanceLabel::Favor => StanceLabel::Against,
        StanceLabel::Against => StanceLabel::Favor,
        StanceLabel::Neutral => StanceLabel::Neutral,
    }
}

/// One reading from several occurrences: a side beats neutral, the majority side wins,
/// a tie is neutral; the evidence is the strongest behind the winning label.
fn combine(readings: &[Reading]) -> Option<Reading> {
    if readings.is_empty() {
        return None;
    }
    let score = |l: StanceLabel| -> f32 {
        readings
            .iter()
            .filter(|r| r.label == l)
            .map(|r| r.confidence)
            .sum()
    };
    let (favor, against) = (score(StanceLabel::Favor), score(StanceLabel::Against));
    let label = if favor > against {
        StanceLabel::Favor
    } else if against > favor {
        StanceLabel::Against
    } else {
        StanceLabel::Neutral
    };
    let behind = || readings.iter().filter(|r| r.label == label);
    let confidence = behind().map(|r| r.confidence).fold(0.0, f32::max);
    Some(match behind().map(|r| r.evidence).min() {
        Some(evidence) => Reading {
            label,
            confidence,
            evidence,
        },
        // A tie between sides: neutral, from the mentions.
        None => Reading::mention(label),
    })
}

#[cfg(test)]
mod tests {
    use super::{judged_actions, leaves_open};
    use crate::document::{Polarity, StanceLabel, Target, TargetOrigin};
    use crate::pipeline::Pipeline;
    use crate::resources::Resources;

    /// A given target with one alias.
    fn target(id: &str, name: &str, alias: &str) -> Target {
        Target {
            id: id.into(),
            name: name.into(),
            aliases: vec![alias.into()],
            origin: TargetOrigin::Given,
        }
    }

    /// The label of target T1 in each sentence of `text` (None where it takes none).
    fn labels(text: &str, name: &str, aliases: &[&str]) -> Vec<Option<StanceLabel>> {
        let target = Target {
            id: "T1".into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            origin: TargetOrigin::Given,
        };
        let doc = Pipeline::rules_only().annotate_through("stance", "t", text, vec![target]);
        doc.sentences
            .iter()
            .map(|s| s.stances.first().map(|st| st.label))
            .collect()
    }

    /// The index of the sentence of `doc` that starts with `start`.
    fn sentence_starting(doc: &crate::document::Document, start: &str) -> usize {
        (0..doc.sentences.len())
            .find(|&i| doc.sentence_text(i).starts_with(start))
            .unwrap_or_else(|| panic!("no sentence starts with {start:?}"))
    }

    /// The label of target T1 in the sentence of `text` that starts with `start`.
    fn label_at(text: &str, name: &str, aliases: &[&str], start: &str) -> Option<StanceLabel> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        labels(text, name, aliases)[sentence_starting(&doc, start)]
    }

    /// The targets and sides read in each body sentence.
    fn body_stances(text: &str, targets: Vec<Target>) -> Vec<Vec<(usize, StanceLabel)>> {
        let doc = Pipeline::rules_only().annotate_through("stance", "t", text, targets);
        doc.sentences
            .iter()
            .filter(|s| s.kind == crate::document::SentenceKind::Body)
            .map(|s| s.stances.iter().map(|st| (st.target, st.label)).collect())
            .collect()
    }

    #[test]
    fn what_replaces_is_favoured_and_what_is_replaced_opposed() {
        let targets = || {
            vec![
                target("T1", "Cash allowance for job seekers", "the allowance"),
                target("T2", "Job training vouchers", "vouchers"),
            ]
        };
        let text = "\"I would replace the allowance with vouchers,\" Yang said.";
        assert_eq!(
            body_stances(text, targets()),
            [vec![(0, StanceLabel::Against), (1, StanceLabel::Favor)]]
        );
        let text = "\"I would not replace the allowance with vouchers,\" Yang said.";
        assert_eq!(
            body_stances(text, targets()),
            [vec![(0, StanceLabel::Favor), (1, StanceLabel::Against)]]
        );
    }

    #[test]
    fn the_plan_a_rally_opposed_is_the_target_itself() {
        let text = "Farmers rallied on Friday against a government plan to cut the tariff on rice.\n\nThe Korean Peasants League urged the ministry to withdraw the plan.";
        assert_eq!(
            labels(text, "Cutting the tariff on rice", &["the tariff cut"]),
            [None, Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn without_denies_only_its_own_conjunct_of_an_action() {
        let text = "The ministry said it would allow the sales without a license, with a pilot in Gyeonggi Province.";
        assert_eq!(
            labels(text, "Letting home cooks sell food without a license", &[]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn no_plan_to_do_the_target_is_against_it() {
        let text = "The land ministry said it had no plan to merge the operators this year.";
        assert_eq!(
            labels(
                text,
                "Merging Korail and SR",
                &["merging the two operators"]
            ),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_refusal_to_accept_it_is_against_the_article_s_target() {
        let text = "The ministry named the valley as one of 14 sites.\n\nCounty head Ahn Byung-ok has said he will not accept it.";
        assert_eq!(
            labels(text, "Building a new dam in the valley", &[]),
            [None, Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_bill_of_the_body_that_proposed_the_target_is_the_target() {
        let text = "[Editorial] Cameras protect surgeons too\n\nThe health ministry now proposes recording every operation under general anesthesia.\n\nWe have heard the objections before.\n\nThe National Assembly should pass the ministry's bill.";
        let name = "Recording every operation on camera";
        assert_eq!(
            label_at(text, name, &[], "The National Assembly"),
            Some(StanceLabel::Favor)
        );
        // Another party's bill is not the one the body proposed.
        let text = text.replace("the ministry's bill", "the union's bill");
        assert_eq!(label_at(&text, name, &[], "The National Assembly"), None);
    }

    #[test]
    fn a_side_declared_on_a_pronoun_with_no_antecedent_is_on_the_article_s_target() {
        let text = "Many parents pay for English kindergartens.\n\n\"I oppose it for first graders,\" Oh said.\n\n\"Give us the teachers and I will support it,\" Oh said.";
        assert_eq!(
            labels(text, "Teaching English from the first grade", &[]),
            [None, Some(StanceLabel::Against), None]
        );
    }

    #[test]
    fn a_side_declared_on_this_with_the_clause_going_on() {
        let text = "Korail will add quiet cars to every KTX train.\n\n\
                    \"I have been waiting for this for years,\" said Ahn Jae-sung.";
        assert_eq!(
            labels(text, "Quiet cars on KTX trains", &["quiet cars"])[1],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_course_urged_instead_in_a_sentence_naming_no_target_is_against_it() {
        let text = "Daegu will fine people who feed stray cats in parks, the city said.\n\n\
                    The Daegu Cat Care Network said hungry cats would move into apartment \
                    complexes.\n\n\
                    It urged the city to set up feeding stations instead.\n\n\
                    It urged the city to set up feeding stations.";
        assert_eq!(
            labels(
                text,
                "Banning the feeding of stray cats",
                &["the feeding ban"]
            )[2..],
            [Some(StanceLabel::Against), None]
        );
    }

    #[test]
    fn a_course_one_would_do_better_to_take_is_against_the_lone_target() {
        let text = "The league will bar away fans for the season, it said.\n\n\
                    Nam Gi-young, a sociologist, said blanket bans had moved fights to \
                    train stations.\n\n\
                    He said the league would do better to separate the stands.\n\n\
                    Lee said the money would be better spent on stewards.\n\n\
                    Kim said the league should separate the stands.";
        assert_eq!(
            labels(text, "Barring away fans", &["the away fan ban"])[2..],
            [Some(StanceLabel::Against), Some(StanceLabel::Against), None]
        );
    }

    #[test]
    fn the_first_noun_for_the_proposal_that_reads_a_side_decides() {
        let text = "Korea last used daylight saving time in 1988.\n\n\
                    A bill to bring it back was filed last month.\n\n\
                    The sleep society said the change each spring raises heart attacks \
                    and urged lawmakers to reject the bill.";
        assert_eq!(
            labels(text, "Bringing back daylight saving time", &["summer time"])[2],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_reaction_to_it_is_on_what_the_sentence_before_named() {
        let text = "Busan will make ferries free for island residents, the city said.\n\n\
                    The residents' committee welcomed it but said the ferries ran too rarely.\n\n\
                    The taxpayers' group criticized it.";
        assert_eq!(
            labels(text, "Free ferries for island residents", &[])[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_change_to_be_made_is_the_one_target_weighed() {
        let text = "[Op-ed] Let teenagers sleep\n\n\
                    The education office is considering moving the start of the school day \
                    to 9:30.\n\nThe office should make the change this winter.\n\n\
                    Busan made the change last year.";
        let found = labels(
            text,
            "Starting school at 9:30 a.m. in winter",
            &["a later start"],
        );
        assert_eq!(found[found.len() - 2..], [Some(StanceLabel::Favor), None]);
    }

    #[test]
    fn an_alias_that_ends_a_thing_makes_the_target_its_removal() {
        let text = "Seoul Metro will stop selling rechargeable single-journey cards next year, \
                    the operator said.";
        assert_eq!(
            labels(
                text,
                "Replacing single-journey subway tickets with QR codes",
                &["ending single-journey cards", "QR tickets"]
            ),
            [Some(StanceLabel::Favor)]
        );
        // What replaces the thing is no object of its removal.
        let text = "Mayor Lee said the allowance would help every older resident.";
        assert_ne!(
            labels(
                text,
                "Replacing free senior bus rides with a travel allowance",
                &["ending free rides", "the allowance"]
            ),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_name_opened_by_the_actor_urged_is_read_from_the_action() {
        let text = "The ministry urged ramen makers to lower their prices.";
        assert_eq!(
            labels(
                text,
                "Cutting the price of ramen",
                &["lowering ramen prices"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_urged_verb_that_lessens_what_follows_opposes_it() {
        let text = "KEPCO should stop topping trees and hire arborists instead.\n\n\
                    The city should delay the closure.\n\n\
                    The governor supported the stop.";
        assert_eq!(
            labels(
                text,
                "Pruning roadside trees into poles",
                &["topping trees", "the closure", "the stop"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn an_urged_verb_that_ends_the_act_of_a_gerund_opposes_what_it_acts_on() {
        let text = "Libraries should stop charging late fees.\n\n\
                    They should stop collecting late fees on children's books too.\n\n\
                    Seoul will stop charging late fees, the mayor said.";
        assert_eq!(
            labels(
                text,
                "Scrapping late fees at public libraries",
                &["late fees"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
        let text = "The city should stop charging late fees.\n\n\
                    Lawmakers should stop blocking late fees.";
        assert_eq!(
            labels(text, "Fees at public libraries", &["late fees"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_words_of_a_report_count_a_good_or_harm_done_to_none_the_other_way() {
        let text = "\"The congestion fee means the buses cost the city nothing,\" Kim said.\n\n\
                    \"Under the congestion fee, the buses would cost residents a fortune,\" Lee said.\n\n\
                    \"A congestion fee that no driver pays hurts the shops,\" Park said.\n\n\
                    \"A congestion fee that no driver pays hurts nobody,\" Choi said.";
        assert_eq!(
            labels(text, "A congestion fee", &["congestion fee"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_number_sign_is_no_negation() {
        let text = "Hyundai Steel said it will shut the No. 2 blast furnace in Pohang.";
        assert_eq!(
            labels(text, "Shutting the blast furnace in Pohang", &[]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_hyphenated_compound_that_opens_with_a_removal_word_removes_nothing() {
        let text = "\"The fee punishes the people who do the work,\" Park said.";
        assert_eq!(
            labels(text, "Drop-off fee at the airport", &["the fee"]),
            [Some(StanceLabel::Against)]
        );
        // A compound that is a removal still is one.
        let text = "\"The plant is uncompetitive,\" Park said.";
        assert_eq!(
            labels(text, "Shut-down of the plant", &["the plant"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_later_clause_s_pronoun_is_the_target_that_opens_the_sentence() {
        let text = "\"A label informs adults; it does not protect children,\" Seo said.";
        assert_eq!(
            labels(text, "Caffeine warning labels", &["label"]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_speaker_s_own_hope_for_the_target_or_what_they_just_named() {
        let text = "\"I hope the fee starts before the summer,\" Bae said. \
                    \"The agency will decide on the fee next spring,\" Bae said. \
                    \"I hope it starts before the summer.\"";
        assert_eq!(
            labels(text, "The fee", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn an_imperative_that_warns_of_what_follows_it_is_against_its_action() {
        let text = "Kim Hye-won, a nurse, wrote to us. \
                    \"Raise the surcharge and people like me will just pay more for the same \
                    wait,\" she wrote. \"Raise the surcharge and use it to pay drivers more,\" \
                    she wrote.";
        assert_eq!(
            labels(text, "The late-night taxi surcharge", &["the surcharge"]),
            [None, Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_only_way_for_someone_and_a_review_of_the_agreement() {
        let text = "The two heads signed an agreement to merge Daegu and the province. \
                    Mayor Hong said the merger was the only way for the region to keep its \
                    young people. The Ministry of the Interior and Safety said it would review \
                    the agreement and consult both councils.";
        assert_eq!(
            labels(text, "Merging Daegu and the province", &["the merger"])[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn the_only_way_the_fairest_option_and_a_shorter_wait() {
        let text = "\"Making the owner responsible is the only way the ban will ever be \
                    enforced,\" Ahn said. \"It is not the only way,\" Jeon said. The \
                    federation said owner fines were the fairest option available. Kim said \
                    owner fines would shorten the queues at the door.";
        assert_eq!(
            labels(
                text,
                "Fining karaoke room owners",
                &["Making the owner responsible", "owner fines"]
            ),
            [
                Some(StanceLabel::Favor),
                None,
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_definite_noun_before_any_target_is_named_refers_to_the_first_given() {
        let text = "Since January, parents can give a child who marries up to 100 million \
                    won free of gift tax. The finance ministry says the measure helps young \
                    couples buy a home. Baek said direct payments would reach more couples \
                    than the exemption.";
        let got = body_stances(
            text,
            vec![
                target("T1", "A gift tax exemption for marriage", "the exemption"),
                target("T2", "Direct payments to newlyweds", "direct payments"),
            ],
        );
        assert_eq!(got[1], [(0, StanceLabel::Favor)]);
    }

    #[test]
    fn a_reaction_after_but_and_a_removal_of_what_was_named_last() {
        let text = "Park Ji-won is a professor. Schools will get digital textbooks next \
                    year. Some lawmakers have called for scrapping the exam, but Park \
                    disagreed. \"Without it, admissions would depend on school records,\" \
                    she said. \"It is unfair in many ways, but abolishing it would be more \
                    unfair.\" The ministry proposed scrapping the exam, and the \
                    union agreed.";
        let got = body_stances(
            text,
            vec![
                target("T1", "Introducing digital textbooks", "digital textbooks"),
                target("T2", "Scrapping the national exam", "scrapping the exam"),
            ],
        );
        assert_eq!(got[2], [(1, StanceLabel::Against)]);
        assert_eq!(got[4], [(1, StanceLabel::Against)]);
        assert_eq!(got[5], [(1, StanceLabel::Favor)]);
    }

    #[test]
    fn proposals_together_by_a_plural_noun_and_a_name_in_the_passive() {
        let text = "The institute recommended that the national pension contribution rate \
                    be raised to 15 percent. It also called for an automatic adjustment \
                    mechanism. The union rejected the proposals. Kim urged the ministry to \
                    study the proposals.";
        let got = body_stances(
            text,
            vec![
                target(
                    "T1",
                    "Raising the national pension contribution rate to 15 percent",
                    "raising the contribution rate",
                ),
                target(
                    "T2",
                    "An automatic adjustment mechanism",
                    "an automatic adjustment mechanism",
                ),
            ],
        );
        assert_eq!(got[0], [(0, StanceLabel::Favor)]);
        assert_eq!(
            got[2],
            [(0, StanceLabel::Against), (1, StanceLabel::Against)]
        );
        assert!(got[3].is_empty());
    }

    #[test]
    fn a_look_at_the_target_judged_and_a_pronoun_carried_through_an_answer() {
        let text = "Seo said studying plain packaging for five more years would be a \
                    mistake. Seo said reviewing plain packaging carefully would be wise.";
        assert_eq!(
            labels(text, "Plain packaging", &["plain packaging"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
        let text = "We spoke to Seo Hong-gwan, a doctor.\n\n— What about plain \
                    packaging?\n\nAustralia has had it since 2012, Seo said. \
                    \"Studying it for five more years would be a mistake,\" Seo said.";
        let got = body_stances(
            text,
            vec![target("T1", "Plain packaging", "plain packaging")],
        );
        assert_eq!(
            got.last().map(Vec::as_slice),
            Some(&[(0, StanceLabel::Favor)][..])
        );
    }

    #[test]
    fn a_demand_owned_by_another_and_a_clause_on_people_inside_the_target() {
        let text = "Kim said the association's demand for an opt-out is unworkable. \
                    Kim said the association's fallback demand, an opt-out for families \
                    who object, sounds reasonable but would be unworkable. \
                    Kim said an opt-out for families who object is unworkable.";
        assert_eq!(
            labels(text, "Letting families opt out", &["an opt-out"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_ban_told_as_what_will_be_banned_and_an_aside_of_comparison() {
        let text = "Flying a recreational drone in any of the national parks will be banned \
                    from May, the Korea National Park Service said Thursday. \
                    \"Flying a recreational drone in any of the national parks will be \
                    banned,\" Kim said.";
        assert_eq!(
            labels(
                text,
                "A ban on recreational drones in national parks",
                &["the ban"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
        let text = "The association said a permit system, like the one used for commercial \
                    filming, would protect wildlife.";
        assert_eq!(
            labels(text, "A permit system", &["a permit system"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_cap_on_a_thing_told_with_its_verb() {
        // "Cap the commission" names "a cap on commissions"; warned of, it is opposed.
        let text = "Restaurant owner Kim Tae-ho was not convinced. \
                    \"Cap the commission and the apps will raise delivery fees,\" he said. \
                    \"The government should cap commissions,\" said Park Mi-ra.";
        assert_eq!(
            labels(
                text,
                "A cap on delivery app fees",
                &["a cap on commissions"]
            ),
            [None, Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
        // A word that only opens with the verb is no form of it ("bank" for "ban").
        let text = "\"Ban drones in the parks,\" Oh said. \"Bank drones are fine,\" he said.";
        assert_eq!(
            labels(text, "A ban on drones in national parks", &[]),
            [Some(StanceLabel::Favor), None]
        );
        // Not the noun after a determiner, nor the verb with a phrase between.
        let text = "\"A cap was discussed in May,\" Oh said. \"They cap fees for the commission,\" he said.";
        assert_eq!(labels(text, "A cap on commissions", &[]), [None, None]);
    }

    #[test]
    fn a_level_set_told_with_the_verb_and_the_level() {
        let text = "The ministry said it would make helmets mandatory and lower the maximum \
                    assisted speed from 25 km/h to 20 km/h. \
                    Seoul will keep lines 2 and 5 running until 2 a.m. on weekends, the city said. \
                    \"Lowering speeds, to 20 km/h or any level, is pointless,\" Oh said.";
        let targets = vec![
            Target {
                id: "T1".into(),
                name: "Mandatory helmets for e-bike riders".into(),
                aliases: vec!["mandatory helmets".into()],
                origin: TargetOrigin::Given,
            },
            Target {
                id: "T2".into(),
                name: "Lowering the e-bike speed limit to 20 km/h".into(),
                aliases: Vec::new(),
                origin: TargetOrigin::Given,
            },
            Target {
                id: "T3".into(),
                name: "Running Seoul subways until 2 a.m. on weekends".into(),
                aliases: Vec::new(),
                origin: TargetOrigin::Given,
            },
        ];
        let got = body_stances(text, targets);
        assert_eq!(got[0], [(0, StanceLabel::Favor), (1, StanceLabel::Favor)]);
        assert_eq!(got[1], [(2, StanceLabel::Favor)]);
        // Punctuation between the verb and the level: not told together.
        assert!(got[2].iter().all(|&(t, _)| t != 1), "{:?}", got[2]);
    }

    #[test]
    fn a_bare_plural_opening_an_answer_and_a_question_of_going_further() {
        let text = "Oh Se-ra runs a kimchi maker. She spoke to us.\n\n\
                    - Would you support higher tariffs on Chinese kimchi?\n\n\
                    \"No. Tariffs would invite retaliation against our exports,\" she said.\n\n\
                    - Restaurants already label the kimchi itself. Why go further?";
        let got = labels(
            text,
            "Tariffs on imported Chinese kimchi",
            &["tariffs on Chinese kimchi", "higher tariffs"],
        );
        assert_eq!(got[4], Some(StanceLabel::Against));
        assert_eq!(got.last(), Some(&None));
    }

    #[test]
    fn the_gerund_of_a_target_before_a_pronoun_names_it_again() {
        let text = "The county plans to close three rural libraries. \
                    Residents said they opposed closing the libraries. \
                    \"Closing them takes away the only warm room in the village,\" said Baek. \
                    Closing early on Sundays is another matter.";
        let got = labels(text, "Closing rural libraries", &["closing the libraries"]);
        assert!(got[2].is_some(), "{got:?}");
        // Not the gerund before another object.
        assert_eq!(got[3], None, "{got:?}");
    }

    #[test]
    fn one_of_the_kind_opening_a_quotation_in_the_present_tense() {
        let text = "The province will require reflective vests for delivery riders. \
                    \"A vest is the cheapest protection a rider can buy,\" said Jung. \
                    \"A vest costs less than one night's tips,\" he added.";
        let got = labels(
            text,
            "Reflective vests for delivery riders",
            &["reflective vests"],
        );
        assert!(got[1..].iter().all(Option::is_some), "{got:?}");
        // Not one told of in the past, nor a noun that goes on ("A vest maker").
        let text = "The province will require reflective vests for delivery riders. \
                    \"A vest was stolen from my bike,\" said Jung. \
                    \"A vest maker in Daegu is hiring,\" he added.";
        let got = labels(
            text,
            "Reflective vests for delivery riders",
            &["reflective vests"],
        );
        assert_eq!(got[1..], [None, None], "{got:?}");
    }

    #[test]
    fn a_bare_plural_opening_a_clause_that_opens_the_sentence() {
        let text = "The police said they would review their rules on body cameras. \
                    Where cameras are always on, complaints against officers are rare, \
                    said Kim. \"When cameras are switched off, nobody is protected,\" he said.";
        let got = labels(text, "Body cameras for police officers", &["body cameras"]);
        // Both name the target; what they say of it is the stance stage's to read.
        assert!(got[1..].iter().all(Option::is_some), "{got:?}");
        // Not after a clause opened inside the sentence.
        let got = labels(
            "Kim wants body cameras. The rally ended when cameras arrived.",
            "Body cameras for police officers",
            &["body cameras"],
        );
        assert_eq!(got[1], None);
    }

    #[test]
    fn a_word_in_ing_before_the_removed_things_noun_qualifies_it() {
        // "lending limits" names the limits the target lifts, not an action.
        let name = "Lifting publisher limits on library e-book loans";
        assert_eq!(
            labels("The lending limits should go.", name, &["lending limits"])[0],
            Some(StanceLabel::Favor)
        );
        assert_eq!(
            labels("The lending limits must stay.", name, &["lending limits"])[0],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn nothing_against_the_target_is_no_objection() {
        let text = "\"I have nothing against the benches,\" Baek said. \
                    \"I am against the benches,\" Kim said.";
        assert_eq!(
            labels(text, "Heated benches at bus stops", &["the benches"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_cost_of_the_target_judged_small_or_high() {
        let text = "The ministry argues that the cost of grounding flights is small next to \
                    that risk. Airlines said the cost of grounding flights was not small. \
                    \"The price of grounding flights would be far too high,\" Kim said.";
        assert_eq!(
            labels(
                text,
                "Grounding flights during the exam",
                &["grounding flights"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn the_head_noun_of_a_target_named_just_before_refers_to_it() {
        let text = "Lee said mandatory deposit insurance was overdue. \
                    \"Tenants lost a lot, and the insurance costs less than a coffee,\" he said.";
        let target = |id: &str, name: &str| Target {
            id: id.into(),
            name: name.into(),
            aliases: Vec::new(),
            origin: TargetOrigin::Given,
        };
        let got = body_stances(text, vec![target("T1", "Mandatory deposit insurance")]);
        assert_eq!(got[1], [(0, StanceLabel::Favor)]);
        // Not when another target's name holds the noun.
        let got = body_stances(
            text,
            vec![
                target("T1", "Mandatory deposit insurance"),
                target("T2", "Free dental insurance"),
            ],
        );
        assert!(got[1].is_empty(), "{:?}", got[1]);
        // The head of a name with a relative clause is before the clause.
        let text = "The industry offers smart glasses that show captions. \
                    \"The glasses are a waste of money,\" Lee said.";
        let got = body_stances(text, vec![target("T1", "Smart glasses that show captions")]);
        assert_eq!(got[1], [(0, StanceLabel::Against)]);
    }

    #[test]
    fn the_head_of_what_a_target_is_called_refers_to_it_anywhere() {
        let target = |name: &str, aliases: &[&str]| Target {
            id: "T1".into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            origin: TargetOrigin::Given,
        };
        let ban = || target("Banning scooters from sidewalks", &["the sidewalk ban"]);
        let text = "Gwangju will fine riders on sidewalks from March, the city said. \
                    Riders will have to use bike lanes. \
                    The Walking Citizens' Coalition called the ban overdue.";
        let got = body_stances(text, vec![ban()]);
        assert_eq!(got[2], [(0, StanceLabel::Favor)]);
        // What a relative clause says of it is not the speaker's; a place named after a
        // preposition is not the target.
        let text = "Gwangju will fine riders on sidewalks from March, the city said. \
                    Riders will have to use bike lanes. \
                    \"Those who want to scrap the ban never walk here,\" Kim said.";
        let got = body_stances(text, vec![ban()]);
        assert!(got[2].is_empty(), "{:?}", got[2]);
        // In an article with two targets, the one whose name holds the noun.
        let text = "The district is weighing a night market and a cap on stalls. \
                    Vendors spoke at the hearing. \
                    Council member Oh said he supported the market in principle.";
        let got = body_stances(
            text,
            vec![
                target("A night market permit", &["the night market"]),
                Target {
                    id: "T2".into(),
                    ..target("A cap on stall numbers", &["the stall cap"])
                },
            ],
        );
        assert_eq!(got[2], [(0, StanceLabel::Favor)]);
        // Nor the thing a removal takes away: "the road" of "removing the elevated road".
        let text = "Seoul is weighing the plan. Drivers fear gridlock. \
                    \"Taking the road down first would be the worst,\" Baek said.";
        let got = body_stances(
            text,
            vec![target(
                "Demolishing the elevated road",
                &["removing the elevated road"],
            )],
        );
        assert!(got[2].is_empty(), "{:?}", got[2]);
    }

    #[test]
    fn a_kind_of_the_target_named_just_before_is_judged_as_it() {
        let text = "The ministry is reviewing a data mining exception to the Copyright Act. \
                    Kim said a broad exception of the kind Japan adopted would be a mistake.";
        assert_eq!(
            labels(text, "A data mining exception", &[])[1],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_quantity_that_changes_by_itself_on_a_condition() {
        let text = "Kwon Ho is an economist. \
                    \"If we raise the retirement age, unemployment will rise,\" Kwon said. \
                    Kwon said that if we raise the retirement age, wages will not fall.";
        assert_eq!(
            labels(text, "Raising the retirement age", &[])[1..],
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_change_of_a_plural_object_without_its_article() {
        let text = "Choi said raising rates is overdue. \
                    Choi said higher rates would not hurt the poor. \
                    Choi said standing tickets are dangerous.";
        assert_eq!(
            labels(text, "Raising household electricity rates", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor), None]
        );
        // Only a change of level: "standing" is no change of "room tickets".
        assert_eq!(
            labels(text, "Standing room tickets on trains", &[])[2],
            None
        );
    }

    #[test]
    fn a_change_is_named_without_its_qualifier_and_by_the_level_it_leaves() {
        let text = "Oh said lowering the age would not cut crime. \
                    Oh said a lower age did not reduce youth crime. \
                    Oh said the age of criminal responsibility is right where it is.";
        assert_eq!(
            labels(
                text,
                "Lowering the age of criminal responsibility to 13",
                &["lowering the age of criminal responsibility"]
            ),
            // The object kept where it is: against lowering it.
            [Some(StanceLabel::Against); 3]
        );
    }

    #[test]
    fn a_condition_of_acceptance_is_demanded() {
        let text = "The union said it would not oppose more visas if the government set a \
                    wage floor. The union said it would oppose the visas unless the \
                    government set a wage floor. Kim said prices would rise if a wage floor \
                    were set. Kim said it would do little to cut costs unless clinics set \
                    a wage floor. The union said more visas would be acceptable only if the \
                    government first set a wage floor.";
        assert_eq!(
            labels(text, "A wage floor", &["a wage floor"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_qualifier_that_judges_the_other_way_is_the_judgement() {
        let text = "Kwon said the expansion was a reasonable stopgap. \
                    Kwon said the expansion was a stopgap. \
                    Kwon said the expansion was a costly mistake.";
        assert_eq!(
            labels(text, "Expanding the list of medicines", &["the expansion"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_cost_told_with_the_good_it_buys_is_for_the_target() {
        let text = "The ministry said the fare cap would cost about 60 billion won a year, \
                    shared with the provinces, and would help keep islands from emptying. \
                    Critics said the fare cap would cost about 60 billion won a year.";
        assert_eq!(
            labels(text, "Capping ferry fares", &["the fare cap"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_a_speaker_will_do_on_a_condition_is_no_side() {
        let text = "Woowa Brothers said it would display the grades if the law required it, \
                    but warned that updating them would take time. Coupang said it would \
                    display the grades from July.";
        assert_eq!(
            labels(
                text,
                "Showing hygiene grades on delivery apps",
                &["display the grades"]
            ),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_a_recommendation_asks_of_a_bill_that_is_its_subject() {
        let text =
            "Kim said the bill should be voted down. Lee said the bill should be voted through.";
        assert_eq!(
            labels(text, "The bill", &[]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_view_reported_just_before_and_judged() {
        let text = "[Editorial] Fines\n\nSome shop owners worry that a steep fine will scare \
                    away customers. That fear is misplaced. Some drivers say a steep fine is \
                    overdue. That claim is understandable. Others fear a steep fine. That \
                    worries me.";
        assert_eq!(
            labels(text, "A steep fine", &[]),
            [
                None,
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                // A verb: what worries the writer is opposed.
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn the_words_of_a_report_count_a_phrase_once_and_pass_over_a_named_doer() {
        let side = |text: &str| {
            let doc = Pipeline::rules_only().annotate("t", text, vec![]);
            let at = doc
                .sentence_tokens(0)
                .iter()
                .position(|t| t.lower == "split")
                .expect("the sentence names the split");
            super::words_side(&doc, 0, &[(at, at)], Resources::embedded())
        };
        // One phrase for, two words against: "right" inside the phrase is not a second.
        assert_eq!(
            side(
                "Ahn said the split, a step in the right direction, brought unfair and costly terms."
            ),
            Some(StanceLabel::Against)
        );
        assert_eq!(
            side("Ahn said the split wouldn't help savers."),
            Some(StanceLabel::Against)
        );
        // What Japan cannot offer is not what the split does.
        assert_eq!(
            side("Ahn said the split brings a deal that Japan cannot offer."),
            None
        );
    }

    #[test]
    fn a_pronoun_with_its_verb_contracted_refers_back() {
        let text = "\"The fee starts in March,\" Park said. \"It's a mistake.\" \
                    \"The fee starts in March,\" Lee said. \"That’s the right call.\"";
        assert_eq!(
            labels(text, "The fee", &[]),
            [
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn the_remedy_denied_is_against_before_or_after_the_target() {
        let text = "Kim said a phone ban isn't the answer to bullying. \
                    Lee said the answer is not a phone ban but better teaching. \
                    Park said the answer is a phone ban.";
        assert_eq!(
            labels(text, "A phone ban", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_long_party_between_let_and_the_act_it_lets() {
        let text = "Gwangju will let restaurants and bars in three nightlife districts put \
                    tables on the sidewalk until midnight from May, the city said Thursday.";
        assert_eq!(
            labels(text, "Sidewalk tables", &["put tables on the sidewalk"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_contracted_negation_turns_a_side_like_a_whole_one() {
        let text = "Kang said the split isn't fair. \
                    Lee said the split is not fair. \
                    Park said the split won’t work. \
                    Cho said the split will not work.";
        assert_eq!(
            labels(text, "The split", &[]),
            [Some(StanceLabel::Against); 4]
        );
    }

    #[test]
    fn without_the_head_the_words_of_the_report_take_a_side_by_count() {
        let text = "Lee said that under the split the battery unit could finally raise its own money, which was good news. \
                    Oh said that after the split, small shareholders would be left with a costly and unfair deal. \
                    Han said that after the split, small shareholders would not be worse off. \
                    Jo said the Fair Trade Commission had opened a review of the split. \
                    \"The split is one thing,\" Lee said, adding, \"The market is unfair.\" \
                    Regarding worries that the split is harmful, Park said, \"Maybe.\" \
                    Choi said the split has been in force since 2021. \
                    Yoon said the tariff was the cheapest way to deal with the split. \
                    Kim said of the split: \"Unfair to small shareholders and late.\"";
        assert_eq!(
            labels(text, "The split", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral),
                // The first word of a quotation is no name.
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn another_partys_report_and_an_idea_named_as_wanted() {
        let text = "The city will expand its pilot program for foreign helpers next year, \
                    officials said Thursday, even as critics warned that the pilot was too \
                    expensive. Lawmakers of the ruling party want to exempt foreign helpers \
                    from the minimum wage. Rep. Cho said the pilot proved that demand was \
                    there. The Ministry of Labor rejected the idea.";
        let got = body_stances(
            text,
            vec![
                target("T1", "Foreign helper pilot", "the pilot"),
                target(
                    "T2",
                    "Exempting foreign helpers from the minimum wage",
                    "exempt foreign helpers from the minimum wage",
                ),
            ],
        );
        // The critics' warning is theirs: the officials' expansion is favoured.
        assert_eq!(got[0], [(0, StanceLabel::Favor)]);
        // "the ruling party" reports nothing: a wish in the narration takes no side.
        assert!(got[1].is_empty());
        // The idea rejected is the exemption wanted, not the pilot named since.
        assert_eq!(got[3], [(1, StanceLabel::Against)]);
    }

    #[test]
    fn only_the_courses_relevance_can_read_are_encoded() {
        let text = "Kim said the city should raise the corporate tax rate. \
                    Lee said the city should not raise it. \
                    The city should raise the corporate tax rate.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![target("T1", "Cutting the corporate tax rate", "a tax cut")],
        );
        // Kim's course; not Lee's negated one, nor the narration's (no voice).
        assert_eq!(
            super::compared_by_meaning(&doc, Resources::embedded()),
            ["raise the corporate tax rate"]
        );
    }

    #[test]
    fn a_thing_named_before_is_referred_to_by_its_head_noun() {
        let text = "Lee said battery-swapping stations are promising. \
                    Kim said the city should fund the stations with the makers. \
                    Park said the city should close the stations.";
        assert_eq!(
            labels(
                text,
                "Building battery-swapping stations",
                &["battery-swapping stations"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
        // Not before the thing is named.
        let text = "Kim said the city should fund the stations. \
                    Lee said battery-swapping stations are promising.";
        assert_eq!(
            labels(
                text,
                "Building battery-swapping stations",
                &["battery-swapping stations"]
            ),
            [None, Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_preference_takes_a_side_and_an_answer_is_no_report() {
        assert_eq!(
            labels(
                "The police said it prefers speed cameras.",
                "Speed cameras in school zones",
                &["speed cameras"]
            ),
            [Some(StanceLabel::Favor)]
        );
        // "answer" is a noun here, not someone's reply reported inside the quotation.
        assert_eq!(
            labels(
                "\"The real answer is to cut the night hours,\" Kwon said.",
                "Shorter working hours",
                &["cut the night hours"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_alias_turned_round_into_a_clause_names_the_target() {
        let name = "Publishing teachers' ratings";
        let aliases = ["publish the ratings", "public ratings"];
        assert!(labels("Kim said the ratings were made public.", name, &aliases)[0].is_some());
        assert!(labels("Kim said the ratings are published.", name, &aliases)[0].is_some());
        // The words apart, or with no verb that links them, name nothing.
        assert_eq!(
            labels("Kim said the public ignored the ratings.", name, &aliases),
            [None]
        );
    }

    #[test]
    fn an_answer_after_its_label_and_a_pronoun_for_a_plural_named_before_it() {
        let text = "We asked Jo Eun-ha, a professor of education, what she makes of it.\n\n\
                    Q: Do students judge teachers well?\n\n\
                    A: Mostly.\n\n\
                    Q: Should the ratings be made public?\n\n\
                    A: No. Once the scores are public, teachers will chase them. Give the \
                    results to the teacher, and use them for coaching.";
        let labels = labels(
            text,
            "Publishing teachers' ratings",
            &["publish the ratings", "public ratings"],
        );
        // "A: No." answers the question before it; "them" is the results, not the
        // ratings.
        assert_eq!(labels[4], Some(StanceLabel::Against), "{labels:?}");
        assert_eq!(labels[6], None, "{labels:?}");
    }

    #[test]
    fn a_thing_is_named_without_the_phrase_that_qualifies_it() {
        assert_eq!(
            labels(
                "Lee said online sales are a good idea.",
                "Online sales of alcohol",
                &[]
            ),
            [Some(StanceLabel::Favor)]
        );
        // Not one word ("sales" alone), and not words another target's name holds.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Lee said online sales are a good idea.",
            vec![
                target("T1", "Online sales of alcohol", "online alcohol sales"),
                target("T2", "Online sales of medicine", "online medicine sales"),
            ],
        );
        assert!(doc.sentences[0].stances.is_empty());
    }

    #[test]
    fn an_attitude_toward_a_topic_and_a_participle_before_the_target() {
        let name = "A population ministry";
        let aliases = ["population ministry"];
        for (text, label) in [
            (
                "Asked about the population ministry, Park was skeptical.",
                Some(StanceLabel::Against),
            ),
            (
                "Asked about the population ministry, Park was less enthusiastic.",
                Some(StanceLabel::Against),
            ),
            (
                "Asked about the population ministry, Park remained cautious.",
                Some(StanceLabel::Neutral),
            ),
            (
                "Park was blunt about the population ministry.",
                Some(StanceLabel::Neutral),
            ),
            (
                "On the population ministry that the cabinet proposed in May, Park was supportive.",
                Some(StanceLabel::Favor),
            ),
            (
                "Lee said the proposed population ministry would waste money.",
                Some(StanceLabel::Against),
            ),
            (
                "Lee proposed a population ministry.",
                Some(StanceLabel::Favor),
            ),
        ] {
            assert_eq!(labels(text, name, &aliases), [label], "{text}");
        }
    }

    #[test]
    fn what_refers_back_to_a_removal_turns_its_side() {
        let text = "[Interview] Hanul Mobility CEO Lee Dong-hoon: \"Hydrogen will win\"\n\n\
                    ChosunBiz met CEO Lee Dong-hoon in Yongin.\n\n\
                    ― Is hydrogen too expensive?\n\n\
                    \"Right now, yes.\"\n\n\
                    ― The government plans to end purchase subsidies in 2027.\n\n\
                    \"That would be a mistake.\"";
        let got = labels(
            text,
            "Extending purchase subsidies",
            &["purchase subsidies"],
        );
        assert_eq!(got.last().copied().flatten(), Some(StanceLabel::Favor));
    }

    #[test]
    fn a_threat_to_take_to_the_streets_and_a_system_urged_to_be_running() {
        let name = "Lifting the ban on short selling";
        let aliases = ["the ban", "short selling"];
        assert_eq!(
            labels(
                "Kim said investors would take to the streets if the ban is lifted.",
                name,
                &aliases
            ),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            labels(
                "Kim said the detection system should be running before trading resumes.",
                "A detection system",
                &["detection system"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn where_a_target_leads() {
        let name = "For-profit hospitals";
        let aliases = ["for-profit hospitals"];
        for (text, label) in [
            (
                "Choi argued that for-profit hospitals would be the first step toward a two-tier system.",
                StanceLabel::Against,
            ),
            (
                "Kim said for-profit hospitals are the first step toward better care.",
                StanceLabel::Favor,
            ),
            (
                "Kim said for-profit hospitals are the first step toward a new system.",
                StanceLabel::Favor,
            ),
        ] {
            assert_eq!(labels(text, name, &aliases), [Some(label)], "{text}");
        }
    }

    #[test]
    fn an_act_held_to_be_premature() {
        let name = "Deep-sea mining";
        let aliases = ["seabed mining"];
        for (text, label) in [
            (
                "Kim said it is too early to commit billions of dollars to seabed mining.",
                StanceLabel::Against,
            ),
            (
                "Kim said it is never too early to prepare for seabed mining.",
                StanceLabel::Favor,
            ),
            (
                "Kim said it was too soon to judge seabed mining.",
                StanceLabel::Neutral,
            ),
            (
                "Kim said it was too soon to judge whether seabed mining works.",
                StanceLabel::Neutral,
            ),
            (
                "Kim said it was premature to invest in seabed mining.",
                StanceLabel::Against,
            ),
        ] {
            assert_eq!(labels(text, name, &aliases), [Some(label)], "{text}");
        }
    }

    #[test]
    fn an_action_named_before_is_referred_to_by_its_noun() {
        let text = "Kim said the increase would hurt commuters. \
                    Lee said raising bus fares would save the routes. \
                    Kim said the increase would hurt commuters. \
                    Park said the increase in tuition would hurt students. \
                    Cho said an immediate hike would save the routes. \
                    Increases would hurt commuters, Ahn said.";
        assert_eq!(
            labels(text, "Raising bus fares", &["raising bus fares"]),
            [
                None,
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                None,
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
        // "Membership" for joining, opening the sentence.
        let text = "Lee said Korea joining the Quad would help. \
                    Membership would hurt our exports, he said.";
        assert_eq!(
            labels(text, "Korea joining the Quad", &["joining the Quad"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_recommendation_by_pronoun_takes_a_side_on_what_was_named_before() {
        // An editorial: the writer's narration is a voice.
        let text = "[Editorial] Time for shorter days\n\n\
                    Flexible working hours have raised productivity, the ministry said. \
                    The government should extend them to small firms. \
                    Flexible working hours were tried at two firms, the ministry said. \
                    The government should scrap them.";
        let found = labels(text, "Flexible working hours", &[]);
        assert_eq!(found[2], Some(StanceLabel::Favor));
        assert_eq!(found[4], Some(StanceLabel::Against));
        // "them" for a singular name is someone else.
        let text = "[Editorial] Farm aid\n\n\
                    The subsidy was paid to farmers, the ministry said. \
                    The government should help them.";
        assert_eq!(labels(text, "The subsidy", &[])[2], None);
    }

    #[test]
    fn what_solves_nothing_is_against() {
        let text = "\"Moving the clocks solves nothing,\" Choi said.";
        assert_eq!(
            labels(text, "Moving the clocks", &[]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn an_opinion_piece_that_only_names_a_target_takes_no_position() {
        let text = "[Editorial] The ban\n\n\
                    Three years after the Assembly passed the ban, the farms are open. \
                    \"The ban was right,\" said Kim.";
        let found = labels(text, "The ban", &[]);
        assert_eq!(found[1], None);
        assert_eq!(found[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn raising_or_lowering_a_quantity_good_or_bad_to_have() {
        let text = "Kim said lifting the tariff would cut prices. \
                    Lee said the tariff cut would add billions to the deficit. \
                    Park said the tariff cut would not create jobs. \
                    Cho said the tariff cut would cover only a fifth of the deficit. \
                    Yoon said the tariff cut would bring misery to farmers.";
        assert_eq!(
            labels(text, "The tariff cut", &["lifting the tariff"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn what_a_body_will_require_of_those_a_long_clause_describes_is_its_rule() {
        let text = "The Ministry of Education will require universities that recruit more \
                    than 1,000 international students to reserve a fifth of their dormitory \
                    rooms for them, the ministry said Thursday.";
        assert_eq!(
            labels(
                text,
                "Reserving dorm rooms for foreign students",
                &["reserve a fifth of their dormitory rooms for them"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_target_to_be_discussed_later_in_a_sequence_is_not_backed() {
        let text = "\"Build more dorms first, then discuss quotas,\" Min said.";
        assert_ne!(
            labels(text, "Dorm quotas for foreign students", &["quotas"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_second_act_required_and_a_rule_called_humiliating() {
        let text = "Daegu will require riders to register their motorcycles and display \
                    helmet plates from October, the city said. \
                    Riders' unions called the helmet plates humiliating. \
                    Safety groups said the helmet plates did not go far enough. \
                    Officer Kim said the helmet plates made sense. \
                    Rider Lee said the helmet plates make no sense.";
        assert_eq!(
            labels(text, "Helmet plates", &["display helmet plates"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_removal_named_after_what_it_removes_is_named_whole() {
        let got = body_stances(
            "Kang said tuition would rise if the freeze ended, and urged the ministry to \
             raise state grants instead.",
            vec![target(
                "T1",
                "Ending the tuition freeze",
                "the freeze ended",
            )],
        );
        assert_eq!(got[0], [(0, StanceLabel::Against)]);
    }

    #[test]
    fn not_everything_but_a_start() {
        let text = "\"The fee will not solve everything, but it is a start,\" Yoo said.";
        assert_eq!(labels(text, "The fee", &[]), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn praise_of_what_a_harm_takes_away_is_no_praise_of_the_target() {
        let text = "Merchants said the decision would cost them their best weeks of the year.";
        assert_eq!(
            labels(text, "The decision", &[]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn an_evaluation_by_pronoun_in_a_joined_clause_and_a_gap_closed() {
        let text = "Kim said the freeze is popular, and it is the wrong call. \
                    Lee said the freeze, with vouchers for the poorest, would close most of the gap.";
        assert_eq!(
            labels(text, "The freeze", &[]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn preferring_one_of_two_alternatives_is_against_the_other() {
        let got = body_stances(
            "The office can merge small schools or keep the schools open. \
             Superintendent Jung has said he prefers to keep the schools open. \
             The federation argues that merging small schools would let them offer more subjects.",
            vec![
                target("T1", "Merging small schools", "merge small schools"),
                target("T2", "Keeping the schools open", "keep the schools open"),
            ],
        );
        assert_eq!(
            got[1],
            [(1, StanceLabel::Favor), (0, StanceLabel::Against)],
            "{got:?}"
        );
        assert_eq!(got[2], [(0, StanceLabel::Favor)], "{got:?}");
    }

    #[test]
    fn an_effect_others_are_pushed_to_and_a_quantity_said_to_be_lost() {
        let text = "Kim said letting banks in would push carriers to cut prices. \
                    Lee said letting banks in would force shops to raise prices. \
                    Min said letting banks in would bring back the crowds the street lost. \
                    Ko said letting banks in would bring crowds.";
        assert_eq!(
            labels(text, "Letting banks in", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn an_action_that_looks_at_a_target_or_waits_for_it() {
        let text = "Oh said lawmakers must hear athletes before they vote on the exemption. \
                    Nam said the committee should study the exemption. \
                    Seo said the exemption should be replaced with a points system. \
                    Choi said scrapping the exemption would cost the country medals. \
                    Lee said lawmakers must keep the exemption.";
        assert_eq!(
            labels(text, "Exemption for athletes", &["the exemption"]),
            [
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn an_act_put_off_with_its_own_subject_and_a_short_term_patch() {
        let text = "Choi said airlines must promote from within before they recruit abroad. \
                    \"Hiring abroad is a short-term patch, not an answer,\" Choi said.";
        assert_eq!(
            labels(
                text,
                "Hiring foreign pilots",
                &["recruit abroad", "Hiring abroad"]
            ),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn an_open_question_and_a_participle_between_commas() {
        let text = "Kim said the ministry is weighing whether to let variable speed limits spread. \
                    Lee said variable speed limits, shown on signs that drop to 30 when sensors detect pedestrians, have cut injuries near schools.";
        assert_eq!(
            labels(text, "Variable speed limits", &[]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_passive_recommendation_urges_the_target_its_verb_names() {
        let text = "Choo said the crypto tax should be postponed for another two years. \
                    Jin said the crypto tax should not be postponed.";
        assert_eq!(
            labels(text, "Postponing the crypto tax again", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_second_verb_made_small_and_a_cost_forced_on_others() {
        let text = "Kim said local currency mostly moved spending from one region to another and added little to the national economy. \
                    Lee said local currency would force small shops to hire staff.";
        assert_eq!(
            labels(text, "Local currency", &[]),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_only_measure_that_had_worked_and_one_that_would_finish_us_off() {
        let text = "Lee said a sales ban was the only measure that had worked in the countries that tried it. \
                    \"A sales ban would finish us off,\" Kwon said.";
        assert_eq!(
            labels(text, "Sales ban", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_only_way_and_made_mandatory() {
        let text = "The union says a later retirement age is the only way to close the income gap. \
                    Kim said a later retirement age should be made mandatory.";
        assert_eq!(
            labels(text, "A later retirement age", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_plan_of_ones_own_and_a_push_into_trouble() {
        let text = "Baek defended his pledge to turn one car lane on each major road into protected bike lanes. \
                    Lee defended her plan to scrap protected bike lanes. \
                    Yoon said protected bike lanes would push delivery trucks into side streets.";
        assert_eq!(
            labels(text, "Protected bike lanes", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn advice_reported_inside_a_quotation_and_a_preference() {
        let text = "\"Every few years someone says we should break up the platforms,\" Cho said. \
                    \"I say we should break up the platforms,\" Lee said. \
                    Cho Seong-wook said the rules were old. What she wants instead is to break up the platforms.";
        assert_eq!(
            labels(text, "Break up the platforms", &[]),
            [
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor),
                None,
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_record_of_working() {
        let text = "\"A congestion charge is the one tool that has worked in London,\" Han said. \
                    Lee said the congestion charge worked out at 8,000 won a day.";
        assert_eq!(
            labels(text, "Congestion charge", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn consequences_past_a_participle_made_small_or_drawn_in() {
        let text = "Jang said a carbon tax introduced while prices are frozen would hit manufacturers twice. \
                    Lee said the carbon tax saves less than 1 percent of emissions. \
                    Park said the carbon tax would pull in investment. \
                    Choi said the carbon tax raised prices more than anyone would admit. \
                    Yoon said the carbon tax was rushed through the Assembly. \
                    Experts said a carbon tax would not address the real problem.";
        assert_eq!(
            labels(text, "Carbon tax", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_cost_made_small_by_degree_and_a_plural_in_ies() {
        let text = "Jung said the subsidy would cost far less than the overtime. \
                    Kim said the subsidy would cost far more than it saves.";
        assert_eq!(
            labels(text, "Subsidies for small firms", &["the subsidies"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_the_target_keeps_from_happening_and_what_it_brings_in() {
        let text = "The province says the cap has kept traffic from getting worse. \
                    Kim said the cap made traffic worse. \
                    Lee said the cap would cover few roads, and the revenue could pay for shuttle buses.";
        assert_eq!(
            labels(text, "A cap on rental cars", &["the cap"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn how_talks_on_the_target_went_is_no_side() {
        let text = "Kim said talks on a voluntary agreement failed. \
                    Kim said a voluntary agreement failed.";
        assert_eq!(
            labels(text, "A voluntary agreement", &["a voluntary agreement"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_frame_of_a_measure_gives_way_to_its_own_noun_urged_to_apply() {
        let text = "[Editorial] Bring it back\n\n\
                    The ministry left the cup deposit to the regions. \
                    The deposit should apply nationwide. \
                    The deposit must return. \
                    The breaks have to be mandatory.";
        assert_eq!(
            labels(
                text,
                "A deposit on disposable cups",
                &["the cup deposit", "the deposit system"]
            )[2..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor), None]
        );
        assert_eq!(
            labels(
                "Kim said paid heat breaks would save lives. \"The breaks have to be mandatory.\"",
                "Mandatory heat breaks for outdoor workers",
                &["paid heat breaks", "the break rule"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_possessive_in_the_subject_of_a_verb_owns_no_cue() {
        let text = "The Korean Alzheimer's Association welcomed the GPS trackers. \
                    The association's fallback demand for GPS trackers came late.";
        assert_eq!(
            labels(
                text,
                "GPS trackers for dementia patients",
                &["GPS trackers"]
            ),
            [Some(StanceLabel::Favor), None]
        );
    }

    #[test]
    fn a_text_that_only_names_an_organisation_is_in_its_writer_s_voice() {
        let text = "The free ride needs a new age\n\n\
                    Seoul Metro lost 400 billion won last year on free rides. \
                    The free-ride age should rise to 70. \
                    Some lawmakers propose a half fare for seniors instead. \
                    That would be a mistake. \
                    The central government should pay part of the cost.";
        assert_eq!(
            labels(text, "Charging seniors a half fare", &["a half fare"])[4],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_charge_that_lands_on_those_who_buy_is_held_against_it() {
        let text = "The association said the increase would be passed on to consumers. \
                    Temu said the fee would ultimately be paid by European shoppers.";
        assert_eq!(
            labels(
                text,
                "Raising the water charge",
                &["the increase", "the fee"]
            ),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_reviewer_s_verdict_names_the_one_to_buy() {
        let text = "[Review] The Flip 2 folds\n\n\
                    The verdict: the Flip 2 is the folding phone to buy this year. \
                    The Flip 2 is the one to buy. \
                    The Flip 2 is not the phone to buy for a gamer.";
        assert_eq!(
            labels(text, "the Hanbit Flip 2", &["the Flip 2"])[1..],
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn an_indefinite_alias_of_two_words_names_the_thing_with_any_article() {
        let text = "The association said the leash limit was reasonable. \
                    \"A 2-meter limit is common sense,\" Kim said. \
                    Lee called the leash limit a band-aid.";
        assert_eq!(
            labels(
                text,
                "A 2-meter leash limit in parks",
                &["a leash limit", "the 2-meter limit"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn what_wakes_or_disturbs_people_is_a_harm() {
        let text = "The council said night flights already woke children twice a night. \
                    Kim said night flights disturbed the whole street.";
        assert_eq!(
            labels(text, "Allowing more night flights", &["night flights"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn one_of_the_kind_set_aside_for_another_course() {
        let text = "The association proposed fines for parents instead of a ban. \
                    The association said it wanted fines rather than a ban. \
                    The association proposed fines for parents instead of a lecture.";
        assert_eq!(
            labels(
                text,
                "Banning no-kids zones in cafes",
                &["a ban on no-kids zones", "the ban"]
            ),
            [Some(StanceLabel::Against), Some(StanceLabel::Against), None]
        );
    }

    #[test]
    fn one_alone_stands_for_the_kind_named_before() {
        let text = "Kim said a congestion charge would cut traffic. \
                    \"The province should adopt one before the summer,\" he said. \
                    Kim said a congestion charge would cut traffic. \
                    \"The province should do one thing first,\" he said.";
        assert_eq!(
            labels(text, "A congestion charge", &["a congestion charge"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                None
            ]
        );
    }

    #[test]
    fn a_name_of_the_whole_under_a_head_that_makes_less() {
        // "the speed cap" is the lowering itself; "the speed limit" is what is lowered.
        let text = "The association said the speed cap would hurt riders. \
                    The association said the speed limit would hurt riders.";
        assert_eq!(
            labels(
                text,
                "Lowering the e-bike speed limit",
                &["the speed cap", "the speed limit"]
            ),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_target_let_come_to_an_end_and_this_idea() {
        let text = "Kim said the office should not let the later start die in committee. \
                    Kim said the office should allow the later start to lapse. \
                    Kim said the office should allow the later start to go ahead.";
        assert_eq!(
            labels(text, "A later school start", &["the later start"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
        // "this idea", after the proposal was named, is the proposal.
        let text = "The city has proposed a later start for high schools. \
                    My son falls asleep in class, Kim said. \
                    Kim said the city should not let this idea die.";
        assert_eq!(
            labels(text, "A later school start", &["a later start"])[2],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_group_that_favors_and_a_side_taken_once_a_condition_is_met() {
        let text = "Kim said business groups along the route favor light rail. \
                    Kim said he was not opposed to light rail in the long run, once ridership \
                    justified it. \
                    Kim said he rode light rail once a week.";
        assert_eq!(
            labels(text, "Building a light rail line", &["light rail"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn a_writer_telling_the_terms_of_a_rule_takes_no_position() {
        let text = "[Guest Column] My cafe will stay dog-free\n\n\
                    From March, the ministry will let restaurants admit pet dogs as long as \
                    they keep the animals on a leash. \
                    Admitting pet dogs is fine if the owner agrees.";
        assert_eq!(
            labels(
                text,
                "Allowing dogs in restaurants",
                &["admit pet dogs", "admitting pet dogs"]
            )[1..],
            [None, Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_good_confined_to_a_few_is_held_against_its_cause() {
        let text = "Kim said a later start helps families with a car, and nobody else. \
                    Kim said a later start helps nobody but families with a car. \
                    Kim said a later start helps families, and nobody else was consulted.";
        assert_eq!(
            labels(text, "A later school start", &["a later start"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_good_that_does_not_last_is_held_against_its_cause() {
        let text = "Kim said, \"Cash grants raise births for a year, and then the effect \
                    disappears.\" Kim said, \"Cash grants raise births, and the effect lasts.\"";
        assert_eq!(
            labels(text, "Cash grants for newborns", &["cash grants"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_gerund_subject_is_read_through_its_consequence() {
        let text = "Ahn said delaying the levy would hurt exporters. \
                    Ahn said scrapping the levy would hurt exporters. \
                    Ahn said that passing the levy would help exporters. \
                    Ahn said the union is challenging the levy. \
                    Ahn said the levy alone would do little for the climate. \
                    Ahn said a new tariff was the cheapest way to deal with the levy.";
        assert_eq!(
            labels(text, "The levy", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn a_ban_named_before_its_place_and_the_state_it_leaves() {
        let text = "The ministry said shops will no longer be allowed to sell plastic straws. \
                    Kim said straw-free cafes were a good idea. \
                    Lee said the straw ban is not the problem.";
        assert_eq!(
            labels(
                text,
                "Straw ban in cafes",
                &["plastic straws", "straw-free cafes", "the straw ban"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn the_longest_evaluative_phrase_decides() {
        let text = "Ahn said a tram line looks good on paper. \
                    Seo said a tram line was a matter of fairness for the suburbs. \
                    Min said the tram line was a good idea.";
        assert_eq!(
            labels(text, "Tram line", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn past_a_relative_clause_and_what_cannot_be_avoided() {
        let text = "Kim said flexible hours, which let staff leave early, have raised productivity. \
                    Song said flexible hours were unavoidable.";
        assert_eq!(
            labels(text, "Flexible hours", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_second_verb_urged_under_a_condition_and_a_pronoun_after_to() {
        let text = "[Editorial] Exemptions\n\n\
                    Kim said the exemption would create a second-class workforce and drag down wages. \
                    Kim said the exemption would block the river from the neighborhoods and push up land prices. \
                    Choi said the exemption should be expanded only after its effects are verified. \
                    The exemption has been a useful bridge. \
                    The government should encourage companies to adopt it.";
        assert_eq!(
            labels(text, "The exemption", &[]),
            [
                None,
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn failures_excuses_groups_and_what_a_colon_explains() {
        let text = "Lee said voluntary agreements have failed twice since 2021. \
                    \"The voluntary agreement failed because few joined, not because the idea is wrong,\" Kim said. \
                    The two largest platforms, which hold 90 percent of the market, oppose the voluntary agreement. \
                    The commission has proposed a different approach: a voluntary agreement under which fees fall.";
        assert_eq!(
            labels(text, "Voluntary agreement", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_pronoun_set_up_and_a_treated_symptom() {
        let text = "\"An immigration agency would help. \
                    It should be set up under the Prime Minister's Office,\" Lee said. \
                    \"An immigration agency is a good idea, but it treats the symptom,\" Kim said.";
        assert_eq!(
            labels(text, "Immigration agency", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn what_works_and_what_an_objection_says() {
        let text = "[Column] Sugar\n\n\
                    A sugar tax works less by changing prices than by changing recipes. \
                    The objection that the sugar tax hits the poor hardest deserves an answer.";
        assert_eq!(
            labels(text, "Sugar tax", &[]),
            [None, Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn an_action_urged_on_its_object_expected_effects_and_an_organisation_committing() {
        let text = "\"Liquid e-cigarettes must be taxed at the same rate,\" Choi said. \
                    The city expects the car ban to draw more visitors, Seoul City said. \
                    Drivers said the car ban would add 20 minutes to trips. \
                    According to Seoul City, the city will ban cars from the square.";
        let found = labels(text, "Taxing liquid e-cigarettes", &["liquid e-cigarettes"]);
        assert_eq!(found[0], Some(StanceLabel::Favor));
        let found = labels(text, "Car ban", &["ban cars"]);
        assert_eq!(
            found[1..],
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn money_moved_from_one_target_to_another() {
        let text = "[Editorial] Births\n\n\
                    The government should redirect the cash incentive budget to public rental housing. \
                    Public rental housing is not a handout but the foundation of a family.";
        let phrases = &["cash incentive"];
        assert_eq!(
            labels(text, "Cash incentives", phrases)[1],
            Some(StanceLabel::Against)
        );
        assert_eq!(
            labels(text, "Public rental housing", &[])[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn permissions_worries_and_what_is_only_as_safe_as_its_reserves() {
        let text = "The ministry said it will allow patients to receive remote consultations. \
                    Kim said the ministry should not allow patients to receive remote consultations. \
                    \"Remote consultations worry me,\" Lee said. \
                    \"Remote consultations are only as safe as the doctors behind them,\" Park said.";
        assert_eq!(
            labels(text, "Remote consultations", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn what_a_removal_target_says_of_its_object() {
        let text = "\"Killer questions have placed an unfair burden on families,\" Lee said. \
                    Pharmacists object to killer questions. \
                    The ministry said it would remove so-called killer questions.";
        assert_eq!(
            labels(text, "Removing killer questions", &["killer questions"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn what_its_owner_charges_has_no_side() {
        let text = "Taxi drivers said the rail link had cut their fares by half. \
                    Commuters said the rail link had cut fares by half.";
        assert_eq!(
            labels(text, "The rail link", &[]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn another_name_of_a_removal_is_not_its_object() {
        let text = "KEPCO said an earlier exit would raise electricity bills. \
                    Kim said the coal plants would raise electricity bills.";
        assert_eq!(
            labels(
                text,
                "Closing coal plants by 2040",
                &["earlier exit", "coal plants"]
            ),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn phrasal_effect_verbs_and_the_clause_after_but() {
        let text = "Kim said the rate cut would push house prices up again. \
                    Lee said the rate cut would drive down rents. \
                    Park said the rate cut would ease payments for a year, but it would also drive up prices. \
                    Choi said the rate cut would ease payments.";
        assert_eq!(
            labels(text, "The rate cut", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn an_ease_a_harm_denied_and_a_denied_verb_of_the_target() {
        let text = "Shin said a four-day week would make it easier to hire teachers. \
                    Shin added that schools abroad have used a four-day week for years \
                    without a measurable drop in test scores. \
                    Kwon said a four-day week does not make a 64-year-old driver want to \
                    work at 2 a.m.";
        assert_eq!(
            labels(text, "four-day week", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn the_change_a_speaker_reports_is_the_target() {
        let text = "The office is weighing a four-day week for rural schools. \
                    Shin said the change would make it easier to hire teachers.";
        assert_eq!(
            labels(text, "four-day week", &[]),
            [None, Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_verb_of_good_of_two_words() {
        let text = "The district said the fee would pay for garbage collection.";
        assert_eq!(labels(text, "the fee", &[]), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn a_dateline_is_no_part_of_the_subject_that_commits() {
        let text = "SEOUL, March 6 - Lotte Shopping plans to close 12 of its hypermarkets, \
                    the company said on Thursday.";
        assert_eq!(
            labels(
                text,
                "Closing hypermarkets",
                &["close 12 of its hypermarkets"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_attitude_of_a_group_a_relative_clause_describes_is_theirs() {
        let text = "\"Even parties that hate the rule read the boards,\" Ahn said. \
                    \"Lawmakers who opposed the rule will lose,\" Kim said. \
                    Park said that opposing the rule was a mistake.";
        assert_eq!(
            labels(text, "the rule", &[]),
            [None, None, Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_target_urged_to_wait_or_to_go_to_a_level() {
        let name = "Raising the pension eligibility age";
        let aliases = [
            "lifting the age at which payments begin",
            "the eligibility age",
        ];
        let text = "Kang said lifting the age at which payments begin should wait. \
                    The federation said the eligibility age should go to 68.";
        assert_eq!(
            labels(text, name, &aliases),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn deterring_a_harm_a_step_before_a_target_starts_and_the_opposite_view() {
        let text = "The city said the cameras would deter assaults on drivers.";
        assert_eq!(labels(text, "the cameras", &[]), [Some(StanceLabel::Favor)]);
        // What must come before the target takes effect is no side on it; what is done
        // before writing it puts it off.
        let text = "Yang said the city should set a limit before the rule takes effect.";
        assert_eq!(labels(text, "the rule", &[]), [Some(StanceLabel::Neutral)]);
        let text = "Yang said the city should apply the old law before writing the rule.";
        assert_eq!(labels(text, "the rule", &[]), [Some(StanceLabel::Against)]);
        // Urged only after another act comes first, it is put off too.
        let text = "Yang said the city should hire inspectors first and enforce the rule later.";
        assert_eq!(labels(text, "the rule", &[]), [Some(StanceLabel::Against)]);
        let text = "Yang said the city should enforce the rule later.";
        assert_eq!(labels(text, "the rule", &[]), [Some(StanceLabel::Favor)]);
        let text = "The association said the rule treated drivers as suspects. \
                    The union that represents company drivers took the opposite view.";
        assert_eq!(
            labels(text, "the rule", &[]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_effect_read_past_an_aside_and_a_reference_past_a_frame_of_belief() {
        let text = "Kim said renovating the park in stages, one stand a year, would cost \
                    less than a third as much.";
        assert_eq!(
            labels(text, "renovating the park", &[]),
            [Some(StanceLabel::Favor)]
        );
        let text = "[Column] Fix it\n\nThe city wants to build a dome. I still think it \
                    is the wrong choice.";
        assert_eq!(
            labels(text, "Building a dome", &["build a dome"])[2],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_reference_to_a_side_taken_on_a_target_left_unnamed() {
        let text = "Jeonju will close Gaeksa-gil to cars on Sundays from May, the city said \
                    on Tuesday. Retailers welcomed the decision. \
                    \"This is the best news we have had in years,\" said Lee Min-ho, who \
                    runs a cafe there.";
        let name = "Closing Gaeksa-gil to cars on Sundays";
        let aliases = ["close Gaeksa-gil to cars"];
        assert_eq!(
            labels(text, name, &aliases)[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_quotation_after_its_attribution_opens_on_a_reference_and_it_may_be_no_reference() {
        let name = "A tourist tax on hotel stays";
        let aliases = ["the tourist tax"];
        let named = "Busan will charge a tourist tax on hotel stays from July. \
                     Retailers welcomed the tourist tax. ";
        let said = format!(
            "{named}Kim Ji-ho, who heads the city's hotel association, said: \"This is \
             the best news we have had in years.\""
        );
        assert_eq!(labels(&said, name, &aliases)[2], Some(StanceLabel::Favor));
        // "It is unfair that ...", "It is time to ...": "it" stands for what follows.
        for then in [
            "\"It is unfair that hotels pay the same as guesthouses,\" Kim Ji-ho said.",
            "\"It is not clear whether guests will notice,\" Kim Ji-ho said.",
        ] {
            let text = format!("{named}{then}");
            assert_eq!(labels(&text, name, &aliases)[2], None, "{then}");
        }
        let text = format!("{named}\"It is unfair to the guesthouses,\" Kim Ji-ho said.");
        assert_eq!(labels(&text, name, &aliases)[2], Some(StanceLabel::Against));
    }

    #[test]
    fn a_reference_past_a_reported_frame_and_what_it_would_not_only_do() {
        let name = "A congestion charge";
        let aliases = ["the congestion charge"];
        let urged = "Kim Soo-jin, a transport economist, urged the city to adopt a \
                     congestion charge. ";
        for (then, label) in [
            (
                "She believes this would not only cut traffic but also raise money.",
                Some(StanceLabel::Favor),
            ),
            ("Kim said it would cut traffic.", Some(StanceLabel::Favor)),
            (
                "She also argued that it would hurt small shops.",
                Some(StanceLabel::Against),
            ),
            // A pronoun's frame: "it" may be the one who spoke.
            ("It said it would not pay for the buses.", None),
        ] {
            let text = format!("{urged}{then}");
            assert_eq!(labels(&text, name, &aliases)[1], label, "{then}");
        }
        // "not only ... but also" denies nothing where the target is named either.
        let text = "\"The congestion charge would not only cut traffic but also raise money,\" \
                    Kim said.";
        assert_eq!(labels(text, name, &aliases), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn a_word_of_a_name_a_thing_joined_and_what_is_hard_to_justify() {
        let text = "The Korea Fair Trade Commission said it had opened a review of the deal.";
        assert_eq!(labels(text, "the deal", &[]), [Some(StanceLabel::Neutral)]);
        let text = "A better course is to end the link between subsidies and the freeze.";
        assert_eq!(
            labels(text, "lifting the freeze", &["the freeze"]),
            [Some(StanceLabel::Neutral)]
        );
        let text = "Kim expects the deal to pass. \
                    \"Blocking it outright would be hard to justify,\" he said.";
        assert_eq!(labels(text, "the deal", &[])[1], Some(StanceLabel::Favor));
    }

    #[test]
    fn predictions_procedures_and_the_government_a_ministry_speaks_for() {
        let name = "the visa exemption";
        let aliases = ["the exemption", "extend the exemption"];
        for (text, label) in [
            (
                "Lim said that the exemption was expected to revitalize tourism.",
                StanceLabel::Favor,
            ),
            (
                "Lim said the exemption was the only measure that had revived tourism.",
                StanceLabel::Favor,
            ),
            (
                "Lim said the exemption was a step that would hurt local guides.",
                StanceLabel::Against,
            ),
            (
                "The group said the exemption had removed the biggest complaint of tour groups.",
                StanceLabel::Favor,
            ),
            (
                "Yun said the exemption was decided without consulting the National Assembly.",
                StanceLabel::Against,
            ),
            (
                "The government will extend the exemption until 2026, the Ministry of Justice said.",
                StanceLabel::Favor,
            ),
        ] {
            assert_eq!(labels(text, name, &aliases), [Some(label)], "{text}");
        }
        let text = "\"The cap has done what it was meant to do,\" Heo said.";
        assert_eq!(labels(text, "the cap", &[]), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn a_bill_proposed_what_defeats_the_purpose_and_part_of_another_targets_word() {
        let text = "Councilor Jeon said he would propose an ordinance next month to open \
                    an off-leash zone in every district.";
        assert_eq!(
            labels(text, "off-leash zones", &["off-leash zone"]),
            [Some(StanceLabel::Favor)]
        );
        let text = "\"Keeping a safety driver in every car defeats the purpose,\" Ahn said.";
        assert_eq!(
            labels(
                text,
                "a safety driver rule",
                &["a safety driver in every car"]
            ),
            [Some(StanceLabel::Against)]
        );
        // "leash" inside "off-leash zones" names the zones, not the leash rule.
        let targets = [
            ("T1", "the leash rule", "a leash"),
            ("T2", "off-leash zones", ""),
        ];
        let targets: Vec<Target> = targets
            .iter()
            .map(|(id, name, alias)| Target {
                id: (*id).into(),
                name: (*name).into(),
                aliases: if alias.is_empty() {
                    Vec::new()
                } else {
                    vec![(*alias).into()]
                },
                origin: TargetOrigin::Given,
            })
            .collect();
        let doc = Pipeline::rules_only().annotate(
            "t",
            "KARA said it supported the off-leash zones.",
            targets,
        );
        let named: Vec<&str> = doc.sentences[0]
            .stances
            .iter()
            .map(|s| doc.targets[s.target].id.as_str())
            .collect();
        assert_eq!(named, ["T2"]);
    }

    #[test]
    fn the_answer_set_against_a_removal_and_what_an_act_puts_off() {
        let text = "[Opinion] Keep the lane\n\nHis complaint deserves a hearing, but the \
                    answer is a loading zone, not the removal of the lane.";
        assert_eq!(
            labels(text, "removing the bike lane", &["the removal", "the lane"])[1],
            Some(StanceLabel::Against)
        );
        let text = "The ministry said it would make deposit insurance mandatory.";
        assert_eq!(
            labels(text, "deposit insurance", &[]),
            [Some(StanceLabel::Favor)]
        );
        let text = "\"Before you raise premiums, pay what you owe,\" Park said.";
        assert_eq!(
            labels(text, "a premium increase", &["raise premiums"]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_judged_removal_of_the_topic_named_by_its_verb_alone() {
        let text = "[Opinion] Open the gates\n\nThe plan is overdue. Their worries are fair, \
                    but postponing is the wrong answer. Scrapping it would be a mistake.";
        let name = "Opening school gyms to residents";
        assert_eq!(
            labels(text, name, &["the plan"])[2..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
        // The same side when the target is itself the putting off.
        let text = "[Opinion] Not now\n\nThe delay is overdue. Postponing is the right call.";
        assert_eq!(
            labels(text, "Postponing the tax", &["the delay"])[2],
            Some(StanceLabel::Favor)
        );
        // "put off" is a cue of its own.
        let text = "The federation asked the ministry to put off the plan.";
        assert_eq!(
            labels(text, name, &["the plan"]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_ignores_reality_and_what_is_ruled_out() {
        let text = "The ruling ignores the reality that riders work for several apps, \
                    the federation said.";
        assert_eq!(
            labels(text, "the ruling", &[]),
            [Some(StanceLabel::Against)]
        );
        let text = "Finance Minister Choi ruled out a tax hike this year.";
        assert_eq!(
            labels(text, "a tax hike", &[]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_speaker_committing_to_carry_out_a_target() {
        let name = "the dock strike";
        let aliases = ["the strike", "strike"];
        let text = "The union said Monday that it will go on a general strike.";
        assert_eq!(labels(text, name, &aliases), [Some(StanceLabel::Favor)]);
        // "a ban" after its determiner is the noun the verb carries out.
        let text = "The Election Commission will enforce a ban on deepfake videos, \
                    the commission said.";
        assert_eq!(
            labels(text, "the deepfake ban", &["ban on deepfake videos"]),
            [Some(StanceLabel::Favor)]
        );
        // Someone else's strike, reported, commits the speaker to nothing.
        let text = "The union said workers will go on a general strike.";
        assert_ne!(labels(text, name, &aliases), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn a_demonstrative_stands_for_the_article_of_an_alias() {
        let text = "Lee said this pilot was a good start. Kim said a pilot is coming.";
        let found = labels(text, "The ride-hailing pilot", &["the pilot"]);
        assert_eq!(found, [Some(StanceLabel::Favor), None]);
    }

    #[test]
    fn a_purpose_failed_and_the_target_s_own_verb_with_it() {
        let text = "[Editorial] Taxis\n\n\
                    The late-night surcharge was supposed to bring drivers back, but most \
                    of them prefer to sleep. \
                    Raising it again would only make a ride home more expensive.";
        assert_eq!(
            labels(
                text,
                "Raising the late-night surcharge",
                &["late-night surcharge"]
            )[1..],
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn an_organisation_s_lede_announcing_a_course_is_for_the_article_s_target() {
        let target = "Cutting night bus routes";
        let announced = "Busan will stop running 12 late-night bus routes from March, the \
                         city said Monday. The drivers' union opposed the plan.";
        assert_eq!(
            labels(announced, target, &["the cuts"])[0],
            Some(StanceLabel::Favor)
        );
        // Refused or only weighed, it announces nothing.
        let refused = "The city said Monday it would not stop running late-night bus routes \
                       until ridership is counted.";
        assert_eq!(labels(refused, target, &["the cuts"])[0], None);
        let weighed = "The city said Monday it was studying whether to stop running \
                       late-night bus routes.";
        assert_eq!(labels(weighed, target, &["the cuts"])[0], None);
        let instead = "The drivers' union asked the city to shorten the routes instead.";
        assert_eq!(labels(instead, target, &["the cuts"])[0], None);
        // With two targets and a headline that names neither, the first given.
        let targets = ["Cutting night bus routes", "On-demand night shuttles"].map(|name| Target {
            id: name.into(),
            name: name.into(),
            aliases: Vec::new(),
            origin: TargetOrigin::Given,
        });
        let doc = Pipeline::rules_only().annotate("t", announced, targets.to_vec());
        let first = &doc.sentences[0].stances;
        assert_eq!(first.len(), 1);
        assert_eq!((first[0].target, first[0].label), (0, StanceLabel::Favor));
    }

    #[test]
    fn a_purpose_failed_by_the_target_s_rule() {
        let text = "[Editorial] Sundays\n\n\
                    The Sunday closing rule was meant to save markets, but most shoppers \
                    simply order online.";
        assert_eq!(
            labels(
                text,
                "Mandatory Sunday closing of large supermarkets",
                &["Sunday closing"]
            )[1..],
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_cost_made_small_speaks_for_the_target() {
        let text = "Jang said a direct tax refund costs money. \
                    Jang said a direct tax refund only costs money when we make batteries here. \
                    Jang said a direct tax refund would only cost 500 won a car.";
        assert_eq!(
            labels(text, "A direct tax refund", &[]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn what_fills_a_gap() {
        let text = "Lee said the pilot was meant to fill the gap until more drivers return.";
        assert_eq!(labels(text, "The pilot", &[]), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn names_that_say_a_policy_hides_its_purpose() {
        let text = "The taxi association called the plan a backdoor legalization of ride-hailing.";
        assert_eq!(labels(text, "The plan", &[]), [Some(StanceLabel::Against)]);
    }

    #[test]
    fn degrees_comparisons_and_lists() {
        let text = "[Editorial] Coupons\n\n\
                    Coupons handed to everyone are the least effective way to help. \
                    A coupon scheme of this size will also add to the national debt. \
                    The government will hand every citizen coupons next month.";
        let found = labels(text, "Coupons", &["coupon scheme"]);
        assert_eq!(
            found[1..],
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
        let text = "A driver said rest breaks would do more for safety than a ban. \
                    Kim said the ministry was open to both a ban and rest breaks.";
        assert_eq!(
            labels(text, "Rest breaks", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
        assert_eq!(labels(text, "A ban", &[])[0], Some(StanceLabel::Against));
    }

    #[test]
    fn a_side_that_holds_only_under_a_condition_is_neutral() {
        let text = "\"Cup deposits only make sense if every cafe is included,\" Kim said. \
                    Lee said forcing the cup deposit on every region would be irresponsible.";
        assert_eq!(
            labels(text, "The cup deposit", &["cup deposit"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_an_opening_condition_supposes_is_no_side() {
        let text = "\"If the parents reject the merger, the school stays open,\" Choi said. \
                    Choi said the parents should reject the merger.";
        assert_eq!(
            labels(text, "The merger", &["merger"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_vote_for_or_against_and_what_is_no_fix() {
        let text = "Kim said she would vote for the merger. \
                    Lee said he voted against the merger. \
                    \"The merger is not a cheap fix for a shrinking village,\" Park said.";
        assert_eq!(
            labels(text, "The merger", &["merger"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_price_matched_is_no_harm_and_a_hold_up_not_let_is_support() {
        let text = "Kim said the merger costs about the same as a new school. \
                    Kim said the merger costs too much. \
                    Lee said he would not let the budget hold up the merger. \
                    Park said the budget would hold up the merger. \
                    \"Skip the merger,\" Oh said.";
        assert_eq!(
            labels(text, "The merger", &["merger"]),
            [
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_quoted_fragment_opening_at_the_verb_and_the_responsible_choice() {
        let text = "Bae said that the merger had \"destroyed 200,000 jobs in a single year.\" \
                    Lim said the merger was the responsible choice.";
        assert_eq!(
            labels(text, "The merger", &["merger"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_name_with_the_level_a_cut_sets_names_the_whole() {
        let text = "Jeon said a 0.02 percent limit would save lives. \
                    Jeon said the limit would save lives.";
        assert_eq!(
            labels(
                text,
                "Lowering the limit to 0.02 percent",
                &["a 0.02 percent limit", "the limit"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_cannot_be_afforded_what_nothing_happens_without_and_a_name_urged() {
        let text = "Kim said the city cannot afford the raise. \
                    Park said the drivers will not return without the raise. \
                    \"Please stop calling the raise a gift,\" Lee said.";
        assert_eq!(
            labels(text, "The raise", &["raise"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn what_an_action_waits_for_is_not_urged_and_the_least_one_can_do() {
        let text = "The government should not wait for the sugar tax to act on schools. \
                    \"The sugar tax is the least the government can do,\" Kim said.";
        assert_eq!(
            labels(text, "A sugar tax", &["sugar tax"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_a_speaker_will_oblige_others_to_do_and_a_unilateral_change() {
        let text = "Hanbit Electronics will require its office employees to work from home, the company said. \
                    The union called working from home a unilateral change.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target {
                id: "T1".into(),
                name: "Working from home".into(),
                aliases: vec!["work from home".into(), "working from home".into()],
                origin: TargetOrigin::Given,
            }],
        );
        let found: Vec<Option<StanceLabel>> = doc
            .sentences
            .iter()
            .map(|s| s.stances.first().map(|st| st.label))
            .collect();
        assert_eq!(
            found,
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn an_alias_that_opens_with_a_verb_names_its_gerund_and_an_article_after_it() {
        let named = |text: &str, alias: &str| {
            labels(text, "Requiring battery disclosure", &[alias])
                .iter()
                .any(Option::is_some)
        };
        let said = "Kim said disclosing the battery maker helps buyers.";
        assert!(named(said, "disclose battery makers"));
        assert!(named("Kim said we must raise fares.", "raising fares"));
        assert!(named("Kim said cutting the fees helps.", "cut fees"));
        // A determiner the alias opens with takes no article after it.
        assert!(!named("Kim said that the tax hurts.", "that tax"));
    }

    #[test]
    fn what_a_target_would_only_do_is_held_against_it() {
        let against = Some(StanceLabel::Against);
        assert_eq!(
            labels(
                "Kim said expanding the quota would only keep wages low.",
                "Expanding the visa quota",
                &["expanding the quota"]
            ),
            vec![against]
        );
        // A cost made small, and a condition set before the target, are not.
        assert_ne!(
            labels(
                "The charge would only cost drivers 500 won a day.",
                "Congestion charge",
                &["charge"]
            ),
            vec![against]
        );
        assert_ne!(
            labels(
                "Without a disposal site, extending the reactors will only postpone the problem.",
                "Extending the reactors",
                &["extending the reactors"]
            ),
            vec![against]
        );
    }

    #[test]
    fn what_a_clause_after_but_cannot_do_without_is_favoured() {
        assert_eq!(
            labels(
                "Park said the quota can fill the gap, but without a wage increase, the yards will empty.",
                "Raising wages",
                &["wage increase"]
            ),
            vec![Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_goes_wrong_if_the_target_is_not_done_is_a_reason_for_it() {
        let text = "\"If the government does not expand export credit this year, Chinese \
                    makers will take the orders,\" Oh said. \
                    \"If the government does not expand export credit, our exports will \
                    fall,\" Kim said. \
                    \"If export credit does not pass, nothing changes,\" Lee said.";
        assert_eq!(
            labels(
                text,
                "Expanding export credit",
                &["expand export credit", "export credit"]
            )[..2],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_head_noun_stands_before_the_phrase_that_qualifies_it() {
        let text = "The association wants a larger quota for foreign workers. \
                    Lee said the quota must not be expanded.";
        let quota = target("T1", "Foreign worker quota", "quota for foreign workers");
        let doc = Pipeline::rules_only().annotate("t", text, vec![quota]);
        assert!(doc.sentences[1].stances.iter().any(|s| s.target == 0));
    }

    #[test]
    fn an_attitude_about_a_target_and_a_head_noun_before_a_preposition() {
        let text = "The ministry is reviewing a digital services tax. \
                    Han Seung-hee, a research fellow, was negative about the tax. \
                    Lee Ji-ho urged the government to introduce the tax within this year.";
        let tax = target("T1", "Digital services tax", "digital tax");
        let doc = Pipeline::rules_only().annotate("t", text, vec![tax]);
        let label = |i: usize| doc.sentences[i].stances.first().map(|s| s.label);
        assert_eq!(label(1), Some(StanceLabel::Against));
        assert_eq!(label(2), Some(StanceLabel::Favor));
    }

    #[test]
    fn a_head_noun_is_shared_only_with_a_target_whose_head_it_is() {
        let text = "The party will propose a windfall tax on refiners. \
                    The association said the tax is double taxation.";
        let targets = vec![
            target("T1", "Windfall tax on refiners", "windfall tax"),
            target("T2", "Extending the fuel tax cut", "fuel tax cut"),
        ];
        let doc = Pipeline::rules_only().annotate("t", text, targets);
        let stances: Vec<(usize, StanceLabel)> = doc.sentences[1]
            .stances
            .iter()
            .map(|s| (s.target, s.label))
            .collect();
        assert_eq!(stances, vec![(0, StanceLabel::Against)]);
    }

    #[test]
    fn what_should_have_been_done_takes_the_side_of_the_act() {
        let label = |text: &str| labels(text, "Fifth runway", &["runway", "the subsidy"])[0];
        let favor = Some(StanceLabel::Favor);
        let against = Some(StanceLabel::Against);
        assert_eq!(
            label("Yoo said the runway \"should have been built years ago.\""),
            favor
        );
        assert_eq!(
            label("Park said the runway should not have been delayed."),
            favor
        );
        assert_eq!(
            label("Choi said the city should have scrapped the subsidy."),
            against
        );
        assert_eq!(
            label("Kim said the city should have built the runway."),
            favor
        );
    }

    #[test]
    fn without_a_target_before_a_subject_pronoun_and_a_phrasal_harm() {
        let favor = Some(StanceLabel::Favor);
        assert_eq!(
            labels(
                "Park said, \"Demand is growing, and without a new runway we will lose passengers.\"",
                "New runway",
                &["new runway"]
            )[0],
            favor
        );
        assert_eq!(
            labels(
                "The council said moving the flights would hollow out the districts.",
                "Moving the flights",
                &["moving the flights"]
            )[0],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_minister_speaks_for_the_government() {
        let text = "Minister of Land, Infrastructure and Transport Park Sang-woo said on the 21st \
                    that the government will build a fifth runway at Incheon.";
        assert_eq!(
            labels(text, "Fifth runway", &["fifth runway"])[0],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_concern_voiced_over_a_target_is_against_it() {
        let label = |text: &str| labels(text, "Home purchase limits", &["the bill"])[0];
        assert_eq!(
            label("Zhang expressed concern that the bill singles out Chinese nationals."),
            Some(StanceLabel::Against)
        );
        assert_ne!(
            label("Kim dismissed concerns that the bill singles out Chinese nationals."),
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_speaker_holding_back_takes_no_side() {
        let neutral = Some(StanceLabel::Neutral);
        assert_eq!(
            labels(
                "Asked about the pact, Kim was more cautious.",
                "Defense pact",
                &["pact"]
            ),
            vec![neutral]
        );
        assert_eq!(
            labels(
                "Kim was cautious about a defense pact with Japan.",
                "Defense pact",
                &["defense pact"]
            ),
            vec![neutral]
        );
        assert_ne!(
            labels(
                "Kim opposed the pact, but investors were cautious.",
                "Defense pact",
                &["pact"]
            ),
            vec![neutral]
        );
    }

    #[test]
    fn a_refusal_to_comment_takes_no_side() {
        let text = "Samsung Electronics declined to comment on the merger. \
                    Samsung Electronics said it had declined to back the merger.";
        assert_eq!(
            labels(text, "The merger", &["merger"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn granted_then_warned_about_is_a_mixed_view() {
        let text = "Oh said regional wages were successful in Japan but warned that the regions were small. \
                    Kim said regional wages were successful in Japan.";
        let found = labels(text, "Regional wages", &[]);
        assert_eq!(
            found,
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_the_speaker_urges_others_to_do_to_the_targets_pronoun_is_its_side() {
        let text = "The federation has written to farmers about the fee and asked the National Assembly to block it. \
                    The federation has written to farmers about the fee and said the assembly would block it.";
        assert_eq!(labels(text, "The fee", &[])[0], Some(StanceLabel::Against));
        assert_ne!(labels(text, "The fee", &[])[1], Some(StanceLabel::Against));
    }

    #[test]
    fn a_threat_over_what_happens_to_the_target_takes_its_side() {
        let text = "The Directors Guild of Korea said it would hold a screening boycott if the plan goes ahead. \
                    Truckers' unions have threatened to strike if the plan ends. \
                    Kim said he would review the figures if the plan goes ahead.";
        let found = labels(text, "The plan", &[]);
        assert_eq!(
            found[..2],
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
        assert_ne!(found[2], Some(StanceLabel::Against));
        let text = "Choi said extending the plan again would cost 1.4 trillion won a month. \
                    Kim said ending the plan now, with winter coming, would hit the poor.";
        assert_eq!(
            labels(text, "The plan", &[]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_the_target_lets_the_main_clause_do_is_its_side() {
        let text = "\"With the top-up, I can finally hire someone,\" Lee said. \
                    \"With the top-up, firms still cannot hire anyone,\" Kim said. \
                    \"With the top-up, prices will rise,\" Park said.";
        assert_eq!(
            labels(text, "The top-up", &["top-up"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn raising_the_target_commits_to_it_and_fair_if_is_a_condition() {
        let text = "The Ministry of Labor said it will raise the monthly top-up to 800,000 won. \
                    Jiho said the top-up is fair if drivers actually show up.";
        assert_eq!(
            labels(text, "The top-up", &["top-up"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_welcome_is_not_undone_by_a_warning_about_something_else() {
        let text = "The association welcomed the coverage but warned that supplies were short.";
        assert_eq!(
            labels(text, "The coverage", &[]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_second_predicate_of_a_target_may_be_urged() {
        let text = "Choi said the coverage was ten years late and should be extended to teenagers.";
        assert_eq!(
            labels(text, "The coverage", &[]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_aim_commits_as_will_does_and_what_replaces_is_put_in() {
        let text = "FC Seoul said the season was over. \
                    FC Seoul wants to install artificial turf, the club said. \
                    FC Seoul will replace the grass with artificial turf, the club said.";
        assert_eq!(
            labels(text, "Artificial turf", &[])[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_cue_on_the_targets_pronoun_in_the_speakers_own_voice() {
        let text = "Kim said AI textbooks could help, and we do not oppose them. \
                    Lee said a full move to Sejong would end it. \
                    Park said local governments may keep the scheme or decide whether to adopt it.";
        assert_eq!(
            labels(text, "AI textbooks", &[])[0],
            Some(StanceLabel::Favor)
        );
        assert_ne!(
            labels(text, "A full move to Sejong", &[])[1],
            Some(StanceLabel::Against)
        );
        assert_ne!(labels(text, "The scheme", &[])[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn options_narrow_benefits_and_another_targets_alias() {
        let text = "\"Retaliation is not our first option,\" Ahn said. \
                    Lee said the card benefits mostly Seoul residents.";
        assert_eq!(
            labels(text, "Retaliation", &[])[0],
            Some(StanceLabel::Against)
        );
        assert_eq!(labels(text, "The card", &[])[1], Some(StanceLabel::Against));
        // "the tariffs" names the first target; it is no head-noun reference to the
        // second's "retaliatory tariffs".
        let text = "Kim said retaliatory tariffs were possible. Lee said the tariffs would hurt.";
        let targets = ["Chip tariffs", "Retaliatory tariffs"].map(|name| Target {
            id: name.into(),
            name: name.into(),
            aliases: if name == "Chip tariffs" {
                vec!["the tariffs".into()]
            } else {
                Vec::new()
            },
            origin: TargetOrigin::Given,
        });
        let doc = Pipeline::rules_only().annotate("t", text, targets.to_vec());
        let second: Vec<usize> = doc.sentences[1].stances.iter().map(|s| s.target).collect();
        assert_eq!(second, [0]);
    }

    #[test]
    fn an_editorial_that_tells_the_one_asked_to_agree_or_refuse() {
        let text = "[Editorial] Essays\n\n\
                    The council asked the ministry last week to let universities bring back \
                    essay tests. The ministry should agree.";
        let name = "Bringing back essay tests";
        assert_eq!(
            labels(text, name, &["essay tests"])[2],
            Some(StanceLabel::Favor)
        );
        let text = text.replace("should agree", "should refuse");
        assert_eq!(
            labels(&text, name, &["essay tests"])[2],
            Some(StanceLabel::Against)
        );
        // Agreeing with no request before it answers nothing.
        let text = "[Editorial] Essays\n\n\
                    The council wants universities to bring back essay tests. The ministry \
                    should agree.";
        assert_eq!(labels(text, name, &["essay tests"])[2], None);
    }

    #[test]
    fn an_objection_granted_and_denied_its_force() {
        let text = "[Editorial] Essays\n\n\
                    The ministry fears that essay tests will send parents back to the cram \
                    schools. That risk is real, but it is not a reason to measure the wrong \
                    thing.";
        let found = labels(text, "Bringing back essay tests", &["essay tests"]);
        assert_eq!(found[1], Some(StanceLabel::Against));
        assert_eq!(found[2], Some(StanceLabel::Favor));
        // Granted in a few words, then answered.
        let text = "[Editorial] Ballots\n\n\
                    The commission says online voting is too risky. Those risks are real, \
                    but Estonia has run such elections for twenty years without an attack.";
        let found = labels(text, "Online voting", &[]);
        assert_eq!(found[1], Some(StanceLabel::Against));
        assert_eq!(found[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn a_label_of_dismissal() {
        let text = "The Korean Nurses Association called the plan a shortcut that would \
                    keep wages low.";
        assert_eq!(
            labels(text, "Licensing foreign nurses", &["the plan"])[0],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn an_unnamed_group_and_the_author_are_two_voices() {
        let text = "[Editorial] Budgets\n\n\
                    Opposition lawmakers said they would back the extra budget only if it were targeted. \
                    That is the right approach.";
        assert_eq!(labels(text, "The extra budget", &[])[2], None);
    }

    #[test]
    fn going_too_far_is_against() {
        let text = "\"But a blanket ban that includes breaks goes too far,\" Choi said.";
        assert_eq!(
            labels(text, "A phone ban", &["a blanket ban"]),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_relative_clause_on_the_object_says_nothing_of_the_target() {
        let text = "\"Casinos will not fix an industry that needs better transport,\" Kim said.";
        assert_eq!(labels(text, "Casinos", &[]), [Some(StanceLabel::Against)]);
        // After a copula the clause describes the target itself.
        let text = "\"The levy is a measure that is fair,\" Kim said.";
        assert_eq!(labels(text, "The levy", &[]), [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn a_head_noun_agrees_in_number_and_ends_its_phrase() {
        let text = "Kim said regional visas are promising. \
                    Lee said the visa should be scrapped. \
                    Park said the visa office is slow.";
        let found = labels(text, "Regional visas", &["regional visa"]);
        assert_eq!(found[1], Some(StanceLabel::Against));
        assert_eq!(found[2], None);
        // "rate" is also a verb; "rate increase" still names a thing.
        let text = "Kim said the rate increase was fair. Lee said the increase was unfair.";
        let found = labels(text, "Raising power rates", &["rate increase"]);
        assert_eq!(found[1], Some(StanceLabel::Against));
    }

    #[test]
    fn an_alias_in_the_plural_names_the_singular_too() {
        let text = "Kim said an electric motorcycle would be a sensible choice.";
        assert_eq!(
            labels(text, "Electric motorcycles", &["electric motorcycles"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_favourable_comparison_is_against_what_it_is_made_with() {
        let text = "Subsidies would be a better start than a legal mandate, Kim said. \
                    Kim said a fund would be less effective than a legal mandate.";
        assert_eq!(
            labels(text, "Legal mandate", &["legal mandate"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn warnings_transformations_permissions_and_topic_phrases() {
        let text = "He warned that \"going it alone will mean fighting everyone.\" \
                    Kim said going it alone turns a small risk into a liability. \
                    Lee said no firm would be allowed to try going it alone. \
                    Regarding worries that going it alone is risky, Park said, \"Maybe.\"";
        let found = labels(text, "Going it alone", &["going it alone"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                // The topic is not Park's view: a bare mention, neutral for the rules.
                Some(StanceLabel::Neutral),
            ]
        );
    }

    #[test]
    fn an_unquoted_warning_and_groups_named_by_their_side() {
        let text = "Kim warned that the levy would drive shops out of the centre. \
                    Critics say the levy has emptied the high street. \
                    Many supporters of the levy argue that it pays for the new buses. \
                    Lee said the levy starts in May. \
                    Park warned that a new levy would drive shops out.";
        let found = labels(text, "The levy", &["levy"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn what_a_speaker_says_it_will_do_itself() {
        let text = "The city said Monday it would open 20 round-the-clock daycare centers. \
                    The ministry said it would consider round-the-clock daycare centers. \
                    The city said it would inspect the daycare centers.";
        let found = labels(
            text,
            "Round-the-clock daycare centers",
            &["daycare centers"],
        );
        assert_eq!(found[0], Some(StanceLabel::Favor));
        // A look at the target takes no side.
        assert_ne!(found[1], Some(StanceLabel::Favor));
        assert_ne!(found[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn a_bill_that_would_do_it_lined_up_behind_and_the_writers_verdict_on_it() {
        let text = "[Editorial] Make portals answer for what they host\n\n\
                    Rep. Yoon has proposed a bill that would make portals liable for defamatory comments. \
                    That puts the burden where it belongs. \
                    Lawmakers from both parties lined up behind the idea.";
        let found = labels(
            text,
            "Holding portals liable for defamatory comments",
            &["liable for defamatory comments"],
        );
        assert_eq!(
            found,
            [
                None,
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
            ]
        );
    }

    #[test]
    fn the_writers_it_called_a_proposal_and_a_virtue_only_seeming() {
        let text = "[Column] Tax the empty storefronts\n\n\
                    Seodaemun District has proposed a levy on vacant shops. It is the right idea. \
                    The levy sounds harsh, but it works. \
                    Rent subsidies sound fair, but they hand public money to the owners.";
        let found = body_stances(
            text,
            vec![
                target("T1", "A levy on vacant shops", "levy"),
                target("T2", "Rent subsidies", "rent subsidies"),
            ],
        );
        assert_eq!(found[1], [(0, StanceLabel::Favor)]);
        assert_eq!(found[3], [(1, StanceLabel::Against)]);
    }

    #[test]
    fn a_burden_called_and_a_good_done_already_without_it() {
        let text = "Rep. Park called the tax a burden on low-income households. \
                    The association said its members had already cut sugar in their drinks \
                    by 12 percent since 2020 without a tax.";
        assert_eq!(
            labels(text, "A tax on sugary drinks", &["the tax", "a tax"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_judgement_of_it_after_the_one_target_was_described_in_other_words() {
        let name = "Congestion pricing in the old town";
        let aliases = ["congestion pricing"];
        // The writer describes the course without naming it, then judges it.
        let text = "[Editorial] Let the old town breathe\n\n\
                    The city wants to charge drivers 5,000 won to enter the old town on \
                    weekdays. \
                    It is long overdue.";
        assert_eq!(
            label_at(text, name, &aliases, "It is long"),
            Some(StanceLabel::Favor)
        );
        // A quoted voice does the same after its own report.
        let text = "Kim Ji-ho of the Old Town Merchants' Association said drivers would \
                    soon pay 5,000 won to reach the shops. \
                    \"That is a mistake,\" she said.";
        assert_eq!(
            label_at(text, name, &aliases, "\"That is"),
            Some(StanceLabel::Against)
        );
        // Not another voice's sentence, not an explanation, not a pronoun that is no
        // subject ("that gap"), and not where the article weighs two targets.
        let text = "Kim Ji-ho of the Old Town Merchants' Association said drivers would \
                    soon pay 5,000 won to reach the shops. \
                    \"That is a mistake,\" said Park Min-su, a shop owner.";
        assert_eq!(label_at(text, name, &aliases, "\"That is"), None);
        let text = "[Editorial] Let the old town breathe\n\n\
                    The city wants to charge drivers 5,000 won to enter the old town. \
                    That is why a fair exemption for residents matters.";
        assert_eq!(label_at(text, name, &aliases, "That is why"), None);
        let text = "[Editorial] Let the old town breathe\n\n\
                    Buses in the old town run 20 minutes late at noon. \
                    Closing that gap is the most urgent task the city has.";
        assert_eq!(label_at(text, name, &aliases, "Closing"), None);
        let text = "[Editorial] Let the old town breathe\n\n\
                    The city wants to charge drivers 5,000 won to enter the old town. \
                    It is long overdue.";
        let found = body_stances(
            text,
            vec![
                target("T1", name, aliases[0]),
                target("T2", "A night bus to the old town", "the night bus"),
            ],
        );
        assert!(found.iter().all(|s| s.is_empty()), "{found:?}");
    }

    #[test]
    fn the_writers_it_before_what_only_a_measure_can_do() {
        let text = "[Editorial] Take the candy out of vaping\n\n\
                    The ministry has drafted a ban on flavoured e-cigarettes. \
                    It deserves to pass this year. \
                    It is a start.";
        let found = labels(
            text,
            "Banning flavoured e-cigarettes",
            &["ban on flavoured e-cigarettes"],
        );
        assert_eq!(found[2], Some(StanceLabel::Favor), "{found:?}");
        // "It is a start" may judge the ministry as well as the ban.
        assert_eq!(found[3], None, "{found:?}");
    }

    #[test]
    fn the_rule_is_the_target_that_makes_one() {
        let text = "The city will ban drinking on its beaches after 10 p.m. from July. \
                    The merchants' association said the rule would push drinkers into the \
                    alleys behind the shops.";
        let name = "Banning drinking on beaches at night";
        let aliases = ["the drinking ban"];
        assert_eq!(
            label_at(text, name, &aliases, "The merchants"),
            Some(StanceLabel::Against)
        );
        // Not a rule the target lifts, and not one a relative clause judges.
        assert_eq!(
            label_at(
                text,
                "Letting bars serve on beaches",
                &["beach bars"],
                "The merchants"
            ),
            None
        );
        let text = "The city will ban drinking on its beaches after 10 p.m. from July. \
                    Those who want to scrap the rule have never cleaned a beach at dawn, \
                    Kim said.";
        assert_ne!(
            label_at(text, name, &aliases, "Those who"),
            Some(StanceLabel::Against)
        );
        let text = "The city will ban drinking on its beaches after 10 p.m. from July. \
                    Kim said fines for bars that break the rule should be doubled.";
        assert_eq!(label_at(text, name, &aliases, "Kim said"), None);
    }

    #[test]
    fn a_good_or_a_harm_done_to_none_is_denied() {
        let text = "Kim said the tourist tax protects nothing. \
                    Lee said the tourist tax would help no one. \
                    Park said the tourist tax would create no jobs. \
                    Choi said the tourist tax hurts nobody. \
                    Han said the tourist tax changes nothing about the crowds. \
                    Oh said the tourist tax helps families.";
        let found = labels(text, "A tourist tax", &["tourist tax"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
            ]
        );
    }

    #[test]
    fn verbs_of_good_or_harm_after_the_target() {
        let text = "Kim said the pilot would spare patients hours of travel. \
                    Lee said the pilot has not helped anyone. \
                    Park said the pilot would undermine the clinics. \
                    Choi said the pilot was threatened by budget cuts. \
                    Han said the pilot ignores why clinics closed in the first place.";
        let found = labels(text, "The pilot", &["pilot"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                // A passive: the pilot suffers the harm, nobody's side is read.
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn what_is_said_of_a_removal_and_blocking_an_attempt_to_remove() {
        let text = "Merchants said lifting the closure rule would be harmful to the stalls. \
                    Lawmakers said they would block any attempt to scrap the closure rule. \
                    The association urged the government to abolish the closure rule.";
        let found = labels(text, "The closure rule", &["closure rule"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn a_cue_on_an_attempt_to_act_on_the_target() {
        let text = "The union opposes any attempt to pair the change with a wage peak system. \
                    Kim Bo-ra opposes plans to scrap the wage peak system. \
                    Lee Min-ho said the plan to bring in a wage peak system was announced.";
        let found = labels(text, "A wage peak system", &["wage peak system"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
            ]
        );
    }

    #[test]
    fn a_sentence_that_leaves_the_outcome_open() {
        let text = "The sensors are a tool; whether they work depends on what Seoul Metro does. \
                    It depends on the subsidies. \
                    Asked about the tax, Cho said it was too early to say. \
                    Tariffs would raise costs for companies that depend on Korean chips. \
                    The city should keep the routes that hospitals depend on.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let open: Vec<bool> = (0..doc.sentences.len())
            .map(|i| leaves_open(doc.sentence_tokens(i)))
            .collect();
        assert_eq!(open, [true, true, true, false, false]);
    }

    #[test]
    fn a_burden_put_on_someone_however_it_is_put() {
        let text = "The Korea Consumer Federation called the increase \"a burden dumped on \
                    commuters who have no other way home.\"";
        let found = labels(text, "Raising the taxi fare", &["the increase"]);
        assert_eq!(found, [Some(StanceLabel::Against)]);
    }

    #[test]
    fn a_target_denied_what_it_is_called_and_named_anew() {
        let text = "\"A permit that turns away travel agents is not security; it is \
                    self-harm,\" Kim said. \
                    \"The permit is not a handout; it is help for people who need it,\" Lee \
                    said. \
                    \"The permit is not about money; it is about respect,\" Park said.";
        let found = labels(text, "The travel permit", &["permit", "The permit"]);
        assert_eq!(
            found[..2],
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
        assert_ne!(found[2], Some(StanceLabel::Against));
    }

    #[test]
    fn a_cue_on_a_measure_whose_act_a_relative_clause_names() {
        let text = "Residents object to a clause that allows vending machines at pharmacies. \
                    The ministry backed a law that requires vending machines at pharmacies. \
                    The union opposes a rule that bans vending machines at pharmacies.";
        let found = labels(text, "Pharmacy vending machines", &["vending machines"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
            ]
        );
    }

    #[test]
    fn defending_a_plan_whose_act_is_the_target_and_what_it_deserves() {
        let text = "Education Minister Lee Ju-ho defended the ministry's plan to ban \
                    smartphones in classrooms. \
                    Rep. Kang Min-jung said a plan to ban smartphones deserves a fair hearing. \
                    Another group, Parents for Digital Rights, said a blanket ban would leave \
                    children unprepared. \
                    Park Ji-won said the blanket ban has real risks.";
        let found = labels(
            text,
            "Banning smartphones",
            &["ban smartphones", "blanket ban"],
        );
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn lifting_a_ban_named_by_its_ban_and_what_is_said_of_the_ban() {
        let text = "South Korea will keep its ban on seafood imports, Kim Bo-ra said. \
                    Kim Bo-ra said the ban has outlived its purpose. \
                    Lee Min-ho urged Seoul to lift the ban. \
                    The ministry said it would support local governments that choose to keep \
                    the ban.";
        let found = labels(
            text,
            "Lifting the ban on seafood imports",
            &["lifting the ban", "the ban"],
        );
        assert_eq!(
            found,
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
            ]
        );
    }

    #[test]
    fn a_phrasal_verb_of_effect_before_its_bare_verb() {
        let text = "Kim Bo-ra said the release would bring prices down by summer. \
                    Mayor Lee said, \"Moving the depot will take away 1,500 jobs.\" \
                    Bae Soo-jin said a loan cap would cool speculation. \
                    Jang Seok-ho said the plan would eliminate about 1,200 jobs.";
        let found = labels(
            text,
            "The plan",
            &["the release", "moving the depot", "a loan cap", "the plan"],
        );
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn the_least_we_can_ask_and_unsettling_investors() {
        let text = "\"A windfall tax is the least we can ask of them,\" Kim Eun-hye said. \
                    Ahn Soo-min said the windfall tax could unsettle foreign investors.";
        let found = labels(text, "A windfall tax", &["windfall tax"]);
        assert_eq!(
            found,
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn completing_the_target_is_doing_it() {
        let text = "The presidential office said it would complete its return to Cheong Wa Dae \
                    by August.";
        let found = labels(
            text,
            "Return to Cheong Wa Dae",
            &["return to Cheong Wa Dae"],
        );
        assert_eq!(found, [Some(StanceLabel::Favor)]);
    }

    #[test]
    fn what_someone_holds_out_for() {
        let text = "Lim Soon-ja says she will keep writing letters until the bridge is built. \
                    Doctors said they would not return until the bridge is scrapped.";
        let found = labels(text, "The bridge", &["the bridge"]);
        assert_eq!(
            found,
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn wiping_out_a_good_and_a_remedy_that_alone_will_not_fix() {
        let text = "Koo Byung-chul said legalizing ride-hailing would wipe out that value. \
                    Officials privately concede that legalizing ride-hailing alone will not \
                    fix the shortage.";
        let found = labels(text, "Ride-hailing", &["legalizing ride-hailing"]);
        assert_eq!(
            found,
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_blaming_the_target_is_called_and_a_cue_before_its_noun_phrase() {
        let text = "Choi Yoon-hee said: \"But blaming the merger for that would be dishonest.\" \
                    Sejin Energy said it will build a $2 billion battery cell merger plant. \
                    The union said the merger would come at the expense of its factory.";
        let found = labels(text, "The merger", &["the merger", "merger plant"]);
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
            ]
        );
    }

    #[test]
    fn a_time_phrase_does_not_separate_a_cue_and_breaking_a_rule_is_criticism() {
        let text = "Governor Yoon renewed his call on Monday for a fuel tax holiday, saying \
                    drivers are struggling. A fuel tax holiday would violate the budget rule, \
                    the finance ministry said.";
        let found = labels(text, "Fuel tax holiday", &["fuel tax holiday"]);
        assert_eq!(
            found,
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_party_a_cue_addresses_does_not_separate_it_from_the_target() {
        let text = "Busan proposed to the government on the 17th the introduction of \
                    regional rates. Busan said it would write to the mayor the regional rates.";
        let found = labels(text, "Introducing regional rates", &["regional rates"]);
        // "write" takes no side: the party addressed is passed over only after a cue.
        assert_eq!(
            found,
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_reaction_turns_or_takes_the_side_before_it() {
        let text = "The ministry said it would allow foreign doctors to practise. \
                    The Korean Medical Association immediately pushed back. \
                    The Korean Hospital Association agreed with the ministry. \
                    Regarding safety, Kim said, \"Allowing foreign doctors to practise \
                    does not make hospitals safer.\"";
        let found = labels(
            text,
            "Allowing foreign doctors to practise",
            &["allow foreign doctors to practise"],
        );
        assert_eq!(
            found,
            [
                // The ministry's own "would" in reported speech commits it.
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                // A reaction with an object is no reaction that ends its sentence.
                None,
                // The negation reaches the evaluative word four tokens on.
                Some(StanceLabel::Against),
            ]
        );
        let text = "The ministry said it would allow foreign doctors to practise. \
                    Patients' groups objected that the doctors would not speak Korean. \
                    Patients' groups agreed that the wait was long. \
                    The Korean Medical Association objects, saying that patients should \
                    see Korean doctors.";
        let found = labels(
            text,
            "Allowing foreign doctors to practise",
            &["allow foreign doctors to practise"],
        );
        // An objection with its grounds, before "that" or as what it says; an agreement
        // that something is so is none.
        assert_eq!(
            found[1..],
            [Some(StanceLabel::Against), None, Some(StanceLabel::Against)]
        );
        // A group's feeling on the news: alarm turns the side before it, relief takes it.
        let text = "The city said it would end the night bus service in June. \
                    Shift workers who ride the buses reacted with alarm. \
                    The city said it would end the night bus service in June. \
                    Residents near the depot reacted with relief.";
        let found = labels(
            text,
            "Ending the night bus service",
            &["end the night bus service"],
        );
        assert_eq!(
            found,
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    /// What the head reads for the first mention of `name` in the one sentence `text`.
    fn masked(text: &str, name: &str) -> String {
        let res = Resources::embedded();
        let target = Target {
            id: "T1".into(),
            name: name.into(),
            aliases: Vec::new(),
            origin: TargetOrigin::Given,
        };
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let phrases = super::target_phrases(&doc.targets, res);
        let m = super::mentions(&doc, 0, &phrases, res);
        super::masked_sentence(&doc, 0, &m[0].occurrences, res)
    }

    #[test]
    fn the_head_reads_the_answer_to_a_topic_phrase() {
        let text = "Asked about claims that a single operator would save money, Yoon said \
                    the savings were exaggerated.";
        assert_eq!(
            masked(text, "a single operator"),
            "the savings were exaggerated."
        );
    }

    #[test]
    fn the_head_reads_a_quoted_fragment_with_its_reported_subject() {
        let text = "Councilor Jeong, who led the opposition, said the motion \"would turn a \
                    port into a casino.\"";
        assert_eq!(
            masked(text, "the motion"),
            "it \"would turn a port into a casino.\""
        );
    }

    #[test]
    fn urged_to_go_up_and_said_under_a_missing_condition() {
        let text = "Jung said the care fees must go up by 30 percent. \
                    \"Without subsidies, the care fees are a burden,\" Park said. \
                    \"If nurses are hired, the care fees are worth paying,\" Lee said.";
        assert_eq!(
            labels(text, "Care fees", &[]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn what_a_speaker_calls_this_after_the_target_was_named() {
        let text = "The Assembly should pass the nursing bill. \
                    The doctors' association calls this a threat to patients.";
        assert_eq!(
            labels(text, "Nursing bill", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_a_target_brings_and_the_balance_weighed() {
        let text = "Lee said the resort would bring 8,000 jobs to the port. \
                    Solis said Korea had more to gain than to lose from the resort.";
        assert_eq!(
            labels(text, "The resort", &[]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_reaction_to_a_target_and_a_proposal_named_after_what_it_removes() {
        let text = "Residents reacted angrily to the fee increase. \
                    Shop owners reacted with relief to the fee increase.";
        let found = labels(text, "Raising the park fee", &["the fee increase"]);
        assert_eq!(
            found,
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)],
            "{found:?}"
        );
        // "the shuttle plan" is the plan to end the shuttle, not the shuttle.
        let text = "Merchants reacted with alarm to the shuttle plan.";
        let found = labels(text, "Ending the free shuttle bus", &["the shuttle plan"]);
        assert_eq!(found, [Some(StanceLabel::Against)], "{found:?}");
    }

    #[test]
    fn the_plan_to_remove_a_target_is_against_it() {
        let text = "The government will ask lawmakers to scrap the closure rule, Ahn said. \
                    Emart welcomed the move. \
                    Lee said the government will keep the closure rule. \
                    Emart opposed the plan.";
        let found = labels(text, "Closure rule", &["closure rule"]);
        assert_eq!(found[1], Some(StanceLabel::Against), "{found:?}");
        // Only the target's first mention decides what "the plan" is.
        assert_eq!(found[3], Some(StanceLabel::Favor), "{found:?}");
    }

    #[test]
    fn a_condition_leaves_no_side_and_a_quoted_fragment_stays_in_its_clause() {
        let text = "Kim said cash grants can play a role, but only as part of a package. \
                    Lee said cash grants were \u{201c}a sensible first step.\u{201d}";
        assert_eq!(
            labels(text, "Cash grants", &["cash grants"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_demonstrative_refers_to_the_proposal_just_named() {
        let text = "Kim said most countries use a capital gains tax on inherited assets. \
                    \"Korea should look at that model seriously,\" he said.";
        assert_eq!(
            labels(text, "Capital gains tax", &["capital gains tax"])[1],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn an_interviewers_question_takes_no_position() {
        let text = "Kim Min-ji teaches at Yonsei University.\n\n\
                    - Some argue Korea should build submarines. Do you agree?\n\n\
                    \"No. It would be a mistake.\"\n\n\
                    - What about the fuel?\n\n\
                    \"That is solved.\"";
        let found = labels(text, "Submarines", &["submarines"]);
        assert_eq!(found[1], None, "{found:?}");
    }

    #[test]
    fn what_is_said_of_the_object_counts_the_other_way_for_its_removal() {
        let text = "\"Tariffs have made the plant uncompetitive,\" Yun said. \
                    \"Closing the plant would be a mistake,\" Kang said.";
        assert_eq!(
            labels(
                text,
                "Closing the plant",
                &["the plant", "closing the plant"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_cue_nearest_the_target_governs_it() {
        let text = "Kim said the demand to scrap the levy was unrealistic. \
                    Lee said he would resist scrapping the levy.";
        assert_eq!(
            labels(text, "Levy", &["levy"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn asking_for_the_target_favours_it() {
        let text = "Yang said he had asked for a vending machine so he could close at nine. \
                    The chains said they were asking for vending machines too.";
        assert_eq!(
            labels(text, "Medicine vending machines", &["vending machines"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_course_urged_on_the_plan_beside_another_target() {
        let targets = || {
            vec![
                target("T1", "Earlier school entry", "earlier school entry"),
                target("T2", "After-school care", "after-school care"),
            ]
        };
        let text = "[Editorial] Not at five\n\n\
                    The ministry wants earlier school entry from 2029. \
                    The ministry should drop the plan and put the money into after-school care.";
        assert_eq!(
            body_stances(text, targets())[1],
            [(1, StanceLabel::Favor), (0, StanceLabel::Against)]
        );
        // A plan named inside another course is not urged on.
        let text = "[Editorial] Not at five\n\n\
                    The ministry wants earlier school entry from 2029. \
                    The ministry should fund after-school care for every school that joins the plan.";
        assert_eq!(body_stances(text, targets())[1], [(1, StanceLabel::Favor)]);
    }

    #[test]
    fn a_threat_or_a_harm_on_the_target_coming_about() {
        let text = "\"If they charge for returns, I will cancel my membership,\" Kang said. \
                    \"If the return fee goes ahead, we will lose customers,\" Ko said. \
                    \"If the return fee goes ahead, we will sell fewer coats,\" Ko said. \
                    \"If they scrap the return fee, I will cancel my membership,\" Kang said.";
        assert_eq!(
            labels(text, "Return fees", &["return fee", "charge for returns"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                // On its removal: the threat sides with it.
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_group_declaring_its_position_in_narration() {
        // (Narration that only names the target takes no position.)
        let text = "The commission will debate regional minimum wages this week. \
                    Labor unions are flatly opposed. \
                    Some said they are flatly opposed. \
                    Pedestrian advocates were alarmed.";
        assert_eq!(
            labels(text, "Regional minimum wages", &["regional minimum wages"]),
            [
                None,
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_word_may_qualify_an_evaluated_noun_and_reaching_more_is_better() {
        let text = "[Column] Stop building airports\n\n\
                    Regional airports are not a development strategy. \
                    A rail link would serve more people every day than regional airports \
                    would serve in a month.";
        assert_eq!(
            labels(text, "Regional airports", &["regional airports"]),
            [None, Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_the_target_lets_someone_do_and_what_it_keeps_unchanged() {
        let text = "Hanul Air will charge for checked bags. \
                    The airline said the fee would let it keep base fares on the Jeju route \
                    unchanged for a third year. \
                    Kim said the fee would let airlines raise prices. \
                    Consumer groups called the fee a fare increase by another name. \
                    Oh said the fee would help small airports hire staff. \
                    Oh said the fee would help the people who travel the most.";
        assert_eq!(
            labels(text, "The bag fee", &["the fee"]),
            [
                None,
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_group_described_by_a_clause_between_commas_speaks_after_it() {
        let text = "Shop owners in older neighborhoods, where streets are narrow and parking \
                    lots are scarce, said the fines punish people who have nowhere else to park.";
        let stances = body_stances(
            text,
            vec![
                target("T1", "Higher parking fines", "fines"),
                target("T2", "More public parking", "parking lots"),
            ],
        );
        // The parking lots describe the owners; the fines are what they speak of.
        assert_eq!(stances, [vec![(0, StanceLabel::Against)]]);
    }

    #[test]
    fn a_groups_public_act_told_in_narration_is_its_side() {
        let text = "The ministry is reviewing a shorter curfew. \
                    The committee has collected 52,000 signatures against any change. \
                    Kim collected signatures against any change. \
                    The coalition, which has campaigned against any change, met on Monday.";
        assert_eq!(
            labels(
                text,
                "Shortening the curfew",
                &["a shorter curfew", "any change"]
            ),
            [None, Some(StanceLabel::Against), None, None]
        );
    }

    #[test]
    fn a_group_that_calls_what_was_told_a_waste_is_no_writer() {
        let text = "[Column] Keep the doors open\n\nMapo has proposed keeping its shelters \
                    open overnight. Some council members call that a waste. They are \
                    counting the wrong thing.";
        let doc = Pipeline::rules_only().annotate_through(
            "summary",
            "t",
            text,
            vec![target(
                "T1",
                "Keeping shelters open overnight",
                "keeping its shelters open",
            )],
        );
        let called = sentence_starting(&doc, "Some council members");
        assert!(doc.sentences[called].unnamed_source);
        assert_eq!(doc.sentences[called].stances[0].label, StanceLabel::Against);
        // The group's side is not the writer's.
        assert!(
            !doc.stance_summary
                .iter()
                .any(|x| x.speaker.is_none() && x.evidence.contains(&called))
        );
    }

    #[test]
    fn what_is_said_of_the_things_a_ban_takes_away_is_said_the_other_way() {
        let text = "Kim said hotels should stop handing out free disposable toothbrushes. \
                    Lee said hotels must keep offering free disposable toothbrushes.";
        assert_eq!(
            labels(
                text,
                "Ban on free disposable toiletries in hotels",
                &["free disposable toothbrushes"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_the_speaker_will_designate_a_day_is_its_commitment() {
        let text = "The government will designate Monday, January 27, a temporary public \
                    holiday, the Ministry of the Interior and Safety said on Wednesday. \
                    Kim said the government will designate Monday, January 27, a temporary \
                    public holiday.";
        assert_eq!(
            labels(text, "Temporary holiday", &["temporary public holiday"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn agreeing_to_the_target_is_for_it() {
        let text = "Police will raise the speed limit next month. \
                    Seoul City said it had agreed to the change but would add cameras. \
                    Kim said the district had not agreed to the higher limit.";
        assert_eq!(
            labels(
                text,
                "Raising the speed limit",
                &["raise the speed limit", "the higher limit"]
            ),
            [None, Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_group_that_largely_welcomed_and_a_fact_on_a_sources_word() {
        let text = "The ministry will add 40 night clinics. \
                    Emergency physicians largely welcomed the night clinics. \
                    Of the 100 night clinics designated so far, 11 have closed, according to \
                    the Korean Pediatric Society. \
                    The Korean Pediatric Society said 11 of the 100 night clinics had closed.";
        assert_eq!(
            labels(text, "Night clinics", &["night clinics"]),
            [
                None,
                Some(StanceLabel::Favor),
                None,
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn the_current_thing_is_the_alias_thing_unless_another_target_holds_the_word() {
        let text = "Yoon said the party would ask the government to keep the current threshold.";
        assert_eq!(
            labels(text, "Lowering the tax threshold", &["the threshold"]),
            [Some(StanceLabel::Against)]
        );
        let text = "The existing law, she said, takes years to produce a ruling.";
        let stances = body_stances(
            text,
            vec![
                target("T1", "Platform act", "the law"),
                target(
                    "T2",
                    "Applying the existing competition law",
                    "existing law",
                ),
            ],
        );
        assert!(stances[0].iter().all(|&(t, _)| t == 1), "{stances:?}");
    }

    #[test]
    fn an_unnamed_official_commits_the_organisation_they_speak_for() {
        let text = "The Ministry of Health will install vending machines at pharmacies, \
                    a ministry official said. \
                    The city will install vending machines at stations, officials said. \
                    The city will install vending machines at parks, a ministry official said.";
        assert_eq!(
            labels(text, "Medicine vending machines", &["vending machines"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                // A ministry's official does not speak for the city.
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn a_group_calls_the_proposal_a_tax_on_something() {
        let text = "The park service is considering an entrance fee of 3,000 won. \
                    Hiking clubs called the proposal a tax on the cheapest pastime older Koreans have.";
        assert_eq!(
            labels(text, "An entrance fee for the park", &["an entrance fee"]),
            [None, Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn less_before_a_good_word_turns_it() {
        let text = "Choi said foreign nurses would make the wards less attractive. \
                    Kim said foreign nurses would make the wards more attractive.";
        assert_eq!(
            labels(text, "Foreign nurses", &["foreign nurses"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_group_that_fears_the_target() {
        let text = "The ministry will charge 100 won for every container. \
                    Restaurant owners fear the charge will end up on their menus. \
                    Opposition leaders do not fear the charge, Kim said.";
        assert_eq!(
            labels(text, "A container charge", &["the charge"]),
            [None, Some(StanceLabel::Against), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn before_the_body_names_a_target_the_move_is_the_headlines() {
        let text = "Fines for blocking hydrants to triple\n\n\
                    Drivers who park by a hydrant will pay 240,000 won from October, \
                    the agency said. Firefighters welcomed the move.";
        let targets = || {
            vec![
                target("T1", "Raising hydrant parking fines", "fines"),
                target("T2", "More public parking", "parking lots"),
            ]
        };
        let doc = Pipeline::rules_only().annotate("t", text, targets());
        let welcomed = doc
            .sentences
            .iter()
            .find(|s| doc.slice(s.span).starts_with("Firefighters"))
            .map(|s| s.stances.clone());
        assert_eq!(
            welcomed
                .as_deref()
                .map(|st| st.iter().map(|s| (s.target, s.label)).collect::<Vec<_>>()),
            Some(vec![(0, StanceLabel::Favor)])
        );
        // A headline that names no target leaves the move unread (the agency's lede
        // announces the first target given).
        let text = text.replacen("Fines for blocking hydrants", "Hydrant rule", 1);
        let doc = Pipeline::rules_only().annotate("t", &text, targets());
        let read: Vec<Vec<(usize, StanceLabel)>> = doc
            .sentences
            .iter()
            .map(|s| s.stances.iter().map(|st| (st.target, st.label)).collect())
            .collect();
        assert_eq!(read, [vec![], vec![(0, StanceLabel::Favor)], vec![]]);
    }

    #[test]
    fn a_definite_noun_for_a_proposal_names_the_main_target() {
        let text = "The party will submit a bill lowering the inheritance tax, the party said. \
                    Choi said the government should also raise the spousal deduction. \
                    The opposition party immediately opposed the plan.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![
                target("T1", "Inheritance tax cut", "inheritance tax"),
                target("T2", "Spousal deduction", "spousal deduction"),
            ],
        );
        let last = &doc.sentences[2].stances;
        assert_eq!(last.len(), 1, "{last:?}");
        assert_eq!((last[0].target, last[0].label), (0, StanceLabel::Against));
        // "to" before a word that is no verb says where the plan goes.
        let text = "The office said it will serve free breakfast in high schools. \
                    Kim urged the office to extend the program to elementary schools. \
                    Lee urged the office to limit free breakfast to ten schools.";
        assert_eq!(
            labels(text, "Free school breakfast", &["free breakfast"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                // Urged within bounds only.
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn what_puts_people_at_risk_does_harm() {
        let text = "Pharmacists argue that a longer list would put patients at risk. \
                    Kim said a longer list would put 300 more medicines on the shelves.";
        assert_eq!(
            labels(text, "A longer list of medicines", &["a longer list"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_target_denied_its_own_name_and_a_sponsor() {
        let text = "\"Presumed consent is not consent,\" Yoo said. \
                    \"A voluntary cap is no cap at all,\" Lee said. \
                    Nam, who sponsored the bill, said 3,000 patients die each year. \
                    \"Presumed consent is not a new idea,\" Kim said.";
        let labels = |name: &str, aliases: &[&str]| labels(text, name, aliases);
        let consent = labels("Presumed consent", &["presumed consent"]);
        assert_eq!(consent[0], Some(StanceLabel::Against));
        assert_ne!(consent[3], Some(StanceLabel::Against));
        assert_eq!(
            labels("A voluntary cap", &["voluntary cap"])[1],
            Some(StanceLabel::Against)
        );
        assert_eq!(
            labels("The bill", &["the bill"])[2],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn an_ability_owed_to_the_target() {
        let text = "Jeon said she had been able to move out last year only because of the \
                    loan support. \
                    Kim said she had not been able to move out because of the loan support rules.";
        assert_eq!(
            labels(text, "Jeonse loan support", &["the loan support"])[0],
            Some(StanceLabel::Favor)
        );
        assert_ne!(
            labels(text, "Jeonse loan support", &["the loan support"])[1],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn what_the_target_would_not_do_for_a_single_one() {
        let text = "Oh said the policy loans would not win a single new order. \
                    Oh said the policy loans would win new orders.";
        assert_eq!(
            labels(text, "Policy loans", &["the policy loans"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_decision_to_come_on_the_target_takes_no_side() {
        let text = "The office said it would decide on the pilot by mid-August. \
                    The office said it would expand the pilot.";
        assert_eq!(
            labels(text, "Body camera pilot", &["the pilot"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_claim_whose_evidence_is_found_wanting_is_turned() {
        let text = "Kim said the evidence that rate cuts bring back investment was weak. \
                    Kim said there is little evidence that rate cuts bring back investment. \
                    Kim said there is no evidence that rate cuts hurt sales. \
                    Kim said the evidence that rate cuts bring back investment was strong.";
        assert_eq!(
            labels(text, "Corporate tax cut", &["rate cuts"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_judgement_of_an_act_on_the_target_takes_the_acts_side_or_the_other() {
        let text = "Han said the city was wrong to scrap the rule. \
                    Han said the city was right to keep the rule. \
                    Han said it would be a mistake to abolish the rule. \
                    Han said the city is not wrong to scrap the rule. \
                    Han said lawmakers would be wise to reject the rule.";
        assert_eq!(
            labels(text, "Seat belt fines", &["the rule"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn the_view_of_those_the_speaker_advises_is_answered() {
        let text = "\"Anyone who thinks the seat belt rule is too strict should visit a \
                    trauma ward,\" Han said. \"Anyone who believes the seat belt rule is a good \
                    idea should ride with a driver,\" Choi said. \
                    Kim thinks the seat belt rule is too strict.";
        assert_eq!(
            labels(text, "Seat belt fines", &["the seat belt rule"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_quantity_that_changed_since_the_target_came() {
        let text = "The office said complaints about noise had dropped by 40 percent since \
                    the curfew began. \
                    Kwon said bookings had fallen by a fifth since the curfew took effect. \
                    \"Since the curfew started, our sales have not fallen at all,\" Lee said. \
                    Park said the curfew has been in force since 2021. \
                    The company said crowding fell after the curfew. \
                    Oh said visitors fell by half after the curfew began. \
                    The company says cleaning costs have doubled since 2019 and that a \
                    curfew would pay for attendants.";
        assert_eq!(
            labels(text, "Curfew for tourists", &["curfew"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_court_strikes_down_and_a_power_granted_before_but_is_no_side() {
        let text = "The court struck down the ordinance on Thursday, ruling that the \
                    district had exceeded its authority. \
                    \"A court can overturn an ordinance, but it cannot make a school gate \
                    safe,\" Cho said. \
                    The high court upheld the ordinance in May.";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![Target {
                id: "T1".into(),
                name: "The scooter ordinance".into(),
                aliases: vec!["ordinance".into()],
                origin: TargetOrigin::Given,
            }],
        );
        let label = |k: usize| doc.sentences[k].stances.first().map(|st| st.label);
        assert!(doc.sentences[0].speaker.is_some());
        assert_eq!(label(0), Some(StanceLabel::Against));
        assert_ne!(label(1), Some(StanceLabel::Against));
        assert_eq!(label(2), None);
    }

    #[test]
    fn a_removal_named_with_another_verb_of_the_same_meaning() {
        let text = "\"The ministry made mistakes. But closing a ministry is not a way to fix that,\" \
                    Kwon said. \"Scrapping the ministry would be a mistake,\" Lee said. \
                    \"Lifting the cap is overdue,\" Park said.";
        let got = labels(
            text,
            "Abolishing the ministry",
            &["abolishing the ministry"],
        );
        assert_eq!(got[1], Some(StanceLabel::Against));
        assert_eq!(got[2], Some(StanceLabel::Against));
        // "lifting" may raise a cap: no verb of ending names it.
        let got = labels(text, "Scrapping the cap", &["scrapping the cap"]);
        assert_eq!(got[3], None);
    }

    #[test]
    fn an_aim_of_reported_speech_and_a_bill_sent_somewhere() {
        let text = "[Editorial] The easy part\n\n\
                    The finance ministry said on Tuesday that it would seek to abolish the \
                    holding tax from 2027. Rural counties would lose a fifth of their budgets. \
                    The government should not send the bill to the National Assembly yet.";
        let got = labels(
            text,
            "Abolishing the holding tax",
            &["abolishing the holding tax"],
        );
        assert_eq!(got[1], Some(StanceLabel::Favor));
        // "to" before a name says where the bill goes, not what it is.
        assert_eq!(got[3], Some(StanceLabel::Against));
    }

    #[test]
    fn a_bill_the_speaker_puts_forward_commits_it_to_its_aim() {
        for text in [
            "The ruling party will submit a bill this month to lower the top tax rate, the party said.",
            "The ruling party will submit a bill lowering the top tax rate, the party said.",
        ] {
            assert_eq!(
                labels(text, "Lowering the top tax rate", &["top tax rate"])[0],
                Some(StanceLabel::Favor),
                "{text}"
            );
        }
    }

    #[test]
    fn an_answer_urges_by_pronoun_what_its_question_named() {
        let text = "[Interview] Former Vice Minister Kwon Soo-hyun: \"Keep the ministry\"\n\n\
                    We spoke with Kwon Soo-hyun, who served as vice minister until 2021.\n\n\
                    ― What is your view of the plan?\n\n\
                    \"It is a political decision.\"\n\n\
                    ― What about the proposal to create a separate agency for family policy?\n\n\
                    \"That part I welcome. Policy is spread across too many ministries. \
                    But it should be built in addition to the ministry.\"";
        let target = Target {
            id: "T1".into(),
            name: "A separate agency for family policy".into(),
            aliases: vec!["a separate agency".into()],
            origin: TargetOrigin::Given,
        };
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let last = doc
            .sentences
            .last()
            .map(|s| s.stances.first().map(|st| st.label));
        assert_eq!(last, Some(Some(StanceLabel::Favor)));
    }

    #[test]
    fn an_answer_takes_a_side_by_its_own_verb_on_a_pronoun() {
        let text = "City health officer Nam Gyeong-hee answered readers' questions about the \
                    rule.\n\nQ. Isn't my balcony my own home?\n\nA. It is.\n\n\
                    Q. Some residents say the city should build smoking areas instead.\n\n\
                    A. We support that, and we will pay half the cost.\n\n\
                    Q. Others say the city should build smoking areas in every park.\n\n\
                    A. We strongly oppose this.\n\n\
                    Q. Should the city build smoking areas near schools?\n\n\
                    A. We support that the city asks parents first.";
        let got = labels(text, "Building smoking areas", &["smoking areas"]);
        let at = |start: &str| {
            let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
            got[sentence_starting(&doc, start)]
        };
        assert_eq!(at("A. We support that,"), Some(StanceLabel::Favor));
        assert_eq!(at("A. We strongly"), Some(StanceLabel::Against));
        assert_eq!(at("A. We support that the"), None);
    }

    #[test]
    fn a_position_stated_without_its_object_is_on_the_target_before() {
        let text = "The council proposed extending cram school hours to 11 p.m. on Monday. \
                    \"Students study late anyway,\" Councilor Choi said. \
                    The education office immediately expressed opposition. \
                    Jung Mi-kyung, a parent, said she understood both sides. \
                    Kim Ho-jin expressed opposition to the new dress code. \
                    Councilor Park, who voted against, countered that students need sleep. \
                    The Korean Teachers' Union raised safety concerns, saying no one had \
                    asked them. The district office said it had asked the council to \
                    reconsider. The city said it had not taken a position and would follow the \
                    council's decision.";
        let got = labels(
            text,
            "Extending cram school hours",
            &["extending cram school hours"],
        );
        assert_eq!(got[2], Some(StanceLabel::Against));
        assert_eq!(got[3], Some(StanceLabel::Neutral));
        // Its object named: the position is on that, not on the target.
        assert_eq!(got[4], None);
        assert_eq!(got[5], Some(StanceLabel::Against));
        assert_eq!(got[6], Some(StanceLabel::Against));
        assert_eq!(got[7], Some(StanceLabel::Against));
        assert_eq!(got[8], Some(StanceLabel::Neutral));
    }

    #[test]
    fn a_wish_of_the_speaker_and_an_unnamed_group_s_reaction() {
        let text = "\"Of course I want a shorter service,\" said Pyo Ji-hoon. \
                    Gangwon Province wants to try a shorter service next spring. \
                    \"A shorter service is overdue,\" Minister Kim said. \
                    Defense experts pushed back.";
        let got = labels(text, "Shortening military service", &["shorter service"]);
        assert_eq!(got[0], Some(StanceLabel::Favor));
        assert_ne!(got[1], Some(StanceLabel::Favor), "the subject's wish");
        assert_eq!(got[3], Some(StanceLabel::Against));
    }

    #[test]
    fn support_on_a_condition_takes_no_side() {
        let text = "\"I have no problem with a front plate if it is small,\" Ryu said.";
        assert_eq!(
            labels(text, "Front license plates", &["front plate"])[0],
            Some(StanceLabel::Neutral)
        );
    }

    #[test]
    fn something_else_urged_instead_is_against_the_target_named_before() {
        let text = "\"No modular reactor has been licensed anywhere, and the money should go \
                    to solar and wind instead,\" Kim said. \"Modular reactors should be built \
                    first and solar farms instead of coal plants,\" Lee said.";
        let got = labels(text, "Building modular reactors", &["modular reactor"]);
        assert_eq!(got[0], Some(StanceLabel::Against));
        assert_eq!(got[1], Some(StanceLabel::Favor));
    }

    #[test]
    fn a_proposal_under_review_is_addressed_without_a_side() {
        let text = "The commission recommended allowing online sales of contact lenses. \
                    The health ministry said it was reviewing the recommendation. \
                    The finance ministry said it would study the proposal. \
                    The opticians' association rejected the recommendation.";
        let got = labels(
            text,
            "Allowing online sales of contact lenses",
            &["online sales of contact lenses"],
        );
        assert_eq!(got[1], Some(StanceLabel::Neutral));
        assert_eq!(got[2], Some(StanceLabel::Neutral));
        assert_eq!(got[3], Some(StanceLabel::Against));
    }

    #[test]
    fn an_expansion_welcomed_is_the_one_target_s() {
        let text = "Every elementary school will offer after-school care until 8 p.m. from \
                    March, the ministry said. Working parents welcomed the expansion.";
        assert_eq!(
            labels(text, "After-school care", &["after-school care"])[1],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_definite_noun_names_the_one_target_before_the_body_names_it() {
        let text = "A bill that would make reselling tickets above face value a crime passed \
                    a subcommittee on Wednesday. Fans have welcomed the move. \
                    Some said criminal penalties were overdue.";
        assert_eq!(
            labels(
                text,
                "Criminal penalties for scalping",
                &["criminal penalties"]
            )[1],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn the_lede_describes_the_one_target_by_its_plan() {
        let text = "Lawyers' groups issued a statement on Monday opposing the government's \
                    plan to let foreign law firms hire Korean lawyers. \
                    The ministry said it would go ahead.";
        assert_eq!(
            labels(text, "Opening the legal market", &["the opening"])[0],
            Some(StanceLabel::Against)
        );
        // Past the lede, a plan "to" do something may be another plan.
        let text = "The ministry named a new chief on Monday. \
                    The union opposed the plan to hire more staff.";
        assert_eq!(
            labels(text, "Opening the legal market", &["the opening"])[1],
            None
        );
    }

    #[test]
    fn a_target_past_putting_off_is_favoured() {
        let text = "The ministry said the opening had been promised a decade ago and could \
                    not be postponed indefinitely. \
                    Lee said the opening can no longer be delayed. \
                    Kim said the opening could be postponed by a year.";
        assert_eq!(
            labels(text, "Opening the legal market", &["the opening"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn another_voice_answers_a_report_with_an_evaluation_of_it() {
        let text = "Kiwoom Securities said the pause removed the biggest risk to the \
                    company's cash flow. \
                    \"It is the right call for shareholders,\" said Lee Da-eun, an analyst. \
                    Kim said the pause would last a year. \
                    \"It rained all week,\" said Park Min-su, a worker.";
        assert_eq!(
            labels(text, "Pausing the plant", &["the pause"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                None
            ]
        );
    }

    #[test]
    fn a_quantity_seen_to_change_where_the_target_holds() {
        let text = "Noh said cities with a helmet rule have seen head injuries drop sharply. \
                    The alliance said cities with a helmet rule have seen ridership fall by a \
                    third. \
                    Lee said the helmet rule would do more harm than good. \
                    Kim called the helmet rule a tax on riders, who have seen prices fall.";
        let found = labels(text, "Mandatory helmets", &["helmet rule"]);
        assert_eq!(
            found[..3],
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
        // What befell the people a relative clause describes is not put down to it.
        assert_ne!(found[3], Some(StanceLabel::Favor));
    }

    #[test]
    fn quantities_of_a_workplace_and_a_service() {
        let text = "Lim said his staff turnover had halved since he added the charge. \
                    Park said the charge would improve the quality of service. \
                    Cho said waits had grown since the charge began.";
        assert_eq!(
            labels(text, "Service charges", &["the charge"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn an_offer_or_a_wish_over_the_targets_removal() {
        let text = "Kim said the union was ready to return to the table if the company \
                    withdrew the job cuts. \
                    Lee said the union would strike again if the company dropped the job cuts. \
                    Choi said the council wants the job cuts lifted entirely. \
                    Park said she wants the job cuts extended to the regions. \
                    Kang said it wants the job cuts. \
                    Han said nobody wanted the job cuts. \
                    Yoon said they wanted the job cuts reversed.";
        assert_eq!(
            labels(text, "Job cuts", &["the job cuts"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn a_thing_introduced_by_its_noun_is_referred_to_by_it() {
        let text = "Busan is considering a fee of 10,000 won on every cruise passenger. \
                    The operators' group warned that the fee could push ships toward Fukuoka. \
                    Jang said a fee would be a good idea. \
                    Han said a fee collector works at the terminal.";
        assert_eq!(
            labels(
                text,
                "A per-passenger fee on cruise ships",
                &["the cruise levy"]
            ),
            [
                None,
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                None
            ]
        );
    }

    #[test]
    fn the_noun_of_a_target_refers_to_it_from_the_start() {
        let text = "Seoul will bar diesel delivery trucks from the city center. \
                    The group welcomed the ban. \
                    Kwon said the ban would cut roadside nitrogen dioxide by a fifth.";
        assert_eq!(
            labels(
                text,
                "A ban on diesel trucks in central Seoul",
                &["the diesel ban"]
            ),
            [None, Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
        // The sides of each sentence beside a second target.
        let beside = |name: &str, alias: &str| -> Vec<Vec<(usize, StanceLabel)>> {
            let first = target(
                "T1",
                "A ban on diesel trucks in central Seoul",
                "the diesel ban",
            );
            Pipeline::rules_only()
                .annotate("t", text, vec![first, target("T2", name, alias)])
                .sentences
                .iter()
                .map(|s| s.stances.iter().map(|st| (st.target, st.label)).collect())
                .collect()
        };
        // "The ban" is the one whose name holds the noun ...
        assert_eq!(
            beside("Subsidies for electric trucks", "truck subsidies"),
            [
                vec![],
                vec![(0, StanceLabel::Favor)],
                vec![(0, StanceLabel::Favor)]
            ]
        );
        // ... and none where both names hold it: the ban must be named first.
        assert!(
            beside("A ban on diesel buses", "the bus ban")
                .iter()
                .all(Vec::is_empty)
        );
    }

    #[test]
    fn the_kind_of_thing_a_target_is_as_the_subject_of_what_it_would_do() {
        let text = "The association argues that a ban would push teenagers to foreign games. \
                    Jeon said a spending cap would protect children. \
                    Kim said a weekly ban would be pointless.";
        let read = body_stances(
            text,
            vec![
                target("T1", "Banning loot box sales to minors", "the loot box ban"),
                target(
                    "T2",
                    "Spending caps for teenage gamers",
                    "a monthly spending cap",
                ),
            ],
        );
        // "weekly" is no word of the ban's names.
        assert_eq!(
            read,
            [
                vec![(0, StanceLabel::Against)],
                vec![(1, StanceLabel::Favor)],
                vec![],
            ]
        );
    }

    #[test]
    fn a_name_told_in_other_order_names_its_target() {
        let credits = || {
            vec![target(
                "T1",
                "Tax credits for voluntary retrofits",
                "the retrofit tax credit",
            )]
        };
        let read = body_stances(
            "[Editorial] Retrofit the old blocks\n\n\
             The government's answer so far has been a tax credit for owners who retrofit \
             voluntarily. It has not worked.",
            credits(),
        );
        assert_eq!(read, [vec![], vec![(0, StanceLabel::Against)]]);
        // Not across punctuation, nor farther apart than three words more than the name's
        // (a second target, so that "It" is not read as the one target the article is
        // about: `sole_target_judged`).
        let mut two = credits();
        two.push(target("T2", "A retrofit mandate", "the mandate"));
        let read = body_stances(
            "[Editorial] Retrofit the old blocks\n\n\
             The tax, a credit to its makers, will help owners who retrofit voluntarily. \
             It has not worked.",
            two,
        );
        assert_eq!(read, [vec![], vec![]]);
    }

    #[test]
    fn a_name_without_its_qualifier_told_in_other_order_and_a_counted_undertaking() {
        let read = body_stances(
            "Kim said the ministry should waive tolls on all expressways for three days. \
             Korail said it would add 120 extra trains over the holiday.",
            vec![
                target(
                    "T1",
                    "Waiving expressway tolls over Chuseok",
                    "the toll waiver",
                ),
                target("T2", "Extra holiday trains", "extra trains"),
            ],
        );
        assert_eq!(
            read,
            [vec![(0, StanceLabel::Favor)], vec![(1, StanceLabel::Favor)]]
        );
    }

    #[test]
    fn a_question_about_the_bill_asks_about_the_main_target() {
        let text = "[Interview] Too young to drink\n\n\
                    Lawmakers proposed a bill that would raise the legal drinking age to 21. \
                    We asked Han So-young, a professor of medicine, what she thinks.\n\n\
                    ― Would it cut drinking among students?\n\n\
                    \"Somewhat. Most of them start at 15.\"\n\n\
                    ― So you oppose the bill?\n\n\
                    \"No. Young people need the protection.\"";
        let read = body_stances(
            text,
            vec![target(
                "T1",
                "Raising the drinking age to 21",
                "raising the drinking age",
            )],
        );
        assert_eq!(read[6], [(0, StanceLabel::Favor)], "{read:?}");
        // An owner's possessive may stand between the article and the noun.
        let text = "[Interview] Nurses who stay\n\n\
                    The ministry will let foreign nurses work in nursing hospitals. \
                    We met Choi Eun-sook, president of the Korean Nurses Association, at its office.\n\n\
                    ― Hospitals say they cannot fill shifts.\n\n\
                    \"I understand their situation.\"\n\n\
                    ― What is your view of the ministry's decision?\n\n\
                    \"It treats the symptom and leaves the disease.\"";
        let read = body_stances(
            text,
            vec![target("T1", "Allowing foreign nurses", "foreign nurses")],
        );
        assert_eq!(
            read.last(),
            Some(&vec![(0, StanceLabel::Against)]),
            "{read:?}"
        );
    }

    #[test]
    fn a_degree_of_the_targets_noun_refers_to_it_once_named() {
        let text = "Coupang said a ban would break its promise of next-morning delivery. \
                    Lee said the evidence favours a cap on night shifts rather than an outright ban.";
        let read = body_stances(
            text,
            vec![target(
                "T1",
                "Banning overnight parcel deliveries",
                "the night delivery ban",
            )],
        );
        assert_eq!(
            read,
            [
                vec![(0, StanceLabel::Neutral)],
                vec![(0, StanceLabel::Against)]
            ]
        );
    }

    #[test]
    fn a_head_noun_after_a_preposition_of_place_names_a_place() {
        let text = "The port wants a second cruise terminal. \
                    Jang, who waits at the terminal every day, said traffic was bad. \
                    Kim said the terminal would be a waste of money.";
        assert_eq!(
            labels(text, "A second cruise terminal", &["a new terminal"]),
            [None, None, Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_harm_or_good_said_to_follow_the_targets_removal() {
        let text = "Park said she expects to lose half her customers if the free entry ends. \
                    Kim said shops would lose business if the free entry were scrapped. \
                    Lee said the palaces would gain visitors if the free entry ended. \
                    Choi said the free entry ends in May.";
        assert_eq!(
            labels(text, "Free entry", &["the free entry"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral)
            ]
        );
    }

    #[test]
    fn a_governing_body_announcing_what_a_named_body_will_do_favours_it() {
        let text = "Busan will start charging visitors 5,000 won to enter the village from \
                    June, the Saha District Office said on the 9th. \
                    Busan will start charging visitors 5,000 won to enter the village from \
                    June, the Korea Tourism Association said.";
        assert_eq!(
            labels(text, "Village entry fee", &["charging visitors 5,000 won"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
        // Under its description, a name of up to four words stands for the speaker.
        let text = "The Korea Baseball Organization will raise its cap on team payrolls by \
                    20 percent, the league said Tuesday.";
        assert_eq!(
            labels(text, "Raising the salary cap", &["raise its cap"]),
            [Some(StanceLabel::Favor)]
        );
        // What it says others will be able to get is what it provides.
        let text = "People aged 60 to 64 will be able to get a free flu shot at local \
                    clinics from October, the Korea Disease Control and Prevention Agency \
                    said.";
        assert_eq!(
            labels(text, "Free flu shots", &["free flu shot"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_target_in_a_relative_clause_on_a_person_has_no_verb_of_its_own() {
        // What the owners will not be able to do is no harm the test does.
        let text = "From next year, owners whose cars fail an emissions test will not be able \
                    to renew their registration until they repair the engine, the ministry \
                    said.";
        assert_eq!(
            labels(text, "Emissions tests for old cars", &["an emissions test"]),
            [Some(StanceLabel::Neutral)]
        );
        // "who argued that": the target opens a clause of its own.
        let text = "\"The bank is behind the curve,\" said Kim, an economist who argued that \
                    cutting rates sooner would help small businesses.";
        assert_eq!(
            labels(text, "A rate cut", &["cutting rates"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_thing_a_removal_ends_is_named_by_itself() {
        let text = "The entrance fee is unfair to pensioners, Kim said. \
                    The seats are dirty, Lee said.";
        assert_eq!(
            labels(text, "Abolishing the entrance fee", &[]),
            [Some(StanceLabel::Favor), None]
        );
        // One word alone names too much.
        assert_eq!(labels(text, "Removing seats", &[]), [None, None]);
    }

    #[test]
    fn a_writer_judging_a_refusal_takes_the_other_side_of_it() {
        let judged = |report: &str, judgement: &str| {
            let text = format!("[Editorial] Downtown traffic\n\n{report} {judgement}");
            labels(&text, "Congestion charge", &["a congestion charge"])
        };
        let favor = Some(StanceLabel::Favor);
        let against = Some(StanceLabel::Against);
        assert_eq!(
            judged(
                "Seoul will introduce a congestion charge downtown, the city said.",
                "That is the right decision."
            )[1..],
            [favor, favor]
        );
        assert_eq!(
            judged(
                "Seoul said it would not introduce a congestion charge downtown.",
                "That is the wrong decision."
            )[1..],
            [against, favor]
        );
        assert_eq!(
            judged(
                "The city council rejected a congestion charge on Monday.",
                "That was a mistake."
            )[1..],
            [against, favor]
        );
    }

    #[test]
    fn the_idea_reviewed_is_the_course_urged_last_when_it_names_no_target() {
        let text = "The ministry will require an emissions test for cars older than ten \
                    years, the ministry said. Kim Min-su, a professor of engineering, said \
                    every inspection center should also check the brakes. The ministry said \
                    it would review the idea.";
        let found = labels(text, "Emissions tests for old cars", &["an emissions test"]);
        assert_eq!(found[2], None);
    }

    #[test]
    fn an_organisations_report_of_what_others_will_have_to_complete_is_its_rule() {
        let text = "All elementary school students will have to complete at least 20 hours \
                    of survival swimming lessons, the Ministry of Education announced Monday.";
        assert_eq!(
            labels(
                text,
                "Survival swimming lessons",
                &["survival swimming lessons"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_quotation_after_an_unnamed_groups_reaction_answers_it() {
        let text = "The ministry will require survival swimming lessons. Parents' groups \
                    hailed the plan. \"It's a step in the right direction,\" said Jung \
                    Hye-sook, who heads a parents' group.";
        assert_eq!(
            labels(
                text,
                "Survival swimming lessons",
                &["the plan", "survival swimming lessons"]
            )[2],
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn where_words_were_said_is_no_side_on_the_news_around_them() {
        let text = "\"At 30, most pedestrians survive,\" said Kim Do-yeon. Kim Do-yeon, a \
                    professor, said this in an interview on the 4th, as the city weighs \
                    lowering the speed limit.";
        assert_eq!(
            labels(
                text,
                "Lowering the speed limit",
                &["lowering the speed limit"]
            )[1],
            None
        );
        // What they added is theirs.
        let text = "Kim Do-yeon said this in an interview, adding that lowering the speed \
                    limit would save lives.";
        assert_eq!(
            labels(
                text,
                "Lowering the speed limit",
                &["lowering the speed limit"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_relative_clause_after_the_subject_leaves_its_commitment() {
        let text = "KT, which runs the country's payphone network, plans to remove 18,000 \
                    payphones by 2027, the company said Wednesday.";
        assert_eq!(
            labels(text, "Removing payphones", &["remove 18,000 payphones"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_group_for_whom_it_speaks_takes_a_side() {
        let text = "KT will remove most payphones. Advocates for the elderly slammed the \
                    decision.";
        assert_eq!(
            labels(text, "Removing payphones", &["the decision"])[1],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn urging_the_debated_course_on_is_a_side_on_it() {
        let text = "The city is debating whether to make the first hour free. \
                    \"I believe the city should go ahead,\" Kim said. \
                    \"A free first hour is a small price for cleaner air,\" Lee said.";
        assert_eq!(
            labels(
                text,
                "A free first hour",
                &["make the first hour free", "a free first hour"]
            )[1..],
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_complement_said_again_after_and_is_judged() {
        for (judged, side) in [
            ("a welcome one", StanceLabel::Favor),
            ("a costly one", StanceLabel::Against),
        ] {
            let text = format!(
                "\"The city will open the walkways to bicycles. It is a small change, and \
                 {judged},\" Kim said."
            );
            assert_eq!(
                labels(
                    &text,
                    "Bicycles on the walkways",
                    &["open the walkways to bicycles"]
                )[1],
                Some(side)
            );
        }
    }

    #[test]
    fn a_question_put_in_doubt_is_against() {
        let text = "Rep. Park questioned whether a label would mean anything. \
                    Rep. Kim asked whether a label would mean anything.";
        assert_eq!(
            labels(text, "Labels on AI ads", &["a label"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Neutral)]
        );
        // A doubt of the target itself, with or without "that".
        let text = "Lim said the society shared the goal but doubted the bill could work. \
                    Kwon said he doubts that the bill would work.";
        assert_eq!(
            labels(text, "The pediatrician bill", &["the bill"]),
            [Some(StanceLabel::Against); 2]
        );
    }

    #[test]
    fn the_aim_granted_then_a_turn_from_the_target_is_against_it() {
        let text = "Kwon said the ministry supported the aim of the bill but preferred a \
                    network of night centers. \
                    Lee said she supports the aim of the bill but that the wording needs work.";
        assert_eq!(
            labels(text, "The pediatrician bill", &["the bill"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_the_target_may_be_granted_before_but_is_the_other_side() {
        let text = "\"A fifth marathon may be good for the city's image, but a city is \
                    judged by how it treats those who are not running,\" Ko said. \
                    \"A fifth marathon may be costly, but it pays,\" Lee said. \
                    \"A fifth marathon may be good,\" Kim said.";
        assert_eq!(
            labels(text, "A fifth marathon", &["a fifth marathon"]),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn not_opposed_on_a_condition_takes_no_side() {
        let text = "Yang said the union would not oppose the racks if drivers were trained. \
                    Lee said he would not oppose the racks. \
                    Kim said she would support the racks if drivers were trained.";
        assert_eq!(
            labels(text, "Bike racks on buses", &["the racks"]),
            [
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_side_denied_then_but_is_a_concession() {
        let text = "The police may raise the licence age. \"I would not oppose it, but it \
                    is the wrong place to start,\" Yoo said. \
                    \"I would not oppose it,\" Kim said.";
        assert_eq!(
            labels(text, "Raising the licence age", &["raise the licence age"])[1..],
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_answers_a_named_problem_is_the_answer_too() {
        let text = "\"The answer to rising costs is a better design, not more subsidies,\" \
                    Kim said. \"The answer to rising costs is more subsidies,\" Lee said.";
        assert_eq!(
            labels(text, "Subsidies for paper cups", &["more subsidies"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_kind_the_target_is_judged_elsewhere_judges_it() {
        let text = "The city will ban smoking on its beaches. \
                    Lee said similar bans in Australia and Spain had cut beach litter sharply. \
                    The consumer group has backed bans, saying they keep sand clean.";
        assert_eq!(
            labels(text, "A smoking ban on beaches", &["the ban"]),
            [None, Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_organisations_report_of_what_others_will_have_to_do_is_its_rule() {
        // Not a recommendation (the rule is announced), yet the commission's side.
        let text = "Banks will have to keep at least one branch in every county, the \
                    Financial Services Commission said on Thursday.";
        assert_eq!(
            labels(text, "Branch rule", &["keep at least one branch"]),
            [Some(StanceLabel::Favor)]
        );
        // So is a charge it reports others will pay; a person's forecast is not.
        let text = "Companies that miss the quota will pay a levy up to 50 percent higher \
                    from next year, the Ministry of Employment and Labor said. \
                    Companies that miss the quota will pay a levy up to 50 percent higher, \
                    Professor Kim said.";
        assert_eq!(
            labels(text, "Higher levy", &["a levy up to 50 percent higher"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn what_others_will_be_required_to_do_is_the_rule_of_the_organisation_that_reports_it() {
        let text = "Bus drivers will be required to rest for at least 30 minutes after \
                    every two hours of driving from March, the transport ministry said.";
        assert_eq!(
            labels(text, "Mandatory breaks", &["rest for at least 30 minutes"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_place_between_commas_after_the_subject_is_no_part_of_its_name() {
        let text = "Yongin, Gyeonggi Province, will stop granting building permits for \
                    new data centers for one year, the city said Thursday.";
        assert_eq!(
            labels(
                text,
                "Data center moratorium",
                &["stop granting building permits"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_description_with_its_kind_speaks_for_the_name_before_it() {
        let text = "Korail will sell standing tickets at 15 percent off from next month, \
                    the rail operator said on the 3rd.";
        assert_eq!(
            labels(text, "Standing ticket discount", &["sell standing tickets"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn a_person_commits_the_organisation_their_description_places_them_in() {
        let text = "\"Fees will rise,\" said Park Sang-min, the corporation's head of ground \
                    transport. He added that the corporation would build a parking garage. \
                    Kim Ji-ho, a driver, said the corporation would build a parking garage.";
        let got = labels(text, "New parking garage", &["build a parking garage"]);
        assert_eq!(got[1], Some(StanceLabel::Favor));
        // Not one who only reports the plan.
        assert_ne!(got[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn a_mayor_commits_the_city_named_as_the_subject() {
        let text = "Busan will let restaurants in Haeundae and Gwangalli put tables on the \
                    sidewalk from May, Mayor Park Heong-joon said on Tuesday. \
                    Busan will let restaurants in Haeundae and Gwangalli put tables on the \
                    sidewalk from May, Professor Kim Do-yeon said on Tuesday.";
        assert_eq!(
            labels(text, "Sidewalk tables", &["put tables on the sidewalk"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
        let text = "Jeolla Province will require new warehouses to carry rooftop panels \
                    from 2028, Governor Kim Young-rok said on Tuesday.";
        assert_eq!(
            labels(text, "Rooftop panels", &["carry rooftop panels"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn it_as_the_object_of_a_side_taken_is_the_target_named_just_before() {
        let text = "The city has proposed a pet crematorium on the old plant site. \
                    Residents of the nearby Gwonseon district have collected 4,000 \
                    signatures against it. Neighbours welcome it. It opened in 1998.";
        assert_eq!(
            labels(text, "A pet crematorium", &["a pet crematorium"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                None
            ]
        );
    }

    #[test]
    fn what_the_speaker_or_its_government_reports_having_done_is_its_act() {
        let text = "The Cabinet on Thursday approved a new visa and raised the duty-free \
                    allowance to $1,000, the Ministry of Economy and Finance said. \
                    Busan raised the duty-free allowance to $1,000, the union said.";
        assert_eq!(
            labels(
                text,
                "Raising the duty-free allowance",
                &["raised the duty-free allowance to $1,000"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn ending_a_removal_named_whole_counts_the_other_way() {
        let text = "\"Scrapping the cut would hurt drivers,\" Choi said. \
                    \"The cut helps drivers,\" Choi said.";
        assert_eq!(
            labels(text, "Extending the fuel tax cut", &["the cut"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_an_action_is_set_against_is_spared_what_it_does() {
        let text = "Kim said the answer is to end the exemption, not the fee. \
                    Kim said the city should end the fee, not the exemption. \
                    Kim said the city should scrap the exemption rather than the fee. \
                    Kim said the city should expand the rebate instead of the fee.";
        assert_eq!(
            labels(text, "A paper cup fee", &["the fee"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_plan_brought_back_after_a_state_of_mind_is_committed_to() {
        let text = "Mayor Kim Hong-kyu said he was disappointed and would bring back a \
                    revised plan. \
                    The union said it had not been consulted and would raise the plan at \
                    the wage talks.";
        assert_eq!(
            labels(text, "Paid parking", &["a revised plan", "the plan"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn welcoming_the_vote_against_a_plan_is_against_it() {
        let text = "The city council on Friday voted 9 to 6 against a plan to charge for \
                    parking on Coffee Street. \
                    The Anmok merchants' association welcomed the vote.";
        assert_eq!(
            labels(
                text,
                "Paid parking",
                &["a plan to charge for parking on Coffee Street"]
            )[1],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_second_that_of_a_warning_warns_too() {
        let text = "Lim Dong-hyun, a professor, warned that junior staff learn most near \
                    their seniors and that remote days could slow their training. \
                    Lim said junior staff learn most near their seniors and that remote \
                    days could help.";
        assert_eq!(
            labels(text, "Remote days", &["remote days"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn the_head_of_the_subject_speaks_for_it() {
        let text = "Incheon International Airport Corp. plans to replace the booths with \
                    gates, its president Lee Hak-jae said Monday. \
                    Incheon International Airport Corp. plans to replace the booths with \
                    gates, union leader Jang Myung-ho said.";
        assert_eq!(
            labels(text, "Face gates", &["replace the booths with gates"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_cue_before_a_preposition_is_read_past_the_noun_it_ends() {
        let text = "Seoul will double the bike-share fare. \
                    Cycling groups have started an online petition against the increase.";
        assert_eq!(
            labels(text, "Doubling the fare", &["the increase"])[1],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_side_promised_on_a_condition_is_none_yet() {
        let text = "\"If the money disappears into the general budget, we will oppose the \
                    fee,\" said Kwak Min-ji of Green Korea United. \
                    \"We will oppose the fee,\" said Kwak Min-ji of Green Korea United.";
        assert_eq!(
            labels(text, "An entrance fee", &["the fee"]),
            [Some(StanceLabel::Neutral), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_roundups_sections_each_refer_to_their_own_target() {
        let text = "Banks may sell insurance online\n\n\
                    The Financial Services Commission said it would let banks sell \
                    insurance online from July. \
                    The Korea Federation of Banks welcomed the change.\n\n\
                    Plastic bags return to stores\n\n\
                    The Ministry of Environment said it will allow stores to give out free \
                    plastic bags again. \
                    The Korea Convenience Store Association said the decision would end \
                    arguments at the counter. \
                    Greenpeace called it a step backward.\n";
        let stances = body_stances(
            text,
            vec![
                target("T1", "Bank insurance sales online", "sell insurance online"),
                target("T2", "Free plastic bags", "give out free plastic bags"),
            ],
        );
        assert_eq!(
            stances,
            [
                vec![(0, StanceLabel::Favor)],
                vec![(0, StanceLabel::Favor)],
                vec![(1, StanceLabel::Favor)],
                vec![(1, StanceLabel::Favor)],
                vec![(1, StanceLabel::Against)],
            ]
        );
    }

    #[test]
    fn an_action_offered_as_a_subject_and_judged_is_a_course() {
        let text = "Lee said adding another runway would be a waste of money. \
                    \"Putting a levy on soda sends the right signal,\" she said. \
                    Kim said closing the plant on weekends.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let res = Resources::embedded();
        let judged: Vec<Vec<(String, Polarity)>> = (0..doc.sentences.len())
            .map(|i| {
                judged_actions(&doc, i, res)
                    .into_iter()
                    .map(|c| (c.text, c.polarity))
                    .collect()
            })
            .collect();
        assert_eq!(
            judged,
            [
                vec![("adding another runway".to_string(), Polarity::Avoid)],
                vec![("Putting a levy on soda".to_string(), Polarity::Do)],
                vec![],
            ]
        );
    }

    #[test]
    fn a_definite_name_of_a_thing_is_named_with_any_article() {
        let text = "Lee said a shuttle would be a good idea. \
                    Kim said a proper shuttle service would be a good idea.";
        assert_eq!(
            labels(
                text,
                "An electric shuttle bus service",
                &["the shuttle service"]
            ),
            [None, Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn an_evaluation_stays_on_its_side_of_a_but_that_opens_a_clause() {
        let text = "Kim said the closed season is costly but necessary. \
                    Lee said the closed season is fair but the compensation is a pittance. \
                    Choi said the compensation is not a gift but a lifeline.";
        let read = body_stances(
            text,
            vec![
                target("T1", "A closed season", "closed season"),
                target("T2", "Compensation for fishermen", "compensation"),
            ],
        );
        assert_eq!(
            read,
            [
                vec![(0, StanceLabel::Favor)],
                vec![(0, StanceLabel::Favor), (1, StanceLabel::Against)],
                vec![(1, StanceLabel::Favor)],
            ]
        );
    }

    #[test]
    fn a_word_only_one_targets_names_hold_names_it_before_a_noun_of_policy() {
        let text = "The agency wants to end the hanbok exemption and raise the fee for \
                    foreign visitors. \
                    Lee said scrapping the hanbok perk would be a mistake. \
                    Kim said the hanbok fee would be a mistake. \
                    Park said the hanbok shops would be a mistake.";
        let read = body_stances(
            text,
            vec![
                target(
                    "T1",
                    "Free entry for visitors in hanbok",
                    "the hanbok exemption",
                ),
                target("T2", "Higher fees for foreign visitors", "a separate fee"),
            ],
        );
        // "fee" is the other target's noun; "shops" names no policy.
        assert_eq!(read[1..], [vec![(0, StanceLabel::Favor)], vec![], vec![]]);
    }

    #[test]
    fn a_candidates_pledge_and_a_petitions_signatures() {
        let text = "Moon Ji-hwan of the Democratic Party has pledged to extend Line 9 by \
                    2032, his campaign said. \
                    Ryu Hye-jin dismissed the pledge as a map drawn for the election. \
                    The commuters' group, which has collected 80,000 signatures for the \
                    Line 9 extension, endorsed Moon.";
        assert_eq!(
            labels(
                text,
                "Extending Line 9",
                &["extend Line 9", "the Line 9 extension"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn idioms_of_translated_news_take_sides() {
        let text = "Park stressed that the relocation is the starting point for a \
                    financial hub. \
                    The union said the relocation would cause an exodus of skilled staff. \
                    The party put the brakes on the relocation, pointing out that a review \
                    is pending.";
        assert_eq!(
            labels(text, "Relocating the bank", &["the relocation"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_group_s_reaction_answers_a_proposal_described_before_it() {
        let text = "The city said it will raise the free-fare age to 70. \
                    The operator lost 148 billion won last year. \
                    \"The system cannot be sustained,\" an official said. \
                    The seniors' association immediately objected. \
                    The bill also sets a reciprocity rule. \
                    Realtors pushed back. \
                    Kim Mi-ra, a resident, disagreed.";
        let got = labels(
            text,
            "Raising the free-fare age",
            &["raising the free-fare age"],
        );
        assert_eq!(
            got[3],
            Some(StanceLabel::Against),
            "three sentences after it"
        );
        assert_eq!(
            got[5],
            Some(StanceLabel::Against),
            "a group, nothing sided before"
        );
        assert_eq!(got[6], None, "a person answers the one who spoke before");
    }

    #[test]
    fn an_answer_that_ends_on_yes_or_no_after_a_qualification() {
        let text = "[Interview] Parking rules\n\n\
                    We asked Han Seung-woo, a dog trainer, what he thinks.\n\n\
                    ― The city is considering pet zones in parks. Is that workable?\n\n\
                    For a small park, it is not. Dogs need room to run.\n\n\
                    ― Should the city build pet zones in large parks?\n\n\
                    In principle, yes. Owners will use them.\n\n\
                    ― Critics say pet zones cost too much.\n\n\
                    They cost money, yes. But the parks already have the fences.\n\n\
                    ― The council wants pet zones in every park. Is that a good idea?\n\n\
                    Not now. Owners would not use them.";
        let of = |start: &str| label_at(text, "Pet zones in parks", &["pet zones"], start);
        assert_eq!(of("For a small park"), Some(StanceLabel::Against));
        assert_eq!(of("In principle"), Some(StanceLabel::Favor));
        assert_eq!(
            of("They cost money"),
            None,
            "a point conceded before a 'But'"
        );
        assert_eq!(of("Not now"), Some(StanceLabel::Against));
    }

    #[test]
    fn a_why_question_takes_the_answer_s_side_for_granted_and_what_is_missing_is_wanted() {
        let text = "[Interview] Parking rules\n\n\
                    We met Han Seung-woo, a dog trainer, in Mapo on the 3rd.\n\n\
                    Q. Many owners oppose pet zones. Why do you support them?\n\n\
                    A. \"Because dogs need room to run.\"\n\n\
                    Q. Why do you oppose a leash law?\n\n\
                    A. \"Because the parks are empty at dawn.\"\n\n\
                    Q. What about water fountains for dogs?\n\n\
                    A. \"That is the part that is missing.\"";
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            vec![
                target("T1", "Pet zones in parks", "pet zones"),
                target("T2", "A leash law", "leash law"),
                target("T3", "Water fountains for dogs", "water fountains"),
            ],
        );
        let of = |start: &str| {
            doc.sentences[sentence_starting(&doc, start)]
                .stances
                .iter()
                .map(|st| (st.target, st.label))
                .collect::<Vec<_>>()
        };
        assert_eq!(of("A. \"Because dogs"), [(0, StanceLabel::Favor)]);
        assert_eq!(of("A. \"Because the parks"), [(1, StanceLabel::Against)]);
        assert_eq!(of("A. \"That is the part"), [(2, StanceLabel::Favor)]);
    }

    #[test]
    fn a_why_question_takes_a_need_for_granted() {
        let text = "[Interview] Parking rules\n\n\
                    We met Han Seung-woo, a dog trainer, in Mapo on the 3rd.\n\n\
                    Q. Why do parks need pet zones?\n\n\
                    A. \"Because dogs run loose where there are none.\"\n\n\
                    Q. How long have you trained dogs?\n\n\
                    A. \"Twenty years.\"";
        assert_eq!(
            label_at(text, "Pet zones in parks", &["pet zones"], "A. \"Because"),
            Some(StanceLabel::Favor)
        );
    }

    #[test]
    fn a_short_verdict_on_the_claim_a_question_reports() {
        let text = "[Interview] Parking rules\n\n\
                    We met Han Seung-woo, a dog trainer, in Mapo on the 3rd.\n\n\
                    ― The council says parks cannot stay clean without pet zones.\n\n\
                    \"The council is right about that. Owners need a place.\"\n\n\
                    ― Critics say pet zones would waste money.\n\n\
                    \"They are wrong. The fences are already there.\"\n\n\
                    ― Residents say pet zones would bring noise.\n\n\
                    \"I agree. Dogs bark.\"";
        let of = |start: &str| label_at(text, "Pet zones in parks", &["pet zones"], start);
        assert_eq!(of("\"The council is right"), Some(StanceLabel::Favor));
        assert_eq!(of("\"They are wrong"), Some(StanceLabel::Favor));
        assert_eq!(of("\"I agree"), Some(StanceLabel::Against));
    }

    #[test]
    fn a_group_that_is_flatly_opposed() {
        let text = "The city plans a tourist tax on hotel stays. \
                    Hotel owners are flatly opposed.";
        let got = labels(text, "A tourist tax", &["tourist tax"]);
        assert_eq!(got[1], Some(StanceLabel::Against));
    }

    #[test]
    fn a_sharp_reaction_and_a_call_to_go_further() {
        let text = "The ministry proposed a tourist tax on hotel stays. \
                    Hoteliers reacted sharply. \
                    Environmental groups urged the ministry to go further and tax cruise \
                    passengers as well.";
        let got = labels(text, "A tourist tax", &["tourist tax"]);
        assert_eq!(got[1], Some(StanceLabel::Against));
        assert_eq!(got[2], Some(StanceLabel::Favor));
    }

    #[test]
    fn an_action_named_without_the_modifiers_of_its_object() {
        let text = "Han said raising the age to 70 is the right call. \
                    Kim said raising the age of retirement is overdue.";
        let got = labels(
            text,
            "Raising the free-fare age",
            &["raising the free-fare age"],
        );
        assert_eq!(got[0], Some(StanceLabel::Favor));
        let two = vec![
            Target {
                id: "T1".into(),
                name: "Raising the free-fare age".into(),
                aliases: Vec::new(),
                origin: TargetOrigin::Given,
            },
            Target {
                id: "T2".into(),
                name: "The retirement age".into(),
                aliases: Vec::new(),
                origin: TargetOrigin::Given,
            },
        ];
        let phrases = super::target_phrases(&two, Resources::embedded());
        assert!(
            !phrases[0].contains(&vec!["raising".into(), "the".into(), "age".into()]),
            "another target's name holds the noun"
        );
    }

    #[test]
    fn a_target_referred_to_by_a_synonym_of_its_noun_and_a_kind_set_apart() {
        let text = "\"A pet tax is on the table,\" Oh said. \
                    \"In principle, I support a modest levy.\" \
                    \"Germany has a dog tax, and I do not like it.\" \
                    \"A pet tax that disappears into the budget would lose support.\"";
        let got = labels(text, "A tax on pet ownership", &["pet tax"]);
        assert_eq!(got[1], Some(StanceLabel::Favor));
        assert_ne!(
            got[2],
            Some(StanceLabel::Against),
            "a dog tax may be another"
        );
        assert_eq!(got[3], Some(StanceLabel::Neutral));
        // A stop on a line is its station; the aliases may call it either.
        let text = "The ministry is studying a new stop in Boeun. \
                    Gov. Ok said he supported the stop.";
        let got = labels(
            text,
            "A new KTX stop in Boeun",
            &["a Boeun stop", "the new station"],
        );
        assert_eq!(got[1], Some(StanceLabel::Favor));
    }

    #[test]
    fn entering_the_race_to_act_commits_and_a_question_another_leaves_open_is_theirs() {
        let text = "[Editorial] Seoul should ask its citizens first\n\n\
                    Seoul Mayor Oh Se-hoon announced on the 3rd that the city would formally \
                    enter the race to host the 2036 Olympics. \
                    The sports committee is expected to decide next month whether to back the bid. \
                    We do not know whether the bid is wise.";
        let got = labels(
            text,
            "Seoul bidding to host the 2036 Olympics",
            &["host the 2036 Olympics", "the bid"],
        );
        assert_eq!(got[1], Some(StanceLabel::Favor));
        assert_eq!(
            got[2], None,
            "the committee's open question, in the writer's narration"
        );
        assert_eq!(got[3], Some(StanceLabel::Neutral), "the writer's own");
    }

    #[test]
    fn the_target_s_verb_before_a_fragment_alias_and_support_held_back() {
        let text = "Seoul will run subway lines 2 and 5 until 2 a.m. on weekends, the city said. \
                    Trains now stop at midnight. \
                    Yoon Jae-sung said he supports the idea in principle but that the city must hire staff first.";
        let got = labels(
            text,
            "Running Seoul subways until 2 a.m.",
            &["until 2 a.m."],
        );
        assert_eq!(got[0], Some(StanceLabel::Favor));
        assert_eq!(got[2], Some(StanceLabel::Neutral));
    }

    #[test]
    fn a_name_for_what_a_measure_takes_away_and_a_judged_limit() {
        let text = "A bill that would require builders to disclose construction costs passed. \
                    The builders' association called it \"an invasion of trade secrets.\"";
        let got = labels(
            text,
            "Disclosure of construction costs",
            &["disclose construction costs"],
        );
        assert_eq!(got[1], Some(StanceLabel::Against));
        let text = "[Interview] Buyers should see the bill\n\n\
                    We met Jung Taek-su, a housing researcher, last week.\n\n\
                    ― What do you make of the price cap?\n\n\
                    \"It works.\"\n\n\
                    ― The government prefers to keep the price cap only in a few districts.\n\n\
                    \"That is a mistake.\"";
        let got = labels(text, "A price cap on new apartments", &["price cap"]);
        assert_eq!(got[5], None, "the limit is judged, not the cap");
    }

    #[test]
    fn a_request_in_the_lede_and_the_request_the_sentence_before_made() {
        let text = "The commission said it is reviewing a request from store owners to require \
                    new stores to open at least 250 meters from existing ones. \
                    The chain warned that a distance rule would freeze the market. \
                    The consumer federation also opposed the request.";
        let got = labels(
            text,
            "A minimum distance between stores",
            &["distance rule"],
        );
        assert_eq!(got[0], Some(StanceLabel::Neutral));
        assert_eq!(got[2], Some(StanceLabel::Against));
        let text = "Visa-free entry for tour groups starts today, the justice ministry said. \
                    The duty-free association also asked the finance ministry to raise the \
                    duty-free limit. \
                    The finance ministry said it was reviewing the request.";
        let targets = [
            "Visa-free entry for tour groups",
            "Raising the duty-free limit",
        ];
        let doc = Pipeline::rules_only().annotate(
            "t",
            text,
            targets
                .iter()
                .enumerate()
                .map(|(k, name)| Target {
                    id: format!("T{}", k + 1),
                    name: name.to_string(),
                    aliases: vec![["visa-free entry", "duty-free limit"][k].to_string()],
                    origin: TargetOrigin::Given,
                })
                .collect(),
        );
        let got: Vec<(usize, StanceLabel)> = doc.sentences[2]
            .stances
            .iter()
            .map(|s| (s.target, s.label))
            .collect();
        assert_eq!(got, [(1, StanceLabel::Neutral)]);
    }

    #[test]
    fn a_noun_for_the_proposal_names_the_target_after_its_rejection() {
        let text = "The council rejected a motion to let Koreans enter the casino. \
                    The tourism association, which had lobbied for the change, expressed regret. \
                    Anti-gambling groups welcomed the decision.";
        let got = labels(
            text,
            "Opening the casino to Koreans",
            &["let Koreans enter"],
        );
        assert_eq!(got[0], Some(StanceLabel::Against));
        assert_eq!(got[1], Some(StanceLabel::Favor));
        assert_eq!(got[2], Some(StanceLabel::Against));
    }

    #[test]
    fn no_to_a_question_whether_a_target_is_enough_takes_no_side_against_it() {
        let text = "[Interview] Tax talk\n\n\
                    We met Park Hoon, a tax professor, on the 3rd.\n\n\
                    Q. Will the revenue loss be large?\n\n\
                    A. Not very.\n\n\
                    Q. Is a lower rate enough?\n\n\
                    A. No. Heirs still sell their firms.";
        let of =
            |start: &str| label_at(text, "A lower inheritance tax rate", &["lower rate"], start);
        assert_eq!(of("A. No."), None);
        let asked_if_good = text.replace("enough", "a good idea");
        let of = |start: &str| {
            label_at(
                &asked_if_good,
                "A lower inheritance tax rate",
                &["lower rate"],
                start,
            )
        };
        assert_eq!(of("A. No."), Some(StanceLabel::Against));
    }

    #[test]
    fn a_gerund_s_object_turned_into_the_subject_of_its_passive_names_the_target() {
        let name = "Banning plastic straws";
        assert!(labels("Kim asked whether plastic straws were banned.", name, &[])[0].is_some());
        let text = "[Interview] Cafe talk\n\n\
                    We met Kim Ji-su, a cafe owner.\n\n\
                    Q. Is business good?\n\n\
                    A. Yes.\n\n\
                    Q. Should a teaching degree be required?\n\n\
                    A. Yes, within five years.";
        let of = |start: &str| {
            label_at(
                text,
                "Requiring a teaching degree for all daycare teachers",
                &[],
                start,
            )
        };
        assert_eq!(of("A. Yes, within"), Some(StanceLabel::Favor));
        // The words apart name nothing.
        assert_eq!(
            labels("Kim said straws made of plastic were banned.", name, &[]),
            [None]
        );
    }

    #[test]
    fn what_must_come_before_an_event_the_target_names_is_no_side_on_it() {
        let name = "Merging kindergartens and daycare centers";
        assert_eq!(
            labels(
                "Oh said the ministry must put the budget in the law before the merger, not after.",
                name,
                &["the merger"]
            ),
            [Some(StanceLabel::Neutral)]
        );
        // An act put off ("before merging them") is still put off.
        assert_eq!(
            labels(
                "Oh said the ministry must fix the subsidies before merging kindergartens and daycare centers.",
                name,
                &["the merger"]
            ),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn what_would_do_more_is_favoured_and_what_it_is_set_against_is_not() {
        let curfew = "A visitor curfew";
        assert_eq!(
            labels(
                "\"A curfew on the busiest alleys would do more,\" Cho said.",
                curfew,
                &["curfew"]
            ),
            [Some(StanceLabel::Favor)]
        );
        // The comparison made against an act on the target, or any one of it.
        assert_eq!(
            labels(
                "\"Cameras at every hydrant would do more than tripling the fine,\" Park said.",
                "Raising parking fines",
                &["fines"]
            ),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            labels(
                "Yoon said a swap line would do more to steady the won than any rate move.",
                "Raising the base rate",
                &["rate move"]
            ),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_gerund_and_its_object_told_with_the_verb_and_a_possessive_between() {
        let name = "Collecting students' phones during school hours";
        let aliases = ["collecting phones"];
        assert_eq!(
            labels(
                "The ministry said every school will have to collect students' phones.",
                name,
                &aliases
            ),
            [Some(StanceLabel::Favor)]
        );
        // The object alone, or the verb far from it, names nothing.
        assert_eq!(
            labels(
                "The ministry said students' phones are a distraction.",
                name,
                &aliases
            ),
            [None]
        );
        assert_eq!(
            labels(
                "The ministry said schools collect fees from parents who pay by phones.",
                name,
                &aliases
            ),
            [None]
        );
    }

    #[test]
    fn money_that_would_be_better_spent_elsewhere_is_against_its_use() {
        let said = "Hong said the subsidy would be better spent on greenhouses.";
        assert_eq!(
            labels(said, "Subsidies for container farms", &["the subsidy"]),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            labels(said, "Greenhouse grants", &["greenhouses"]),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_an_answer_names_as_what_to_do_it_is_for() {
        let text = "[Interview] The pension age\n\n\
                    We asked Lee Seo-yeon, a researcher.\n\n\
                    Q: Should the age go up?\n\n\
                    A: No.\n\n\
                    Q: What would you do instead?\n\n\
                    A: A stricter means test.";
        let of = |text: &str| {
            label_at(
                text,
                "A stricter means test",
                &["stricter means test"],
                "A: A stricter",
            )
        };
        assert_eq!(of(text), Some(StanceLabel::Favor));
        let asked = text.replace("What would you do instead?", "What do they argue about?");
        assert_eq!(of(&asked), Some(StanceLabel::Neutral));
    }

    #[test]
    fn an_idea_floated_the_cheapest_course_and_a_suit() {
        let text = "The ministry is again floating the idea of starting school at 5, arguing \
                    that children are ready.";
        assert_eq!(
            labels(text, "Starting school at 5", &[])[0],
            Some(StanceLabel::Favor)
        );
        let text = "\"Starting classes later is the cheapest health policy there is,\" Ahn said.";
        assert_eq!(
            labels(text, "Starting classes later", &[])[0],
            Some(StanceLabel::Favor)
        );
        let text = "Busan will build a cable car, the city said. The federation called the \
                    review a formality and said it would sue.";
        assert_eq!(
            labels(text, "A cable car over the beach", &["a cable car"])[1],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_proposals_new_version_is_the_proposal() {
        let text = "The commission revived its platform act on Monday. The Korea Startup \
                    Forum said it was reviewing the new draft.";
        assert_eq!(
            labels(text, "A platform act", &["the platform act"])[1],
            Some(StanceLabel::Neutral)
        );
    }

    #[test]
    fn consent_and_a_cost_told_with_the_good_it_buys() {
        let text = "The tax agency said Monday it would adopt the new rule. The business \
                    union said it had no objection.";
        assert_eq!(
            labels(text, "Taxing gifts as income", &["the new rule"])[1],
            Some(StanceLabel::Favor)
        );
        let text = "\"A 30 km/h limit costs drivers seconds and saves lives,\" Kim said.";
        assert_eq!(
            labels(text, "A 30 km/h limit", &[])[0],
            Some(StanceLabel::Favor)
        );
        let text = "\"A 30 km/h limit costs jobs and hurts shops,\" Kim said.";
        assert_eq!(
            labels(text, "A 30 km/h limit", &[])[0],
            Some(StanceLabel::Against)
        );
        let text = "[Column] Soda\n\nThat is the point of a sugar tax.";
        assert_eq!(
            labels(text, "A sugar tax", &[])[1],
            Some(StanceLabel::Favor)
        );
        let text = "Coupang said the ban would make menus more expensive for customers.";
        assert_eq!(
            labels(text, "The price parity ban", &["the ban"])[0],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn what_an_answer_names_as_the_obstacle_it_is_against() {
        let text = "[Interview] Offices into homes\n\n\
                    We met Yang Ji-won, an architect, in Jongno.\n\n\
                    Q. Is it worth it?\n\n\
                    A. Yes.\n\n\
                    Q. What stands in the way?\n\n\
                    A. The building rules.";
        let of = |name: &str| label_at(text, name, &["building rules"], "A. The building");
        assert_eq!(
            of("Relaxing building rules for conversions"),
            Some(StanceLabel::Favor)
        );
        assert_eq!(of("Strict building rules"), Some(StanceLabel::Against));
        // Not an answer to another question.
        let asked = text.replace("What stands in the way?", "What do you work with?");
        assert_eq!(
            label_at(
                &asked,
                "Strict building rules",
                &["building rules"],
                "A. The building"
            ),
            Some(StanceLabel::Neutral)
        );
    }

    #[test]
    fn an_attitude_to_or_of_the_target_and_openness_to_two_options() {
        let name = "Raising the crypto tax threshold";
        let aliases = ["a higher threshold", "raising the threshold"];
        let of = |text: &str| labels(text, name, &aliases)[0];
        assert_eq!(
            of("Jung was more open to a higher threshold."),
            Some(StanceLabel::Favor)
        );
        assert_eq!(
            of("Jung was receptive to raising the threshold."),
            Some(StanceLabel::Favor)
        );
        assert_eq!(
            of("Jung was skeptical of a higher threshold."),
            Some(StanceLabel::Against)
        );
        assert_eq!(
            of("Jung was open to both a higher threshold and a lower rate."),
            Some(StanceLabel::Neutral)
        );
    }

    #[test]
    fn what_is_hard_to_defend_and_a_call_to_debate_it() {
        assert_eq!(
            labels(
                "Kim said a second part of the bill, letting high school students join political parties, is harder to defend.",
                "Letting high school students join political parties",
                &[]
            ),
            [Some(StanceLabel::Against)]
        );
        // Debating a target, like studying it, is no side on it.
        assert_eq!(
            labels(
                "Kim said lawmakers should debate the voting age on its own.",
                "Lowering the voting age to 16",
                &["the voting age"]
            ),
            [Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn a_whole_answer_that_says_yes_or_no_in_other_words() {
        let asked = |answer: &str| {
            let text = format!(
                "[Interview] Straws\n\n\
                 We met Kim Ji-su, a cafe owner, on the 3rd.\n\n\
                 Q. Is business good?\n\n\
                 A. Yes.\n\n\
                 Q. Should the city enact a straw ban?\n\n\
                 A. {answer} Paper straws work fine."
            );
            label_at(
                &text,
                "Banning plastic straws",
                &["straw ban"],
                &format!("A. {answer}"),
            )
        };
        for yes in ["Absolutely.", "Of course.", "I think so.", "It should."] {
            assert_eq!(asked(yes), Some(StanceLabel::Favor), "{yes}");
        }
        for no in [
            "Not at all.",
            "Definitely not.",
            "I don't think so.",
            "It should not.",
            "It shouldn't.",
        ] {
            assert_eq!(asked(no), Some(StanceLabel::Against), "{no}");
        }
        // A hedge says neither.
        assert_eq!(asked("Not necessarily."), None);
    }

    #[test]
    fn the_least_a_party_can_do_is_for_it() {
        assert_eq!(
            labels(
                "\"Posting prices is the least the industry can do,\" Kim said.",
                "Price disclosure",
                &["posting prices"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_costs_whoever_pays_very_little_is_for_it() {
        let said = |costs: &str| {
            labels(
                &format!("\"Opening on Mondays costs {costs},\" Choi said."),
                "Monday opening",
                &["opening on Mondays"],
            )
        };
        assert_eq!(said("the city very little"), [Some(StanceLabel::Favor)]);
        assert_eq!(said("taxpayers almost nothing"), [Some(StanceLabel::Favor)]);
        assert_eq!(said("the city a fortune"), [Some(StanceLabel::Against)]);
    }

    #[test]
    fn what_one_would_rather_have_and_what_not() {
        let said = |text: &str| {
            labels(
                &format!("\"{text},\" Han said."),
                "Opening libraries on Mondays",
                &["libraries open on Monday", "opening on Mondays"],
            )
        };
        assert_eq!(
            said("I would rather have a library open late on Thursday than one open on Monday"),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            said("I would rather keep libraries open on Monday than cut hours"),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn retiring_a_rule_opposes_it() {
        assert_eq!(
            labels(
                "[Op-ed] Let the planes fly\n\nIt is time to retire the flight ban.",
                "A ban on flights during the exam",
                &["the flight ban"]
            )
            .last()
            .copied()
            .flatten(),
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn an_explainer_answers_in_its_writer_s_voice() {
        assert_eq!(
            labels(
                "Q. I lost my job. Should I withdraw the money?\n\n\
                 Withdrawing early is usually the worst option.",
                "Early withdrawal",
                &["withdrawing early"]
            ),
            [None, None, Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn the_level_a_change_reaches_is_favoured() {
        assert_eq!(
            labels(
                "The ministry proposed cutting the school year from 190 to 180 days.",
                "Cutting the school year to 180 days",
                &["a shorter school year", "180 days"]
            ),
            [Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_would_depend_on_something_is_conditional() {
        assert_eq!(
            labels(
                "Rhee said a rate cut was possible but would depend on the housing market.",
                "A rate cut in November",
                &["a rate cut"]
            ),
            [Some(StanceLabel::Neutral)]
        );
    }

    #[test]
    fn what_someone_needs_and_fuel_on_a_fire() {
        let said = |text: &str| {
            labels(
                &format!("\"{text},\" Kim said."),
                "A rate cut in November",
                &["a rate cut"],
            )
        };
        assert_eq!(
            said("A rate cut is what the economy needs"),
            [Some(StanceLabel::Favor)]
        );
        assert_eq!(
            said("A rate cut is not what we need"),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            said("A rate cut would pour fuel on the fire"),
            [Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_kind_named_with_a_time_before_its_modal_and_a_head_before_outside() {
        assert_eq!(
            labels(
                "Rhee said a rate cut in November was possible. \
                 \"Prices are rising, and a cut now would pour fuel on that fire.\"",
                "A rate cut in November",
                &["a rate cut"]
            )[1],
            Some(StanceLabel::Against)
        );
        // "ban" is the head of "A swimming ban outside the summer season".
        assert!(
            labels(
                "The agency said a ban would be hard to enforce.",
                "A swimming ban outside the summer season",
                &["the off-season swimming ban", "the ban"]
            )[0]
            .is_some()
        );
    }

    #[test]
    fn another_of_the_kind_is_not_the_target() {
        assert_eq!(
            labels(
                "\"Judge the plan on its merits, not on what happened at other cable cars,\" Ha said.",
                "A cable car to Hansan Island",
                &["a cable car"]
            ),
            [None]
        );
    }

    #[test]
    fn a_side_on_one_of_the_kind_and_a_plan_turned_down() {
        assert_eq!(
            labels(
                "Vice Minister Oh said the government opposed a cap.",
                "A cap on jeonse deposit increases",
                &["the deposit cap"]
            ),
            [Some(StanceLabel::Against)]
        );
        assert_eq!(
            labels(
                "[Editorial] No casino\n\nThe government should turn down the casino plan.",
                "A casino resort for Koreans",
                &["the casino plan"]
            )
            .last()
            .copied()
            .flatten(),
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_time_after_an_action_s_noun_ends_its_phrase() {
        let targets = vec![
            target(
                "T1",
                "Raising household electricity rates",
                "a rate increase",
            ),
            target("T2", "A state bailout of the utility", "a bailout"),
        ];
        let text = "[Editorial] Pay the bill now\n\nA rate increase is the fairer of the two. \
                    A bailout would reward the same habit. \
                    The government should approve the increase this quarter.";
        let stances = body_stances(text, targets);
        assert_eq!(stances.last(), Some(&vec![(0, StanceLabel::Favor)]));
    }

    #[test]
    fn what_is_wanted_made_of_the_target_gives_the_side() {
        let text = "The county wants the exemption made permanent. \
                    The union wants the exemption made optional.";
        assert_eq!(
            labels(text, "A pharmacy exemption for islands", &["the exemption"]),
            [Some(StanceLabel::Favor), Some(StanceLabel::Against)]
        );
    }

    #[test]
    fn a_judgement_of_what_the_target_prevents_is_not_of_the_target() {
        assert_eq!(
            labels(
                "\"The reservation system prevents dangerous crowding,\" said Gu Min-jae. \
                 \"The reservation system cut damage to the meadow by half,\" Gu said.",
                "Summit reservations",
                &["the reservation system"]
            ),
            [Some(StanceLabel::Favor), Some(StanceLabel::Favor)]
        );
    }

    #[test]
    fn what_the_target_only_moves_or_hands_over_is_said_against_it() {
        assert_eq!(
            labels(
                "\"The curfew would simply move the noise to 9:59,\" Ha said. \
                 \"The curfew would only delay a necessary reduction,\" Ha said. \
                 \"The curfew would hand the market to Google,\" Kim said. \
                 \"The curfew would hand back the evenings to families,\" Kim said.",
                "A curfew for teens",
                &["the curfew"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_side_on_the_idea_of_the_target_or_on_calls_for_it() {
        let name = "A separate minimum wage for small businesses";
        let aliases = ["separate rate for small businesses"];
        let text = "Labor members rejected the idea of a separate rate for small businesses. \
                    Employers welcomed the idea of a separate rate for small businesses. \
                    Labor members rejected calls for a separate rate for small businesses. \
                    Employers rejected the call for a separate rate for small businesses.";
        assert_eq!(
            labels(text, name, &aliases),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn what_an_unnamed_source_is_said_to_hold_is_its_view() {
        let text = "The commission plans to cap mortgage rates. According to an official at a \
                    major bank, the cap would force banks to lend below cost. According to \
                    officials, the cap takes effect in March.";
        assert_eq!(
            labels(text, "Capping mortgage rates", &["the cap"]),
            [None, Some(StanceLabel::Against), None]
        );
    }

    #[test]
    fn the_state_the_target_keeps_or_leaves_others_in() {
        assert_eq!(
            labels(
                "Residents said the curfew would keep them awake. \
                 \"The curfew keeps the bars alive,\" Kim said. \
                 The union said the curfew would drive people out of a job. \
                 \"The curfew would leave pet owners with nowhere legal to go,\" Lee said.",
                "A night curfew for bars",
                &["the curfew"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_rule_that_treats_people_as_wrongdoers() {
        assert_eq!(
            labels(
                "\"The new ban treats every hiker as a drunk,\" Kim said. \
                 \"The new ban treats hikers as adults,\" Lee said. \
                 \"The new ban treats a walk in the hills as if it were a pub crawl,\" Kim said.",
                "A ban on drinking at summits",
                &["the new ban"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Neutral),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_pronoun_agrees_with_the_head_noun_of_the_target_s_name() {
        // "it" for a fund named with the companies that pay into it.
        let text = "Nurses on late shifts want a relief fund. \
                    \"The ministry should set it up this year,\" Yoon said.";
        assert_eq!(
            labels(text, "A relief fund paid by airlines", &["a relief fund"]),
            [None, Some(StanceLabel::Favor)]
        );
        // What someone is taught how to use is no course urged.
        let text = "Kang said she opposes a ban on drones in parks. \
                    \"Teach pilots how to fly it safely,\" she said.";
        assert_eq!(
            labels(text, "A ban on drones in parks", &["a ban on drones"])[1],
            None
        );
    }

    #[test]
    fn a_course_resting_on_fear_and_what_its_action_carries_before_the_verb() {
        let text = "\"The fare cap rests on assumptions that no longer hold,\" Lim said. \
                    The union said the fare cap rested on fear rather than evidence.";
        assert_eq!(
            labels(text, "A cap on taxi fares", &["the fare cap"]),
            [Some(StanceLabel::Against), Some(StanceLabel::Against)]
        );
        // A phrase of what goes with the action, or its particle and how far, stands
        // between the action and its verb.
        let text = "\"Extending the loans without a cap on deposits will only transfer the \
                    subsidy to landlords,\" Park said. \
                    \"Moving the exam forward a week changes nothing about the crowding,\" \
                    Park said. \
                    \"Moving the exam back two weeks would spare families the holiday rush,\" \
                    Park said.";
        assert_eq!(
            labels(
                text,
                "Changing the exam schedule",
                &["extending the loans", "moving the exam"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
    }

    #[test]
    fn a_side_on_a_plan_to_do_the_target_and_a_measure_set_wrong() {
        let name = "Cutting income tax for middle earners";
        let aliases = ["cut income tax"];
        let text = "Kim Ho-jin, an economist, backs a higher sales tax. \
                    Kim was less enthusiastic about the ruling party's plan to cut income tax. \
                    Lee welcomed the government's proposal to cut income tax.";
        assert_eq!(
            labels(text, name, &aliases),
            [None, Some(StanceLabel::Against), Some(StanceLabel::Favor)]
        );
        // A measure said to come too early, or denied the name of a plan; and the side
        // of an unnamed trade ("more than 200 film directors said").
        let text = "\"A 9 p.m. closing time is too early,\" Cho said. \
                    \"A 9 p.m. closing time is not a plan,\" Cho said. \
                    More than 200 film directors said a 9 p.m. closing time would hand the \
                    evenings to streaming services. \
                    \"A 9 p.m. closing time is a rule nobody will obey,\" Cho said.";
        assert_eq!(
            labels(
                text,
                "A 9 p.m. closing time for cinemas",
                &["a 9 p.m. closing time"]
            ),
            [
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_measure_needed_or_keeping_people_off_past_an_aside() {
        let text = "The ministry said the quota was needed to keep the schools open. \
                    Kim said the quota is no longer needed. \
                    Lee said the quota would keep older teachers, who have taught for decades, \
                    off the payroll.";
        assert_eq!(
            labels(text, "A quota for rural teachers", &["the quota"]),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against)
            ]
        );
    }

    #[test]
    fn a_case_for_the_target_and_what_it_is_doing_now() {
        let text = "Kim believes the city has a strong case for a congestion charge. \
                    \"A congestion charge is insurance against gridlock,\" Kim said. \
                    \"A congestion charge deserves a serious look,\" Kim said. \
                    Lee says the congestion charge is hurting small shops. \
                    Lee says the congestion charge is holding them back. \
                    Park said the congestion charge is saving the bus lanes.";
        assert_eq!(
            labels(
                text,
                "A congestion charge for the city center",
                &["a congestion charge"]
            ),
            [
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Favor),
                Some(StanceLabel::Against),
                Some(StanceLabel::Against),
                Some(StanceLabel::Favor)
            ]
        );
        // A verb of more than one word joined to one whose object has no side.
        let text = "Kim said a congestion charge would cut trips downtown and pay for itself.";
        assert_eq!(
            labels(
                text,
                "A congestion charge for the city center",
                &["a congestion charge"]
            ),
            [Some(StanceLabel::Favor)]
        );
        // A participle is no progressive: "a rail line costing 1.1 trillion won" is told,
        // not judged.
        let text = "The city is weighing a congestion charge costing drivers 5,000 won.";
        assert_ne!(
            labels(
                text,
                "A congestion charge for the city center",
                &["a congestion charge"]
            )[0],
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn the_noun_of_an_alias_s_action_names_the_target_once_its_verb_was_used() {
        let name = "Restricting cruise ships in the harbour";
        let aliases = ["the harbour rule", "limiting cruise calls"];
        let text = "Venice will limit the cruise ships that may enter the lagoon, the port \
                    authority said. Hotel owners said the limit was overdue.";
        assert_eq!(
            label_at(text, name, &aliases, "Hotel owners"),
            Some(StanceLabel::Favor)
        );
        // Without the verb of the action before, "the limit" is any limit.
        let text = "The port authority met hotel owners on Monday. Hotel owners said the \
                    limit was overdue.";
        assert_eq!(label_at(text, name, &aliases, "Hotel owners"), None);
    }

    #[test]
    fn a_pronoun_an_action_acts_on_stands_for_the_thing_named_a_sentence_or_two_before() {
        let name = "Defibrillators in every apartment lobby";
        let aliases = ["defibrillators"];
        let text = "\"Nobody objects to defibrillators, but who pays for the training?\" \
                    said Cho. Nurse Im said the council should not wait for the budget. \
                    \"Put them first in the buildings where old people live,\" she said.";
        assert_eq!(
            label_at(text, name, &aliases, "\"Put them"),
            Some(StanceLabel::Favor)
        );
        // "this" alone, urged against.
        let name = "A night curfew for teenagers";
        let aliases = ["the curfew"];
        let text = "The county is weighing the curfew. Some parents are less sure. \
                    \"Who drives my daughter home from her job?\" asked Seo. \"The county \
                    should not rush this through before the buses run later.\"";
        assert_eq!(
            label_at(text, name, &aliases, "\"The county"),
            Some(StanceLabel::Against)
        );
    }

    #[test]
    fn a_pronoun_carried_from_further_back_is_no_action_s_object_nor_a_subject() {
        // "it" is the charge, not scrapping it.
        let name = "Scrapping the parking charge";
        let aliases = ["scrap the charge"];
        let text = "Some councillors want to scrap the charge. That would be a mistake. \
                    Nobody notices it now. The city should double it at weekends.";
        assert_eq!(label_at(text, name, &aliases, "The city should"), None);
        // "them" before the object is whom the act is for.
        let name = "Free lunches for pupils";
        let aliases = ["free lunches"];
        let text = "\"I support free lunches,\" Han said. \"Pupils cannot learn hungry. \
                    Give them a proper meal,\" she said.";
        assert_eq!(label_at(text, name, &aliases, "Give them"), None);
        // "It should stop the adverts": "it" as the subject is not carried.
        let name = "A ban on energy drinks for minors";
        let aliases = ["the ban"];
        let text = "\"The ban is overdue,\" Yoo said. \"Children sleep badly. The \
                    government knows this. It should also stop the adverts.\"";
        assert_eq!(label_at(text, name, &aliases, "It should also"), None);
    }

    #[test]
    fn an_object_wanted_done_names_the_action_of_a_gerund_name() {
        let name = "Closing the old pier and building a park in its place";
        let aliases = ["closing the pier"];
        let text = "Councillor Ma wants the pier closed and a park built in its place.";
        assert_eq!(labels(text, name, &aliases), [Some(StanceLabel::Favor)]);
        // Not wanted: left to the other readings, which find no name here.
        let text = "Anglers do not want the pier closed.";
        assert_eq!(labels(text, name, &aliases), [None]);
    }

    #[test]
    fn a_gerund_name_s_object_by_its_head_noun_names_the_target_after_the_verb() {
        let targets = || {
            vec![
                target(
                    "T1",
                    "Replacing rural ferry services with water taxis",
                    "water taxis",
                ),
                target(
                    "T2",
                    "Keeping the rural ferry services",
                    "keeping the ferries",
                ),
            ]
        };
        let text = "The boatmen's union urged the county to keep the services.";
        assert_eq!(
            body_stances(text, targets()),
            [vec![(1, StanceLabel::Favor)]]
        );
        // The head noun qualified by a phrase is another thing.
        let text = "The county will keep the services of a lawyer.";
        assert_eq!(body_stances(text, targets()), [vec![]]);
    }
}
