//! Recommendations: courses of action a body sentence urges, found by the patterns of
//! `recommendation_cues.txt` and by imperatives opening a quotation, each with its
//! actor, action, polarity, strength and confidence.

use std::collections::HashMap;

use crate::document::{
    Attribution, Document, Polarity, QuoteKind, Recommendation, SentenceKind, Span, SpeakerType,
    StanceLabel, Strength, Token,
};
use crate::resources::{CuePart, RecommendationCue, Resources};
use crate::stages::attribute::ANSWER_LABELS;
use crate::stages::kinds::{in_opinion_paragraph, is_opinion_piece};
use crate::stages::stance::effect_at;
use crate::text::{
    OBJECT_OPENERS, SUBORDINATORS, base_of_gerund, ends_in_future_obligation, find_words,
    is_capitalized, is_negation, is_opening_quote, is_past_of, is_present_of, looks_plural,
    lower_words, normalize_name, phrase_at,
};

/// An actor slot takes at most this many words.
const ACTOR_MAX_WORDS: usize = 8;
/// Confidence of an imperative opening a quotation.
const IMPERATIVE_CONFIDENCE: f32 = 0.7;

/// Confidence of a review's bare verdict ("Highly recommended!").
const BARE_CONFIDENCE: f32 = 0.7;

/// Confidence of a question that asks for an action ("Why not add tabs?").
const REQUEST_CONFIDENCE: f32 = 0.65;

/// Confidence of a predicate of necessity ("X is needed").
const NECESSITY_CONFIDENCE: f32 = 0.75;

/// Words that end a subject when walking back from a modal; so does a speech verb
/// ("Some argue Korea should ...").
const SUBJECT_BOUNDARIES: [&str; 18] = [
    "that",
    "and",
    "but",
    "while",
    "because",
    "if",
    "so",
    "which",
    "who",
    "whether",
    "therefore",
    // "Then the tenant should be able to report instead": a connective opening the
    // sentence is no part of its subject.
    "then",
    "otherwise",
    "hence",
    // "That is why the government has to ...".
    "why",
    "how",
    "where",
    "when",
];
/// Verbs of request before their addressee ("asked the ministry to raise ...").
const REQUEST_CUES: [&str; 4] = ["asked", "requested", "pressed", "encouraged"];
/// Documents that ask for something in the present ("The petition asks the city to").
const REQUESTING_DOCUMENTS: [&str; 6] = [
    "petition",
    "letter",
    "statement",
    "resolution",
    "appeal",
    "motion",
];
/// Nouns that, after a comma and "a", name the proposal an action describes ("..., a
/// change it says would save 300 billion won").
const APPOSITIVE_NOUNS: [&str; 9] = [
    "change", "move", "step", "measure", "proposal", "policy", "decision", "shift", "reform",
];
/// Adverbs between a subject and its modal, or opening an action, that belong to
/// neither ("Korea will have to", "Seoul also must").
const SKIPPED_ADVERBS: [&str; 13] = [
    "also",
    "still",
    "therefore",
    "thus",
    "will",
    "would",
    // "Seoul might need to act".
    "may",
    "might",
    "really",
    // "should instead open", "must urgently raise".
    "instead",
    "rather",
    "urgently",
    "immediately",
];
/// Adverbs set off by commas between a modal and its verb ("should, however, narrow the
/// zones"): an aside, after which the urged verb comes.
const INTERRUPTING_ADVERBS: [&str; 10] = [
    "however",
    "therefore",
    "though",
    "instead",
    "perhaps",
    "then",
    "first",
    "nevertheless",
    "nonetheless",
    "meanwhile",
];
/// Determiners that open a noun phrase inside an actor or an object.
const ACTOR_DETERMINERS: [&str; 7] = ["the", "a", "an", "its", "their", "all", "more"];
/// Participles of "it should be noted that": the formula introduces a statement.
const DISCOURSE_PARTICIPLES: [&str; 9] = [
    "noted",
    "said",
    "mentioned",
    "stressed",
    "emphasized",
    "emphasised",
    "admitted",
    "forgotten",
    "overlooked",
];
/// Adverbs that may stand between the words of a pattern.
const INTENSIFIERS: [&str; 9] = [
    "really",
    "very",
    "so",
    "truly",
    "extremely",
    "incredibly",
    "highly",
    "strongly",
    "definitely",
];
/// Adverbs inside a pattern that leave its sense ("called instead for", "urged again
/// that").
const PATTERN_ADVERBS: [&str; 6] = [
    "instead",
    "again",
    "also",
    "repeatedly",
    "publicly",
    "formally",
];
/// Modal verbs: inside the subject slot of a subjunctive cue, they open a clause of
/// their own.
const MODALS: [&str; 9] = [
    "should", "must", "would", "could", "will", "can", "may", "might", "shall",
];
/// Words after "should have" that make "have" a main verb ("should have a plan",
/// "should have them at busy crossings") or an obligation ("should have to"), not a
/// counterfactual.
const POSSESSED: [&str; 24] = [
    "to", "a", "an", "the", "more", "its", "their", "our", "his", "her", "enough", "no", "them",
    "it", "one", "some", "any", "your", "my", "this", "these", "those", "every", "each",
];
/// After a comma, these start a new clause that is not part of the action (a
/// conjunction, or a relative pronoun of a clause that only describes: "..., which
/// already reaches the people who need help most").
const CLAUSE_CONJUNCTIONS: [&str; 11] = [
    "but", "yet", "although", "though", "while", "whereas", "which", "who", "where", "because",
    "since",
];
/// Words between a verb of telling and the "that" of what it tells ("Telling us in
/// July that").
const TOLD_WORDS: usize = 6;
/// Tokens of a relative clause between commas inside an action.
const RELATIVE_TOKENS: usize = 14;
/// Words after such a clause that take the action up again: the particle or the
/// preposition of its verb ("put the plan, which ..., back on the table", "send the
/// bill, which ..., to the floor").
const RESUMING_WORDS: [&str; 9] = [
    "back", "to", "into", "onto", "off", "out", "up", "down", "on",
];
/// Cues whose action is a gerund ("recommended forming", "warned against relying",
/// "better off taking").
const GERUND_CUES: [&str; 12] = [
    "worth",
    "off",
    "recommend",
    "recommended",
    "recommends",
    "against",
    "recommending",
    "proposed",
    "proposes",
    "suggest",
    "suggested",
    "suggests",
];
/// Cues that urge only with a gerund after them ("proposed raising", "I suggest
/// adding"; "the proposed tax" and "suggested a link" do not).
const GERUND_ONLY_CUES: [&str; 5] = ["proposed", "proposes", "suggest", "suggested", "suggests"];
/// Determiners of a thing offered after "I suggest" ("I'd suggest a separate queue").
const OFFERED_DETERMINERS: [&str; 6] = ["a", "an", "the", "some", "more", "another"];
/// Gerunds after "it is worth" that point the reader at something rather than urge an
/// act ("It is worth noting that ...").
const DISCOURSE_GERUNDS: [&str; 9] = [
    "noting",
    "mentioning",
    "remembering",
    "recalling",
    "repeating",
    "stressing",
    "emphasizing",
    "emphasising",
    "pointing",
];
/// Words after "asking" that make it a question put to the reader ("It is worth asking
/// why ..."), not a request urged ("it is worth asking for last year's bills").
const ASKED_QUESTION_WORDS: [&str; 9] = [
    "whether", "if", "why", "what", "who", "how", "where", "when", "which",
];
/// Auxiliaries, copulas and modals: after a word, they make it a subject, not a verb.
pub(crate) const AUXILIARIES: [&str; 20] = [
    "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "must",
    "may", "might", "has", "have", "had", "do", "does", "did",
];
const FIRST_PERSON: [&str; 3] = ["we", "us", "our"];

/// The recommendations of one sentence before their actors are settled.
struct SentenceAdvice {
    sentence: usize,
    /// Each with whether its actor is the addressee: "we", or the unstated subject of
    /// an imperative.
    recs: Vec<(Recommendation, bool)>,
    /// The party an interviewer's question asked about, for an answer's imperatives.
    asked: Option<String>,
}

pub fn recommend(doc: &mut Document, res: &Resources) {
    let mut found: Vec<SentenceAdvice> = Vec::new();
    let opinion = is_opinion_piece(doc, res);
    for i in 0..doc.sentences.len() {
        if doc.sentences[i].kind != SentenceKind::Body
            || describes_a_rule(doc.sentence_tokens(i), res)
        {
            continue;
        }
        if is_question(doc.sentence_text(i)) {
            // "- Why not leave the routes to the companies?": the interviewer asks what
            // the answer will weigh, and urges nothing.
            if in_question_line(doc, i) {
                continue;
            }
            let recs = requests(doc, i, res);
            if !recs.is_empty() {
                found.push(SentenceAdvice {
                    sentence: i,
                    recs: recs.into_iter().map(|r| (r, true)).collect(),
                    asked: None,
                });
            }
            continue;
        }
        let mut recs: Vec<(Recommendation, bool)> = cue_recommendations(doc, i, res)
            .into_iter()
            .map(|r| {
                let first_person = r
                    .actor
                    .as_deref()
                    .is_some_and(|a| FIRST_PERSON.contains(&a.to_lowercase().as_str()));
                (r, first_person)
            })
            .collect();
        recs.extend(necessities(doc, i, res).into_iter().map(|r| (r, false)));
        recs.extend(bare_recommendation(doc, i).map(|r| (r, false)));
        recs.extend(verdict(doc, i, res).map(|r| (r, false)));
        recs.extend(imperative(doc, i, res).into_iter().map(|r| (r, true)));
        // An interview's answer with no quotation marks is the interviewee's own voice,
        // as an opinion piece is the writer's ("Come to Samcheok for a week.").
        let s = &doc.sentences[i];
        let answer = s.speaker.is_some() && s.attribution.is_none() && s.quote == QuoteKind::Direct;
        // "Until then, do not sign without it, Go said.": reported advice in the
        // imperative, without quotation marks, its attribution after it.
        let reported = s.attribution.is_some() && doc.speech_quotes_in(s.span).next().is_none();
        let own_view = opinion || in_opinion_paragraph(doc, i, res);
        // A report's narration that turns to its reader in the imperative advises
        // them ("Check on elderly neighbors who live alone.", "Call your parents").
        // A noun after the verb may make it a noun itself ("Bar owners who had opposed
        // it now admit ...", "Export promotion ... is what built ..."): here the verb
        // must take a determiner, a pronoun or a particle.
        let to_the_reader = || {
            let opening = imperative_verb(doc, i, res);
            s.speaker.is_none()
                && !s.unnamed_source
                && opening
                    .or_else(|| clause_imperative_verb(doc, i, res))
                    .is_some_and(|v| {
                        let tokens = doc.sentence_tokens(i);
                        let completed = tokens.get(v + 1).is_some_and(|t| {
                            OBJECT_OPENERS.contains(&t.lower.as_str())
                                || IMPERATIVE_PARTICLES.contains(&t.lower.as_str())
                        });
                        // "Please bring earplugs", "Definitely stay here", "My advice: book
                        // direct": what comes before makes the word a verb.
                        let insisted = tokens[..v]
                            .iter()
                            .any(|t| INSISTENCE.contains(&t.lower.as_str()));
                        // "Bring earplugs if you are a light sleeper": the reader named.
                        let reader_named = tokens[v + 1..]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "you" | "your" | "yourself"));
                        // "Buy tickets online": at the head of the sentence, a verb with
                        // no other in its clause ("... but pay little tax here" goes on
                        // with the subject before it).
                        let alone = opening == Some(v) && verb_of_its_clause(tokens, v, res);
                        completed || insisted || reader_named || alone
                    })
        };
        if recs.is_empty()
            && (own_view || answer || reported || to_the_reader() || answers_question_line(doc, i))
        {
            recs.extend(
                writers_imperative(doc, i, res)
                    .into_iter()
                    .map(|r| (r, true)),
            );
        }
        // "Let me know if you need more information", "Please help, I need it by
        // Friday": a writer's call that serves the post, or a plea for help, opens the
        // sentence; what is needed in its other clauses urges nothing either.
        if s.speaker.is_none()
            && doc.speech_quotes_in(s.span).next().is_none()
            && opens_with_a_call_of_the_post(doc, i, res)
        {
            recs.clear();
        }
        // A report's own narration: no one speaks and no opinion heading.
        let narration = !own_view
            && s.speaker.is_none()
            && !s.unnamed_source
            && doc.speech_quotes_in(s.span).next().is_none();
        recs.sort_by_key(|(r, _)| r.action_span.start);
        // "Charge the companies for every scooter the district has to tow": a modal
        // inside an action already urged is part of it, and urges nothing of its own.
        let urged_spans: Vec<Span> = recs.iter().map(|(r, _)| r.action_span).collect();
        recs.retain(|(r, _)| {
            !urged_spans
                .iter()
                .any(|a| a.start < r.action_span.start && r.action_span.start < a.end)
        });
        // "will have to keep ... and give customers six months' notice": an action
        // joined to a rule's is the rule's too.
        let mut rule_before = false;
        let tokens = doc.sentence_tokens(i);
        recs.retain(|(r, _)| {
            let joined = tokens
                .iter()
                .rfind(|t| t.span.end <= r.action_span.start)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or" | ","));
            let rule = states_a_rule_in_force(doc, i, r)
                || states_a_condition(r, res)
                || binds_whoever_wants(doc, i, r)
                || (narration && states_an_obligation(doc, i, r))
                || (joined && rule_before);
            rule_before = rule;
            !(rule
                || (narration
                    && (states_a_deadline(doc, i, r) || states_a_step_to_come(doc, i, r))))
        });
        if !recs.is_empty() {
            let asked = (answer || answers_question_line(doc, i))
                .then(|| asked_party(doc, i, res))
                .flatten();
            found.push(SentenceAdvice {
                sentence: i,
                recs,
                asked,
            });
        }
    }
    // The addressee is the party the article urges most often.
    let addressee = dominant_actor(
        found
            .iter()
            .flat_map(|f| f.recs.iter())
            .filter(|(_, addressed)| !addressed)
            .map(|(r, _)| r),
    );
    for SentenceAdvice {
        sentence: i,
        recs,
        asked,
    } in found
    {
        doc.sentences[i].recommendations = recs
            .into_iter()
            .map(|(mut r, addressed)| {
                if addressed {
                    r.actor = asked.clone().or_else(|| addressee.clone());
                }
                r
            })
            .collect();
    }
}

/// "Q. What should buyers do?" then "A. Before signing, ask the builder ...": whether
/// sentence `i` is in a paragraph after a question line, an answer (an explainer's, in
/// the writer's voice, may run over several paragraphs).
pub(crate) fn answers_question_line(doc: &Document, i: usize) -> bool {
    let paragraph = doc.sentences[i].paragraph;
    doc.sentences[..i]
        .iter()
        .rfind(|s| s.question_label)
        .is_some_and(|q| q.paragraph < paragraph)
}

/// Whether sentence `i` belongs to an interviewer's question line: it or a sentence
/// before it in its paragraph opens with a question label.
fn in_question_line(doc: &Document, i: usize) -> bool {
    let paragraph = doc.sentences[i].paragraph;
    doc.sentences[..=i]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == paragraph)
        .any(|s| s.question_label)
}

/// "What should the government do first?" then "Set a single qualification ...": the
/// party the interviewer's last question before answer `i` asks about (the words
/// between its modal and its verb, or those it addresses: "What do you want to say to
/// lawmakers?", or the question that is only its name: "Parents?"), which the
/// answer's imperatives address. Not a pronoun ("What should we do?").
fn asked_party(doc: &Document, i: usize, res: &Resources) -> Option<String> {
    /// Words between the question's modal and its verb, or of the party addressed.
    const PARTY_WORDS: usize = 4;
    let q = (0..i).rev().find(|&j| doc.sentences[j].question_label)?;
    // "Q. I have a variable-rate mortgage. What should borrowers do now?": the line's
    // last question asks.
    let paragraph = doc.sentences[q].paragraph;
    let q = (q..i)
        .take_while(|&j| doc.sentences[j].paragraph == paragraph)
        .filter(|&j| doc.sentence_text(j).trim_end().ends_with('?'))
        .last()
        .unwrap_or(q);
    let tokens = doc.sentence_tokens(q);
    let party_at = |from: usize, to: usize| {
        let party = &tokens[from..to];
        // "What should I do?": the asker, whom the answer addresses, is no party.
        let pronoun = party.len() == 1
            && (res.pronouns.contains_key(&party[0].lower)
                || matches!(party[0].lower.as_str(), "i" | "we" | "you"));
        (!party.is_empty() && party.iter().all(|t| t.is_word) && !pronoun)
            .then(|| span_text(doc, tokens, from, to))
    };
    let asked_of = || {
        let modal = tokens
            .iter()
            .position(|t| matches!(t.lower.as_str(), "should" | "must" | "can" | "could"))?;
        let verb = (modal + 2..tokens.len().min(modal + PARTY_WORDS + 2))
            .find(|&v| res.base_verbs.contains(&tokens[v].lower) || tokens[v].lower == "do")?;
        party_at(modal + 1, verb)
    };
    let addressed = || {
        let to = tokens.windows(2).position(|w| {
            matches!(
                w[0].lower.as_str(),
                "say" | "message" | "messages" | "advice" | "suggest" | "recommend"
            ) && matches!(w[1].lower.as_str(), "to" | "for")
        })? + 2;
        let end = (to..tokens.len()).find(|&k| !tokens[k].is_word)?;
        // "Any advice for older drivers now?": the time is no part of the party.
        let end = res.before_time_phrases(tokens, end, to);
        (end - to <= PARTY_WORDS)
            .then(|| party_at(to, end))
            .flatten()
    };
    // "— Parents?", "Q. And the schools?": a question that is only the party's name.
    let named_alone = || {
        let words: Vec<usize> = (0..tokens.len())
            .filter(|&k| tokens[k].is_word)
            .skip_while(|&k| matches!(tokens[k].lower.as_str(), "q" | "and"))
            .collect();
        let (&from, &last) = (words.first()?, words.last()?);
        let plural = tokens[last].lower.len() > 3 && looks_plural(&tokens[last].lower);
        (words.len() <= PARTY_WORDS
            && tokens.last().is_some_and(|t| t.lower == "?")
            && (plural || tokens[from].lower == "the"))
            .then(|| party_at(from, last + 1))
            .flatten()
    };
    asked_of().or_else(addressed).or_else(named_alone)
}

/// Periods of the calendar a time phrase may name ("this year", "next spring").
const PERIODS: [&str; 8] = [
    "week", "month", "year", "spring", "summer", "autumn", "fall", "winter",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The tokens of sentence `i` before the action of a strong recommendation `r` (its
/// subject and modal), or None for one less than strong.
fn before_strong_action<'d>(
    doc: &'d Document,
    i: usize,
    r: &Recommendation,
) -> Option<&'d [Token]> {
    if r.strength != Strength::Strong {
        return None;
    }
    let tokens = doc.sentence_tokens(i);
    let action = tokens
        .iter()
        .position(|t| t.span.start >= r.action_span.start)?;
    Some(&tokens[..action])
}

/// "A customer told me that from January every kiosk must offer voice guidance": a
/// strong modal on every member of a class from a date on, or one in the future ("From
/// July, patients ... will have to pay"), states a rule coming into force, not advice.
fn states_a_rule_in_force(doc: &Document, i: usize, r: &Recommendation) -> bool {
    /// Tokens of the subject before the modal ("every new kiosk").
    const SUBJECT_TOKENS: usize = 6;
    let Some(before) = before_strong_action(doc, i, r) else {
        return false;
    };
    let dated = from_a_date(before);
    let every = before
        .iter()
        .rev()
        .take(SUBJECT_TOKENS)
        .any(|t| matches!(t.lower.as_str(), "every" | "all" | "each"));
    // "From July, patients who ... will have to pay 90 percent": an obligation the
    // date brings, told in the future.
    let future = ends_in_future_obligation(before);
    // "Banks will have to keep at least one branch ..., the Financial Services
    // Commission said": an organisation's report, outside quotation marks, of what
    // others will have to do announces its rule.
    let s = &doc.sentences[i];
    let announced = s.quote != QuoteKind::Direct
        && s.speaker
            .is_some_and(|k| doc.speakers[k].kind == SpeakerType::Organisation);
    // "Today only complexes with 500 or more households must keep one": the few a rule
    // binds now, described as they stand; advice says who should act, not who alone must.
    let only_now = matches!(
        lower_words(before).as_slice(),
        ["today" | "currently" | "now", "only", ..] | ["at", "present", "only", ..]
    );
    (dated && (every || future)) || (announced && future) || only_now
}

/// Whether `tokens` hold a date from which something holds ("from January", "starting
/// next year", "from 2027", "from the 2026 admissions", "since April").
fn from_a_date(tokens: &[Token]) -> bool {
    let year = |t: &Token| t.lower.len() == 4 && t.lower.chars().all(|c| c.is_ascii_digit());
    (0..tokens.len()).any(|k| {
        matches!(tokens[k].lower.as_str(), "from" | "starting" | "since")
            && tokens.get(k + 1).is_some_and(|n| {
                MONTHS.contains(&n.lower.as_str())
                    || n.lower == "next"
                    || year(n)
                    || (n.lower == "the" && tokens.get(k + 2).is_some_and(year))
            })
    })
}

/// "From January, landlords who charge a fee", "From July, anyone caught ...": the
/// words before a modal open with a date and then a class of parties (a plural noun or
/// "anyone"), whom a rule binds ("From July, Korea has to pay more" advises one party).
fn binds_a_class_from_a_date(before: &[Token]) -> bool {
    let Some(comma) = before.iter().position(|t| t.lower == ",") else {
        return false;
    };
    let subject = before[comma + 1..]
        .iter()
        .map(|t| t.lower.as_str())
        .find(|w| !matches!(*w, "the" | "all"));
    from_a_date(&before[..comma])
        && subject.is_some_and(|w| {
            matches!(w, "anyone" | "everyone" | "those") || (w.len() > 3 && looks_plural(w))
        })
}

/// "Owners must leave at least 1.5 meters of sidewalk free and pay a monthly fee" in a
/// report's own narration, after its first sentence or from a date ("From January,
/// landlords who charge a fee must list what it pays for"): what "must" or "have to"
/// says a party is obliged to do, told by no one, describes the terms of a rule; a
/// report advises no one.
fn states_an_obligation(doc: &Document, i: usize, r: &Recommendation) -> bool {
    // The terms follow the report of the rule, or the date it takes effect: a sentence
    // alone (a review's or a forum's) states none.
    let reported_before = doc.sentences[..i]
        .iter()
        .any(|s| s.kind == SentenceKind::Body);
    let Some(before) = before_strong_action(doc, i, r)
        .filter(|before| reported_before || binds_a_class_from_a_date(before))
    else {
        return false;
    };
    let before: Vec<&str> = before
        .iter()
        .rev()
        .take(4)
        .map(|t| t.lower.as_str())
        .collect();
    // "You must try the breakfast", "we have to go back": the reader or the writer is
    // advised, not a party a rule binds.
    let person = |w: &str| matches!(w, "you" | "we" | "i" | "u");
    match before.as_slice() {
        ["must", subject, ..] | ["not", "must", subject, ..] => !person(subject),
        ["to", "have" | "has", subject, ..] => !person(subject),
        ["must"] | ["not", "must"] | ["to", "have" | "has"] => true,
        _ => false,
    }
}

/// "Applicants must earn twice Korea's per capita income": a strong modal on those a
/// rule sets conditions for (applicant_nouns.txt) states a condition, not advice.
fn states_a_condition(r: &Recommendation, res: &Resources) -> bool {
    r.strength == Strength::Strong
        && r.actor.as_deref().is_some_and(|a| {
            a.split_whitespace()
                .next_back()
                .is_some_and(|w| res.applicant_nouns.contains(&w.to_lowercase()))
        })
}

/// "yet a woman who wants a child without a husband must pay the full cost", "a
/// landlord who rents to students has to register": a strong modal on whoever meets a
/// condition, an indefinite subject with its relative clause, states what the condition
/// brings, not advice (advice on such a party says "should"; "anyone who ... must try
/// the crab" in a review advises the reader).
fn binds_whoever_wants(doc: &Document, i: usize, r: &Recommendation) -> bool {
    /// Words of the subject back from the modal ("a woman who wants a child without a
    /// husband").
    const SUBJECT_WORDS: usize = 12;
    let Some(before) = before_strong_action(doc, i, r) else {
        return false;
    };
    // "A city that is getting hotter every summer cannot afford to take away its
    // shade": what a party cannot afford is advice, whatever condition describes it.
    if let [.., afford, to] = before
        && afford.lower == "afford"
        && to.lower == "to"
    {
        return false;
    }
    let subject: Vec<&str> = before
        .iter()
        .rev()
        .take_while(|t| {
            t.is_word && !matches!(t.lower.as_str(), "yet" | "but" | "and" | "so" | "while")
        })
        .take(SUBJECT_WORDS + 1)
        .map(|t| t.lower.as_str())
        .collect();
    let opens_indefinite = subject.last().is_some_and(|w| matches!(*w, "a" | "an"));
    let relative = subject.iter().any(|w| matches!(*w, "who" | "that"));
    // "Apps that want to use the camera need to declare it": a bare plural bound by
    // what it wants is whoever wants it.
    let wanting_plural = subject
        .last()
        .is_some_and(|w| w.len() > 3 && looks_plural(w))
        && subject
            .iter()
            .any(|w| matches!(*w, "want" | "wants" | "wish" | "wishes"));
    (opens_indefinite || wanting_plural) && relative
}

/// "The commission must decide next year's rate by June 29", "the office must decide
/// this year what to do with ...": in a report's own narration, a strong modal whose
/// action holds a date or the period it falls in states a deadline that the law or a
/// schedule sets, not advice.
fn states_a_deadline(doc: &Document, i: usize, r: &Recommendation) -> bool {
    if r.strength != Strength::Strong {
        return false;
    }
    let action: Vec<&Token> = doc
        .sentence_tokens(i)
        .iter()
        .filter(|t| t.span.start >= r.action_span.start && t.span.end <= r.action_span.end)
        .collect();
    action.windows(2).any(|w| {
        (w[0].lower == "by"
            && (MONTHS.contains(&w[1].lower.as_str())
                || (w[1].lower == "the" && action.iter().any(|t| t.lower == "end"))))
            || (matches!(w[0].lower.as_str(), "this" | "next")
                && PERIODS.contains(&w[1].lower.as_str()))
    })
}

/// "The plan must still pass the city council", "The bill still needs to clear a
/// plenary vote": in a report's own narration, a strong modal beside "still" says what
/// remains to be done before a plan takes effect, not what anyone should do.
fn states_a_step_to_come(doc: &Document, i: usize, r: &Recommendation) -> bool {
    /// Tokens before the action that may hold "still" ("still needs to").
    const MODAL_TOKENS: usize = 3;
    if r.strength != Strength::Strong {
        return false;
    }
    let tokens = doc.sentence_tokens(i);
    let action = tokens
        .iter()
        .position(|t| t.span.start >= r.action_span.start)
        .unwrap_or(tokens.len());
    tokens[action.saturating_sub(MODAL_TOKENS)..action]
        .iter()
        .any(|t| t.lower == "still")
}

/// "Under the rule, chains must close on two Sundays a month", "every motorcycle will
/// have to be electric under a plan the city unveiled": "under" a rule (rule_nouns.txt,
/// within a few words, before a comma) describes what the rule requires. So does a
/// sentence that opens with what a rule says ("The rule only says the Korean has to be
/// there too").
fn describes_a_rule(tokens: &[Token], res: &Resources) -> bool {
    /// Words between "under" and the rule's noun ("the new labour", "its").
    const RULE_PHRASE_WORDS: usize = 5;
    /// Tokens before the rule's noun that opens the sentence ("The new").
    const OPENING_TOKENS: usize = 2;
    let under = tokens.iter().enumerate().any(|(k, t)| {
        t.lower == "under"
            && tokens[k + 1..]
                .iter()
                .take(RULE_PHRASE_WORDS + 1)
                .take_while(|t| t.lower != ",")
                .any(|t| res.rule_nouns.contains(&t.lower))
    });
    let says = tokens
        .iter()
        .take(OPENING_TOKENS + 1)
        .position(|t| res.rule_nouns.contains(&t.lower))
        .and_then(|k| {
            tokens[k + 1..]
                .iter()
                .find(|t| !matches!(t.lower.as_str(), "only" | "also" | "simply" | "just"))
        })
        .is_some_and(|v| {
            matches!(
                v.lower.as_str(),
                "says" | "states" | "stipulates" | "requires" | "mandates"
            )
        });
    under || says
}

pub(crate) fn is_question(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    let lower = text.to_lowercase();
    // "\"Why should a child lose a seat she earned?\" the association said.": a quotation
    // that opens the sentence and closes on its question mark.
    let quoted_question = text
        .strip_prefix(['"', '“'])
        .and_then(|quoted| quoted.split_once(['"', '”']))
        .is_some_and(|(quoted, _)| quoted.trim_end().ends_with('?'));
    t.ends_with('?')
        || quoted_question
        || lower.starts_with("asked whether")
        || lower.starts_with("asked if")
}

fn dominant_actor<'a>(recs: impl Iterator<Item = &'a Recommendation>) -> Option<String> {
    let mut counts: HashMap<String, (usize, String)> = HashMap::new();
    for r in recs {
        if let Some(a) = &r.actor {
            let key = normalize_name(a);
            counts.entry(key).or_insert((0, a.clone())).0 += 1;
        }
    }
    let mut best: Vec<_> = counts.into_values().collect();
    best.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    best.into_iter().next().map(|(_, a)| a)
}

struct CueMatch<'r> {
    cue: &'r RecommendationCue,
    start: usize,
    actor: Option<std::ops::Range<usize>>,
    action_start: usize,
    /// The clause urges against its action ("Nor should X be ...").
    negated: bool,
}

fn match_cue<'r>(
    cue: &'r RecommendationCue,
    tokens: &[Token],
    start: usize,
    res: &Resources,
) -> Option<CueMatch<'r>> {
    let base_verbs = &res.base_verbs;
    let mut pos = start;
    let mut word = 0;
    let mut actor = None;
    for (p, part) in cue.parts.iter().enumerate() {
        match part {
            CuePart::Word => {
                // "it would be really useful to", "would definitely not recommend": an
                // intensifier inside a pattern changes nothing.
                let skipped = tokens.get(pos)?.lower.as_str();
                if word > 0
                    && (INTENSIFIERS.contains(&skipped) || PATTERN_ADVERBS.contains(&skipped))
                    && tokens
                        .get(pos + 1)
                        .is_some_and(|t| t.lower == cue.words[word])
                {
                    pos += 1;
                }
                // "recommended Tuesday that ...", "urged on Monday that ...".
                if word > 0
                    && let Some(len) = res.time_phrase_at(tokens, pos)
                    && tokens
                        .get(pos + len)
                        .is_some_and(|t| t.lower == cue.words[word])
                {
                    pos += len;
                }
                if tokens.get(pos)?.lower != cue.words[word] {
                    return None;
                }
                word += 1;
                pos += 1;
            }
            CuePart::Actor => {
                let next_word = cue.parts[p + 1..]
                    .iter()
                    .position(|q| *q == CuePart::Word)
                    .map(|_| cue.words[word].as_str());
                // "suggested that {actor} {act}": the actor ends where the verb, in its
                // base form (a subjunctive), begins.
                let verb_follows = cue.parts.get(p + 1) == Some(&CuePart::Action);
                let from = pos;
                let mut to = pos;
                let is_verb = |k: usize| {
                    tokens
                        .get(k)
                        .is_some_and(|t| base_verbs.contains(&t.lower) || t.lower == "be")
                };
                while to < tokens.len() && to - from < ACTOR_MAX_WORDS && tokens[to].is_word {
                    let ends = if verb_follows {
                        // "that the question be repeated", "that the chip act include
                        // the exemption": a word after a determiner, or before a verb
                        // with its object, is a noun of the actor ("that firms hire
                        // staff" keeps "hire").
                        let determiner = |k: usize| {
                            tokens
                                .get(k)
                                .is_some_and(|t| ACTOR_DETERMINERS.contains(&t.lower.as_str()))
                        };
                        let after_determiner = to > from && determiner(to - 1);
                        let verb_next = is_verb(to + 1) && determiner(to + 2);
                        // "that the contribution rate be raised": no verb comes right
                        // before the subjunctive "be".
                        let before_be = tokens[to].lower != "be"
                            && tokens.get(to + 1).is_some_and(|t| t.lower == "be");
                        is_verb(to) && !after_determiner && !verb_next && !before_be
                    } else {
                        // "called for a referendum before the city commits to the
                        // bid": "to" before a determiner is no infinitive.
                        let preposition = next_word == Some("to")
                            && tokens
                                .get(to + 1)
                                .is_some_and(|t| ACTOR_DETERMINERS.contains(&t.lower.as_str()));
                        Some(tokens[to].lower.as_str()) == next_word && !preposition
                    };
                    if ends && to > from {
                        break;
                    }
                    to += 1;
                }
                let closed = if verb_follows {
                    is_verb(to)
                } else {
                    next_word.is_none() || tokens.get(to).map(|t| t.lower.as_str()) == next_word
                };
                // "suggested that the government should open": the modal's own cue
                // takes the sentence, with the subject before it as its actor.
                // "asked whether teachers would be expected to confiscate phones",
                // "have asked for years why they pay the same to stand": a question
                // reported, with no one asked to act; nor is "asked her about proposals
                // to ...", a question on what others urge.
                // Nor is "called for a mechanism that would tie benefits to life
                // expectancy": a modal inside is another clause's, whose "to" it is.
                let modal_inside = tokens[from..to].iter().any(|t| {
                    MODALS.contains(&t.lower.as_str())
                        || matches!(
                            t.lower.as_str(),
                            "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "about"
                        )
                });
                // "called for moving domestic flights to Incheon": a gerund with its
                // object is the course of action, not who is called on.
                // A gerund before a plural ("striking workers") may describe them.
                let gerund_with_object = to > from + 1
                    && tokens[from].lower.ends_with("ing")
                    && base_verbs.contains(&base_of_gerund(&tokens[from].lower, base_verbs))
                    && (ACTOR_DETERMINERS.contains(&tokens[from + 1].lower.as_str())
                        || !tokens[from + 1].lower.ends_with('s'));
                // "asked for a delay to direct access": "to" after a noun of a course
                // of action is a preposition, and no one is urged.
                let course_noun = !verb_follows
                    && next_word == Some("to")
                    && to > from + 1
                    && ACTOR_DETERMINERS.contains(&tokens[to - 2].lower.as_str())
                    && res.prepositional_nouns.contains(&tokens[to - 1].lower);
                if to == from || !closed || modal_inside || gerund_with_object || course_noun {
                    return None;
                }
                // "recommended that the city also cap speeds": an adverb before the
                // subjunctive's verb is no part of who is urged.
                let mut end = to;
                while verb_follows
                    && end > from + 1
                    && PATTERN_ADVERBS.contains(&tokens[end - 1].lower.as_str())
                {
                    end -= 1;
                }
                // "He suggested the city instead issue vouchers": with "that" left out,
                // only a definite body of a word or two ("the city", "the finance
                // ministry") before a verb with its object is urged; "proposed a price
                // cap on resales", "recommended the European approach, in which" and
                // "suggested it lowered the rate" name things.
                /// Words of the body after "the".
                const THATLESS_ACTOR_WORDS: usize = 2;
                let thatless = verb_follows && word == 1 && cue.words.len() == 1;
                // The writer's own advice to a reader or to a place's staff names them
                // by a pronoun: "I suggest you book early", "I'd recommend they fix the
                // lift" (not "The figures suggest they slowed", no one's advice).
                let addressed = end - from == 1
                    && matches!(tokens[from].lower.as_str(), "you" | "they")
                    && in_first_person(tokens, start);
                if thatless
                    && !addressed
                    && !(tokens[from].lower == "the"
                        && end - from <= THATLESS_ACTOR_WORDS + 1
                        && tokens.get(to + 1).is_some_and(|t| t.is_word))
                {
                    return None;
                }
                actor = Some(from..end);
                pos = to;
            }
            CuePart::Action => {
                if word > 0
                    && tokens.get(pos).is_some_and(|t| t.lower == ",")
                    && tokens
                        .get(pos + 1)
                        .is_some_and(|t| INTERRUPTING_ADVERBS.contains(&t.lower.as_str()))
                    && tokens.get(pos + 2).is_some_and(|t| t.lower == ",")
                {
                    pos += 3;
                }
                // "proposed Monday cutting the school year": a time before the gerund.
                if word > 0
                    && let Some(len) = res.time_phrase_at(tokens, pos)
                    && tokens.get(pos + len).is_some_and(|t| {
                        t.lower.ends_with("ing")
                            && base_verbs.contains(&base_of_gerund(&t.lower, base_verbs))
                    })
                {
                    pos += len;
                }
                // "The agency should \"test more, not tax more,\" she said.": a quotation
                // that opens the action is the speaker's words for it.
                if word > 0
                    && tokens
                        .get(pos)
                        .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“"))
                    && tokens.get(pos + 1).is_some_and(|t| t.is_word)
                {
                    pos += 1;
                }
                if !tokens.get(pos)?.is_word {
                    return None;
                }
            }
        }
    }
    Some(CueMatch {
        cue,
        start,
        actor,
        action_start: pos,
        negated: false,
    })
}

