//! The learned part of recommendation detection: a logistic head over the sentence's
//! embedding and features of its form (`models/heads/recommend.json`, trained by
//! `quotestance train` on fixtures/training/). It runs after the encoder: it drops what
//! the rules found when the head is confident the sentence urges nothing ("it must be
//! difficult"), and adds the sentences the rules cannot parse ("It would be great if
//! the editor supported split views", "Skip the spa") with the action they urge.
//! Without the encoder the rule stage's findings stand.

use crate::document::{Document, Polarity, Recommendation, SentenceKind, Span, Strength};
use crate::resources::Resources;
use crate::stages::kinds::is_opinion_piece;
use crate::stages::recommend::{
    estimates_effort_of, habitual_necessity, hedges, imperative_actions, imperative_set_aside,
    imperative_verb, is_question, urging_imperative_verb,
};
use crate::text::{base_of_gerund, lower_words};

/// The features of the sentence's form, in the order they follow the embedding. What
/// the rules found is not among them: with it the head learned to defer to the rules,
/// and each new rule moved its judgement of the forms the rules miss.
pub const FEATURES: [&str; 6] = [
    "opens_with_verb",
    "question",
    "please",
    "cue_word",
    "quoted",
    "first_person",
];

/// Sentences the rules found are dropped below this probability: only a confident
/// head overrules them.
const DROP_BELOW: f32 = 0.15;
/// Sentences the rules missed are added from these probabilities. The head is trained
/// on balanced classes, so its probability assumes even prior odds. In reported news
/// about one sentence in five recommends something; text in the writer's own voice,
/// with no one reported (reviews, forum posts, editorials), urges more: about one in
/// three. What the pipeline is judged by is F1, and for a calibrated probability the
/// threshold that maximises F1 is half the F1 reached (Lipton, Elkan and Naryanaswamy,
/// "Thresholding classifiers to maximize F1", 2014), not one half: with the head's
/// cross-validated F1 of about 0.8, 0.4 once the prior is taken in.
const ADD_FROM_REPORTED: f32 = threshold_at_prior(1.0 / 5.0);
const ADD_FROM_OWN_VOICE: f32 = threshold_at_prior(1.0 / 3.0);
/// A text with no one reported in it (a review, a forum post) also advises without any
/// form that urges ("A room on the top floor is worth the extra money", "The bus stops
/// right outside"): far fewer of its formless sentences do, about one in ten.
const ADD_FROM_FORMLESS: f32 = threshold_at_prior(1.0 / 10.0);
/// The calibrated probability from which a sentence is added (F1 / 2).
const ADD_FROM_CALIBRATED: f32 = 0.4;

/// The head's probability (at even odds) that is `ADD_FROM_CALIBRATED` when one
/// sentence in `1 / prior` recommends: its odds are the calibrated odds times the odds
/// against the prior.
const fn threshold_at_prior(prior: f32) -> f32 {
    let odds = ADD_FROM_CALIBRATED / (1.0 - ADD_FROM_CALIBRATED) * (1.0 - prior) / prior;
    odds / (1.0 + odds)
}

/// The form features of sentence `i`.
pub fn features(doc: &Document, i: usize, res: &Resources) -> [f32; FEATURES.len()] {
    let s = &doc.sentences[i];
    let tokens = doc.sentence_tokens(i);
    let words = lower_words(tokens);
    let verb = imperative_verb(doc, i, res);
    let flag = |b: bool| f32::from(u8::from(b));
    [
        flag(verb.is_some()),
        flag(is_question(doc.sentence_text(i))),
        flag(words.contains(&"please")),
        flag(
            words
                .iter()
                .any(|w| res.cues_by_first_word.contains_key(*w)),
        ),
        flag(doc.speech_quotes_in(s.span).next().is_some()),
        flag(
            words
                .iter()
                .any(|w| matches!(*w, "i" | "we" | "i'd" | "we'd")),
        ),
    ]
}

/// The input of the head for sentence `i`: its embedding, its form features, then its
/// words hashed into `word_buckets` buckets (the head's own count).
pub fn input(doc: &Document, i: usize, res: &Resources, word_buckets: usize) -> Option<Vec<f32>> {
    let embedding = doc.embeddings.as_ref()?.sentence(i)?;
    if embedding.is_empty() {
        return None;
    }
    let mut x = embedding.clone();
    x.extend_from_slice(&features(doc, i, res));
    x.extend(hashed_words(doc.sentence_text(i), word_buckets));
    Some(x)
}

