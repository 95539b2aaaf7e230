//! The knowledge the stages use, loaded once and borrowed by every stage: the lexicons of
//! `models/lexicons/`, compiled into the binary or read from a directory.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::document::{Gender, Polarity, SentenceKind, StanceLabel, Strength, Token};
use crate::encoder::Encoder;
use crate::error::Error;

/// Which way a course of action moves what it names (`action_directions.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    More,
    Less,
    Keep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationClass {
    Title,
    Number,
    Other,
    Time,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    Speech,
    Belief,
    /// An attitude stated of the subject ("was cautious", "remains wary of"): a view
    /// the writer describes, not words reported.
    Attitude,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    Role,
    Honorific(Gender),
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePart {
    Word,
    Actor,
    Action,
}

/// One pattern of `recommendation_cues.txt`.
#[derive(Debug, Clone)]
pub struct RecommendationCue {
    /// Words and slots in order; `Word` parts take the next entry of `words`.
    pub parts: Vec<CuePart>,
    pub words: Vec<String>,
    pub strength: Strength,
    pub polarity: Polarity,
    pub confidence: f32,
}

impl RecommendationCue {
    pub fn has_actor_slot(&self) -> bool {
        self.parts.contains(&CuePart::Actor)
    }
    /// Number of literal words, used to prefer longer patterns.
    pub fn weight(&self) -> usize {
        self.words.len()
    }
}

/// Lexicons, and the sentence encoder when the pipeline runs with a model.
#[derive(Clone)]
pub struct Resources {
    pub abbreviations: HashMap<String, AbbreviationClass>,
    pub sentence_starters: HashSet<String>,
    pub boilerplate: Vec<String>,
    /// Openings of photo lines, with the kind of sentence they open.
    pub credits: Vec<(String, SentenceKind)>,
    pub speech_verbs: HashMap<String, VerbClass>,
    /// Speech verbs of several words ("issued a statement"), as lowercase words.
    pub speech_phrases: Vec<Vec<String>>,
    /// The speech phrases that state an attitude ("was more skeptical").
    pub attitude_phrases: Vec<Vec<String>>,
    pub titles: HashMap<String, TitleClass>,
    /// Offices one person holds at a time (titles.txt, "one"): "the president said",
    /// with no president named, is that person speaking.
    pub single_offices: HashSet<String>,
    pub organisation_words: HashSet<String>,
    /// Generic nouns for a business ("company", "carmaker"): "the company" is the
    /// organisation that spoke last.
    pub company_nouns: HashSet<String>,
    /// Words of a name that mark an organisation as no business ("union", "ministry").
    pub public_body_words: HashSet<String>,
    /// Those of them that mark a body setting public rules ("ministry", "district").
    pub governing_words: HashSet<String>,
    /// Verbs of carrying out what their object names ("go on", "hold", "launch").
    pub undertaking_verbs: Vec<Vec<String>>,
    /// For a generic noun of an organisation ("city"), the words of the names it may
    /// stand for ("metropolitan").
    pub organisation_descriptions: HashMap<String, Vec<String>>,
    pub pronouns: HashMap<String, Option<Gender>>,
    pub recommendation_cues: Vec<RecommendationCue>,
    /// Indices into `recommendation_cues` by the cue's first word.
    pub cues_by_first_word: HashMap<String, Vec<usize>>,
    pub base_verbs: HashSet<String>,
    /// Phrases as lowercase word sequences.
    pub stance_cues: Vec<(Vec<String>, StanceLabel)>,
    pub evaluative: Vec<(Vec<String>, StanceLabel)>,
    /// Opening words of an action whose subject is a target, with the side they take.
    pub subject_changes: Vec<(Vec<String>, StanceLabel)>,
    /// Words and phrases that give a sentence the form of advice ("should", "please",
    /// "would be nice").
    pub urging_phrases: Vec<Vec<String>>,
    /// Phrases that give the form of advice only in a text in its writer's own voice,
    /// with no one reported (a review, a post): "would help", "a word of warning". In
    /// a report they are a speaker's argument ("More sailings would help").
    pub own_voice_urging_phrases: Vec<Vec<String>>,
    /// Acts by which a group takes a side in public, told without a verb of speech
    /// ("collected signatures against").
    pub position_acts: Vec<Vec<String>>,
    /// Predicates that urge their subject ("is needed"), with their strength.
    pub necessity_predicates: Vec<(Vec<String>, Strength)>,
    /// Words that make a target's name the removal of what its aliases name.
    pub removal_words: Vec<Vec<String>>,
    /// Removal words that mean the same, each group a list ("closing", "abolishing").
    pub removal_synonyms: Vec<Vec<String>>,
    /// Phrases that put a condition on a side taken ("but only as part of", "only if"):
    /// the sentence takes none.
    pub condition_phrases: Vec<Vec<String>>,
    /// Verbs of reaction that end a sentence, and whether they agree with the side of
    /// the sentence before ("agreed") or take the other one ("pushed back").
    pub reactions: Vec<(Vec<String>, bool)>,
    /// Positions stated without their object, ending a clause ("expressed
    /// opposition."), with their side.
    pub declared_positions: Vec<(Vec<String>, StanceLabel)>,
    /// Phrases of time that may stand between a stance cue and its target ("call on
    /// Monday for X").
    pub time_phrases: Vec<Vec<String>>,
    /// Adverbials of the present state or of habit ("currently", "every time"): a
    /// modal's clause that holds one tells what happens.
    pub habitual_phrases: Vec<Vec<String>>,
    /// A review's verdicts that recommend what it reviews when they open a sentence
    /// ("Well worth a visit.", "A must-see").
    pub verdict_phrases: Vec<Vec<String>>,
    /// Verbs with their preposition whose object is a problem to be handled ("deal
    /// with").
    pub handling_phrases: Vec<Vec<String>>,
    /// Phrases that spread a course of action over time ("phase in", "gradually").
    pub phasing_phrases: Vec<Vec<String>>,
    /// Nouns that refer back to a proposal after a demonstrative ("that model").
    pub anaphor_nouns: HashSet<String>,
    /// Nouns of a harm or a setback ("drop", "complaints"), denied as a target's good.
    pub harm_nouns: HashSet<String>,
    /// Nouns of evidence ("data", "studies"): what they "suggest" is a link, not advice.
    pub evidence_nouns: HashSet<String>,
    /// Past forms that do not end in "-ed" ("grew", "hit").
    pub past_forms: HashSet<String>,
    /// Words that open the name of a target that puts a rule in place ("banning",
    /// "mandatory").
    pub rule_openers: HashSet<String>,
    /// Head nouns of the name of a target that puts a rule in place ("ban").
    pub rule_heads: HashSet<String>,
    /// Words that estimate the effort of a task ("hard", "simple") after "it should be".
    pub effort_words: HashSet<String>,
    /// Verbs that invite a reply before "me" or "us" ("contact", "pm").
    pub contact_verbs: HashSet<String>,
    /// Nouns of a forum post itself ("idea", "thread") after "vote for this".
    pub post_nouns: HashSet<String>,
    /// Nouns that name a target after a word only its names hold ("the hanbok perk").
    pub keyword_nouns: HashSet<String>,
    /// The nouns of an action by the base form of its verb ("raise": "increase",
    /// "hike"): how a target that names an action is referred to once named.
    pub nominalizations: HashMap<String, Vec<String>>,
    /// Nouns that refer to a thing named by another ("tax": "levy"), by that noun.
    pub noun_synonyms: HashMap<String, Vec<String>>,
    /// Verbs of examining a thing without taking a side on it ("should study X").
    pub review_verbs: HashSet<String>,
    /// Nouns of a course of action after which "to" is a preposition ("a delay to").
    pub prepositional_nouns: HashSet<String>,
    /// Nouns of a document that speaks for its author after "according to" ("a
    /// study", "a count").
    pub source_documents: HashSet<String>,
    /// Verbs whose subject does good or harm ("would spare", "would undermine").
    pub consequence_verbs: HashMap<String, StanceLabel>,
    /// Verbs that raise (favor) or lower (against) a quantity.
    pub effect_verbs: HashMap<String, StanceLabel>,
    /// Verbs of a quantity that rises (favor) or falls (against) by itself.
    pub change_verbs: HashMap<String, StanceLabel>,
    /// Quantities good (favor) or bad (against) to have more of.
    pub effect_nouns: HashMap<String, StanceLabel>,
    /// The effect nouns for what someone charges ("fares", "prices"): takings to their
    /// owner ("their fares"), a cost to whoever pays.
    pub charged_nouns: HashSet<String>,
    /// Nouns for a rule, a law or an agreement ("Under the rule, ...").
    pub rule_nouns: HashSet<String>,
    /// People a rule sets conditions for ("applicants"): a strong modal after one states
    /// a condition, not advice.
    pub applicant_nouns: HashSet<String>,
    /// Nouns that name a group by its side ("critics", "supporters").
    pub side_nouns: HashMap<String, StanceLabel>,
    /// Words of a heading that mark an article as opinion ("editorial", "column").
    pub opinion_markers: Vec<String>,
    /// Labels that open a paragraph in the writer's own voice ("Our take:").
    pub opinion_labels: Vec<String>,
    /// Words of a heading or an introduction that mark an article as an interview.
    pub interview_markers: Vec<String>,
    /// Which way a course of action moves what it names, by its first word ("raise":
    /// more, "ban": less, "keep": as it is).
    pub action_directions: HashMap<String, Direction>,
    /// The sentence encoder; `None` runs the rule-based stages alone.
    pub encoder: Option<std::sync::Arc<dyn Encoder>>,
    /// The learned recommendation head over the encoder's embeddings.
    pub recommend_head: Option<std::sync::Arc<crate::classifier::LogisticHead>>,
    /// The recommendation head for texts in their writer's own voice (no one
    /// reported): reviews, forum posts. Without it `recommend_head` reads them too.
    pub own_voice_recommend_head: Option<std::sync::Arc<crate::classifier::LogisticHead>>,
    /// The learned stance head over the encoder's embeddings.
    pub stance_head: Option<std::sync::Arc<crate::classifier::SoftmaxHead>>,
    /// The similarity from which a recommendation's action names a target in other
    /// words (`models/heads/relevance.json`).
    pub relevance: Option<std::sync::Arc<crate::relevance::RelevanceThreshold>>,
}

impl std::fmt::Debug for Resources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resources")
            .field("abbreviations", &self.abbreviations.len())
            .field("speech_verbs", &self.speech_verbs.len())
            .field("recommendation_cues", &self.recommendation_cues.len())
            .field(
                "encoder",
                &self.encoder.as_ref().map(|e| e.name().to_string()),
            )
            .finish_non_exhaustive()
    }
}