fn cue_recommendations(doc: &Document, i: usize, res: &Resources) -> Vec<Recommendation> {
    let tokens = doc.sentence_tokens(i);
    let offered = answers_a_call_for_a_course(doc, i);
    let mut matches: Vec<CueMatch> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let best = res
            .cues_by_first_word
            .get(&tokens[k].lower)
            .into_iter()
            .flatten()
            .filter_map(|&c| match_cue(&res.recommendation_cues[c], tokens, k, res))
            .max_by_key(|m| m.cue.weight());
        // "should not have to choose": a modal that opens another's action is part of
        // that action, not a second recommendation with the first modal in its subject.
        let inside_modal = |m: &CueMatch| {
            is_modal(m.cue)
                && matches
                    .last()
                    .is_some_and(|prev| is_modal(prev.cue) && prev.action_start == m.start)
        };
        match best {
            Some(m)
                if !excluded(tokens, &m, offered, res)
                    && !asks_whether(tokens, &m, res)
                    && !inside_modal(&m) =>
            {
                let m = inverted_after_nor(tokens, m, res);
                k = m.action_start;
                matches.push(m);
            }
            // A shorter cue inside one read and set aside is set aside with it ("whether
            // the money would be better spent on" is no "better spent on").
            Some(m) if !inside_modal(&m) => k = m.action_start.max(k + 1),
            _ => k += 1,
        }
    }
    let mut recs = Vec::new();
    for (n, m) in matches.iter().enumerate() {
        // "should X, and the association should Y": the action ends before the next
        // modal's subject.
        let limit = matches.get(n + 1).map_or(tokens.len(), |next| {
            let (subject, _) = subject_bounds(tokens, next.start, res);
            if is_modal(next.cue) && subject > m.action_start {
                subject
            } else {
                next.start
            }
        });
        let actor = match &m.actor {
            // "asked the government on Monday to": the time is no part of the actor.
            Some(r) => {
                let end = res.before_time_phrases(tokens, r.end, r.start);
                Some(span_text(doc, tokens, r.start, end))
            }
            None if is_modal(m.cue) => subject_of(doc, tokens, m.start, res),
            None => None,
        };
        let actor = actor.or_else(|| {
            // "should X, and should Y": the second takes the first one's actor.
            recs.last()
                .and_then(|r: &Recommendation| r.actor.clone())
                .filter(|_| is_modal(m.cue))
        });
        // "warned that scrapping it entirely could make it harder to track workers": what
        // an act could do is a consequence; an act is urged nothing.
        let act_as_subject = m.cue.strength == Strength::Weak
            && is_modal(m.cue)
            && actor.as_deref().is_some_and(|a| {
                a.split_whitespace().next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    w.ends_with("ing")
                        && res
                            .base_verbs
                            .contains(&base_of_gerund(&w, &res.base_verbs))
                })
            });
        if act_as_subject {
            continue;
        }
        // "No family should have to choose", "None of them should be asked to pay": a
        // modal with a subject that no one is urges that no one does it.
        let nobody = is_modal(m.cue)
            && actor.as_deref().is_some_and(|a| {
                a.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "no" | "none" | "nobody" | "neither"
                    )
                })
            });
        // "Then no one has to sell the company": a necessity that no one is under
        // states what follows; only a modal of advice ("no one should have to") urges.
        let bare_necessity = matches!(
            m.cue.words.first().map(String::as_str),
            Some("has" | "have" | "need" | "needs")
        );
        if nobody && bare_necessity {
            continue;
        }
        let polarity = match m.cue.polarity {
            Polarity::Do if nobody || m.negated => Polarity::Avoid,
            Polarity::Avoid if nobody || m.negated => Polarity::Do,
            p => p,
        };
        let template = Template {
            actor,
            polarity,
            strength: m.cue.strength,
            confidence: m.cue.confidence,
            // "recommended forming", "warned against relying": a gerund names the action.
            gerund: m
                .cue
                .words
                .last()
                .is_some_and(|w| GERUND_CUES.contains(&w.as_str())),
        };
        recs.extend(template.make_each(doc, tokens, m.action_start, limit, res));
    }
    recs
}

/// "Nor should the cutoff be enforced through fines", "..., nor should it wait": after
/// "nor" or "neither" the modal comes before its subject, which is who is urged, and the
/// clause urges against what follows the subject.
fn inverted_after_nor<'r>(tokens: &[Token], m: CueMatch<'r>, res: &Resources) -> CueMatch<'r> {
    let after_nor = m.start > 0
        && matches!(tokens[m.start - 1].lower.as_str(), "nor" | "neither")
        && (m.start == 1 || !tokens[m.start - 2].is_word);
    if !is_modal(m.cue) || m.actor.is_some() || !after_nor {
        return m;
    }
    let from = m.action_start;
    let verb = (from + 1..tokens.len().min(from + 1 + ACTOR_MAX_WORDS))
        .find(|&k| tokens[k].lower == "be" || res.base_verbs.contains(&tokens[k].lower));
    match verb {
        Some(verb) if tokens[from..verb].iter().all(|t| t.is_word) => CueMatch {
            actor: Some(from..verb),
            action_start: verb,
            negated: true,
            ..m
        },
        _ => m,
    }
}

fn is_modal(cue: &RecommendationCue) -> bool {
    // "I would not recommend X", "I would like to see X": the subject recommends or
    // wishes; it is not urged.
    !cue.has_actor_slot()
        && !cue.words.iter().any(|w| w == "recommend" || w == "see")
        && matches!(
            cue.words.first().map(String::as_str),
            Some(
                "should"
                    | "shouldn't"
                    | "must"
                    | "mustn't"
                    | "need"
                    | "needs"
                    | "have"
                    | "has"
                    | "ought"
                    | "cannot"
                    | "can't"
                    | "can"
                    | "could"
                    | "would"
            )
        )
}

/// Words after a passive participle that make it one ("accompanied by", "phased in").
const PASSIVE_COMPLEMENTS: [&str; 7] = ["by", "in", "out", "up", "off", "down", "with"];

/// Whether sentence `i` answers, in the interviewee's voice, an interviewer's question
/// that asks for a course of action ("What would you do instead?", "So what is the
/// alternative?"): what the answer says "could" be done is then offered, not foreseen.
fn answers_a_call_for_a_course(doc: &Document, i: usize) -> bool {
    let s = &doc.sentences[i];
    if s.speaker.is_none() || s.quote != QuoteKind::Direct || s.question_label {
        return false;
    }
    let Some(q) = (0..i).rev().find(|&j| doc.sentences[j].question_label) else {
        return false;
    };
    // The question line: its labelled sentence and those after it up to the answer.
    (q..i)
        .take_while(|&j| j == q || doc.sentences[j].speaker.is_none())
        .filter(|&j| is_question(doc.sentence_text(j)))
        .any(|j| {
            let words = lower_words(doc.sentence_tokens(j));
            words.contains(&"what")
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "do" | "instead" | "alternative" | "alternatives" | "solution" | "fix"
                    )
                })
        })
}

/// Whether an action after "should" is what its subject is expected to see, notice or
/// get: a change ("see their bills fall", "notice fewer potholes", "see an increase"),
/// something a screen shows ("see a dialog"), or something received within a time
/// ("receive the refund within a week").
fn forecasts_experience(action: &[Token]) -> bool {
    /// Words of the object read for the change.
    const OBJECT_WORDS: usize = 6;
    const CHANGES: [&str; 30] = [
        "fewer",
        "lower",
        "higher",
        "less",
        "cheaper",
        "faster",
        "shorter",
        "smaller",
        "bigger",
        "larger",
        "fall",
        "falls",
        "rise",
        "rises",
        "drop",
        "drops",
        "decline",
        "improve",
        "improvement",
        "improvements",
        "increase",
        "increases",
        "decrease",
        "reduction",
        "savings",
        "benefits",
        "boost",
        "gains",
        "growth",
        "relief",
    ];
    const SHOWN: [&str; 12] = [
        "dialog",
        "dialogue",
        "message",
        "prompt",
        "notification",
        "popup",
        "pop-up",
        "window",
        "screen",
        "error",
        "warning",
        "banner",
    ];
    let words: Vec<&str> = action
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    let Some((&first, rest)) = words.split_first() else {
        return false;
    };
    let object = &rest[..rest.len().min(OBJECT_WORDS)];
    match first {
        // "should see shorter hours as an investment": seeing as is regarding.
        "see" | "notice" | "feel" | "experience" => {
            !rest.contains(&"as")
                && object
                    .iter()
                    .any(|w| CHANGES.contains(w) || SHOWN.contains(w))
        }
        "receive" | "get" | "hear" => object.contains(&"within"),
        _ => false,
    }
}

/// Whether an action after "should" is a thing's readiness by a time: "be available
/// next week", "be ready by March", "be out in 2027" ("should start in 2027" may set
/// the time a course should take).
fn forecasts_readiness(action: &[Token]) -> bool {
    const READY: [&str; 9] = [
        "available",
        "ready",
        "out",
        "live",
        "complete",
        "completed",
        "finished",
        "done",
        "released",
    ];
    let words: Vec<&str> = action.iter().map(|t| t.lower.as_str()).collect();
    let ["be", ready, when @ ..] = words.as_slice() else {
        return false;
    };
    READY.contains(ready)
        && match when {
            ["next" | "soon" | "shortly" | "tomorrow" | "within", ..] => true,
            ["by" | "in" | "this" | "early" | "late", time, ..] => {
                time.chars().all(|c| c.is_ascii_digit())
                    || MONTHS.contains(time)
                    || *time == "the"
                    || PERIODS.contains(time)
            }
            _ => false,
        }
}

/// Not a recommendation: a counterfactual about the past ("should have cut"), an
/// epistemic "must" ("it must be difficult"), "need" as a noun ("the need to"), a
/// conditional or foreseen necessity ("would have to", "may soon have to").
fn excluded(tokens: &[Token], m: &CueMatch, offered: bool, res: &Resources) -> bool {
    /// Tokens from the "that" of a result clause to its modal ("that a person").
    const RESULT_SUBJECT_TOKENS: usize = 5;
    let next = |o: usize| tokens.get(m.action_start + o).map(|t| t.lower.as_str());
    let prev = m.start.checked_sub(1).map(|p| tokens[p].lower.as_str());
    let first = m.cue.words[0].as_str();
    // "A must for anyone visiting the city", "The palace is a must": "must" after an
    // article is a noun, a verdict (`verdict`), not a modal.
    if first == "must" && matches!(prev, Some("a" | "an" | "the")) {
        return true;
    }
    // "As a small developer, I can't afford to maintain two versions": what the writer
    // alone cannot afford is their own means ("We cannot afford to wait" urges).
    if m.cue.words.iter().any(|w| w == "afford") && prev == Some("i") {
        return true;
    }
    // "Studies suggest that children learn better in small classes": evidence points to
    // a link, and no one is advised.
    if matches!(first, "suggest" | "suggests" | "suggested")
        && tokens[..m.start]
            .iter()
            .rev()
            .find(|t| !t.lower.ends_with("ly"))
            .is_some_and(|t| res.evidence_nouns.contains(&t.lower))
    {
        return true;
    }
    // "We asked her what Korea should do", "explain how the pill should be used": a
    // modal in an indirect question asks; "that is where Korea should put its money"
    // (after a form of "be") tells.
    /// Words from the question word to the modal ("what the new government should").
    const QUESTION_WORDS: usize = 5;
    let question_word = tokens[..m.start]
        .iter()
        .enumerate()
        .rev()
        .take(QUESTION_WORDS)
        .take_while(|(_, t)| t.is_word)
        .find(|(_, t)| matches!(t.lower.as_str(), "what" | "whether" | "how" | "where"));
    // "What borrowers should know before rates fall": a headline's free relative, with
    // no question mark, names what it tells.
    let headline_relative =
        question_word.is_some_and(|(w, _)| w == 0) && tokens.last().is_some_and(|t| t.lower != "?");
    if is_modal(m.cue) && headline_relative {
        return true;
    }
    if is_modal(m.cue)
        && question_word.is_some_and(|(w, _)| {
            w > 0
                && !matches!(
                    tokens[w - 1].lower.as_str(),
                    "is" | "was" | "are" | "were" | "'s" | "that's" | "it's" | "here's"
                )
        })
    {
        return true;
    }
    // "Don't hesitate to ask", "Be sure to try the bar": an imperative urges only when
    // it opens its clause, not "Residents don't hesitate to call the police".
    let imperative_cue = matches!(first, "don't" | "do" | "make" | "be" | "remember")
        && !m.cue.words.iter().any(|w| w == "recommend");
    let opens_clause = prev.is_none_or(|p| {
        !tokens[m.start - 1].is_word
            || matches!(
                p,
                "so" | "and" | "but" | "please" | "just" | "also" | "always"
            )
    });
    if imperative_cue && !opens_clause {
        return true;
    }
    // "The petition, started by ..., asks the city to": in the present, a request only
    // from a document that makes one; "CBAM asks importers to pay", "Raising
    // contributions asks young workers to pay more" say what a rule or a policy demands.
    if first == "asks"
        && !tokens[..m.start]
            .iter()
            .any(|t| REQUESTING_DOCUMENTS.contains(&t.lower.as_str()))
    {
        return true;
    }
    // "A petition calling for the plan to be withdrawn gathered 50,000 signatures": a
    // document that opens the sentence, described by what it calls for, is its subject;
    // the call is no one's in the sentence ("issued a statement calling for" is).
    /// Tokens from the sentence's article to the document ("An online petition").
    const DOCUMENT_TOKENS: usize = 3;
    if first.ends_with("ing")
        && prev.is_some_and(|p| REQUESTING_DOCUMENTS.contains(&p) || p == "campaign")
        && m.start <= DOCUMENT_TOKENS
        && matches!(tokens[0].lower.as_str(), "a" | "an" | "the")
    {
        return true;
    }
    // "no one proposes taking their ballots away", "nobody has suggested closing it":
    // advice that no one gives.
    let mut before: Vec<&str> = tokens[m.start.saturating_sub(4)..m.start]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    // ("no one there has suggested bringing them back": past a word of place.)
    while before.last().is_some_and(|w| {
        AUXILIARIES.contains(w) || matches!(*w, "ever" | "there" | "here" | "else" | "yet")
    }) {
        before.pop();
    }
    if !is_modal(m.cue) && (before.ends_with(&["no", "one"]) || before.last() == Some(&"nobody")) {
        return true;
    }
    // "Here is what you need to know today", "the least we should expect": a modal in
    // a free relative clause, or one after a superlative, names what is said; it urges
    // nothing.
    if is_modal(m.cue)
        && m.start >= 2
        && matches!(
            tokens[m.start - 2].lower.as_str(),
            "what" | "everything" | "anything" | "all" | "least" | "most" | "best" | "minimum"
        )
        && matches!(prev, Some("you" | "we" | "i" | "they"))
    {
        return true;
    }
    // "Patients pay more than they need to because ...", "longer than they should": a
    // modal in a comparison measures what is done, its verb left out; it urges nothing.
    if is_modal(m.cue)
        && m.start >= 2
        && tokens[m.start - 2].lower == "than"
        && tokens[m.start - 1].is_word
    {
        return true;
    }
    // "The ministry, which must approve any change, said", "keeps a list of who needs
    // to go to the hospital": a modal in a relative clause states what its antecedent
    // does or needs, not what anyone is urged to do.
    if is_modal(m.cue) && matches!(prev, Some("which" | "who")) {
        return true;
    }
    if is_modal(m.cue) && in_clause_of_terms(tokens, m.start) {
        return true;
    }
    // "the bags that households must use for general waste will rise", "the forms that
    // applicants must fill in are too long": a modal's verb (with its particle, and a
    // phrase of a preposition) that the main clause's verb follows closes a relative
    // clause on the noun before, which it describes. ("the one thing drivers should do
    // is slow down" urges what follows; "must ensure the rules are clear" has an object,
    // "must stop at crossings that are marked" a clause of its own.)
    /// Tokens of the prepositional phrase between the verb and the main clause's verb.
    const PHRASE_TOKENS: usize = 6;
    if is_modal(m.cue) && next(0).is_some_and(|w| w != "do") {
        let verb_end = if next(1).is_some_and(|w| IMPERATIVE_PARTICLES.contains(&w)) {
            2
        } else {
            1
        };
        let main_verb = (verb_end..=verb_end + PHRASE_TOKENS)
            .take_while(|&o| {
                tokens.get(m.action_start + o).is_some_and(|t| {
                    let w = t.lower.as_str();
                    t.is_word && !CLAUSE_OPENERS.contains(&w) && !SUBORDINATORS.contains(&w)
                })
            })
            .find(|&o| {
                next(o)
                    .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were" | "will" | "would"))
            });
        let after_phrase =
            (1..=verb_end).any(|p| next(p).is_some_and(|w| PHRASE_PREPOSITIONS.contains(&w)));
        if main_verb.is_some_and(|o| o == verb_end || after_phrase) {
            return true;
        }
    }
    // "should have cut": a past participle, not "should have to" or "should have a plan".
    if matches!(first, "should" | "must" | "ought")
        && next(0) == Some("have")
        && next(1).is_some_and(|w| !POSSESSED.contains(&w))
    {
        return true;
    }
    // "it must be accompanied by a wage reform", "it must be phased in": a passive with
    // its agent or particle is an obligation, not an inference; so is any passive after
    // "must not" ("it must not be expanded"), which infers nothing.
    let participle = next(1).is_some_and(|w| w.ends_with("ed") || w.ends_with("en"));
    let passive = participle
        && (next(2).is_some_and(|w| PASSIVE_COMPLEMENTS.contains(&w))
            || m.cue.words.iter().any(|w| w == "not"));
    if first == "must"
        && matches!(next(0), Some("be" | "have"))
        && matches!(prev, Some("it" | "this" | "that" | "there"))
        && !(next(0) == Some("be") && passive)
    {
        return true;
    }
    // "When I press back, the app should return to the main page, but it closes
    // instead", "The sync should run hourly, but it doesn't": what was expected, then
    // what happens, reports a fault ("Seoul should join, but it is not easy" urges).
    if matches!(first, "should" | "shouldn't")
        && expectation_contradicted(tokens, m.action_start, res)
    {
        return true;
    }
    // "It should not be too hard to implement", "This should be easy to add", "It
    // shouldn't take long": how hard a task will be is an estimate, not a course urged.
    if matches!(first, "should" | "shouldn't")
        && matches!(prev, Some("it" | "this" | "that"))
        && estimates_effort(&tokens[m.action_start..], res)
    {
        return true;
    }
    // "the emulator must be running": a progressive after "must" infers; "it should
    // be noted that", "it must be said": a formula that introduces a statement.
    if first == "must" && next(0) == Some("be") && next(1).is_some_and(|w| w.ends_with("ing")) {
        return true;
    }
    if matches!(first, "should" | "must")
        && prev == Some("it")
        && next(0) == Some("be")
        && next(1).is_some_and(|w| DISCOURSE_PARTICIPLES.contains(&w))
    {
        return true;
    }
    if habitual_before(tokens, m.start, res) {
        return true;
    }
    let clause_start = clause_start(tokens, m.start);
    let clause: Vec<&str> = tokens[clause_start..m.start]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    // "A patient ... still has to find an open pharmacy": what someone is left having
    // to do describes a situation; so does what they have to do in a clause of time,
    // reason or concession ("cannot grow while every passenger has to go through
    // Incheon").
    let circumstance = clause_start > 0
        && matches!(
            tokens[clause_start - 1].lower.as_str(),
            "while" | "because" | "since" | "as" | "when" | "whereas" | "although" | "though"
        );
    // "..., which means elderly residents now have to carry heavy boxes": so is what
    // someone has to do as the consequence of what was said.
    // "Otherwise users have to leave the app": so is what someone has to do if the
    // course named before is not taken.
    let consequence = clause
        .first()
        .is_some_and(|w| matches!(*w, "means" | "meant"))
        || tokens[..clause_start]
            .iter()
            .rev()
            .find(|t| t.lower != ",")
            .is_some_and(|t| t.lower == "otherwise")
        || (clause_start >= 2
            && tokens[clause_start - 1].lower == "that"
            && matches!(tokens[clause_start - 2].lower.as_str(), "means" | "meant"));
    // "Telling us in July that we need a third more doses is asking for shortages":
    // what others tell the speakers they need is no advice of theirs.
    let told_us = clause_start >= 2
        && tokens[clause_start - 1].lower == "that"
        && prev.is_some_and(|p| matches!(p, "we" | "i"))
        && tokens[..clause_start - 1]
            .iter()
            .rev()
            .take(TOLD_WORDS)
            .take_while(|t| t.is_word)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                matches!(w[0].lower.as_str(), "us" | "me")
                    && matches!(w[1].lower.as_str(), "telling" | "told" | "tells" | "tell")
            });
    // "a fund that has to pay people in 2060": what a relative clause says its noun has
    // to do describes it; "our users have to move their money every night", "My
    // customers have to stop somewhere": so does what the speaker's own people are
    // made to do, and "Somebody has to pay for that" names no one to act.
    let relative = clause.is_empty()
        && clause_start >= 2
        && matches!(
            tokens[clause_start - 1].lower.as_str(),
            "that" | "who" | "which"
        )
        && tokens[clause_start - 2].is_word;
    // ("Today our users": past a word of time.)
    let own_people = clause.iter().take(2).any(|w| matches!(*w, "our" | "my"));
    // "My app must run on phones and tablets", "My kids need to be in bed by eight":
    // what the writer's own things or people must do describes them.
    let writers_own = clause.first() == Some(&"my");
    let described = (matches!(first, "has" | "have")
        && (relative || own_people || matches!(clause.as_slice(), ["somebody" | "someone"])))
        || (matches!(first, "need" | "needs" | "must") && writers_own);
    let circumstance = circumstance || consequence || told_us || described;
    // So is what someone needs in a clause of reason ("not because we need foreign
    // fruit").
    if (matches!(first, "has" | "have" | "had") && (prev == Some("still") || circumstance))
        || (matches!(first, "need" | "needs") && circumstance)
        || (first == "must" && writers_own)
    {
        return true;
    }
    // "The new version should be available next week": readiness expected by a time is
    // a forecast, not a course urged ("should be available to everyone" urges).
    if m.cue.words == ["should"] && forecasts_readiness(&tokens[m.action_start..]) {
        return true;
    }
    // "Households should see their bills fall", "You should see a dialog asking for
    // permission", "You should receive the refund within a week": what someone is
    // expected to see or get is a forecast ("Visitors should see the temple at dawn",
    // "should see a doctor" urge).
    if m.cue.words == ["should"] && forecasts_experience(&tokens[m.action_start..]) {
        return true;
    }
    // "Protecting growers should not mean that children go without": what a course of
    // action should mean is a claim about it, not an act urged.
    if is_modal(m.cue) && matches!(next(0), Some("mean" | "means")) {
        return true;
    }
    // "I need to reinstall the app every week", "I have to restart it": the speaker's
    // own obligation urges no one.
    let obligation = matches!(
        first,
        "should" | "must" | "need" | "have" | "ought" | "shouldn't" | "mustn't"
    );
    let mut p = m.start;
    while p > 0
        && (tokens[p - 1].lower.ends_with("ly")
            || matches!(
                tokens[p - 1].lower.as_str(),
                "also" | "still" | "just" | "then"
            ))
    {
        p -= 1;
    }
    if obligation && p > 0 && tokens[p - 1].lower == "i" {
        return true;
    }
    // "If crowding is the problem, the museum can extend its opening hours": a remedy
    // offered for a problem the sentence grants; any other "can" says what is possible.
    let remedy = remedy_for_granted_problem(&tokens[..m.start]);
    if m.cue.words == ["can"] && !remedy {
        return true;
    }
    // "could subsidize households instead of lowering the wage" offers an alternative;
    // "prices could rise" does not.
    if m.cue.words == ["could"] && !remedy && !offered {
        // Up to a semicolon: a full stop inside a sentence is an abbreviation's ("U.S.").
        let clause = tokens[m.action_start..]
            .iter()
            .take_while(|t| t.lower != ";")
            .filter(|t| t.is_word);
        let words: Vec<&str> = clause.map(|t| t.lower.as_str()).collect();
        // Not one inside an infinitive the action governs: "a buyback tax could push
        // companies to hoard cash rather than pay dividends" forecasts.
        let infinitive = (1..words.len())
            .find(|&p| words[p - 1] == "to" && res.base_verbs.contains(words[p]))
            .unwrap_or(words.len());
        // Nor one inside a condition: "both could work if the dormitories were built in
        // town rather than behind the shipyard" forecasts.
        let condition = words
            .iter()
            .position(|w| matches!(*w, "if" | "unless" | "provided" | "once"))
            .unwrap_or(words.len());
        let alternative = [["instead", "of"], ["rather", "than"]]
            .iter()
            .filter_map(|w| find_words(&words, w))
            .any(|p| p < infinitive.min(condition));
        // "Korea could offer to buy more gas to soften the blow": an action with the
        // purpose it would serve is an option put forward; "prices could rise to 5
        // percent" is a forecast.
        // (The verb, at least two words of its object, then "to" and a verb.) A "to"
        // inside a condition is not the purpose: "the expansion could work if staff
        // were trained to check ages" forecasts.
        let purpose = res
            .base_verbs
            .contains(words.first().copied().unwrap_or(""))
            && (4..condition).any(|p| words[p - 1] == "to" && res.base_verbs.contains(words[p]));
        // "council members could start by giving up their trip": a first step offered.
        let first_step = words.len() > 2
            && matches!(words[0], "start" | "begin")
            && words[1] == "by"
            && words[2].ends_with("ing");
        // "Local governments could buy them in bulk and lend them to complexes that
        // ask": a body that opens the sentence or a clause after its semicolon ("...;
        // the government could subsidize the difference") or a reported "but that" ("said
        // divestment made sense but that the fund could sell gradually"), offered a
        // course it could take (not what could befall it: "The city could lose its
        // rating").
        let clause_start = tokens[..m.start]
            .iter()
            .enumerate()
            .rposition(|(p, t)| {
                t.lower == ";" || (t.lower == "that" && p > 0 && tokens[p - 1].lower == "but")
            })
            .map_or(0, |p| p + 1);
        // Past the quotation mark that opens the words ("\"The province could share
        // teachers ...\"") and a conjunction.
        let quoted = clause_start
            + tokens[clause_start..m.start]
                .iter()
                .take_while(|t| is_opening_quote(&t.lower))
                .count();
        let opening = quoted
            + usize::from(
                tokens
                    .get(quoted)
                    .is_some_and(|t| OPENING_CONJUNCTIONS.contains(&t.lower.as_str())),
            );
        let subject = &tokens[opening.min(m.start)..m.start];
        let body_word = |w: &str| {
            let one = w
                .strip_suffix("ies")
                .map(|stem| format!("{stem}y"))
                .or_else(|| w.strip_suffix('s').map(str::to_string));
            res.organisation_words.contains(w)
                || one.is_some_and(|one| res.organisation_words.contains(&one))
        };
        let acts = words.first().is_some_and(|&v| {
            v != "be"
                && !res.consequence_verbs.contains_key(v)
                && !res.change_verbs.contains_key(v)
                && !res.effect_verbs.contains_key(v)
        });
        /// Words of such a subject at most ("The Defense Ministry").
        const BODY_WORDS: usize = 4;
        let body_offers = (1..=BODY_WORDS).contains(&subject.len())
            && subject.iter().all(|t| {
                t.is_word
                    && res.is_speech_verb(&t.lower).is_none()
                    && !res.pronouns.contains_key(&t.lower)
            })
            && subject.last().is_some_and(|t| body_word(&t.lower))
            && acts;
        if !alternative && !purpose && !first_step && !body_offers {
            return true;
        }
    }
    // "It is worth booking ahead" urges; "the pilot was worth trying" judges the pilot
    // (the cues of "worth" open with "it"). "You're better off taking a taxi" urges;
    // "households are better off than last year" compares.
    let worth = m.cue.words.last().is_some_and(|w| w == "worth");
    let gerund_only =
        (m.cue.words.len() == 1 && m.actor.is_none() && GERUND_ONLY_CUES.contains(&first))
            || worth
            || m.cue.words.last().is_some_and(|w| w == "off");
    let discourse = |w: &str| {
        DISCOURSE_GERUNDS.contains(&w)
            || (w == "asking" && next(1).is_none_or(|n| ASKED_QUESTION_WORDS.contains(&n)))
    };
    // "I'd suggest a separate queue for updates", "We suggest a walk along the river":
    // what the speakers themselves suggest is offered, a thing as well as an act ("The
    // figures suggest a slowdown" reports a link).
    let offered_thing = first == "suggest"
        && in_first_person(tokens, m.start)
        && next(0).is_some_and(|w| OFFERED_DETERMINERS.contains(&w));
    if gerund_only
        && !offered_thing
        && !next(0).is_some_and(|w| w.ends_with("ing") && w.len() > 4 && !discourse(w))
    {
        return true;
    }
    // "It's worth trying, but ...": a gerund with nothing after it takes "it" for its
    // object, so "it" is what was named before and is judged; "It is worth booking
    // ahead" urges.
    let ends_clause = next(1).is_none_or(|w| !w.starts_with(char::is_alphanumeric));
    if worth && next(0).is_some() && ends_clause {
        return true;
    }
    // "a think tank recommended on Monday", "... this week": no action follows.
    let time_follows = next(0).is_some_and(|w| {
        matches!(
            w,
            "on" | "in" | "at" | "last" | "yesterday" | "today" | "earlier"
        )
    }) || (next(0) == Some("this")
        && next(1).is_some_and(|w| matches!(w, "week" | "month" | "year" | "morning")));
    if m.cue.words.len() == 1 && GERUND_CUES.contains(&first) && time_follows {
        return true;
    }
    // "Asked about the proposal, Kim was cautious": a participle opening the sentence;
    // "the project, which Washington has asked Seoul to invest in": a request the
    // sentence only mentions in a relative clause. "said (on the 28th) that it had
    // asked the government to": "that" after a verb of speech opens what was said.
    let relative_pronoun = |k: usize| match tokens[k].lower.as_str() {
        "which" | "who" | "whom" => true,
        "that" => {
            let verb = res.before_time_phrases(tokens, k, 0);
            verb == 0 || res.is_speech_verb(&tokens[verb - 1].lower).is_none()
        }
        _ => false,
    };
    if REQUEST_CUES.contains(&first)
        && (m.start == 0 || (m.start.saturating_sub(3)..m.start).any(relative_pronoun))
    {
        return true;
    }
    // "Calls for X are growing", "mounting calls for X": a noun, not a verb; so after a
    // verb that turns the call down ("rejected calls for X"), a side taken, no advice.
    if matches!(first, "calls" | "call")
        && prev.is_none_or(|p| {
            matches!(
                p,
                "the"
                    | "growing"
                    | "mounting"
                    | "renewed"
                    | "new"
                    | "rejected"
                    | "rejects"
                    | "dismissed"
                    | "dismisses"
                    | "resisted"
                    | "resists"
                    | "ignored"
                    | "ignores"
                    | "opposed"
                    | "opposes"
            )
        })
    {
        return true;
    }
    if matches!(first, "need" | "needs") && matches!(prev, Some("the" | "a" | "no" | "any")) {
        return true;
    }
    // "asked for it", "asked for more", "have asked for years why they pay": a request
    // that names no course of action; "We asked for protection, and we got
    // surveillance": the speakers' own request, told as past.
    if m.cue.words.get(1).is_some_and(|w| w == "for") && m.actor.is_none() {
        let spans_time = |w: &str| {
            matches!(
                w,
                "years" | "months" | "decades" | "weeks" | "days" | "ages"
            )
        };
        // "Teachers have asked for this for years": how long it was asked for ends it too.
        let bare = next(0).is_some_and(|w| matches!(w, "it" | "this" | "that" | "them" | "more"))
            && (next(1).is_none_or(|w| !w.starts_with(char::is_alphanumeric))
                || (next(1) == Some("for") && next(2).is_some_and(spans_time)));
        let duration = next(0).is_some_and(spans_time);
        // "said he had asked for a machine so that he could close at nine": a request
        // told as the past of the story.
        let own_past = first == "asked" && matches!(prev, Some("we" | "i" | "had"));
        if bare || duration || own_past {
            return true;
        }
    }
    // "Best to book ahead", "It is better to wait": not "the best to date", "far better
    // to look at" ("a better course is to" names its own noun).
    if matches!(first, "best" | "better")
        && m.cue.words.len() <= 2
        && m.cue.words.get(1).is_some_and(|w| w == "to")
        && m.start > 0
        && tokens[m.start - 1].is_word
        && !matches!(prev, Some("is" | "it's" | "was"))
    {
        return true;
    }
    // "We need a tool for deploying packages" urges like "a tool is needed"; "the plant
    // needs 500 workers", "patients who need care" state a fact.
    // Nor "how many workers we need and how to settle them": nothing is needed after it.
    let object_follows = next(0).is_some_and(|w| {
        !matches!(
            w,
            "and" | "or" | "but" | "so" | "than" | "as" | "if" | "when" | "because"
        )
    });
    // "Korea needs more L-SAM batteries": more of something urged on whoever needs it
    // (not "a tourism industry that needs more buses", a description).
    let more_urged = next(0).is_some_and(|w| matches!(w, "more" | "fewer"))
        && !matches!(prev, Some("that" | "which" | "who"));
    if matches!(m.cue.words.as_slice(), [w] if w == "need" || w == "needs")
        && !more_urged
        && (p == 0 || tokens[p - 1].lower != "we" || !object_follows)
    {
        return true;
    }
    // "No parcel is so urgent that a person should die for it": a result denied by
    // the clause it depends on.
    let that = tokens[..m.start]
        .iter()
        .rposition(|t| t.lower == "that")
        .filter(|&t| m.start - t <= RESULT_SUBJECT_TOKENS);
    if let Some(that) = that {
        let degree = tokens[that.saturating_sub(3)..that]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "so" | "such"));
        let denied = tokens[..that]
            .iter()
            .any(|t| is_negation(&t.lower) || t.lower == "nothing");
        if degree && denied {
            return true;
        }
    }
    // "money that would have to come from somewhere": a necessity under a condition
    // (what a plan would require), not advice; "Motorcycles may soon have to carry a
    // plate": a necessity foreseen.
    let foreseen = tokens[..m.start]
        .iter()
        .rev()
        .take(2)
        .find(|t| {
            !matches!(
                t.lower.as_str(),
                "soon" | "also" | "eventually" | "one" | "day"
            )
        })
        .is_some_and(|t| matches!(t.lower.as_str(), "may" | "might" | "could"));
    // "They did not have to give up the passport", "Consumers do not have to worry": no
    // necessity, no advice. A tip to the reader ("You don't need to book") is left to
    // the rules that read it.
    let do_not = |k: usize| {
        let (negated, auxiliary) = match tokens[k].lower.as_str() {
            "didn't" | "didn’t" => (true, k),
            "don't" | "doesn't" | "don’t" | "doesn’t" => (true, k),
            "not" if k > 0 && matches!(tokens[k - 1].lower.as_str(), "do" | "does" | "did") => {
                (true, k - 1)
            }
            _ => (false, k),
        };
        let past = tokens[auxiliary].lower.starts_with("did");
        let to_the_reader = auxiliary > 0 && tokens[auxiliary - 1].lower == "you";
        negated && (past || !to_the_reader)
    };
    if matches!(first, "have" | "has" | "need" | "needs") && m.start > 0 && do_not(m.start - 1) {
        return true;
    }
    // "so that ships no longer have to share berths", "will never have to wait",
    // "won't need to queue": a necessity taken away, no advice.
    let before = |n: usize| m.start.checked_sub(n).map(|k| tokens[k].lower.as_str());
    let taken_away = matches!(before(1), Some("never" | "won't" | "won’t"))
        || (before(1) == Some("longer") && before(2) == Some("no"))
        || (before(1) == Some("not") && before(2) == Some("will"));
    if matches!(first, "have" | "has" | "need" | "needs") && taken_away {
        return true;
    }
    // ("You may need to book ahead" still advises.)
    if matches!(first, "have" | "need") && prev == Some("would") || first == "have" && foreseen {
        return true;
    }
    // "If the offices must close, the vans should come every week", "If you must drive,
    // go slowly": a modal inside the condition that opens the sentence is granted, not
    // urged.
    let opener = tokens
        .iter()
        .position(|t| t.is_word && !OPENING_CONJUNCTIONS.contains(&t.lower.as_str()));
    if is_modal(m.cue)
        && opener.is_some_and(|o| {
            o < m.start
                && matches!(tokens[o].lower.as_str(), "if" | "unless" | "when" | "once")
                && !tokens[o..m.start].iter().any(|t| !t.is_word)
        })
    {
        return true;
    }
    // "If automation destroys jobs, we will have to talk about it": what a condition
    // will make necessary is a forecast, not advice.
    let condition_before = tokens[..m.start.saturating_sub(1)]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "if" | "unless"))
        .is_some_and(|c| tokens[c..m.start].iter().any(|t| t.lower == ","));
    if matches!(first, "have" | "need") && prev == Some("will") && condition_before {
        return true;
    }
    // "After that, I will have to choose between my knees and my grocery money": what
    // speakers foresee they themselves will have to do is a forecast, not advice.
    let own_future = match (before(2), before(1)) {
        (Some("i" | "we"), Some("will")) => true,
        (_, Some(w)) => matches!(w, "i'll" | "we'll" | "i’ll" | "we’ll"),
        _ => false,
    };
    if matches!(first, "have" | "need") && own_future {
        return true;
    }
    false
}