/// Buckets of the hashed words of a trained head. The sentence embedding blurs the
/// few words that make advice of a statement ("I hope they fix ..." and "I hope to
/// come back"); the words and word pairs themselves keep them apart. Cross-validated F1
/// on recommendations.tsv: 0.848 without them, 0.868 with 4,096 buckets (0.843 with
/// 2,048, which mixes too many in one bucket).
pub const WORD_BUCKETS: usize = 4096;

/// The lower-cased words and adjacent word pairs of `text`, each setting its bucket of
/// `buckets` to 1 (FNV-1a, the same on every machine and run).
pub fn hashed_words(text: &str, buckets: usize) -> Vec<f32> {
    let mut out = vec![0f32; buckets];
    if buckets == 0 {
        return out;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let bucket = |parts: &[&str]| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                h ^= u64::from(b' ');
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            for b in part.bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        (h % buckets as u64) as usize
    };
    for w in &words {
        out[bucket(&[w])] = 1.0;
    }
    for pair in words.windows(2) {
        out[bucket(&[&pair[0], &pair[1]])] = 1.0;
    }
    out
}

/// The recommendations of a sentence only the head found: the actions from the verb it
/// opens with ("Give students the vote, and give them the classes" is two), or the
/// whole sentence when it has no such verb.
fn learned_recommendations(
    doc: &Document,
    i: usize,
    res: &Resources,
    p: f32,
) -> Vec<Recommendation> {
    let tokens = doc.sentence_tokens(i);
    let span = doc.sentences[i].span;
    let verb = imperative_verb(doc, i, res);
    let (polarity, actions) = verb.map_or((Polarity::Do, Vec::new()), |v| {
        imperative_actions(doc, tokens, v, res)
    });
    let strength = if verb.is_some_and(|v| hedges(&tokens[v].lower)) {
        Strength::Weak
    } else {
        Strength::Moderate
    };
    let spans: Vec<Span> = if actions.is_empty() {
        let start = verb.map_or(span.start, |v| tokens[v].span.start);
        let end = tokens
            .iter()
            .rev()
            .find(|t| t.is_word)
            .map_or(span.end, |t| t.span.end)
            .max(start);
        vec![Span::new(start, end)]
    } else {
        actions
            .into_iter()
            .map(|(a, b)| Span::new(tokens[a].span.start, tokens[b - 1].span.end))
            .collect()
    };
    spans
        .into_iter()
        .map(|action_span| Recommendation {
            actor: None,
            action: doc
                .slice(action_span)
                .trim_end_matches([',', '.', ' '])
                .to_string(),
            action_span,
            polarity,
            strength,
            confidence: p,
            learned: true,
        })
        .collect()
}

/// The body sentences the head reads: those where the rules found advice (it may drop
/// it), and those in someone's own voice with a form that urges (it may add some), or
/// any in a text that reports no one (a review, a post). The encoder stage embeds only
/// these.
pub fn sentences_read(doc: &Document, res: &Resources) -> Vec<usize> {
    // An opinion piece is written in the register of news, where advice takes the
    // forms the rules parse; its assessments are not advice. Its writer's imperatives
    // ("Give students the vote") are.
    let opinion = is_opinion_piece(doc, res);
    let no_one = doc.reports_no_one();
    let unreported = in_own_voice(no_one, opinion);
    (0..doc.sentences.len())
        // An interviewer's question asks; it urges nothing.
        .filter(|&i| {
            doc.sentences[i].kind == SentenceKind::Body && !doc.sentences[i].question_label
        })
        .filter(|&i| {
            let s = &doc.sentences[i];
            // Where a reporting verb introduces the content ("X said that ..."), the
            // rules have read that content clause already; the head adds only to
            // sentences in someone's own voice.
            let reported = s.attribution.is_some() || s.unnamed_source;
            let urges = if opinion {
                urging_imperative_verb(doc, i, res).is_some()
            } else {
                unreported || urging_form(doc, i, no_one, res)
            };
            !s.recommendations.is_empty() || (!reported && urges)
        })
        .collect()
}

/// Whether the text is in its writer's own voice throughout: no one speaks in it
/// (`Document::reports_no_one`, given as `no_one`) and it is no opinion piece (whose
/// assessments read like advice to the encoder).
fn in_own_voice(no_one: bool, opinion: bool) -> bool {
    no_one && !opinion
}