const FILES: [(&str, &str); 53] = [
    (
        "consequence_verbs.txt",
        include_str!("../models/lexicons/consequence_verbs.txt"),
    ),
    (
        "effect_verbs.txt",
        include_str!("../models/lexicons/effect_verbs.txt"),
    ),
    (
        "effect_nouns.txt",
        include_str!("../models/lexicons/effect_nouns.txt"),
    ),
    (
        "change_verbs.txt",
        include_str!("../models/lexicons/change_verbs.txt"),
    ),
    (
        "rule_nouns.txt",
        include_str!("../models/lexicons/rule_nouns.txt"),
    ),
    (
        "applicant_nouns.txt",
        include_str!("../models/lexicons/applicant_nouns.txt"),
    ),
    (
        "side_nouns.txt",
        include_str!("../models/lexicons/side_nouns.txt"),
    ),
    (
        "condition_phrases.txt",
        include_str!("../models/lexicons/condition_phrases.txt"),
    ),
    (
        "reaction_verbs.txt",
        include_str!("../models/lexicons/reaction_verbs.txt"),
    ),
    (
        "time_phrases.txt",
        include_str!("../models/lexicons/time_phrases.txt"),
    ),
    (
        "habitual_phrases.txt",
        include_str!("../models/lexicons/habitual_phrases.txt"),
    ),
    (
        "verdict_phrases.txt",
        include_str!("../models/lexicons/verdict_phrases.txt"),
    ),
    (
        "handling_phrases.txt",
        include_str!("../models/lexicons/handling_phrases.txt"),
    ),
    (
        "phasing_phrases.txt",
        include_str!("../models/lexicons/phasing_phrases.txt"),
    ),
    (
        "declared_positions.txt",
        include_str!("../models/lexicons/declared_positions.txt"),
    ),
    (
        "harm_nouns.txt",
        include_str!("../models/lexicons/harm_nouns.txt"),
    ),
    (
        "evidence_nouns.txt",
        include_str!("../models/lexicons/evidence_nouns.txt"),
    ),
    (
        "past_forms.txt",
        include_str!("../models/lexicons/past_forms.txt"),
    ),
    (
        "effort_words.txt",
        include_str!("../models/lexicons/effort_words.txt"),
    ),
    (
        "rule_making_words.txt",
        include_str!("../models/lexicons/rule_making_words.txt"),
    ),
    (
        "post_words.txt",
        include_str!("../models/lexicons/post_words.txt"),
    ),
    (
        "removal_words.txt",
        include_str!("../models/lexicons/removal_words.txt"),
    ),
    (
        "review_verbs.txt",
        include_str!("../models/lexicons/review_verbs.txt"),
    ),
    (
        "prepositional_nouns.txt",
        include_str!("../models/lexicons/prepositional_nouns.txt"),
    ),
    (
        "source_documents.txt",
        include_str!("../models/lexicons/source_documents.txt"),
    ),
    (
        "necessity_predicates.txt",
        include_str!("../models/lexicons/necessity_predicates.txt"),
    ),
    (
        "anaphor_nouns.txt",
        include_str!("../models/lexicons/anaphor_nouns.txt"),
    ),
    (
        "keyword_nouns.txt",
        include_str!("../models/lexicons/keyword_nouns.txt"),
    ),
    (
        "nominalizations.txt",
        include_str!("../models/lexicons/nominalizations.txt"),
    ),
    (
        "noun_synonyms.txt",
        include_str!("../models/lexicons/noun_synonyms.txt"),
    ),
    (
        "company_nouns.txt",
        include_str!("../models/lexicons/company_nouns.txt"),
    ),
    (
        "public_body_words.txt",
        include_str!("../models/lexicons/public_body_words.txt"),
    ),
    (
        "undertaking_verbs.txt",
        include_str!("../models/lexicons/undertaking_verbs.txt"),
    ),
    (
        "organisation_descriptions.txt",
        include_str!("../models/lexicons/organisation_descriptions.txt"),
    ),
    (
        "subject_changes.txt",
        include_str!("../models/lexicons/subject_changes.txt"),
    ),
    (
        "urging_phrases.txt",
        include_str!("../models/lexicons/urging_phrases.txt"),
    ),
    (
        "position_acts.txt",
        include_str!("../models/lexicons/position_acts.txt"),
    ),
    (
        "action_directions.txt",
        include_str!("../models/lexicons/action_directions.txt"),
    ),
    (
        "abbreviations.txt",
        include_str!("../models/lexicons/abbreviations.txt"),
    ),
    (
        "sentence_starters.txt",
        include_str!("../models/lexicons/sentence_starters.txt"),
    ),
    (
        "boilerplate.txt",
        include_str!("../models/lexicons/boilerplate.txt"),
    ),
    (
        "credits.txt",
        include_str!("../models/lexicons/credits.txt"),
    ),
    (
        "speech_verbs.txt",
        include_str!("../models/lexicons/speech_verbs.txt"),
    ),
    ("titles.txt", include_str!("../models/lexicons/titles.txt")),
    (
        "organisation_words.txt",
        include_str!("../models/lexicons/organisation_words.txt"),
    ),
    (
        "pronouns.txt",
        include_str!("../models/lexicons/pronouns.txt"),
    ),
    (
        "recommendation_cues.txt",
        include_str!("../models/lexicons/recommendation_cues.txt"),
    ),
    (
        "base_verbs.txt",
        include_str!("../models/lexicons/base_verbs.txt"),
    ),
    (
        "stance_cues.txt",
        include_str!("../models/lexicons/stance_cues.txt"),
    ),
    (
        "evaluative.txt",
        include_str!("../models/lexicons/evaluative.txt"),
    ),
    (
        "opinion_markers.txt",
        include_str!("../models/lexicons/opinion_markers.txt"),
    ),
    (
        "opinion_labels.txt",
        include_str!("../models/lexicons/opinion_labels.txt"),
    ),
    (
        "interview_markers.txt",
        include_str!("../models/lexicons/interview_markers.txt"),
    ),
];