/// Whether a clause of "but" after the action from `from` says that what was expected
/// does not happen: "but it closes instead", "but it doesn't", "but they still crash".
fn expectation_contradicted(tokens: &[Token], from: usize, res: &Resources) -> bool {
    let Some(but) = (from..tokens.len()).find(|&k| tokens[k].lower == "but") else {
        return false;
    };
    let clause: Vec<&str> = tokens[but + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    match clause.as_slice() {
        ["it" | "they" | "nothing", rest @ ..] => {
            matches!(
                rest.first(),
                Some(&("does" | "doesn't" | "did" | "didn't" | "never" | "don't"))
            ) || rest.iter().any(|w| matches!(*w, "instead" | "still"))
                // "..., but it throws an exception": a fault in its place.
                || rest.first().is_some_and(|w| {
                    res.consequence_verbs.get(*w) == Some(&StanceLabel::Against)
                })
        }
        _ => false,
    }
}

/// Where the clause of the word at `at` begins: after the last punctuation or subject
/// boundary before it.
fn clause_start(tokens: &[Token], at: usize) -> usize {
    tokens[..at]
        .iter()
        .rposition(|t| !t.is_word || SUBJECT_BOUNDARIES.contains(&t.lower.as_str()))
        .map_or(0, |p| p + 1)
}

/// Whether the clause before token `at` tells what happens now or by habit
/// ("Currently you need to write a lot of code", "Each time I have to log in"), so
/// that a need or an obligation at `at` is not what should happen.
fn habitual_before(tokens: &[Token], at: usize, res: &Resources) -> bool {
    let words = |from: usize, to: usize| -> Vec<&str> {
        tokens[from..to].iter().map(|t| t.lower.as_str()).collect()
    };
    // "Every time I open the project, Visual Studio needs to restore all packages": an
    // opening clause of habit before the comma ("Right now, we need to focus on
    // prices" urges: an adverb set apart).
    let opening = tokens[..at]
        .iter()
        .position(|t| t.lower == ",")
        .is_some_and(|comma| {
            matches!(
                words(0, comma).as_slice(),
                ["every" | "each", "time", ..] | ["whenever", ..]
            )
        });
    let clause = words(clause_start(tokens, at), at);
    opening
        || res
            .habitual_phrases
            .iter()
            .any(|h| find_words(&clause, h).is_some())
}

/// Whether sentence `i` tells what someone needs or has to do now or by habit
/// ("Currently we need to write a lot of boilerplate code"): the rules find no advice
/// in it, and the learned head must add none.
pub(crate) fn habitual_necessity(doc: &Document, i: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    (0..tokens.len()).any(|k| {
        let necessity = match tokens[k].lower.as_str() {
            "need" | "needs" | "have" | "has" => tokens.get(k + 1).is_some_and(|t| t.lower == "to"),
            "must" => true,
            _ => false,
        };
        necessity && habitual_before(tokens, k, res)
    })
}

/// Whether sentence `i` estimates how hard a task will be ("It should not be too hard to
/// implement", "This should be a simple change"): the rules set it aside
/// (`estimates_effort`), and the learned head must not add it.
pub(crate) fn estimates_effort_of(doc: &Document, i: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    (1..tokens.len()).any(|k| {
        let denied = tokens.get(k + 1).is_some_and(|t| t.lower == "not");
        matches!(tokens[k].lower.as_str(), "should" | "shouldn't")
            && matches!(tokens[k - 1].lower.as_str(), "it" | "this" | "that")
            && estimates_effort(&tokens[k + 1 + usize::from(denied)..], res)
    })
}

/// Whether an action after "it should" estimates the effort of a task: "be (too) hard
/// to implement", "be easy", "take long".
fn estimates_effort(action: &[Token], res: &Resources) -> bool {
    const DEGREE: [&str; 8] = [
        "too",
        "very",
        "that",
        "so",
        "fairly",
        "quite",
        "pretty",
        "relatively",
    ];
    let words: Vec<&str> = action
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    match words.as_slice() {
        // "be a simple change", "be an easy fix": an article before the estimate.
        ["be", rest @ ..] => {
            let skip = rest
                .iter()
                .take_while(|w| DEGREE.contains(w) || matches!(**w, "a" | "an"))
                .count();
            rest.get(skip)
                .is_some_and(|w| res.effort_words.contains(*w))
        }
        ["take", "long" | "much", ..] => true,
        _ => false,
    }
}

/// Whether the verb at token `at` ("suggest", "recommend") is the speaker's own: "I
/// suggest", "We would suggest", "I'd also recommend".
fn in_first_person(tokens: &[Token], at: usize) -> bool {
    let mut k = at;
    while k > 0 && (tokens[k - 1].lower.ends_with("ly") || tokens[k - 1].lower == "also") {
        k -= 1;
    }
    let word = |o: usize| k.checked_sub(o).map(|p| tokens[p].lower.as_str());
    match word(1) {
        Some("i" | "we" | "i'd" | "i’d" | "we'd" | "we’d") => true,
        Some("would" | "'d" | "’d") => matches!(word(2), Some("i" | "we")),
        _ => false,
    }
}

/// A modal in an indirect question ("clashed over whether non-bank companies should
/// be allowed to ...", "explain how the pill should be used"): what is asked is not
/// urged. "That is how Korea should respond" still urges: a question word other than
/// "whether" asks only after a verb of knowing or telling.
/// Whether `before` (the words before a modal) is "If <something> is the problem," and
/// the modal's subject: a condition that grants a problem, or an aim, and so makes
/// what follows its remedy.
fn remedy_for_granted_problem(before: &[Token]) -> bool {
    // An opening quotation mark is no part of the condition.
    let opening = before.iter().take_while(|t| !t.is_word).count();
    let words: Vec<&str> = before[opening..].iter().map(|t| t.lower.as_str()).collect();
    let Some(comma) = words.iter().position(|w| *w == ",") else {
        return false;
    };
    // "If the city needs money for crowded streets, it could charge ...": a need the
    // condition grants its subject.
    let granted_need = words.first() == Some(&"if")
        && words[1..comma]
            .iter()
            .position(|w| matches!(*w, "needs" | "need" | "wants" | "want"))
            .is_some_and(|v| v >= 1 && words[1..=v].iter().all(|w| before_subject_word(w)));
    if granted_need {
        return words[comma + 1..].iter().all(|w| before_subject_word(w));
    }
    words.first() == Some(&"if")
        && comma >= 4
        && matches!(words[comma - 3], "is" | "are")
        && matches!(words[comma - 2], "the" | "a" | "your")
        && matches!(
            words[comma - 1],
            "problem" | "worry" | "concern" | "fear" | "aim" | "goal" | "issue"
        )
        && words[comma + 1..].iter().all(|w| before_subject_word(w))
}

/// A word of a modal's subject: no verb or clause boundary between the condition's
/// comma and the modal.
fn before_subject_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
        && !matches!(w, "that" | "which" | "who" | "is" | "are" | "was" | "were")
}

fn asks_whether(tokens: &[Token], m: &CueMatch, res: &Resources) -> bool {
    const ASKING: [&str; 9] = [
        "explain",
        "know",
        "decide",
        "ask",
        "understand",
        "discuss",
        "show",
        "tell",
        "teach",
    ];
    let (start, _) = subject_bounds(tokens, m.start, res);
    if !is_modal(m.cue) || start == 0 {
        return false;
    }
    let asked_by = |k: usize| {
        ASKING.iter().any(|v| {
            tokens[k]
                .lower
                .strip_prefix(v)
                .is_some_and(|rest| rest.len() <= 3)
        })
    };
    match tokens[start - 1].lower.as_str() {
        "whether" => true,
        "how" | "what" | "where" | "when" | "which" | "who" => start >= 2 && asked_by(start - 2),
        _ => false,
    }
}

/// The subject before a modal, back to the clause boundary: "Korea" in "Therefore,
/// she said, Korea should ...".
fn subject_of(doc: &Document, tokens: &[Token], modal: usize, res: &Resources) -> Option<String> {
    let (mut start, end) = subject_bounds(tokens, modal, res);
    // "Korea and Japan should ...": two names joined at the head of the clause are one
    // subject.
    let capitalized = |t: &Token| t.is_word && is_capitalized(doc.slice(t.span));
    if start >= 2 && start < end && tokens[start - 1].lower == "and" && capitalized(&tokens[start])
    {
        let mut first = start - 1;
        while first > 0 && capitalized(&tokens[first - 1]) {
            first -= 1;
        }
        if first < start - 1 && (first == 0 || !tokens[first - 1].is_word) {
            start = first;
        }
    }
    // "The Ministry of Land, Infrastructure and Transport, which ..., should": the
    // commas between the parts of a name are inside the subject.
    while start >= 2 && start < end && doc.comma_in_name(tokens, start - 1) {
        start -= 1;
        while start > 0 && !ends_subject(&tokens[start - 1], res) {
            start -= 1;
        }
    }
    // "Nurses, factory workers and delivery drivers should not have to choose": a list
    // of short noun phrases at the head of the clause is one subject.
    if let Some(first) = listed_subject(tokens, start) {
        start = first;
    }
    // "There should be a way to ...": an existential subject urges no one.
    if end == start + 1 && tokens[start].lower == "there" {
        return None;
    }
    // "If the government wants care, it should hire ...": the pronoun that opens the
    // main clause after a condition is the condition's subject.
    if end == start + 1
        && start > 0
        && tokens[start - 1].lower == ","
        && let Some(subject) = condition_subject(doc, tokens, start - 1, &tokens[start].lower, res)
    {
        return Some(subject);
    }
    if start < end {
        return Some(span_text(doc, tokens, start, end));
    }
    shared_subject(doc, tokens, end, res)
        .or_else(|| split_quote_subject(doc, tokens[modal].span.start))
}

/// Where a list that ends with the subject starting at token `start` begins ("A, B and
/// C"), when it opens its clause: at least three items of at most three words, joined
/// by commas and a last "and" or "or".
fn listed_subject(tokens: &[Token], start: usize) -> Option<usize> {
    /// Words of one item.
    const ITEM_WORDS: usize = 3;
    if start < 2 || !matches!(tokens[start - 1].lower.as_str(), "and" | "or") {
        return None;
    }
    let mut first = start - 1;
    let mut items = 1;
    loop {
        let item_end = first;
        while first > 0 && tokens[first - 1].is_word && item_end - first < ITEM_WORDS + 1 {
            first -= 1;
        }
        if first == item_end || item_end - first > ITEM_WORDS {
            return None;
        }
        items += 1;
        if first >= 2 && tokens[first - 1].lower == "," && tokens[first - 2].is_word {
            first -= 1;
            continue;
        }
        break;
    }
    let opens_clause = first == 0 || !tokens[first - 1].is_word;
    (items >= 3 && opens_clause).then_some(first)
}

/// "If the government wants care, it": the subject of a clause of condition or time
/// that opens the sentence and ends at the comma at token `comma`, when `pronoun` ("it",
/// "they") agrees with it in number.
fn condition_subject(
    doc: &Document,
    tokens: &[Token],
    comma: usize,
    pronoun: &str,
    res: &Resources,
) -> Option<String> {
    /// Words of the condition's subject.
    const SUBJECT_WORDS: usize = 4;
    let opener = tokens.iter().position(|t| t.is_word)?;
    if !matches!(
        tokens[opener].lower.as_str(),
        "if" | "when" | "unless" | "once"
    ) || tokens[opener + 1..comma].iter().any(|t| !t.is_word)
    {
        return None;
    }
    // The subject ends at its verb: an auxiliary, or a verb in the present or past.
    let is_verb = |w: &str| {
        AUXILIARIES.contains(&w)
            || matches!(w, "need" | "needs")
            || is_present_of(w, &res.base_verbs)
            || w.strip_suffix("es")
                .is_some_and(|stem| res.base_verbs.contains(stem))
            || is_past_of(w, &res.base_verbs)
    };
    let from = opener + 1;
    // A word after a determiner is a noun ("the fines"); a base form after a plural is
    // its verb ("If residents want ...").
    let verb = (from + 1..comma.min(from + SUBJECT_WORDS + 1)).find(|&k| {
        let w = tokens[k].lower.as_str();
        let after = tokens[k - 1].lower.as_str();
        (is_verb(w) || (res.base_verbs.contains(w) && looks_plural(after)))
            && !matches!(after, "the" | "a" | "an")
    })?;
    let plural = looks_plural(&tokens[verb - 1].lower);
    let agrees = match pronoun {
        "it" => !plural,
        "they" => plural,
        _ => false,
    };
    agrees.then(|| span_text(doc, tokens, from, verb))
}

/// "said the ban was overdue and should cover break times": the subject of the clause
/// the modal's "and" (just before token `end`) joins it to, up to that clause's
/// auxiliary.
fn shared_subject(doc: &Document, tokens: &[Token], end: usize, res: &Resources) -> Option<String> {
    if end == 0 || tokens[end - 1].lower != "and" {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && !ends_subject(&tokens[start - 1], res) {
        start -= 1;
    }
    let auxiliary = (start..end - 1).find(|&k| AUXILIARIES.contains(&tokens[k].lower.as_str()))?;
    (auxiliary > start).then(|| span_text(doc, tokens, start, auxiliary))
}

/// The tokens of the subject before a modal, back to the clause boundary (without the
/// adverbs next to the modal).
fn subject_bounds(tokens: &[Token], modal: usize, res: &Resources) -> (usize, usize) {
    /// Words of a parenthesis between the subject and its modal ("for their part").
    const PARENTHESIS_WORDS: usize = 4;
    /// Words of a relative clause between commas ("which set the age in 1984").
    const RELATIVE_CLAUSE_WORDS: usize = 12;
    let mut end = modal;
    while end > 0 && SKIPPED_ADVERBS.contains(&tokens[end - 1].lower.as_str()) {
        end -= 1;
    }
    // "but it does need to stop pretending": the auxiliary of emphasis is no part of
    // the subject ("the people who do should not" end on a verb of their own).
    if end >= 2
        && matches!(tokens[end - 1].lower.as_str(), "does" | "do" | "did")
        && matches!(tokens[modal].lower.as_str(), "need" | "have")
    {
        end -= 1;
    }
    // "Local governments, for their part, should ...", "The central government, which
    // set the age in 1984, should ...", "Digital literacy, now an optional unit taught
    // a few hours a year, should ...": past a short parenthesis, a relative clause or
    // an appositive.
    if end >= 3 && tokens[end - 1].lower == "," {
        let comma = (end.saturating_sub(RELATIVE_CLAUSE_WORDS + 2)..end - 1)
            .rev()
            .take_while(|&k| tokens[k].is_word || tokens[k].lower == ",")
            .find(|&k| tokens[k].lower == ",")
            .filter(|&c| {
                end - 1 - c <= PARENTHESIS_WORDS
                    || matches!(
                        tokens[c + 1].lower.as_str(),
                        "which" | "who" | "a" | "an" | "the" | "now" | "once" | "still" | "long"
                    )
            });
        if let Some(c) = comma
            && c > 0
            && c + 1 < end - 1
            && tokens[c - 1].is_word
            && !ends_subject(&tokens[c - 1], res)
        {
            end = c;
        }
    }
    let mut start = end;
    while start > 0 && !ends_subject(&tokens[start - 1], res) {
        start -= 1;
    }
    // "Farmers who use the most water should pay", "Companies that benefit from the
    // reserve should share its cost": the people a relative clause describes are the
    // subject, with the clause ("that" only after a plural noun, or one after "a", that opens the clause,
    // or one noun before it after a verb of speech: "said night shifts that remain
    // should"; not "concerns that", "said in remarks that").
    let opens_clause = |k: usize| {
        let head = if k >= 1
            && matches!(
                tokens[k - 1].lower.as_str(),
                "the" | "all" | "any" | "a" | "an" | "every" | "no"
            ) {
            k - 1
        } else {
            k
        };
        let reported_modifier = head >= 2
            && res.is_speech_verb(&tokens[head - 2].lower).is_some()
            && tokens[head - 1].is_word
            && !res.base_verbs.contains(&tokens[head - 1].lower)
            && !POSSESSED.contains(&tokens[head - 1].lower.as_str())
            && !ends_subject(&tokens[head - 1], res)
            && !matches!(
                tokens[head - 1].lower.as_str(),
                "in" | "on" | "at" | "of" | "for" | "with" | "by"
            );
        head == 0
            || !tokens[head - 1].is_word
            || reported_modifier
            // "..., and banks that close should run a mobile branch": a clause of its
            // own after a conjunction.
            || matches!(tokens[head - 1].lower.as_str(), "and" | "but" | "or")
    };
    // "A city that built its name on this garden should not": one noun after an
    // indefinite determiner that opens the clause is described too.
    let indefinite =
        |k: usize| k >= 2 && matches!(tokens[k - 2].lower.as_str(), "a" | "an" | "every" | "no");
    let relative = |k: usize| {
        tokens[k - 1].is_word
            && (tokens[k].lower == "who"
                || (tokens[k].lower == "that"
                    && ((tokens[k - 1].lower.len() > 3 && looks_plural(&tokens[k - 1].lower))
                        || indefinite(k))
                    && opens_clause(k - 1)))
    };
    // "Anyone who thinks the rule is too strict should": a verb of speech or thought in
    // a relative clause of the subject is no boundary of it.
    if start >= 3
        && res.is_speech_verb(&tokens[start - 1].lower).is_some()
        && tokens[start - 2].lower == "who"
    {
        start -= 1;
    }
    if start >= 2 && relative(start - 1) {
        start -= 1;
        while start > 0 && !ends_subject(&tokens[start - 1], res) {
            start -= 1;
        }
    }
    // "lifting the age at which payments begin should wait": past a relative clause
    // that a preposition and "which" open, to the noun it describes.
    if start >= 3
        && matches!(tokens[start - 1].lower.as_str(), "which" | "whom")
        && matches!(
            tokens[start - 2].lower.as_str(),
            "at" | "in" | "on" | "by" | "under" | "for" | "from" | "with" | "to"
        )
        && tokens[start - 3].is_word
    {
        start -= 2;
        while start > 0 && !ends_subject(&tokens[start - 1], res) {
            start -= 1;
        }
    }
    (start, end)
}

/// Whether walking back from a modal or a predicate stops before token `t`.
fn ends_subject(t: &Token, res: &Resources) -> bool {
    !t.is_word
        || SUBJECT_BOUNDARIES.contains(&t.lower.as_str())
        || res.is_speech_verb(&t.lower).is_some()
}

/// `"Korea," he said, "must not ..."`: a quotation split by its attribution; the
/// subject is the short fragment before the split.
fn split_quote_subject(doc: &Document, modal_start: usize) -> Option<String> {
    let quotes: Vec<_> = doc
        .quotations
        .iter()
        .filter(|q| q.is_speech && !q.nested)
        .collect();
    let at = quotes.iter().position(|q| {
        q.inner.start <= modal_start && doc.text[q.inner.start..modal_start].trim().is_empty()
    })?;
    let before = quotes.get(at.checked_sub(1)?)?;
    let between = &doc.text[before.span.end..quotes[at].span.start];
    let fragment = doc.slice(before.inner).trim();
    let subject = fragment.strip_suffix(',')?.trim();
    let short = subject.split_whitespace().count() <= ACTOR_MAX_WORDS;
    (short && between.len() < 40 && !subject.is_empty()).then(|| subject.to_string())
}

/// Whether token `k`, after ", and" or ", or" in an action, opens a clause with a
/// subject of its own ("..., and the idea dies", "..., and you lose the ones ...",
/// "..., and most of us will line up").
fn opens_a_clause_subject(tokens: &[Token], k: usize) -> bool {
    let Some(w) = tokens.get(k) else {
        return false;
    };
    // ", and then a levy protects them fairly": past "then".
    if w.lower == "then" {
        return opens_a_clause_subject(tokens, k + 1);
    }
    let quantifier_of = matches!(w.lower.as_str(), "most" | "many" | "some" | "all" | "few")
        && tokens.get(k + 1).is_some_and(|n| n.lower == "of");
    quantifier_of
        || matches!(
            w.lower.as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "it"
                | "they"
                | "we"
                | "you"
                | "he"
                | "she"
                | "why"
                | "how"
                | "where"
        )
}

/// Tokens of a comparison between commas inside an action ("as Hong Kong does", "as it
/// did for seismic work on schools").
const COMPARISON_TOKENS: usize = 10;

/// The action spans (token ranges) from `start`, split where a coordinated verb starts
/// a second action ("should X and should Y", "should X, and Y-verb ...").
fn actions(
    doc: &Document,
    tokens: &[Token],
    start: usize,
    limit: usize,
    res: &Resources,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    while from < tokens.len() && SKIPPED_ADVERBS.contains(&tokens[from].lower.as_str()) {
        from += 1;
    }
    // An action split before the conjunction at `k` ends before its comma too.
    let before_comma = |k: usize| {
        if doc.slice(tokens[k - 1].span) == "," {
            k - 1
        } else {
            k
        }
    };
    // The "and" of a second action (", and VERB") after an adjunct that ends the first
    // one, from token `start`.
    let second_after_adjunct = |start: usize| {
        (start..limit)
            .take_while(|&j| !matches!(doc.slice(tokens[j].span), ";" | ":"))
            .find(|&j| {
                tokens[j].lower == "and"
                    && doc.slice(tokens[j - 1].span) == ","
                    && coordinated_verb(doc, tokens, j + 1, res)
            })
    };
    let mut k = from;
    while k < limit {
        let t = &tokens[k];
        let text = doc.slice(t.span);
        if !t.is_word && matches!(text, ";" | ":" | "?" | "!") {
            break;
        }
        // The end or start of reported words ends the action; quotation marks around a
        // term ("a \"technology council\" that ...") do not.
        if !t.is_word
            && doc
                .speech_quotes_in(t.span)
                .next()
                .is_some_and(|q| q.inner.end <= t.span.start || t.span.end <= q.inner.start)
        {
            break;
        }
        if !t.is_word && text == "," {
            let next = tokens.get(k + 1);
            // The comma that closes a clause opened at token `opened` inside the action,
            // within `within` tokens.
            let clause_close = |opened: usize, within: usize| {
                tokens[opened.min(limit)..limit]
                    .iter()
                    .take(within)
                    .position(|t| t.lower == ",")
                    .map(|c| opened + c)
            };
            // A relative clause between commas inside the action.
            let relative = next
                .filter(|n| matches!(n.lower.as_str(), "which" | "who"))
                .and_then(|_| clause_close(k + 1, RELATIVE_TOKENS));
            // "put the renovation plan, which its consultants drew up, back on the
            // table": the action goes on after the clause with a particle or preposition
            // of its verb.
            let resumes = relative.filter(|&c| {
                tokens
                    .get(c + 1)
                    .is_some_and(|w| c + 1 < limit && RESUMING_WORDS.contains(&w.lower.as_str()))
            });
            if let Some(close) = resumes {
                k = close + 1;
                continue;
            }
            // A comparison between commas inside the action ("as Hong Kong does", "as it
            // did for seismic work on schools"), when the verb it repeats is in it.
            let comparison = next.filter(|n| n.lower == "as").and_then(|_| {
                let close = clause_close(k + 2, COMPARISON_TOKENS)?;
                tokens[k + 2..close]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "does" | "do" | "did" | "has" | "have"))
                    .then_some(close)
            });
            // "subsidize families, as Hong Kong does, not pay the helpers less": the
            // comparison before the course rejected is passed over.
            let comparison_close = comparison.filter(|&close| {
                matches!(
                    tokens[close - 1].lower.as_str(),
                    "does" | "do" | "did" | "has" | "have"
                ) && tokens.get(close + 1).is_some_and(|t| t.lower == "not")
            });
            if let Some(close) = comparison_close {
                k = close;
                continue;
            }
            // A clause of condition or time of its own after ", and" ("and if it says
            // nothing about pets,").
            let condition = next
                .filter(|n| n.lower == "and")
                .and_then(|_| tokens.get(k + 2))
                .filter(|c| matches!(c.lower.as_str(), "if" | "when" | "once" | "unless"))
                .and_then(|_| clause_close(k + 3, RELATIVE_TOKENS));
            // A second action after such a clause: where the first ends and the second
            // starts.
            // "extend the tax credit, which expires in December, and make it
            // refundable": a verb in its base form after the relative clause is the
            // modal's second action, not the clause's ("which expires ... and makes").
            let second = relative
                .filter(|&close| {
                    close + 2 < limit
                        && tokens[close + 1].lower == "and"
                        && coordinated_verb(doc, tokens, close + 2, res)
                })
                .map(|close| (k, close + 2))
                // "read the contract before you sign it, and if it says nothing about
                // pets, ask the landlord".
                .or_else(|| {
                    condition
                        .filter(|&close| {
                            close + 1 < limit && coordinated_verb(doc, tokens, close + 1, res)
                        })
                        .map(|close| (k, close + 1))
                })
                // "pay foreign workers a housing allowance, as it does Korean workers, and
                // let them live where they choose": the comparison closes the first
                // action, and a verb after ", and" (", and then") is the second.
                .or_else(|| {
                    comparison.and_then(|close| {
                        let verb = match tokens.get(close + 2).map(|t| t.lower.as_str()) {
                            Some("then") => close + 3,
                            _ => close + 2,
                        };
                        (verb < limit
                            && tokens[close + 1].lower == "and"
                            && coordinated_verb(doc, tokens, verb, res))
                        .then_some((close, close + 2))
                    })
                });
            if let Some((first_end, second_start)) = second {
                out.push((from, first_end));
                from = second_start;
                k = second_start;
                continue;
            }
            // What else follows a clause of condition ("and if drivers complain, the
            // council will step in") is no part of the action.
            if condition.is_some() {
                break;
            }
            // ", but it cannot ...": the next clause; ", as the act stalls": a clause of
            // time or reason, not ", as soon as possible".
            // ", under which doctors write the ingredient": a relative clause that a
            // preposition opens describes too.
            let relative_after_preposition = next.is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "under" | "in" | "by" | "for" | "through" | "with" | "from"
                )
            }) && tokens
                .get(k + 2)
                .is_some_and(|w| matches!(w.lower.as_str(), "which" | "whom"));
            if (next.is_some_and(|n| CLAUSE_CONJUNCTIONS.contains(&n.lower.as_str()))
                || relative_after_preposition)
                && !contrasted_verb(doc, tokens, from, k + 1, res)
            {
                break;
            }
            // ", or the next administration will ...": a clause with a subject of its
            // own.
            // So does ", and why integration programs have to come first".
            // ", and every few years the idea dies in committee": past a phrase of
            // how often.
            let after_frequency = tokens
                .get(k + 2)
                .is_some_and(|w| matches!(w.lower.as_str(), "every" | "each"))
                && (k + 3..tokens.len().min(k + 6))
                    .take_while(|&j| tokens[j].is_word)
                    .any(|j| opens_a_clause_subject(tokens, j));
            // ", then we can talk about safety" too: what follows the course done.
            // ", or workers will skip them": a subject of a few words and its modal.
            let new_subject = next
                .is_some_and(|n| matches!(n.lower.as_str(), "or" | "and" | "then"))
                && (opens_a_clause_subject(tokens, k + 2)
                    || after_frequency
                    || foretells(tokens, k + 2, limit));
            if new_subject {
                break;
            }
            let adverbial_as = tokens.get(k + 2).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "soon" | "well" | "much" | "long" | "quickly" | "early"
                )
            });
            if next.is_some_and(|n| n.lower == "as") && !adverbial_as {
                break;
            }
            // "proposed letting pharmacists substitute generics, a change it says would
            // save ...": a noun in apposition names the proposal, it is not the act.
            let apposition = next.is_some_and(|n| matches!(n.lower.as_str(), "a" | "an"))
                && tokens
                    .get(k + 2)
                    .is_some_and(|w| APPOSITIVE_NOUNS.contains(&w.lower.as_str()));
            // "..., Lee said." : the attribution after the action.
            if apposition || attribution_follows(tokens, k + 1, res) {
                break;
            }
            // ", going beyond ...", ", based on ...": an adjunct, not the action (",
            // including stakes in ..." goes on with its object; "into shelters,
            // neutering and education" lists nouns).
            let listed_noun = tokens
                .get(k + 2)
                .is_some_and(|w| matches!(w.lower.as_str(), "and" | "or" | ","));
            if !listed_noun
                && next.is_some_and(|n| {
                    n.is_word
                        && n.lower != "including"
                        && (n.lower == "based" || (n.lower.ends_with("ing") && n.lower.len() > 5))
                })
            {
                // "adopt regional rates in stages, starting with a narrow band, and
                // review the effect every year": a second action after the adjunct.
                let Some(j) = second_after_adjunct(k + 2) else {
                    break;
                };
                out.push((from, k));
                from = j + 1;
                k = j + 1;
                continue;
            }
        }
        if t.lower == "based" && tokens.get(k + 1).is_some_and(|n| n.lower == "on") {
            // "Set a catch limit based on the surveys, and cut it every year".
            let Some(j) = second_after_adjunct(k + 2) else {
                break;
            };
            out.push((from, k));
            from = j + 1;
            k = j + 1;
            continue;
        }
        // "pressed Seoul to lift the ban since it began releasing ...": a clause of time
        // or reason about the pressing, not part of the act ("stalled since March" is).
        if t.lower == "since"
            && tokens.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "it" | "they" | "he" | "she" | "we" | "i" | "you"
                )
            })
        {
            break;
        }
        // "said a first offense should draw a warning, and that the city needed to
        // ...": a second clause of what was said, not part of the act.
        if t.lower == "and" && tokens.get(k + 1).is_some_and(|n| n.lower == "that") {
            k = before_comma(k);
            break;
        }
        // "urged the company to keep X and offered to extend Y": a verb in the past
        // tense goes on with the sentence's subject, not the action urged.
        // So does one of speech in its past form ("and said ...").
        if t.lower == "and"
            && tokens.get(k + 1).is_some_and(|v| {
                is_past_of(&v.lower, &res.base_verbs)
                    || (res.is_speech_verb(&v.lower).is_some()
                        && !res.base_verbs.contains(&v.lower))
            })
        {
            break;
        }
        // "Open the market, set strict rules and let users decide": a list of actions
        // split at its commas when "and" joins its last verb.
        // So is one that a clause with its own subject ends ("Pay for the shot, give us
        // paid time to get it, and most of us will line up").
        let listed = text == ","
            && k > from
            && coordinated_verb(doc, tokens, k + 1, res)
            && tokens
                .get(k + 2)
                .is_some_and(|w| !matches!(w.lower.as_str(), "and" | "or"))
            && (k + 2..limit).any(|j| {
                tokens[j].lower == "and"
                    && (coordinated_verb(doc, tokens, j + 1, res)
                        || (doc.slice(tokens[j - 1].span) == ","
                            && opens_a_clause_subject(tokens, j + 1)))
            });
        // "Give riders somewhere to park, then tow the ones who still don't": a second
        // action in sequence.
        let sequenced = text == ","
            && k > from
            && tokens.get(k + 1).is_some_and(|n| n.lower == "then")
            && coordinated_verb(doc, tokens, k + 1, res);
        if listed || sequenced {
            out.push((from, k));
            // The second action of a sequence opens at its verb, past "then".
            from = if sequenced { k + 2 } else { k + 1 };
        }
        // "should keep the exemptions but tie them to service": a second action.
        if contrasted_verb(doc, tokens, from, k, res) {
            out.push((from, before_comma(k)));
            from = k + 1;
        }
        // "to block the deal or to order Daehan to sell ...": a second infinitive.
        // Not "be able to refuse or to set a price", where it goes with the action's own.
        if matches!(t.lower.as_str(), "and" | "or")
            && k > from
            && !tokens[from..k].iter().any(|w| w.lower == "to")
            && tokens.get(k + 1).is_some_and(|w| w.lower == "to")
            && tokens
                .get(k + 2)
                .is_some_and(|v| res.base_verbs.contains(&v.lower))
        {
            out.push((from, before_comma(k)));
            from = k + 2;
            k += 2;
            continue;
        }
        if t.lower == "and" && k > from {
            // "proposed raising the basic pension and widening the tax credit": in an
            // action that opens with a gerund, a gerund with its object after "and"
            // starts another (not "raising wages and working conditions").
            let gerund = |w: &Token| w.lower.ends_with("ing") && w.lower.len() > 4;
            let coordinated_gerund = gerund(&tokens[from])
                && tokens.get(k + 1).is_some_and(|w| {
                    gerund(w)
                        && res
                            .base_verbs
                            .contains(&base_of_gerund(&w.lower, &res.base_verbs))
                })
                && tokens
                    .get(k + 2)
                    .is_some_and(|d| ACTOR_DETERMINERS.contains(&d.lower.as_str()));
            // "require issuers to keep reserves and to publish them": an infinitive
            // after "and" goes on the one the action already holds.
            let second_infinitive = tokens.get(k + 1).is_some_and(|w| w.lower == "to")
                && tokens[from..k]
                    .windows(2)
                    .any(|w| w[0].lower == "to" && res.base_verbs.contains(&w[1].lower));
            // "a market of 120 food and craft stalls": a number before a singular noun
            // (not a unit: "by 30 percent and cut fees", "until 10 p.m. and ask") counts
            // the noun both words modify.
            let counted_nouns = k >= 2
                && tokens[k - 2]
                    .lower
                    .starts_with(|c: char| c.is_ascii_digit())
                && tokens[k - 1].lower.chars().all(char::is_alphabetic)
                && !tokens[k - 1].lower.ends_with('s')
                && !matches!(
                    tokens[k - 1].lower.as_str(),
                    "percent" | "won" | "yen" | "euro"
                )
                && tokens.get(k + 2).is_some_and(|n| looks_plural(&n.lower));
            // "Punish the people who leave trash and make noise": a verb after "and"
            // inside a relative clause about people goes on the clause (not "check who
            // works each cart and revoke ...", where "who" asks).
            let in_relative_clause = (from + 1..k)
                .rev()
                .take_while(|&p| tokens[p].lower != ",")
                .any(|p| {
                    tokens[p].lower == "who" && !res.base_verbs.contains(&tokens[p - 1].lower)
                });
            // "Come and look at the numbers": a verb of going before "and" is one act
            // with the verb after it.
            let serial = k == from + 1 && matches!(tokens[from].lower.as_str(), "come" | "go");
            let coordinated = (coordinated_verb(doc, tokens, k + 1, res)
                && !second_infinitive
                && !serial
                && !counted_nouns
                && !in_relative_clause)
                || coordinated_gerund;
            if coordinated {
                out.push((from, before_comma(k)));
                from = k + 1;
            }
        }
        // "cap the matching rate or shorten the window": an alternative with its own
        // verb and object is another action (not "cap or freeze rents", one object).
        // Not "turn the rule into a reason to search bags or punish students": after an
        // infinitive inside the action, the alternative is the infinitive's.
        let in_infinitive = || {
            tokens[from + 1..k]
                .windows(2)
                .any(|w| w[0].lower == "to" && res.base_verbs.contains(&w[1].lower))
        };
        if t.lower == "or"
            && k > from + 1
            && tokens.get(k + 1).is_some_and(|n| n.lower != "to")
            && coordinated_verb(doc, tokens, k + 1, res)
            && !in_infinitive()
        {
            out.push((from, before_comma(k)));
            from = k + 1;
        }
        k += 1;
    }
    // Trailing "and" before a following cue ("should X and should Y").
    let mut end = k;
    while end > from && (!tokens[end - 1].is_word || tokens[end - 1].lower == "and") {
        end -= 1;
    }
    if end > from {
        out.push((from, end));
    }
    out
}