/// Whether sentence `i` has a form that urges: an opening verb or an urging phrase
/// ("should", "please", "would be nice", "recommend", ...). An assessment in the
/// writer's voice reads much like advice to the encoder but urges nothing. `no_one`:
/// whether the text reports no one (`Document::reports_no_one`, read once per text).
fn urging_form(doc: &Document, i: usize, no_one: bool, res: &Resources) -> bool {
    let words = lower_words(doc.sentence_tokens(i));
    // The hedged form of gold-format.md: "It would be natural to ...", "It would be
    // lovely if ...": "would be", a word or two, then "if" or "to" and a verb (not
    // "would be unfair to everyone else", nor "Developers would be able to test it",
    // which tells what a change would allow).
    let hedged = (0..words.len().saturating_sub(1)).any(|k| {
        words[k] == "would"
            && words[k + 1] == "be"
            && words.get(k + 2) != Some(&"able")
            && (k + 2..words.len()).take(3).any(|p| match words[p] {
                "if" => true,
                "to" => words.get(p + 1).is_some_and(|v| {
                    res.base_verbs.contains(*v) || matches!(*v, "be" | "have" | "do")
                }),
                _ => false,
            })
    });
    // "Adding a search box would save time": in a user's or guest's own voice (no one
    // is reported), an action offered as the subject of the good it would do; in an
    // interview it is an argument ("Joining early would give us a voice"), and
    // "Exempting them would be unfair" offers nothing.
    let offered_action = no_one
        && words.first().is_some_and(|w| {
            w.ends_with("ing") && res.base_verbs.contains(&base_of_gerund(w, &res.base_verbs))
        })
        && words.windows(2).any(|w| {
            w[0] == "would"
                && matches!(
                    w[1],
                    "save"
                        | "help"
                        | "make"
                        | "improve"
                        | "boost"
                        | "solve"
                        | "allow"
                        | "let"
                        | "give"
                        | "simplify"
                        | "speed"
                        | "ease"
                        | "benefit"
                )
        });
    // "reach the people who need it": a need in a relative clause describes someone,
    // it urges nothing.
    let urging_at = |k: usize, p: &[String]| {
        words
            .get(k..k + p.len())
            .is_some_and(|w| w.iter().zip(p).all(|(a, b)| a == b))
            && !(matches!(p, [w] if w == "need" || w == "needs")
                && k > 0
                && matches!(words[k - 1], "who" | "that" | "which"))
    };
    let own_voice_phrases = if no_one {
        res.own_voice_urging_phrases.as_slice()
    } else {
        &[]
    };
    urging_imperative_verb(doc, i, res).is_some()
        || hedged
        || offered_action
        || res
            .urging_phrases
            .iter()
            .chain(own_voice_phrases)
            .any(|p| (0..words.len()).any(|k| urging_at(k, p)))
}

/// Whether sentence `i` tells what a change proposed before would do, rather than
/// proposing one: "This would solve a lot of problems", "It would make the app faster",
/// "Developers would be able to test purchases", "Players could then pick up where they
/// left off", "Many apps would benefit from this". The encoder reads them much as it
/// reads "Adding a search box would save time", whose subject is the change offered;
/// "It would be great if ..." is a wish (the rules read those forms).
fn tells_what_a_change_would_do(doc: &Document, i: usize) -> bool {
    /// Words of the subject before the modal ("Many small studios").
    const SUBJECT_WORDS: usize = 3;
    let words = lower_words(doc.sentence_tokens(i));
    let Some(modal) = words
        .iter()
        .take(SUBJECT_WORDS + 1)
        .position(|w| matches!(*w, "would" | "could"))
    else {
        return false;
    };
    let after: Vec<&str> = words[modal + 1..].iter().take(3).copied().collect();
    let referring_subject = modal == 1 && matches!(words[0], "it" | "this" | "that");
    let consequence = matches!(
        after.as_slice(),
        ["be", "able", ..] | ["then" | "also" | "simply" | "benefit", ..] | ["no", "longer", ..]
    );
    modal > 0
        && !matches!(words[0], "i" | "we" | "you")
        && (consequence || (referring_subject && after.first().is_some_and(|w| *w != "be")))
}

/// Whether sentence `i` asks what its writer should do: "Should I buy an electric car
/// now, or wait?", "Do we need a permit for a balcony?" ("Can we please get a file
/// manager?" asks for one).
fn asks_for_advice(doc: &Document, i: usize) -> bool {
    let tokens = doc.sentence_tokens(i);
    let words = lower_words(tokens);
    tokens.last().is_some_and(|t| t.lower == "?")
        && matches!(
            words.as_slice(),
            ["should" | "shall" | "must" | "do" | "does", "i" | "we", ..]
        )
}