/// The entries of a lexicon file: lines without comments, split on tabs.
fn entries(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            None
        } else {
            Some((i + 1, line.split('\t').map(str::trim).collect()))
        }
    })
}

/// A list of `key<TAB>value` lines as each key's values, in order, both lowercased
/// (several lines may share a key).
fn grouped(file: &str, text: &str) -> Result<HashMap<String, Vec<String>>, Error> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for (line, fields) in entries(text) {
        let value = field(file, line, &fields, 1)?.to_lowercase();
        map.entry(fields[0].to_lowercase()).or_default().push(value);
    }
    Ok(map)
}

fn field<'a>(file: &str, line: usize, fields: &[&'a str], i: usize) -> Result<&'a str, Error> {
    fields.get(i).copied().ok_or_else(|| Error::Lexicon {
        file: file.to_string(),
        line,
        message: format!("expected at least {} tab-separated fields", i + 1),
    })
}

fn bad(file: &str, line: usize, message: String) -> Error {
    Error::Lexicon {
        file: file.to_string(),
        line,
        message,
    }
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

fn parse_label(file: &str, line: usize, s: &str) -> Result<StanceLabel, Error> {
    match s {
        "favor" | "positive" => Ok(StanceLabel::Favor),
        "against" | "negative" => Ok(StanceLabel::Against),
        "neutral" => Ok(StanceLabel::Neutral),
        other => Err(bad(file, line, format!("unknown label '{other}'"))),
    }
}

impl Resources {
    /// The lexicons compiled into the binary.
    pub fn embedded() -> &'static Resources {
        static EMBEDDED: std::sync::OnceLock<Resources> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| {
            Resources::parse(|name| {
                FILES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, t)| t.to_string())
                    .ok_or_else(|| Error::Lexicon {
                        file: name.to_string(),
                        line: 0,
                        message: "not compiled in".into(),
                    })
            })
            .unwrap_or_else(|e| panic!("the embedded lexicons are malformed: {e}"))
        })
    }

    /// Lexicons read from a directory holding the same files as `models/lexicons/`.
    pub fn from_dir(dir: &Path) -> Result<Resources, Error> {
        Resources::parse(|name| crate::io::read_text(&dir.join(name)))
    }

    fn parse(read: impl Fn(&str) -> Result<String, Error>) -> Result<Resources, Error> {
        let mut r = Resources {
            abbreviations: HashMap::new(),
            sentence_starters: HashSet::new(),
            boilerplate: Vec::new(),
            credits: Vec::new(),
            speech_verbs: HashMap::new(),
            speech_phrases: Vec::new(),
            attitude_phrases: Vec::new(),
            titles: HashMap::new(),
            single_offices: HashSet::new(),
            organisation_words: HashSet::new(),
            company_nouns: HashSet::new(),
            public_body_words: HashSet::new(),
            governing_words: HashSet::new(),
            undertaking_verbs: Vec::new(),
            organisation_descriptions: HashMap::new(),
            pronouns: HashMap::new(),
            recommendation_cues: Vec::new(),
            cues_by_first_word: HashMap::new(),
            base_verbs: HashSet::new(),
            stance_cues: Vec::new(),
            evaluative: Vec::new(),
            subject_changes: Vec::new(),
            opinion_markers: Vec::new(),
            opinion_labels: Vec::new(),
            interview_markers: Vec::new(),
            urging_phrases: Vec::new(),
            own_voice_urging_phrases: Vec::new(),
            position_acts: Vec::new(),
            necessity_predicates: Vec::new(),
            anaphor_nouns: HashSet::new(),
            harm_nouns: HashSet::new(),
            evidence_nouns: HashSet::new(),
            past_forms: HashSet::new(),
            effort_words: HashSet::new(),
            rule_openers: HashSet::new(),
            rule_heads: HashSet::new(),
            contact_verbs: HashSet::new(),
            post_nouns: HashSet::new(),
            keyword_nouns: HashSet::new(),
            nominalizations: HashMap::new(),
            noun_synonyms: HashMap::new(),
            review_verbs: HashSet::new(),
            prepositional_nouns: HashSet::new(),
            source_documents: HashSet::new(),
            removal_words: Vec::new(),
            removal_synonyms: Vec::new(),
            condition_phrases: Vec::new(),
            time_phrases: Vec::new(),
            habitual_phrases: Vec::new(),
            verdict_phrases: Vec::new(),
            handling_phrases: Vec::new(),
            phasing_phrases: Vec::new(),
            side_nouns: HashMap::new(),
            rule_nouns: HashSet::new(),
            applicant_nouns: HashSet::new(),
            consequence_verbs: HashMap::new(),
            effect_verbs: HashMap::new(),
            change_verbs: HashMap::new(),
            effect_nouns: HashMap::new(),
            charged_nouns: HashSet::new(),
            reactions: Vec::new(),
            declared_positions: Vec::new(),
            action_directions: HashMap::new(),
            encoder: None,
            recommend_head: None,
            own_voice_recommend_head: None,
            stance_head: None,
            relevance: None,
        };

        let f = "abbreviations.txt";
        for (line, fields) in entries(&read(f)?) {
            let class = match field(f, line, &fields, 1)? {
                "title" => AbbreviationClass::Title,
                "number" => AbbreviationClass::Number,
                "other" => AbbreviationClass::Other,
                "time" => AbbreviationClass::Time,
                other => return Err(bad(f, line, format!("unknown class '{other}'"))),
            };
            r.abbreviations.insert(fields[0].to_lowercase(), class);
        }
        for (_, fields) in entries(&read("sentence_starters.txt")?) {
            r.sentence_starters.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("boilerplate.txt")?) {
            r.boilerplate.push(fields[0].to_lowercase());
        }
        let f = "credits.txt";
        for (line, fields) in entries(&read(f)?) {
            let kind = match field(f, line, &fields, 1)? {
                "credit" => SentenceKind::Credit,
                "caption" => SentenceKind::Caption,
                other => return Err(bad(f, line, format!("unknown kind '{other}'"))),
            };
            r.credits.push((fields[0].to_lowercase(), kind));
        }
        let f = "speech_verbs.txt";
        for (line, fields) in entries(&read(f)?) {
            let class = match field(f, line, &fields, 1)? {
                "speech" => VerbClass::Speech,
                "belief" => VerbClass::Belief,
                "attitude" => VerbClass::Attitude,
                other => return Err(bad(f, line, format!("unknown class '{other}'"))),
            };
            if fields[0].contains(' ') {
                if class == VerbClass::Attitude {
                    r.attitude_phrases.push(words(fields[0]));
                }
                r.speech_phrases.push(words(fields[0]));
            } else {
                r.speech_verbs.insert(fields[0].to_lowercase(), class);
            }
        }
        let f = "titles.txt";
        for (line, fields) in entries(&read(f)?) {
            let class = match field(f, line, &fields, 1)? {
                "role" => TitleClass::Role,
                "male" => TitleClass::Honorific(Gender::Male),
                "female" => TitleClass::Honorific(Gender::Female),
                "group" => TitleClass::Group,
                other => return Err(bad(f, line, format!("unknown class '{other}'"))),
            };
            match fields.get(2) {
                Some(&"one") => {
                    r.single_offices.insert(fields[0].to_lowercase());
                }
                Some(other) => return Err(bad(f, line, format!("unknown mark '{other}'"))),
                None => {}
            }
            r.titles.insert(fields[0].to_lowercase(), class);
        }
        for (_, fields) in entries(&read("organisation_words.txt")?) {
            r.organisation_words.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("company_nouns.txt")?) {
            r.company_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("public_body_words.txt")?) {
            r.public_body_words.insert(fields[0].to_lowercase());
            if fields.get(1).is_some_and(|kind| *kind == "governs") {
                r.governing_words.insert(fields[0].to_lowercase());
            }
        }
        for (_, fields) in entries(&read("undertaking_verbs.txt")?) {
            r.undertaking_verbs.push(
                fields[0]
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect(),
            );
        }
        let f = "organisation_descriptions.txt";
        r.organisation_descriptions = grouped(f, &read(f)?)?;
        let f = "pronouns.txt";
        for (line, fields) in entries(&read(f)?) {
            let gender = match field(f, line, &fields, 1)? {
                "female" => Some(Gender::Female),
                "male" => Some(Gender::Male),
                "any" => None,
                other => return Err(bad(f, line, format!("unknown gender '{other}'"))),
            };
            r.pronouns.insert(fields[0].to_lowercase(), gender);
        }
        let f = "urging_phrases.txt";
        for (line, fields) in entries(&read(f)?) {
            match fields.get(1) {
                None => r.urging_phrases.push(words(fields[0])),
                Some(&"own voice") => r.own_voice_urging_phrases.push(words(fields[0])),
                Some(other) => {
                    return Err(bad(
                        f,
                        line,
                        format!("unknown scope '{other}' (only 'own voice')"),
                    ));
                }
            }
        }
        for (_, fields) in entries(&read("position_acts.txt")?) {
            r.position_acts.push(words(fields[0]));
        }
        let f = "necessity_predicates.txt";
        for (line, fields) in entries(&read(f)?) {
            let strength = parse_strength(f, line, &fields, 1)?;
            r.necessity_predicates.push((words(fields[0]), strength));
        }
        let mut synonyms: Vec<(String, Vec<String>)> = Vec::new();
        for (_, fields) in entries(&read("removal_words.txt")?) {
            r.removal_words.push(words(fields[0]));
            if let Some(group) = fields.get(1) {
                let word = fields[0].to_lowercase();
                match synonyms.iter_mut().find(|(g, _)| g == group) {
                    Some((_, members)) => members.push(word),
                    None => synonyms.push((group.to_string(), vec![word])),
                }
            }
        }
        r.removal_synonyms = synonyms.into_iter().map(|(_, members)| members).collect();
        for (_, fields) in entries(&read("review_verbs.txt")?) {
            r.review_verbs.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("prepositional_nouns.txt")?) {
            r.prepositional_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("source_documents.txt")?) {
            r.source_documents.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("condition_phrases.txt")?) {
            r.condition_phrases.push(words(fields[0]));
        }
        for (_, fields) in entries(&read("rule_nouns.txt")?) {
            r.rule_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("applicant_nouns.txt")?) {
            r.applicant_nouns.insert(fields[0].to_lowercase());
        }
        for (f, sides) in [
            ("consequence_verbs.txt", &mut r.consequence_verbs),
            ("effect_verbs.txt", &mut r.effect_verbs),
            ("change_verbs.txt", &mut r.change_verbs),
            ("side_nouns.txt", &mut r.side_nouns),
        ] {
            for (line, fields) in entries(&read(f)?) {
                let label = parse_label(f, line, field(f, line, &fields, 1)?)?;
                sides.insert(fields[0].to_lowercase(), label);
            }
        }
        let f = "action_directions.txt";
        for (line, fields) in entries(&read(f)?) {
            let direction = match field(f, line, &fields, 1)? {
                "more" => Direction::More,
                "less" => Direction::Less,
                "keep" => Direction::Keep,
                other => {
                    return Err(bad(
                        f,
                        line,
                        format!("unknown direction '{other}' (more, less or keep)"),
                    ));
                }
            };
            r.action_directions
                .insert(fields[0].to_lowercase(), direction);
        }
        let f = "effect_nouns.txt";
        for (line, fields) in entries(&read(f)?) {
            let label = parse_label(f, line, field(f, line, &fields, 1)?)?;
            r.effect_nouns.insert(fields[0].to_lowercase(), label);
            match fields.get(2).copied() {
                None => {}
                Some("charged") => {
                    r.charged_nouns.insert(fields[0].to_lowercase());
                }
                Some(other) => {
                    return Err(bad(
                        f,
                        line,
                        format!("unknown note '{other}' (only 'charged')"),
                    ));
                }
            }
        }
        for (_, fields) in entries(&read("time_phrases.txt")?) {
            r.time_phrases.push(words(fields[0]));
        }
        for (_, fields) in entries(&read("habitual_phrases.txt")?) {
            r.habitual_phrases.push(words(fields[0]));
        }
        for (_, fields) in entries(&read("verdict_phrases.txt")?) {
            r.verdict_phrases.push(words(fields[0]));
        }
        for (_, fields) in entries(&read("handling_phrases.txt")?) {
            r.handling_phrases.push(words(fields[0]));
        }
        for (_, fields) in entries(&read("phasing_phrases.txt")?) {
            r.phasing_phrases.push(words(fields[0]));
        }
        let f = "reaction_verbs.txt";
        for (line, fields) in entries(&read(f)?) {
            let agrees = match field(f, line, &fields, 1)? {
                "agree" => true,
                "disagree" => false,
                other => return Err(bad(f, line, format!("unknown reaction '{other}'"))),
            };
            r.reactions.push((words(fields[0]), agrees));
        }
        for (_, fields) in entries(&read("anaphor_nouns.txt")?) {
            r.anaphor_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("harm_nouns.txt")?) {
            r.harm_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("evidence_nouns.txt")?) {
            r.evidence_nouns.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("effort_words.txt")?) {
            r.effort_words.insert(fields[0].to_lowercase());
        }
        let f = "rule_making_words.txt";
        for (line, fields) in entries(&read(f)?) {
            let word = fields[0].to_lowercase();
            match field(f, line, &fields, 1)? {
                "opens" => r.rule_openers.insert(word),
                "head" => r.rule_heads.insert(word),
                other => {
                    return Err(bad(
                        f,
                        line,
                        format!("unknown place '{other}' (only 'opens' or 'head')"),
                    ));
                }
            };
        }
        let f = "post_words.txt";
        for (line, fields) in entries(&read(f)?) {
            let word = fields[0].to_lowercase();
            match field(f, line, &fields, 1)? {
                "contact" => r.contact_verbs.insert(word),
                "post" => r.post_nouns.insert(word),
                other => {
                    return Err(bad(
                        f,
                        line,
                        format!("unknown kind '{other}' (only 'contact' or 'post')"),
                    ));
                }
            };
        }
        for (_, fields) in entries(&read("past_forms.txt")?) {
            r.past_forms.insert(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("keyword_nouns.txt")?) {
            r.keyword_nouns.insert(fields[0].to_lowercase());
        }
        let f = "nominalizations.txt";
        r.nominalizations = grouped(f, &read(f)?)?;
        let f = "noun_synonyms.txt";
        r.noun_synonyms = grouped(f, &read(f)?)?;
        for (_, fields) in entries(&read("opinion_markers.txt")?) {
            r.opinion_markers.push(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("opinion_labels.txt")?) {
            r.opinion_labels.push(fields[0].to_lowercase());
        }
        for (_, fields) in entries(&read("interview_markers.txt")?) {
            r.interview_markers.push(fields[0].to_lowercase());
        }
        let f = "recommendation_cues.txt";
        for (line, fields) in entries(&read(f)?) {
            r.recommendation_cues.push(parse_cue(f, line, &fields)?);
        }
        for (i, cue) in r.recommendation_cues.iter().enumerate() {
            if let Some(first) = cue.words.first() {
                r.cues_by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push(i);
            }
        }
        for (_, fields) in entries(&read("base_verbs.txt")?) {
            r.base_verbs.insert(fields[0].to_lowercase());
        }
        for f in [
            "stance_cues.txt",
            "evaluative.txt",
            "subject_changes.txt",
            "declared_positions.txt",
        ] {
            for (line, fields) in entries(&read(f)?) {
                let label = parse_label(f, line, field(f, line, &fields, 1)?)?;
                let entry = (words(fields[0]), label);
                match f {
                    "stance_cues.txt" => r.stance_cues.push(entry),
                    "evaluative.txt" => r.evaluative.push(entry),
                    "declared_positions.txt" => r.declared_positions.push(entry),
                    _ => r.subject_changes.push(entry),
                }
            }
        }
        // "reacted with alarm to the shuttle plan", "balked at the fee": a verb of
        // reaction before "to" or "at" and a target takes a side on it, as the
        // reaction does on what it answers.
        for (phrase, agrees) in &r.reactions {
            let label = if *agrees {
                StanceLabel::Favor
            } else {
                StanceLabel::Against
            };
            for preposition in ["to", "at"] {
                let mut cue = phrase.clone();
                cue.push(preposition.to_string());
                if !r.stance_cues.iter().any(|(c, _)| *c == cue) {
                    r.stance_cues.push((cue, label));
                }
            }
        }
        Ok(r)
    }

    /// The same lexicons with a sentence encoder.
    pub fn with_encoder(mut self, encoder: std::sync::Arc<dyn Encoder>) -> Self {
        self.encoder = Some(encoder);
        self
    }

    /// The same resources with a learned recommendation head.
    pub fn with_recommend_head(mut self, head: crate::classifier::LogisticHead) -> Self {
        self.recommend_head = Some(std::sync::Arc::new(head));
        self
    }

    /// The same resources with a learned recommendation head for texts in their
    /// writer's own voice.
    pub fn with_own_voice_recommend_head(mut self, head: crate::classifier::LogisticHead) -> Self {
        self.own_voice_recommend_head = Some(std::sync::Arc::new(head));
        self
    }

    /// The same resources with the similarity threshold of actions in other words.
    pub fn with_relevance(mut self, threshold: crate::relevance::RelevanceThreshold) -> Self {
        self.relevance = Some(std::sync::Arc::new(threshold));
        self
    }

    /// The same resources with a learned stance head.
    pub fn with_stance_head(mut self, head: crate::classifier::SoftmaxHead) -> Self {
        self.stance_head = Some(std::sync::Arc::new(head));
        self
    }

    pub fn is_speech_verb(&self, lower: &str) -> Option<VerbClass> {
        self.speech_verbs.get(lower).copied()
    }

    /// Whether a lowercase word is a title of role or function (titles.txt: "minister",
    /// "spokesman", "secretary-general").
    pub fn is_role(&self, lower: &str) -> bool {
        self.titles.get(lower) == Some(&TitleClass::Role)
    }

    /// The length in tokens of the longest phrase of time (time_phrases.txt) that ends
    /// just before token `end` ("on Monday", "last week").
    /// The length in tokens of the longest time phrase that starts at token `start`.
    pub fn time_phrase_at(&self, tokens: &[Token], start: usize) -> Option<usize> {
        let day = day_of_month_at(tokens, start).then_some(3);
        self.time_phrases
            .iter()
            .filter(|p| crate::text::phrase_at(tokens, start, p))
            .map(Vec::len)
            .chain(day)
            .max()
    }

    /// Whether a phrase of speech (`speech_verbs.txt`, several words) opens at token
    /// `k`, a phrase of time allowed after its first word ("pledged on the 5th to").
    pub fn speech_phrase_at(&self, tokens: &[Token], k: usize) -> bool {
        // "Because it is certain", "it is sure to rise": an impersonal "it" holds no view.
        let impersonal = k > 0
            && tokens[k - 1].lower == "it"
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "certain" | "sure"));
        !impersonal
            && self.speech_phrases.iter().any(|p| {
                crate::text::phrase_at(tokens, k, p)
                    || (p.len() >= 2
                        && tokens.get(k).is_some_and(|t| t.lower == p[0])
                        && self
                            .time_phrase_at(tokens, k + 1)
                            .is_some_and(|n| crate::text::phrase_at(tokens, k + 1 + n, &p[1..])))
            })
    }

    /// Where the phrases of time that end at token `end` begin, going back over as
    /// many as there are but keeping at least one token after `floor` ("asked the
    /// government on Monday to": the actor ends before "on Monday").
    pub fn before_time_phrases(&self, tokens: &[Token], mut end: usize, floor: usize) -> usize {
        while let Some(len) = self
            .time_phrase_before(tokens, end)
            .filter(|&l| end - l > floor)
        {
            end -= len;
        }
        end
    }

    /// Whether `word` is a removal word of one word ("scrap", "lift").
    pub fn is_removal_word(&self, word: &str) -> bool {
        self.removal_words
            .iter()
            .any(|r| r.len() == 1 && r[0] == word)
    }

    pub fn time_phrase_before(&self, tokens: &[Token], end: usize) -> Option<usize> {
        let day = (end >= 3 && day_of_month_at(tokens, end - 3)).then_some(3);
        self.time_phrases
            .iter()
            .filter(|p| p.len() <= end && crate::text::phrase_at(tokens, end - p.len(), p))
            .map(Vec::len)
            .chain(day)
            .max()
    }
}