/// Whether token `k` is a "but" that opens a second action urged the same way as the
/// first ("keep X but tie it to Y"); after a negation ("not scrap X but tie it") the
/// second would take the first's polarity, so it stays one.
fn contrasted_verb(
    doc: &Document,
    tokens: &[Token],
    from: usize,
    k: usize,
    res: &Resources,
) -> bool {
    /// Words of the cue before the action that may hold its negation ("should not").
    const CUE_WORDS: usize = 3;
    k > from
        && tokens[k].lower == "but"
        && !tokens[from.saturating_sub(CUE_WORDS)..k]
            .iter()
            .any(|t| is_negation(&t.lower))
        && coordinated_verb(doc, tokens, k + 1, res)
}

/// Whether token `k` (after linking adverbs or "to") is a verb that opens a coordinated action:
/// a base verb in lower case, not followed by an auxiliary ("and cut rates", not "and
/// rates will").
fn coordinated_verb(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> bool {
    /// Adverbs that may stand between "and" and its verb ("and only then decide").
    // "to delay the mandate and to build stations first": the infinitive marker too.
    const LINKING_ADVERBS: [&str; 7] = ["only", "then", "also", "finally", "later", "first", "to"];
    /// Words of an aside between "and" and its verb ("and, more importantly, fund").
    const ASIDE_WORDS: usize = 3;
    let mut k = k;
    if tokens.get(k).is_some_and(|t| t.lower == ",")
        && let Some(close) = tokens[k + 1..]
            .iter()
            .take(ASIDE_WORDS + 1)
            .position(|t| t.lower == ",")
            .filter(|&p| p > 0 && tokens[k + 1..k + 1 + p].iter().all(|t| t.is_word))
    {
        k += close + 2;
    }
    while tokens
        .get(k)
        .is_some_and(|t| LINKING_ADVERBS.contains(&t.lower.as_str()))
    {
        k += 1;
    }
    // "drop the fee, or at least scale it to sales": the lesser course offered.
    if phrase_at(tokens, k, &["at", "least"]) {
        k += 2;
    }
    // "language classes and help for children": a noun of aid before "for".
    let aid_noun = tokens
        .get(k)
        .is_some_and(|v| matches!(v.lower.as_str(), "help" | "support" | "aid"))
        && tokens.get(k + 1).is_some_and(|w| w.lower == "for");
    !aid_noun
        && tokens.get(k).is_some_and(|v| {
            v.is_word && !is_capitalized(doc.slice(v.span)) && res.base_verbs.contains(&v.lower)
        })
        && tokens.get(k + 1).is_some_and(|w| {
            w.is_word && !AUXILIARIES.contains(&w.lower.as_str()) && w.lower != "of"
        })
        && !modified_plural_subject(tokens, k, res)
}

/// Whether token `k` modifies a plural noun that its auxiliary follows ("slow chargers
/// are as safe"): the subject of a clause, not a verb and its object.
fn modified_plural_subject(tokens: &[Token], k: usize, res: &Resources) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| looks_plural(&n.lower) && !res.base_verbs.contains(&n.lower))
        && tokens
            .get(k + 2)
            .is_some_and(|a| AUXILIARIES.contains(&a.lower.as_str()))
}

/// Whether the tokens from `from` are an attribution that closes the clause ("Lee
/// said", "the minister added"): a few words, a speech verb, then punctuation.
fn attribution_follows(tokens: &[Token], from: usize, res: &Resources) -> bool {
    /// Words of a subject before its verb ("a state-run think tank").
    const SUBJECT_WORDS: usize = 6;
    /// Words after the verb to the end of the clause ("in Seoul on Monday").
    const TRAILING_WORDS: usize = 4;
    let hyphen = |t: &Token| matches!(t.lower.as_str(), "-" | "‐");
    let mut words = 0;
    for (p, t) in tokens.iter().enumerate().skip(from) {
        if hyphen(t) {
            continue;
        }
        if !t.is_word || words > SUBJECT_WORDS {
            return false;
        }
        if res.is_speech_verb(&t.lower).is_some() {
            let tail = tokens[p + 1..].iter().take_while(|t| t.is_word).count();
            return words > 0 && tail <= TRAILING_WORDS;
        }
        // "and let employers explain themselves": a verb that lets its object act opens
        // another course, no speaker.
        if matches!(t.lower.as_str(), "let" | "make" | "help") {
            return false;
        }
        words += 1;
    }
    false
}

/// "..., not to give up on it" inside the action from token `a` to `b`: the comma, and
/// the verb of the course rejected.
fn rejected_course(
    tokens: &[Token],
    a: usize,
    b: usize,
    res: &Resources,
) -> Option<(usize, usize)> {
    (a + 1..b.saturating_sub(2)).find_map(|k| {
        if tokens[k].lower != "," || tokens[k + 1].lower != "not" {
            return None;
        }
        let verb = if tokens[k + 2].lower == "to" {
            k + 3
        } else {
            k + 2
        };
        (verb < b && res.base_verbs.contains(&tokens[verb].lower)).then_some((k, verb))
    })
}

/// What the recommendations of one cue share.
struct Template {
    actor: Option<String>,
    polarity: Polarity,
    strength: Strength,
    confidence: f32,
    /// The action opens with a gerund, given as its base form.
    gerund: bool,
}

impl Template {
    /// One recommendation for each action from token `from` up to `limit` (`actions`).
    fn make_each(
        &self,
        doc: &Document,
        tokens: &[Token],
        from: usize,
        limit: usize,
        res: &Resources,
    ) -> Vec<Recommendation> {
        // "there is no reason they should not,", "and they should not have to.": a
        // modal whose verb is left out urges nothing that can be named (a verb before
        // the last "to" is named: "should be listened to").
        /// The words of a modal whose verb would follow "to".
        const SEMI_MODAL: [&str; 10] = [
            "have", "has", "need", "needs", "be", "able", "allowed", "want", "ought", "to",
        ];
        let named = |&(a, b): &(usize, usize)| {
            let words: Vec<&str> = tokens[a..b]
                .iter()
                .filter(|t| t.is_word && !is_negation(&t.lower))
                .map(|t| t.lower.as_str())
                .collect();
            let verb_left_out =
                words.last() == Some(&"to") && words.iter().all(|w| SEMI_MODAL.contains(w));
            !words.is_empty() && !verb_left_out
        };
        let mut out = Vec::new();
        for (a, b) in actions(doc, tokens, from, limit, res)
            .into_iter()
            .filter(named)
        {
            // "the answer is to enforce the closure, not to give up on it": the course
            // set against the urged one is urged against.
            if let Some((comma, verb)) = (self.polarity == Polarity::Do)
                .then(|| rejected_course(tokens, a, b, res))
                .flatten()
            {
                out.push(self.make(doc, tokens, a, comma, res));
                let against = Template {
                    actor: self.actor.clone(),
                    polarity: Polarity::Avoid,
                    gerund: false,
                    ..*self
                };
                out.push(against.make(doc, tokens, verb, b, res));
                continue;
            }
            out.push(self.make(doc, tokens, a, b, res));
        }
        out
    }

    fn make(
        &self,
        doc: &Document,
        tokens: &[Token],
        from: usize,
        to: usize,
        res: &Resources,
    ) -> Recommendation {
        let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
        let raw = doc.slice(span);
        let first = doc.slice(tokens[from].span);
        let action = match self.gerund {
            true => format!(
                "{}{}",
                base_of_gerund(first, &res.base_verbs),
                &raw[first.len()..]
            ),
            false => raw.to_string(),
        };
        let hedged = hedges(&tokens[from].lower);
        Recommendation {
            actor: self.actor.clone(),
            action: action.trim_end_matches([',', '.', ' ']).to_string(),
            action_span: span,
            polarity: self.polarity,
            strength: if hedged {
                Strength::Weak
            } else {
                self.strength
            },
            confidence: self.confidence,
            learned: false,
        }
    }
}

/// "A retraining fund is needed", "Lowering the rate is the minimum needed to keep
/// ...": a predicate of `necessity_predicates.txt` urges its subject, back to the clause
/// boundary; the actor is unstated. Not under a condition ("if a bailout is needed"),
/// not a pronoun ("it is necessary" is a cue of its own), not "any" ("Any help would be
/// appreciated" asks for help), not what the predicate qualifies ("essential to the
/// economy" assesses; "essential to keep" urges).
fn necessities(doc: &Document, i: usize, res: &Resources) -> Vec<Recommendation> {
    const CONDITIONS: [&str; 5] = ["if", "whether", "when", "because", "unless"];
    let tokens = doc.sentence_tokens(i);
    let mut out = Vec::new();
    for k in 0..tokens.len() {
        let Some((phrase, strength)) = res
            .necessity_predicates
            .iter()
            .find(|(p, _)| phrase_at(tokens, k, p))
        else {
            continue;
        };
        let after = k + phrase.len();
        let ends = match tokens.get(after) {
            None => true,
            Some(t) if !t.is_word => true,
            Some(t) if t.lower == "to" => tokens
                .get(after + 1)
                .is_some_and(|v| res.base_verbs.contains(&v.lower)),
            Some(t) => matches!(t.lower.as_str(), "for" | "now" | "here" | "if" | "before"),
        };
        let mut start = k;
        while start > 0 {
            let t = &tokens[start - 1];
            if ends_subject(t, res) || CONDITIONS.contains(&t.lower.as_str()) {
                break;
            }
            start -= 1;
        }
        let conditional = start > 0 && CONDITIONS.contains(&tokens[start - 1].lower.as_str());
        // A pronoun right before the predicate is its whole subject ("For working
        // parents it is essential"): a thing named before, no course of action.
        let pronoun = k > start
            && (res.pronouns.contains_key(&tokens[k - 1].lower)
                || matches!(
                    tokens[k - 1].lower.as_str(),
                    "this" | "that" | "what" | "which"
                ));
        let opens_with = |w: &[&str]| w.contains(&tokens[start].lower.as_str());
        if !ends
            || start == k
            || conditional
            || pronoun
            || opens_with(&["no", "nothing", "what", "any"])
        {
            continue;
        }
        let template = Template {
            actor: None,
            polarity: Polarity::Do,
            strength: *strength,
            confidence: NECESSITY_CONFIDENCE,
            gerund: false,
        };
        // "The carpets need replacing": the course is what the thing needs done, so the
        // action holds the predicate too ("A retraining fund is needed" is the subject).
        let end = match phrase.iter().any(|w| w == "need" || w == "needs") {
            true => after,
            false => k,
        };
        out.push(template.make(doc, tokens, start, end, res));
    }
    out
}

fn span_text(doc: &Document, tokens: &[Token], from: usize, to: usize) -> String {
    doc.text[tokens[from].span.start..tokens[to - 1].span.end].to_string()
}

/// "Market adjustments are ...", "Tax credits tied to investment are ...", "Direct
/// subsidies go to ...": the word at `verb` opens a subject before its verb, not an
/// imperative; nor does "Let me be clear" urge.
pub(crate) fn opens_a_subject(tokens: &[Token], verb: usize, res: &Resources) -> bool {
    /// Words of a subject before its auxiliary ("credits tied to investment").
    const SUBJECT_WORDS: usize = 6;
    if tokens[verb].lower == "let" && tokens.get(verb + 1).is_some_and(|t| t.lower == "me") {
        return true;
    }
    // An auxiliary among the next words of the clause ("Ask for a room that is quiet",
    // "Check whether your product is covered",
    // "Put the signal where people are looking" and "Don't force a restart while I'm
    // working" are still advice: a relative or
    // adverbial clause ends the search).
    // ("Put a warning label on the can": after a determiner it is a noun.)
    // A word a determiner follows took an object, and is a verb: the clause after "and"
    // is another ("Cap the commission and the apps will raise fees").
    // So does one an object pronoun follows ("Give us the zones and we will clear the
    // paths").
    // So does a bare plural right before "and" ("Raise wages and Koreans will come
    // back").
    let took_object = tokens.get(verb + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "us" | "me" | "them" | "him" | "her"
        ) || (t.lower.len() > 3
            && looks_plural(&t.lower)
            && tokens.get(verb + 2).is_some_and(|a| a.lower == "and"))
    });
    // "Let users choose", "Let the carriers have their Saturdays", "Make them be
    // heard": after a verb that takes an object and a bare verb, the bare "have", "be"
    // or "do" of the object is what it lets it do, not an auxiliary ("Make it easy and
    // you have just another beach" has one of another clause).
    let causative = matches!(tokens[verb].lower.as_str(), "let" | "make" | "help");
    let auxiliary = tokens[verb + 1..]
        .iter()
        .enumerate()
        .map(|(k, t)| (verb + 1 + k, t))
        .take_while(|(_, t)| {
            t.is_word
                && !(took_object && matches!(t.lower.as_str(), "and" | "or"))
                && !matches!(
                    t.lower.as_str(),
                    "that"
                        | "which"
                        | "who"
                        | "whose"
                        | "where"
                        | "if"
                        | "whether"
                        | "how"
                        | "why"
                        | "when"
                        | "while"
                        | "because"
                        | "until"
                )
        })
        .take(SUBJECT_WORDS)
        .any(|(k, t)| {
            AUXILIARIES.contains(&t.lower.as_str())
                && !(causative
                    && matches!(t.lower.as_str(), "have" | "be" | "do")
                    && !tokens[verb + 1..k]
                        .iter()
                        .any(|w| matches!(w.lower.as_str(), "and" | "or")))
                && !matches!(
                    tokens[k - 1].lower.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "each"
                        | "every"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "my"
                        | "your"
                )
        });
    // A plural noun, then a verb of its own ("Direct subsidies go"); after a verb
    // that takes an object and a bare verb ("Let users choose", "Help students
    // learn") that is the imperative's object and what it lets it do.
    // ("Avoid this place": "this" is no plural.)
    let plural_then_verb = !causative
        && tokens.get(verb + 1).is_some_and(|n| {
            n.is_word
                && n.lower.len() > 3
                && n.lower.ends_with('s')
                && !res.base_verbs.contains(&n.lower)
                && !OBJECT_OPENERS.contains(&n.lower.as_str())
        })
        && {
            // "Pilot vehicles in Gangnam still carry": past a place and an adverb.
            let mut k = verb + 2;
            if tokens
                .get(k)
                .is_some_and(|p| matches!(p.lower.as_str(), "in" | "at" | "on" | "from" | "across"))
            {
                k += 2;
            }
            while tokens.get(k).is_some_and(|a| {
                matches!(
                    a.lower.as_str(),
                    "still" | "already" | "now" | "also" | "often"
                )
            }) {
                k += 1;
            }
            tokens
                .get(k)
                .is_some_and(|v| v.is_word && res.base_verbs.contains(&v.lower))
        };
    // "Direct access makes sense": a noun, then a linking verb of the third person.
    let noun_then_linking_verb = !causative
        && tokens.get(verb + 1).is_some_and(|n| {
            n.is_word && !matches!(n.lower.as_str(), "what" | "whatever" | "how" | "who")
        })
        && tokens.get(verb + 2).is_some_and(|v| {
            matches!(
                v.lower.as_str(),
                "is" | "was"
                    | "has"
                    | "makes"
                    | "seems"
                    | "sounds"
                    | "looks"
                    | "remains"
                    | "means"
                    | "becomes"
            )
        });
    // "Tax evasion happens in cash businesses": a noun made from a verb, then a verb of
    // the third person.
    let derived_noun_then_verb = !causative
        && tokens.get(verb + 1).is_some_and(|n| {
            n.lower.len() > 5
                && ["tion", "sion", "ment", "ness", "ity", "ance", "ence"]
                    .iter()
                    .any(|suffix| n.lower.ends_with(suffix))
        })
        && tokens.get(verb + 2).is_some_and(|v| {
            is_present_of(&v.lower, &res.base_verbs)
                || matches!(
                    v.lower.as_str(),
                    "happens" | "occurs" | "exists" | "persists" | "matters" | "works" | "remains"
                )
        });
    // "Delay only makes each option more expensive": an adverb, then a verb of the
    // third person.
    let adverb_then_verb = tokens.get(verb + 1).is_some_and(|a| {
        matches!(
            a.lower.as_str(),
            "only"
                | "also"
                | "just"
                | "simply"
                | "merely"
                | "never"
                | "always"
                | "often"
                | "rarely"
        )
    }) && tokens
        .get(verb + 2)
        .is_some_and(|v| is_present_of(&v.lower, &res.base_verbs));
    // "Budget phone operators, which resell the carriers' networks, were not pleased":
    // a relative clause between commas, then an auxiliary, follows a subject.
    let aside_then_auxiliary = || {
        /// Tokens of the relative clause between its commas.
        const ASIDE_TOKENS: usize = 16;
        let comma = verb
            + 1
            + tokens[verb + 1..]
                .iter()
                .take(SUBJECT_WORDS + 1)
                .position(|t| !t.is_word)?;
        let opens = tokens.get(comma + 1)?;
        if tokens[comma].lower != "," || !matches!(opens.lower.as_str(), "which" | "who") {
            return None;
        }
        let close = comma
            + 2
            + tokens[comma + 2..]
                .iter()
                .take(ASIDE_TOKENS)
                .position(|t| t.lower == ",")?;
        tokens
            .get(close + 1)
            .map(|t| AUXILIARIES.contains(&t.lower.as_str()))
    };
    auxiliary
        || plural_then_verb
        || noun_then_linking_verb
        || derived_noun_then_verb
        || adverb_then_verb
        || aside_then_auxiliary() == Some(true)
}

/// "Highly recommended!", "Would definitely recommend.": a review's verdict that
/// recommends what it reviews, with nothing else in its clause (not "The panel
/// recommended."). The action is unstated; the recommending word stands for it.
fn bare_recommendation(doc: &Document, i: usize) -> Option<Recommendation> {
    const VERDICT_WORDS: [&str; 13] = [
        "i",
        "we",
        "i'd",
        "we'd",
        "would",
        "will",
        "it",
        "highly",
        "definitely",
        "strongly",
        "really",
        "totally",
        "absolutely",
    ];
    let tokens = doc.sentence_tokens(i);
    // "Lovely staff, great breakfast, highly recommended!": the verdict may close a
    // list of praise.
    let last_clause = tokens
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "," | "-" | "–" | "—"))
        .map_or(0, |p| p + 1);
    let words: Vec<&Token> = tokens[last_clause..].iter().filter(|t| t.is_word).collect();
    let verb = words
        .iter()
        .find(|t| matches!(t.lower.as_str(), "recommend" | "recommended"))?;
    // "Would not recommend.", "Not recommended!": the verdict against.
    let negated = |t: &Token| is_negation(&t.lower);
    let verdict = words.iter().all(|t| {
        std::ptr::eq(*t, *verb) || VERDICT_WORDS.contains(&t.lower.as_str()) || negated(t)
    });
    let polarity = if words.iter().any(|t| negated(t)) {
        Polarity::Avoid
    } else {
        Polarity::Do
    };
    verdict.then(|| Recommendation {
        actor: None,
        action: doc.slice(verb.span).to_string(),
        action_span: verb.span,
        polarity,
        strength: Strength::Moderate,
        confidence: BARE_CONFIDENCE,
        learned: false,
    })
}

/// "Well worth a visit.", "A must-see for anyone in Kyoto.", "Not to be missed.": a
/// review's verdict of `verdict_phrases.txt` opening a sentence with no subject (after
/// an adverb of degree at most) recommends what it reviews; the phrase is the action.
/// With a subject, "The palace is a must" is a predicate of necessity.
fn verdict(doc: &Document, i: usize, res: &Resources) -> Option<Recommendation> {
    let tokens = doc.sentence_tokens(i);
    // Only the opening words can hold a verdict: an adverb and the longest phrase.
    let longest = res.verdict_phrases.iter().map(Vec::len).max()?;
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word)
        .take(1 + longest)
        .collect();
    // Words as the phrases list them: hyphens between the words of one ("must-see").
    let lower: Vec<String> = words
        .iter()
        .flat_map(|t| t.lower.split('-').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let degree = usize::from(lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "well" | "definitely" | "really" | "absolutely" | "truly" | "certainly" | "simply"
        )
    }));
    let phrase = res
        .verdict_phrases
        .iter()
        .filter(|p| lower.len() >= degree + p.len() && lower[degree..degree + p.len()] == p[..])
        .max_by_key(|p| p.len())?;
    // The tokens the phrase covers: as many words as it has, counted with the hyphenated
    // ones whole.
    let mut covered = 0;
    let mut last = None;
    for t in words.iter().skip(degree) {
        if covered >= phrase.len() {
            break;
        }
        covered += t.lower.split('-').count();
        last = Some(*t);
    }
    let first = words.get(degree)?;
    let span = Span::new(first.span.start, last?.span.end);
    Some(Recommendation {
        actor: None,
        action: doc.slice(span).to_string(),
        action_span: span,
        polarity: Polarity::Do,
        strength: Strength::Weak,
        confidence: BARE_CONFIDENCE,
        learned: false,
    })
}

/// A question that asks for an action ("Why not let users pin tabs?", "Could you
/// please add tabs?"); other questions urge nothing ("Should Korea join?").
fn requests(doc: &Document, i: usize, res: &Resources) -> Vec<Recommendation> {
    let tokens = doc.sentence_tokens(i);
    let Some(first) = tokens.iter().position(|t| t.is_word) else {
        return Vec::new();
    };
    let word = |o: usize| tokens.get(first + o).map_or("", |t| t.lower.as_str());
    let asked = tokens.last().is_some_and(|t| t.lower == "?");
    let (verb, strength) = match (word(0), word(1), word(2)) {
        ("why", "not", _) => (first + 2, Strength::Weak),
        ("can" | "could" | "would" | "will", "you", "please") => (first + 3, Strength::Moderate),
        // "Can we please get a proper file manager?": what the asker's side asks to get.
        ("can" | "could", "we" | "i", "please") => (first + 3, Strength::Moderate),
        // "How about a command-line version?", "What about letting us group apps?": a
        // thing or an act offered ("What about the old users?" asks about them).
        ("how" | "what", "about", "a" | "an") if asked => (first + 2, Strength::Weak),
        ("how" | "what", "about", w) if asked && w.ends_with("ing") => (first + 2, Strength::Weak),
        _ => return Vec::new(),
    };
    let Some(v) = tokens.get(verb) else {
        return Vec::new();
    };
    // ("Why not bring ...": a base form that ends as a gerund does is none.)
    let gerund = !res.base_verbs.contains(&v.lower) && v.lower.ends_with("ing");
    let base = match gerund {
        true => base_of_gerund(&v.lower, &res.base_verbs),
        false => v.lower.clone(),
    };
    // Only a thing offered after "about" opens with no verb.
    let thing_offered = matches!(v.lower.as_str(), "a" | "an") && word(1) == "about";
    if !thing_offered && !res.base_verbs.contains(&base) {
        return Vec::new();
    }
    let template = Template {
        actor: None,
        polarity: Polarity::Do,
        strength,
        confidence: REQUEST_CONFIDENCE,
        gerund,
    };
    template.make_each(doc, tokens, verb, tokens.len(), res)
}