/// Whether sentence `i` asks to hear or to know something ("I would love to hear what
/// the team thinks", "I'd like to know if this is planned"): a wish for an answer,
/// not for a change ("I'd love to see a dark mode" wishes for one).
fn asks_to_hear(doc: &Document, i: usize) -> bool {
    let words = lower_words(doc.sentence_tokens(i));
    words.windows(4).any(|w| {
        matches!(
            w[0],
            "would" | "'d" | "’d" | "i'd" | "i’d" | "we'd" | "we’d"
        ) && matches!(w[1], "love" | "like")
            && w[2] == "to"
            && matches!(w[3], "hear" | "know" | "learn" | "understand")
    })
}

/// The stage.
pub fn refine(doc: &mut Document, res: &Resources) {
    let Some(head) = res.recommend_head.as_deref() else {
        return;
    };
    let no_one = doc.reports_no_one();
    let add_from = if no_one {
        ADD_FROM_OWN_VOICE
    } else {
        ADD_FROM_REPORTED
    };
    let unreported = in_own_voice(no_one, is_opinion_piece(doc, res));
    // A text in its writer's own voice throughout (a review, a post) has a head of its
    // own, which also reads the words; in a report or an opinion piece the words of
    // news would overrule the forms the rules parse.
    let head = res
        .own_voice_recommend_head
        .as_deref()
        .filter(|_| unreported)
        .unwrap_or(head);
    for i in sentences_read(doc, res) {
        let Some(x) = input(doc, i, res, head.word_buckets) else {
            continue;
        };
        let p = head.predict(&x);
        // Advice a report gives ("The federation called for the government to ...") is
        // a reporter's finding in the forms of news that the rules parse; the head
        // judges the form of a writer's own sentences.
        let s = &doc.sentences[i];
        let reported = s.attribution.is_some() || s.unnamed_source;
        if !s.recommendations.is_empty() {
            if p < DROP_BELOW && !reported {
                doc.sentences[i].recommendations.clear();
            }
        } else if p >= add_from
            && (p >= ADD_FROM_FORMLESS || !unreported || urging_form(doc, i, no_one, res))
            && !tells_what_a_change_would_do(doc, i)
            && !asks_for_advice(doc, i)
            && !imperative_set_aside(doc, i, res)
            && !habitual_necessity(doc, i, res)
            && !asks_to_hear(doc, i)
            && !estimates_effort_of(doc, i, res)
        {
            let recs = learned_recommendations(doc, i, res, p);
            doc.sentences[i].recommendations.extend(recs);
        }
    }
}

/// One labelled sentence of the training file.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub recommends: bool,
}

/// Reads `label<TAB>genre<TAB>sentence` lines (a header line first; `#` comments).
pub fn read_examples(path: &std::path::Path) -> Result<Vec<Example>, crate::Error> {
    let text = crate::io::read_text(path)?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.splitn(3, '\t').collect();
        let recommends = match fields.first() {
            Some(&"1") => true,
            Some(&"0") => false,
            _ => {
                return Err(crate::Error::Invalid(format!(
                    "{}, line {}: the label must be 0 or 1",
                    path.display(),
                    n + 1
                )));
            }
        };
        let Some(sentence) = fields.get(2).filter(|s| !s.trim().is_empty()) else {
            return Err(crate::Error::Invalid(format!(
                "{}, line {}: expected label, genre and sentence separated by tabs",
                path.display(),
                n + 1
            )));
        };
        out.push(Example {
            text: sentence.to_string(),
            recommends,
        });
    }
    Ok(out)
}

/// The head's inputs for whole training texts: the text's embedding, and each rule
/// feature's largest value over its body sentences (the rules run as in an article).
pub fn training_inputs(
    examples: &[Example],
    res: &Resources,
    word_buckets: usize,
) -> Result<Vec<Vec<f32>>, crate::Error> {
    let encoder = res.encoder.as_deref().ok_or_else(|| {
        crate::Error::Invalid("training needs the encoder (drop --no-model)".into())
    })?;
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let embeddings = encoder.encode(&texts)?;
    let rules = crate::pipeline::Pipeline::new(res);
    examples
        .iter()
        .zip(embeddings)
        .map(|(e, mut x)| {
            let doc = rules
                .prepare("training", &e.text, Vec::new())
                .map_err(|f| crate::Error::Invalid(f.to_string()))?;
            let mut pooled = [0f32; FEATURES.len()];
            for i in 0..doc.sentences.len() {
                if doc.sentences[i].kind == SentenceKind::Body {
                    for (p, v) in pooled.iter_mut().zip(features(&doc, i, res)) {
                        *p = p.max(v);
                    }
                }
            }
            x.extend_from_slice(&pooled);
            x.extend(hashed_words(&e.text, word_buckets));
            Ok(x)
        })
        .collect()
}