/// Whether "on the 14th", a day of the month as translated Korean news gives dates,
/// opens at token `start` (three tokens).
fn day_of_month_at(tokens: &[Token], start: usize) -> bool {
    tokens.get(start).is_some_and(|t| t.lower == "on")
        && tokens.get(start + 1).is_some_and(|t| t.lower == "the")
        && tokens.get(start + 2).is_some_and(is_ordinal)
}

/// "14th" in "on the 14th": the day of the month, as translated Korean news gives dates.
fn is_ordinal(t: &Token) -> bool {
    let digits = t.lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&t.lower[digits.len()..], "st" | "nd" | "rd" | "th")
}

fn parse_strength(f: &str, line: usize, fields: &[&str], at: usize) -> Result<Strength, Error> {
    match field(f, line, fields, at)? {
        "strong" => Ok(Strength::Strong),
        "moderate" => Ok(Strength::Moderate),
        "weak" => Ok(Strength::Weak),
        other => Err(bad(f, line, format!("unknown strength '{other}'"))),
    }
}

fn parse_cue(f: &str, line: usize, fields: &[&str]) -> Result<RecommendationCue, Error> {
    let pattern = fields[0];
    let strength = parse_strength(f, line, fields, 1)?;
    let polarity = match field(f, line, fields, 2)? {
        "do" => Polarity::Do,
        "avoid" => Polarity::Avoid,
        other => return Err(bad(f, line, format!("unknown polarity '{other}'"))),
    };
    let confidence: f32 = field(f, line, fields, 3)?
        .parse()
        .map_err(|_| bad(f, line, "confidence is not a number".into()))?;
    let mut parts = Vec::new();
    let mut words = Vec::new();
    for w in pattern.split_whitespace() {
        match w {
            "{actor}" => parts.push(CuePart::Actor),
            "{act}" => parts.push(CuePart::Action),
            w => {
                parts.push(CuePart::Word);
                words.push(w.to_lowercase());
            }
        }
    }
    if parts.last() != Some(&CuePart::Action) {
        return Err(bad(f, line, "a pattern must end with {act}".into()));
    }
    if parts.first() != Some(&CuePart::Word) {
        return Err(bad(f, line, "a pattern must start with a word".into()));
    }
    Ok(RecommendationCue {
        parts,
        words,
        strength,
        polarity,
        confidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_lexicon_lists_an_entry_twice() {
        for (file, text) in FILES {
            let mut seen = std::collections::HashSet::new();
            for (line, fields) in entries(text) {
                let entry = fields.join("\t").to_lowercase();
                assert!(
                    seen.insert(entry.clone()),
                    "{file}:{line} repeats {entry:?}"
                );
            }
        }
    }

    #[test]
    fn embedded_lexicons_parse() {
        let r = Resources::embedded();
        assert_eq!(r.abbreviations.get("mr"), Some(&AbbreviationClass::Title));
        assert_eq!(r.is_speech_verb("said"), Some(VerbClass::Speech));
        assert!(r.recommendation_cues.iter().any(|c| c.has_actor_slot()));
    }

    #[test]
    fn from_dir_reads_the_shipped_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/lexicons");
        let r = Resources::from_dir(&dir).expect("models/lexicons loads");
        assert_eq!(r.base_verbs.len(), Resources::embedded().base_verbs.len());
    }

    #[test]
    fn malformed_lexicon_is_an_error() {
        let dir = std::env::temp_dir().join(format!("qs-lex-{}", std::process::id()));
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/lexicons");
        std::fs::create_dir_all(&dir).unwrap();
        for (name, _) in FILES {
            std::fs::copy(src.join(name), dir.join(name)).unwrap();
        }
        std::fs::write(dir.join("abbreviations.txt"), "mr\tnonsense\n").unwrap();
        let err = Resources::from_dir(&dir).unwrap_err().to_string();
        assert!(err.contains("abbreviations.txt"), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