/// A direct quotation that opens with a verb ("Proactively propose ...", "Do not ...").
fn imperative(doc: &Document, i: usize, res: &Resources) -> Vec<Recommendation> {
    let span = doc.sentences[i].span;
    let tokens = doc.sentence_tokens(i);
    let mut out = Vec::new();
    for q in doc.speech_quotes_in(span) {
        let Some(first) = tokens
            .iter()
            .position(|t| t.is_word && t.span.start >= q.inner.start)
        else {
            continue;
        };
        if tokens[first].span.start >= q.inner.end {
            continue;
        }
        let quote_end = tokens
            .iter()
            .position(|t| t.span.start >= q.inner.end)
            .unwrap_or(tokens.len());
        // "Fix the rule for everyone; do not single out the youngest sport": each clause
        // after a semicolon may urge again.
        let semicolons: Vec<usize> = (first..quote_end)
            .filter(|&k| tokens[k].lower == ";")
            .collect();
        let clauses = std::iter::once(first)
            .chain(semicolons.iter().map(|&k| k + 1))
            .zip(semicolons.iter().copied().chain(std::iter::once(quote_end)));
        for (first, limit) in clauses {
            if first >= limit {
                continue;
            }
            let mut start = first;
            // "But please do not let them ban us": past an opening conjunction.
            if conjunction_before_verb(tokens, start) && start + 1 < limit {
                start += 1;
            }
            // "If you are over 65 ..., please do not wait for the peak": an opening clause
            // of condition or time, then the imperative.
            if matches!(
                tokens[start].lower.as_str(),
                "if" | "when" | "once" | "before" | "after" | "unless"
            ) && let Some(comma) = (start..limit).find(|&k| tokens[k].lower == ",")
            {
                start = comma + 1;
            }
            // "Please keep it open", "Please, keep it open": a plea before the verb.
            if tokens.get(start).is_some_and(|t| t.lower == "please") {
                start += 1;
                if start + 1 < limit && tokens[start].lower == "," {
                    start += 1;
                }
            }
            let mut verb = start;
            if tokens.get(verb).is_some_and(|t| t.lower.ends_with("ly"))
                && tokens.get(verb + 1).is_some_and(|t| t.is_word)
            {
                verb += 1;
            }
            let Some(opening) = tokens.get(verb) else {
                continue;
            };
            let mut polarity = Polarity::Do;
            // "do not single out the youngest sport": after "do not" a word is a verb,
            // known or not.
            let mut told_a_verb = false;
            if opening.lower == "do" && tokens.get(verb + 1).is_some_and(|t| t.lower == "not") {
                polarity = Polarity::Avoid;
                told_a_verb = true;
                verb += 2;
            } else if opening.lower == "never" || opening.lower == "don't" {
                polarity = Polarity::Avoid;
                told_a_verb = opening.lower == "don't";
                verb += 1;
            }
            let Some(v) = tokens.get(verb) else { continue };
            let known_verb = res.base_verbs.contains(&v.lower) || causative_have(tokens, verb);
            if !(known_verb || (told_a_verb && v.is_word))
                || !(is_capitalized(doc.slice(tokens[first].span))
                    || (first > 0 && tokens[first - 1].lower == ";"))
                || opens_a_subject(tokens, verb, res)
                || interjected(tokens, verb)
            {
                continue;
            }
            let consequence = consequence_and(tokens, verb, limit, res);
            if consequence.is_some_and(|and| warns(tokens, verb, and, limit, res)) {
                continue;
            }
            let limit = urged_until(tokens, verb, consequence, limit);
            let from = if polarity == Polarity::Avoid {
                verb
            } else {
                start
            };
            let template = Template {
                actor: None,
                polarity,
                strength: imperative_strength(tokens, verb),
                confidence: IMPERATIVE_CONFIDENCE,
                gerund: false,
            };
            out.extend(template.make_each(doc, tokens, from, limit, res));
        }
    }
    out
}

/// Where what the imperative at `verb` urges ends, given the "and" of what it will bring
/// (`consequence_and`): "Cap the commission and the apps will survive", "Put sprinklers
/// over the bays, and slow chargers are safe" end before it (a list of actions before
/// ", and" ends there as it is split).
fn urged_until(tokens: &[Token], verb: usize, consequence: Option<usize>, limit: usize) -> usize {
    match consequence {
        Some(and) if tokens[and - 1].lower != "," => and,
        Some(and) if !tokens[verb..and - 1].iter().any(|t| t.lower == ",") => and - 1,
        _ => limit,
    }
}

/// Where the imperative at `verb` is the condition of a harm ("Force it, and you
/// lose the ones you can least afford to lose"): a warning, not advice. The consequence
/// is the clause with its own subject after "and" (up to `limit`) that holds, with no
/// negation, a verb of harm (consequence_verbs.txt), a loss its subject bears, or a
/// rise of what is bad to have more of ("and the apps will raise delivery fees",
/// `stance::effect_at`); "Pay
/// for the shot, and most of us will line up" still urges. Without a comma the clause
/// must say what will follow ("Raise the surcharge and people like me will just pay
/// more"), so that a second imperative ("and use the money ...") is not taken for one.
/// Gives the token index of the "and" before the consequence.
fn harm_warned(tokens: &[Token], verb: usize, limit: usize, res: &Resources) -> Option<usize> {
    consequence_and(tokens, verb, limit, res).filter(|&and| warns(tokens, verb, and, limit, res))
}

/// Whether the imperative at `verb`, with its consequence after the "and" at `and`, is
/// a warning: the consequence is a harm (`harms`), or the imperative asks for too much
/// ("Raise it too fast and the rich clubs will buy the pennant"), which no one urges.
fn warns(tokens: &[Token], verb: usize, and: usize, limit: usize, res: &Resources) -> bool {
    harms(tokens, and, limit, res)
        || tokens[verb..and]
            .windows(2)
            .any(|w| w[0].lower == "too" && w[1].is_word)
        || (MOVES_OF_A_VISIT.contains(&tokens[verb].lower.as_str())
            && shows_the_reader(&lower_words(&tokens[and + 1..limit])))
}

/// Verbs of going somewhere or looking, which an imperative of the telling
/// `shows_the_reader` finds opens with ("Walk down ...", "Stand at a crosswalk ...",
/// "Ask any driver ..."), where "Triple them and you will see fields of beans" urges.
const MOVES_OF_A_VISIT: [&str; 14] = [
    "walk", "stand", "go", "visit", "look", "step", "sit", "ride", "stroll", "drive", "spend",
    "wander", "take", "ask",
];

/// "Walk down Myeongdong's main street at 7 p.m. and you will pass some 300 food
/// carts", "Stand at a crosswalk in August and you will understand why ...": what the
/// reader would see or grasp by going there, a way of telling, urges nothing.
fn shows_the_reader(consequence: &[&str]) -> bool {
    let (subject, will, rest) = match consequence {
        ["you'll" | "you’ll", rest @ ..] => ("you", "will", rest),
        [subject, will, rest @ ..] => (*subject, *will, rest),
        _ => return false,
    };
    let verb = match rest {
        [adverb, verb, ..] if adverb.ends_with("ly") => verb,
        [verb, ..] => verb,
        [] => return false,
    };
    subject == "you"
        && matches!(will, "will" | "would" | "can")
        && matches!(
            *verb,
            "see" | "find" | "pass" | "count" | "notice" | "hear" | "understand" | "meet" | "spot"
        )
}

/// Whether the consequence after the "and" at `and` (up to `limit`) is a harm, as
/// `harm_warned` has it.
fn harms(tokens: &[Token], and: usize, limit: usize, res: &Resources) -> bool {
    let consequence = &tokens[and + 1..limit];
    let loss_at = |k: usize| SUBJECT_LOSSES.iter().any(|l| phrase_at(consequence, k, l));
    // A negation denies the harm ("and the noise will not matter"), unless it is the
    // loss itself ("and you will never get them back").
    !consequence
        .iter()
        .enumerate()
        .any(|(k, t)| is_negation(&t.lower) && !loss_at(k))
        && (consequence
            .iter()
            .any(|t| res.consequence_verbs.get(&t.lower) == Some(&StanceLabel::Against))
            || (0..consequence.len()).any(loss_at)
            || (0..consequence.len())
                .any(|k| effect_at(consequence, k, res) == Some(StanceLabel::Against)))
}

/// The "and" after the imperative at `verb` that opens what will follow from it: a
/// clause with its own subject after ", and" (", and slow chargers are as safe"), or
/// one that says what will follow ("and people like me will ...").
fn consequence_and(tokens: &[Token], verb: usize, limit: usize, res: &Resources) -> Option<usize> {
    (verb + 1..limit.saturating_sub(1)).find(|&k| {
        tokens[k].lower == "and"
            && ((tokens[k - 1].lower == ","
                && (opens_a_clause_subject(tokens, k + 1)
                    || modified_plural_subject(tokens, k + 1, res)))
                || foretells(tokens, k + 1, limit)
                || fault_follows(tokens, k + 1, limit, res))
    })
}

/// "Open the settings page and the app freezes", "Call the method twice and it
/// crashes": steps, then a fault that follows them in the present, as a bug report
/// tells it.
fn fault_follows(tokens: &[Token], from: usize, limit: usize, res: &Resources) -> bool {
    /// Words of the subject before its verb ("the second call").
    const SUBJECT_WORDS: usize = 4;
    tokens.get(from).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "it" | "my" | "this" | "everything"
        )
    }) && (from + 1..limit.min(from + SUBJECT_WORDS + 1))
        .take_while(|&m| tokens[m].is_word)
        .any(|m| {
            tokens[m].lower.ends_with('s')
                && res.consequence_verbs.get(&tokens[m].lower) == Some(&StanceLabel::Against)
        })
}

/// The verb of the imperative sentence `i` opens with (`imperative_verb`) when it urges:
/// not when it is the condition of a harm that follows ("Raise the fare and riders will
/// pay more"), which the learned head must not take for advice either.
pub(crate) fn urging_imperative_verb(doc: &Document, i: usize, res: &Resources) -> Option<usize> {
    let tokens = doc.sentence_tokens(i);
    imperative_verb(doc, i, res).filter(|&v| harm_warned(tokens, v, tokens.len(), res).is_none())
}

/// Whether sentence `i` opens with a plea for help (`pleads_for_help`) or a call that
/// serves the post (`serves_the_post`).
fn opens_with_a_call_of_the_post(doc: &Document, i: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    // ("Let me know ..." may not open an imperative that urges: "let" before a pronoun
    // is read as a verb only when what follows completes it.)
    let opening = tokens
        .iter()
        .position(|t| t.is_word && !IMPERATIVE_OPENERS.contains(&t.lower.as_str()))
        .filter(|&k| tokens[k].lower == "let");
    imperative_verb(doc, i, res)
        .into_iter()
        .chain(opening)
        .any(|v| pleads_for_help(tokens, v) || serves_the_post(tokens, v, res))
}

/// Whether sentence `i` opens with an imperative that urges no course: a plea for help
/// ("Please help, my app ..."), a call that serves the post ("Vote this up", "Let me
/// know if ..."), or steps that reproduce a fault or bring a harm ("Open the page and
/// the app crashes"). The learned head must not take them for advice either (it may
/// still take one that only seems to point: "Look no further if you want ...").
pub(crate) fn imperative_set_aside(doc: &Document, i: usize, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    opens_with_a_call_of_the_post(doc, i, res)
        || imperative_verb(doc, i, res).is_some_and(|v| urges_no_course(tokens, v, res))
}

/// Whether the imperative at `verb` urges no course: it pleads for help, serves the
/// post, is a step that reproduces a fault, or warns of the harm it brings. Read both
/// where the rules take the writer's imperatives and where the head may add one.
fn urges_no_course(tokens: &[Token], verb: usize, res: &Resources) -> bool {
    pleads_for_help(tokens, verb)
        || serves_the_post(tokens, verb, res)
        || reproduces_a_fault(tokens, verb)
        || harm_warned(tokens, verb, tokens.len(), res).is_some()
}

/// "Raise the fare" of "Raise the fare and riders will pay more": the action an
/// imperative that opens sentence `i` warns against, as the span of its words before
/// the consequence.
pub(crate) fn warned_action(doc: &Document, i: usize, res: &Resources) -> Option<Span> {
    let tokens = doc.sentence_tokens(i);
    let verb = imperative_verb(doc, i, res)?;
    let and = harm_warned(tokens, verb, tokens.len(), res)?;
    let last = (verb..and).rev().find(|&k| tokens[k].is_word)?;
    Some(Span::new(tokens[verb].span.start, tokens[last].span.end))
}

/// Words for what a clause's subject loses, pays or takes from others ("you lose the
/// ones ...", "people like me will just pay more", "Take away the license and you take
/// away the hospital", "you will never get them back"): the harm the course brings.
const SUBJECT_LOSSES: [&[&str]; 10] = [
    &["never", "get"],
    &["lose"],
    &["loses"],
    &["lost"],
    &["pay", "more"],
    &["pays", "more"],
    &["wait", "longer"],
    &["take", "away"],
    &["takes", "away"],
    &["took", "away"],
];

/// Whether the words from `from` are a subject of a few words and a modal of what
/// will follow ("people like me will", "commuters would", "you'll"), or "you" and its
/// verb ("you lose").
fn foretells(tokens: &[Token], from: usize, limit: usize) -> bool {
    /// Words of the subject before its modal.
    const SUBJECT_WORDS: usize = 4;
    // "Raise the fare and you lose riders": the reader told what they will bring about,
    // in the present.
    let reader_told = tokens.get(from).is_some_and(|t| t.lower == "you")
        && from + 1 < limit
        && tokens[from + 1].is_word;
    reader_told
        || (from + 1..limit.min(from + SUBJECT_WORDS + 1)).any(|m| {
            matches!(tokens[m].lower.as_str(), "will" | "'ll" | "would")
                && tokens[from..m].iter().all(|t| t.is_word)
        })
}

/// Whether an action opening with `word` hedges the advice ("should consider X":
/// gold-format.md counts "consider" as weak).
pub(crate) fn hedges(word: &str) -> bool {
    matches!(word, "consider" | "considering")
}

/// Words other than subordinators (`text::SUBORDINATORS`) that open a clause of its own
/// inside an action ("at crossings that are marked").
const CLAUSE_OPENERS: [&str; 11] = [
    "that", "which", "who", "whom", "where", "and", "or", "so", "as", "than", "unless",
];

/// Prepositions that open a phrase after an action's verb ("use for general waste").
const PHRASE_PREPOSITIONS: [&str; 8] = ["for", "in", "at", "on", "to", "with", "by", "from"];

/// Imperatives that point the reader at something rather than urge an act ("Consider
/// Japan.", "Take the case of ...", "Look at the numbers").
const DISCOURSE_IMPERATIVES: [&str; 12] = [
    "consider", "take", "look", "imagine", "remember", "note", "compare", "think", "recall", "see",
    "picture", "mark",
];

/// "lend each e-book 52 times, after which it must buy the licence again", "a law under
/// which landlords must register": whether the modal at `modal` stands in a relative
/// clause of time or rule, which states the terms of an arrangement, not a course urged.
fn in_clause_of_terms(tokens: &[Token], modal: usize) -> bool {
    /// Words of the clause's subject at most.
    const SUBJECT_WORDS: usize = 3;
    tokens[modal.saturating_sub(SUBJECT_WORDS + 2)..modal]
        .windows(2)
        .any(|w| {
            matches!(
                w[0].lower.as_str(),
                "after" | "under" | "before" | "until" | "upon"
            ) && w[1].lower == "which"
        })
}

/// Objects of "take" that point the reader at a case rather than tell them what to
/// take ("Take the case of Japan", "Take a look at the numbers").
const POINTING_OBJECTS: [&str; 6] = ["case", "example", "instance", "look", "moment", "story"];

/// Whether "take" at `verb` urges taking a thing ("Take the metro", "take a taxi", "take
/// cash"): an article or a possessive opens its object, which names no case pointed at.
/// "Take Japan." and "Take the case of Japan" point.
fn takes_a_thing(tokens: &[Token], verb: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    tokens[verb].lower == "take"
        && matches!(word(verb + 1), Some("a" | "an" | "the" | "your" | "some"))
        && word(verb + 2).is_some_and(|w| !POINTING_OBJECTS.contains(&w))
        && word(verb + 3) != Some("of")
}

/// Particles and adverbs that complete a verb at the head of a sentence ("Check on",
/// "Stay indoors"), so that it opens an imperative and not a compound noun.
const IMPERATIVE_PARTICLES: [&str; 20] = [
    "yourself", "on", "up", "out", "off", "in", "into", "to", "for", "with", "away", "back",
    "indoors", "inside", "home", "here", "there", "early", "ahead", "now",
];

/// Words before a word at the head of a sentence that make it an imperative verb:
/// insistence, negation, a label that announces advice ("My advice: book direct").
const INSISTENCE: [&str; 10] = [
    "please",
    "definitely",
    // "I'd say book directly".
    "say",
    "just",
    "don't",
    "never",
    "not",
    "advice",
    "tip",
    "tips",
];

/// "Give students the vote, and give them the classes ...": an opinion piece's writer
/// urging in the imperative, in their own voice (no one reported, no quotation).
fn writers_imperative(doc: &Document, i: usize, res: &Resources) -> Vec<Recommendation> {
    let s = &doc.sentences[i];
    if s.unnamed_source || doc.speech_quotes_in(s.span).next().is_some() {
        return Vec::new();
    }
    let Some(verb) = readers_imperative_verb(doc, i, res) else {
        return Vec::new();
    };
    let mut recs = imperative_from(doc, i, verb, res);
    // "Before you pay, check the registry; if the debts are high, walk away": a later
    // clause past the opening one's actions may urge again.
    let tokens = doc.sentence_tokens(i);
    let opening_end = recs.iter().map(|r| r.action_span.end).max();
    if let Some(end) = opening_end
        && let Some(later) = clause_imperative_verb(doc, i, res)
        && tokens[later].span.start > end
    {
        recs.extend(imperative_from(doc, i, later, res));
    }
    recs
}

/// Whether the word at `verb` is the only verb of its clause ("Bring earplugs, the walls
/// are thin", "Book directly with the hotel for a better rate", "Buy tickets online"),
/// so that it is one even before a bare noun: no auxiliary, no verb in the third person
/// or the past, and no plural before a bare verb follow it before the clause ends
/// ("Export promotion is what built ...", "Rent rises hit students", "Support grew").
fn verb_of_its_clause(tokens: &[Token], verb: usize, res: &Resources) -> bool {
    /// Words of the clause after the verb.
    const CLAUSE_WORDS: usize = 10;
    let clause: Vec<&Token> = tokens[verb + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .collect();
    let end = verb + 1 + clause.len();
    let ends = tokens
        .get(end)
        .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "!" | ";" | "-" | "–" | "—"));
    let verb_of_its_own = |w: &str| {
        AUXILIARIES.contains(&w)
            || res.past_forms.contains(w)
            || is_present_of(w, &res.base_verbs)
            || is_past_of(w, &res.base_verbs)
    };
    let plural_then_verb = clause
        .windows(2)
        .any(|p| looks_plural(&p[0].lower) && res.base_verbs.contains(&p[1].lower));
    // "Export promotion, rather than import controls, is what built ...": an aside
    // between commas, then the verb the opening words are the subject of.
    let aside_then_verb = tokens.get(end).is_some_and(|t| t.lower == ",")
        && tokens[end + 1..]
            .iter()
            .position(|t| t.lower == ",")
            .and_then(|c| tokens.get(end + 2 + c))
            .is_some_and(|t| verb_of_its_own(&t.lower));
    !clause.is_empty()
        && !aside_then_verb
        && clause.len() <= CLAUSE_WORDS
        && ends
        && !plural_then_verb
        && !clause.iter().any(|t| verb_of_its_own(&t.lower))
}

/// What the writer's imperative at token `verb` of sentence `i` urges (none where it
/// warns or only points, or where someone else said it).
fn imperative_from(doc: &Document, i: usize, verb: usize, res: &Resources) -> Vec<Recommendation> {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    // "Until then, do not sign without it, Go said.": an imperative reported without
    // quotation marks, a comma before its attribution, is the speaker's advice.
    let reported_after = |a: &Attribution| {
        tokens[verb].span.end <= a.verb.start
            && tokens[verb..]
                .iter()
                .take_while(|t| t.span.end <= a.verb.start)
                .any(|t| t.lower == ",")
    };
    if s.attribution.as_ref().is_some_and(|a| !reported_after(a)) {
        return Vec::new();
    }
    // "Take away the license and you take away the hospital": a warning, as in a
    // quotation (`imperative`); a plea, a call of the post, a step of a bug report.
    if only_points(tokens, verb) || urges_no_course(tokens, verb, res) {
        return Vec::new();
    }
    let (polarity, actions) = imperative_actions(doc, tokens, verb, res);
    let template = Template {
        actor: None,
        polarity,
        strength: imperative_strength(tokens, verb),
        confidence: IMPERATIVE_CONFIDENCE,
        gerund: false,
    };
    actions
        .into_iter()
        .map(|(a, b)| template.make(doc, tokens, a, b, res))
        .collect()
}

/// Whether the imperative at `verb` points the reader at something rather than urging
/// an act: "Consider Japan", "Look at the numbers" ("Consider raising the tax" urges,
/// weakly; "Look out for the deals", "Look elsewhere" and "Take a taxi" urge).
fn only_points(tokens: &[Token], verb: usize) -> bool {
    let gerund_follows = tokens
        .get(verb + 1)
        .is_some_and(|t| t.lower.ends_with("ing"));
    // "Look out for the deals", "Look elsewhere": a search urged.
    let searching = tokens[verb].lower == "look"
        && tokens
            .get(verb + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "out" | "for" | "elsewhere"));
    DISCOURSE_IMPERATIVES.contains(&tokens[verb].lower.as_str())
        && !gerund_follows
        && !searching
        && !takes_a_thing(tokens, verb)
}

/// Whether the imperative at `verb` is a step of a bug report's recipe: "Steps to
/// reproduce: open the app, ...", "To reproduce, install the app ...".
fn reproduces_a_fault(tokens: &[Token], verb: usize) -> bool {
    tokens[..verb]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "reproduce" | "repro" | "replicate"))
}

/// Whether the writer's imperative at `verb` serves the post or its writer rather than
/// urging a course: a call to vote for the post ("Please vote for this idea", "Vote this
/// up"), an invitation to reply ("Let me know if ...", "Feel free to contact me"), the
/// writer's own things promoted ("Check out my app"), a word about the writer ("Don't
/// get me wrong", "Keep in mind that I am new to this"). "Tell us why an app was
/// rejected" and "Let me choose where ..." still urge.
fn serves_the_post(tokens: &[Token], verb: usize, res: &Resources) -> bool {
    let words: Vec<&str> = tokens[verb..]
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    let invites = words.windows(2).any(|w| {
        (res.contact_verbs.contains(w[0]) && matches!(w[1], "me" | "us"))
            || (matches!(w[0], "me" | "us") && w[1] == "know")
    });
    let this_post = |rest: &[&str]| match rest {
        ["this" | "it", next, ..] => *next == "up" || res.post_nouns.contains(*next),
        ["this" | "it"] | ["up", ..] => true,
        _ => false,
    };
    let votes = match words.as_slice() {
        ["vote" | "upvote", "for", rest @ ..] => this_post(rest),
        ["vote" | "upvote", rest @ ..] => this_post(rest),
        _ => false,
    };
    let promotes = matches!(
        words.as_slice(),
        ["check", "out", "my", ..] | ["visit" | "download" | "follow" | "see", "my", ..]
    );
    let about_the_writer = matches!(words.as_slice(), ["get", "me" | "us", "wrong", ..])
        || matches!(
            words.as_slice(),
            [
                "keep" | "bear",
                "in",
                "mind",
                "that",
                "i" | "we" | "my" | "i'm",
                ..
            ]
        );
    invites || votes || promotes || about_the_writer
}

/// Whether the imperative at `verb` asks the reader for help rather than urging a
/// course: "Please help, my app has been in review for weeks", "Please advise", "Help me
/// with the settings" ("Please help us keep the library open" urges).
fn pleads_for_help(tokens: &[Token], verb: usize) -> bool {
    let word = |o: usize| {
        tokens
            .get(verb + o)
            .filter(|t| t.is_word)
            .map(|t| t.lower.as_str())
    };
    matches!(tokens[verb].lower.as_str(), "help" | "advise")
        && match word(1) {
            None => true,
            Some("me") => true,
            Some("us") => matches!(word(2), None | Some("out" | "with")),
            Some("out") => word(2).is_none(),
            _ => false,
        }
}

/// What an imperative that opens with the verb at token `verb` urges: avoid after a
/// negation just before the verb ("Don't bother", "Do not miss"; not one inside an
/// opening condition), and its actions from the verb to the last word (split where a
/// coordinated verb starts another, "Build the lanes, and enforce them").
pub(crate) fn imperative_actions(
    doc: &Document,
    tokens: &[Token],
    verb: usize,
    res: &Resources,
) -> (Polarity, Vec<(usize, usize)>) {
    let negated = tokens[verb.saturating_sub(2)..verb]
        .iter()
        .any(|t| is_negation(&t.lower));
    let polarity = if negated {
        Polarity::Avoid
    } else {
        Polarity::Do
    };
    let last_word = tokens
        .iter()
        .rposition(|t| t.is_word)
        .map_or(tokens.len(), |k| k + 1);
    let consequence = consequence_and(tokens, verb, last_word, res);
    let limit = urged_until(tokens, verb, consequence, last_word);
    (polarity, actions(doc, tokens, verb, limit, res))
}

/// Words of a label before a colon that an imperative may follow ("My advice: ...").
const LABEL_WORDS: usize = 3;

/// Words before the verb of an imperative that do not change it.
const IMPERATIVE_OPENERS: [&str; 10] = [
    "please",
    "just",
    "definitely",
    "also",
    // Hedged ("Maybe add a dark mode", "Perhaps try the place next door"): weak advice
    // (`imperative_strength`).
    "maybe",
    "perhaps",
    // Steps in order: "Then phase in the merger region by region", "First, set ...".
    "then",
    "first",
    "next",
    "finally",
];

/// Words before an imperative that hedge it.
const HEDGES: [&str; 2] = ["maybe", "perhaps"];

/// How strongly the imperative at token `verb` urges: weakly where a hedge among the
/// words that open it stands right before it ("Maybe add a dark mode", "Perhaps, just
/// ask"), as "could" and "consider" do; not one of an earlier clause ("Maybe it will
/// rain, so bring a coat").
fn imperative_strength(tokens: &[Token], verb: usize) -> Strength {
    let hedged = tokens[..verb]
        .iter()
        .rev()
        .take_while(|t| t.lower == "," || IMPERATIVE_OPENERS.contains(&t.lower.as_str()))
        .any(|t| HEDGES.contains(&t.lower.as_str()));
    if hedged {
        Strength::Weak
    } else {
        Strength::Moderate
    }
}

/// The token index of the verb a sentence opens with, imperative-style ("Skip the
/// spa", "Please add tabs", "Don't order the steak"), counted from the sentence's
/// first token.
pub(crate) fn imperative_verb(doc: &Document, i: usize, res: &Resources) -> Option<usize> {
    let tokens = doc.sentence_tokens(i);
    let mut first = tokens.iter().position(|t| t.is_word)?;
    // "A. Give graduates a reason to stay": past an interview's answer label.
    if ANSWER_LABELS
        .iter()
        .any(|l| doc.sentence_text(i).trim_start().starts_with(l))
    {
        first = first + 1 + tokens[first + 1..].iter().position(|t| t.is_word)?;
    }
    // "I'd say book directly, the rates are better": the writer's advice announced.
    let words: Vec<&str> = tokens[first..]
        .iter()
        .take(3)
        .map(|t| t.lower.as_str())
        .collect();
    let announced = match words.as_slice() {
        ["i'd" | "i’d", "say", ..] => 2,
        ["i", "would" | "'d" | "’d", "say"] => 3,
        _ => 0,
    };
    if announced > 0 {
        first += announced;
        if tokens.get(first).is_some_and(|t| t.lower == ",") {
            first += 1;
        }
        tokens.get(first).filter(|t| t.is_word)?;
        return verb_at(tokens, first, res);
    }
    // "But please do not let them ban us", "And take the bus": a conjunction that
    // opens the sentence ties it to the one before; the verb after it is the imperative.
    let after_conjunction =
        conjunction_before_verb(tokens, first) && is_capitalized(doc.slice(tokens[first].span));
    if after_conjunction {
        first += 1;
    }
    // "My advice: skip the spa", "Tip: ask for ...": the verb after a short label.
    let label = tokens
        .iter()
        .take(LABEL_WORDS + 1)
        .position(|t| t.lower == ":")
        .filter(|&colon| colon > first && tokens[first..colon].iter().all(|t| t.is_word))
        // "Apply early: the money ran out in six weeks": an imperative of its own
        // before the colon, not a label ("Update:" is one word).
        .filter(|&colon| colon - first < 2 || verb_at(tokens, first, res).is_none());
    if let Some(colon) = label {
        first = colon + 1;
        tokens.get(first).filter(|t| t.is_word)?;
    } else if let Some(condition) = [first, first + 1].into_iter().find(|&k| {
        // "But if you have saved for four years, stay where you are".
        (k == first || OPENING_CONJUNCTIONS.contains(&tokens[first].lower.as_str()))
            && tokens.get(k).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "if" | "when" | "whatever" | "before" | "once" | "unless"
                )
            })
    }) && let Some(comma) = tokens[condition..]
        .iter()
        .position(|t| t.lower == ",")
        .map(|c| condition + c)
        && tokens.get(comma + 1).is_some_and(|t| t.is_word)
    {
        // "If the day is filled with activities, run with the libraries, the pilot is
        // worth trying": a later clause with a subject of its own is the main one, and
        // what lies between is still the condition.
        let later_subject = tokens[comma + 1..]
            .windows(2)
            .any(|w| w[0].lower == "," && matches!(w[1].lower.as_str(), "the" | "a" | "an"));
        if later_subject {
            return None;
        }
        first = comma + 1;
    } else if !after_conjunction
        && !is_capitalized(doc.slice(tokens[first].span))
        && !doc.opens_paragraph(i)
    {
        // A lower-case opening inside a paragraph continues a sentence; at the head of
        // a paragraph it is informal writing ("ask for a room at the back").
        return None;
    }
    verb_at(tokens, first, res)
        .or_else(|| {
            // "Great value for money, book it!": the verb after a verdict.
            verdict_before_comma(tokens, first).and_then(|comma| verb_at(tokens, comma + 1, res))
        })
        // "Open Net Korea, a digital rights group, warned ...": the first word of the
        // name of the sentence's speaker ("Make ProgressRing available" may be taken
        // for a name that speaks nowhere).
        .filter(|&verb| {
            !doc.sentences[i]
                .speaker
                .and_then(|s| doc.speakers.get(s))
                .is_some_and(|s| {
                    s.mentions
                        .iter()
                        .any(|m| m.span.contains(tokens[verb].span))
                })
        })
        .filter(|&verb| !interjected(tokens, verb))
}

/// Whether token `k` is a conjunction that opens its clause ("But please do not let
/// ...") before a word that may be an imperative, not one that turns the argument ("But
/// look at who pays", "And remember ..." urge nothing).
fn conjunction_before_verb(tokens: &[Token], k: usize) -> bool {
    OPENING_CONJUNCTIONS.contains(&tokens[k].lower.as_str())
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.is_word && !DISCOURSE_IMPERATIVES.contains(&t.lower.as_str()))
}

/// Whether the word at `verb` stands alone before ", but" ("If people want to come in a
/// costume, fine, but they can buy a ticket"): a word of assent, no verb urged.
fn interjected(tokens: &[Token], verb: usize) -> bool {
    tokens.get(verb + 1).is_some_and(|t| t.lower == ",")
        && tokens.get(verb + 2).is_some_and(|t| t.lower == "but")
}

/// The imperative verb at token `first`, after the words that do not change it.
fn verb_at(tokens: &[Token], first: usize, res: &Resources) -> Option<usize> {
    let mut at = first;
    while IMPERATIVE_OPENERS.contains(&tokens.get(at)?.lower.as_str()) {
        at += 1;
        if tokens.get(at).is_some_and(|t| t.lower == ",") {
            at += 1;
        }
    }
    match tokens.get(at)?.lower.as_str() {
        // "Don't know if this is the right place to ask": the writer's own state, with
        // the "I" left out.
        "don't"
            if tokens.get(at + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "know" | "understand" | "recall" | "remember"
                )
            }) =>
        {
            return None;
        }
        "don't" | "never" => at += 1,
        "do" if tokens.get(at + 1)?.lower == "not" => at += 2,
        // "Do you agree?": the auxiliary of a question before its subject.
        "do" if tokens.get(at + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "you" | "we" | "they" | "i" | "he" | "she" | "it"
            )
        }) =>
        {
            return None;
        }
        _ => {}
    }
    // "Come March, the rules change": a date, not an invitation.
    let come_date = tokens[at].lower == "come"
        && tokens.get(at + 1).is_some_and(|t| {
            t.lower.starts_with(|c: char| c.is_ascii_digit())
                || MONTHS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "next"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
        });
    // "Great location, close to the metro", "Open to the public on Sundays": an
    // adjective that takes "to", not a verb urged.
    let adjective_to = ADJECTIVES_BEFORE_TO.contains(&tokens[at].lower.as_str())
        && tokens.get(at + 1).is_some_and(|t| t.lower == "to");
    ((res.base_verbs.contains(&tokens.get(at)?.lower) || causative_have(tokens, at))
        && !come_date
        && !adjective_to
        && !opens_a_subject(tokens, at, res))
    .then_some(at)
}

/// Base verbs that are also adjectives taking "to" ("close to", "open to", "free to").
const ADJECTIVES_BEFORE_TO: [&str; 3] = ["close", "open", "free"];

/// "Have your eyes checked every year", "Have a plan ready": "have" (no base verb of its
/// own, for "Have you ...?") opens an imperative when a possessive or an article follows
/// it in a sentence that asks nothing.
fn causative_have(tokens: &[Token], at: usize) -> bool {
    tokens[at].lower == "have"
        && tokens
            .get(at + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "your" | "a" | "an" | "the"))
        && tokens.last().is_none_or(|t| t.lower != "?")
}

/// Conjunctions after which a sentence may turn to its reader in the imperative ("The
/// rooms are small, so ask for an upgrade", "Great location, but avoid the bar").
const TURNING_CONJUNCTIONS: [&str; 2] = ["so", "but"];
/// Conjunctions that may open a sentence before the clause that counts ("But if you
/// have saved ...", "And local governments could ...").
const OPENING_CONJUNCTIONS: [&str; 3] = ["but", "and", "so"];
/// Punctuation after which a clause of its own begins ("The staff were lovely;
/// definitely ask for a room at the back").
const CLAUSE_BREAKS: [&str; 4] = [";", "-", "–", "—"];
/// Words in the clause before a break that a bare verb after it may share: a modal or
/// auxiliary ("They will cut jobs but keep the plant", "plans to cut jobs - and keep
/// the plant").
const SHARED_BEFORE: [&str; 20] = [
    "will", "would", "can", "could", "should", "must", "may", "might", "shall", "do", "does",
    "did", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "let's", "to",
];
/// Subjects that take the bare form themselves: before "so" or "but" the verb may go
/// on with them ("We stay in the old town but eat in the new one").
const BARE_FORM_SUBJECTS: [&str; 4] = ["i", "we", "you", "they"];