/// The counts of `k`-fold cross-validation over the training set (folds by position
/// modulo k), at even odds.
pub fn cross_validate(
    xs: &[Vec<f32>],
    ys: &[bool],
    k: usize,
    settings: crate::classifier::Training,
) -> crate::eval::Prf {
    let mut counts = crate::eval::Prf::default();
    for fold in 0..k {
        let train: Vec<usize> = (0..xs.len()).filter(|i| i % k != fold).collect();
        let train_x: Vec<Vec<f32>> = train.iter().map(|&i| xs[i].clone()).collect();
        let train_y: Vec<bool> = train.iter().map(|&i| ys[i]).collect();
        let (weights, bias) = crate::classifier::LogisticHead::train(&train_x, &train_y, settings);
        for i in (0..xs.len()).filter(|i| i % k == fold) {
            let p = crate::classifier::probability(&weights, bias, &xs[i]);
            counts.add(p >= 0.5, ys[i]);
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::{asks_to_hear, imperative_verb, urging_form};
    use crate::{Pipeline, Resources};

    /// Whether each sentence of `text` opens with an imperative verb.
    fn imperatives(text: &str) -> Vec<bool> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let res = Resources::embedded();
        (0..doc.sentences.len())
            .map(|i| imperative_verb(&doc, i, res).is_some())
            .collect()
    }

    #[test]
    fn a_derived_noun_and_its_verb_follow_no_imperative() {
        assert_eq!(
            imperatives("Tax evasion happens in cash businesses. Tax sugary drinks."),
            [false, true]
        );
    }

    #[test]
    fn an_imperative_may_follow_a_condition_after_but() {
        assert_eq!(
            imperatives("But if you have saved for four years, stay where you are."),
            [true]
        );
    }

    #[test]
    fn the_hedged_form_needs_a_verb_or_if() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "It would be wise to book early. Exempting them would be unfair to everyone else. \
             It would be lovely if the bar opened earlier.",
            Vec::new(),
        );
        let res = Resources::embedded();
        let forms: Vec<bool> = (0..3)
            .map(|i| urging_form(&doc, i, doc.reports_no_one(), res))
            .collect();
        assert_eq!(forms, [true, false, true]);
    }

    #[test]
    fn what_a_change_would_do_and_a_question_for_advice_are_not_added() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "This would solve a lot of problems for small shops. \
             Players could then pick up where they left off. \
             Teachers would be able to share lessons with the class. \
             Should I renew the lease now, or wait for the new rules? \
             Adding a search box would save everyone time. \
             It would be great if the list kept its order.",
            Vec::new(),
        );
        let told = |i| super::tells_what_a_change_would_do(&doc, i);
        let asks = |i| super::asks_for_advice(&doc, i);
        assert_eq!(
            (0..6).map(told).collect::<Vec<_>>(),
            [true, true, true, false, false, false]
        );
        assert_eq!(
            (0..6).map(asks).collect::<Vec<_>>(),
            [false, false, false, true, false, false]
        );
        // "would be able to" has no form of a hedged wish.
        assert!(!urging_form(&doc, 2, true, Resources::embedded()));
    }

    #[test]
    fn a_text_that_reports_no_one_is_read_whole() {
        let res = Resources::embedded();
        let review = Pipeline::rules_only().annotate(
            "t",
            "The hotel sits on the harbour. The rooms at the back are the quiet ones.",
            Vec::new(),
        );
        assert_eq!(super::sentences_read(&review, res), [0, 1]);
        let news = Pipeline::rules_only().annotate(
            "t",
            "Finance Minister Choi Sang-mok said the plan would work. The rooms at the back are the quiet ones.",
            Vec::new(),
        );
        assert!(super::sentences_read(&news, res).is_empty());
    }

    #[test]
    fn an_action_offered_as_a_subject_has_the_form_of_advice() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Adding a search box would save everyone time. \
             During the war the plant would run all night. \
             Adding a search box saved everyone time.",
            Vec::new(),
        );
        let res = Resources::embedded();
        let forms: Vec<bool> = (0..3)
            .map(|i| urging_form(&doc, i, doc.reports_no_one(), res))
            .collect();
        assert_eq!(forms, [true, false, false]);
    }

    #[test]
    fn a_guests_tip_has_the_form_of_advice_where_no_one_is_reported() {
        let res = Resources::embedded();
        let review = Pipeline::rules_only().annotate(
            "t",
            "Some blackout curtains would help. A word of warning, the walls are thin. \
             The walls are thin.",
            Vec::new(),
        );
        assert!(review.reports_no_one());
        let forms: Vec<bool> = (0..3).map(|i| urging_form(&review, i, true, res)).collect();
        assert_eq!(forms, [true, true, false]);
        // In a report the same words are a speaker's argument.
        let report = Pipeline::rules_only().annotate(
            "t",
            "Islanders want cheaper tickets. \"More sailings would help,\" said Kim Ji-ho, \
             a ferry operator.",
            Vec::new(),
        );
        assert!(!report.reports_no_one());
        assert!(!urging_form(&report, 1, false, res));
    }

    #[test]
    fn a_need_in_a_relative_clause_urges_nothing() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "It would at least reach the people who need it. \
             Couples need help with rent. \
             Raise the fare and riders will pay more.",
            Vec::new(),
        );
        let res = Resources::embedded();
        let forms: Vec<bool> = (0..3)
            .map(|i| urging_form(&doc, i, doc.reports_no_one(), res))
            .collect();
        assert_eq!(forms, [false, true, false]);
    }

    #[test]
    fn an_imperative_may_follow_a_short_label() {
        assert_eq!(imperatives("My advice: skip the hotel restaurant."), [true]);
        assert_eq!(imperatives("Tip: the breakfast is cheaper."), [false]);
        // Two words before the colon that open with a verb are the imperative itself.
        assert_eq!(
            imperatives("Apply early: last year the money ran out."),
            [true]
        );
        // A colon after a longer clause introduces no label.
        assert_eq!(
            imperatives("We asked the staff one thing at check-in: keep it quiet."),
            [false]
        );
    }

    #[test]
    fn a_verb_that_lets_an_object_act_is_an_imperative() {
        assert_eq!(
            imperatives(
                "Let users choose their font. Help students learn to code. Direct subsidies go to farms."
            ),
            [true, true, false]
        );
    }

    #[test]
    fn an_opening_adverb_or_a_verb_before_a_gerund_speaks_for_no_one() {
        let text = "Definitely ask for a room on the top floor. \
                    Consider adding a search bar. Don't expect a quiet night. \
                    Fix the sync bug before adding new features.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.speakers.is_empty(), "{:?}", doc.speakers);
        assert_eq!(imperatives(text), [true, true, true, true]);
    }

    #[test]
    fn a_clause_after_the_object_leaves_the_imperative_and_a_left_out_i_is_none() {
        assert_eq!(
            imperatives(
                "Don't force a restart while I'm working. \
                 Don't know if this is the right place to ask. \
                 Whatever you do, don't miss the pier."
            ),
            [true, false, true]
        );
    }

    #[test]
    fn the_auxiliary_of_a_question_is_no_imperative() {
        assert_eq!(
            imperatives("Do you agree? Do the math. Do not book here."),
            [false, true, true]
        );
    }

    #[test]
    fn an_imperative_may_follow_a_verdict() {
        assert_eq!(imperatives("Great value for money, book it!"), [true]);
        assert_eq!(
            imperatives("Korea, Japan and the US sign the deal."),
            [false]
        );
        assert_eq!(imperatives("After we arrived, ask for nothing."), [false]);
        assert_eq!(
            imperatives("A collective licence, run by a body like a rights society, works."),
            [false]
        );
    }

    #[test]
    fn a_lower_case_imperative_opens_a_paragraph_only() {
        assert_eq!(imperatives("ask for a room at the back."), [true]);
        // Inside a paragraph, a lower-case word after a full stop goes on the sentence.
        assert_eq!(
            imperatives("The rooms are small. ask for one at the back."),
            [false]
        );
        assert_eq!(
            imperatives("Skip the spa.\n\nthe staff were friendly."),
            [true, false]
        );
    }

    #[test]
    fn a_wish_to_hear_or_know_asks_for_an_answer() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "I would love to hear what the team thinks. I'd like to know if this is planned. \
             I'd love to see a dark mode. We would like to learn more.",
            Vec::new(),
        );
        let got: Vec<bool> = (0..doc.sentences.len())
            .map(|i| asks_to_hear(&doc, i))
            .collect();
        assert_eq!(got, [true, true, false, true]);
    }
}