/// The verb of the imperative a sentence turns to its reader with: the one it opens
/// with, else one that opens a later clause.
fn readers_imperative_verb(doc: &Document, i: usize, res: &Resources) -> Option<usize> {
    imperative_verb(doc, i, res).or_else(|| clause_imperative_verb(doc, i, res))
}

/// The verb of an imperative that opens a later clause of the sentence, after a
/// semicolon, a dash, "so" or "but": the token index, when nothing in the clause before
/// could make that verb its own. After "but" the clause before is also not in the
/// present plural ("Residents are angry but fear the worst" goes on with its subject).
fn clause_imperative_verb(doc: &Document, i: usize, res: &Resources) -> Option<usize> {
    let tokens = doc.sentence_tokens(i);
    let mut clause_start = 0;
    for (k, t) in tokens.iter().enumerate() {
        let turning = TURNING_CONJUNCTIONS.contains(&t.lower.as_str());
        if !turning && !CLAUSE_BREAKS.contains(&t.lower.as_str()) {
            continue;
        }
        let before = &tokens[clause_start..k];
        clause_start = k + 1;
        if before.iter().filter(|t| t.is_word).count() < 2 {
            continue;
        }
        let shared = before.iter().enumerate().any(|(j, b)| {
            SHARED_BEFORE.contains(&b.lower.as_str())
                && (b.lower != "to"
                    || before
                        .get(j + 1)
                        .is_some_and(|n| res.base_verbs.contains(&n.lower)))
        });
        let goes_on = turning
            && before
                .iter()
                .any(|b| BARE_FORM_SUBJECTS.contains(&b.lower.as_str()));
        let present_plural = t.lower == "but"
            && before
                .iter()
                .any(|b| matches!(b.lower.as_str(), "are" | "have" | "'re" | "’re"));
        // "complaints fall, and so do assaults on them": "so" before an auxiliary
        // inverts the subject of a clause that repeats the one before.
        let inverted = t.lower == "so"
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "do" | "does" | "did"));
        if shared || goes_on || present_plural || inverted {
            continue;
        }
        let mut start = k + 1;
        // "..., and if you want a quiet room, ask for one at the back".
        if tokens
            .get(start)
            .is_some_and(|t| matches!(t.lower.as_str(), "if" | "when"))
            && let Some(comma) = tokens[start..].iter().position(|t| t.lower == ",")
        {
            start += comma + 1;
        }
        // "dated but clean, and ...": a verb takes what follows it.
        if let Some(verb) = verb_at(tokens, start, res)
            && tokens.get(verb + 1).is_some_and(|t| t.is_word)
        {
            return Some(verb);
        }
    }
    None
}

/// "Great value for money, book it!": a short phrase with no verb of its own (no
/// auxiliary, no pronoun subject) before a comma, so that what follows may open with
/// an imperative. The token index of that comma.
fn verdict_before_comma(tokens: &[Token], first: usize) -> Option<usize> {
    /// Words of the verdict.
    const VERDICT_WORDS: usize = 5;
    let comma = first
        + tokens[first..]
            .iter()
            .take(VERDICT_WORDS + 1)
            .position(|t| t.lower == ",")?;
    // "A collective licence, run by a body like ...": a noun phrase with its article is
    // the subject of a participle's phrase, not a verdict.
    let article = matches!(tokens[first].lower.as_str(), "a" | "an" | "the");
    // "Parents in SUVs double-park, reverse ...": a plural with words after it is a
    // subject with its verb, not a verdict ("Clean rooms, great food" opens with an
    // adjective).
    let plural_subject = comma - first >= 3 && looks_plural(&tokens[first].lower);
    let verbless = comma > first
        && !article
        && !plural_subject
        && tokens[first..comma].iter().all(|t| {
            t.is_word
                && !AUXILIARIES.contains(&t.lower.as_str())
                && !matches!(
                    t.lower.as_str(),
                    "i" | "we" | "you" | "he" | "she" | "it" | "they"
                )
        });
    (verbless && tokens.get(comma + 1).is_some_and(|t| t.is_word)).then_some(comma)
}

#[cfg(test)]
mod tests {
    use super::{estimates_effort_of, habitual_necessity};
    use crate::pipeline::Pipeline;
    use crate::resources::Resources;

    /// (actor, action, polarity, strength) of every recommendation in `text`.
    fn recs(text: &str) -> Vec<(Option<String>, String, String, String)> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        doc.sentences
            .iter()
            .flat_map(|s| s.recommendations.iter())
            .map(|r| {
                let p = format!("{:?}", r.polarity).to_lowercase();
                let s = format!("{:?}", r.strength).to_lowercase();
                (r.actor.clone(), r.action.clone(), p, s)
            })
            .collect()
    }

    #[test]
    fn a_modal_in_a_relative_clause_that_the_main_verb_closes_urges_nothing() {
        assert!(
            recs(
                "Starting in January, the price of the bags that households must use for \
                 general waste will rise."
            )
            .is_empty()
        );
        assert!(recs("Starting today, the rule that drivers must stop is clear.").is_empty());
        // A clause of its own after the verb is the action's.
        assert_eq!(
            recs("Players should return to the table before another season is lost.")[0].1,
            "return to the table before another season is lost"
        );
    }

    #[test]
    fn a_relative_clause_of_time_or_rule_states_terms() {
        assert!(
            recs(
                "Publishers let a library lend each e-book only 52 times, after which it \
                 must buy the licence again."
            )
            .is_empty()
        );
        assert!(
            recs("The city passed a law under which landlords must register tenants.").is_empty()
        );
        // The course urged before the clause stands.
        assert_eq!(
            recs("The city should act now, after which residents must be told.")[0].1,
            "act now"
        );
    }

    #[test]
    fn a_quotation_that_opens_the_action_is_its_words() {
        let found = recs("Kim said the ministry should \"go back to the drawing board.\"");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.as_deref(), Some("the ministry"));
        assert_eq!(found[0].1, "go back to the drawing board");
        let found = recs("The agency should \"test more,\" she said.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "test more");
    }

    #[test]
    fn a_relative_clause_after_a_conjunction_describes_the_second_actor() {
        let found = recs(
            "The commission should require its approval for closures, and banks that close \
             should run a mobile branch.",
        );
        let pairs: Vec<(Option<&str>, &str)> = found
            .iter()
            .map(|r| (r.0.as_deref(), r.1.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                (Some("The commission"), "require its approval for closures"),
                (Some("banks that close"), "run a mobile branch")
            ]
        );
    }

    #[test]
    fn the_second_action_of_a_sequence_opens_at_its_verb() {
        let found = recs("\"Build more dorms first, then discuss quotas,\" Min said.");
        let actions: Vec<&str> = found.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(actions, ["Build more dorms first", "discuss quotas"]);
    }

    #[test]
    fn two_actions_of_one_modal_whose_second_verb_strips() {
        let found = recs(
            "The ministry must audit a sample of every firm's inspections each year and \
             strip the licence of any firm that passes an unsafe elevator.",
        );
        let actions: Vec<&str> = found.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            actions,
            [
                "audit a sample of every firm's inspections each year",
                "strip the licence of any firm that passes an unsafe elevator"
            ]
        );
    }

    /// The actor of the first recommendation found in `text`.
    fn first_actor(text: &str) -> Option<String> {
        recs(text).first().and_then(|r| r.0.clone())
    }

    fn one(
        actor: Option<&str>,
        action: &str,
        polarity: &str,
        strength: &str,
    ) -> (Option<String>, String, String, String) {
        (
            actor.map(str::to_string),
            action.into(),
            polarity.into(),
            strength.into(),
        )
    }

    #[test]
    fn an_aside_between_commas_after_the_modal() {
        assert_eq!(
            recs("\"The ministry should, however, narrow the zones,\" Kim said."),
            vec![one(
                Some("The ministry"),
                "narrow the zones",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn after_nor_the_modal_comes_before_who_is_urged_and_urges_against() {
        assert_eq!(
            recs("\"Nor should the cutoff be enforced through fines on clerks,\" Kim said."),
            vec![one(
                Some("the cutoff"),
                "be enforced through fines on clerks",
                "avoid",
                "moderate"
            )]
        );
        assert_eq!(
            recs("\"Parents cannot wait, nor should they pay for it,\" Kim said."),
            vec![one(Some("they"), "pay for it", "avoid", "moderate")]
        );
    }

    #[test]
    fn an_imperative_after_a_conjunction_that_opens_the_sentence() {
        assert_eq!(
            recs("\"But please do not let complexes ban us from the buildings,\" Bae said."),
            vec![one(
                None,
                "let complexes ban us from the buildings",
                "avoid",
                "moderate"
            )]
        );
        assert_eq!(
            recs("[Letters] Lockers\n\nI am a courier. But please do not let complexes ban us."),
            vec![one(None, "let complexes ban us", "avoid", "moderate")]
        );
        // A turn of the argument urges nothing.
        assert!(recs("\"But look at who pays,\" Park said.").is_empty());
        assert!(recs("[Letters] Tax\n\nI pay a lot. But look at who pays.").is_empty());
    }

    #[test]
    fn a_plea_that_opens_a_quoted_imperative() {
        for text in [
            "\"Please keep it open,\" she said.",
            "\"Please, keep it open,\" she said.",
        ] {
            assert_eq!(
                recs(text),
                vec![one(None, "keep it open", "do", "moderate")],
                "{text}"
            );
        }
        assert_eq!(
            recs("\"Please do not close it,\" she said."),
            vec![one(None, "close it", "avoid", "moderate")]
        );
    }

    #[test]
    fn a_clause_of_whether_after_an_imperative_is_its_object() {
        assert_eq!(
            recs(
                "[Explainer] Deposits\n\nBanks pay more now. Check whether your deposit is covered."
            ),
            vec![one(
                None,
                "Check whether your deposit is covered",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_relative_clause_after_a_noun_with_a_describes_the_actor() {
        assert_eq!(
            first_actor(
                "\"A city that built its name on this garden should not price families out of it,\" Han said."
            ),
            Some("A city that built its name on this garden".to_string())
        );
    }

    #[test]
    fn a_verb_after_and_in_a_relative_clause_about_people_goes_on_the_clause() {
        let actions = |text: &str| -> Vec<String> { recs(text).into_iter().map(|r| r.1).collect() };
        assert_eq!(
            actions("The police should punish the people who leave trash and make noise."),
            ["punish the people who leave trash and make noise"]
        );
        // "who" that asks opens no such clause.
        assert_eq!(
            actions("The district should check who works each cart and revoke the permits."),
            ["check who works each cart", "revoke the permits"]
        );
    }

    #[test]
    fn a_modal_whose_verb_is_left_out_after_to_urges_nothing() {
        assert!(
            recs("Children do not know where the boundary is, and they should not have to.")
                .is_empty()
        );
        assert!(recs("Families should be able to.").is_empty());
        assert_eq!(
            recs("Their concerns should be listened to.")
                .into_iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            ["be listened to"]
        );
        assert_eq!(
            recs("Companies should not have to choose.")
                .into_iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            ["have to choose"]
        );
    }

    #[test]
    fn to_after_a_noun_of_a_course_is_a_preposition() {
        assert_eq!(
            recs("The federation asked for a delay to direct access."),
            vec![one(None, "a delay to direct access", "do", "moderate")]
        );
        // A party before "to" is still who is urged.
        assert_eq!(
            first_actor("The federation asked for the ministry to delay direct access."),
            Some("the ministry".into())
        );
    }

    #[test]
    fn a_call_under_way_urges_and_a_petition_calling_for_names_itself() {
        assert_eq!(
            recs("Some lawmakers are calling for higher holding taxes.")
                .into_iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            ["higher holding taxes"]
        );
        assert!(
            recs("An online petition calling for a ban gathered 50,000 signatures.").is_empty()
        );
    }

    #[test]
    fn urgency_urges_as_necessity_does() {
        assert_eq!(
            recs("An official said, \"It is more urgent to normalize industrial rates.\""),
            vec![one(None, "normalize industrial rates", "do", "strong")]
        );
        assert_eq!(
            first_actor("It is urgent for the government to cut the fee."),
            Some("the government".into())
        );
        assert!(recs("Lawmakers agree it is urgent and then move on.").is_empty());
    }

    #[test]
    fn a_noun_before_a_linking_verb_opens_a_subject_not_an_imperative() {
        assert!(recs("\"Direct access makes sense in the long run,\" she said.").is_empty());
        assert!(!recs("Direct the visitors to the side gate.").is_empty());
    }

    #[test]
    fn a_clause_may_turn_to_the_reader_after_so_but_or_a_semicolon() {
        assert_eq!(
            recs("The rooms are small, so ask for an upgrade when you check in."),
            vec![one(
                None,
                "ask for an upgrade when you check in",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Great location, but avoid the restaurant on the ground floor."),
            vec![one(
                None,
                "avoid the restaurant on the ground floor",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("The staff were lovely; definitely ask for a room at the back."),
            vec![one(None, "ask for a room at the back", "do", "moderate")]
        );
        // A bare verb that goes on with the clause before: its modal, its subject, its
        // present plural, or an adjective with nothing after it.
        assert!(recs("The firm will cut jobs, but keep the plant open.").is_empty());
        assert!(recs("We stay in the old town but eat in the new one.").is_empty());
        assert!(recs("Residents are angry but want the plant kept open.").is_empty());
        assert!(recs("The hotel is a bit dated but clean, and the staff are kind.").is_empty());
    }

    #[test]
    fn advice_in_the_readers_place_or_as_a_tip_or_as_worth_doing() {
        assert_eq!(
            recs("If I were you, I would book the room with the balcony."),
            vec![one(
                None,
                "book the room with the balcony",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Another tip is to buy the museum pass online."),
            vec![one(None, "buy the museum pass online", "do", "moderate")]
        );
        assert_eq!(
            recs("It's well worth booking the tour in advance."),
            vec![one(None, "book the tour in advance", "do", "weak")]
        );
        assert_eq!(recs("You might want to bring an adapter.").len(), 1);
        // Worth as a value, as a judgement of its subject, or pointing at a fact.
        assert!(recs("The deal is worth three billion dollars.").is_empty());
        assert!(recs("The pilot was worth trying.").is_empty());
        assert!(recs("It is worth noting that the bill passed easily.").is_empty());
        // A gerund with nothing after it has "it" for its object: the thing named before.
        assert!(
            recs("\"It's worth trying, but the city must count the costs,\" he said.")
                .iter()
                .all(|r| r.1 != "try")
        );
        assert_eq!(recs("It is worth booking ahead.").len(), 1);
    }

    #[test]
    fn a_clause_of_condition_after_and_opens_a_second_action_or_ends_the_first() {
        assert_eq!(
            recs(
                "\"Read the contract before you sign it, and if it says nothing about pets, \
                 ask the landlord to write it down,\" said Cho."
            )
            .into_iter()
            .map(|r| r.1)
            .collect::<Vec<_>>(),
            [
                "Read the contract before you sign it",
                "ask the landlord to write it down"
            ]
        );
        assert_eq!(
            recs(
                "The city should raise the fee, and if drivers complain, the council will step in."
            )
            .into_iter()
            .map(|r| r.1)
            .collect::<Vec<_>>(),
            ["raise the fee"]
        );
    }

    #[test]
    fn a_comparison_between_commas_closes_the_first_of_two_actions() {
        assert_eq!(
            recs(
                "The government should split the cost with owners, as it did for seismic \
                 work on schools, and start with buildings where older people live alone."
            )
            .into_iter()
            .map(|r| r.1)
            .collect::<Vec<_>>(),
            [
                "split the cost with owners, as it did for seismic work on schools",
                "start with buildings where older people live alone"
            ]
        );
        assert_eq!(
            recs("The city could give every household two bags, as Nam District did, and then start charging.")
                .into_iter()
                .map(|r| r.1)
                .collect::<Vec<_>>(),
            [
                "give every household two bags, as Nam District did",
                "then start charging"
            ]
        );
    }

    #[test]
    fn the_answer_named_and_the_course_set_against_it() {
        assert_eq!(
            recs("The answer is to enforce the closure with wardens, not to give up on it."),
            vec![
                one(None, "enforce the closure with wardens", "do", "moderate"),
                one(None, "give up on it", "avoid", "moderate"),
            ]
        );
        // A comparison between commas before the course set against it.
        assert_eq!(
            recs(
                "The answer is to subsidize families, as Hong Kong does, not to pay helpers less."
            ),
            vec![
                one(
                    None,
                    "subsidize families, as Hong Kong does",
                    "do",
                    "moderate"
                ),
                one(None, "pay helpers less", "avoid", "moderate"),
            ]
        );
        assert_eq!(
            recs("The city should subsidize families, as Hong Kong does."),
            vec![one(
                Some("The city"),
                "subsidize families",
                "do",
                "moderate"
            )]
        );
        // A plural with words after it opens a clause, not a verdict before an
        // imperative ("Great value for money, book it!").
        assert!(recs("Parents in SUVs double-park, reverse into crosswalks.").is_empty());
        // An adjective that takes "to" after the verdict describes; the verb urges.
        assert!(recs("Great location, close to the metro.").is_empty());
        assert!(recs("Open to the public on Sundays.").is_empty());
        assert_eq!(
            recs("Great location, close the curtains at night though."),
            vec![one(
                None,
                "close the curtains at night though",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_determiner_after_the_verb_is_no_plural_subject_and_a_review_s_advice_and_wishes() {
        assert_eq!(
            recs("Avoid this place at all costs."),
            [one(None, "Avoid this place at all costs", "do", "moderate")]
        );
        assert_eq!(
            recs("I would say, skip the breakfast."),
            [one(None, "skip the breakfast", "do", "moderate")]
        );
        assert!(recs("I would say the hotel is fine.").is_empty());
        assert_eq!(
            recs("Wish there were more hooks in the bathroom."),
            [one(None, "more hooks in the bathroom", "do", "weak")]
        );
    }

    #[test]
    fn what_a_place_needs_done_to_it_is_urged() {
        assert_eq!(
            recs("The curtains need replacing."),
            [one(None, "The curtains need replacing", "do", "strong")]
        );
        assert_eq!(
            recs("The lobby is in need of renovation, but the rooms are fine."),
            [one(
                None,
                "The lobby is in need of renovation",
                "do",
                "strong"
            )]
        );
        assert!(recs("It needs updating.").is_empty());
        assert!(recs("Clerks will need training to offer it.").is_empty());
    }

    #[test]
    fn a_forum_posts_calls_pleas_and_steps_urge_nothing() {
        for text in [
            "Please help, my app has been stuck in review for a week.",
            "Please advise.",
            "Please vote for this suggestion if you agree.",
            "Vote this up so that the team notices.",
            "Let me know if you need more details.",
            "Feel free to email me if you want the project.",
            "Check out my game in the store to see the bug.",
            "Don't get me wrong, the tools are great.",
            "Keep in mind that I am a beginner.",
            "Open the editor and the program crashes.",
        ] {
            assert!(recs(text).is_empty(), "{text}");
        }
        assert_eq!(recs("Please help us keep the shelter open.").len(), 1);
        assert_eq!(recs("Keep in mind that the ferry stops at six.").len(), 1);
    }

    #[test]
    fn what_was_expected_what_a_task_takes_and_what_must_be_done_otherwise() {
        for text in [
            "The export should finish in seconds, but it still takes an hour.",
            "The menu should close after a tap, but it doesn't.",
            "It should not be too difficult to add.",
            "This should be simple to fix.",
            "Otherwise users have to sign in twice.",
            "At the moment we have to restart the server every night.",
        ] {
            assert!(recs(text).is_empty(), "{text}");
        }
        assert_eq!(
            recs("Seoul should join, but it is not easy."),
            [one(Some("Seoul"), "join", "do", "moderate")]
        );
        assert_eq!(
            recs("It should take a stand."),
            [one(Some("It"), "take a stand", "do", "moderate")]
        );
    }

    #[test]
    fn a_thing_offered_by_the_speakers_or_in_a_question() {
        assert_eq!(
            recs("I'd suggest a shorter queue for small updates."),
            [one(
                None,
                "a shorter queue for small updates",
                "do",
                "moderate"
            )]
        );
        assert!(recs("The data suggest a slowdown.").is_empty());
        assert_eq!(
            recs("How about a search box on the start page?"),
            [one(None, "a search box on the start page", "do", "weak")]
        );
        assert_eq!(
            recs("What about adding a timer?"),
            [one(None, "add a timer", "do", "weak")]
        );
        assert!(recs("What about the old users?").is_empty());
        assert_eq!(
            recs("Can we please get a proper calendar?"),
            [one(None, "get a proper calendar", "do", "moderate")]
        );
    }

    #[test]
    fn a_wish_for_a_feature_is_urged_weakly_a_plea_for_help_is_not() {
        assert_eq!(
            recs("A dark theme would be nice."),
            vec![one(None, "A dark theme", "do", "weak")]
        );
        assert_eq!(
            recs("An offline mode would be much appreciated."),
            vec![one(None, "An offline mode", "do", "weak")]
        );
        assert!(recs("Any help would be appreciated.").is_empty());
    }

    #[test]
    fn more_of_something_needed_is_urged_a_need_described_is_not() {
        let recs = |text: &str| {
            Pipeline::rules_only()
                .annotate("t", text, Vec::new())
                .sentences[0]
                .recommendations
                .len()
        };
        assert_eq!(
            recs("Kim said, \"Korea needs more air defense batteries.\""),
            1
        );
        assert_eq!(recs("Kim said the plant needs 500 workers."), 0);
        assert_eq!(
            recs("Kim said tourism is an industry that needs more buses."),
            0
        );
    }

    #[test]
    fn a_gerund_with_its_object_after_called_for_is_the_action() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Yoo called for moving domestic flights to Incheon as well.",
            Vec::new(),
        );
        let r = &doc.sentences[0].recommendations;
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].actor, None);
        assert!(
            r[0].action
                .starts_with("moving domestic flights to Incheon")
        );
    }

    #[test]
    fn a_list_that_opens_the_clause_is_the_actor() {
        let found = recs(
            "\"Nurses, factory workers and delivery drivers should not have to choose,\" Oh said.",
        );
        assert_eq!(
            found[0].0.as_deref(),
            Some("Nurses, factory workers and delivery drivers")
        );
        // Two items are the subject's own words only when joined at its head.
        let found = recs("He said the plan failed and the government should pay.");
        assert_eq!(found[0].0.as_deref(), Some("the government"));
    }

    #[test]
    fn what_an_act_could_do_is_a_consequence() {
        assert_eq!(
            recs(
                "The ministry warned that scrapping the cap could make it harder to track workers."
            ),
            []
        );
        assert_eq!(
            recs("The ministry said the government could make it easier to track workers.").len(),
            1
        );
    }

    #[test]
    fn an_action_ends_before_a_clause_that_opens_with_how_often() {
        let found = recs(
            "Kim proposed moving the holiday to May, and every few years the idea dies in committee.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "move the holiday to May");
    }

    #[test]
    fn a_speakers_name_that_opens_with_a_verb_is_no_imperative() {
        assert_eq!(
            recs(
                "Open Net Korea, a digital rights group, warned that the system would create a \
                 database that hackers could abuse."
            ),
            []
        );
    }

    #[test]
    fn hedged_wishes_and_what_could_do_with_more() {
        assert_eq!(
            recs(
                "It might be a good idea to add vegan options. The hotel could do with a refurbishment. Would be nice if the emulator started faster."
            ),
            [
                one(None, "add vegan options", "do", "weak"),
                one(Some("The hotel"), "a refurbishment", "do", "weak"),
                one(None, "the emulator started faster", "do", "weak")
            ]
        );
        assert_eq!(
            recs("She said, \"It is desirable to introduce it with the consent of parents.\""),
            [one(
                None,
                "introduce it with the consent of parents",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn subjunctive_after_suggested_that() {
        assert_eq!(
            recs("She suggested that the government link the subsidies to productivity gains."),
            [one(
                Some("the government"),
                "link the subsidies to productivity gains",
                "do",
                "moderate"
            )]
        );
        // With "that" left out, a definite body before a verb with its object.
        assert_eq!(
            recs("He suggested the city instead issue bath vouchers to elderly residents."),
            [one(
                Some("the city"),
                "issue bath vouchers to elderly residents",
                "do",
                "moderate"
            )]
        );
        assert!(recs("It proposed a price cap on resales instead.").is_empty());
        assert!(recs("Nobody has suggested it lowered the marriage rate.").is_empty());
    }

    #[test]
    fn requests_that_a_subjunctive_be_done_or_not() {
        assert_eq!(
            recs(
                "The association sent a letter asking that the special semiconductor act include the exemption."
            ),
            [one(
                Some("the special semiconductor act"),
                "include the exemption",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("She asked that reporters not name her."),
            [one(Some("reporters"), "name her", "avoid", "moderate")]
        );
        assert_eq!(
            recs("He suggested that the question be repeated."),
            [one(Some("the question"), "be repeated", "do", "moderate")]
        );
        assert_eq!(
            recs("Kim recommended that companies hire staff."),
            [one(Some("companies"), "hire staff", "do", "moderate")]
        );
    }

    #[test]
    fn a_deadline_in_a_reports_narration_is_no_advice() {
        let text = "Officials met on Monday, the ministry said. \
                    The commission must decide next year's rate by June 29. \
                    \"The commission must decide by June,\" Kim said.";
        let found = recs(text);
        assert_eq!(
            found,
            [one(
                Some("The commission"),
                "decide by June",
                "do",
                "strong"
            )]
        );
    }

    #[test]
    fn what_someone_needs_is_to_act() {
        assert_eq!(
            recs("What Korea needs is to cut the free allowances."),
            [one(
                Some("Korea"),
                "cut the free allowances",
                "do",
                "strong"
            )]
        );
        assert!(recs("What the region needs is a fast rail link.").is_empty());
    }

    #[test]
    fn first_person_suggestions_and_wishes() {
        assert_eq!(
            recs("I suggest adding a filter by date."),
            [one(None, "add a filter by date", "do", "moderate")]
        );
        // "suggest" with a noun phrase reports a link, not an action.
        assert!(recs("The figures suggest a slowdown.").is_empty());
        assert_eq!(
            recs("I'd like to see better documentation for the SDK."),
            [one(None, "better documentation for the SDK", "do", "weak")]
        );
        // The one who wishes is not urged.
        assert_eq!(recs("I would love to see a native client.")[0].0, None);
        assert_eq!(
            recs("I would advise against booking the standard rooms."),
            [one(None, "book the standard rooms", "avoid", "moderate")]
        );
        assert_eq!(
            recs("It would be really useful to sort apps by size."),
            [one(None, "sort apps by size", "do", "weak")]
        );
        assert_eq!(
            recs("Support for several accounts would be very useful."),
            [one(None, "Support for several accounts", "do", "weak")]
        );
    }

    #[test]
    fn we_need_a_thing_urges_but_a_fact_of_need_does_not() {
        assert_eq!(
            recs("We need a command line tool for deploying packages.").len(),
            1
        );
        assert!(recs("The plant needs 500 workers.").is_empty());
        assert!(recs("Patients who need care wait for weeks.").is_empty());
        assert!(recs("I need a break.").is_empty());
        assert!(recs("It plans how many workers we need and how to settle them.").is_empty());
    }

    #[test]
    fn questions_that_ask_for_an_action() {
        assert_eq!(
            recs("Why not let users pin their tabs?"),
            [one(None, "let users pin their tabs", "do", "weak")]
        );
        assert_eq!(
            recs("Could you please add a search field?"),
            [one(None, "add a search field", "do", "moderate")]
        );
        assert!(recs("Could you tell me where the logs are?").is_empty());
        assert!(recs("Why not?").is_empty());
    }

    #[test]
    fn advice_named_as_such_and_verdicts_of_reviews() {
        assert_eq!(
            recs("My only suggestion would be to add more vegetarian dishes."),
            [one(None, "add more vegetarian dishes", "do", "moderate")]
        );
        assert_eq!(
            recs("Don't hesitate to ask the concierge."),
            [one(None, "ask the concierge", "do", "moderate")]
        );
        assert_eq!(
            recs("Booking ahead is highly recommended."),
            [one(None, "Booking ahead", "do", "moderate")]
        );
        assert_eq!(
            recs("Highly recommended!"),
            [one(None, "recommended", "do", "moderate")]
        );
        assert_eq!(recs("Would definitely recommend.").len(), 1);
        assert_eq!(
            recs("Lovely staff, great breakfast, highly recommended!").len(),
            1
        );
        assert!(recs("The panel recommended.").is_empty());
        assert_eq!(
            recs("Would not recommend."),
            [one(None, "recommend", "avoid", "moderate")]
        );
        assert_eq!(
            recs("Parking is tight, so be sure to book a space."),
            [one(None, "book a space", "do", "moderate")]
        );
        assert_eq!(
            recs("Don't forget to bring earplugs."),
            [one(None, "bring earplugs", "do", "moderate")]
        );
        assert!(recs("Residents don't hesitate to call the police.").is_empty());
        assert!(
            recs("If the day is filled with classes, run with the libraries, the pilot works.")
                .is_empty()
        );
        assert!(recs("And no one proposes taking their ballots away.").is_empty());
        assert!(
            recs("Busan has been free of such ads, and no one there has suggested bringing them back.")
                .is_empty()
        );
        assert!(
            recs("\"If robots take the jobs, we will have to talk about it,\" he said.").is_empty()
        );
        assert_eq!(
            recs("Ahn proposed raising the pension and widening the tax credit."),
            [
                one(None, "raise the pension", "do", "moderate"),
                one(None, "widen the tax credit", "do", "moderate")
            ]
        );
        assert_eq!(
            recs("The union proposed raising wages and working conditions.").len(),
            1
        );
        assert_eq!(
            recs("Local governments, for their part, should buy vacant houses."),
            [one(
                Some("Local governments"),
                "buy vacant houses",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("It called instead for a smaller army."),
            [one(None, "a smaller army", "do", "moderate")]
        );
        assert!(recs("Officials will make sure to inform residents.").is_empty());
        assert_eq!(
            recs("Best to book the parking in advance."),
            [one(None, "book the parking in advance", "do", "weak")]
        );
        assert!(recs("Sales were the best to date.").is_empty());
    }

    #[test]
    fn a_guests_tips_in_the_forms_of_reviews() {
        assert_eq!(
            recs("You're better off taking a taxi from the airport."),
            [one(None, "take a taxi from the airport", "do", "weak")]
        );
        assert!(recs("We were better off without the car.").is_empty());
        assert!(recs("Households are better off than they were a year ago.").is_empty());
        assert_eq!(
            recs("The trick is to book directly with the hotel."),
            [one(None, "book directly with the hotel", "do", "moderate")]
        );
        assert!(recs("The trick worked, and sales rose by a third.").is_empty());
        assert_eq!(
            recs("You can't go wrong with the harbour view rooms."),
            [one(Some("You"), "the harbour view rooms", "do", "weak")]
        );
        assert_eq!(
            recs("A dark theme is long overdue."),
            [one(None, "A dark theme", "do", "moderate")]
        );
        assert!(recs("The rent is overdue by two months.").is_empty());
        // A shorter cue inside a longer one set aside is set aside with it.
        assert!(
            recs("She questioned whether the money would be better spent on classes.").is_empty()
        );
        assert_eq!(
            recs("Your money is better spent on the apartment next door."),
            [one(None, "the apartment next door", "do", "weak")]
        );
    }

    #[test]
    fn a_request_asked_for() {
        assert_eq!(
            recs("The association backed the rule but asked for a one-year grace period."),
            [one(None, "a one-year grace period", "do", "moderate")]
        );
        assert_eq!(
            recs("The federation has asked for the deadline to be pushed back by two years."),
            [one(
                Some("the deadline"),
                "be pushed back by two years",
                "do",
                "moderate"
            )]
        );
        // No course named, or a request told as the past of the story.
        assert!(recs("The group welcomed the decision and asked for more.").is_empty());
        assert!(recs("\"Teachers have asked for this for years,\" Lee said.").is_empty());
        assert!(
            recs("\"Passengers have asked for years why they pay the same,\" Yoon said.")
                .is_empty()
        );
        assert!(
            recs("\"We asked for protection, and we got surveillance,\" said Moon.").is_empty()
        );
        assert!(
            recs("Yang said he had asked for a machine so that he could close at nine.").is_empty()
        );
    }

    #[test]
    fn a_quoted_imperative_list_and_a_warning() {
        // A list without "and" that a clause with its own subject ends.
        assert_eq!(
            recs(
                "\"Pay for the shot, give us paid time to get it, and most of us will line up,\" \
                  said Jang Mi-ok."
            ),
            [
                one(None, "Pay for the shot", "do", "moderate"),
                one(None, "give us paid time to get it", "do", "moderate")
            ]
        );
        // What follows once the course is done is no part of it.
        assert_eq!(
            recs("\"Add more trains first, then we can talk about safety,\" said Yang Mi-ra."),
            [one(None, "Add more trains first", "do", "moderate")]
        );
        // A word of assent after a condition urges nothing.
        assert!(
            recs(
                "\"If people want to come in a costume, fine, but they can buy a ticket like \
                  everyone else,\" he said."
            )
            .is_empty()
        );
        // An imperative as the condition of a loss warns; it urges nothing.
        assert!(
            recs(
                "\"Force it, and you lose the ones you can least afford to lose,\" said Jang Mi-ok."
            )
            .is_empty()
        );
        // So does one whose consequence, without a comma, is a cost its subject bears;
        // a second imperative after "and" is still urged.
        assert!(
            recs(
                "\"Raise the surcharge and people like me will just pay more for the same \
                  wait,\" she wrote."
            )
            .is_empty()
        );
        assert_eq!(
            recs("\"Raise the surcharge and use the money to pay drivers more,\" she wrote.").len(),
            2
        );
        // A rise of what is bad to have more of is a harm too; "Cap the commission and
        // the apps" is no subject of "will".
        assert!(
            recs("\"Cap the commission and the apps will raise delivery fees,\" he said.")
                .is_empty()
        );
        assert_eq!(
            recs("\"Cap the commission and the apps will survive,\" he said."),
            [one(None, "Cap the commission", "do", "moderate")]
        );
        // So does one that asks for too much, and one that only shows the reader a
        // place ("Triple them and you will see fields of beans" still urges).
        assert!(
            recs("\"Raise it too fast and the rich clubs will buy the pennant,\" he said.")
                .is_empty()
        );
        assert!(
            recs("Walk down the main street at 7 p.m. and you will pass some 300 food carts.")
                .is_empty()
        );
        assert_eq!(
            recs("\"Triple them and you will see fields of beans and wheat,\" he said.").len(),
            1
        );
        // What will follow if the course is not taken is no part of it.
        assert_eq!(
            recs(
                "\"The breaks have to be paid, or workers will skip them to keep their wage,\" \
                  said Jang Mi-sook."
            ),
            [one(Some("The breaks"), "be paid", "do", "strong")]
        );
        // A clause whose subject a verb-like word modifies is no second action.
        assert_eq!(
            recs(
                "\"Put sprinklers over the charging bays, and slow chargers are as safe \
                  underground as anywhere,\" she said."
            ),
            [one(
                None,
                "Put sprinklers over the charging bays",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn an_imperative_whose_object_is_a_can_and_a_noun_phrase_that_only_sounds() {
        // "the can" is a noun, no auxiliary of a subject.
        assert_eq!(
            recs(
                "\"If the goal is healthier children, put a warning label on the can and teach \
                  nutrition in schools,\" Park said."
            ),
            [
                one(None, "put a warning label on the can", "do", "moderate"),
                one(None, "teach nutrition in schools", "do", "moderate")
            ]
        );
        // "Rent subsidies sound fair": a subject and its verb, no imperative.
        assert!(recs("Rent subsidies sound fair, but they reward the owners.").is_empty());
    }

    #[test]
    fn a_modal_in_an_indirect_question_asks() {
        assert!(
            recs("We asked Anna Lindholm, an energy economist, what Korea should do.").is_empty()
        );
        assert_eq!(
            recs("Pharmacists must explain how the pill should be used."),
            [one(
                Some("Pharmacists"),
                "explain how the pill should be used",
                "do",
                "strong"
            )]
        );
        assert_eq!(
            recs("Processing is the weak link, and that is where Korea should put its money."),
            [one(Some("Korea"), "put its money", "do", "moderate")]
        );
    }

    #[test]
    fn an_opinion_writers_imperatives() {
        let text = "[Editorial] Bus lanes cannot wait\n\n\
                    The city has studied bus lanes for a decade. \
                    Consider Busan. \
                    Budget bus operators, which run most routes, were not pleased. \
                    Build the lanes now, and enforce them with cameras.";
        assert_eq!(
            recs(text),
            [
                one(None, "Build the lanes now", "do", "moderate"),
                one(None, "enforce them with cameras", "do", "moderate")
            ]
        );
        // Outside an opinion piece, narration turns to its reader with a verb that
        // takes a determiner, a pronoun or a particle; a verb before a bare noun may be
        // a noun itself.
        assert_eq!(
            recs("Temperatures will pass 35 degrees. Check on elderly neighbors who live alone."),
            [one(
                None,
                "Check on elderly neighbors who live alone",
                "do",
                "moderate"
            )]
        );
        assert!(
            recs("Bar owners who had opposed it now admit the ban did them no harm.").is_empty()
        );
        assert!(
            recs(
                "Export promotion, rather than import controls, is what built the country's wealth."
            )
            .is_empty()
        );
    }

    #[test]
    fn an_imperative_that_tells_the_reader_what_they_bring_about() {
        // A harm the reader brings about is a warning, in a quotation or not.
        assert!(
            recs(
                "Take away the license and you take away the hospital, the market and the church."
            )
            .is_empty()
        );
        assert!(
            recs("\"Raise the fare and you lose the riders who need it most,\" Kim said.")
                .is_empty()
        );
        // What is urged ends where what it brings begins.
        assert_eq!(
            recs("Book early and you get a discount."),
            [one(None, "Book early", "do", "moderate")]
        );
        // An object pronoun after the verb: "we will" opens the consequence, not the
        // verb's subject.
        assert_eq!(
            recs("\"Give us the zones and we will clear the paths within a month,\" Kim said."),
            [one(None, "Give us the zones", "do", "moderate")]
        );
    }

    #[test]
    fn a_second_clause_of_what_was_said_ends_the_action() {
        assert_eq!(
            recs(
                "Park said a first offense should draw a warning, not a fine, and that the \
                  city was moving too fast."
            ),
            [one(
                Some("a first offense"),
                "draw a warning, not a fine",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn have_opens_an_imperative_before_a_possessive_or_an_article() {
        assert_eq!(
            recs("Have your eyes checked every year, and avoid driving at night."),
            [
                one(None, "Have your eyes checked every year", "do", "moderate"),
                one(None, "avoid driving at night", "do", "moderate")
            ]
        );
        assert!(recs("Have the rules changed since then?").is_empty());
    }

    #[test]
    fn what_someone_still_has_to_do_describes() {
        assert!(recs("A patient still has to find an open pharmacy in the morning.").is_empty());
        assert_eq!(recs("Patients have to find an open pharmacy.").len(), 1);
    }

    #[test]
    fn advice_with_a_subjunctive() {
        assert_eq!(
            recs("Experts advised that the city expand bus routes first.").len(),
            1
        );
        assert!(recs("The ministry advised that flights would be delayed.").is_empty());
    }

    #[test]
    fn a_question_asked_is_no_request() {
        assert!(
            recs(
                "Passengers have asked for years why they pay the same to stand in the vestibule."
            )
            .is_empty()
        );
        assert_eq!(
            recs("Passengers have asked Korail to add more cars.").len(),
            1
        );
    }

    #[test]
    fn a_condition_set_for_applicants_is_no_advice() {
        assert!(recs("Applicants must earn twice Korea's per capita income.").is_empty());
        assert!(recs("All recipients will have to live in the city for a year.").is_empty());
        assert_eq!(recs("Applicants should apply early.").len(), 1);
    }

    #[test]
    fn a_passive_after_it_must_is_an_obligation() {
        assert_eq!(
            recs("It must be accompanied by a reform of the wage system.").len(),
            1
        );
        assert_eq!(recs("It must be phased in over five years.").len(), 1);
        assert!(recs("It must be complicated for the board.").is_empty());
        // "must not" infers nothing: any passive after it is forbidden.
        let not_expanded =
            recs("Not stopped, but it must not be expanded before the cost is counted.");
        assert_eq!(not_expanded.len(), 1);
        assert_eq!(not_expanded[0].2, "avoid");
        assert!(recs("It must not be forgotten that prices rose.").is_empty());
    }

    #[test]
    fn a_result_denied_by_its_main_clause_urges_nothing() {
        assert!(
            recs("\"No parcel is so urgent that a person should die for it,\" Kang said.")
                .is_empty()
        );
        assert_eq!(
            recs("The matter is so urgent that the government should act now.").len(),
            1
        );
    }

    #[test]
    fn inferences_formulas_and_habits_urge_nothing() {
        assert!(recs("The emulator must be running before you deploy.").is_empty());
        assert!(recs("It should be noted that the API is in preview.").is_empty());
        assert!(recs("Currently you need to write a lot of code for an animation.").is_empty());
        assert!(recs("Each time I have to log in again.").is_empty());
        // A comma sets the adverbial apart: what follows is urged.
        assert_eq!(recs("Right now, we need to focus on prices.").len(), 1);
        assert_eq!(recs("The government should be doing more.").len(), 1);
    }

    #[test]
    fn a_causative_imperative_lets_its_object_have_or_be() {
        let text =
            "Private couriers already skip Saturdays. Let the carriers have their Saturdays.";
        assert_eq!(recs(text).len(), 1);
        assert_eq!(recs("Let the voters be heard.").len(), 1);
        // The "have" of another clause's subject still makes a warning no advice.
        assert!(recs("Make it easy and you have just another beach.").is_empty());
    }

    #[test]
    fn worth_asking_for_something_and_doing_better_to_advise() {
        let found = recs("It is worth asking for last year's bills before you sign.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, "weak");
        // A question put to the reader is no advice.
        assert!(recs("It is worth asking why the city waited so long.").is_empty());
        let found = recs("Seoul would do better to try that first.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, "weak");
    }

    #[test]
    fn what_is_wise_now_and_the_best_thing_to_do_advise() {
        for text in [
            "It is advisable to reserve a table for dinner.",
            "It's wise to carry cash on the island.",
            "The best thing to do is to take the ferry across.",
            "Your best bet is to book the shuttle a day ahead.",
        ] {
            let found = recs(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].3, "weak", "{text}");
        }
        assert_eq!(recs("It is not advisable to drive at night.")[0].2, "avoid");
    }

    #[test]
    fn the_speaker_s_own_request_in_the_present_advises() {
        assert_eq!(
            recs("I ask my colleagues in the People Power Party to support it.")[0].0,
            Some("my colleagues in the People Power Party".to_string())
        );
        assert!(recs("Every year we ask the industry to use less plastic.").is_empty());
    }

    #[test]
    fn a_body_that_could_act_is_offered_a_course_inside_quotation_marks_too() {
        assert_eq!(
            recs("\"The province could share teachers across three schools,\" she said.").len(),
            1
        );
        // What could befall it is no course.
        assert!(recs("\"The province could lose its rating,\" she said.").is_empty());
    }

    #[test]
    fn an_imperative_whose_consequence_is_a_loss_never_recovered_warns() {
        assert!(
            recs("\"Open them to cars and you will never get them back,\" he said.").is_empty()
        );
        // A harm denied still leaves advice.
        assert_eq!(
            recs("Give every candidate headphones, and the noise outside will not matter.").len(),
            1
        );
    }

    #[test]
    fn a_rule_from_the_year_it_takes_effect_urges_nothing() {
        assert!(
            recs("From the 2026 admissions, every university must deduct points from bullies.")
                .is_empty()
        );
        // A rule already in force, from the date it took effect.
        assert!(
            recs("Since April, passengers on island ferries must wear a life jacket on deck.")
                .is_empty()
        );
        // "since" as "because" dates nothing.
        assert_eq!(
            recs("Since prices keep rising, the bank must act.").len(),
            1
        );
    }

    #[test]
    fn a_report_that_opens_with_the_date_of_an_obligation_states_a_rule() {
        assert!(
            recs(
                "From January, landlords who charge a maintenance fee must list what it pays for."
            )
            .is_empty()
        );
        // Undated, a lone sentence's "must" still advises.
        assert_eq!(
            recs("Landlords who charge a maintenance fee must list what it pays for.").len(),
            1
        );
    }

    #[test]
    fn a_rule_described_anywhere_and_infinitives_joined_by_and() {
        assert!(
            recs(
                "Every delivery motorcycle will have to be electric under a plan the city unveiled."
            )
            .is_empty()
        );
        assert_eq!(
            recs("Park called on the city to delay the rule and to build stations first.").len(),
            2
        );
    }

    #[test]
    fn an_intensifier_inside_a_pattern_changes_nothing() {
        assert_eq!(
            recs("I would definitely not recommend the buffet.")[0].2,
            "avoid"
        );
    }

    #[test]
    fn calls_turned_down_urge_nothing() {
        assert!(
            recs("Labor members rejected calls for a separate rate for small shops.").is_empty()
        );
        assert_eq!(
            recs("Employers backed calls for a separate rate for small shops.").len(),
            1
        );
    }

    #[test]
    fn an_existential_subject_urges_no_one() {
        let found = recs("There should be a way to pin folders to the start screen.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, None);
    }

    #[test]
    fn actors_of_calls_and_passive_subjunctives_and_trailing_attributions() {
        assert_eq!(
            recs(
                "Chipmakers are stepping up calls for the National Assembly to exempt researchers, as the act stalls."
            ),
            [one(
                Some("the National Assembly"),
                "exempt researchers",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs(
                "The think tank also called for an automatic mechanism that would tie benefits to life expectancy."
            ),
            [one(
                None,
                "an automatic mechanism that would tie benefits to life expectancy",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("The institute recommended that the contribution rate be raised to 15 percent."),
            [one(
                Some("the contribution rate"),
                "be raised to 15 percent",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("The institute also recommended that companies be allowed to reset wages."),
            [one(
                Some("companies"),
                "be allowed to reset wages",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs(
                "Korea should raise the retirement age, a state-run think tank recommended on Monday."
            ),
            [one(
                Some("Korea"),
                "raise the retirement age",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn an_indirect_question_after_a_verb_of_telling_urges_nothing() {
        assert!(recs("Doctors explain how the pill should be used.").is_empty());
        assert!(recs("Nobody knows when the rules should change, Lee said.").is_empty());
        assert_eq!(recs("That is how Korea should respond, Kim said.").len(), 1);
    }

    #[test]
    fn a_necessity_foreseen_is_no_advice() {
        assert!(recs("Motorcycles may soon have to carry a plate on the front.").is_empty());
        assert!(
            recs("\"After that, I will have to choose between rent and food,\" Kang said.")
                .is_empty()
        );
        assert!(recs("\"We'll need to raise prices,\" Kim said.").is_empty());
        assert!(recs("Korea might have to raise rates next year.").is_empty());
        // A report's narration states a rule's terms after reporting it; alone, or to
        // its reader, a "must" still advises.
        let terms = "Gwangju will allow sidewalk tables from May, the city said. \
                     Owners must leave 1.5 meters free and pay a monthly fee.";
        assert!(recs(terms).is_empty());
        assert_eq!(recs("Owners must leave 1.5 meters free.").len(), 1);
        assert_eq!(
            recs("Gwangju will allow sidewalk tables, the city said. You must book early.").len(),
            1
        );
        // Hedged advice stands, its actor without the modal.
        assert_eq!(
            recs("Seoul might need to act, Lee said."),
            [one(Some("Seoul"), "act", "do", "strong")]
        );
        assert_eq!(
            recs("\"Punish the riders who break the law,\" the association said.").len(),
            1
        );
    }

    #[test]
    fn what_others_tell_the_speakers_they_need_is_no_advice() {
        assert!(
            recs(
                "\"Telling us in July that we need more doses is asking for shortages,\" Park said."
            )
            .is_empty()
        );
        assert_eq!(recs("\"We need more doses by July,\" Park said.").len(), 1);
    }

    #[test]
    fn a_subject_described_by_a_clause_a_preposition_opens() {
        assert_eq!(
            recs("Kang said lifting the age at which payments begin should wait."),
            [one(
                Some("lifting the age at which payments begin"),
                "wait",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_relative_clause_inside_an_action() {
        assert_eq!(
            recs("The city should put the plan, which its consultants drew up, back on the table."),
            [one(
                Some("The city"),
                "put the plan, which its consultants drew up, back on the table",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("The city should keep the plan, which its consultants drew up, as it is.")[0].1,
            "keep the plan"
        );
        // A verb in its base form after the clause is the modal's second action.
        let two: Vec<String> = recs(
            "The government should extend the tax credit, which expires in December, and make it refundable.",
        )
        .into_iter()
        .map(|r| r.1)
        .collect();
        assert_eq!(two, ["extend the tax credit", "make it refundable"]);
        // One in the clause's own form goes on with the clause.
        assert_eq!(
            recs("The city should fund the pass, which costs little, and saves lives.").len(),
            1
        );
    }

    #[test]
    fn an_adverb_before_a_subjunctive_is_no_part_of_the_actor() {
        assert_eq!(
            first_actor("The institute recommended that the city also cap scooter speeds.")
                .as_deref(),
            Some("the city")
        );
    }

    #[test]
    fn the_pronoun_after_a_condition_is_the_condition_s_subject() {
        assert_eq!(
            first_actor("If the government wants care, it should hire care workers.").as_deref(),
            Some("the government")
        );
        assert_eq!(
            first_actor("If Korea goes ahead, it should tell Japan first.").as_deref(),
            Some("Korea")
        );
        assert_eq!(
            first_actor("If the city needs money, it should charge for parking.").as_deref(),
            Some("the city")
        );
        // A base form after a plural is the condition's verb.
        assert_eq!(
            first_actor("If residents want slower deliveries, they should pay for them.")
                .as_deref(),
            Some("residents")
        );
        // "the fines" is a noun after its article; "it" does not agree with "cars".
        assert_eq!(
            first_actor("If the fines are high, they should be paid on time.").as_deref(),
            Some("the fines")
        );
        // ("it should be easy to park" would estimate an effort, no advice.)
        assert_eq!(
            first_actor("If cars are off the streets, it should be free to park.").as_deref(),
            Some("it")
        );
    }

    #[test]
    fn a_review_line_in_the_imperative_advises_its_reader() {
        // Insistence, the reader named, an adverb that completes the verb.
        assert_eq!(
            recs("Definitely stay here if you are visiting the old town.").len(),
            1
        );
        assert_eq!(recs("Bring earplugs if you are a light sleeper.").len(), 1);
        assert_eq!(recs("Book early as the sea view rooms go fast.").len(), 1);
        assert_eq!(recs("My advice: book directly with the hotel.").len(), 1);
        assert_eq!(
            recs("Look out for the happy hour deals at the bar.").len(),
            1
        );
        assert_eq!(recs("Overpriced and dirty. Look elsewhere.").len(), 1);
        // A noun that opens the subject, pointing the reader, the writer's own state.
        assert!(recs("Export promotion is what built the port.").is_empty());
        assert!(recs("Look at the numbers.").is_empty());
        assert!(recs("Love the location and the staff.").is_empty());
        // "Take" a thing urges taking it; "take" a case points at it.
        assert_eq!(recs("Take the metro from the airport.").len(), 1);
        assert_eq!(recs("Parking is expensive, so take a taxi.").len(), 1);
        assert!(recs("Take Japan.").is_empty());
        assert!(recs("Take the case of Japan.").is_empty());
        assert!(recs("Take a look at the numbers.").is_empty());
    }

    #[test]
    fn a_verb_that_opens_a_subject_is_no_imperative() {
        assert!(recs("\"Tax credits tied to investment are fairer,\" Han said.").is_empty());
        assert!(recs("Han said, \"Direct subsidies go to the best lobbyists.\"").is_empty());
        // A relative clause ends the search for the subject's verb.
        assert_eq!(recs("\"Ask for a room that is quiet,\" Kim said.").len(), 1);
        assert_eq!(
            recs("\"Put the signal where people are already looking,\" Kim said.").len(),
            1
        );
        assert!(recs("\"Delay only makes the cuts deeper,\" Kim said.").is_empty());
    }

    #[test]
    fn an_imperative_reported_without_quotation_marks() {
        assert_eq!(
            recs("Until then, do not sign without it, Go said."),
            [one(None, "sign without it", "avoid", "moderate")]
        );
        assert!(recs("Trade Minister Ahn said tariffs would raise costs.").is_empty());
    }

    #[test]
    fn a_plural_subject_past_its_place_and_an_adverb() {
        assert!(recs("Pilot vehicles in Gangnam still carry a safety driver.").is_empty());
    }

    #[test]
    fn a_petition_asks_and_a_rule_demands() {
        assert_eq!(
            recs("The petition, started by a mother of two, asks the city to lend helmets."),
            [one(Some("the city"), "lend helmets", "do", "moderate")]
        );
        assert!(recs("CBAM asks importers to pay the same carbon price.").is_empty());
    }

    #[test]
    fn a_need_given_as_a_reason_and_what_an_act_should_mean() {
        assert!(
            recs("Prices are high because of bad harvests, not because we need fruit.").is_empty()
        );
        assert!(
            recs("Protecting growers should not mean that children go without fruit.").is_empty()
        );
        assert_eq!(recs("We need cheaper fruit.").len(), 1);
    }

    #[test]
    fn a_second_infinitive_and_a_better_course() {
        assert_eq!(
            recs("It asked the regulator to block the deal or to order a sale of one mill."),
            [
                one(Some("the regulator"), "block the deal", "do", "moderate"),
                one(
                    Some("the regulator"),
                    "order a sale of one mill",
                    "do",
                    "moderate"
                )
            ]
        );
        assert_eq!(
            recs("They asked the city to lend helmets at every station and to fine riders."),
            [
                one(
                    Some("the city"),
                    "lend helmets at every station",
                    "do",
                    "moderate"
                ),
                one(Some("the city"), "fine riders", "do", "moderate")
            ]
        );
        assert_eq!(
            recs("Publishers must be able to refuse or to set a price."),
            [one(
                Some("Publishers"),
                "be able to refuse or to set a price",
                "do",
                "strong"
            )]
        );
        assert_eq!(
            recs("A better course is to let tuition rise with inflation."),
            [one(None, "let tuition rise with inflation", "do", "weak")]
        );
    }

    #[test]
    fn an_imperative_after_a_clause_of_condition_and_advice_after_a_weekday() {
        assert_eq!(
            recs("\"If you are over 65, please do not wait for the peak,\" Jee said."),
            [one(None, "wait for the peak", "avoid", "moderate")]
        );
        assert!(recs("\"If prices rise, we will act,\" Jee said.").is_empty());
        assert_eq!(
            recs("\"Before you raise premiums, pay what you owe,\" Park said."),
            [one(None, "pay what you owe", "do", "moderate")]
        );
        assert_eq!(
            recs(
                "The agency recommended Tuesday that everyone aged 65 and older get a booster, \
                 and said nurses should get one too."
            ),
            [
                one(
                    Some("everyone aged 65 and older"),
                    "get a booster",
                    "do",
                    "moderate"
                ),
                one(Some("nurses"), "get one too", "do", "moderate")
            ]
        );
    }

    #[test]
    fn could_with_the_purpose_of_an_action_puts_an_option_forward() {
        assert_eq!(
            recs("Analysts said Korea could offer to buy more U.S. gas to soften the blow."),
            [one(
                Some("Korea"),
                "offer to buy more U.S. gas to soften the blow",
                "do",
                "weak"
            )]
        );
        assert!(recs("Analysts said prices could rise to 5 percent.").is_empty());
        // The "to" of a condition is no purpose.
        assert!(
            recs("Kim said the plan could work if staff were trained to check ages.").is_empty()
        );
    }

    #[test]
    fn could_urges_only_an_alternative() {
        assert_eq!(
            recs("Park said the government could subsidize households instead of cutting wages."),
            [one(
                Some("the government"),
                "subsidize households instead of cutting wages",
                "do",
                "weak"
            )]
        );
        assert!(recs("Park said prices could rise next year.").is_empty());
        assert_eq!(
            recs("If money is the problem, the council could start by giving up its trip."),
            [one(
                Some("the council"),
                "start by giving up its trip",
                "do",
                "weak"
            )]
        );
        assert!(recs("Park said the council could start the work in May.").is_empty());
        // A remedy for a need the condition grants.
        assert_eq!(
            recs("\"If the city needs money, it could charge for parking tour buses,\" Choi said.")
                .into_iter()
                .map(|r| (r.0, r.1))
                .collect::<Vec<_>>(),
            [(
                Some("the city".to_string()),
                "charge for parking tour buses".to_string()
            )]
        );
    }

    #[test]
    fn can_offers_a_remedy_only_for_a_problem_granted() {
        assert_eq!(
            recs("If noise is the worry, the airport can move night flights to the east runway."),
            [one(
                Some("the airport"),
                "move night flights to the east runway",
                "do",
                "weak"
            )]
        );
        assert!(recs("The airport can move night flights to the east runway.").is_empty());
        assert!(recs("If noise is the worry that residents raise, it can be measured.").is_empty());
        assert!(recs("You can book seats online.").is_empty());
    }

    #[test]
    fn the_people_a_relative_clause_describes_are_the_actor() {
        assert_eq!(
            recs("Farmers who use the most water should pay more, Bae said."),
            [one(
                Some("Farmers who use the most water"),
                "pay more",
                "do",
                "moderate"
            )]
        );
        // A verb of thought inside the clause is no boundary of the subject.
        assert_eq!(
            recs("Anyone who thinks the rule is too strict should visit a trauma ward."),
            [one(
                Some("Anyone who thinks the rule is too strict"),
                "visit a trauma ward",
                "do",
                "moderate"
            )]
        );
        // One noun may stand before the plural after a verb of speech.
        assert_eq!(
            recs("Park said night shifts that remain should come with hazard pay."),
            [one(
                Some("night shifts that remain"),
                "come with hazard pay",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Critics raised concerns that the board should resign."),
            [one(Some("the board"), "resign", "do", "moderate")]
        );
    }

    #[test]
    fn a_second_action_after_an_adjunct() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The commission should adopt regional rates in stages, starting with a narrow \
             band, and review the effect on employment every year.",
            Vec::new(),
        );
        let actions: Vec<&str> = doc.sentences[0]
            .recommendations
            .iter()
            .map(|r| r.action.as_str())
            .collect();
        assert_eq!(
            actions,
            [
                "adopt regional rates in stages",
                "review the effect on employment every year"
            ]
        );
    }

    #[test]
    fn a_modal_in_a_comparison_urges_nothing() {
        assert!(
            recs("Patients pay more than they need to because of a phone call nobody makes.")
                .is_empty()
        );
        assert!(recs("Drivers pay more than they should for insurance.").is_empty());
        assert_eq!(recs("Drivers should pay less for insurance.").len(), 1);
    }

    #[test]
    fn an_action_ends_before_a_noun_that_names_the_proposal() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The ministry proposed letting pharmacists substitute generics, a change it \
             says would save 300 billion won.",
            Vec::new(),
        );
        let r = &doc.sentences[0].recommendations;
        assert_eq!(r.len(), 1);
        assert!(
            r[0].action.ends_with("substitute generics"),
            "{}",
            r[0].action
        );
    }

    #[test]
    fn a_modal_in_a_free_relative_clause_urges_nothing() {
        assert!(recs("Here is what you need to know today.").is_empty());
        assert!(recs("Knowing the rules is the least we should expect.").is_empty());
        assert_eq!(recs("You need to know the rules.").len(), 1);
    }

    #[test]
    fn what_a_rule_says_describes_it() {
        assert!(recs("The rule only says the Korean has to be there too.").is_empty());
        assert!(recs("The new law requires that every sign must show Hangeul.").is_empty());
        assert_eq!(
            recs("The rule is fine, but the Korean has to be there too.").len(),
            1
        );
    }

    #[test]
    fn what_someone_has_to_do_as_a_consequence_urges_nothing() {
        assert!(
            recs(
                "Couriers leave parcels at the gate, which means elderly residents now have \
                 to carry heavy boxes."
            )
            .is_empty()
        );
        assert!(
            recs("The fee is 50,000 won, which means that couriers have to pay it.").is_empty()
        );
        assert_eq!(
            recs("Elderly residents have to carry heavy boxes.").len(),
            1
        );
    }

    #[test]
    fn a_subject_that_is_no_one_urges_that_no_one_does_it() {
        assert_eq!(
            recs("None of them should be asked to pay alone for it."),
            [one(
                Some("None of them"),
                "be asked to pay alone for it",
                "avoid",
                "moderate"
            )]
        );
        assert_eq!(
            recs("No one should pay twice."),
            [one(Some("No one"), "pay twice", "avoid", "moderate")]
        );
    }

    #[test]
    fn the_commas_of_a_ministrys_name_are_inside_the_actor() {
        assert_eq!(
            recs(
                "The Ministry of Land, Infrastructure and Transport, which drew up the rules, \
                 should make clear that access cannot be sold."
            ),
            [one(
                Some("The Ministry of Land, Infrastructure and Transport"),
                "make clear that access cannot be sold",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_strong_modal_on_whoever_meets_a_condition_urges_nothing() {
        assert!(
            recs(
                "Korea spends billions on births, yet a woman who wants a child without a \
                 husband must pay the full cost of treatment."
            )
            .is_empty()
        );
        assert_eq!(
            recs("A woman who wants a child without a husband should get the subsidy.").len(),
            1
        );
        assert_eq!(recs("Anyone who loves seafood must try the crab.").len(), 1);
        let found =
            recs("A city that is getting hotter cannot afford to take away its little shade.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2, "avoid");
    }

    #[test]
    fn a_body_that_opens_the_sentence_offers_what_it_could_do() {
        let found = recs("Local governments could buy them in bulk.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, "weak");
        assert_eq!(
            recs("The Defense Ministry could let artists serve in bands.").len(),
            1
        );
        // What could befall it, a forecast, or a body inside what someone said.
        assert!(recs("The city could lose its rating.").is_empty());
        assert!(recs("Prices could rise next year.").is_empty());
        assert!(recs("He said construction could begin in 2027.").is_empty());
    }

    #[test]
    fn urging_after_the_comma_of_an_attribution() {
        let found =
            recs("The federation said in a statement, urging the service to enforce the ban.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.as_deref(), Some("the service"));
        // A campaign that urges is described, not reported.
        assert!(
            recs(
                "The bank, which has run a campaign urging shops to keep taking cash, \
                 welcomed it."
            )
            .is_empty()
        );
    }

    #[test]
    fn each_clause_after_a_semicolon_may_urge_again() {
        let found = recs(
            "\"If the rule is unfair, fix the rule for everyone; do not punish the \
             youngest sport,\" Kwon said.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].2, "avoid");
        assert!(recs("\"We tried; nothing worked,\" Kwon said.").is_empty());
        // After "do not", a verb the lexicon does not know.
        let found = recs("\"Fix the rule; do not single out the youngest sport,\" Kwon said.");
        assert_eq!(
            found.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
            ["Fix the rule", "single out the youngest sport"]
        );
    }

    #[test]
    fn the_few_a_rule_binds_now_are_described_not_advised() {
        assert!(
            recs("Today only complexes with 500 or more households must keep a defibrillator.")
                .is_empty()
        );
        assert!(recs("Currently, only large stores must offer a recycling bin.").is_empty());
        assert_eq!(
            recs("Today, every complex must keep a defibrillator.").len(),
            1
        );
    }

    #[test]
    fn a_rule_in_force_from_a_date_urges_nothing() {
        assert!(
            recs("A customer told me that from January every kiosk must offer voice guidance.")
                .is_empty()
        );
        assert_eq!(recs("Every kiosk must offer voice guidance.").len(), 1);
        assert!(
            recs("From July, patients who see a doctor daily will have to pay 90 percent.")
                .is_empty()
        );
        assert_eq!(
            recs("From July, Korea has to pay more for its own defense.").len(),
            1
        );
        // An organisation's report of what others will have to do announces its rule,
        // with every action joined to it; a person's is advice.
        assert!(
            recs(
                "Banks will have to keep a branch in every county and give customers six \
                 months' notice, the Financial Services Commission said."
            )
            .is_empty()
        );
        assert_eq!(
            recs("Banks will have to keep a branch in every county, Lee Dong-hoon said.").len(),
            1
        );
    }

    #[test]
    fn an_alternative_with_its_own_verb_and_object_is_another_action() {
        assert_eq!(
            recs("The office recommended that the government cap the rate or shorten the window."),
            [
                one(Some("the government"), "cap the rate", "do", "moderate"),
                one(
                    Some("the government"),
                    "shorten the window",
                    "do",
                    "moderate"
                )
            ]
        );
    }

    #[test]
    fn a_modal_that_opens_the_action_of_another_belongs_to_it() {
        assert_eq!(
            recs("Kim said players should not have to choose between their knees and their wages."),
            [one(
                Some("players"),
                "have to choose between their knees and their wages",
                "avoid",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_hedged_imperative_is_weak_advice() {
        assert_eq!(
            recs("Maybe add an option for dark mode."),
            [one(None, "add an option for dark mode", "do", "weak")]
        );
        assert_eq!(
            recs("Perhaps ask for a room at the back."),
            [one(None, "ask for a room at the back", "do", "weak")]
        );
        assert_eq!(
            recs("Just ask for a room at the back."),
            [one(None, "ask for a room at the back", "do", "moderate")]
        );
        assert!(recs("Maybe next year.").is_empty());
        assert_eq!(
            recs("If the hotel is full, maybe try the inn."),
            [one(None, "try the inn", "do", "weak")]
        );
    }

    #[test]
    fn a_modal_inside_a_reported_clause_and_adverbs_after_it() {
        assert_eq!(
            recs("He suggested that the government should instead open more routes."),
            [one(
                Some("the government"),
                "open more routes",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn the_writers_own_advice_and_wishes() {
        assert_eq!(
            recs("I would recommend this hotel to anyone."),
            [one(None, "this hotel to anyone", "do", "moderate")]
        );
        assert_eq!(
            recs("I would not recommend the restaurant."),
            [one(None, "the restaurant", "avoid", "moderate")]
        );
        assert_eq!(
            recs("It would be nice if the app let me export my notes."),
            [one(None, "the app let me export my notes", "do", "weak")]
        );
        // Past a phrase of time, the reported advice's own pattern: no "recommend X"
        // with "this week that rates rise" for its object.
        assert_eq!(
            recs("The panel recommended this week that rates rise."),
            [one(Some("rates"), "rise", "do", "moderate")]
        );
        assert_eq!(
            recs(
                "The government must set a binding date, or the next administration will move it."
            ),
            [one(
                Some("The government"),
                "set a binding date",
                "do",
                "strong"
            )]
        );
    }

    #[test]
    fn a_document_described_by_its_call_is_the_subject() {
        assert!(
            recs("An online petition calling for the plan to be withdrawn gathered 50,000 signatures.")
                .is_empty()
        );
        assert_eq!(
            recs("The association issued a statement calling for the plan to be withdrawn.").len(),
            1
        );
    }

    #[test]
    fn three_actions_under_one_modal_with_post_among_them() {
        let found = recs(
            "The city should run the trial for a year, post speed limits, and publish the number of collisions.",
        );
        let actions: Vec<&str> = found.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            actions,
            [
                "run the trial for a year",
                "post speed limits",
                "publish the number of collisions"
            ]
        );
    }

    #[test]
    fn should_have_before_an_object_possesses() {
        assert_eq!(
            recs("\"They help, and every district should have them at busy crossings,\" Han said."),
            [one(
                Some("every district"),
                "have them at busy crossings",
                "do",
                "moderate"
            )]
        );
        assert!(recs("\"The city should have fixed them years ago,\" Han said.").is_empty());
    }

    #[test]
    fn a_verb_in_the_past_tense_ends_the_action() {
        assert_eq!(
            recs(
                "The mayor urged the company to keep one line in the city and offered to extend the tax breaks."
            ),
            [one(
                Some("the company"),
                "keep one line in the city",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn two_actions_under_one_modal() {
        assert_eq!(
            recs(
                "Korea should not attempt a deal like Japan, and should present new forms of cooperation."
            ),
            [
                one(
                    Some("Korea"),
                    "attempt a deal like Japan",
                    "avoid",
                    "moderate"
                ),
                one(
                    Some("Korea"),
                    "present new forms of cooperation",
                    "do",
                    "moderate"
                ),
            ]
        );
    }

    #[test]
    fn a_second_action_in_sequence_after_then() {
        assert_eq!(
            recs("The city should test the pumps first, then install them everywhere."),
            [
                one(Some("The city"), "test the pumps first", "do", "moderate"),
                one(
                    Some("The city"),
                    "install them everywhere",
                    "do",
                    "moderate"
                ),
            ]
        );
        // "then" before a clause or a quantity starts no action.
        assert_eq!(
            recs("The city should raise it to 5,000 won, then 7,000 won by 2030.").len(),
            1
        );
        assert_eq!(
            recs("\"Add more trains first, then we can talk about safety.\"").len(),
            1
        );
    }

    #[test]
    fn what_a_relative_clause_or_the_speakers_own_people_have_to_do_describes() {
        assert!(
            recs(
                "\"Coal is a bad bet for a fund that has to pay people in 2060,\" the group said."
            )
            .is_empty()
        );
        assert!(
            recs("\"Today our users have to move their money to a bank every night,\" he said.")
                .is_empty()
        );
        assert!(recs("\"Somebody has to pay for that,\" she said.").is_empty());
        // The one who is to act, named.
        assert_eq!(
            recs("\"The government has to pay for that,\" she said.").len(),
            1
        );
    }

    #[test]
    fn a_body_that_could_act_after_but_that_is_offered_a_course() {
        let found = recs(
            "Cho said divestment made sense but that the fund could sell gradually to avoid moving prices.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "sell gradually to avoid moving prices");
        // What could befall it is no course.
        assert!(recs("Cho said the plan was sound but that the fund could lose money.").is_empty());
    }

    #[test]
    fn an_alternative_inside_a_condition_offers_nothing() {
        assert!(recs("Go said both could work if the dormitories were built in town rather than behind the fence.").is_empty());
        assert_eq!(
            recs("Korea could subsidize households instead of lowering the wage.").len(),
            1
        );
    }

    #[test]
    fn so_before_an_auxiliary_inverts_no_imperative() {
        let text = "[Editorial] Cameras\n\nWhere cameras are always on, complaints against \
                    officers fall, and so do assaults on them.";
        assert!(recs(text).is_empty());
    }

    #[test]
    fn a_second_action_after_based_on() {
        let actions: Vec<String> = recs(
            "The ministry should set a catch limit based on the surveys, and cut it every year.",
        )
        .into_iter()
        .map(|(_, action, _, _)| action)
        .collect();
        assert_eq!(actions, ["set a catch limit", "cut it every year"]);
    }

    #[test]
    fn a_second_action_after_but() {
        assert_eq!(
            recs("She said the government should keep the exemptions but tie them to service."),
            [
                one(
                    Some("the government"),
                    "keep the exemptions",
                    "do",
                    "moderate"
                ),
                one(
                    Some("the government"),
                    "tie them to service",
                    "do",
                    "moderate"
                ),
            ]
        );
        // After a negation the second would take the first's polarity: it stays one.
        assert_eq!(
            recs("The government should not scrap the exemptions but tie them to service.").len(),
            1
        );
    }

    #[test]
    fn an_interview_answer_in_the_imperative() {
        let text = "[Interview] A rural hospital runs short\n\n\
                    We met Dr. Yang Mi-kyung at the hospital.\n\n\
                    Q: What would you say to the association?\n\n\
                    Come to Samcheok for a week.\n\n\
                    Q: And after that?\n\n\
                    Come March, the rules will change.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let actions: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| {
                s.recommendations
                    .iter()
                    .map(|r| doc.slice(r.action_span))
                    .collect()
            })
            .collect();
        assert_eq!(actions[3], ["Come to Samcheok for a week"]);
        // The party the question addresses is who the answer's imperative urges.
        assert_eq!(
            doc.sentences[3].recommendations[0].actor.as_deref(),
            Some("the association")
        );
        assert!(actions[5].is_empty(), "a date, not an invitation");
    }

    #[test]
    fn the_party_asked_about_leaves_out_the_time() {
        let text = "[Interview] Keep driving, safely\n\n\
                    Jang Hye-won, a senior researcher, spoke to us.\n\n\
                    Q. Should the police test every driver over 75?\n\n\
                    A. Not by age alone.\n\n\
                    Q. Any advice for older drivers now?\n\n\
                    A. Have your eyes checked every year.";
        assert_eq!(recs(text).len(), 1);
        assert_eq!(first_actor(text).as_deref(), Some("older drivers"));
        // A question that is only the party's name.
        let text = "[Interview] Sleep before grades\n\n\
                    Seo Yun-ah, a pediatrician, spoke to us.\n\n\
                    Q. Should schools sell energy drinks?\n\n\
                    A. Not to children.\n\n\
                    Q. Parents?\n\n\
                    A. Talk to your children about sleep.";
        assert_eq!(recs(text).len(), 1);
        assert_eq!(first_actor(text).as_deref(), Some("Parents"));
    }

    #[test]
    fn an_explainers_answer_addresses_the_party_its_question_asks_about() {
        let text = "Q&A: The rooftop solar rule\n\n\
                    Q. Who pays?\n\n\
                    A. Builders do, and the ministry says the rule will pay off.\n\n\
                    Q. What should buyers do?\n\n\
                    A. Before signing, ask the builder who will maintain the panels.";
        assert_eq!(recs(text).len(), 1);
        assert_eq!(first_actor(text).as_deref(), Some("buyers"));
        // The answer runs on over a paragraph of its own, with an imperative after "but".
        let text = "Q&A: Fixed or variable?\n\n\
                    Q. I have a variable-rate mortgage. What should borrowers do now?\n\n\
                    A. Rates are expected to fall.\n\n\
                    Paying down the loan early is a good idea, but keep six months of \
                    expenses in cash first.";
        assert_eq!(recs(text).len(), 1);
        assert_eq!(first_actor(text).as_deref(), Some("borrowers"));
    }

    #[test]
    fn question_paragraphs_of_a_marked_interview_and_the_party_asked_about() {
        let text = "[Interview] Merge them, but slowly\n\n\
                    Choi Yoon-hee, who heads the Korea Kindergarten Association, sat down with \
                    The Korea Herald.\n\n\
                    Do you support the merger?\n\n\
                    In principle, yes.\n\n\
                    What should the government do first?\n\n\
                    Set a single qualification for teachers. \
                    Then phase in the merger region by region.\n\n\
                    Is that realistic?\n\n\
                    For working parents it is essential, and kindergartens should offer it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let questions: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| doc.sentences[i].question_label)
            .collect();
        assert_eq!(questions, [2, 4, 7]);
        let choi = doc.speakers.iter().position(|s| s.name == "Choi Yoon-hee");
        assert!(choi.is_some());
        assert_eq!(doc.sentences[3].speaker, choi);
        let recs = |i: usize| -> Vec<(Option<&str>, &str)> {
            doc.sentences[i]
                .recommendations
                .iter()
                .map(|r| (r.actor.as_deref(), r.action.as_str()))
                .collect()
        };
        assert!(recs(4).is_empty(), "a question urges nothing");
        assert_eq!(
            recs(5),
            [(
                Some("the government"),
                "Set a single qualification for teachers"
            )]
        );
        assert_eq!(
            recs(6),
            [(
                Some("the government"),
                "phase in the merger region by region"
            )]
        );
        // "it is essential": a pronoun is no course of action.
        assert_eq!(recs(8), [(Some("kindergartens"), "offer it")]);
        // Without the marker, the same layout is a writer's rhetorical questions.
        let plain = text
            .replacen("[Interview] ", "", 1)
            .replacen("sat down with", "wrote to", 1);
        let doc = Pipeline::rules_only().annotate("t", &plain, Vec::new());
        assert!(doc.sentences.iter().all(|s| !s.question_label));
    }

    #[test]
    fn a_clause_of_time_after_the_act_is_no_part_of_it() {
        assert_eq!(
            recs("Japan has pressed Seoul to lift the ban since it began releasing water."),
            [one(Some("Seoul"), "lift the ban", "do", "moderate")]
        );
        assert_eq!(
            recs("Lawmakers need to pass the bill that has been stalled since March.")[0].1,
            "pass the bill that has been stalled since March"
        );
    }

    #[test]
    fn a_reported_question_and_a_modal_sharing_its_subject() {
        assert!(
            recs("Rep. Kang asked whether teachers would be expected to confiscate phones.")
                .is_empty()
        );
        assert!(recs("We asked him about plans to close the clinic.").is_empty());
        assert_eq!(
            recs("Rep. Yoo said the ban was overdue and should cover break times as well."),
            [one(
                Some("the ban"),
                "cover break times as well",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn an_elided_verb_or_an_obligation_as_circumstance_urges_nothing() {
        assert!(
            recs("\"Stock investors pay tax on gains, and there is no reason crypto investors should not,\" Jin said.")
                .is_empty()
        );
        assert!(
            recs("\"The region cannot grow while every passenger has to go through Incheon,\" Park said.")
                .is_empty()
        );
        assert_eq!(recs("Kim said that Korea has to act now.").len(), 1);
    }

    #[test]
    fn a_relative_clause_a_time_after_the_actor_and_an_example_list() {
        assert!(recs("The industry ministry, which must approve any change, said it was reviewing the request.").is_empty());
        assert!(recs("The head keeps a list of who needs to go to the hospital.").is_empty());
        // The relative clause describes the actor; the sentence's own modal urges.
        assert_eq!(
            recs("Residents who need to travel should book early."),
            [one(
                Some("Residents who need to travel"),
                "book early",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("KEPCO asked the government on Monday to approve a rate increase."),
            [one(
                Some("the government"),
                "approve a rate increase",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs(
                "The group said KEPCO should sell its overseas assets, including stakes in coal mines, before asking households to pay more."
            ),
            [one(
                Some("KEPCO"),
                "sell its overseas assets, including stakes in coal mines, before asking households to pay more",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_clause_of_why_and_a_noun_of_aid() {
        assert_eq!(
            recs(
                "That is why the government has to be honest about the numbers, and why language classes and help for children have to come first."
            )
            .first()
            .cloned(),
            Some(one(
                Some("the government"),
                "be honest about the numbers",
                "do",
                "strong"
            ))
        );
        assert_eq!(
            recs("Seoul should fund language classes and help for children at school."),
            [one(
                Some("Seoul"),
                "fund language classes and help for children at school",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn an_alternative_inside_an_infinitive_and_a_verb_of_going_stay_one_action() {
        let actions = |text: &str| -> Vec<String> {
            recs(text)
                .into_iter()
                .map(|(_, action, _, _)| action)
                .collect()
        };
        assert_eq!(
            actions(
                "\"Schools must not turn the rule into a reason to search bags or punish \
                 students,\" Kim said."
            ),
            ["turn the rule into a reason to search bags or punish students"]
        );
        assert_eq!(
            actions("\"Come and look at the numbers in a year,\" Park said."),
            ["Come and look at the numbers in a year"]
        );
        // Alternatives with a verb and an object each are two actions.
        assert_eq!(
            actions("\"The city should cap the rate or shorten the window,\" Park said."),
            ["cap the rate", "shorten the window"]
        );
    }

    #[test]
    fn split_quotation_gives_the_actor() {
        assert_eq!(
            recs(
                "\"Korea,\" he said, \"must not sign an agreement that hands over our technology.\""
            ),
            [one(
                Some("Korea"),
                "sign an agreement that hands over our technology",
                "avoid",
                "strong"
            )]
        );
    }

    #[test]
    fn predicates_of_necessity_and_proposals() {
        assert_eq!(
            recs("A retraining fund is needed before the terminals close, the union said."),
            [one(None, "A retraining fund", "do", "strong")]
        );
        assert_eq!(
            recs("\"Lowering the rate is the minimum needed to keep these companies,\" he said."),
            [one(None, "Lowering the rate", "do", "strong")]
        );
        assert_eq!(
            recs("The party instead proposed raising the spousal deduction."),
            [one(None, "raise the spousal deduction", "do", "moderate")]
        );
        assert_eq!(
            recs("It is necessary to act, Lee said."),
            [one(None, "act", "do", "strong")]
        );
    }

    #[test]
    fn lists_of_actions_and_requests() {
        assert_eq!(
            recs(
                "\"Open the market to new issuers, set strict reserve rules and let users decide.\""
            ),
            [
                one(None, "Open the market to new issuers", "do", "moderate"),
                one(None, "set strict reserve rules", "do", "moderate"),
                one(None, "let users decide", "do", "moderate"),
            ]
        );
        assert_eq!(
            recs("She said the group had asked the ministry to raise the limit."),
            [one(
                Some("the ministry"),
                "raise the limit",
                "do",
                "moderate"
            )]
        );
        // "that" after a verb of speech opens what was said, not a relative clause.
        assert_eq!(
            recs("KEPCO said on the 28th that it had asked the government to raise rates."),
            [one(Some("the government"), "raise rates", "do", "moderate")]
        );
        assert!(recs("The project that Washington has asked Seoul to fund is large.").is_empty());
        // An infinitive after "and" goes on the one the action holds; after an action
        // that holds none, it is a second action.
        assert_eq!(
            recs("She said regulators should require issuers to keep reserves in bonds and to publish them every month.").len(),
            1
        );
        assert_eq!(
            recs("Greenpeace urged the ministry to extend it to all hotels and to cover the slippers too.").len(),
            2
        );
        // An interviewer's question urges nothing; what is unavoidable is judged, not
        // urged.
        assert!(
            recs(
                "[Interview] Buses\n\nWe met the mayor on the 2nd.\n\n\
             - Why not leave the routes to the companies?\n\n\
             \"Because they cut the village routes.\"\n\n\
             - Will fares go up?\n\n\
             \"A fare increase is unavoidable.\""
            )
            .is_empty()
        );
        assert_eq!(
            recs("\"Why not leave the routes to the companies?\" Kim asked.").len(),
            1
        );
        // A relative clause a preposition opens describes; an auxiliary of emphasis is
        // no part of the actor.
        assert_eq!(
            recs(
                "The association has called for prescribing by ingredient name, under which the pharmacist chooses the product."
            ),
            [one(
                None,
                "prescribing by ingredient name",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("\"Korea can wait, but it does need to stop pretending.\""),
            [one(Some("it"), "stop pretending", "do", "strong")]
        );
        assert_eq!(
            first_actor("\"So the people who do should not be carrying the flu.\""),
            Some("the people who do".into())
        );
        assert!(recs("\"Let me be clear about the rules.\"").is_empty());
        assert_eq!(
            recs("Seoul would be wise to secure the deal first."),
            [one(Some("Seoul"), "secure the deal first", "do", "weak")]
        );
        assert_eq!(
            recs("The government should fund trials, measure the results, and only then decide whether to legislate.").len(),
            3
        );
        // A list of nouns after a verb is one action.
        assert_eq!(
            recs("Korea should invest in research, design and production.").len(),
            1
        );
    }

    #[test]
    fn what_is_not_a_recommendation() {
        for text in [
            "If a bailout is needed, the state will pay.",
            "Trade is essential to the economy.",
            "Exports, which are needed, fell.",
            "The proposed tax is high.",
            "Kim suggested a link between the two.",
            "Calls for change grew louder.",
            "Asked whether Korea should join the alliance, Ahn declined to comment.",
            "The two agencies clashed over whether banks should be allowed to issue tokens.",
            "Should Korea join the alliance?",
            "It must be difficult for the board to ignore the currency.",
            "Officials should have acted on the warnings years ago.",
            "The need to act is urgent.",
            "Market adjustments are an unavoidable element.",
            "Under the rule, chains such as E-Mart must close on two Sundays a month.",
            "Under the new labour law, firms must publish their pay gaps.",
            "Under the new guideline, a facility must be 500 meters from the nearest home.",
            "I need to reinstall the app every week.",
            "I really have to restart my phone every day.",
        ] {
            assert!(recs(text).is_empty(), "{text}: {:?}", recs(text));
        }
    }

    #[test]
    fn a_subject_past_a_relative_clause_and_a_step_still_to_come() {
        assert_eq!(
            recs(
                "\"But the central government, which set the age of 65 in 1984, should share the cost,\" he said."
            ),
            [one(
                Some("the central government"),
                "share the cost",
                "do",
                "moderate"
            )]
        );
        for text in [
            "The plan must still pass the city council.",
            "The bill still needs to clear a plenary vote.",
        ] {
            assert!(recs(text).is_empty(), "{text}: {:?}", recs(text));
        }
        assert_eq!(recs("\"The city must still do more,\" he said.").len(), 1);
    }

    #[test]
    fn a_list_of_nouns_in_gerund_form_stays_in_the_action() {
        assert_eq!(
            recs(
                "\"Put every won into shelters, neutering and education, and publish the accounts.\""
            ),
            [
                one(
                    None,
                    "Put every won into shelters, neutering and education",
                    "do",
                    "moderate"
                ),
                one(None, "publish the accounts", "do", "moderate")
            ]
        );
    }

    #[test]
    fn to_before_a_determiner_ends_no_actor_of_a_call() {
        assert_eq!(
            recs("The group called for a referendum before the city commits to the bid."),
            [one(
                None,
                "a referendum before the city commits to the bid",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("The group called for the city to hold a referendum."),
            [one(Some("the city"), "hold a referendum", "do", "moderate")]
        );
    }

    #[test]
    fn no_necessity_is_no_advice() {
        for text in [
            "Most said they would move back if they did not have to give up the passport.",
            "\"Consumers do not have to worry,\" Kim said.",
            "\"They didn't need to leave,\" Kim said.",
            "It wants a new pier so that large ships no longer have to share berths.",
            "\"Patients will never have to wait,\" Kim said.",
            "\"Drivers won't need to queue,\" Kim said.",
        ] {
            assert!(recs(text).is_empty(), "{text}: {:?}", recs(text));
        }
        assert_eq!(recs("\"Seoul needs to act,\" Kim said.").len(), 1);
    }

    #[test]
    fn what_someone_should_see_or_get_may_be_a_forecast() {
        for text in [
            "Households should see their bills fall by 5 percent next year.",
            "Drivers should notice fewer potholes by the summer.",
            "You should see a dialog asking for permission.",
            "You should receive the refund within a week.",
        ] {
            assert!(recs(text).is_empty(), "{text}: {:?}", recs(text));
        }
        for text in [
            "Visitors should see the temple at dawn.",
            "You should see a doctor if the pain continues.",
            "Every patient should receive a written explanation of the costs.",
            "Companies should see shorter hours as an investment, not a cost.",
        ] {
            assert_eq!(recs(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn readiness_expected_by_a_time_is_a_forecast() {
        assert!(recs("The new version should be available in the store next week.").is_empty());
        assert!(recs("The report should be ready by March.").is_empty());
        assert_eq!(recs("The data should be available to everyone.").len(), 1);
        assert_eq!(recs("The ban should start in 2027.").len(), 1);
    }

    #[test]
    fn a_clause_of_reason_after_a_comma_is_no_part_of_the_action() {
        let actions = |text: &str| -> Vec<String> { recs(text).into_iter().map(|r| r.1).collect() };
        assert_eq!(
            actions(
                "The association said the city should add weekend buses, since many routes \
                 run only every 20 minutes."
            ),
            vec!["add weekend buses"]
        );
        assert_eq!(
            actions("Keep the plastic card too, because not every counter has a reader yet."),
            vec!["Keep the plastic card too"]
        );
    }

    #[test]
    fn an_imperative_after_an_answer_label() {
        let text = "Kwon Soo-hyun, a university official, spoke with us on the 21st.\n\n\
                    Q. Is the limit enough?\n\nA. It is a start.\n\n\
                    Q. What else should the government do?\n\nA. Give graduates a reason to stay.";
        assert_eq!(
            recs(text),
            [one(
                Some("the government"),
                "Give graduates a reason to stay",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_connective_opening_the_sentence_is_no_part_of_the_actor() {
        assert_eq!(
            recs("Then the tenant should be able to report instead."),
            [one(
                Some("the tenant"),
                "be able to report instead",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn could_in_an_answer_to_a_call_for_a_course() {
        let text = "Kwon Soo-hyun, a university official, spoke with us on the 21st.\n\n\
                    Q. Is the limit enough?\n\nA. No. Rents could rise again.\n\n\
                    Q. What would you do instead?\n\nA. The city could build dormitories.";
        assert_eq!(
            recs(text),
            [one(Some("The city"), "build dormitories", "do", "weak")]
        );
    }

    #[test]
    fn a_course_judged_the_better_one_and_a_necessity_no_one_is_under() {
        assert_eq!(
            recs("The real reform is to tax the gain when the heir sells."),
            [one(
                None,
                "tax the gain when the heir sells",
                "do",
                "moderate"
            )]
        );
        assert!(recs("Then no one has to sell a company to pay the tax.").is_empty());
        assert!(recs("Nobody needs to queue at dawn any more.").is_empty());
        // A modal of advice still urges that no one does it.
        assert_eq!(
            recs("No family should have to sell a company to pay the tax."),
            [one(
                Some("No family"),
                "have to sell a company to pay the tax",
                "avoid",
                "moderate"
            )]
        );
    }

    #[test]
    fn the_subject_before_an_appositive_is_the_actor() {
        assert_eq!(
            recs(
                "Digital literacy, now an optional unit taught in a few hours a year, should become a required subject."
            ),
            [one(
                Some("Digital literacy"),
                "become a required subject",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Seoul, the capital and home to a fifth of the population, should lead."),
            [one(Some("Seoul"), "lead", "do", "moderate")]
        );
    }

    #[test]
    fn a_course_whose_time_has_come_and_a_second_verb_of_debate() {
        assert_eq!(
            recs("It is time for the National Assembly to hold hearings on the proposal."),
            [one(
                Some("the National Assembly"),
                "hold hearings on the proposal",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Lawmakers would do well to drop that part and debate the voting age on its own."),
            [
                one(Some("Lawmakers"), "drop that part", "do", "weak"),
                one(
                    Some("Lawmakers"),
                    "debate the voting age on its own",
                    "do",
                    "weak"
                )
            ]
        );
    }

    #[test]
    fn a_request_the_speaker_would_make_not_a_burden_described() {
        assert_eq!(
            recs("We would ask the government to give small stores a year."),
            [one(
                Some("the government"),
                "give small stores a year",
                "do",
                "moderate"
            )]
        );
        assert!(
            recs("We are asking universities to compete with MIT on a small budget.").is_empty()
        );
        assert!(recs("Every year we ask the industry to use less plastic.").is_empty());
    }

    #[test]
    fn the_speaker_s_own_call_in_the_present() {
        assert_eq!(
            recs("\"We urge the government not to delay the vote,\" Kim said."),
            [one(
                Some("the government"),
                "delay the vote",
                "avoid",
                "moderate"
            )]
        );
        assert_eq!(
            recs("\"I call on my colleagues to support the bill,\" Min said."),
            [one(
                Some("my colleagues"),
                "support the bill",
                "do",
                "moderate"
            )]
        );
        assert!(recs("He felt the urge to leave.").is_empty());
    }

    #[test]
    fn advice_no_one_has_given_is_none() {
        assert!(
            recs(
                "Speakers fail too, and nobody has proposed grounding the country's loudspeakers."
            )
            .is_empty()
        );
        assert!(recs("No one has ever suggested closing the school.").is_empty());
    }

    #[test]
    fn a_number_before_two_modifiers_counts_one_noun() {
        assert_eq!(
            recs("The club asked the council to approve a market of 120 food and craft stalls.")
                .len(),
            1
        );
        // A unit after the number leaves the second verb its own action.
        assert_eq!(
            recs("The city should keep one library open until 10 p.m. and ask volunteers to staff it.")
                .len(),
            2
        );
    }

    #[test]
    fn a_body_after_a_semicolon_may_offer_a_course() {
        assert_eq!(
            recs(
                "Kiosks that take cash cost more; the government could subsidize the difference for small shops."
            ),
            [one(
                Some("the government"),
                "subsidize the difference for small shops",
                "do",
                "weak"
            )]
        );
        assert!(recs("Kiosks cost more; the city could lose its rating.").is_empty());
    }

    #[test]
    fn a_time_may_stand_before_the_gerund_proposed() {
        assert_eq!(
            recs("The ministry proposed Monday cutting the school year to 180 days."),
            [one(
                None,
                "cut the school year to 180 days",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn an_explainer_s_later_clause_urges_again_and_the_asker_is_no_party() {
        let text = "Q. What should I do?\n\n\
                    Before you pay anything, check the registry; if the debts are high, walk away.";
        assert_eq!(
            recs(text),
            [
                one(None, "check the registry", "do", "moderate"),
                one(None, "walk away", "do", "moderate")
            ]
        );
    }

    #[test]
    fn a_second_course_that_lets_others_explain_and_a_result_after_and_then() {
        assert_eq!(
            recs("\"Give parents the right, and let employers who refuse explain themselves,\" she said.")
                .len(),
            2
        );
        assert_eq!(
            recs(
                "\"Make the steelmakers pay for their carbon, and then a levy protects them fairly,\" she said."
            ),
            [one(
                None,
                "Make the steelmakers pay for their carbon",
                "do",
                "moderate"
            )]
        );
    }

    #[test]
    fn a_modal_inside_an_opening_condition_is_granted() {
        assert_eq!(
            recs("If the offices must close, the vans should come every week."),
            [one(Some("the vans"), "come every week", "do", "moderate")]
        );
    }

    #[test]
    fn a_bare_plural_before_and_is_the_object_of_an_imperative() {
        assert_eq!(
            recs("\"Raise wages and Koreans will come back,\" the union said."),
            [one(None, "Raise wages", "do", "moderate")]
        );
        assert!(recs("Export earnings and imports will rise this year.").is_empty());
    }

    #[test]
    fn a_modal_inside_an_action_urged_is_part_of_it() {
        let found = recs(
            "\"Charge the companies for every scooter the district has to tow and they will \
             fix it in a week,\" she said.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].1,
            "Charge the companies for every scooter the district has to tow"
        );
    }

    #[test]
    fn a_headline_s_free_relative_urges_nothing() {
        assert!(recs("What borrowers should know before rates fall").is_empty());
        // The question still asks what it asks; a statement after "what is" still urges.
        assert_eq!(recs("That is what Korea should do first.").len(), 1);
    }

    #[test]
    fn the_writer_s_advice_to_a_reader_or_a_place_named_by_a_pronoun() {
        assert_eq!(
            recs("I suggest you take the stairs."),
            [one(Some("you"), "take the stairs", "do", "moderate")]
        );
        assert_eq!(
            recs("We'd recommend they replace the lobby carpet."),
            [one(
                Some("they"),
                "replace the lobby carpet",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("I would suggest that you not walk back after dark."),
            [one(
                Some("you"),
                "walk back after dark",
                "avoid",
                "moderate"
            )]
        );
        // Not the writer's advice: what a finding points to, or what others think.
        assert!(recs("Polls suggest they prefer cash.").is_empty());
        assert!(recs("Critics suggest they raise the fee to pay for it.").is_empty());
    }

    #[test]
    fn evidence_suggests_a_link_and_advises_no_one() {
        assert!(
            recs("Surveys suggest that commuters cycle more when lanes are separated.").is_empty()
        );
        assert!(
            recs("The figures strongly suggest that tourists stay longer in spring.").is_empty()
        );
        // A body that can advise still does.
        assert_eq!(
            recs("The panel suggested that the city publish the forecasts.").len(),
            1
        );
    }

    #[test]
    fn a_verb_alone_in_its_clause_opens_an_imperative_before_a_bare_noun() {
        assert_eq!(
            recs("Bring sandals for the pebble beach."),
            [one(
                None,
                "Bring sandals for the pebble beach",
                "do",
                "moderate"
            )]
        );
        assert_eq!(
            recs("Order lunch at the counter, the tables fill fast.").len(),
            1
        );
        // A noun with a verb of its own.
        assert!(recs("Support fell last year.").is_empty());
        assert!(recs("Rent rises hit students hardest.").is_empty());
        assert!(recs("Test scores improved in every district.").is_empty());
        assert!(recs("Price caps work.").is_empty());
    }

    #[test]
    fn what_the_writer_would_stay_away_from_or_wished_for() {
        assert_eq!(
            recs("The seafood is good, but I'd skip the desserts."),
            [one(None, "the desserts", "avoid", "moderate")]
        );
        assert_eq!(
            recs("I would steer clear of the sofa beds."),
            [one(None, "the sofa beds", "avoid", "moderate")]
        );
        assert_eq!(
            recs("We would have liked a second chair in the room."),
            [one(None, "a second chair in the room", "do", "weak")]
        );
        assert_eq!(recs("I hope they repair the lift soon.").len(), 1);
        assert_eq!(
            recs("The lighting in the rooms could be improved.").len(),
            1
        );
        assert_eq!(recs("Extra pillows would have been appreciated.").len(), 1);
        // Someone else's wish reported, and a stay remembered, urge nothing.
        assert!(recs("The mayor said he would have liked a bigger budget.").is_empty());
        assert!(recs("We skipped the breakfast and ate in town.").is_empty());
    }

    #[test]
    fn what_happens_now_or_by_habit_is_no_advice() {
        assert!(
            recs("Every time I rebuild the solution, the designer needs to reload.").is_empty()
        );
        assert!(recs("Right now you have to reinstall the driver after each update.").is_empty());
        assert!(recs("Whenever the phone sleeps, the service has to reconnect.").is_empty());
        // An opening clause of another kind leaves the advice.
        assert_eq!(
            recs("When the phone sleeps, the service should keep the socket open.").len(),
            1
        );
        // Neither the rules nor the head take a habit for advice.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Currently we need to write our own parser. We need a better parser.",
            Vec::new(),
        );
        assert!(habitual_necessity(&doc, 0, Resources::embedded()));
        assert!(!habitual_necessity(&doc, 1, Resources::embedded()));
    }

    #[test]
    fn an_expected_behaviour_then_a_fault_reports_the_fault() {
        assert!(
            recs("Saving should keep the cursor where it was, but it throws an error.").is_empty()
        );
        assert!(recs("The map should stay open, but it freezes after a minute.").is_empty());
        assert_eq!(
            recs("The ministry should publish the data, but it needs a budget first.").len(),
            1
        );
    }

    #[test]
    fn the_writer_s_own_constraints_urge_nothing() {
        assert!(recs("My game must load in under two seconds on old phones.").is_empty());
        assert!(recs("My parents need to rest after lunch.").is_empty());
        assert!(recs("I can't afford to hire a second developer.").is_empty());
        assert!(
            recs("Studios that want to sell in Japan need to register with a local agent.")
                .is_empty()
        );
        // Others' constraints, or the speakers' together, are still advice.
        assert_eq!(recs("We cannot afford to wait another year.").len(), 1);
        assert_eq!(recs("Studios need to register their games.").len(), 1);
    }

    #[test]
    fn an_estimate_of_effort_is_no_advice_for_the_head_either() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "This should be a simple change. It should not be too hard to add. \
             It should take a stand.",
            Vec::new(),
        );
        let got: Vec<bool> = (0..3)
            .map(|i| estimates_effort_of(&doc, i, Resources::embedded()))
            .collect();
        assert_eq!(got, [true, true, false]);
        assert!(doc.sentences[0].recommendations.is_empty());
    }

    #[test]
    fn a_review_s_verdict_without_a_subject_recommends_what_it_reviews() {
        assert_eq!(
            recs("Well worth a visit."),
            [one(None, "worth a visit", "do", "weak")]
        );
        assert_eq!(
            recs("Not to be missed."),
            [one(None, "Not to be missed", "do", "weak")]
        );
        assert_eq!(
            recs("A must-see for anyone staying in Kyoto."),
            [one(None, "A must-see", "do", "weak")]
        );
        // With a subject it is a predicate of necessity.
        assert_eq!(
            recs("The night market is a must-see."),
            [one(None, "The night market", "do", "strong")]
        );
        assert_eq!(
            recs("Ocean-view rooms are worth the extra money."),
            [one(None, "Ocean-view rooms", "do", "weak")]
        );
        // "must" after an article is that noun, not a modal.
        assert_eq!(
            recs("The museum is a must for anyone who likes ceramics."),
            [one(None, "The museum", "do", "strong")]
        );
        // Not a verdict: the phrase does not open the sentence.
        assert!(recs("The guide said it was worth a visit in spring.").is_empty());
        assert!(recs("Worth noting that the lift is small.").is_empty());
    }
}
