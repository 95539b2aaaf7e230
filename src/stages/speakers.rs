//! Speakers: finds the subjects of speech and belief verbs ("X said", "according to X",
//! "she believes"), resolves names, titles and pronouns to entities, and merges name
//! variants by edit distance.

use crate::document::{
    Attribution, Document, Gender, Mention, MentionKind, SentenceKind, Span, Speaker, SpeakerType,
    Token,
};
use crate::resources::{Resources, TitleClass, VerbClass};
use crate::stages::attribute::is_interview;
use crate::stages::kinds::{line_openings, signature_lines};
use crate::text::{
    OBJECT_OPENERS, SUBORDINATORS, find_words, is_capitalized, is_past_of, lower_words,
    name_distance, normalize_name, opens_quotation, phrase_at, possessor, preference_cleft,
    whole_word_positions,
};

/// Two multi-word names this close (normalised edit distance) with the same initial are
/// one person spelt two ways by a translation ("Darcy Drought-Behares").
const VARIANT_MAX_DISTANCE: f64 = 0.35;
/// An appositive ("X, a research fellow at ..., said") is at most this many tokens.
const APPOSITIVE_MAX_TOKENS: usize = 25;

/// Lower-case words between a determiner and the noun of a description ("the metal
/// workers' union").
const DESCRIPTION_WORDS: usize = 4;
/// Words of an organisation's name before the possessive that owns a part of it ("The
/// Korean Teachers and Education Workers' Union's Gangwon branch").
const NAMED_OWNER_WORDS: usize = 12;
/// Words that may sit between a subject and its verb ("she also said").
const INTERVENING: [&str; 46] = [
    // "Lim declined to say", "She refused to comment".
    "declined",
    "refused",
    "to",
    // "The union is demanding".
    "is",
    "are",
    "also",
    "further",
    "then",
    "later",
    "once",
    "again",
    "previously",
    // "The association has long argued".
    "long",
    "recently",
    "earlier",
    "repeatedly",
    // "Officials privately concede", "has so far rejected".
    "privately",
    "so",
    "far",
    "thus",
    "publicly",
    "openly",
    "quietly",
    "reportedly",
    "has",
    "have",
    "had",
    // "Emergency physicians largely welcomed", "The union flatly rejected".
    "largely",
    "broadly",
    "generally",
    "mostly",
    "cautiously",
    "warmly",
    "strongly",
    "firmly",
    "flatly",
    "swiftly",
    "quickly",
    "immediately",
    // "The party instead proposed", "The union still opposes".
    "instead",
    "still",
    "already",
    // "Some lawmakers now propose funding it from the budget".
    "now",
    // "Ahn did not dismiss the idea": a denied report is still theirs.
    "did",
    "does",
    "not",
];
/// Auxiliaries that, before a subject, make a question ("should Korea respond").
const QUESTION_AUXILIARIES: [&str; 10] = [
    "should", "would", "will", "can", "could", "did", "does", "do", "must", "might",
];
/// Words other than subordinators after which a pronoun opens a clause of its own ("as
/// he said", "what they said"), not a relative clause of the noun before it.
const PRONOUN_CLAUSE_OPENERS: [&str; 15] = [
    "that", "and", "but", "or", "so", "as", "what", "where", "how", "why", "whether", "than",
    "unless", "then", "now",
];
/// Phrases that open a clause of time as a subordinator does ("The next time the
/// ministry announces a deadline, why would anyone prepare for it?").
const TIME_CLAUSE_OPENINGS: [&[&str]; 5] = [
    &["the", "next", "time"],
    &["every", "time"],
    &["each", "time"],
    &["the", "moment"],
    &["by", "the", "time"],
];
/// Openings of a clause of time or condition that follows its main clause ("... until
/// it has answered that question"), and the words such a clause may hold before its
/// verb.
const TRAILING_SUBORDINATORS: [&str; 5] = ["until", "unless", "before", "when", "if"];
const TRAILING_CLAUSE_WORDS: usize = 5;
/// Words inside a name that are not capitalised ("Ministry of Finance").
const NAME_CONNECTORS: [&str; 7] = ["of", "for", "de", "van", "von", "al", "bin"];
/// Capitalised words of a description too common to identify an affiliation.
const GENERIC_AFFILIATION_WORDS: [&str; 12] = [
    "the",
    "research",
    "fellow",
    "senior",
    "professor",
    "president",
    "minister",
    "director",
    "university",
    "institute",
    "national",
    "korea",
];
/// Those who speak for someone else ("Bae's spokesperson", "a spokesman at the
/// ministry").
const SPOKESPEOPLE: [&str; 3] = ["spokesperson", "spokesman", "spokeswoman"];
const DEMONSTRATIVES: [&str; 5] = ["this", "these", "that", "those", "so"];
/// Words before "to" that put a verb of speech in the future ("is expected to announce").
const FUTURE_FRAMES: [&str; 8] = [
    "expected",
    "set",
    "due",
    "scheduled",
    "likely",
    "plans",
    "planning",
    "poised",
];

pub fn find_speakers(doc: &mut Document, res: &Resources) {
    let mut state = Resolver::default();
    // A Q&A interview speaks through its interviewee even when no verb says so: the
    // person a sentence of the introduction opens with ("Anna Lindqvist served as ...").
    let mut interviewee_pending = is_interview(doc);
    // "[Interview] Hanul Mobility CEO Lee Dong-hoon: ...": the person the heading names
    // after a role is the interviewee, before whatever the introduction opens with.
    if interviewee_pending && let Some(person) = named_in_heading(doc, res) {
        state.resolve(doc, person, res, Mode::Speaker);
        interviewee_pending = false;
    }
    // "We spoke with Professor Choi Eun-sook ...": an introduction that says whom the
    // paper interviewed names the interviewee, whatever the sentences before it open
    // with ("Seoul plans to expand ...").
    let introduced_by_us = if interviewee_pending {
        (0..doc.sentences.len())
            .take_while(|&j| !doc.sentences[j].question_label)
            .filter(|&j| doc.sentences[j].kind == SentenceKind::Body)
            .find_map(|j| Some((j, interviewed_by_us(doc, j, res)?)))
    } else {
        None
    };
    let mut turns = transcript_turns(doc, res);
    turns.extend(signed_letters(doc, res));
    turns.extend(labelled_quotations(doc, res));
    for i in 0..doc.sentences.len() {
        if doc.sentences[i].kind != SentenceKind::Body {
            continue;
        }
        // A transcript's turn is its speaker's words: a verb of speech inside reports
        // what someone else said through them.
        if let Some((_, end, subject)) = turns.iter().find(|(start, _, _)| *start == i) {
            let speaker = state.resolve(doc, subject.clone(), res, Mode::Speaker);
            for s in &mut doc.sentences[i..*end] {
                s.turn = speaker;
            }
        }
        if doc.sentences[i].turn.is_some() {
            continue;
        }
        if doc.sentences[i].question_label {
            interviewee_pending = false;
        }
        let opening = match &introduced_by_us {
            Some((j, person)) => (*j == i).then(|| person.clone()),
            None => opening_subject(doc, i, res),
        };
        if interviewee_pending
            && let Some(subject) = opening
                .filter(|s| {
                    let name = s.name.to_lowercase();
                    // "Q&A: Will you have to ...": a label of initials is no person.
                    !matches!(name.as_str(), "we" | "i" | "you")
                        && !name.contains('&')
                        && !written_in_lower_case(doc, &name)
                        // "Daejeon broke ground on ...": a person the introduction
                        // opens with is named in full.
                        && (name.contains(' ') || s.description.is_some())
                        && !res.pronouns.contains_key(&name)
                        && !modifies_a_noun(doc, i, s, res)
                })
                .or_else(|| interviewed_by_us(doc, i, res))
            && subject.kind == MentionKind::Name
            && !subject.organisation
        {
            let asked = introduced_by_us.as_ref().is_some_and(|(j, _)| *j == i);
            let resolved = state.resolve(doc, subject, res, Mode::Speaker);
            if asked {
                doc.interviewee = resolved;
            }
            interviewee_pending = false;
        }
        let found = attribution_in(doc, i, res);
        let subject_seen = !matches!(found, Found::Nothing);
        // "Parents' groups collected 80,000 signatures against the change": a group's
        // act of taking a side, told in the narration, is the group's voice.
        doc.sentences[i].unnamed_source = matches!(found, Found::Group)
            || (matches!(found, Found::Nothing) && acted_in_public(doc, i, res));
        if let Found::Speaker(subject, verb, points_back) = found
            && let Some(speaker) = state.resolve(doc, subject, res, Mode::Speaker)
        {
            doc.sentences[i].attribution = Some(Attribution {
                speaker,
                verb,
                points_back,
            });
        }
        // A sentence that opens with a known name or a pronoun keeps the referent
        // current and teaches a pronoun's gender ("Kim is ... She is regarded ...").
        // A person who opens it with a title ("Energy economist Park Ji-hoon of Korea
        // University took a middle position.") is introduced: a "he" after may be them.
        if !subject_seen && let Some(subject) = opening_subject(doc, i, res) {
            // A person named in full before anyone speaks ("Cho Seong-wook led the
            // commission ...") is the one a "she said" after is most likely about.
            let first_person_named = subject.kind == MentionKind::Name
                && !subject.organisation
                && state.speakers.is_empty()
                && subject.name.split_whitespace().count() >= 2
                && subject.name.split_whitespace().next().is_some_and(|w| {
                    let w = w.to_lowercase();
                    !res.sentence_starters.contains(&w) && !SUBORDINATORS.contains(&w.as_str())
                })
                && !modifies_a_noun(doc, i, &subject, res);
            let introduced = subject.kind == MentionKind::Name
                && (subject.organisation || subject.description.is_some())
                || first_person_named;
            let mode = if introduced {
                Mode::Speaker
            } else {
                Mode::Reference
            };
            state.resolve(doc, subject, res, mode);
        }
        // "For Lim Soon-ja, 71, that means missed appointments": a person introduced
        // with an age is one a "she says" after may be about.
        if !subject_seen && let Some(person) = aged_person(doc, i, res) {
            state.resolve(doc, person, res, Mode::Speaker);
        }
    }
    collect_name_mentions(doc, &mut state, res);
    doc.speakers = state.speakers;
}

/// Whether sentence `i` tells, with no verb of speech, of a group or an organisation
/// taking a side in public (`position_acts.txt`: "The committee has collected 52,000
/// signatures against any change").
fn acted_in_public(doc: &Document, i: usize, res: &Resources) -> bool {
    /// Words from the sentence's start to the act ("Parents' groups across the
    /// country have", "Residents of the nearby Gwonseon district have collected 4,000").
    const SUBJECT_WORDS: usize = 10;
    let tokens = doc.sentence_tokens(i);
    let words = lower_words(tokens);
    res.position_acts.iter().any(|act| {
        // The group is the sentence's subject, not one a clause describes ("..., which
        // has campaigned for cost disclosure").
        find_words(&words, act).is_some_and(|at| {
            at <= SUBJECT_WORDS
                && !words[..at]
                    .iter()
                    .any(|w| matches!(*w, "which" | "who" | "that" | "whose"))
                && words[..at].iter().any(|w| {
                    res.titles.get(*w) == Some(&TitleClass::Group)
                        || res.organisation_words.contains(*w)
                })
                && !words[..at].iter().any(|w| res.is_speech_verb(w).is_some())
        })
    })
}

/// The body lines with a colon that ends a label among their first `label_tokens`
/// tokens ("Seo:", "Hwang Ji-yeon, president of ...:"), as (sentence, end of the line,
/// colon); an interviewer's question line has none.
fn labelled_lines(doc: &Document, label_tokens: usize) -> Vec<(usize, usize, usize)> {
    let openings: Vec<usize> = line_openings(doc).map(|(i, _)| i).collect();
    openings
        .iter()
        .enumerate()
        .filter(|&(_, &i)| {
            doc.sentences[i].kind == SentenceKind::Body && !doc.sentences[i].question_label
        })
        .filter_map(|(n, &i)| {
            let colon = doc
                .sentence_tokens(i)
                .iter()
                .take(label_tokens + 1)
                .position(|t| t.lower == ":")?;
            let end = openings.get(n + 1).copied().unwrap_or(doc.sentences.len());
            Some((i, end, colon))
        })
        .collect()
}

/// Whether the words of a label before its colon can be a name ("Rep. Seo", "Hwang
/// Ji-yeon"): capitalised words and a title's period, not a sentence's opening word
/// ("Tip", "Update").
fn names_in_label(doc: &Document, label: &[Token], res: &Resources) -> bool {
    label.first().is_some_and(|f| {
        !res.sentence_starters.contains(&f.lower) || surname_of_a_full_name(doc, doc.slice(f.span))
    }) && label
        .iter()
        .all(|t| (t.is_word && is_capitalized(doc.slice(t.span))) || t.lower == ".")
}

/// Whether `word` is the family name of a person the article names in full with a
/// hyphenated given name ("Do Sung-min", "An Cheol-soo"): a Korean surname may be
/// spelt like a word that opens sentences.
fn surname_of_a_full_name(doc: &Document, word: &str) -> bool {
    let given_name = |rest: &str| {
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect();
        let mut parts = name.split('-');
        let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        first.starts_with(|c: char| c.is_uppercase())
            && first.chars().skip(1).all(char::is_lowercase)
            && !second.is_empty()
            && second.chars().all(char::is_lowercase)
    };
    whole_word_positions(&doc.text, word).any(|at| given_name(&doc.text[at + word.len()..]))
}

/// The turns of a transcript: lines that open with a speaker's name and a colon
/// ("Seo: Children are citizens too."), each to the next line, with the name. A name
/// counts only where the text also names that person outside the labels ("Rep. Seo
/// Ji-won") or the label is a full name, and only in an article with two such lines
/// or more ("Tip: ..." names no one); there, a word that labels two lines or more is
/// a name too, even one the text never gives in full.
fn transcript_turns(doc: &Document, res: &Resources) -> Vec<(usize, usize, Subject)> {
    /// Tokens of a label before its colon ("Rep. Seo").
    const LABEL_TOKENS: usize = 4;
    let mut turns = Vec::new();
    // Lines labelled with one capitalised word that is no name otherwise ("Do: Nobody
    // disputes the gap.").
    let mut word_labels: Vec<(usize, usize, Subject)> = Vec::new();
    for (i, line_end, colon) in labelled_lines(doc, LABEL_TOKENS) {
        let tokens = doc.sentence_tokens(i);
        let label = &tokens[..colon];
        let spaced = tokens
            .get(colon + 1)
            .is_some_and(|t| t.span.start > tokens[colon].span.end);
        let name_like = spaced && names_in_label(doc, label, res);
        if let Some(subject) = name_like
            .then(|| subject_from(doc, label, res, None))
            .flatten()
            .filter(|s| s.kind == MentionKind::Name && !s.organisation)
        {
            turns.push((i, line_end, subject));
        } else if spaced
            && colon == 1
            && label[0].is_word
            && is_capitalized(doc.slice(label[0].span))
        {
            let subject = Subject {
                span: label[0].span,
                kind: MentionKind::Name,
                name: doc.slice(label[0].span).to_string(),
                description: None,
                gender: None,
                organisation: false,
            };
            word_labels.push((i, line_end, subject));
        }
    }
    // Outside the labels: not followed by their colon.
    let named_elsewhere = |s: &Subject| {
        let surface = doc.slice(s.span);
        s.name.split_whitespace().count() >= 2
            || whole_word_positions(&doc.text, surface)
                .any(|at| !doc.text[at + surface.len()..].starts_with(':'))
    };
    let mut turns: Vec<_> = turns
        .iter()
        .filter(|(_, _, s)| named_elsewhere(s) && !introduced_as_host(doc, s))
        .cloned()
        .collect();
    if turns.len() < 2 {
        return Vec::new();
    }
    // Among the turns of named speakers, a word that labels two lines or more is a
    // speaker's name too: a Korean surname may be spelt like a word ("Do", "An").
    let lines_labelled = |name: &str| word_labels.iter().filter(|w| w.2.name == name).count();
    turns.extend(
        word_labels
            .iter()
            .filter(|w| lines_labelled(&w.2.name) >= 2)
            .cloned(),
    );
    turns.sort_by_key(|t| t.0);
    turns
}

/// Words for the one who leads a broadcast's talk and asks its questions.
const HOST_WORDS: [&str; 5] = ["host", "moderator", "anchor", "presenter", "interviewer"];

/// Whether the text introduces the person a transcript's label names as its host
/// ("Ryu Ji-won (host): ...", "host Ryu Ji-won", "Ryu Ji-won, the program's host"):
/// the host's lines ask, as a Q&A's questions do, and are narration.
fn introduced_as_host(doc: &Document, s: &Subject) -> bool {
    let is_host_word = |w: &str| HOST_WORDS.contains(&w.trim_end_matches('s'));
    let surfaces = [s.name.as_str(), doc.slice(s.span)];
    surfaces.iter().any(|surface| {
        whole_word_positions(&doc.text, surface).any(|at| {
            // The word right before, lowercased alone (not the whole text before it).
            let word_before = doc.text[..at]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase();
            // Past the rest of the name ("Ryu" of "Ryu Ji-won (host)").
            let mut after = &doc.text[at + surface.len()..];
            while let Some(word) = after
                .strip_prefix(' ')
                .filter(|rest| rest.starts_with(|c: char| c.is_uppercase()))
            {
                let end = word.find([' ', ',', '(', ':']).unwrap_or(word.len());
                after = &word[end..];
            }
            let clause_end = after
                .find(['.', ':', '\n', '?', '!'])
                .unwrap_or(after.len());
            let clause = after[..clause_end].to_lowercase();
            let described = (clause.starts_with(" (") || clause.starts_with(','))
                && clause
                    .split(|c: char| !c.is_alphanumeric())
                    .any(is_host_word);
            is_host_word(&word_before) || described
        })
    })
}

/// The lines of a reactions roundup: a name, perhaps with its description, and a colon
/// before a quotation ("Hwang Ji-yeon, president of the Korean Nurses Association: \"We
/// welcome ..."), each to the next line. The quotation mark after the colon tells a
/// label from a heading or a list.
fn labelled_quotations(doc: &Document, res: &Resources) -> Vec<(usize, usize, Subject)> {
    /// Tokens of a label before its colon, its description included.
    const LABEL_TOKENS: usize = 20;
    let mut turns = Vec::new();
    for (i, line_end, colon) in labelled_lines(doc, LABEL_TOKENS) {
        let tokens = doc.sentence_tokens(i);
        if !opens_quotation(&doc.text[tokens[colon].span.end..doc.sentences[i].span.end]) {
            continue;
        }
        // "Lee Dong-geun, vice chairman of ..., said: \"...\"" is a report, read as one.
        if (0..colon).any(|k| {
            res.is_speech_verb(&tokens[k].lower).is_some() || res.speech_phrase_at(tokens, k)
        }) {
            continue;
        }
        let comma = tokens[..colon]
            .iter()
            .position(|t| t.lower == ",")
            .unwrap_or(colon);
        let name = &tokens[..comma];
        let described = comma + 1 < colon;
        let name_like = names_in_label(doc, name, res);
        let description = described.then(|| {
            doc.text[tokens[comma + 1].span.start..tokens[colon - 1].span.end].to_string()
        });
        let Some(subject) = name_like
            .then(|| subject_from(doc, name, res, description))
            .flatten()
            .filter(|s| {
                s.kind == MentionKind::Name && (described || s.name.split_whitespace().count() >= 2)
            })
        else {
            continue;
        };
        // To the sentence that closes the quotation, within the line.
        let closes = doc
            .speech_quotes_in(doc.sentences[i].span)
            .find(|q| q.span.start >= tokens[colon].span.end)
            .map(|q| q.span.end);
        let end = closes.map_or(line_end, |at| {
            (i..line_end)
                .find(|&k| doc.sentences[k].span.end >= at)
                .map_or(line_end, |k| k + 1)
        });
        turns.push((i, end, subject));
    }
    turns
}

/// The letters of a letters page: paragraphs signed by a line of their own with the
/// writer's name (`signature_lines`: "- Kim Do-yeon, Jongno-gu", "Park Sung-ho,
/// Cheongju"), a paragraph to itself or the last line of a letter's paragraph. A
/// signature signs what follows the signature before it; the first signs its own
/// paragraph and those above it from the first in the first person singular, as the
/// page's introduction may stand before it. Only in an article with two signatures or
/// more (one dash line may be an author's credit).
fn signed_letters(doc: &Document, res: &Resources) -> Vec<(usize, usize, Subject)> {
    /// Words of a signature's name, its titles included.
    const NAME_WORDS: usize = 5;
    let paragraphs: Vec<usize> = line_openings(doc)
        .filter(|&(_, opens_paragraph)| opens_paragraph)
        .map(|(i, _)| i)
        .collect();
    let mut signatures = Vec::new();
    for i in signature_lines(doc) {
        // The last paragraph of the letter, by its place in `paragraphs` (which leaves
        // out the first): a signature that is a paragraph of its own closes the letter
        // above it; one that closes a paragraph of lines, the letter in that paragraph.
        let Some(n) = paragraphs.partition_point(|&p| p <= i).checked_sub(1) else {
            continue;
        };
        let Some(last) = (if paragraphs[n] == i {
            n.checked_sub(1)
        } else {
            Some(n)
        }) else {
            continue;
        };
        let tokens = doc.sentence_tokens(i);
        let dashed = usize::from(tokens.first().is_some_and(|t| !t.is_word));
        let words = &tokens[dashed..];
        let comma = words
            .iter()
            .position(|t| t.lower == ",")
            .unwrap_or(words.len());
        let name = &words[..comma];
        let description = words.get(comma + 1..).filter(|d| !d.is_empty()).map(|d| {
            let end = d.iter().rposition(|t| t.is_word).map_or(0, |e| e + 1);
            doc.text[d[0].span.start..d[end.max(1) - 1].span.end].to_string()
        });
        let name_like = !name.is_empty()
            && name.len() <= NAME_WORDS * 2
            && name
                .iter()
                .all(|t| !t.is_word || is_capitalized(doc.slice(t.span)));
        if let Some(subject) = name_like
            .then(|| subject_from(doc, name, res, description))
            .flatten()
            .filter(|s| s.kind == MentionKind::Name)
        {
            // "I live in an apartment facing the park." a few paragraphs up: the first
            // letter opens at the first paragraph in the first person singular after
            // the page's introduction, if any, else at its own paragraph.
            // "Sir, your report ... missed the point": a salutation opens a letter too.
            let salutation = |j: usize| {
                let tokens = doc.sentence_tokens(j);
                matches!(
                    tokens.first().map(|t| t.lower.as_str()),
                    Some("sir" | "madam" | "dear")
                ) && tokens.get(1).is_some_and(|t| t.lower == "," || t.is_word)
            };
            let own = if signatures.is_empty() {
                (0..last)
                    .find(|&k| salutation(paragraphs[k]))
                    .or_else(|| {
                        (1..last).find(|&k| {
                            (paragraphs[k]..paragraphs[k + 1]).any(|j| {
                                doc.sentence_tokens(j)
                                    .iter()
                                    .any(|t| matches!(t.lower.as_str(), "i" | "my" | "me"))
                            })
                        })
                    })
                    .map_or(paragraphs[last], |k| paragraphs[k])
            } else {
                paragraphs[last]
            };
            signatures.push((own, i, subject));
        }
    }
    if signatures.len() < 2 {
        return Vec::new();
    }
    let mut letters = Vec::with_capacity(signatures.len());
    let mut previous: Option<usize> = None;
    for (own_paragraph, signature, subject) in signatures {
        // A letter's own heading ("Students are paying for a fight they did not
        // start") is nobody's words: the letter opens at its first body sentence.
        let start = (previous.map_or(own_paragraph, |p| p + 1)..signature)
            .find(|&j| doc.sentences[j].kind == SentenceKind::Body)
            .unwrap_or(signature);
        if start < signature {
            letters.push((start, signature, subject));
        }
        previous = Some(signature);
    }
    letters
}

/// The acronym in parentheses right after `span` ("... Associations (KFTA)").
fn acronym_after(doc: &Document, span: Span) -> Option<&str> {
    let rest = doc.text[span.end..].strip_prefix(" (")?;
    let acronym = &rest[..rest.find(')')?];
    (acronym.len() <= 10 && is_acronym(acronym)).then_some(acronym)
}

/// Whether `word` is written as an acronym: two capitals or more, and nothing but
/// capitals, digits, hyphens and ampersands ("KFTA", "KBO", "SK-II").
fn is_acronym(word: &str) -> bool {
    word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
}

/// Whether `acronym` spells `name` in order: its initials ("KMA" of "Korean Medical
/// Association"), where a word may give its first two letters ("KeSPA" of "Korea
/// e-Sports Association", "KEPCO" of "Korea Electric Power Corporation") and a small
/// word of the name none ("KCTU" of "Korean Confederation of Trade Unions").
fn spells_acronym(acronym: &str, name: &str) -> bool {
    /// Letters a word of the name may give.
    const MOST_LETTERS: usize = 2;
    fn spells(acronym: &[char], words: &[Vec<char>]) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return acronym.is_empty();
        };
        let small = word.first().is_some_and(|c| c.is_lowercase()) && word.len() <= 3;
        (small && spells(acronym, rest))
            || (1..=MOST_LETTERS.min(word.len())).any(|n| {
                acronym.len() >= n
                    && acronym[..n]
                        .iter()
                        .zip(&word[..n])
                        .all(|(a, w)| a.eq_ignore_ascii_case(w))
                    && spells(&acronym[n..], rest)
            })
    }
    let acronym: Vec<char> = acronym.chars().collect();
    let words: Vec<Vec<char>> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().collect())
        .collect();
    spells(&acronym, &words)
}

/// A mention found in the text, before it is resolved.
#[derive(Debug, Clone)]
struct Subject {
    span: Span,
    kind: MentionKind,
    /// The name without titles ("Donald Trump" of "U.S. President Donald Trump").
    name: String,
    /// Titles and appositive before or around the name.
    description: Option<String>,
    gender: Option<Gender>,
    organisation: bool,
}

/// What a mention may do when it is resolved.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// The subject of a speech verb: may create a new speaker.
    Speaker,
    /// Another mention: only refers to a known speaker.
    Reference,
    /// A caption or credit name: may be a variant spelling of a known speaker.
    Variant,
}

impl Subject {
    /// A pronoun: its referent, and so its gender, comes from resolution.
    fn pronoun(span: Span) -> Self {
        Subject {
            span,
            kind: MentionKind::Pronoun,
            name: String::new(),
            description: None,
            gender: None,
            organisation: false,
        }
    }
}

#[derive(Default)]
struct Resolver {
    speakers: Vec<Speaker>,
    /// Byte position of each speaker's latest subject mention.
    last_seen: Vec<usize>,
    /// The name parts of each speaker's name and aliases, kept in step with them:
    /// normalising is the costly part of matching a mention.
    keys: Vec<Vec<Vec<String>>>,
}

impl Resolver {
    fn resolve(
        &mut self,
        doc: &Document,
        s: Subject,
        res: &Resources,
        mode: Mode,
    ) -> Option<usize> {
        let surface = doc.slice(s.span).to_string();
        let index = match s.kind {
            MentionKind::Pronoun => {
                let lower = surface.to_lowercase();
                let gender = res.pronouns.get(&lower).copied().flatten();
                let plural = gender.is_none();
                // "Greenpeace Korea called the decision a betrayal. \"...,\" it said.":
                // "it" never stands for a person, so the name that spoke last, with
                // nothing that makes it one (no pronoun of a gender, no description,
                // none of the hyphens of a Korean given name), is an organisation's.
                if lower == "it"
                    && let Some(last) = self.most_recent(|_| true)
                    && self.speakers[last].kind == SpeakerType::Person
                    && self.speakers[last].gender.is_none()
                    && self.speakers[last].description.is_none()
                    && !self.speakers[last].name.contains('-')
                {
                    self.speakers[last].kind = SpeakerType::Organisation;
                    return Some(last);
                }
                let found = self.most_recent(|sp| {
                    if plural {
                        sp.kind == SpeakerType::Organisation
                    } else {
                        sp.kind == SpeakerType::Person
                            && (sp.gender.is_none() || sp.gender == gender)
                    }
                });
                // "Last August I met Hwang Mi-ja there. \"...,\" she told me.": the
                // first to speak may have been named before only in the narration.
                let found = match found {
                    Some(found) => found,
                    None if mode == Mode::Speaker && !plural => {
                        let named = person_named_before(doc, s.span.start, gender, res)?;
                        let found = self.resolve(doc, named, res, mode)?;
                        if self.speakers[found].gender.is_none() {
                            self.speakers[found].gender = gender;
                        }
                        return Some(found);
                    }
                    None => return None,
                };
                if self.speakers[found].gender.is_none() {
                    self.speakers[found].gender = gender;
                }
                found
            }
            MentionKind::Name | MentionKind::Title | MentionKind::Description => {
                let modifiers = description_modifiers(&s, &surface);
                let mut found = self.find(&s, &modifiers, mode);
                // "The finance ministry said" after "Ministry of Justice" spoke: the
                // "Ministry of Economy and Finance" named before, when the text has one.
                if found.is_none() && !modifiers.is_empty() {
                    let named = (mode == Mode::Speaker && s.organisation)
                        .then(|| organisation_named_before(doc, &s, &modifiers, res))
                        .flatten();
                    found = match named {
                        Some(named) => {
                            let index = self.resolve(doc, named, res, mode)?;
                            push_unique(&mut self.speakers[index].aliases, surface.clone());
                            Some(index)
                        }
                        // Not an organisation known by a proper name that the words
                        // never went with ("the finance ministry" after the "Ministry
                        // of Land, Infrastructure and Transport" spoke is another body;
                        // "the governing party" after "the governing New Future Party"
                        // is that party).
                        None => self.find(&s, &[], mode).filter(|&f| {
                            let sp = &self.speakers[f];
                            let proper = sp
                                .name
                                .split_whitespace()
                                .find(|w| !matches!(w.to_lowercase().as_str(), "the" | "a"))
                                .is_some_and(is_capitalized);
                            sp.kind != SpeakerType::Organisation
                                || !proper
                                || sp
                                    .mentions
                                    .iter()
                                    .any(|m| modified_before(doc, m.span.start, &modifiers))
                        }),
                    };
                }
                match found {
                    Some(found) if s.kind == MentionKind::Description => found,
                    Some(found) => {
                        let sp = &mut self.speakers[found];
                        if s.name.split_whitespace().count() > sp.name.split_whitespace().count() {
                            let old = std::mem::replace(&mut sp.name, s.name.clone());
                            push_unique(&mut sp.aliases, old);
                        }
                        push_unique(&mut sp.aliases, s.name.clone());
                        push_unique(&mut sp.aliases, surface.clone());
                        if sp.description.is_none() {
                            sp.description = s.description.clone();
                        }
                        if sp.gender.is_none() {
                            sp.gender = s.gender;
                        }
                        found
                    }
                    None if mode == Mode::Speaker
                        && !s.name.is_empty()
                        && s.kind != MentionKind::Description =>
                    {
                        let mut aliases = Vec::new();
                        push_unique(&mut aliases, surface.clone());
                        // "the KBO said", "The Lotte Giants, whose stadium ...": a proper
                        // name after the definite article, one with the article inside
                        // ("Save the Children Korea") or one of capitals alone ("HYBE")
                        // names no person; the article is part of how it goes.
                        let before = doc.text[..s.span.start].trim_end();
                        let after_the = surface == s.name
                            && ["the", "The"].iter().any(|a| {
                                before.strip_suffix(a).is_some_and(|rest| {
                                    rest.chars().last().is_none_or(|c| !c.is_alphanumeric())
                                })
                            });
                        if after_the {
                            push_unique(&mut aliases, format!("the {}", s.name));
                        }
                        let organisation = s.organisation
                            || after_the
                            || is_acronym(&s.name)
                            || s.name.split_whitespace().any(|w| w == "the")
                            || named_after_business_noun(doc, &s.name, res)
                            || described_as_business(s.description.as_deref(), res);
                        self.add(Speaker {
                            name: s.name.clone(),
                            kind: if organisation {
                                SpeakerType::Organisation
                            } else {
                                SpeakerType::Person
                            },
                            aliases,
                            description: s.description.clone(),
                            gender: s.gender,
                            mentions: Vec::new(),
                        })
                    }
                    // "the company", "the carmaker": a generic noun for a business
                    // names the organisation that spoke last.
                    None if s.kind == MentionKind::Description
                        && res.company_nouns.contains(&s.name)
                        && let Some(found) = self.most_recent(|sp| {
                            // "Naver said ...": a name of one word, with no title or
                            // description, is more likely a company than a person.
                            let one_word = !sp.name.contains(' ') && sp.description.is_none();
                            (sp.kind == SpeakerType::Organisation || one_word)
                                && !is_public_body(&sp.name, res)
                        }) =>
                    {
                        found
                    }
                    // "\"...,\" the president said", with no president named: the one
                    // who holds an office of one person speaks under its title.
                    None if mode == Mode::Speaker
                        && s.kind == MentionKind::Description
                        && !s.organisation
                        && res.single_offices.contains(&s.name)
                        && surface.eq_ignore_ascii_case(&format!("the {}", s.name)) =>
                    {
                        self.add(Speaker {
                            name: surface.clone(),
                            kind: SpeakerType::Person,
                            aliases: Vec::new(),
                            description: None,
                            gender: None,
                            mentions: Vec::new(),
                        })
                    }
                    // "The ruling People Power Party will ..., the party said": the
                    // description names the organisation named before it.
                    None if mode == Mode::Speaker
                        && s.kind == MentionKind::Description
                        && s.organisation
                        && let Some(named) =
                            organisation_named_before(doc, &s, &modifiers, res) =>
                    {
                        let index = self.resolve(doc, named, res, mode)?;
                        push_unique(&mut self.speakers[index].aliases, surface.clone());
                        index
                    }
                    // "Korea Post will stop ..., the postal service said": a description
                    // of a word or two of its kind, closing the sentence, speaks for the
                    // name that opens it.
                    None if mode == Mode::Speaker
                        && s.kind == MentionKind::Description
                        && s.organisation
                        && let Some(named) = opening_name_for_description(doc, &s, res) =>
                    {
                        let index = self.resolve(doc, named, res, mode)?;
                        push_unique(&mut self.speakers[index].aliases, surface.clone());
                        index
                    }
                    // "their union said", with no union named before: an organisation
                    // that speaks under its description.
                    None if mode == Mode::Speaker
                        && s.kind == MentionKind::Description
                        && s.organisation =>
                    {
                        // "The drivers' union" is the drivers' union in any sentence.
                        let bare = ["The ", "the "]
                            .iter()
                            .find_map(|a| surface.strip_prefix(a))
                            .map(str::to_string);
                        self.add(Speaker {
                            name: surface.clone(),
                            kind: SpeakerType::Organisation,
                            aliases: bare.into_iter().collect(),
                            description: None,
                            gender: None,
                            mentions: Vec::new(),
                        })
                    }
                    None => return None,
                }
            }
        };
        // "The Korea Federation of Teachers' Associations (KFTA)": the acronym after a
        // name is another name of it.
        if s.kind == MentionKind::Name
            && let Some(acronym) = acronym_after(doc, s.span)
        {
            push_unique(&mut self.speakers[index].aliases, acronym.to_string());
        }
        let sp = &mut self.speakers[index];
        let name = sp.name.clone();
        sp.aliases.retain(|a| *a != name);
        if matches!(s.kind, MentionKind::Name | MentionKind::Title) {
            // "Korail spokesman Park Jin-woo": a person's alias that holds a role holds
            // their organisation's words too, no name of theirs ("Korail said" is not
            // Park); their name is matched without it.
            let person = sp.kind == SpeakerType::Person;
            let holds_role = |n: &str| n.split_whitespace().any(|w| res.is_role(&w.to_lowercase()));
            self.keys[index] = std::iter::once(&sp.name)
                .chain(sp.aliases.iter().filter(|a| !(person && holds_role(a))))
                .map(|n| name_parts(n))
                .collect();
        }
        if !sp.mentions.iter().any(|m| m.span == s.span) {
            sp.mentions.push(Mention {
                span: s.span,
                kind: s.kind,
            });
        }
        self.last_seen[index] = s.span.start;
        Some(index)
    }

    /// A new speaker, not yet seen; its index.
    fn add(&mut self, speaker: Speaker) -> usize {
        self.speakers.push(speaker);
        self.last_seen.push(0);
        self.keys.push(Vec::new());
        self.speakers.len() - 1
    }

    fn most_recent(&self, ok: impl Fn(&Speaker) -> bool) -> Option<usize> {
        (0..self.speakers.len())
            .filter(|&i| ok(&self.speakers[i]))
            .max_by_key(|&i| self.last_seen[i])
    }

    /// The entity a name refers to: same normalised name or alias, the same surname,
    /// or (with `variants`) a close spelling of a multi-word name.
    fn find(&self, s: &Subject, modifiers: &[String], mode: Mode) -> Option<usize> {
        let variants = mode == Mode::Variant;
        let key = name_parts(&s.name);
        if key.is_empty() {
            return None;
        }
        if s.kind == MentionKind::Description {
            // "the ministry", "the minister": the latest speaker so named or described;
            // "the finance ministry" one whose words also hold "finance", when one does.
            let words = |sp: &Speaker| -> Vec<String> {
                std::iter::once(&sp.name)
                    .chain(sp.aliases.iter())
                    .chain(sp.description.iter())
                    .flat_map(|n| {
                        normalize_name(n)
                            .split(' ')
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .collect()
            };
            // "the party" is an organisation, never a person described as of one.
            return self.most_recent(|sp| {
                let words = words(sp);
                (!s.organisation || sp.kind == SpeakerType::Organisation)
                    && words.contains(&key[0])
                    && !only_qualifies(sp, &key[0])
                    && modifiers.iter().all(|m| words.contains(m))
            });
        }
        let mut best = None;
        // "the KMA said" after "the Korean Medical Association", "KeSPA said" after "The
        // Korea e-Sports Association": an acronym of an organisation's name.
        let acronym = s.name.len() >= 2
            && s.name.len() <= 7
            && s.name.chars().all(|c| c.is_ascii_alphabetic())
            && s.name.chars().filter(char::is_ascii_uppercase).count() >= 2;
        for (i, sp) in self.speakers.iter().enumerate() {
            if acronym && sp.kind == SpeakerType::Organisation && spells_acronym(&s.name, &sp.name)
            {
                best = best.or(Some(i));
            }
            // A family name alone may be the alias of more than one person ("Kim" for
            // Kim Soo-jin and Kim Min-jae): it goes to the one named last, below.
            let family_name_only =
                key.len() == 1 && sp.kind == SpeakerType::Person && !s.organisation;
            let full_name_known = self.keys[i].iter().any(|k| k.len() > 1);
            for known in &self.keys[i] {
                if *known == key && !family_name_only {
                    return Some(i);
                }
                // "Hanul said" after "Hanul Motors": an organisation speaks by the first
                // word of its name (only as a speaker: "Korea" is not "Korea Development
                // Institute" everywhere).
                if mode == Mode::Speaker
                    && sp.kind == SpeakerType::Organisation
                    && key.len() == 1
                    && known.len() > 1
                    && known[0] == key[0]
                {
                    best = best.or(Some(i));
                }
                // In the body, a variant spelling must also share the affiliation
                // ("Park Jeong-ho of KDI" and "Park Jung-ho, a KDI fellow").
                let variant_ok = variants
                    || shares_affiliation(sp.description.as_deref(), s.description.as_deref());
                // "Kim Min-jae" after Kim Soo-jin, then "Kim": a full name meets a
                // person by a family name alone only when their full name is unknown.
                let other_full_name = key.len() > 1 && known.len() == 1 && full_name_known;
                // "Kim said" after Kim Hyun-woo and Kim Ji-won: the one named last.
                if sp.kind == SpeakerType::Person
                    && !s.organisation
                    && !other_full_name
                    && best.is_none_or(|b| self.last_seen[i] > self.last_seen[b])
                    && (*known == key || same_person_name(known, &key, variant_ok))
                {
                    best = Some(i);
                }
            }
        }
        best
    }
}

/// The latest organisation named before a description of it, with the description's
/// noun as a word of its name ("People Power Party" before "the party"), or any
/// organisation before a generic noun for a business ("the carmaker").
///
/// The noun may open the name ("the bank" for "Bank of Korea"), and the description's
/// other words (`modifiers`) must be words of it ("the finance ministry" for "Ministry
/// of Economy and Finance").
/// The name of one to three capitalised words that opens the sentence of the
/// description `s` ("Korea Post will stop ...") when `s` is a short description ("the
/// postal service", "the rail operator") after a comma: the organisation it stands
/// for, as the description of a closing attribution.
fn opening_name_for_description(doc: &Document, s: &Subject, res: &Resources) -> Option<Subject> {
    /// Words of the description, its article included.
    const DESCRIPTION_WORDS: usize = 4;
    /// Words of the opening name.
    const NAME_WORDS: usize = 3;
    let i = doc.sentences.iter().position(|sentence| {
        sentence.span.start <= s.span.start && s.span.end <= sentence.span.end
    })?;
    let tokens = doc.sentence_tokens(i);
    let at = tokens.iter().position(|t| t.span.start == s.span.start)?;
    let words = doc.slice(s.span).split_whitespace().count();
    if at == 0 || tokens[at - 1].lower != "," || words > DESCRIPTION_WORDS {
        return None;
    }
    // "TOKYO (Reuters) - Japan will stop ...": the name after the dateline.
    let opening = after_dateline(tokens);
    let first = tokens.get(opening)?;
    if res.sentence_starters.contains(&first.lower) {
        return None;
    }
    let run = tokens[opening..]
        .iter()
        .take_while(|t| t.is_word && is_capitalized(doc.slice(t.span)))
        .count();
    // The name is the subject: a word, not a bracket or a comma, follows it, and not a
    // role that makes it the start of a person's description ("Council member Ha
    // Jeong-woo backs the ordinance, the city said").
    if run == 0
        || run > NAME_WORDS
        || !tokens
            .get(opening + run)
            .is_some_and(|t| t.is_word && !res.is_role(&t.lower))
    {
        return None;
    }
    let named = name_ending_at(doc, tokens, opening + run, res, None)?;
    // "Japan will stop ..., the health ministry said": a ministry speaks for its
    // country but is not it; a business noun ("the rail operator") names any name.
    let business = doc
        .slice(s.span)
        .split_whitespace()
        .last()
        .is_some_and(|w| res.company_nouns.contains(&w.to_lowercase()));
    if !named.organisation && !business {
        return None;
    }
    Some(Subject {
        organisation: true,
        ..named
    })
}

/// The first token after a dateline and its dash ("TOKYO (Reuters) -", "INCHEON, March 4
/// (Yonhap) --"), or 0 where the sentence has none.
fn after_dateline(tokens: &[Token]) -> usize {
    /// Tokens of a dateline before its dash.
    const DATELINE_TOKENS: usize = 8;
    tokens
        .iter()
        .take(DATELINE_TOKENS)
        .position(|t| matches!(t.lower.as_str(), "-" | "–" | "—" | "--"))
        .map_or(0, |d| d + 1)
}

/// Words for a body's administration, which the word before them still names: "the
/// district" is the "Jongno District Office", "the city" is "Busan City Hall", "the
/// police" the "Korean National Police Agency"; but "the city" is not the "Daejeon City
/// Council".
const SEAT_WORDS: [&str; 5] = ["office", "hall", "government", "administration", "agency"];

/// Whether `noun` stands in an organisation's names only before another word of the
/// name ("city" in "Daejeon City Council"): there it qualifies the name's head, so "the
/// city" is another body ("the ministry" still names the "Ministry of ...").
fn only_qualifies(sp: &Speaker, noun: &str) -> bool {
    if sp.kind != SpeakerType::Organisation
        || sp
            .description
            .as_deref()
            .is_some_and(|d| normalize_name(d).split(' ').any(|w| w == noun))
    {
        return false;
    }
    let mut found = false;
    for name in std::iter::once(&sp.name).chain(sp.aliases.iter()) {
        let words: Vec<String> = normalize_name(name)
            .split(' ')
            .map(str::to_string)
            .collect();
        for (p, w) in words.iter().enumerate() {
            if w != noun {
                continue;
            }
            let qualifies = words.get(p + 1).is_some_and(|next| {
                !matches!(next.as_str(), "of" | "for" | "on" | "in" | "and")
                    && !SEAT_WORDS.contains(&next.as_str())
            });
            if !qualifies {
                return false;
            }
            found = true;
        }
    }
    found
}

fn organisation_named_before(
    doc: &Document,
    s: &Subject,
    modifiers: &[String],
    res: &Resources,
) -> Option<Subject> {
    doc.sentences
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, sentence)| sentence.span.start < s.span.start)
        .find_map(|(i, _)| {
            let tokens = doc.sentence_tokens(i);
            // "the carmaker" names a business whatever its name's last word ("Hanul
            // Motors"); "the party" only a party.
            let company = res.company_nouns.contains(&s.name);
            // "the city" names "the Seoul Metropolitan Government" too.
            let stands_for = res.organisation_descriptions.get(&s.name);
            // "Online retailer Hanbit Mall will ... The company said": a name after a
            // noun for a business is a business's, whatever its words.
            let after_business_noun = |k: usize| {
                let start = (0..=k)
                    .rev()
                    .take_while(|&j| is_capitalized(doc.slice(tokens[j].span)))
                    .last()
                    .unwrap_or(k);
                start > 0 && res.company_nouns.contains(&tokens[start - 1].lower)
            };
            // "The Daejeon City Council voted ... The city said": the noun names no
            // organisation it only qualifies, before another word of its name.
            let qualifies_at = |k: usize| {
                tokens[k].lower == s.name
                    && tokens.get(k + 1).is_some_and(|n| {
                        n.is_word
                            && is_capitalized(doc.slice(n.span))
                            && !SEAT_WORDS.contains(&n.lower.as_str())
                    })
            };
            let k = tokens.iter().enumerate().rposition(|(k, t)| {
                t.span.end <= s.span.start
                    && is_capitalized(doc.slice(t.span))
                    && !qualifies_at(k)
                    // "The associations" for "the Korean Bar Association" and the
                    // others it led.
                    && (t.lower == s.name
                        || s.name.strip_suffix('s') == Some(t.lower.as_str())
                        || (company
                            && (res.organisation_words.contains(&t.lower) || after_business_noun(k)))
                        || stands_for.is_some_and(|words| words.contains(&t.lower)))
            })?;
            let whole = name_ending_at(doc, tokens, name_end_from(doc, tokens, k), res, None)
                .filter(|n| n.span.start <= tokens[k].span.start);
            let named = whole
                .or_else(|| name_ending_at(doc, tokens, k + 1, res, None))
                .filter(|n| {
                    (n.organisation || (company && after_business_noun(k)))
                        && !names_a_place(tokens, n.span.start)
                        && !(company && is_public_body(&n.name, res))
                })?;
            let words = name_parts(&named.name);
            modifiers.iter().all(|m| words.contains(m)).then_some(named)
        })
}

/// Whether token `k` is the apostrophe of a plural possessive inside a name, between
/// capitalised words ("Gangnam Merchants' Association", "The Korea Shipbuilders'
/// Association").
fn possessive_in_name(doc: &Document, tokens: &[Token], k: usize) -> bool {
    let capitalised = |t: &Token| is_capitalized(doc.slice(t.span));
    k > 0
        && matches!(doc.slice(tokens[k].span), "'" | "’")
        && tokens[k - 1].lower.ends_with('s')
        && capitalised(&tokens[k - 1])
        && tokens.get(k + 1).is_some_and(capitalised)
}

/// Whether an organisation's name marks it as no business ("Seoul Metro labor union").
fn is_public_body(name: &str, res: &Resources) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| res.public_body_words.contains(&w.to_lowercase()))
}

/// Whether the name opening at byte `start` follows a preposition of place ("a press
/// conference in front of Seoul City Hall"): there it names a building, not who acts.
fn names_a_place(tokens: &[Token], start: usize) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == start) else {
        return false;
    };
    let before = |n: usize| k.checked_sub(n).map(|j| tokens[j].lower.as_str());
    matches!(before(1), Some("outside" | "near" | "opposite" | "inside"))
        || (before(1) == Some("of") && before(2) == Some("front"))
}

/// Whether the text names `name` right after a noun for a business anywhere ("the
/// delivery app Baedal Plus"): a name of two capitalised words is then a company's,
/// not a person's.
fn named_after_business_noun(doc: &Document, name: &str, res: &Resources) -> bool {
    !name.is_empty()
        && doc.text.match_indices(name).any(|(at, _)| {
            let before = doc.text[..at].trim_end();
            before.len() < at
                && before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|w| res.company_nouns.contains(w))
        })
}

/// Whether a name's description has a business noun for its head ("Swing, the largest
/// operator in Seoul,"): the last word before a preposition or relative word that opens
/// what qualifies it ("a driver for the company" is a person).
fn described_as_business(description: Option<&str>, res: &Resources) -> bool {
    description.is_some_and(|d| {
        d.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .take_while(|w| {
                !matches!(
                    w.as_str(),
                    "in" | "of" | "at" | "for" | "with" | "from" | "on" | "that" | "which" | "who"
                )
            })
            .last()
            .is_some_and(|head| res.company_nouns.contains(&head))
    })
}

/// Whether every token is a word of a name: capitalised, or a connector between such
/// words ("Parents for Digital Rights"). A hyphenated name is one token.
fn all_name_words<'t>(doc: &Document, mut tokens: impl Iterator<Item = &'t Token>) -> bool {
    // "Hanil Corp.": the period of an abbreviation inside the name.
    tokens.all(|t| {
        is_capitalized(doc.slice(t.span))
            || NAME_CONNECTORS.contains(&t.lower.as_str())
            || t.lower == "."
    })
}

/// The end of the capitalised name that holds token `k`: over capitalised words, and
/// the connectors between them once the name has an "of" ("Bank of Korea", "Ministry of
/// Economy and Finance").
fn name_end_from(doc: &Document, tokens: &[Token], k: usize) -> usize {
    let capitalised = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.is_word && is_capitalized(doc.slice(t.span)))
    };
    let mut end = k + 1;
    let mut has_of = false;
    loop {
        if capitalised(end) {
            end += 1;
        } else if end < tokens.len()
            && (NAME_CONNECTORS.contains(&tokens[end].lower.as_str())
                || (has_of && tokens[end].lower == "and"))
            && capitalised(end + 1)
        {
            has_of |= tokens[end].lower == "of";
            end += 2;
        } else if has_of && doc.comma_in_name(tokens, end) {
            // "Ministry of Land, Infrastructure and Transport".
            end += 1;
        } else {
            return end;
        }
    }
}

/// Whether the words just before byte `at` (within `DESCRIPTION_WORDS`) hold every one
/// of `modifiers` ("the governing New Future Party" for "governing").
fn modified_before(doc: &Document, at: usize, modifiers: &[String]) -> bool {
    let before: Vec<String> = doc.text[..at]
        .split_whitespace()
        .rev()
        .take(DESCRIPTION_WORDS)
        .map(normalize_name)
        .collect();
    modifiers.iter().all(|m| before.contains(m))
}

/// The lower-case words of a description between its determiner and its noun
/// ("finance" of "The finance ministry"), normalised as names are.
fn description_modifiers(s: &Subject, surface: &str) -> Vec<String> {
    if s.kind != MentionKind::Description {
        return Vec::new();
    }
    let words: Vec<&str> = surface.split_whitespace().collect();
    words
        .iter()
        .take(words.len().saturating_sub(1))
        .skip(1)
        .map(|w| normalize_name(w.trim_end_matches(['\'', '’']).trim_end_matches("'s")))
        .filter(|w| !w.is_empty() && !DESCRIBING_MODIFIERS.contains(&w.as_str()))
        .collect()
}

/// Words before a noun for an organisation that say what kind it is, not which
/// ("the state-run think tank" after "the Korea Development Institute"): no word of
/// its name. (As `normalize_name` gives them: "state-run" is "state run".)
const DESCRIBING_MODIFIERS: [&str; 8] = [
    "state run",
    "state funded",
    "state owned",
    "government funded",
    "government run",
    "government affiliated",
    "think",
    "independent",
];

/// Whether two descriptions share a proper noun ("Korea Development Institute"),
/// titles and function words aside.
fn shares_affiliation(a: Option<&str>, b: Option<&str>) -> bool {
    let proper = |d: &str| -> std::collections::HashSet<String> {
        d.split_whitespace()
            .filter(|w| is_capitalized(w))
            .map(normalize_name)
            .filter(|w| w.len() > 2 && !GENERIC_AFFILIATION_WORDS.contains(&w.as_str()))
            .collect()
    };
    match (a, b) {
        (Some(a), Some(b)) => !proper(a).is_disjoint(&proper(b)),
        _ => false,
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !item.is_empty() && !list.contains(&item) {
        list.push(item);
    }
}

/// A name's parts, each normalised: "Rhee Chang-yong" gives ["rhee", "chang yong"].
fn name_parts(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(normalize_name)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether `key` names the person `known` names. One part alone is the family name:
/// the last part in Western order ("Draudt-Véjares"), the first in East Asian order
/// ("Rhee" of "Rhee Chang-yong"). With `variants`, a close spelling of a multi-part
/// name with the same initial ("Darcy Drought-Behares") is the same person.
fn same_person_name(known: &[String], key: &[String], variants: bool) -> bool {
    let family_name_of = |short: &[String], long: &[String]| {
        short.len() == 1
            && long.len() > 1
            && (short[0] == long[0] || short[0] == long[long.len() - 1])
    };
    if family_name_of(key, known) || family_name_of(known, key) {
        return true;
    }
    let (known, key) = (known.join(" "), key.join(" "));
    variants
        && known.contains(' ')
        && key.contains(' ')
        && key.chars().next() == known.chars().next()
        && name_distance(&known, &key) <= VARIANT_MAX_DISTANCE
}

/// The first speech verb of the sentence (outside quotations) whose subject is a name,
/// a title or a pronoun: the subject, the verb's span, and whether the verb points back.
fn attribution_in(doc: &Document, i: usize, res: &Resources) -> Found {
    let tokens = doc.sentence_tokens(i);
    // "Readers respond to our report on the proposed ban ...": a letters page's
    // introduction of what follows, the editor's words, not a report of anyone's.
    let mut opening = tokens
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.lower.as_str());
    if let (Some("readers"), Some("respond" | "react" | "write" | "reply")) =
        (opening.next(), opening.next())
    {
        return Found::Nothing;
    }
    // "What she wants instead is ...": the view of the one who wants it.
    if let Some((last, _)) = preference_cleft(tokens) {
        let t = &tokens[last];
        let subject = if res.pronouns.contains_key(&t.lower) {
            Some(Subject::pronoun(t.span))
        } else {
            name_ending_at(doc, tokens, last + 1, res, None)
        };
        if let Some(subject) = subject {
            return Found::Speaker(subject, tokens[last + 1].span, false);
        }
    }
    // "A survey by the recruiting firm Saramin found that ...": what a document found,
    // its author holds.
    let opening = tokens.iter().position(|t| t.is_word);
    if let Some(found) = tokens.windows(2).position(|w| {
        matches!(w[0].lower.as_str(), "found" | "finds" | "showed" | "shows")
            && w[1].lower == "that"
    }) && let Some(author) = opening.and_then(|o| authored_by(doc, tokens, o, res))
        && author.span.end <= tokens[found].span.start
    {
        return Found::Speaker(author, tokens[found].span, false);
    }
    if let Some(found) = closing_document_finding(doc, tokens, res) {
        return found;
    }
    let main_clause = subordinate_clause_end(doc, tokens);
    // "58 percent of respondents said they supported ...": a pronoun after a verb of
    // speech whose subject names no one refers to that subject, not to the last
    // speaker.
    let mut unnamed_reporter = false;
    // "..., but it does not say how long the footage may be kept, said Yang": an
    // attribution that closes the sentence after a comma is tried first, before the
    // verbs of what it reports.
    let closing = closing_attribution(tokens, res).filter(|&c| c > main_clause);
    let (tried_first, then) = match closing {
        Some(c) => (c..tokens.len(), main_clause..c),
        None => (main_clause..tokens.len(), 0..0),
    };
    for k in tried_first.chain(then) {
        let t = &tokens[k];
        // A capitalised verb is a name or opens a heading ("United States", "Says").
        if !t.is_word
            || doc.in_speech_quote(t.span.start)
            || is_capitalized(doc.slice(t.span)) && t.lower != "according"
        {
            continue;
        }
        let according =
            t.lower == "according" && tokens.get(k + 1).is_some_and(|n| n.lower == "to");
        // "The ministry is expected to announce next month whether ...": what someone
        // will say reports nothing yet.
        let future = k >= 2
            && tokens[k - 1].lower == "to"
            && FUTURE_FRAMES.contains(&tokens[k - 2].lower.as_str());
        // "The ministry is expected to ...", "He is said to ...": others' view of the
        // subject, not the subject's.
        // "is said to be weighing", "is now said to": an adverb may stand between.
        let be_at = |p: usize| {
            matches!(
                tokens[p].lower.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been"
            )
        };
        let adverb_between = k >= 2
            && (tokens[k - 1].lower.ends_with("ly")
                || matches!(tokens[k - 1].lower.as_str(), "now" | "also" | "still"))
            && be_at(k - 2);
        let passive = k >= 1
            && (be_at(k - 1) || adverb_between)
            && tokens.get(k + 1).is_some_and(|n| n.lower == "to");
        // "will also add to a national debt": adding to something reports no words, nor
        // does answering to a ministry (being under it); nor "responded with demolition
        // grants".
        // "must also stop adding races": adding a thing is no speech ("adding that ...",
        // "adding, ..." are).
        // "into which the government adds 6 percent of whatever they deposit": adding an
        // amount is no speech either.
        let adds_to = ((t.lower.starts_with("add") || t.lower.starts_with("answer"))
            && tokens.get(k + 1).is_some_and(|n| n.lower == "to"))
            || (t.lower.starts_with("add")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit())))
            || (t.lower == "adding"
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word && !matches!(n.lower.as_str(), "that" | "to")))
            || (t.lower.starts_with("respond")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "with" | "by")));
        // "answers readers' questions every Thursday": the questions are what it
        // answers, no words of the answer are reported.
        let answers_questions = t.lower.starts_with("answer")
            && tokens[k + 1..]
                .iter()
                .take(3)
                .any(|n| matches!(n.lower.as_str(), "questions" | "queries" | "letters"));
        // "a private think tank": a noun; so is a word in "-ing" after an article or a
        // possessive ("the ruling party", "its ruling"), and any verb of speech after an
        // article ("is not the answer"; "in his view" still reports).
        let after_article = k >= 1 && matches!(tokens[k - 1].lower.as_str(), "the" | "a" | "an");
        let a_noun = (t.lower == "think"
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "tank" | "tanks")))
            || after_article
            || (t.lower.ends_with("ing")
                && k >= 1
                && matches!(
                    tokens[k - 1].lower.as_str(),
                    "its" | "their" | "his" | "her" | "our"
                ));
        // "a patient can ask for surgery to be filmed": what someone may do reports
        // nothing said ("Owners ... will say" still gives their view); "Japan welcomed
        // three times as many tourists": a welcome of visitors, not of a decision.
        let is_modal = |w: &str| {
            matches!(
                w,
                "can" | "could" | "may" | "might" | "should" | "must" | "shall"
            )
        };
        // "The board should reject the plan and ask the city for a budget": a verb in its
        // bare form after "and" shares the modal of the verb before it in its clause.
        let bare = !t.lower.ends_with("ed")
            && !t.lower.ends_with("ing")
            && (!t.lower.ends_with('s') || t.lower.ends_with("ss"));
        let coordinated_under_modal = bare
            && k >= 1
            && matches!(tokens[k - 1].lower.as_str(), "and" | "or")
            && tokens[..k - 1]
                .iter()
                .rev()
                .take_while(|p| !matches!(p.lower.as_str(), "," | ";" | ":" | "\"" | "“" | "”"))
                .any(|p| is_modal(&p.lower));
        // "The city should stop calling it public transport": a verb of speech after a
        // verb of phase under a modal is urged with it.
        let phase_under_modal = k >= 2
            && matches!(
                tokens[k - 1].lower.as_str(),
                "stop" | "keep" | "start" | "quit"
            )
            && is_modal(&tokens[k - 2].lower);
        let modal_before = (k >= 1 && is_modal(&tokens[k - 1].lower))
            || coordinated_under_modal
            || phase_under_modal;
        let welcomed_visitors = t.lower.starts_with("welcome")
            && tokens.get(k + 1).is_some_and(|n| {
                n.lower.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        n.lower.as_str(),
                        "many"
                            | "more"
                            | "fewer"
                            | "record"
                            | "millions"
                            | "thousands"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "visitors"
                            | "tourists"
                            | "guests"
                    )
            });
        // "Consider adding a search bar": a gerund right after the sentence's first
        // word has no subject there; the word is an imperative.
        let gerund_after_opening =
            t.lower.ends_with("ing") && tokens[..k].iter().filter(|t| t.is_word).count() == 1;
        // "Cooks start early, and adding breakfast would mean starting at 5": a gerund
        // after "and" with its object is the subject of a clause of its own ("..., and
        // adding that ..." still reports).
        let gerund_subject = t.lower.ends_with("ing")
            && k >= 1
            && matches!(tokens[k - 1].lower.as_str(), "and" | "but" | "or")
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_word && n.lower != "that");
        // "The government should not send the bill until it has answered that
        // question": a verb in a clause of time or condition after the main clause
        // reports nothing of the sentence.
        let trailing_condition = tokens[main_clause.min(k)..k]
            .iter()
            .rev()
            .take_while(|t| t.is_word)
            .take(TRAILING_CLAUSE_WORDS)
            .any(|t| TRAILING_SUBORDINATORS.contains(&t.lower.as_str()));
        // "Requiring chains to post it, as the ministry proposed in 2022, is the least
        // ...": what a party proposed, set beside the sentence's subject between commas,
        // is no report of the sentence.
        let proposed_aside = matches!(
            t.lower.as_str(),
            "proposed" | "suggested" | "recommended" | "demanded" | "promised" | "pledged"
        ) && tokens[k.saturating_sub(AS_ASIDE_WORDS + 2)..k]
            .windows(2)
            .any(|w| w[0].lower == "," && w[1].lower == "as");
        let verb = !future
            && !trailing_condition
            && !proposed_aside
            && !passive
            && !gerund_after_opening
            && !gerund_subject
            && !modal_before
            && !welcomed_visitors
            && !adds_to
            && !answers_questions
            && !a_noun
            && !advised_on(doc, tokens, k)
            && !asked_about(tokens, k)
            && (res.is_speech_verb(&t.lower).is_some()
                || res.speech_phrase_at(tokens, k)
                || group_view_verb(doc, tokens, k, res)
                || fears_that(doc, tokens, k, res)
                || wants_done(tokens, k, res));
        // "Labor members of the commission demanded": the group, not "the commission".
        // Not an infinitive ("signatures from members to oppose the fee, Park added"):
        // the group is urged, not reported.
        let infinitive = k > 0 && tokens[k - 1].lower == "to";
        if verb
            && !infinitive
            && unnamed_spokesperson(doc, tokens, k).is_none()
            && (group_subject(doc, tokens, k, res)
                || unnamed_after_quote(doc, tokens, k)
                // "Two of the seven board members dissented and called for ...": the
                // group is the subject of the verb before "and".
                || (k >= 2
                    && matches!(tokens[k - 1].lower.as_str(), "and" | "but")
                    && tokens[k - 2].is_word
                    && group_subject(doc, tokens, k - 2, res)))
            && identified_as(doc, tokens, k + 1, res).is_none()
        {
            return Found::Group;
        }
        // "According to an official at a major bank, ...": an unnamed source's view.
        if according && unnamed_after(doc, tokens, k + 2, res) {
            return Found::Group;
        }
        let subject = if according {
            // "According to him, ...": the pronoun's referent.
            let pronoun = tokens
                .get(k + 2)
                .filter(|p| p.is_word && res.pronouns.contains_key(&p.lower))
                .map(|p| Subject::pronoun(p.span));
            pronoun
                .or_else(|| name_after(doc, tokens, k + 2, res))
                .or_else(|| described_after(tokens, k + 2, res))
                .or_else(|| authored_by(doc, tokens, k + 2, res))
        } else if verb && bare_participle(doc, tokens, k) {
            // "submitted an opinion to the commission last month warning that ...": a
            // participle with no auxiliary or comma before it reports the words of the
            // sentence's subject, not of the noun before it.
            opening_subject(doc, i, res)
        } else if verb {
            subject_before(doc, tokens, k, res)
                .or_else(|| inverted_subject(doc, tokens, k, res))
                .or_else(|| shared_opening_subject(doc, i, k, res))
                .map(|s| own_subject_for_pronoun(doc, i, tokens, s, res))
        } else {
            None
        };
        // The token before the subject, if any.
        let before_subject = subject
            .as_ref()
            .and_then(|s| tokens.iter().rposition(|t| t.span.end <= s.span.start))
            .map(|p| &tokens[p]);
        // "How should Korea respond?": an auxiliary before the subject asks a question.
        let asked =
            before_subject.is_some_and(|p| QUESTION_AUXILIARIES.contains(&p.lower.as_str()));
        // "the evidence is thinner than the agency admits": a comparison, the
        // writer's words.
        let compared = before_subject.is_some_and(|p| p.lower == "than");
        // ", not the three years it has suggested.": a pronoun right after a noun, with
        // nothing said after the verb, opens a relative clause of that noun, with no
        // report in it.
        let relative = subject
            .as_ref()
            .is_some_and(|s| s.kind == MentionKind::Pronoun)
            && before_subject.is_some_and(|p| {
                p.is_word
                    && !is_capitalized(doc.slice(p.span))
                    && !SUBORDINATORS.contains(&p.lower.as_str())
                    && !PRONOUN_CLAUSE_OPENERS.contains(&p.lower.as_str())
                    && res.is_speech_verb(&p.lower).is_none()
            })
            && tokens
                .get(k + 1)
                .is_none_or(|n| matches!(n.lower.as_str(), "." | ","));
        if asked || compared || relative {
            continue;
        }
        if unnamed_reporter
            && subject
                .as_ref()
                .is_some_and(|s| s.kind == MentionKind::Pronoun)
        {
            return Found::Nothing;
        }
        unnamed_reporter |= verb && !according && !infinitive && subject.is_none();
        // "Business groups along the route favor light rail, which they say would draw
        // shoppers": "they" inside a relative clause is the group that opens the
        // sentence, whoever spoke before.
        if subject
            .as_ref()
            .is_some_and(|s| relative_they_of_opening_group(doc, tokens, s, res))
        {
            return Found::Group;
        }
        if let Some(mut subject) = subject {
            // "In Solberg's view": the possessor holds the view.
            if let Some(name) = possessor(&subject.name).map(str::to_string) {
                let suffix = subject.name.len() - name.len();
                subject.name = name;
                subject.span = Span::new(subject.span.start, subject.span.end - suffix);
            }
            // "emphasized this." points back; "warned that the cap ..." introduces a
            // clause: the demonstrative must end the clause.
            let points_back = tokens
                .get(k + 1)
                .is_some_and(|n| DEMONSTRATIVES.contains(&n.lower.as_str()))
                && tokens.get(k + 2).is_none_or(|n| !n.is_word);
            return Found::Speaker(subject, t.span, points_back);
        }
    }
    Found::Nothing
}

/// Whether `subject` is "they" right after "which" or "that", in a sentence whose first
/// few words hold a word for a group of people ("Business groups along the route").
fn relative_they_of_opening_group(
    doc: &Document,
    tokens: &[Token],
    subject: &Subject,
    res: &Resources,
) -> bool {
    /// Words of the opening subject.
    const SUBJECT_WORDS: usize = 6;
    let they = subject.kind == MentionKind::Pronoun
        && doc.slice(subject.span).eq_ignore_ascii_case("they");
    let relative = tokens
        .iter()
        .rposition(|t| t.span.end <= subject.span.start)
        .is_some_and(|p| matches!(tokens[p].lower.as_str(), "which" | "that"));
    let opening_group = tokens
        .iter()
        .take_while(|t| t.is_word)
        .take(SUBJECT_WORDS)
        .any(|t| res.titles.get(&t.lower) == Some(&TitleClass::Group));
    they && relative && opening_group
}

/// "The Ministry of Education will cap fee increases ..., it said on the 5th, after
/// ...": "it" or "they" after a comma, attributing what the sentence's opening
/// organisation will do, is that organisation, whoever spoke before.
fn own_subject_for_pronoun(
    doc: &Document,
    i: usize,
    tokens: &[Token],
    subject: Subject,
    res: &Resources,
) -> Subject {
    let pronoun = subject.kind == MentionKind::Pronoun
        && matches!(
            doc.slice(subject.span).to_lowercase().as_str(),
            "it" | "they"
        );
    let after_comma = tokens
        .iter()
        .rposition(|t| t.span.end <= subject.span.start)
        .is_some_and(|p| tokens[p].lower == ",");
    if !(pronoun && after_comma) {
        return subject;
    }
    // Not a name of one word: a capital opening a sentence ("Healthy adults ...") is
    // no organisation. A description of one is ("The health ministry will give ...,
    // it said").
    opening_subject(doc, i, res)
        .filter(|o| {
            matches!(o.kind, MentionKind::Name | MentionKind::Description)
                && o.organisation
                && o.span.end <= subject.span.start
        })
        .unwrap_or(subject)
}

/// The comma before an attribution that closes the sentence (", said Yang Hong-seok
/// of the law firm Jipyong.", ", he said."): a verb of speech, not a participle, first
/// or last of the few words after the sentence's last comma, which end it.
fn closing_attribution(tokens: &[Token], res: &Resources) -> Option<usize> {
    /// Words after the comma.
    const ATTRIBUTION_WORDS: usize = 10;
    let comma = tokens.iter().rposition(|t| t.lower == ",")?;
    let tail = &tokens[comma + 1..];
    let words = tail.iter().take_while(|t| t.is_word).count();
    let ends = tail[words..]
        .iter()
        .all(|t| matches!(t.lower.as_str(), "." | "!"));
    // The verb opens the attribution (", said Yang ...") or closes it (", he said."):
    // ", a lawyer who advises the coalition." describes.
    let speech = [tail.first(), tail[..words].last()]
        .into_iter()
        .flatten()
        .any(|t| {
            !t.lower.ends_with("ing") && res.is_speech_verb(&t.lower) == Some(VerbClass::Speech)
        });
    // ", which the council rejected.": a relative clause is said of the noun before it.
    let relative = tail
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whom"));
    (words > 0 && words <= ATTRIBUTION_WORDS && ends && speech && !relative).then_some(comma)
}

/// Whether the verb at `k` is a participle ("warning") after a lower-case word that is
/// no auxiliary ("is", "were", "been") and no comma: a modifier, with no subject of its
/// own before it.
fn bare_participle(doc: &Document, tokens: &[Token], k: usize) -> bool {
    const AUXILIARIES: [&str; 9] = ["is", "are", "was", "were", "be", "been", "am", "'s", "’s"];
    // "offer a further warning.": a noun, with a determiner or an adjective before it
    // and nothing reported after it.
    const BEFORE_NOUNS: [&str; 12] = [
        "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "further", "no",
    ];
    k > 0
        && tokens[k].lower.ends_with("ing")
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_word || doc.in_speech_quote(n.span.end))
        && !BEFORE_NOUNS.contains(&tokens[k - 1].lower.as_str())
        && tokens[k - 1].is_word
        && !is_capitalized(doc.slice(tokens[k - 1].span))
        && !AUXILIARIES.contains(&tokens[k - 1].lower.as_str())
}

/// The verb of speech at `k` shares the opening subject of its sentence: a participle
/// after a comma ("Mayor Oh renewed his call for ..., saying households cannot afford
/// it"; not "..., adding to the pressure", which reports no words), or a verb in the
/// present or past after "and" or "but" ("Gyeonggi has its own program, and says the
/// card ...", "It found ..., but warned against ...").
fn shared_opening_subject(doc: &Document, i: usize, k: usize, res: &Resources) -> Option<Subject> {
    let tokens = doc.sentence_tokens(i);
    let participle = tokens[k].lower.ends_with("ing");
    let after_comma = k > 0 && doc.slice(tokens[k - 1].span) == ",";
    // "..., threatening to refuse overtime": a participle of promise reports its "to".
    let promises = matches!(
        tokens[k].lower.as_str(),
        "threatening" | "pledging" | "vowing" | "promising"
    );
    let reports = promises || tokens.get(k + 1).is_none_or(|n| n.lower != "to");
    let after_and = k > 0 && matches!(tokens[k - 1].lower.as_str(), "and" | "but");
    let shares = if participle {
        after_comma && reports
    } else {
        after_and
    };
    shares.then(|| opening_subject(doc, i, res)).flatten()
}

/// The token after the comma that closes an opening subordinate clause ("When the
/// government announced ..., "), or 0. Not in a sentence that opens inside a quotation
/// ("If the city wants cars off the street, it should ...,\" said Oh Se-jin, who ..."):
/// the clause is the speaker's, and the narration's first comma may follow the verb.
fn subordinate_clause_end(doc: &Document, tokens: &[Token]) -> usize {
    let opens = tokens.first().is_some_and(|t| {
        (SUBORDINATORS.contains(&t.lower.as_str())
            || TIME_CLAUSE_OPENINGS.iter().any(|o| phrase_at(tokens, 0, o)))
            && !doc.in_speech_quote(t.span.start)
    });
    if !opens {
        return 0;
    }
    tokens
        .iter()
        .position(|t| !t.is_word && doc.slice(t.span) == "," && !doc.in_speech_quote(t.span.start))
        .map_or(0, |c| c + 1)
}

/// What a sentence says about its source.
enum Found {
    /// A speech or belief verb, its subject, and whether it points back.
    Speaker(Subject, Span, bool),
    /// Views reported from an unnamed group ("officials said").
    Group,
    Nothing,
}

/// Words of the party between ", as" and what it proposed.
const AS_ASIDE_WORDS: usize = 5;

/// "has advised three governments on energy pricing": advice given on a subject, no
/// words of it reported (an interviewee's background, not a statement).
fn advised_on(doc: &Document, tokens: &[Token], k: usize) -> bool {
    /// Tokens of the object between the verb and "on".
    const OBJECT_TOKENS: usize = 9;
    // "advises the Ministry of Trade, Industry and Energy on ...": a comma inside a
    // name goes on with it.
    let object: Vec<&Token> = tokens[k + 1..]
        .iter()
        .enumerate()
        .take(OBJECT_TOKENS + 1)
        .take_while(|&(j, t)| {
            (t.is_word && !matches!(t.lower.as_str(), "to" | "that" | "against"))
                || (t.lower == ","
                    && tokens
                        .get(k + 2 + j)
                        .is_some_and(|n| n.is_word && is_capitalized(doc.slice(n.span))))
        })
        .map(|(_, t)| t)
        .collect();
    // "has advised three health ministers.": a career's advice, with whom it was given
    // to and nothing of what it said.
    let career = k > 0
        && matches!(tokens[k - 1].lower.as_str(), "has" | "have" | "had")
        && tokens
            .get(k + 1 + object.len())
            .is_none_or(|t| matches!(t.lower.as_str(), "." | "," | ";"));
    tokens[k].lower.starts_with("advis") && (object.iter().any(|t| t.lower == "on") || career)
}

/// "We asked Oh Jae-hyun, a professor at ..., what he thinks of the idea": a verb in
/// the question someone was asked reports nothing they said ("Asked whether Seoul
/// would retaliate, Ahn said" reports after the question's comma).
fn asked_about(tokens: &[Token], k: usize) -> bool {
    /// Tokens from "asked" to the question word (the person asked and a description).
    const ASKED_TOKENS: usize = 16;
    let Some(question) = tokens[..k]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "what" | "whether" | "how" | "why" | "if"))
    else {
        return false;
    };
    !tokens[question..k].iter().any(|t| t.lower == ",")
        && tokens[question.saturating_sub(ASKED_TOKENS)..question]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "asked" | "ask" | "asks" | "asking"))
}

/// Whether the verb at `k` follows a quotation (within two tokens): `"...," said Kim`.
fn follows_quote(doc: &Document, tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[..k]
            .iter()
            .rev()
            .take(2)
            .any(|t| !t.is_word && matches!(doc.slice(t.span), "\"" | "”" | "'" | "’"))
}

/// `"...," said a resident of the town`, `said one farmer`: an indefinite description
/// right after the verb that follows a quotation names no one.
fn unnamed_after_quote(doc: &Document, tokens: &[Token], k: usize) -> bool {
    // Not `"...," Rhee told a news conference`: the verb comes right after the quotation.
    k > 0
        && !tokens[k - 1].is_word
        && follows_quote(doc, tokens, k)
        && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "one"))
        && tokens
            .get(k + 2)
            .is_some_and(|t| t.is_word && !is_capitalized(doc.slice(t.span)))
}

/// `"...," said Kim`: a name right after the verb, the verb right after a quotation;
/// or `Fares would rise, said Yoo, a professor at ...`: the verb after the comma that
/// closes a reported clause, its name (and an appositive) closing the sentence.
fn inverted_subject(
    doc: &Document,
    tokens: &[Token],
    k: usize,
    res: &Resources,
) -> Option<Subject> {
    // "said the association's chairman, Moon Yong-seok": the name in apposition after
    // the role, not the organisation whose role it is.
    let appositive_name = || {
        /// Words of the role before the comma.
        const ROLE_WORDS: usize = 5;
        let comma = tokens[k + 1..]
            .iter()
            .take(ROLE_WORDS + 1)
            .position(|t| t.lower == ",")
            .map(|p| k + 1 + p)?;
        let role_only = comma > k + 1
            && tokens[k + 1..comma]
                .iter()
                .all(|t| t.is_word || t.lower.ends_with("'s"))
            && res.is_role(&tokens[comma - 1].lower);
        if !role_only {
            return None;
        }
        let name = name_after(doc, tokens, comma + 1, res).filter(|s| !s.organisation)?;
        let after = tokens.iter().find(|t| t.span.start >= name.span.end);
        after
            .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | "!"))
            .then_some(name)
    };
    // "said Baek Ho, the company's president.": the person's description follows.
    let described = |subject: Subject| {
        let description = subject.description.clone().or_else(|| {
            let after = tokens
                .iter()
                .position(|t| t.span.start >= subject.span.end)?;
            closing_description(doc, tokens, after, res)
        });
        Subject {
            description,
            ..subject
        }
    };
    if follows_quote(doc, tokens, k) {
        return appositive_name()
            .or_else(|| name_after(doc, tokens, k + 1, res).map(described))
            .or_else(|| identified_as(doc, tokens, k + 1, res));
    }
    /// Words of the reported clause before the comma, at least.
    const REPORT_WORDS: usize = 4;
    let closes_report = k > 0
        && tokens[k - 1].lower == ","
        && !tokens[k].lower.ends_with("ing")
        && res.is_speech_verb(&tokens[k].lower) == Some(VerbClass::Speech)
        && tokens[..k - 1].iter().filter(|t| t.is_word).count() >= REPORT_WORDS;
    if !closes_report {
        return None;
    }
    if let Some(name) = appositive_name() {
        return Some(name);
    }
    let subject = name_after(doc, tokens, k + 1, res)?;
    let after = tokens.iter().position(|t| t.span.start >= subject.span.end);
    // "said Yang Hong-seok of the law firm Jipyong.": a short phrase of affiliation may
    // close the sentence after the name.
    /// Words of the phrase of affiliation.
    const AFFILIATION_WORDS: usize = 8;
    let affiliation = |a: usize| {
        tokens[a].lower == "of"
            && tokens[a + 1..].iter().take_while(|t| t.is_word).count() <= AFFILIATION_WORDS
            && tokens[a + 1..]
                .iter()
                .find(|t| !t.is_word)
                .is_none_or(|t| matches!(t.lower.as_str(), "." | "!"))
    };
    after
        .is_none_or(|a| matches!(tokens[a].lower.as_str(), "," | "." | "!") || affiliation(a))
        .then(|| described(subject))
}

/// "One resident, who gave her name only as Mrs. Baek,": the name that a relative
/// clause opened after the comma at `open` gives its person.
fn named_in_clause(
    doc: &Document,
    tokens: &[Token],
    open: usize,
    res: &Resources,
) -> Option<Subject> {
    (tokens.get(open + 1)?.lower == "who")
        .then(|| identified_as(doc, tokens, open + 2, res))
        .flatten()
}

/// "One resident", "A 64-year-old shop owner", "One of the residents": an indefinite
/// description of one person, all of `words` from the start of its clause.
fn indefinite_person(doc: &Document, words: &[Token], res: &Resources) -> bool {
    /// Words of the description after its article.
    const DESCRIPTION_WORDS: usize = 4;
    let from = words
        .iter()
        .rposition(|t| !t.is_word && t.lower != "-")
        .map_or(0, |c| c + 1);
    let Some((article, rest)) = words[from..].split_first() else {
        return false;
    };
    let last = rest.last();
    matches!(article.lower.as_str(), "a" | "an" | "one" | "another")
        && (1..=DESCRIPTION_WORDS).contains(&rest.len())
        && rest
            .iter()
            .all(|t| t.lower == "-" || (t.is_word && !is_capitalized(doc.slice(t.span))))
        && (last.is_some_and(|t| {
            res.titles.get(&t.lower) != Some(&TitleClass::Group)
                && t.lower != "group"
                && !res.organisation_words.contains(&t.lower)
                && !res.company_nouns.contains(&t.lower)
        })
            // "One of the residents, Baek Mi-ja, said".
            || (article.lower == "one" && rest[0].lower == "of"))
}

/// "wrote a reader who signed as Jiho from Mapo", "said a resident identified only as
/// Kim": the name a description after the verb gives its person.
fn identified_as(
    doc: &Document,
    tokens: &[Token],
    start: usize,
    res: &Resources,
) -> Option<Subject> {
    /// Words of the description before "as".
    const DESCRIPTION_WORDS: usize = 8;
    let at = tokens[start..]
        .iter()
        .take(DESCRIPTION_WORDS + 1)
        .take_while(|t| t.is_word)
        .position(|t| t.lower == "as")
        .map(|p| start + p)?;
    let naming = tokens[start..at].iter().rev().take(2).any(|t| {
        matches!(
            t.lower.as_str(),
            "signed" | "identified" | "known" | "named" | "introduced" | "name"
        )
    });
    naming
        .then(|| name_after(doc, tokens, at + 1, res))
        .flatten()
        .filter(|s| s.kind == MentionKind::Name)
}

fn subject_before(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> Option<Subject> {
    let mut j = k;
    loop {
        // "The union on Monday proposed": a phrase of time between subject and verb.
        if let Some(len) = res.time_phrase_before(tokens, j) {
            j -= len;
            continue;
        }
        // "has been lobbying for", "was arguing that": the auxiliaries of a verb in
        // "-ing" (not of a participle: "Kim was told" reports the teller).
        let progressive = tokens[k].lower.ends_with("ing");
        let intervening = j > 0 && {
            let t = &tokens[j - 1];
            t.is_word
                && !is_capitalized(doc.slice(t.span))
                && (INTERVENING.contains(&t.lower.as_str())
                    || (progressive && matches!(t.lower.as_str(), "was" | "were" | "been"))
                    || (t.lower.ends_with("ly") && t.lower.len() > 4))
        };
        if !intervening {
            break;
        }
        j -= 1;
    }
    // "The citizens' committee that forced the referendum had argued": past a short
    // relative clause without commas to the noun it describes.
    /// Words of the relative clause.
    const RELATIVE_WORDS: usize = 6;
    if let Some(r) = (j.saturating_sub(RELATIVE_WORDS + 1)..j).rev().find(|&r| {
        r > 0
            && matches!(tokens[r].lower.as_str(), "that" | "who")
            && tokens[r..j].iter().all(|t| t.is_word)
            && (res.organisation_words.contains(&tokens[r - 1].lower)
                || res.is_role(&tokens[r - 1].lower)
                || is_capitalized(doc.slice(tokens[r - 1].span)))
    }) {
        j = r;
    }
    // "The People's Solidarity ..., however, said": a connective between commas.
    if j >= 3
        && tokens[j - 1].lower == ","
        && let Some(open) = tokens[..j - 1].iter().rposition(|t| t.lower == ",")
        && connective_at(tokens, open + 1) == Some(j - 2 - open)
    {
        j = open;
    }
    // "the Korea Development Institute (KDI) said": the acronym in parentheses; "Kim
    // Seon-hee (38) said": the age.
    if j >= 3
        && tokens[j - 1].lower == ")"
        && tokens[j - 3].lower == "("
        && (doc
            .slice(tokens[j - 2].span)
            .chars()
            .all(|c| c.is_uppercase() || c == '-')
            || is_age(&tokens[j - 2]))
    {
        j -= 3;
    }
    if j == 0 {
        return None;
    }
    let prev = &tokens[j - 1];
    // "I think", "we believe": the first person is whoever the context gives the
    // words to (the interviewee of an answer, the speaker of a quotation).
    if matches!(prev.lower.as_str(), "i" | "we") {
        return None;
    }
    if prev.is_word
        && res.pronouns.contains_key(&prev.lower)
        && prev.lower != "her"
        && prev.lower != "him"
    {
        return Some(Subject::pronoun(prev.span));
    }
    if !prev.is_word && doc.slice(prev.span) == "," {
        return appositive_subject(doc, tokens, j - 1, res);
    }
    if let Some(organisation) = unnamed_spokesperson(doc, tokens, j) {
        return Some(organisation);
    }
    // "Bae's office said", "the minister's spokesperson said": the one whose office
    // speaks (the possessive is taken off with the others').
    let speaks_for_owner = SPOKESPEOPLE.contains(&prev.lower.as_str())
        || matches!(prev.lower.as_str(), "office" | "campaign" | "aides");
    let possessive = j >= 2 && possessor(&tokens[j - 2].lower).is_some();
    if speaks_for_owner && possessive && is_capitalized(doc.slice(tokens[j - 2].span)) {
        return name_ending_at(doc, tokens, j - 1, res, None);
    }
    // "The institute's researchers said": the organisation described before them.
    if possessive
        && j >= 3
        && (speaks_for_owner
            || matches!(
                prev.lower.as_str(),
                "researchers" | "officials" | "staff" | "experts" | "economists"
            ))
        && let Some(described) = described_after(tokens, j - 3, res)
    {
        return Some(described);
    }
    // "the union", "The metal workers' union": a determiner, a few lower-case words,
    // an organisation word or a role.
    let plain = |t: &Token| {
        (t.is_word && !is_capitalized(doc.slice(t.span))) || matches!(t.lower.as_str(), "'" | "’")
    };
    // "The Seoul Metro labor union": an organisation described by a lower-case noun
    // after the name of what it belongs to.
    // "The operator said": a generic noun for a business describes one too.
    let organisation_noun =
        res.organisation_words.contains(&prev.lower) || res.company_nouns.contains(&prev.lower);
    // "The Korean Teachers and Education Workers' Union's Gangwon branch said": the part
    // of a named organisation is described after its owner's possessive, however long
    // the owner's name.
    let owned_part = || {
        let d = (j.saturating_sub(1 + NAMED_OWNER_WORDS)..j - 1)
            .rev()
            .find(|&d| tokens[d].lower == "the")?;
        let between = &tokens[d + 1..j - 1];
        let name_word = |t: &Token| {
            (t.is_word && is_capitalized(doc.slice(t.span)))
                || matches!(t.lower.as_str(), "and" | "of" | "'" | "’")
        };
        let owned = between
            .iter()
            .any(|t| possessor(&t.lower).is_some() || matches!(t.lower.as_str(), "'" | "’"));
        (organisation_noun && owned && between.iter().all(name_word)).then_some(d)
    };
    // The apostrophe of a possessive plural is a token but no word ("The Yeongjong
    // Island residents' council said").
    let apostrophes = tokens[j.saturating_sub(2 + DESCRIPTION_WORDS)..j - 1]
        .iter()
        .filter(|t| matches!(t.lower.as_str(), "'" | "’"))
        .count();
    let described_determiner = (j.saturating_sub(1 + DESCRIPTION_WORDS + apostrophes)..j - 1)
        .rev()
        .find(|&d| matches!(tokens[d].lower.as_str(), "the" | "their" | "its" | "our"));
    let owner_named = described_determiner.is_none();
    let determiner = described_determiner.or_else(owned_part);
    let described = determiner.is_some_and(|d| {
        tokens[d + 1..j - 1]
            .iter()
            .all(|t| plain(t) || (organisation_noun && t.is_word))
    }) && !is_capitalized(doc.slice(prev.span))
        && (organisation_noun || res.is_role(&prev.lower));
    let described_from = match determiner.filter(|_| described) {
        Some(d) => {
            // "Rep. Oh Se-jin of the main opposition party said": the person of the
            // organisation, described rather than named.
            if let Some(person) = person_of(
                doc,
                tokens,
                d,
                res,
                Some(doc.text[tokens[d].span.start..prev.span.end].to_string()),
            ) {
                return Some(person);
            }
            // A name is told without its article ("Korea Blind Union's Gwangju branch").
            Some(d + usize::from(owner_named))
        }
        None => None,
    };
    // "Gyeonggi Province's education office has proposed": the part of a named owner
    // with no article, the owner's name opening the clause.
    let owner_without_article = || {
        if !organisation_noun || is_capitalized(doc.slice(prev.span)) {
            return None;
        }
        let lower = |t: &Token| {
            t.is_word && !is_capitalized(doc.slice(t.span)) && possessor(&t.lower).is_none()
        };
        let mut p = j - 1;
        while p > 0 && j - 1 - p < DESCRIPTION_WORDS && lower(&tokens[p - 1]) {
            p -= 1;
        }
        let owner = p.checked_sub(1)?;
        let named = |t: &Token| t.is_word && is_capitalized(doc.slice(t.span));
        if possessor(&tokens[owner].lower).is_none() || !named(&tokens[owner]) {
            return None;
        }
        let mut start = owner;
        while start > 0 && owner - start < NAMED_OWNER_WORDS && named(&tokens[start - 1]) {
            start -= 1;
        }
        (start == 0 || !tokens[start - 1].is_word).then_some(start)
    };
    if let Some(start) = described_from.or_else(owner_without_article) {
        return Some(Subject {
            span: Span::new(tokens[start].span.start, prev.span.end),
            kind: MentionKind::Description,
            name: prev.lower.clone(),
            description: None,
            gender: None,
            organisation: organisation_noun,
        });
    }
    if (organisation_noun || res.titles.get(&prev.lower) == Some(&TitleClass::Group))
        && !is_capitalized(doc.slice(prev.span))
        && let Some(leader) = leading_organisation(doc, tokens, j - 1, res)
    {
        return Some(leader);
    }
    // "someone in Sejong proposes": a place the subject is in, not the subject.
    name_ending_at(doc, tokens, j, res, None).filter(|name| {
        let before = tokens.iter().rposition(|t| t.span.end <= name.span.start);
        !before.is_some_and(|b| {
            tokens[b].lower == "in"
                && b > 0
                && tokens[b - 1].is_word
                && !is_capitalized(doc.slice(tokens[b - 1].span))
        })
    })
}

/// "A spokesperson for the city said", "A spokesperson for Changwon said", "A city
/// spokesperson said": an unnamed spokesperson speaks for the organisation named or
/// described, the subject ending at token `j`.
fn unnamed_spokesperson(doc: &Document, tokens: &[Token], j: usize) -> Option<Subject> {
    /// Words of the organisation after "for" or before the spokesperson's noun.
    const ORGANISATION_WORDS: usize = 4;
    let start = tokens[..j]
        .iter()
        .rposition(|t| !t.is_word)
        .map_or(0, |p| p + 1);
    let words = &tokens[start..j];
    let (article, rest) = words.split_first()?;
    if !matches!(article.lower.as_str(), "a" | "an") || rest.is_empty() {
        return None;
    }
    let described = |name: &str, from: Span, to: Span| Subject {
        span: Span::new(from.start, to.end),
        kind: MentionKind::Description,
        name: name.to_string(),
        description: None,
        gender: None,
        organisation: true,
    };
    let plain = |t: &Token| t.is_word && !is_capitalized(doc.slice(t.span));
    match rest {
        // "A city spokesperson": a description of the organisation before the noun.
        [before @ .., noun]
            if SPOKESPEOPLE.contains(&noun.lower.as_str())
                && !before.is_empty()
                && before.len() <= ORGANISATION_WORDS
                && before.iter().all(plain) =>
        {
            let head = before.last()?;
            Some(described(&head.lower, before[0].span, head.span))
        }
        // "A Naver spokesperson", "A Finance Ministry spokeswoman": the organisation's
        // name before the noun.
        [before @ .., noun]
            if SPOKESPEOPLE.contains(&noun.lower.as_str())
                && !before.is_empty()
                && before.len() <= ORGANISATION_WORDS
                && before.iter().all(|t| is_capitalized(doc.slice(t.span))) =>
        {
            let (first, last) = (before.first()?, before.last()?);
            Some(Subject {
                span: Span::new(first.span.start, last.span.end),
                kind: MentionKind::Name,
                name: doc.text[first.span.start..last.span.end].to_string(),
                description: None,
                gender: None,
                organisation: true,
            })
        }
        // "A spokesperson for the city", "A spokesperson for Changwon".
        [noun, link, organisation @ ..]
            if SPOKESPEOPLE.contains(&noun.lower.as_str())
                && matches!(link.lower.as_str(), "for" | "of" | "at")
                && !organisation.is_empty()
                && organisation.len() <= ORGANISATION_WORDS + 1 =>
        {
            let (first, last) = (organisation.first()?, organisation.last()?);
            if first.lower == "the" && organisation.len() > 1 && organisation[1..].iter().all(plain)
            {
                Some(described(&last.lower, first.span, last.span))
            } else if organisation
                .iter()
                .all(|t| is_capitalized(doc.slice(t.span)))
            {
                Some(Subject {
                    span: Span::new(first.span.start, last.span.end),
                    kind: MentionKind::Name,
                    name: doc.text[first.span.start..last.span.end].to_string(),
                    description: None,
                    gender: None,
                    organisation: true,
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "The Korean Bar Association and 14 regional bar associations issued": the named
/// organisation that leads the others it is joined with, which are only described (by
/// lower-case words up to the group's noun at token `noun`).
fn leading_organisation(
    doc: &Document,
    tokens: &[Token],
    noun: usize,
    res: &Resources,
) -> Option<Subject> {
    let and = (noun.saturating_sub(1 + DESCRIPTION_WORDS)..noun)
        .rev()
        .take_while(|&a| tokens[a].is_word)
        .find(|&a| tokens[a].lower == "and")?;
    if tokens[and + 1..noun]
        .iter()
        .any(|t| is_capitalized(doc.slice(t.span)))
    {
        return None;
    }
    name_ending_at(doc, tokens, and, res, None).filter(|n| n.organisation)
}

/// Words that open a description between commas ("Two board members, whose names were
/// not disclosed, argued"), as a verb does not; an aside opens with one of
/// `CONNECTIVES` ("Pharmacists, meanwhile, object") or "for" ("for their part").
const APPOSITIVE_OPENERS: [&str; 20] = [
    "a",
    "an",
    "the",
    "who",
    "whose",
    "which",
    "its",
    "their",
    "his",
    "her",
    "one",
    "many",
    "most",
    "some",
    "all",
    "both",
    "each",
    "including",
    "for",
    // "Shop owners in older neighborhoods, where streets are narrow, said".
    "where",
];

/// Connectives set between commas after a subject ("The union, however, said", "The
/// union, on the other hand, welcomed").
const CONNECTIVES: [&[&str]; 17] = [
    &["however"],
    &["meanwhile"],
    &["though"],
    &["too"],
    &["instead"],
    &["likewise"],
    &["similarly"],
    &["on", "the", "other", "hand"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["in", "contrast"],
    &["by", "contrast"],
    &["in", "turn"],
    &["in", "response"],
    &["in", "particular"],
];

/// How many tokens the connective that starts at `start` takes.
fn connective_at(tokens: &[Token], start: usize) -> Option<usize> {
    CONNECTIVES
        .iter()
        .find(|c| {
            tokens
                .get(start..start + c.len())
                .is_some_and(|words| c.iter().zip(words).all(|(w, t)| *w == t.lower))
        })
        .map(|c| c.len())
}

/// Whether the word at `k` reports a view only after a group that is its subject:
/// "Opposition leaders fear a referendum would ...": "fear", "fears" and "worry" are
/// verbs of belief (after anything else they are as often nouns, "Their fear is", and
/// `speech_verbs.txt` leaves them out); "Supporters point to Bogota, where gondolas serve
/// as transit": they argue from it.
fn group_view_verb(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> bool {
    let pointing = tokens[k].lower == "point" && tokens.get(k + 1).is_some_and(|t| t.lower == "to");
    (matches!(tokens[k].lower.as_str(), "fear" | "fears" | "worry") || pointing)
        && group_subject(doc, tokens, k, res)
}

/// Whether the words from token `from` name an unnamed source ("officials", "an
/// official at a major bank", "industry sources"): a few words in lower case ending in
/// a group's noun or in "official" or "source".
fn unnamed_after(doc: &Document, tokens: &[Token], from: usize, res: &Resources) -> bool {
    /// Words before the source's noun ("a senior finance ministry").
    const MODIFIER_WORDS: usize = 4;
    let words: Vec<&Token> = tokens
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.is_word)
        .take(MODIFIER_WORDS + 1)
        .collect();
    let source = |t: &Token| {
        res.titles.get(&t.lower) == Some(&TitleClass::Group)
            || matches!(
                t.lower.as_str(),
                "official" | "source" | "sources" | "insider"
            )
    };
    words.iter().position(|t| source(t)).is_some_and(|at| {
        words[..=at]
            .iter()
            .all(|t| !is_capitalized(doc.slice(t.span)))
    })
}

/// Past participles without "-ed" that say what is wanted done to a thing ("wants the
/// airport gone").
const IRREGULAR_PARTICIPLES: [&str; 14] = [
    "gone", "done", "made", "kept", "cut", "built", "shut", "set", "put", "left", "held", "taken",
    "brought", "paid",
];
/// Words of the noun phrase between "wants" and what is wanted done to it.
const WANTED_THING_WORDS: usize = 5;

/// "Rep. Yang wants the airport closed", "The county wants the exemption made
/// permanent": wanting a thing done to something is a stated position, the subject's
/// view as "favors" is. Not "wants the city to ...", whose aim may be the writer's news
/// of a plan.
fn wants_done(tokens: &[Token], k: usize, res: &Resources) -> bool {
    if !matches!(tokens[k].lower.as_str(), "want" | "wants" | "wanted")
        || !tokens
            .get(k + 1)
            .is_some_and(|t| OBJECT_OPENERS.contains(&t.lower.as_str()))
    {
        return false;
    }
    tokens[k + 2..]
        .iter()
        .take(WANTED_THING_WORDS)
        .take_while(|t| t.is_word && t.lower != "to")
        .any(|t| {
            is_past_of(&t.lower, &res.base_verbs)
                || IRREGULAR_PARTICIPLES.contains(&t.lower.as_str())
        })
}

/// "The ministry fears that essays will send parents back to the cram schools": "fear"
/// or "fears" before "that" is a verb of belief after a subject that ends in a name, a
/// pronoun or an organisation's word; after anything else it is a noun ("raised fears
/// that", "the fear that").
fn fears_that(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> bool {
    matches!(tokens[k].lower.as_str(), "fear" | "fears")
        && tokens.get(k + 1).is_some_and(|t| t.lower == "that")
        && k > 0
        && tokens[k - 1].is_word
        && (res.organisation_words.contains(&tokens[k - 1].lower)
            || matches!(tokens[k - 1].lower.as_str(), "he" | "she" | "it" | "they")
            || (k > 1 && is_capitalized(doc.slice(tokens[k - 1].span))))
}

/// Whether the verb at `k` has an unnamed group for subject ("officials said", "Some
/// analysts think", "Labor members of the commission demanded"): the sentence reports
/// views, with no speaker to name.
fn group_subject(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> bool {
    /// Words of a prepositional phrase after the group ("of the commission").
    const PHRASE_WORDS: usize = 4;
    /// Tokens from a group that opens the sentence to the verb.
    const OPENING_GROUP_TOKENS: usize = 14;
    let is_group = |t: &Token| res.titles.get(&t.lower) == Some(&TitleClass::Group);
    // "Two board members, whose names were not disclosed, argued": the group before a
    // clause between commas.
    let mut end = k;
    let mut named_between_commas = false;
    // Not "The association, which represents hospitals, took a position, saying":
    // a verb's phrase between the commas, whose participle reports the opening subject.
    let appositive = |open: usize| {
        tokens.get(open + 1).is_some_and(|t| {
            !t.is_word
                || is_capitalized(doc.slice(t.span))
                || t.lower.starts_with(|c: char| c.is_ascii_digit())
                || APPOSITIVE_OPENERS.contains(&t.lower.as_str())
                || connective_at(tokens, open + 1).is_some()
                || res.titles.contains_key(&t.lower)
        })
    };
    if let Some(comma) = tokens[..k]
        .iter()
        .rposition(|t| !INTERVENING.contains(&t.lower.as_str()))
        .filter(|&c| tokens[c].lower == ",")
        && let Some(open) = opening_comma(tokens, comma)
        && open > 0
        && appositive(open)
    {
        end = open;
        named_between_commas = tokens
            .get(open + 1)
            .is_some_and(|t| t.is_word && is_capitalized(doc.slice(t.span)));
    }
    // "Fishing cooperatives in South Korea welcomed": the group before the place it
    // is in.
    /// Words of the place's name.
    const PLACE_WORDS: usize = 3;
    if let Some(place) = (end.saturating_sub(PLACE_WORDS)..end).find(|&p| {
        tokens[p..end]
            .iter()
            .all(|t| t.is_word && is_capitalized(doc.slice(t.span)))
    }) && place >= 2
        && tokens[place - 1].lower == "in"
        && tokens[place - 2].is_word
        && !is_capitalized(doc.slice(tokens[place - 2].span))
    {
        end = place - 1;
    }
    let mut before = tokens[..end]
        .iter()
        .rev()
        .filter(|t| !INTERVENING.contains(&t.lower.as_str()));
    let Some(last) = before.next() else {
        return false;
    };
    // "Most of them welcome it": a part of a group, whoever the pronoun stands for.
    let mut part = before.clone();
    if matches!(last.lower.as_str(), "them" | "us" | "those")
        && part.next().is_some_and(|t| t.lower == "of")
        && part.next().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "most" | "many" | "some" | "all" | "few" | "half" | "several" | "both" | "none"
            )
        })
    {
        return true;
    }
    // "Confederation of Trade Unions said", "Korea Federation of Banks said": a
    // capitalised group word after another capitalised word, or after a connector of
    // names that follows one, ends a name.
    let capitalised_word =
        |p: usize| tokens[p].is_word && is_capitalized(doc.slice(tokens[p].span));
    let in_name = |t: &Token| {
        is_capitalized(doc.slice(t.span))
            && tokens[..k]
                .iter()
                .rposition(|p| p.span.end <= t.span.start)
                .is_some_and(|p| {
                    capitalised_word(p)
                        // "Federation of Service Workers' Unions".
                        || possessive_in_name(doc, tokens, p)
                        || (p > 0
                            && NAME_CONNECTORS.contains(&tokens[p].lower.as_str())
                            && capitalised_word(p - 1))
                })
    };
    if is_group(last) {
        // "The institute's researchers": an organisation's own people speak for it.
        let owned = before.clone().next().is_some_and(|p| {
            possessor(&p.lower).is_some_and(|w| res.organisation_words.contains(w))
        });
        // "One of the residents, Baek Mi-ja, said": one person of the group, named.
        let one_named = named_between_commas
            && indefinite_person(doc, &tokens[..end], res)
            && all_name_words(doc, tokens[end + 1..].iter().take_while(|t| t.lower != ","));
        let last_at = tokens[..end]
            .iter()
            .rposition(|t| !INTERVENING.contains(&t.lower.as_str()))
            .unwrap_or(0);
        let led = leading_organisation(doc, tokens, last_at, res).is_some();
        // "The associations also warned": the organisations named before, when one of
        // them carries the group's word in its name.
        let named_before = before.clone().next().is_some_and(|d| d.lower == "the")
            && last.lower.strip_suffix('s').is_some_and(|one| {
                res.organisation_words.contains(one)
                    && doc.text[..tokens[0].span.start]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(one) && is_capitalized(w))
            });
        // "will let restaurants admit pet dogs": the object of a verb that lets or
        // makes it act.
        let caused = before.clone().next().is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "let" | "lets" | "letting" | "make" | "makes" | "made" | "help" | "helps"
            )
        });
        return !in_name(last) && !owned && !one_named && !led && !named_before && !caused;
    }
    // "The tourism industry welcomed", "the medical community said": a whole trade or
    // profession, in lower case, speaks as a group.
    let second = before.clone().next();
    if matches!(last.lower.as_str(), "industry" | "sector" | "community")
        && !is_capitalized(doc.slice(last.span))
        && second.is_some_and(|t| t.is_word && !is_capitalized(doc.slice(t.span)))
    {
        return true;
    }
    // "an official said", "a state-run think tank recommended", "An FSC official, who
    // asked not to be named, said": an indefinite description names no one (unless the
    // clause between commas is the name: "A ruling party lawmaker, Kim Min-su, said").
    let described: Vec<&Token> = tokens[..end]
        .iter()
        .rev()
        .filter(|t| !INTERVENING.contains(&t.lower.as_str()))
        .take_while(|t| {
            (t.is_word && (!is_capitalized(doc.slice(t.span)) || !named_between_commas))
                // "A patients' group welcomed": the apostrophe of a plural's possessive.
                || matches!(t.lower.as_str(), "-" | "'" | "’" | "a" | "an" | "another" | "one")
        })
        .take(DESCRIPTION_WORDS + 3)
        .collect();
    // "Another group, Parents for Digital Rights, said": the name between the commas
    // speaks.
    let name_between = (named_between_commas
        && appositive_name_end(doc, tokens, end + 1).is_some())
        || named_in_clause(doc, tokens, end, res).is_some();
    // "An executive at one battery maker said": the article that opens the
    // description, not one inside its phrase.
    if let Some(p) = described
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "a" | "an" | "another" | "one"))
        && p > 0
        && !name_between
    {
        let opens_clause = tokens[..end]
            .iter()
            .rposition(|t| t.span.start < described[p].span.start)
            .is_none_or(|b| !tokens[b].is_word || tokens[b].lower == "that");
        // "An official at the Ministry of Education said", "An official of the Rural
        // Development Administration told": an organisation named in full, or named
        // before and taken up again ("at the ministry"), speaks through its official or
        // spokesperson (one who asked not to be named, in a clause between commas, stays
        // unnamed; an analyst at a firm speaks for no firm).
        let named_organisation = end == k
            && described[..p]
                .iter()
                // The preposition right after the role: "of" may recur inside the
                // name ("the Ministry of Education").
                .rposition(|t| matches!(t.lower.as_str(), "at" | "from" | "of"))
                .is_some_and(|q| {
                    q > 0
                        && described.get(q + 1).is_some_and(|role| {
                            role.lower == "official" || SPOKESPEOPLE.contains(&role.lower.as_str())
                        })
                        && ((is_capitalized(doc.slice(described[0].span))
                            && described[..q].iter().all(|t| {
                                is_capitalized(doc.slice(t.span))
                                    || matches!(t.lower.as_str(), "the" | "of" | "and")
                            }))
                            || (q == 2
                                && described[1].lower == "the"
                                && res.organisation_words.contains(&described[0].lower)))
                });
        if opens_clause && !named_organisation {
            return true;
        }
    }
    // "Owners of farmhouses inherited in villages that are emptying will say": a group
    // that opens the sentence, with the phrase that qualifies it, however long (and a
    // clause between commas after it: "Universities outside Seoul, which ..., have").
    // "Small business owners who deliver to shops in Jongno ... say": past a word or
    // two that qualify the group before it.
    /// Words before the group's noun.
    const GROUP_MODIFIERS: usize = 2;
    let from = after_dateline(tokens);
    let opening = (from..tokens.len())
        .find(|&o| tokens[o].is_word)
        .and_then(|o| {
            (o..=o + GROUP_MODIFIERS).find(|&f| {
                f + 1 < end
                    && tokens[o..=f].iter().all(|t| t.is_word)
                    && is_group(&tokens[f])
                    && !in_name(&tokens[f])
            })
        });
    if let Some(f) = opening
        && matches!(
            tokens[f + 1].lower.as_str(),
            "of"
                | "in"
                | "from"
                | "who"
                | "with"
                | "near"
                | "around"
                | "along"
                | "outside"
                // "Advocates for the elderly slammed the decision" (not "Citizens for
                // Daegu Transit", a name).
                | "for"
        )
        && (tokens[f + 1].lower != "for"
            || tokens
                .get(f + 2)
                .is_some_and(|t| !is_capitalized(doc.slice(t.span))))
        && end - f <= OPENING_GROUP_TOKENS
        && tokens[f..end].iter().all(|t| t.is_word)
    {
        return true;
    }
    // "members of the commission", "owners in the provinces", "people familiar with
    // the matter": the group before a short phrase that qualifies it.
    let words: Vec<&Token> = std::iter::once(last)
        .chain(before)
        .take(PHRASE_WORDS + 2)
        .take_while(|t| t.is_word)
        .collect();
    words.windows(2).take(PHRASE_WORDS).any(|w| {
        matches!(
            w[0].lower.as_str(),
            "of" | "at"
                | "from"
                | "in"
                | "near"
                | "around"
                | "familiar"
                | "close"
                | "briefed"
                | "with"
        ) && is_group(w[1])
    })
}

/// The comma that opens the clause or appositive closed by the comma at `comma`
/// ("Kim, a lawyer, said"), within `APPOSITIVE_MAX_TOKENS`.
fn opening_comma(tokens: &[Token], comma: usize) -> Option<usize> {
    let commas: Vec<usize> = (comma.saturating_sub(APPOSITIVE_MAX_TOKENS)..comma)
        .rev()
        .filter(|&j| tokens[j].lower == ",")
        .collect();
    let nearest = *commas.first()?;
    // "The association, which represents Naver, Kakao and smaller platforms, warned":
    // the commas of a list inside a relative clause; the last item joins with "and".
    let ends_a_list = tokens[nearest + 1..comma]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "and" | "or"));
    let relative = commas.iter().copied().find(|&j| {
        tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whose"))
    });
    Some(match relative {
        Some(open) if ends_a_list => open,
        _ => nearest,
    })
}

/// Whether the words of an appositive (after its opening comma) describe what comes
/// before it: an article or a possessive ("a research fellow at X", "the company's
/// president"), a relative clause, a role, perhaps modified ("managing director"), or
/// where the person belongs ("of the law firm X", "also of the Democratic Party").
fn opens_description(doc: &Document, words: &[Token], res: &Resources) -> bool {
    /// Lower-case words before a role that opens an appositive ("managing director",
    /// "acting president of").
    const ROLE_MODIFIERS: usize = 2;
    let Some(first) = words.first() else {
        return false;
    };
    let role = |t: &Token| res.is_role(&t.lower);
    let modified_role = words
        .iter()
        .take(ROLE_MODIFIERS + 1)
        .take_while(|t| t.is_word && !is_capitalized(doc.slice(t.span)))
        .any(role);
    let affiliation = first.lower == "of"
        || (first.lower == "also" && words.get(1).is_some_and(|t| t.lower == "of"));
    matches!(
        first.lower.as_str(),
        "a" | "an" | "the" | "who" | "whose" | "which" | "its" | "their" | "his" | "her"
    ) || role(first)
        || modified_role
        || affiliation
        || one_of_kind(words)
}

/// Whether the words of an appositive open with "one of" ("Swing, one of the largest
/// operators,"): one of a kind, named in the plural, described.
fn one_of_kind(words: &[Token]) -> bool {
    matches!(words, [one, of, ..] if one.lower == "one" && of.lower == "of")
}

/// Whether a token is a number standing alone, as a person's age does ("Choi
/// Young-hee, 67,").
fn is_age(t: &Token) -> bool {
    t.lower.chars().all(|c| c.is_ascii_digit())
}

/// `..., said Baek Ho, the company's president.`: the description in apposition after
/// a name that closes its sentence, from the comma at token `comma` (an age before it
/// is skipped: "said Lee Ji-hye, 29, who rides Line 2").
fn closing_description(
    doc: &Document,
    tokens: &[Token],
    comma: usize,
    res: &Resources,
) -> Option<String> {
    /// Words of the description.
    const CLOSING_DESCRIPTION_WORDS: usize = 16;
    let open = if is_age(tokens.get(comma + 1)?)
        && tokens.get(comma + 2).is_some_and(|t| t.lower == ",")
    {
        comma + 2
    } else {
        comma
    };
    if tokens.get(open)?.lower != "," {
        return None;
    }
    // To the sentence's last stop, with nothing but words and possessives between.
    let words = &tokens[open + 1..];
    let end = words
        .iter()
        .position(|t| !(t.is_word || t.lower.ends_with("'s") || t.lower == "-"))
        .unwrap_or(words.len());
    let closes = words[end..]
        .iter()
        .all(|t| matches!(t.lower.as_str(), "." | "!"));
    (closes
        && (1..=CLOSING_DESCRIPTION_WORDS).contains(&end)
        && opens_description(doc, &words[..end], res))
    .then(|| doc.text[words[0].span.start..words[end - 1].span.end].to_string())
}

/// Where the name ends that opens an appositive at token `from`, up to its closing
/// comma: all of it ("Kim Min-su,"), or the name before a phrase of where the person
/// works ("Ryu Sang-min of the road management division,").
fn appositive_name_end(doc: &Document, tokens: &[Token], from: usize) -> Option<usize> {
    let comma = from + tokens.get(from..)?.iter().position(|t| t.lower == ",")?;
    let end = (from + 1..comma)
        .find(|&k| matches!(tokens[k].lower.as_str(), "of" | "from" | "at"))
        .unwrap_or(comma);
    (end > from && all_name_words(doc, tokens[from..end].iter())).then_some(end)
}

/// `NAME, a research fellow at X, said`: the name before the appositive between commas.
fn appositive_subject(
    doc: &Document,
    tokens: &[Token],
    comma: usize,
    res: &Resources,
) -> Option<Subject> {
    let age = |k: usize| is_age(&tokens[k]);
    let mut open = opening_comma(tokens, comma)?;
    // "Oh's wife, Jeong Mal-soon, is less sure": the relative named between the commas.
    if open >= 2
        && open + 1 < comma
        && possessor(&tokens[open - 2].lower).is_some()
        && let Some(gender) = relative_gender(&tokens[open - 1].lower)
        && all_name_words(doc, tokens[open + 1..comma].iter())
    {
        let span = Span::new(tokens[open + 1].span.start, tokens[comma - 1].span.end);
        return Some(Subject {
            span,
            kind: MentionKind::Name,
            name: doc.slice(span).to_string(),
            description: Some(
                doc.text[tokens[open - 2].span.start..tokens[open - 1].span.end].to_string(),
            ),
            gender: Some(gender),
            organisation: false,
        });
    }
    // "Choi Young-hee, 67, said": an age is all the appositive holds.
    if comma == open + 2 && age(open + 1) {
        return name_ending_at(doc, tokens, open, res, None);
    }
    // The name that ends at token `name_end`, before an age and the appositive that
    // opens after token `open`.
    let aged_name = |open: usize, name_end: usize| {
        let description =
            doc.text[tokens[open + 1].span.start..tokens[comma - 1].span.end].to_string();
        name_ending_at(doc, tokens, name_end, res, Some(description))
    };
    // "Kwon Tae-min, 52, who runs a guesthouse, said": an age between the name and the
    // appositive.
    if open >= 3 && open + 1 < comma && age(open - 1) && tokens[open - 2].lower == "," {
        if let Some(name) = aged_name(open, open - 2) {
            return Some(name);
        }
        open -= 2;
    }
    // "Kim Seon-hee (38), who sends her child ..., said": the age in parentheses, as
    // papers translated from Korean give it.
    if open >= 4
        && open + 1 < comma
        && tokens[open - 1].lower == ")"
        && age(open - 2)
        && tokens[open - 3].lower == "("
        && let Some(name) = aged_name(open, open - 3)
    {
        return Some(name);
    }
    let first = tokens.get(open + 1)?;
    if open + 1 >= comma {
        return None;
    }
    if opens_description(doc, &tokens[open + 1..comma], res) {
        let description = doc.text[first.span.start..tokens[comma - 1].span.end].to_string();
        // "Coupang, the country's largest online retailer,": a description whose head
        // noun (its last word, with no phrase after it) is a business or an organisation
        // describes one.
        // A relative clause says what the subject does, so its last word is no head
        // noun ("Rep. Lim, who represents a Daegu district,"); "which" speaks of no
        // person.
        let head = &tokens[comma - 1];
        // "one of the largest operators": the kind named in the plural.
        let (kind, phrase_from) = if one_of_kind(&tokens[open + 1..comma]) {
            (
                head.lower.strip_suffix('s').unwrap_or(&head.lower),
                open + 3,
            )
        } else {
            (head.lower.as_str(), open + 1)
        };
        let organisation = first.lower == "which"
            || (first.lower != "who"
                && !is_capitalized(doc.slice(head.span))
                && (res.organisation_words.contains(kind) || res.company_nouns.contains(kind))
                && !tokens[phrase_from.min(comma - 1)..comma - 1]
                    .iter()
                    // "a city council member from the opposition party", "a lawyer on
                    // the bar association's human rights committee": a person.
                    .any(|t| {
                        matches!(
                            t.lower.as_str(),
                            "of" | "at" | "for" | "in" | "with" | "from" | "on"
                        )
                    }));
        if let Some(name) = name_ending_at(doc, tokens, open, res, Some(description)) {
            // "Woowa Brothers, which runs Baemin, the largest app, says": a name that
            // ends a relative clause is its object; the subject stands before the
            // clause.
            let clause = tokens[..open]
                .iter()
                .rposition(|t| t.lower == ",")
                .filter(|&c| {
                    tokens
                        .get(c + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who"))
                });
            if let Some(c) = clause {
                let relative = &tokens[c + 1];
                let description =
                    doc.text[relative.span.start..tokens[open - 1].span.end].to_string();
                if let Some(subject) = name_ending_at(doc, tokens, c, res, Some(description)) {
                    return Some(Subject {
                        organisation: subject.organisation || relative.lower == "which",
                        ..subject
                    });
                }
            }
            return Some(Subject {
                organisation: name.organisation || organisation,
                ..name
            });
        }
        // "One resident, who gave her name only as Mrs. Baek, asked": the name the
        // clause gives.
        if let Some(name) = named_in_clause(doc, tokens, open, res)
            .filter(|n| tokens[comma - 1].span.end == n.span.end)
        {
            return Some(Subject {
                description: Some(
                    doc.text[tokens[0].span.start..tokens[open - 1].span.end].to_string(),
                ),
                ..name
            });
        }
        // "The union, which represents dock workers, said": the subject before a
        // relative clause, as if the verb followed it.
        if matches!(first.lower.as_str(), "which" | "who") {
            return subject_before(doc, tokens, open, res);
        }
    }
    // "Its chairman, Yoo Dong-hwan, argued": the name between the commas, a role
    // before them; or a person described without one, "One resident, Baek Mi-ja,
    // said".
    // "A 34-year-old office worker who gave only his surname, Yoo, said": the name
    // the clause before the commas says was given.
    let name_given = open >= 2
        && matches!(tokens[open - 1].lower.as_str(), "surname" | "name")
        && tokens[open.saturating_sub(5)..open - 1]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "gave" | "gives" | "giving" | "give"));
    let role = name_given
        || open.checked_sub(1).is_some_and(|r| {
            res.is_role(&tokens[r].lower) || indefinite_person(doc, &tokens[..open], res)
        });
    // "Another group, Parents for Digital Rights, said": an organisation's name after
    // a noun for one.
    let organisation = open.checked_sub(1).is_some_and(|r| {
        let noun = tokens[r].lower.as_str();
        noun == "group" || res.organisation_words.contains(noun) || res.company_nouns.contains(noun)
    });
    let name = name_ending_at(doc, tokens, comma, res, None).and_then(|n| {
        if role && n.span.start == first.span.start {
            return Some(n);
        }
        // The whole name between the commas, whatever words for people it holds
        // ("Parents for Digital Rights").
        (organisation && all_name_words(doc, tokens[open + 1..comma].iter())).then(|| {
            let span = Span::new(first.span.start, tokens[comma - 1].span.end);
            Subject {
                name: doc.slice(span).to_string(),
                span,
                organisation: true,
                ..n
            }
        })
    });
    // "A city official, Ryu Sang-min of the road management division, said": the name
    // that opens what follows a role, before the phrase of where the person works.
    let name = name.or_else(|| {
        let end = appositive_name_end(doc, tokens, open + 1).filter(|&e| e < comma)?;
        role.then(|| name_ending_at(doc, tokens, end, res, None))
            .flatten()
            .filter(|n| n.span.start == first.span.start)
    })?;
    let from = tokens[..open]
        .iter()
        .rposition(|t| !t.is_word && doc.slice(t.span) == ",")
        .map_or(0, |c| c + 1);
    let description = doc.text[tokens[from].span.start..tokens[open - 1].span.end].to_string();
    Some(Subject {
        description: Some(description),
        ..name
    })
}

/// Words between an organisation's "on" or "of" and an "or" of its name ("on Smoking
/// or Health").
const ON_SUBJECT_WORDS: usize = 3;

/// "Korean Association on Smoking or Health", "Council on Foreign Relations": whether
/// token `k` is an "on" after an organisation's word, or an "or" in what such an "on"
/// (or "of") opens; a link inside the name.
fn links_organisation_subject(tokens: &[Token], k: usize, res: &Resources) -> bool {
    let of_organisation = |j: usize| {
        j >= 1
            && matches!(tokens[j].lower.as_str(), "on" | "of")
            && res.organisation_words.contains(&tokens[j - 1].lower)
    };
    match tokens[k].lower.as_str() {
        // Not "the Constitutional Court on Thursday".
        "on" => {
            of_organisation(k)
                && res.time_phrase_at(tokens, k).is_none()
                && res.time_phrase_at(tokens, k + 1).is_none()
        }
        "or" => (k.saturating_sub(ON_SUBJECT_WORDS + 1)..k).any(of_organisation),
        _ => false,
    }
}

/// The name (with titles before it) that ends just before token `end`.
fn name_ending_at(
    doc: &Document,
    tokens: &[Token],
    end: usize,
    res: &Resources,
    description: Option<String>,
) -> Option<Subject> {
    let mut start = end;
    while start > 0 {
        let t = &tokens[start - 1];
        let text = doc.slice(t.span);
        let title = res.titles.contains_key(&t.lower);
        // "Ministry of Trade, Industry and Energy": connectors between capitalised words;
        // "Park of the Hanbit Institute"; the period of "Ms. Lee".
        let before = (start >= 2).then(|| &tokens[start - 2]);
        // "Jung Mi-ra of the Department of ... at Ewha Womans University": the place of
        // work of a person, after an organisation's name.
        let at_organisation = t.lower == "at"
            && tokens[start..end]
                .iter()
                .any(|n| res.organisation_words.contains(&n.lower));
        // "American Chamber of Commerce in Korea": the country where an organisation
        // "of" something sits is part of its name.
        let in_country = t.lower == "in" && end - start == 1 && {
            let name_before: Vec<&Token> = tokens[..start - 1]
                .iter()
                .rev()
                .take(4)
                .take_while(|n| n.lower == "of" || is_capitalized(doc.slice(n.span)))
                .collect();
            name_before.iter().any(|n| n.lower == "of")
                && name_before
                    .iter()
                    .any(|n| res.organisation_words.contains(&n.lower))
        };
        let joins = NAME_CONNECTORS.contains(&t.lower.as_str())
            || t.lower == "and"
            || t.lower == ","
            || links_organisation_subject(tokens, start - 1, res)
            || at_organisation
            || in_country;
        let apostrophe = start < end && possessive_in_name(doc, tokens, start - 1);
        // "Korea Electric Power Corp. said": the period of an abbreviated company word.
        let abbreviation =
            t.lower == "." && before.is_some_and(|b| res.organisation_words.contains(&b.lower));
        // "Kia branch of the Korean Metal Workers' Union": a lower-case word for a part
        // of an organisation, between a name and "of", belongs to the name.
        let part_word = |p: usize| {
            p >= 1
                && !is_capitalized(doc.slice(tokens[p].span))
                && res.organisation_words.contains(&tokens[p].lower)
                && tokens[p - 1].is_word
                && is_capitalized(doc.slice(tokens[p - 1].span))
        };
        let part_of = start < end && tokens[start].lower == "of" && part_word(start - 1);
        let connector = apostrophe
            || abbreviation
            || part_of
            || (start < end
                && before.is_some_and(|b| {
                    (joins && is_capitalized(doc.slice(b.span)))
                        || (t.lower == "of" && part_word(start - 2))
                        || (t.lower == "the" && b.lower == "of")
                        // "Save the Children Korea": a capitalised word that is no
                        // sentence opener, then "the", inside a name.
                        || (t.lower == "the"
                            && is_capitalized(doc.slice(b.span))
                            && !res.sentence_starters.contains(&b.lower)
                            && res.is_speech_verb(&b.lower).is_none()
                            && !res.titles.contains_key(&b.lower))
                        || (t.lower == "." && res.titles.contains_key(&b.lower))
                }));
        if !(t.is_word || connector) || !(is_capitalized(text) || title || connector) {
            break;
        }
        // "However", "The": a capitalised word that opens the sentence is no name.
        if start - 1 == 0 && res.sentence_starters.contains(&t.lower) {
            break;
        }
        start -= 1;
    }
    let lower_word = |t: &Token| t.is_word && !is_capitalized(doc.slice(t.span));
    // "\"...,\" union chairman Bae Seong-ho said": the lower-case words that open the
    // clause before a role describe the person too.
    if start < end && res.is_role(&tokens[start].lower) {
        let modifiers = tokens[..start]
            .iter()
            .rev()
            .take(ROLE_MODIFIERS + 1)
            .take_while(|t| lower_word(t))
            .count();
        if (1..=ROLE_MODIFIERS).contains(&modifiers)
            && (start == modifiers || !tokens[start - modifiers - 1].is_word)
        {
            start -= modifiers;
        }
    }
    // "Seo Yoon-ah of the campaign group Solutions for Our Climate said": the person of
    // the organisation that a description and its name follow.
    /// Words of the description between the article and the organisation's name.
    const DESCRIPTION_WORDS: usize = 3;
    let mut p = start;
    while p > 0
        && start - p < DESCRIPTION_WORDS
        && lower_word(&tokens[p - 1])
        && tokens[p - 1].lower != "the"
    {
        p -= 1;
    }
    if p < start
        && p >= 3
        && tokens[p - 1].lower == "the"
        && is_capitalized(doc.slice(tokens[p - 3].span))
        && let Some(person) = person_of(doc, tokens, p - 1, res, description.clone())
    {
        return Some(person);
    }
    subject_from(doc, &tokens[start..end], res, description)
}

/// The person named before "of" and the organisation's phrase whose determiner stands at
/// `determiner` ("Rep. Oh Se-jin of the main opposition party", "Seo Yoon-ah of the
/// campaign group ..."): the person of the organisation, not the organisation.
fn person_of(
    doc: &Document,
    tokens: &[Token],
    determiner: usize,
    res: &Resources,
    description: Option<String>,
) -> Option<Subject> {
    if determiner < 2 || tokens[determiner - 1].lower != "of" {
        return None;
    }
    name_ending_at(doc, tokens, determiner - 1, res, description).filter(|p| !p.organisation)
}

/// "..., a Fair Trade Commission review found.", "..., a review by the Fair Trade
/// Commission found.": a document's finding that closes the sentence after a comma is
/// its author's. Not a poll's or a survey's, which report what others answered.
fn closing_document_finding(doc: &Document, tokens: &[Token], res: &Resources) -> Option<Found> {
    let end = tokens.iter().rposition(|t| t.is_word)?;
    if !matches!(
        tokens[end].lower.as_str(),
        "found" | "showed" | "concluded" | "estimated"
    ) || tokens.get(end + 1).is_some_and(|t| t.is_word)
    {
        return None;
    }
    let comma = tokens[..end].iter().rposition(|t| t.lower == ",")?;
    let determiner = comma + 1;
    let noun = (determiner + 1..end).find(|&p| res.source_documents.contains(&tokens[p].lower))?;
    if matches!(
        tokens[noun].lower.as_str(),
        "poll" | "survey" | "count" | "tally" | "census"
    ) {
        return None;
    }
    let author = if noun + 1 == end {
        // The name as the document's modifier ("a Fair Trade Commission review").
        name_ending_at(doc, tokens, noun, res, None)
            .filter(|n| n.span.start > tokens[determiner].span.start)
    } else {
        authored_by(doc, tokens, determiner, res)
    }?;
    Some(Found::Speaker(author, tokens[end].span, false))
}

/// The author of a document named at token `start` ("according to a study published
/// Monday by the Korea Transport Institute").
fn authored_by(doc: &Document, tokens: &[Token], start: usize, res: &Resources) -> Option<Subject> {
    /// Tokens between the document's noun and "by".
    const BY_WITHIN: usize = 6;
    let determiner = tokens.get(start)?;
    if !matches!(determiner.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    let noun = (start + 1..tokens.len())
        .take(3)
        .find(|&p| res.source_documents.contains(&tokens[p].lower))?;
    let by = (noun + 1..tokens.len())
        .take(BY_WITHIN)
        .take_while(|&p| tokens[p].is_word)
        .find(|&p| tokens[p].lower == "by")?;
    // "by the recruiting firm Saramin": past the description to the name.
    let name = (by + 1..tokens.len())
        .take(DESCRIPTION_WORDS + 1)
        .take_while(|&p| tokens[p].is_word)
        .find(|&p| is_capitalized(doc.slice(tokens[p].span)))
        .unwrap_or(by + 1);
    name_after(doc, tokens, name, res).or_else(|| described_after(tokens, by + 1, res))
}

/// An organisation by its description at token `start` ("according to the city").
fn described_after(tokens: &[Token], start: usize, res: &Resources) -> Option<Subject> {
    let (the, noun) = (tokens.get(start)?, tokens.get(start + 1)?);
    // "the institute's researchers": the possessor.
    let word = possessor(&noun.lower).unwrap_or(&noun.lower);
    let organisation = res.organisation_words.contains(word);
    (the.lower == "the" && (organisation || res.company_nouns.contains(word))).then(|| Subject {
        span: Span::new(
            the.span.start,
            noun.span.end - (noun.lower.len() - word.len()),
        ),
        kind: MentionKind::Description,
        name: word.to_string(),
        description: None,
        gender: None,
        organisation,
    })
}

/// Lower-case words before a role that describe it ("office worker", "former union
/// official").
const ROLE_MODIFIERS: usize = 2;

/// Words of the last part of an organisation's name after its "and" ("Shipbuilding
/// Association").
const ORGANISATION_PARTS: usize = 3;

/// A name that starts at token `start` ("according to Kim", "said Kim").
fn name_after(doc: &Document, tokens: &[Token], start: usize, res: &Resources) -> Option<Subject> {
    // "the government's answer, announced Monday, is ...": a day is no name.
    if res.time_phrase_at(tokens, start).is_some() {
        return None;
    }
    let mut end = start;
    while end < tokens.len() {
        let t = &tokens[end];
        let title = res.titles.contains_key(&t.lower);
        let next_capitalized = tokens
            .get(end + 1)
            .is_some_and(|n| is_capitalized(doc.slice(n.span)));
        // "Ministry of Economy and Finance": "and" joins the parts of an organisation's
        // name, not two people.
        let in_organisation = tokens[start..end]
            .iter()
            .any(|t| res.organisation_words.contains(&t.lower));
        // "Minister of Employment and Labor Kim Moon-soo": so does it in the complement
        // of a title.
        let in_title_complement = tokens[start..end]
            .windows(2)
            .any(|w| w[1].lower == "of" && res.titles.contains_key(&w[0].lower));
        // "Korea Offshore and Shipbuilding Association": so does it before the last
        // part of one, which `subject_from` keeps whole.
        let organisation_after = || {
            tokens[end + 1..]
                .iter()
                .take(ORGANISATION_PARTS + 1)
                .take_while(|n| n.is_word && is_capitalized(doc.slice(n.span)))
                .last()
                .is_some_and(|n| res.organisation_words.contains(&n.lower))
        };
        let connector = next_capitalized
            && (NAME_CONNECTORS.contains(&t.lower.as_str())
                || (t.lower == "and"
                    && (in_organisation || in_title_complement || organisation_after())));
        // "Ministry of Land, Infrastructure and Transport": a comma between the parts of
        // an organisation's name, when "and" and a last part close the list.
        if in_organisation && doc.comma_in_name(tokens, end) {
            end += 1;
            continue;
        }
        let the = end == start && t.lower == "the";
        // "said office worker Han Ji-min", "said union official Kim": the lower-case
        // words that open a role describe the person the name after it gives.
        let before_role = || {
            let leading = |p: &Token| p.is_word && !is_capitalized(doc.slice(p.span));
            tokens[start..end].iter().all(leading)
                && t.is_word
                && !title
                && tokens[end + 1..]
                    .iter()
                    .take(ROLE_MODIFIERS + 1 - (end - start))
                    .take_while(|n| leading(n))
                    .enumerate()
                    // "association secretary general Oh", "council vice president Nam": the
                    // role's last word is the one the name follows.
                    .any(|(q, n)| {
                        res.is_role(&n.lower)
                            && tokens
                                .get(end + 2 + q)
                                .is_some_and(|n| n.is_word && is_capitalized(doc.slice(n.span)))
                    })
        };
        // "said Prof. Lim Jae-won": the period of an abbreviated title.
        let title_period =
            t.lower == "." && end > start && res.titles.contains_key(&tokens[end - 1].lower);
        if title_period {
            end += 1;
            continue;
        }
        if !t.is_word
            || !(is_capitalized(doc.slice(t.span)) || title || connector || the || before_role())
        {
            break;
        }
        end += 1;
    }
    if tokens.get(start).is_some_and(|t| t.lower == "the") && end > start + 1 {
        end += body_after_place(doc, tokens, end, res);
    }
    subject_from(doc, &tokens[start..end], res, None)
}

/// "the Incheon fire department", "The Democratic Party's Incheon chapter": the
/// lower-case words (a word or two, the last for an organisation) of a body named
/// after the place it serves, from token `end`; how many.
fn body_after_place(doc: &Document, tokens: &[Token], end: usize, res: &Resources) -> usize {
    /// Lower-case words of the body after the place.
    const BODY_WORDS: usize = 2;
    (1..=BODY_WORDS)
        .find(|&n| {
            tokens.get(end..end + n).is_some_and(|words| {
                words
                    .iter()
                    .all(|w| w.is_word && !is_capitalized(doc.slice(w.span)))
                    && res.organisation_words.contains(&words[n - 1].lower)
                    && tokens.get(end + n).is_none_or(|next| {
                        !next.is_word || !res.organisation_words.contains(&next.lower)
                    })
            })
        })
        .unwrap_or(0)
}

/// Splits titles from the name and decides person or organisation.
fn subject_from(
    doc: &Document,
    np: &[Token],
    res: &Resources,
    description: Option<String>,
) -> Option<Subject> {
    let mut np: Vec<&Token> = np
        .iter()
        .filter(|t| t.lower != "the" && (t.is_word || t.lower == ","))
        .collect();
    // "A. Nobody has said who will pay", "Everyone says": a word that opens sentences,
    // alone, is no name wherever it stands.
    if let [only] = np.as_slice()
        && res.sentence_starters.contains(&only.lower)
        && !surname_of_a_full_name(doc, doc.slice(only.span))
    {
        return None;
    }
    let is_org = |part: &[&Token]| {
        part.iter()
            .any(|t| res.organisation_words.contains(&t.lower))
    };
    let mut affiliation: Option<String> = None;
    // "Kim, Lee and Park": a list of names; the last one is next to the verb. "Ministry
    // of Trade, Industry and Energy": one organisation.
    // "Vice Minister of Employment and Labor Kim Min-seok": the complement of a title.
    let in_title_complement = |part: &[&Token]| {
        part.iter()
            .rposition(|t| t.lower == "of")
            .is_some_and(|o| o > 0 && res.titles.contains_key(&part[o - 1].lower))
    };
    // "Korea Iron and Steel Association": a short name of two parts joined by "and"
    // before an organisation word is one organisation's.
    // "Korea Disease Control and Prevention Agency": three words before the "and",
    // none of them a person's given name (hyphenated) or a title.
    // No list, and an organisation word last: an "and" may be inside one name.
    let closes_one_organisation = !np.iter().any(|t| t.lower == ",")
        && np
            .last()
            .is_some_and(|t| res.organisation_words.contains(&t.lower));
    let joined_organisation = |p: usize| {
        np[p].lower == "and"
            && (p <= 2
                || (p == 3
                    && np[..p]
                        .iter()
                        .all(|t| !t.lower.contains('-') && !res.titles.contains_key(&t.lower))))
            && closes_one_organisation
    };
    // "Kang Min-ji of the Korea Culture and Tourism Institute": an "and" inside the name
    // of the organisation a person is of.
    let in_affiliation = |p: usize| {
        np[p].lower == "and"
            && np[..p].iter().any(|t| t.lower == "of" || t.lower == "at")
            && closes_one_organisation
    };
    if let Some(p) = np.iter().rposition(|t| t.lower == "and" || t.lower == ",")
        && !is_org(&np[..p])
        && !in_title_complement(&np[..p])
        && !joined_organisation(p)
        && !in_affiliation(p)
    {
        np.drain(..=p);
    }
    // "Lee Ji-eun of Hana Securities", "Lee Ji-eun of Solutions for Our Climate": a
    // person (a name that is no title) of an organisation.
    let personal = |part: &[&Token]| {
        part.iter()
            .any(|t| t.is_word && !res.titles.contains_key(&t.lower))
    };
    // "Council member Song Jae-won of the Democratic Party": an organisation word before
    // a title that a name follows describes the person, as "Bank of Korea" does not.
    let names_an_organisation = |part: &[&Token]| match part.iter().rposition(|t| {
        res.titles
            .get(&t.lower)
            .is_some_and(|c| *c != TitleClass::Group)
    }) {
        Some(q) if q + 1 < part.len() => is_org(&part[q + 1..]),
        _ => is_org(part),
    };
    if let Some(p) = np.iter().position(|t| t.lower == "of" || t.lower == "at")
        && p > 0
        && p + 1 < np.len()
        && (is_org(&np[p + 1..]) || personal(&np[..p]))
        && !names_an_organisation(&np[..p])
    {
        affiliation = Some(doc.text[np[p + 1].span.start..np[np.len() - 1].span.end].to_string());
        np.truncate(p);
    }
    // "Samsung SDI's Choi Yoon-ho": the possessor is an affiliation; in "Korea Women's
    // Associations United" it is part of an organisation's name.
    if let Some(p) = np[..np.len().saturating_sub(1)]
        .iter()
        .rposition(|t| possessor(&t.lower).is_some())
        && !np[p + 1..]
            .iter()
            .any(|t| res.organisation_words.contains(&t.lower))
    {
        affiliation = Some(doc.text[np[0].span.start..np[p].span.end].to_string());
        np.drain(..=p);
    }
    let (first, last) = (np.first()?, np.last()?);
    // "Opposition lawmakers": a group, not a person; "Confederation of Trade Unions" is
    // an organisation's name.
    // "Korea Animal Rights Advocates": a group word that ends four or more words, each
    // capitalized, ends a name of its own.
    let group_word = res.titles.get(&last.lower) == Some(&TitleClass::Group);
    let proper_name = group_word
        && np.len() >= 4
        && np
            .iter()
            .all(|t| t.is_word && is_capitalized(doc.slice(t.span)));
    if group_word && !is_org(&np[..np.len() - 1]) && !proper_name {
        return None;
    }
    let span = Span::new(first.span.start, last.span.end);
    // "Union leader Jang Seok-ho", "Bank of Korea Governor Rhee": an organisation word
    // before a title describes a person; only one after the last title (or with no
    // title) makes the name an organisation's.
    // A title describes the name after it only when a name follows it: in "Ministry of
    // Trade, Industry and Energy" no title does.
    let names_someone = |p: usize| {
        p + 1 < np.len()
            && np[p + 1..]
                .iter()
                .all(|t| t.lower != "and" && t.lower != "," && t.lower != "of")
    };
    // "Korea Women's Associations United": a plural that is an organisation word names
    // no one after it.
    let group_organisation = |t: &Token| {
        res.titles.get(&t.lower) == Some(&TitleClass::Group)
            && res.organisation_words.contains(&t.lower)
    };
    // "Citizens for Daegu Transit": a group word that opens a name with "for" is part
    // of it.
    let opens_a_name = |p: usize| {
        res.titles.get(&np[p].lower) == Some(&TitleClass::Group)
            && np.get(p + 1).is_some_and(|c| c.lower == "for")
            && np
                .get(p + 2)
                .is_some_and(|n| is_capitalized(doc.slice(n.span)))
    };
    // "Chamber of Commerce in Korea": a title word after an organisation's "of"
    // completes its name.
    let completes_an_organisation =
        |p: usize| p > 1 && np[p - 1].lower == "of" && is_org(&np[..p - 1]);
    let title_at = np.iter().enumerate().rposition(|(p, t)| {
        res.titles.contains_key(&t.lower)
            && !group_organisation(t)
            && !opens_a_name(p)
            && !completes_an_organisation(p)
            && (names_someone(p) || !is_org(&np[..p]))
    });
    let organisation = proper_name
        || np.iter().enumerate().any(|(k, t)| {
            res.organisation_words.contains(&t.lower) && title_at.is_none_or(|p| k > p)
        });
    let last_title = if organisation { None } else { title_at };
    // "main opposition Democratic Party": an organisation's name is its capitalised
    // words; the lower-case ones before it describe it.
    let name_from = if organisation {
        np.iter()
            .position(|t| is_capitalized(doc.slice(t.span)))
            .unwrap_or(0)
    } else {
        // "Secretary of State Antony Blinken", "Minister of Finance Choi": the title's
        // complement goes with the title.
        // "Vice Minister of Employment and Labor Kim", "Minister of Trade, Industry and
        // Energy Ahn": the complement runs over "and" and commas, and the titles inside
        // it ("Trade", "Industry") are part of it.
        let past_complement = |mut from: usize| {
            let mut complement = false;
            while from + 2 < np.len()
                && (np[from].lower == "of"
                    || (complement && matches!(np[from].lower.as_str(), "and" | ",")))
            {
                complement = true;
                from += 2;
            }
            from
        };
        let first_title_of = np.iter().enumerate().position(|(p, t)| {
            res.titles.contains_key(&t.lower) && np.get(p + 1).is_some_and(|n| n.lower == "of")
        });
        match last_title {
            Some(p) => {
                past_complement(p + 1).max(first_title_of.map_or(0, |q| past_complement(q + 1)))
            }
            None => 0,
        }
    };
    let gender = np[..name_from]
        .iter()
        .find_map(|t| match res.titles.get(&t.lower) {
            Some(TitleClass::Honorific(g)) => Some(*g),
            _ => None,
        });
    let name = if name_from < np.len() {
        doc.text[np[name_from].span.start..span.end].to_string()
    } else {
        String::new()
    };
    let titles =
        (name_from > 0).then(|| doc.text[span.start..np[name_from - 1].span.end].to_string());
    let kind = if name.is_empty() {
        MentionKind::Title
    } else {
        MentionKind::Name
    };
    if kind == MentionKind::Title
        && titles
            .as_deref()
            .is_none_or(|t| t.split_whitespace().count() < 2)
    {
        // "Officials said", "President said" alone: too vague to be an entity.
        return None;
    }
    Some(Subject {
        span,
        kind,
        name: if kind == MentionKind::Title {
            titles.clone().unwrap_or_default()
        } else {
            name
        },
        description: description.or(titles).or(affiliation),
        gender,
        organisation,
    })
}

/// A person's name followed by an age between commas ("Lim Soon-ja, 71,") anywhere in
/// sentence `i`, or by a description that opens with an article ("Lee Pil-soo, a former
/// KMA president, went further.") or a relative clause ("Yoo Byung-chan, who runs a
/// hardware store on the road, sees it differently.", "Kim Mi-rae, whose son received
/// a kidney, watched").
fn aged_person(doc: &Document, i: usize, res: &Resources) -> Option<Subject> {
    let tokens = doc.sentence_tokens(i);
    (1..tokens.len().saturating_sub(2)).find_map(|k| {
        let aged = tokens[k].lower == ","
            && ((is_age(&tokens[k + 1]) && tokens[k + 2].lower == ",")
                || matches!(tokens[k + 1].lower.as_str(), "a" | "an" | "who" | "whose"));
        aged.then(|| name_ending_at(doc, tokens, k, res, None))
            .flatten()
            .filter(|n| !n.organisation && n.name.split_whitespace().count() >= 2)
    })
}

/// A name or pronoun that opens the sentence, as its subject.
fn opening_subject(doc: &Document, i: usize, res: &Resources) -> Option<Subject> {
    let mut tokens = doc.sentence_tokens(i);
    // "But Lee stopped short of endorsing it, saying ...": the conjunction joins the
    // sentence to the one before; the subject follows it.
    if tokens
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "but" | "and" | "yet"))
    {
        tokens = &tokens[1..];
    }
    let first = tokens.first()?;
    // "Oh's wife, Jeong Mal-soon, is less sure": the relative named between commas.
    if possessor(&first.lower).is_some()
        && tokens
            .get(1)
            .is_some_and(|r| relative_gender(&r.lower).is_some())
        && tokens.get(2).is_some_and(|c| c.lower == ",")
        && let Some(close) = tokens[3..].iter().position(|t| t.lower == ",")
        && let Some(relative) = appositive_subject(doc, tokens, 3 + close, res)
    {
        return Some(relative);
    }
    // "Its president, Han Moon-hee, met us": the holder of a role the sentence opens
    // with, named between commas.
    if (matches!(first.lower.as_str(), "its" | "their") || possessor(&first.lower).is_some())
        && tokens
            .get(1)
            .is_some_and(|r| res.titles.contains_key(&r.lower))
        && tokens.get(2).is_some_and(|c| c.lower == ",")
        && let Some(close) = tokens
            .get(3..)
            .and_then(|rest| rest.iter().position(|t| t.lower == ","))
        && close > 0
        && all_name_words(doc, tokens[3..3 + close].iter())
    {
        let span = Span::new(tokens[3].span.start, tokens[2 + close].span.end);
        return Some(Subject {
            span,
            kind: MentionKind::Name,
            name: doc.slice(span).to_string(),
            description: Some(doc.text[first.span.start..tokens[1].span.end].to_string()),
            gender: None,
            organisation: false,
        });
    }
    // "Fix the sync bug before adding ...": a verb before its object opens an
    // imperative; no name is followed by a determiner or an object pronoun. Nor by an
    // adverb that only an imperative takes there ("Book early, but ask for ...").
    if res.base_verbs.contains(&first.lower)
        && tokens.get(1).is_some_and(|n| {
            OBJECT_OPENERS.contains(&n.lower.as_str())
                || matches!(n.lower.as_str(), "early" | "ahead" | "yourself" | "indoors")
        })
    {
        return None;
    }
    if res.pronouns.contains_key(&first.lower)
        && matches!(first.lower.as_str(), "she" | "he" | "it" | "they")
    {
        return Some(Subject::pronoun(first.span));
    }
    /// Tokens of an opening phrase of time or place before its comma ("In a report
    /// released Thursday, the institute ...").
    const OPENING_PHRASE_TOKENS: usize = 10;
    let mut start = 0;
    if matches!(
        first.lower.as_str(),
        "in" | "on" | "at" | "during" | "under"
    ) && let Some(comma) = tokens
        .iter()
        .take(OPENING_PHRASE_TOKENS + 1)
        .position(|t| t.lower == ",")
    {
        start = comma + 1;
    }
    if tokens.get(start).is_some_and(|t| t.lower == "the") {
        start += 1;
    }
    let capitalised = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word && is_capitalized(doc.slice(t.span)))
    };
    // "Dr. Lena Hoffmann": the period of a title belongs to the name.
    let title_period =
        |k: usize| k > 0 && tokens[k].lower == "." && res.titles.contains_key(&tokens[k - 1].lower);
    // "Korea Institute for Health and Social Affairs": a connector between capitalised
    // words.
    let connector = |k: usize| {
        k > start
            && (NAME_CONNECTORS.contains(&tokens[k].lower.as_str())
                || tokens[k].lower == "and"
                || links_organisation_subject(tokens, k, res))
            && capitalised(k - 1)
            && capitalised(k + 1)
    };
    let apostrophe = |k: usize| k > start && possessive_in_name(doc, tokens, k);
    let mut end = start;
    while end < tokens.len()
        && ((tokens[end].is_word
            && (is_capitalized(doc.slice(tokens[end].span))
                || res.titles.contains_key(&tokens[end].lower)))
            || title_period(end)
            || connector(end)
            || apostrophe(end)
            // "The Ministry of Land, Infrastructure and Transport" (not "Kim, Lee and
            // Park").
            || (doc.comma_in_name(tokens, end)
                && tokens[start..end]
                    .iter()
                    .any(|t| res.organisation_words.contains(&t.lower))))
    {
        end += 1;
    }
    if start > 0 && tokens[start - 1].lower == "the" && end > start {
        end += body_after_place(doc, tokens, end, res);
    }
    // "Animal rights group Korea Animal Rights Advocates (KARA) said": a description
    // that ends in a noun for an organisation, then the organisation's name.
    // "Seoul city council member Han Jae-won": a noun for an organisation that no name
    // follows is part of a role.
    let noun_at = (end..tokens.len().min(end + DESCRIPTION_WORDS + 1)).find(|&k| {
        !tokens[k].is_word
            || is_capitalized(doc.slice(tokens[k].span))
            || (res.organisation_words.contains(&tokens[k].lower) && capitalised(k + 1))
    });
    // "Small-business consultant Min Ji-hoon answers ...": one that ends in a role, then
    // the person's name. (Where the description ends, where the name starts, and
    // whether it names an organisation.)
    let described_name = noun_at
        .filter(|&noun| noun > end && (end..noun).all(|k| tokens[k].is_word))
        .and_then(|noun| {
            if res.organisation_words.contains(&tokens[noun].lower) && capitalised(noun + 1) {
                Some((noun, noun + 1, true))
            } else if capitalised(noun) && res.is_role(&tokens[noun - 1].lower) {
                Some((noun - 1, noun, false))
            } else {
                None
            }
        });
    if let Some((description_end, name_start, organisation)) = described_name {
        let mut name_end = name_start + 1;
        while name_end < tokens.len()
            && (capitalised(name_end) || (organisation && connector(name_end)))
        {
            name_end += 1;
        }
        // The whole capitalised name, whatever words for people it holds ("Advocates").
        let span = Span::new(tokens[name_start].span.start, tokens[name_end - 1].span.end);
        return Some(without_possessive(Subject {
            span,
            kind: MentionKind::Name,
            name: doc.slice(span).to_string(),
            description: Some(
                doc.text[tokens[0].span.start..tokens[description_end].span.end].to_string(),
            ),
            gender: None,
            organisation,
        }));
    }
    // "Rather than cutting the hours, the district should ...": a word that opens
    // sentences is no name.
    let starter = start == 0 && res.sentence_starters.contains(&first.lower);
    let named = (end > start && !starter)
        .then(|| subject_from(doc, &tokens[start..end], res, None))
        .flatten()
        .map(without_possessive);
    // "The labor ministry has backed the bill, calling it ...": a description opens it.
    named.or_else(|| {
        if first.lower != "the" {
            return None;
        }
        let noun = (1..tokens.len().min(DESCRIPTION_WORDS + 2))
            .take_while(|&p| tokens[p].is_word)
            .find(|&p| {
                res.organisation_words.contains(&tokens[p].lower) || res.is_role(&tokens[p].lower)
            })?;
        subject_before(doc, tokens, noun + 1, res).filter(|s| s.kind == MentionKind::Description)
    })
}

/// The gender a word for a relative gives ("wife", "son").
fn relative_gender(word: &str) -> Option<Gender> {
    match word {
        "wife" | "daughter" | "mother" | "sister" | "widow" | "grandmother" => Some(Gender::Female),
        "husband" | "son" | "father" | "brother" | "widower" | "grandfather" => Some(Gender::Male),
        _ => None,
    }
}

/// "Generative AI services are trained on ...": the capitalised words that open the
/// sentence name a kind of thing before a plural noun (which no verb's "-s" form is:
/// "Kim says", "Samsung plans"), not a person.
fn modifies_a_noun(doc: &Document, i: usize, subject: &Subject, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    let Some(next) = tokens.iter().find(|t| t.span.start >= subject.span.end) else {
        return false;
    };
    let stem = next
        .lower
        .strip_suffix("es")
        .filter(|s| res.base_verbs.contains(*s))
        .or_else(|| next.lower.strip_suffix('s'));
    next.is_word
        && !is_capitalized(doc.slice(next.span))
        && stem.is_some_and(|s| s.len() > 2 && !res.base_verbs.contains(s))
}

/// The first person a heading names after a role ("Hanul Mobility CEO Lee Dong-hoon",
/// "Fire safety professor Baek Seung-joo").
fn named_in_heading(doc: &Document, res: &Resources) -> Option<Subject> {
    (0..doc.sentences.len())
        .filter(|&i| doc.sentences[i].kind == SentenceKind::Heading)
        .find_map(|i| {
            let tokens = doc.sentence_tokens(i);
            (0..tokens.len().saturating_sub(1)).find_map(|k| {
                let role = res.is_role(&tokens[k].lower);
                let named = tokens[k + 1].is_word && is_capitalized(doc.slice(tokens[k + 1].span));
                (role && named)
                    .then(|| name_after(doc, tokens, k + 1, res))
                    .flatten()
                    .filter(|s| s.kind == MentionKind::Name && !s.organisation)
            })
        })
}

/// "We asked Han Seo-yeon, a professor of media law", "I spoke with Kim Ji-ho": the
/// person an interview's writer says they interviewed.
/// "Kindergartens now answer to the ministry": a word that opens a sentence with a
/// capital but is written in lower case elsewhere in the article is a common noun, no
/// name.
fn written_in_lower_case(doc: &Document, word: &str) -> bool {
    !word.contains(' ')
        && doc
            .tokens
            .iter()
            .any(|t| t.lower == word && doc.slice(t.span) == word)
}

/// Whether the words that open a sentence before its verb name the paper itself:
/// "This newspaper", "The paper", "This reporter", or the masthead, one word that a
/// capital inside or capitals throughout mark as a brand ("ChosunBiz", "YTN"), where
/// a person's or a city's name is one capital and lower case ("Yoon met Xi").
fn by_the_paper(doc: &Document, subject: &[Token]) -> bool {
    let words: Vec<&str> = subject.iter().map(|t| t.lower.as_str()).collect();
    match words.as_slice() {
        ["this" | "the", "newspaper" | "paper" | "reporter"] | ["reporters"] => true,
        [_] => {
            let word = doc.slice(subject[0].span);
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 2
                && letters[0].is_uppercase()
                && (letters.iter().all(|c| c.is_uppercase())
                    || letters
                        .windows(2)
                        .any(|w| w[0].is_lowercase() && w[1].is_uppercase()))
        }
        _ => false,
    }
}

fn interviewed_by_us(doc: &Document, i: usize, res: &Resources) -> Option<Subject> {
    let tokens = doc.sentence_tokens(i);
    (1..tokens.len()).find_map(|k| {
        // "Team leader Gong Ji-yeon answered readers' questions": the one who answered
        // the paper's questions opens the sentence.
        /// Words from "answered" to "questions" ("answered readers' questions").
        const ANSWERED_WORDS: usize = 4;
        if matches!(tokens[k].lower.as_str(), "answered" | "answers" | "fielded")
            && tokens[k + 1..tokens.len().min(k + ANSWERED_WORDS)]
                .iter()
                .any(|t| t.lower == "questions")
        {
            return opening_subject(doc, i, res);
        }
        let name_at = match tokens[k].lower.as_str() {
            "asked" | "interviewed" | "met" => k + 1,
            "spoke" | "talked" | "sat"
                if tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "with" | "to")) =>
            {
                k + 2
            }
            _ => return None,
        };
        // "Oh Mi-kyung, head of the association, spoke to us on the 14th": the one who
        // spoke to the paper opens the sentence.
        if name_at > k
            && tokens
                .get(name_at)
                .is_some_and(|t| matches!(t.lower.as_str(), "us" | "me"))
        {
            return opening_subject(doc, i, res);
        }
        let by_us = tokens[k.saturating_sub(2)..k]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "we" | "i"))
            || by_the_paper(doc, &tokens[..k]);
        // "We asked its chief executive, Jin Sang-woo, what ...": the name after a
        // description of a few words.
        /// Words of such a description.
        const DESCRIPTION_WORDS: usize = 4;
        let after_description = || {
            let comma = (name_at..tokens.len().min(name_at + DESCRIPTION_WORDS + 1))
                .find(|&c| tokens[c].lower == ",")
                .filter(|&c| c > name_at && tokens[name_at..c].iter().all(|t| t.is_word))?;
            name_after(doc, tokens, comma + 1, res)
        };
        // "We asked former foreign minister Kang Kyung-wha how ...": the name after a
        // title in lower case and the words that qualify it.
        let after_title = || {
            let title = (name_at..tokens.len().min(name_at + DESCRIPTION_WORDS))
                .take_while(|&w| tokens[w].is_word && !is_capitalized(doc.slice(tokens[w].span)))
                .filter(|&w| res.titles.contains_key(&tokens[w].lower))
                .last()?;
            name_after(doc, tokens, title + 1, res)
        };
        by_us
            .then(|| {
                name_after(doc, tokens, name_at, res)
                    .or_else(after_description)
                    .or_else(after_title)
            })
            .flatten()
    })
}

/// Every other name of a known speaker becomes a mention: surnames ("the Trump
/// administration"), fuller forms (which become the speaker's name), and in captions
/// and credit lines, spelling variants ("Darcy Drought-Behares").
/// The person last named in the narration before byte `pos`, in its paragraph or the
/// one before, whom a pronoun of `gender` may take up: a name that reads as a person's
/// (a Korean full name, or a title of a gender that agrees).
fn person_named_before(
    doc: &Document,
    pos: usize,
    gender: Option<Gender>,
    res: &Resources,
) -> Option<Subject> {
    let at = doc.sentences.iter().rposition(|s| s.span.start <= pos)?;
    let paragraph = doc.sentences[at].paragraph;
    let mut last = None;
    for i in (0..=at).filter(|&i| doc.sentences[i].paragraph + 1 >= paragraph) {
        if doc.sentences[i].kind != SentenceKind::Body {
            continue;
        }
        let tokens = doc.sentence_tokens(i);
        let in_name = |t: &Token| {
            t.is_word
                && t.span.end <= pos
                && (is_capitalized(doc.slice(t.span)) || res.titles.contains_key(&t.lower))
        };
        let mut k = 0;
        while k < tokens.len() {
            if !in_name(&tokens[k]) {
                k += 1;
                continue;
            }
            let start = k;
            // "Mrs. Hwang": the period of a title's abbreviation.
            while k < tokens.len()
                && (in_name(&tokens[k])
                    || (tokens[k].lower == "." && res.titles.contains_key(&tokens[k - 1].lower)))
            {
                k += 1;
            }
            // "lives alone in Mangwon-dong": a name after a preposition of place is
            // where someone is.
            let place = start > 0
                && matches!(
                    tokens[start - 1].lower.as_str(),
                    "in" | "at" | "from" | "to" | "near" | "of" | "outside" | "inside"
                );
            if !place
                && let Some(subject) =
                    subject_from(doc, &tokens[start..k], res, None).map(without_possessive)
                && subject.kind == MentionKind::Name
                && !subject.organisation
                && (korean_full_name(&subject.name) || subject.gender.is_some())
                && (subject.gender.is_none() || gender.is_none() || subject.gender == gender)
            {
                last = Some(subject);
            }
        }
    }
    last
}

/// "Changwon Mayor Yeo Jae-hwan's plan": the name without the possessive ending its last
/// word, in its text and its span.
fn without_possessive(mut subject: Subject) -> Subject {
    if let Some(name) = possessor(&subject.name) {
        let cut = subject.name.len() - name.len();
        subject.name.truncate(name.len());
        subject.span.end -= cut;
    }
    subject
}

/// "Hwang Mi-ja": a surname, then a given name with its hyphen ("Tuition-free" alone is
/// no name).
fn korean_full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2 && words[1..].iter().any(|w| w.contains('-'))
}

fn collect_name_mentions(doc: &Document, state: &mut Resolver, res: &Resources) {
    // Each target's name and aliases in lower case, padded to match whole words.
    let target_names: Vec<String> = doc
        .targets
        .iter()
        .flat_map(|t| std::iter::once(&t.name).chain(&t.aliases))
        .map(|a| format!(" {} ", a.to_lowercase()))
        .collect();
    for (i, s) in doc.sentences.iter().enumerate() {
        let mode = match s.kind {
            SentenceKind::Body => Mode::Reference,
            SentenceKind::Caption | SentenceKind::Credit => Mode::Variant,
            _ => continue,
        };
        let tokens = doc.sentence_tokens(i);
        let in_name = |t: &Token| {
            t.is_word && (is_capitalized(doc.slice(t.span)) || res.titles.contains_key(&t.lower))
        };
        let mut k = 0;
        while k < tokens.len() {
            if !in_name(&tokens[k]) || (k == 0 && res.sentence_starters.contains(&tokens[k].lower))
            {
                k += 1;
                continue;
            }
            let start = k;
            while k < tokens.len() && in_name(&tokens[k]) {
                k += 1;
            }
            let taken = state.speakers.iter().any(|sp| {
                sp.mentions
                    .iter()
                    .any(|m| m.span.overlap(tokens[start].span) > 0)
            });
            // "the Hanbit Flip 2": a name inside a target's name is the product or
            // measure's, no fuller form of a speaker's ("Hanbit says ...").
            let in_target = k - start >= 2 && {
                let words = format!(
                    " {} ",
                    doc.text[tokens[start].span.start..tokens[k - 1].span.end].to_lowercase()
                );
                target_names.iter().any(|a| a.contains(&words))
            };
            if taken || in_target {
                continue;
            }
            if let Some(subject) = subject_from(doc, &tokens[start..k], res, None)
                && subject.kind == MentionKind::Name
                && !subject.organisation
            {
                state.resolve(doc, subject, res, mode);
            }
        }
    }
    for sp in &mut state.speakers {
        sp.mentions.sort_by_key(|m| m.span.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, QuoteKind, SentenceKind, SpeakerType, Target, TargetOrigin};
    use crate::pipeline::Pipeline;

    fn speakers(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        doc.speakers
            .iter()
            .map(|s| (s.name.clone(), s.aliases.clone()))
            .collect()
    }

    /// The name of each sentence's speaker in `text` (`speaker_of` for every sentence).
    fn sentence_speakers(text: &str) -> Vec<Option<String>> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        (0..doc.sentences.len())
            .map(|i| speaker_of(&doc, i).map(str::to_string))
            .collect()
    }

    #[test]
    fn adding_a_thing_is_no_speech() {
        let text = "The city must also stop adding races. \
                    Kim Min-ji opposed the fee, adding that it would hurt families.";
        assert_eq!(
            sentence_speakers(text),
            vec![None, Some("Kim Min-ji".to_string())]
        );
    }

    #[test]
    fn lower_case_words_that_open_a_role_describe_the_person_named_after_it() {
        let text = "Lim Jae-hwan said the fare was fair. \
                    \"It is high,\" said office worker Han Ji-min, 34. \
                    \"It is late,\" said former union official Kim Min-ho. \
                    \"We waited,\" union chairman Bae Seong-ho said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let found: Vec<(Option<&str>, Option<&str>)> = (0..doc.sentences.len())
            .map(|i| {
                let speaker = doc.sentences[i].speaker.map(|s| &doc.speakers[s]);
                (
                    speaker.map(|s| s.name.as_str()),
                    speaker.and_then(|s| s.description.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (Some("Lim Jae-hwan"), None),
                (Some("Han Ji-min"), Some("office worker")),
                (Some("Kim Min-ho"), Some("former union official")),
                (Some("Bae Seong-ho"), Some("union chairman")),
            ]
        );
    }

    #[test]
    fn a_role_of_two_words_after_a_lower_case_word_describes_the_person_named_after_it() {
        let text = "The Korea Funeral Association said it welcomed the rule. \
                    \"It is another matter,\" said association secretary general Oh Dae-sik. \
                    \"Customers will not wait,\" said council vice president Nam Gi-yeon.";
        assert_eq!(
            sentence_speakers(text),
            vec![
                Some("Korea Funeral Association".to_string()),
                Some("Oh Dae-sik".to_string()),
                Some("Nam Gi-yeon".to_string()),
            ]
        );
    }

    #[test]
    fn the_holder_of_an_office_of_one_person_speaks_under_its_title() {
        let text = "The president on Tuesday vetoed the bill. \
                    \"It will only encourage more rice,\" the president said. \
                    He said the government would pay farmers instead. \
                    The official said the bill was costly.";
        assert_eq!(
            sentence_speakers(text),
            vec![
                None,
                Some("the president".to_string()),
                Some("the president".to_string()),
                None
            ]
        );
    }

    #[test]
    fn a_pronoun_that_speaks_first_takes_up_a_person_named_in_the_narration() {
        let text = "Last August I met Hwang Mi-ja, who lives alone in Mangwon-dong. \"The \
                    nights frighten me,\" she told me.";
        assert_eq!(
            sentence_speakers(text),
            vec![None, Some("Hwang Mi-ja".to_string())]
        );
        let text = "I met Mrs. Hwang at the shelter. \"The nights frighten me,\" she said.";
        assert_eq!(sentence_speakers(text)[1], Some("Hwang".to_string()));
        // A word with a hyphen that opens a sentence is no name, nor is a place.
        let text = "Tuition-free university is popular. She said it works.";
        assert_eq!(sentence_speakers(text), vec![None, None]);
        let text = "The shelter is in Mangwon-dong. She said it works.";
        assert_eq!(sentence_speakers(text), vec![None, None]);
    }

    #[test]
    fn a_description_of_what_kind_of_organisation_it_is() {
        let text = "The Korea Development Institute recommended raising the rate. The \
                    state-run think tank also called for an automatic adjustment.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[0], Some("Korea Development Institute".into()));
        assert_eq!(speakers[1], Some("Korea Development Institute".into()));
    }

    #[test]
    fn a_name_with_the_definite_article_or_in_capitals_is_an_organisation() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Clubs are discussing a ban on outside food, the KBO said Monday.",
            Vec::new(),
        );
        assert_eq!(doc.speakers[0].name, "KBO");
        assert_eq!(doc.speakers[0].kind, SpeakerType::Organisation);
        assert!(doc.speakers[0].aliases.contains(&"the KBO".to_string()));
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The ministry proposed the change. Save the Children Korea immediately objected.",
            Vec::new(),
        );
        let save = doc
            .speakers
            .iter()
            .find(|s| s.name == "Save the Children Korea");
        assert_eq!(save.map(|s| s.kind), Some(SpeakerType::Organisation));
        // A person's name after a title keeps its kind.
        let doc = Pipeline::rules_only().annotate("t", "\"No,\" said Kim Min-su.", Vec::new());
        assert_eq!(doc.speakers[0].kind, SpeakerType::Person);
    }

    #[test]
    fn a_name_described_by_a_business_noun_is_an_organisation() {
        let text = "The city announced the ban on Wednesday. Swing, the largest operator in \
                    Seoul, said most complaints involved parked scooters. It proposed \
                    parking zones at park entrances.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let swing = doc.speakers.iter().position(|s| s.name == "Swing");
        assert_eq!(
            swing.map(|k| doc.speakers[k].kind),
            Some(SpeakerType::Organisation)
        );
        assert_eq!(doc.sentences[2].speaker, swing);
        // A person's description names what they do for a business, not a business.
        let text = "Kim Min-su, a driver for the company, said the shifts were too long.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers[0].kind, SpeakerType::Person);
    }

    #[test]
    fn a_person_of_an_organisation_whose_name_holds_and() {
        let text = "Kang Min-ji of the Korea Culture and Tourism Institute warned that Busan \
                    was competing with cities that charge nothing.";
        assert_eq!(sentence_speakers(text)[0], Some("Kang Min-ji".into()));
    }

    #[test]
    fn an_appositive_of_affiliation() {
        let text = "Rep. Park Sung-jun, also of the Democratic Party, said he did not \
                    oppose the cards.";
        assert_eq!(sentence_speakers(text)[0], Some("Park Sung-jun".into()));
    }

    #[test]
    fn an_indefinite_description_with_an_indefinite_inside_its_phrase() {
        for text in [
            "An executive at one battery maker said the floor would raise costs.",
            "An executive at a battery maker, who asked not to be named, said the floor \
             would raise costs.",
        ] {
            let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
            assert!(doc.sentences[0].unnamed_source, "{text}");
            assert_eq!(speaker_of(&doc, 0), None);
        }
    }

    #[test]
    fn a_group_qualified_before_and_after_its_noun_opens_the_sentence() {
        let text = "Small business owners who deliver to shops in Jongno and Jung districts \
                    say the rule singles them out.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[0].unnamed_source);
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn a_company_word_and_a_plural_group_word_after_a_possessive_in_a_name() {
        let text = "Lotte Shopping will close 12 stores, the company said. The Korean \
                    Federation of Service Workers' Unions said it would oppose any closure.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[0], Some("Lotte Shopping".into()));
        assert_eq!(
            speakers[1],
            Some("Korean Federation of Service Workers' Unions".into())
        );
    }

    #[test]
    fn a_railway_or_an_airport_operator_taken_up_by_what_it_is() {
        let text = "Korail will add quiet cars from March, the railway said Thursday. \
                    Complaints about noise rose 40 percent last year, it said.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[0], Some("Korail".into()));
        assert_eq!(speakers[1], Some("Korail".into()));
        let text = "Incheon International Airport Corp. will remove its smoking rooms by 2027, \
                    the airport said Wednesday.";
        assert_eq!(
            sentence_speakers(text)[0],
            Some("Incheon International Airport Corp".into())
        );
    }

    #[test]
    fn a_body_named_after_its_place_in_lower_case() {
        let text = "Incheon removed the banners. Pedestrians were hit 30 times, according \
                    to the Incheon fire department. The Democratic Party's Incheon chapter \
                    has filed a suit arguing that the city cannot do it.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], Some("Incheon fire department".into()));
        assert_eq!(
            speakers[2],
            Some("Democratic Party's Incheon chapter".into())
        );
    }

    #[test]
    fn a_closing_attribution_its_role_in_apposition_and_its_affiliation() {
        let text = "The Taxi Association objected. \"We got surveillance,\" said the \
                    association's chairman, Moon Yong-seok. The ordinance needs a sticker, but \
                    it does not say how long footage may be kept, said Yang Hong-seok of the \
                    law firm Jipyong.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], Some("Moon Yong-seok".into()));
        assert_eq!(speakers[2], Some("Yang Hong-seok".into()));
        // A clause that describes the speaker closes nothing.
        let text = "\"Data can be matched back,\" said Seo Eun-ha, a lawyer who advises \
                    the coalition.";
        assert_eq!(sentence_speakers(text)[0], Some("Seo Eun-ha".into()));
        // A hyphenated role.
        let text = "The Korea Consumer Association objected. \"Nobody has time to eat,\" \
                    said its secretary-general, Lim Soo-jin.";
        assert_eq!(sentence_speakers(text)[1], Some("Lim Soo-jin".into()));
        // The organisation before a person's role is no name of theirs.
        let text = "\"Complaints have tripled,\" Korail spokesman Park Jin-woo said. \
                    Korail said drinks would still be allowed.";
        assert_eq!(sentence_speakers(text)[1], Some("Korail".into()));
    }

    #[test]
    fn it_after_a_comma_is_the_organisation_that_opens_the_sentence() {
        let text = "Hanul Securities expects rates to fall, it said. \
                    The Ministry of Education will cap fee increases at 3 percent, it said \
                    on the 5th, after complaints. \
                    The Korea Kindergarten Association slammed the cap as a step toward \
                    nationalization.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], Some("Ministry of Education".into()));
        assert_eq!(speakers[2], Some("Korea Kindergarten Association".into()));
        // So is a description of one.
        let text = "The health ministry will give trackers to people with dementia, it said.";
        assert_eq!(
            sentence_speakers(text)[0],
            Some("The health ministry".into())
        );
    }

    #[test]
    fn a_description_after_a_closing_name_describes_the_person() {
        let descriptions = |text: &str| {
            let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
            doc.speakers
                .iter()
                .map(|s| s.description.clone())
                .collect::<Vec<_>>()
        };
        let text = "\"The point is to move people,\" said Baek Ho, the company's president.";
        assert_eq!(
            descriptions(text),
            [Some("the company's president".to_string())]
        );
        let text = "\"I will not miss them,\" said Lee Ji-hye, 29, who rides Line 2.";
        assert_eq!(descriptions(text), [Some("who rides Line 2".to_string())]);
        // What follows the comma does not describe the person.
        let text = "\"It is fine,\" said Baek Ho, smiling at the others.";
        assert_eq!(descriptions(text), [None]);
    }

    #[test]
    fn a_pronoun_after_a_reporter_who_is_no_one_is_no_one() {
        let text = "Baemin said it would respect the rules. In a poll, 58 percent of \
                    respondents said they supported the ban.";
        assert_eq!(sentence_speakers(text)[1], None);
        let text = "Baemin said it would respect the rules. Park said she supported the ban.";
        assert_eq!(sentence_speakers(text)[1], Some("Park".into()));
    }

    #[test]
    fn taking_a_side_reports_a_view() {
        let text =
            "Kim Min-su is a professor. On defense spending, however, she sided with Washington.";
        assert_eq!(sentence_speakers(text)[1], Some("Kim Min-su".into()));
    }

    #[test]
    fn residents_near_a_place_are_an_unnamed_group() {
        assert_eq!(
            sentence_speakers("Residents near Gimpo Airport pushed back."),
            vec![None]
        );
        assert_eq!(sentence_speakers("Realtors pushed back."), vec![None]);
    }

    #[test]
    fn the_interviewee_is_the_person_the_heading_names() {
        let text = "[Interview] \"Sprinklers are the answer\" - Fire safety professor Baek Seung-joo\n\n\
                    ChosunBiz met Baek Seung-joo, a professor at Kyungil University, on the 20th.\n\n\
                    ―Some residents want a ban. Is that reasonable?\n\n\
                    It is the wrong solution.\n\n\
                    ―What should be done?\n\n\
                    The key is sprinklers.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[4], Some("Baek Seung-joo".into()));
        assert_eq!(speakers[6], Some("Baek Seung-joo".into()));
    }

    #[test]
    fn the_person_the_paper_met_answers_quoted_under_dashed_questions() {
        let text = "[Interview] \"Let the robots out\"\n\n\
                    ChosunBiz met Min Jae-hyuk, chief executive of the robot maker \
                    Neubility, at its office.\n\n\
                    ― Why are the robots still inside the complexes?\n\n\
                    \"Because every district reads the rules differently.\"\n\n\
                    ― Pedestrians worry about being run into.\n\n\
                    \"Our robots stop within 30 centimeters.\"";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[3], Some("Min Jae-hyuk".into()));
        assert_eq!(speakers[5], Some("Min Jae-hyuk".into()));
        // A one-word name that is no masthead meets someone in the narration.
        let text = "Yoon met Xi Jinping in Lima on Friday.\n\n\
                    ― Did they agree?\n\n\
                    \"Not yet.\"\n\n\
                    ― What comes next?\n\n\
                    \"Talks.\"";
        assert_ne!(sentence_speakers(text)[2], Some("Xi Jinping".into()));
    }

    #[test]
    fn a_surname_spelt_like_a_word_labels_turns_among_named_ones() {
        let text = "Lim: Professor Kang, why 65?\n\n\
                    Kang: Because that is when the pension starts.\n\n\
                    Do: Nobody disputes the gap. But the cost falls on the young.\n\n\
                    Lim: Professor Kang, is rehiring enough?\n\n\
                    Kang: No.\n\n\
                    Do: Japan chose rehiring.\n\n\
                    The debate was moderated by Lim Chae-won with Professor Kang.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[2], Some("Do".into()));
        assert_eq!(speakers[3], Some("Do".into()));
        assert_eq!(speakers[6], Some("Do".into()));
        // Once, it is no one's name.
        let text = "Lim: Professor Kang, why 65?\n\n\
                    Kang: Because that is when the pension starts.\n\n\
                    Note: The pension age rises in 2033.\n\n\
                    Lim: Is rehiring enough?\n\n\
                    Kang: No.\n\n\
                    The debate was moderated by Lim Chae-won with Professor Kang.";
        assert_eq!(sentence_speakers(text)[2], None);
    }

    #[test]
    fn a_letters_page_introduction_reports_no_one() {
        let target = Target {
            id: "T1".into(),
            name: "Banning smoking near bus stops".into(),
            aliases: vec!["the proposed ban".into()],
            origin: TargetOrigin::Given,
        };
        let text = "Letters to the editor\n\n\
                    Readers respond to our report on the proposed ban on smoking near bus \
                    stops.\n\n\
                    I have asthma, and the ban is long overdue.";
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let intro = &doc.sentences[1];
        assert_eq!(intro.quote, QuoteKind::None);
        assert!(!intro.unnamed_source);
        assert!(intro.stances.is_empty());
    }

    #[test]
    fn letters_opened_by_a_salutation_and_signed_on_two_lines() {
        let text = "Readers write: Opening apartment gyms to neighbors\n\n\
                    Sir, your report on the complex missed the point.\n\n\
                    We pay for that gym through our fees.\n\n\
                    Hwang Jae-sung\nSongdo, Incheon\n\n\
                    Sir, I am one of those neighbors.\n\n\
                    Other complexes should try it.\n\n\
                    Lee Soo-bin\nSongdo, Incheon";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let speakers: Vec<Option<&str>> = (0..doc.sentences.len())
            .map(|i| speaker_of(&doc, i))
            .collect();
        assert_eq!(
            speakers,
            [
                None,
                Some("Hwang Jae-sung"),
                Some("Hwang Jae-sung"),
                None,
                None,
                Some("Lee Soo-bin"),
                Some("Lee Soo-bin"),
                None,
                None
            ]
        );
        let credits: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| doc.sentences[i].kind == SentenceKind::Credit)
            .collect();
        assert_eq!(credits, [3, 4, 7, 8]);
    }

    #[test]
    fn a_letter_under_its_own_heading_is_its_signer_s() {
        let text = "[Letters] Readers on the quota\n\n\
                    Train doctors where they are needed\n\n\
                    I am a nurse at a county hospital.\n\n\
                    Kim Eun-sook, Mokpo\n\n\
                    Students are paying for this\n\n\
                    My son has not attended a class since February.\n\n\
                    Park Jong-hoon, Daegu";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let speakers: Vec<Option<&str>> = (0..doc.sentences.len())
            .map(|i| speaker_of(&doc, i))
            .collect();
        assert_eq!(
            speakers,
            vec![
                None,
                None,
                Some("Kim Eun-sook"),
                None,
                None,
                Some("Park Jong-hoon"),
                None
            ]
        );
    }

    #[test]
    fn a_letter_set_as_lines_of_one_paragraph_is_its_signer_s() {
        // Each letter one paragraph: its heading, its lines, its dashed signature.
        let text = "Letters to the Editor\n\n\
                    Keep the old bus route\n\
                    I ride the 7 to work every morning.\n\
                    The new route adds twenty minutes.\n\
                    — Seo Min-ji, Bupyeong-gu, Incheon\n\n\
                    The new route is better\n\
                    My daughter can now take one bus to school.\n\
                    — Oh Kyung-ho, retired teacher, Incheon";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let speakers: Vec<Option<&str>> = (0..doc.sentences.len())
            .map(|i| speaker_of(&doc, i))
            .collect();
        let kinds: Vec<SentenceKind> = doc.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(
            speakers,
            vec![
                None,
                None,
                Some("Seo Min-ji"),
                Some("Seo Min-ji"),
                None,
                None,
                Some("Oh Kyung-ho"),
                None
            ]
        );
        assert_eq!(kinds[1], SentenceKind::Heading);
        assert_eq!(kinds[4], SentenceKind::Credit);
        assert_eq!(kinds[5], SentenceKind::Heading);
    }

    #[test]
    fn the_interviewee_after_a_place_and_a_lowercase_role() {
        let text = "[Interview] \"Phones down on the crosswalk\"\n\n\
                    Seoul city council member Han Jae-won has drafted an ordinance. \
                    Han spoke with us on the 14th.\n\n\
                    Q. Why fines?\n\n\
                    A. We have run campaigns for ten years.\n\n\
                    Q. Will it work?\n\n\
                    A. People change their habits when it costs them something.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers.last(), Some(&Some("Han Jae-won".into())));
    }

    #[test]
    fn the_interviewee_named_after_a_role_in_the_heading_comes_before_the_introduction() {
        let text = "[Interview] Hanul Mobility CEO Lee Dong-hoon: \"Freight will run on hydrogen\"\n\n\
                    Hanul Mobility, which makes fuel cell systems, delivered its 1,000th truck. \
                    ChosunBiz met CEO Lee Dong-hoon in Yongin.\n\n\
                    ― Many people say battery trucks have won.\n\n\
                    \"For city deliveries, that is true.\"\n\n\
                    ― Is hydrogen too expensive?\n\n\
                    \"Right now, yes.\"";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], None);
        assert_eq!(speakers[4], Some("Lee Dong-hoon".into()));
        assert_eq!(speakers[6], Some("Lee Dong-hoon".into()));
    }

    #[test]
    fn a_quotation_that_runs_on_into_a_sentence_opening_with_if_is_attributed_where_it_closes() {
        let text = "\"My customers have to stop. If the city likes cars, it should build \
                    lots,\" said Oh Se-jin, who runs a shop.";
        assert_eq!(
            sentence_speakers(text),
            vec![Some("Oh Se-jin".into()), Some("Oh Se-jin".into())]
        );
    }

    #[test]
    fn an_organisation_whose_name_joins_two_parts_is_named_whole_after_according_to() {
        let text = "According to the Korea Offshore and Shipbuilding Association on the 9th, \
                    the industry will be short of 14,000 workers.";
        assert_eq!(
            sentence_speakers(text),
            vec![Some("Korea Offshore and Shipbuilding Association".into())]
        );
    }

    #[test]
    fn a_quotation_that_opens_an_interview_is_the_one_who_made_this_warning() {
        let text = "\"Companies will simply hire fewer young people.\" \
                    Kwon Hye-jin, a fellow at the Korea Labor Institute, made this warning \
                    in an interview on the 14th. \
                    Asked about seniority pay, she was unequivocal.";
        assert_eq!(
            sentence_speakers(text),
            vec![
                Some("Kwon Hye-jin".into()),
                Some("Kwon Hye-jin".into()),
                Some("Kwon Hye-jin".into())
            ]
        );
    }

    #[test]
    fn an_acronym_may_take_two_letters_of_a_word_and_none_of_a_small_one() {
        assert!(super::spells_acronym("KMA", "Korean Medical Association"));
        assert!(super::spells_acronym("KeSPA", "Korea e-Sports Association"));
        assert!(super::spells_acronym("KEPCO", "Korea Electric Power Corp."));
        assert!(super::spells_acronym(
            "KCTU",
            "Korean Confederation of Trade Unions"
        ));
        assert!(!super::spells_acronym("KMA", "Korea Football Association"));
        assert!(!super::spells_acronym("KEPCO", "Korea Electric Power"));
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The Korea e-Sports Association opposed the plan, saying it would hurt teams. \
             KeSPA said reflexes peak in the late teens.",
            Vec::new(),
        );
        assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
        assert_eq!(doc.sentences[1].speaker, Some(0));
    }

    #[test]
    fn a_name_word_that_opens_with_a_small_letter_stays_in_the_name() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The Korea e-Sports Association opposed the plan, saying it would hurt teams.",
            Vec::new(),
        );
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Korea e-Sports Association"]);
    }

    #[test]
    fn an_organisation_that_speaks_under_its_description_is_named_without_its_article() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The drivers' union welcomed the system, saying it would end long shifts.",
            Vec::new(),
        );
        assert_eq!(doc.speakers.len(), 1);
        assert_eq!(doc.speakers[0].name, "The drivers' union");
        assert_eq!(doc.speakers[0].aliases, ["drivers' union"]);
    }

    #[test]
    fn firmness_and_support_stated_of_a_speaker_attribute_a_view() {
        let text = "Erik Lindqvist is a law professor. \
                    He was firm, however, that AI companies must disclose their data. \
                    On the registry, Lindqvist was supportive. \
                    The price of memory chips was firm in October.";
        assert_eq!(
            sentence_speakers(text),
            vec![
                None,
                Some("Erik Lindqvist".into()),
                Some("Erik Lindqvist".into()),
                None
            ]
        );
    }

    #[test]
    fn an_attitude_stated_of_a_speaker_is_their_view_with_no_words_reported() {
        let text = "Kim Min-su is a professor at Yonsei University. \
                    Asked about the pact, Kim was more cautious. \
                    He remains wary of a treaty. \
                    It is critical that talks resume. \
                    Regarding nuclear arms, Kim was blunt.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let quotes: Vec<QuoteKind> = doc.sentences.iter().map(|s| s.quote).collect();
        assert_eq!(
            sentence_speakers(text),
            vec![
                None,
                Some("Kim Min-su".into()),
                Some("Kim Min-su".into()),
                None,
                Some("Kim Min-su".into())
            ]
        );
        assert_eq!(quotes[1..3], [QuoteKind::None, QuoteKind::None]);
    }

    #[test]
    fn a_full_quotation_then_a_report_in_other_words_is_mixed() {
        let quote = |text: &str| {
            Pipeline::rules_only()
                .annotate("t", text, Vec::new())
                .sentences[0]
                .quote
        };
        assert_eq!(
            quote(
                "Mayor Park stressed, \"The relocation is the start,\" and urged the Assembly to pass the bill."
            ),
            QuoteKind::Mixed
        );
        assert_eq!(
            quote("Mayor Park stressed, \"The relocation is the start,\" and the crowd cheered."),
            QuoteKind::Direct
        );
        assert_eq!(
            quote("Han Seung-hee, a research fellow, was negative about the tax."),
            QuoteKind::None
        );
    }

    #[test]
    fn variant_spellings_with_a_shared_affiliation_are_one_speaker() {
        let s = speakers(
            "Park Jeong-ho, a research fellow at the Hanbit Policy Institute, said prices will rise. \
             Park Jung-ho of the Hanbit Policy Institute added that wages lag.",
        );
        assert_eq!(s.len(), 1, "{s:?}");
    }

    #[test]
    fn close_names_without_shared_affiliation_stay_apart() {
        let s = speakers("Kim Jong-un said talks are over. Kim Jong-il said they never began.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn pronouns_follow_gender() {
        let text = "Ms. Lee Ji-eun said rates must fall. Mr. Park Min-su said they must not. \
                    She added that the won is weak. He said exports are strong.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let names: Vec<Option<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.speaker.map(|i| doc.speakers[i].name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                Some("Lee Ji-eun"),
                Some("Park Min-su"),
                Some("Lee Ji-eun"),
                Some("Park Min-su")
            ]
        );
    }

    #[test]
    fn a_participle_of_speech_reports_the_opening_subject() {
        let text = "Governor Yoon Tae-ho renewed his call for a fuel tax holiday, saying \
                    drivers are struggling. The plan faces resistance, adding to the debate. \
                    Kim Min-su raised prices, adding to inflation.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
        assert_eq!(doc.speakers[0].name, "Yoon Tae-ho");
        assert_eq!(doc.sentences[0].speaker, Some(0));
        // A participle that is no verb of speech, or an opening that names no one.
        assert_eq!(doc.sentences[1].speaker, None);
        assert_eq!(doc.sentences[2].speaker, None);
    }

    #[test]
    fn a_participle_after_a_verb_phrase_between_commas_reports_the_opening_subject() {
        let text = "The Korea Hospital Association, which represents private hospitals, \
                    took a cautious position, saying it would support the plan. \
                    Pharmacists, meanwhile, object to the delivery of drugs.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
        assert_eq!(doc.speakers[0].name, "Korea Hospital Association");
        assert_eq!(doc.sentences[0].speaker, Some(0));
        // An aside between the commas still leaves the group before it.
        assert_eq!(doc.sentences[1].speaker, None);
        assert!(doc.sentences[1].unnamed_source);
    }

    #[test]
    fn what_others_expect_of_a_subject_is_not_its_words() {
        let text = "The ministry is expected to announce its decision next month. \
                    Yoon Seok-jin, a professor at Korea University, made this point in an \
                    interview.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.sentences[0].speaker, None);
        assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
        assert_eq!(doc.speakers[0].name, "Yoon Seok-jin");
        assert_eq!(doc.sentences[1].speaker, Some(0));
    }

    #[test]
    fn a_list_inside_a_relative_clause_and_groups_that_campaign() {
        let text = "The Korea Internet Corporations Association, which represents Naver, \
                    Kakao and smaller platforms, warned that a limit would backfire. \
                    It also questioned how ages could be checked. \
                    Parents' groups have campaigned for the change.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1, "{:?}", doc.speakers);
        assert_eq!(
            doc.speakers[0].name,
            "Korea Internet Corporations Association"
        );
        assert_eq!(doc.sentences[0].speaker, Some(0));
        assert_eq!(doc.sentences[1].speaker, Some(0));
        assert_eq!(doc.sentences[2].speaker, None);
        assert!(doc.sentences[2].unnamed_source);
    }

    #[test]
    fn organisations_and_groups() {
        let text = "The Ministry of Economy and Finance said exports rose. The ministry said \
                    the budget must grow. Officials said the plan should wait.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1);
        assert_eq!(doc.speakers[0].name, "Ministry of Economy and Finance");
        assert_eq!(doc.speakers[0].kind, SpeakerType::Organisation);
        assert_eq!(doc.sentences[1].speaker, Some(0));
        assert_eq!(doc.sentences[2].speaker, None);
        assert!(doc.sentences[2].unnamed_source);
        // The place a group or someone is in does not speak.
        let text = "Fishing cooperatives in South Korea welcomed the decision. \
                    Every few years, someone in Sejong proposes moving the holiday.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.sentences[0].speaker, None);
        assert!(doc.sentences[0].unnamed_source);
        assert_eq!(doc.sentences[1].speaker, None);
    }

    /// The name of sentence `i`'s speaker.
    fn speaker_of(doc: &Document, i: usize) -> Option<&str> {
        doc.sentences[i]
            .speaker
            .map(|s| doc.speakers[s].name.as_str())
    }

    #[test]
    fn shops_near_a_place_are_a_group_and_restaurants_let_act_are_none() {
        let text = "Rental shops near Gyeongbokgung said the change would cost them most of \
                    their trade. The ministry will let restaurants admit pet dogs from March.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert!(doc.sentences[0].unnamed_source);
        assert!(!doc.sentences[1].unnamed_source);
        assert!(doc.speakers.is_empty());
    }

    #[test]
    fn a_titled_person_of_an_organisation_is_a_person() {
        let text = "Council member Song Jae-won of the Democratic Party said he would vote \
                    against the bill. \"It breaks the bargain,\" he said. The Bank of Korea \
                    said it would wait.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Song Jae-won"));
        assert_eq!(speaker_of(&doc, 1), Some("Song Jae-won"));
        assert_eq!(speaker_of(&doc, 2), Some("Bank of Korea"));
    }

    #[test]
    fn a_verb_of_speech_in_a_trailing_clause_of_time_reports_nothing() {
        let text = "The Ministry of Economy and Finance said on Tuesday that it would cut the \
                    tax. The government should not send the bill to the Assembly until it has \
                    answered that question. Rates will rise when the ministry announces the \
                    figures.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Ministry of Economy and Finance"));
        assert_eq!(speaker_of(&doc, 1), None);
        assert_eq!(speaker_of(&doc, 2), None);
        // A date between the words of a phrase of speech.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "The Democratic Party pledged on the 5th to cut army service to 12 months.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), Some("Democratic Party"));
    }

    #[test]
    fn a_person_from_a_party_is_a_person() {
        let text = "\"I pay 264,000 won a month,\" said Yoo Seon-mi, a nurse. Bae Jung-hoon, a \
                    city council member from the opposition party, said the discount would \
                    cost money. \"Subsidizing cars is wrong,\" he said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 2), Some("Bae Jung-hoon"));
    }

    #[test]
    fn a_library_named_before_speaks_as_the_library() {
        let text = "The Seoul Metropolitan Library has run late opening at four branches. \
                    Evening visits rose by a third, the library says.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Seoul Metropolitan Library"));
    }

    #[test]
    fn an_abbreviated_company_between_commas_speaks() {
        let text = "Its operator, Incheon Bridge Co., said the change would not affect it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Incheon Bridge Co."));
    }

    #[test]
    fn a_verb_of_speech_in_an_opening_clause_of_time_reports_nothing() {
        let text = "The ministry delayed the ban again. The next time the ministry \
                    announces a deadline, why would anyone prepare for it?";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
    }

    #[test]
    fn an_organisation_on_a_subject_keeps_the_subject_in_its_name() {
        let text = "The Korean Association on Smoking or Health said the booths should go. \
                    The Constitutional Court on Thursday said the law stands.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            Some("Korean Association on Smoking or Health")
        );
        // A day after "on" is no part of it.
        assert_eq!(speaker_of(&doc, 1), Some("Constitutional Court"));
    }

    #[test]
    fn an_acronym_of_its_initials_names_an_organisation() {
        let text = "The Korean Medical Association opposed the move on Monday. \
                    \"A consultation matters,\" the KMA said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1);
        assert_eq!(speaker_of(&doc, 1), Some("Korean Medical Association"));
    }

    #[test]
    fn a_transcript_s_host_named_in_its_labels_asks() {
        for intro in [
            "Ryu Ji-won (host): Police want to raise the age. Dr. Shin, why?",
            "Host Ryu Ji-won: Police want to raise the age. Dr. Shin, why?",
        ] {
            let text = format!(
                "The guests were Shin Dae-ho, a researcher, and Ko Ha-neul, who runs a union.\n\n\
                 {intro}\n\n\
                 Shin: Riders aged 16 are three times as likely to be killed.\n\n\
                 Ryu: Mr. Ko, your members include many teenagers.\n\n\
                 Ko: About one in ten."
            );
            let doc = Pipeline::rules_only().annotate("t", &text, Vec::new());
            let by_text = |opening: &str| {
                let i = (0..doc.sentences.len())
                    .find(|&i| doc.sentence_text(i).starts_with(opening))
                    .expect("sentence");
                speaker_of(&doc, i)
            };
            assert_eq!(by_text("Shin:"), Some("Shin Dae-ho"), "{intro}");
            assert_eq!(by_text("Ryu:"), None, "{intro}");
            assert_eq!(by_text("Ko:"), Some("Ko Ha-neul"), "{intro}");
        }
    }

    #[test]
    fn a_transcript_speaks_through_the_names_that_open_its_lines() {
        let text = "We asked Rep. Seo Ji-won and Kang Tae-ho, who runs a cafe, to debate it.\n\n\
                    Host: Rep. Seo, why is a ban needed?\n\n\
                    Seo: Children are citizens too. The commission said so in 2017.\n\n\
                    Kang: A ban punishes owners.\n\n\
                    Tip: book ahead.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(1), None, "the host asks");
        assert_eq!(name(2), Some("Seo Ji-won"));
        assert_eq!(
            name(3),
            Some("Seo Ji-won"),
            "a verb of speech inside a turn"
        );
        assert_eq!(name(4), Some("Kang Tae-ho"));
        assert_eq!(name(5), None, "a label that names no one in the text");
        assert!(
            doc.sentences[2..5]
                .iter()
                .all(|s| s.quote == crate::document::QuoteKind::Direct)
        );
    }

    #[test]
    fn an_age_in_parentheses_an_organisations_official_and_a_place_of_work() {
        let text = "Kim Seon-hee (38), who sends her child to a kindergarten, said the rule helped. \
                    Park Min-ji (41) said it did not. \
                    An official from the Ministry of Education said the rule would stay. \
                    An analyst at Hana Securities said prices would rise. \
                    Professor Jung Mi-ra of the Department of Early Childhood Education at Ewha Womans University said it increased.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Kim Seon-hee"));
        assert_eq!(name(1), Some("Park Min-ji"));
        assert_eq!(name(2), Some("Ministry of Education"));
        assert_eq!(name(3), None);
        assert!(doc.sentences[3].unnamed_source);
        assert_eq!(name(4), Some("Jung Mi-ra"));
        let text = "The Ministry of Health said the plan would start in July. \
                    An official at the ministry said the budget was set. \
                    An analyst at the firm said it was fine.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Ministry of Health"));
        assert_eq!(speaker_of(&doc, 2), None);
        let text = "An official of the Rural Development Administration told the committee \
                    that drift falls off after 50 meters. \
                    A member of the Korea Alpine Federation said the trail was full.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            Some("Rural Development Administration")
        );
        assert_eq!(speaker_of(&doc, 1), None, "a member speaks for no body");
        let text = "Small-business consultant Min Ji-hoon answers readers' questions every week.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            None,
            "answering questions reports no words"
        );
        assert!(doc.speakers.iter().all(|s| s.name == "Min Ji-hoon"));
        let text = "FC Seoul will replace the grass, the club confirmed Friday.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("FC Seoul"));
        let text = "The Korea Federation of Teachers' Associations (KFTA) said it objected. \
                    The KFTA said in a statement that the rule was wrong.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers.len(), 1, "the acronym names the federation");
        assert_eq!(doc.sentences[1].speaker, Some(0));
        let text = "Rep. Bae Jun-ho said the figure was right. \
                    Bae's office said the lawmaker would correct it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Bae Jun-ho"));
        let text = "Deaths fell, according to a study published Monday by the Korea Transport Institute. \
                    The institute's researchers said the results supported a lower limit. \
                    \"The evidence is strong,\" said lead author Jeon Hyun-woo.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korea Transport Institute"));
        assert_eq!(speaker_of(&doc, 1), Some("Korea Transport Institute"));
        assert_eq!(speaker_of(&doc, 2), Some("Jeon Hyun-woo"));
        let text = "A survey by the recruiting firm Saramin found that most workers would quit. \
                    Police found that the driver was drunk.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Saramin"));
        assert_eq!(speaker_of(&doc, 1), None);
        let text = "About 400 shops call themselves child-free, according to a count by the \
                    Ministry of Health and Welfare last year. \
                    Cooks start early, and adding breakfast would mean starting at 5, the \
                    ministry said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Ministry of Health and Welfare"));
        assert_eq!(speaker_of(&doc, 1), Some("Ministry of Health and Welfare"));
    }

    #[test]
    fn descriptions_and_appositives_name_the_organisation_before_them() {
        let text = "The ruling People Power Party will submit a bill, the party said. \
                    The main opposition Democratic Party immediately opposed the plan. \
                    Its floor spokesperson, Rep. Han Min-soo, said the cut was unfair. \
                    When the government announced the plan, lobbies reacted with alarm. \
                    Then how should Korea respond?";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("People Power Party"));
        assert_eq!(name(1), Some("Democratic Party"));
        assert_eq!(name(2), Some("Han Min-soo"));
        assert_eq!(name(3), None);
        assert_eq!(name(4), None);
    }

    #[test]
    fn the_city_is_the_metropolitan_government_named_before() {
        let text = "Fares will rise in October, the Seoul Metropolitan Government said. \
                    The city said the operator lost money last year.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Seoul Metropolitan Government"));
        assert_eq!(speaker_of(&doc, 1), Some("Seoul Metropolitan Government"));
    }

    #[test]
    fn the_company_is_the_business_a_noun_for_one_introduced() {
        let text = "Online retailer Hanbit Mall will start charging for returns next month. \
                    The company said returns had tripled in three years.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Hanbit Mall"));
        // Without the noun for a business, two capitalised words name no business.
        let text = "Online, Hanbit Mall will start charging for returns next month. \
                    The company said returns had tripled in three years.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("The company"));
    }

    #[test]
    fn businesses_by_their_generic_nouns_and_sources_by_their_phrases() {
        let text = "SEOUL (Reuters) - Hanul Motors will close its plant, the carmaker said. \
                    Hanul said the move would cut costs. \
                    The metal workers' union called the decision a betrayal. \
                    People familiar with the matter said the board had considered a sale.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Hanul Motors"));
        assert_eq!(name(1), Some("Hanul Motors"));
        assert_eq!(name(2), Some("The metal workers' union"));
        assert_eq!(name(3), None);
        assert!(doc.sentences[3].unnamed_source);
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Two board members, whose names were not disclosed, argued for a cut.",
            Vec::new(),
        );
        assert!(doc.sentences[0].unnamed_source);
    }

    #[test]
    fn organisation_names_with_lists_acronyms_and_group_words() {
        let text = "The Ministry of Trade, Industry and Energy supports the exemption. \
                    The Korean Confederation of Trade Unions said the plan was bad. \
                    In a report, the Korea Development Institute (KDI) said poverty rose.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Ministry of Trade, Industry and Energy"));
        assert_eq!(name(1), Some("Korean Confederation of Trade Unions"));
        assert_eq!(name(2), Some("Korea Development Institute"));
        assert!(
            doc.speakers
                .iter()
                .all(|s| s.kind == SpeakerType::Organisation)
        );
    }

    #[test]
    fn a_shared_surname_names_the_person_mentioned_last() {
        let text = "Kim Hyun-woo, who heads a startup forum, said the law was bad. \
                    Kim Ji-won, a lawyer, said the law was needed. \
                    \"It is overdue,\" Kim said. \
                    As Professor Jung Bum-jin once put it, \"Storage is a promise.\"";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(2), Some("Kim Ji-won"));
        assert_eq!(name(3), Some("Jung Bum-jin"));
    }

    #[test]
    fn abbreviated_companies_affiliations_and_relative_appositives() {
        let text = "Korea Electric Power Corp. said the exit would raise bills. \
                    \"It is late,\" said Lee Ji-eun of Solutions for Our Climate. \
                    Industry Minister Ahn Duk-geun, whose ministry drafts the plan, declined to comment.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Korea Electric Power Corp"));
        assert_eq!(name(1), Some("Lee Ji-eun"));
        assert_eq!(name(2), Some("Ahn Duk-geun"));
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Secretary of State Antony Blinken said the talks would resume.",
            Vec::new(),
        );
        assert_eq!(doc.speakers[0].name, "Antony Blinken");
    }

    #[test]
    fn idioms_of_translated_reports_and_votes() {
        let text = "Goyang City expressed strong opposition to the relocation. \
                    Governor Kim Young-hwan evaluated that the move would help the region. \
                    The People Power Party voted against the bill.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Goyang City"));
        assert_eq!(speaker_of(&doc, 1), Some("Kim Young-hwan"));
        assert_eq!(speaker_of(&doc, 2), Some("People Power Party"));
        // Advice on a subject, none of it reported: background, not a statement.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Jang Hye-rin has advised three governments on energy pricing.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), None);
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Kim advises the Ministry of Trade, Industry and Energy on the chip cluster.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), None);
        // What a party proposed, set beside the subject, is no report.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Requiring labels, as the ministry proposed in 2022, is the least we can do.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn an_unnamed_source_after_a_quotation_or_named_by_a_plural() {
        let text = "\"The ring road moved the jams to our door,\" said a resident of the suburb. \
                    \"It works,\" Rhee told a news conference. \
                    Supermarket chains said the price floor punished moderate drinkers. \
                    \"Nobody is defended,\" said one former public defender.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert!(doc.sentences[0].unnamed_source);
        // A name between the quotation and the verb is the speaker.
        assert_eq!(speaker_of(&doc, 1), Some("Rhee"));
        assert!(doc.sentences[2].unnamed_source);
        assert!(doc.sentences[3].unnamed_source);
    }

    #[test]
    fn a_name_after_the_verb_that_closes_an_indirect_report() {
        let text = "Raising the fee would push fares beyond what students can pay, said Yoo Jung-hoon, \
                    a professor at Ajou University. \
                    \"It went up in 2023 and nothing moved,\" he said. \
                    In Busan, said Kim Min-ji, the plan is already late. \
                    The fee will rise, said the ministry.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Yoo Jung-hoon"));
        assert_eq!(speaker_of(&doc, 1), Some("Yoo Jung-hoon"));
        // A short opening phrase is no report; the name does not close the sentence.
        assert_eq!(speaker_of(&doc, 2), None);
    }

    #[test]
    fn time_between_subject_and_verb_and_businesses_by_description() {
        let text = "The Korean Transport Workers' Union on Monday proposed a ban on night work. \
                    Coupang, the country's largest online retailer, said a ban would hurt merchants. \
                    The company said most drivers chose the night shift. \
                    An extra budget will also add to the national debt.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korean Transport Workers' Union"));
        assert_eq!(speaker_of(&doc, 2), Some("Coupang"));
        let coupang = doc.speakers.iter().find(|s| s.name == "Coupang");
        assert_eq!(coupang.map(|s| s.kind), Some(SpeakerType::Organisation));
        assert_eq!(speaker_of(&doc, 3), None);
        assert!(!doc.sentences[3].unnamed_source);
    }

    #[test]
    fn titles_whose_complement_runs_over_and_and_commas() {
        let text = "Vice Minister of Employment and Labor Kim Min-seok said the law stands. \
                    Minister of Trade, Industry and Energy Ahn Duk-geun said talks went well. \
                    Kim, Lee and Park said the plan was bad.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Kim Min-seok"));
        assert_eq!(speaker_of(&doc, 1), Some("Ahn Duk-geun"));
        assert_eq!(speaker_of(&doc, 2), Some("Park"));
        let text = "The Korea Federation of Banks said the tax was bad.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korea Federation of Banks"));
    }

    #[test]
    fn a_verb_of_speech_after_and_shares_the_opening_subject() {
        let text =
            "Gyeonggi, however, has its own refund program, and says the card helps Seoul only.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Gyeonggi"));
    }

    #[test]
    fn descriptions_with_their_words_and_unnamed_officials() {
        let text = "The Ministry of Justice announced the rule on Monday. \
                    Critics asked the Ministry of Economy and Finance to act, and the Bank of Korea agreed. \
                    The finance ministry said it was reviewing the request. \
                    The bank said issuance should start slowly. \
                    An FSC official, who asked not to be named, said a deal was near. \
                    Another official, who asked not to be named, said it was not. \
                    Lee Ho-jin countered that the rule was a mistake. \
                    \"Money is a public good. It is not a loyalty point,\" Rhee Chang-yong said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Ministry of Justice"));
        assert_eq!(name(2), Some("Ministry of Economy and Finance"));
        assert_eq!(name(3), Some("Bank of Korea"));
        assert_eq!(name(4), None);
        assert!(doc.sentences[4].unnamed_source);
        assert_eq!(name(5), None);
        assert!(doc.sentences[5].unnamed_source);
        assert_eq!(name(6), Some("Lee Ho-jin"));
        assert_eq!(name(7), Some("Rhee Chang-yong"));
        assert_eq!(name(8), Some("Rhee Chang-yong"));
        // With no ministry of finance named, "the finance ministry" is a body of its own,
        // not the other ministry that spoke.
        let text = "The Ministry of Land, Infrastructure and Transport says riders take more \
                    trips. The finance ministry has objected that it would cost more.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("The finance ministry"));
        // Words that went with the name before are its description.
        let text = "The governing New Future Party said it would cut the term. \
                    The governing party said the vote would come in June.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("New Future Party"));
    }

    #[test]
    fn persons_of_described_organisations_and_pronouns_after_according_to() {
        let text = "Rep. Oh Se-jin of the main opposition party said the plan was bad. \
                    The party said it would vote against it. \
                    Michael Brennan said the deal was good. \
                    According to him, Seoul would be wise to sign it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let name = |i: usize| speaker_of(&doc, i);
        assert_eq!(name(0), Some("Oh Se-jin"));
        assert_ne!(
            name(1),
            Some("Oh Se-jin"),
            "the party is not a person of it"
        );
        assert_eq!(name(3), Some("Michael Brennan"));
    }

    #[test]
    fn the_subject_before_a_relative_clause() {
        let text =
            "The Korean Metal Workers' Union, which represents dock workers, said it would strike.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korean Metal Workers' Union"));
    }

    #[test]
    fn possessives_inside_an_organisation_name() {
        let s = speakers(
            "The Korea Farmers' Associations United rejected the plan. \
             The People's Solidarity for Fair Housing said the plan was late. \
             The Korea Paper and Pulp Association said the plan was fair.",
        );
        let names: Vec<&str> = s.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Korea Farmers' Associations United",
                "People's Solidarity for Fair Housing",
                "Korea Paper and Pulp Association"
            ]
        );
    }

    #[test]
    fn an_indefinite_group_described_by_a_plural_possessive() {
        let text = "The ministry said it would decide by June. \
                    A patients' group welcomed the change. \
                    Some lawmakers prefer to cut benefits instead.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
        assert!(doc.sentences[1].unnamed_source);
        // A group's stated preference, told in the narration, is the group's voice.
        assert_eq!(speaker_of(&doc, 2), None);
        assert!(doc.sentences[2].unnamed_source);
    }

    #[test]
    fn an_explainers_answers_are_the_writers() {
        let text = "Q&A: Will you have to buckle up on the bus?\n\n\
                    The ministry wants seat belts on all new buses.\n\n\
                    Q. Why now?\n\n\
                    A. Two crashes last year killed five passengers.\n\n\
                    Q. Who is against it?\n\n\
                    A. Bus operators.\n\n\
                    \"We drive the bus,\" said Ahn Byung-chul of the drivers' union.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let said: Vec<Option<&str>> = (0..doc.sentences.len())
            .map(|i| speaker_of(&doc, i))
            .collect();
        assert_eq!(
            said,
            [None, None, None, None, None, None, Some("Ahn Byung-chul")]
        );
    }

    #[test]
    fn they_in_a_relative_clause_is_the_opening_group() {
        let text = "The city said it would decide by June. \
                    Business groups favor light rail, which they say would draw shoppers.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
        assert!(doc.sentences[1].unnamed_source);
    }

    #[test]
    fn the_office_of_a_named_owner_without_an_article() {
        let text = "Gyeonggi Province's education office has proposed a later start. \
                    Daegu's transit authority said the plan was late.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            Some("Gyeonggi Province's education office")
        );
        assert_eq!(speaker_of(&doc, 1), Some("Daegu's transit authority"));
    }

    #[test]
    fn appositives_with_a_modified_role_or_a_think_tank() {
        let text = "Baek Jong-min, managing director of the Korea Life Insurance Association, put it bluntly: \"Prices are wrong.\" \
                    The Hyundai Research Institute, a private think tank, said prices were high.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Baek Jong-min"));
        assert_eq!(speaker_of(&doc, 1), Some("Hyundai Research Institute"));
    }

    #[test]
    fn a_group_that_opens_the_sentence_after_its_dateline() {
        let text = "INCHEON, March 4 (Yonhap) -- Residents of Yeongjong Island on Wednesday demanded a ban. \
                    SEOUL (Yonhap) -- Kim Min-su on Wednesday demanded a ban.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert_eq!(speaker_of(&doc, 1), Some("Kim Min-su"));
    }

    #[test]
    fn it_after_a_name_nothing_makes_a_person_is_that_organisation() {
        let text = "The Korea Cafe Owners Association welcomed the delay. \
                    Greenpeace Korea called the decision a betrayal. \
                    \"The ministry has turned a ban into a suggestion,\" it said. \
                    Kim Da-som said she had bought paper straws. \
                    \"We lose money,\" it said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 2), Some("Greenpeace Korea"));
        // A Korean given name's hyphen makes a person: "it" is an organisation before.
        assert_eq!(speaker_of(&doc, 4), Some("Greenpeace Korea"));
    }

    #[test]
    fn one_of_a_kind_in_apposition() {
        let text = "The city said it would tow scooters. \
                    Swing, one of the largest operators, said the fines were unfair. \
                    It said the city should paint parking bays instead.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Swing"));
        // An operator is a business, so "it" is Swing, not the city.
        assert_eq!(speaker_of(&doc, 2), Some("Swing"));
    }

    #[test]
    fn an_organisation_introduced_then_it_and_the_group() {
        let text = "In a report released Thursday, the Korea Institute for Health and Social Affairs, a state-funded think tank, took a middle path. \
                    It found that research had helped, but warned against letting insurers in. \
                    The Korea Association of Store Owners called the plan reckless. \
                    The group urged the ministry to delay it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 1),
            Some("Korea Institute for Health and Social Affairs")
        );
        assert_eq!(
            speaker_of(&doc, 3),
            Some("Korea Association of Store Owners")
        );
    }

    #[test]
    fn a_comparison_is_the_writers() {
        let text = "The police agency said it would relax the limit. \
                    The complaint is fair, but the evidence is thinner than the agency admits.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
    }

    #[test]
    fn an_age_after_the_name() {
        let text = "Kwon Tae-min, 52, who runs a guesthouse two streets away, said bookings had fallen. \
                    Choi Young-hee, 67, said the curfew helped. \
                    Park Ji-hoon, 41, a bakery owner, said prices were high.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Kwon Tae-min"));
        assert_eq!(speaker_of(&doc, 1), Some("Choi Young-hee"));
        assert_eq!(speaker_of(&doc, 2), Some("Park Ji-hoon"));
    }

    #[test]
    fn a_relative_clause_without_commas_and_the_fund() {
        let text = "The citizens' committee that forced the referendum had argued that the \
                    move would hollow out downtown. \
                    Sterling Bay Capital urged shareholders to vote against the plan. \
                    In a letter to the board, the fund wrote that the split would hurt them.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(speaker_of(&doc, 0).is_some_and(|s| s.contains("committee")));
        assert_eq!(speaker_of(&doc, 2), Some("Sterling Bay Capital"));
    }

    #[test]
    fn a_described_person_a_modal_report_and_a_welcome_of_visitors() {
        let text = "Ahn Gi-jong said the cameras were overdue. \
                    Lee Pil-soo, a former KMA president, went further. \
                    \"Doctors will stop teaching,\" he said. \
                    Under the law, a patient can ask for surgery to be filmed. \
                    Japan, which has no such system, welcomed three times as many tourists. \
                    The Seoul Metro board will vote on the fee next week. \
                    The board should reject the plan and ask the city for a budget. \
                    The board rejected a plan and asked the city for a budget.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 2), Some("Lee Pil-soo"));
        assert_eq!(speaker_of(&doc, 3), None);
        assert!(!doc.sentences[3].unnamed_source);
        assert_eq!(speaker_of(&doc, 4), None);
        assert_eq!(speaker_of(&doc, 6), None);
        assert!(speaker_of(&doc, 7).is_some());
        let text = "From January, workers can open an account into which the government \
                    adds 6 percent of whatever they deposit.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn a_name_that_opens_a_sentence_with_a_possessive_is_named_without_it() {
        let text = "[Interview] Mayor says bike lanes will stay\n\n\
                    Changwon Mayor Yeo Jae-hwan's plan to remove 14 kilometers of bike lanes \
                    has drawn protests. We asked him about it.\n\n\
                    ― Why remove the lanes?\n\n\
                    \"Some of them carry fewer than 30 bicycles a day.\"";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Yeo Jae-hwan"]);
        assert_eq!(doc.speakers[0].aliases, ["Changwon Mayor Yeo Jae-hwan"]);
    }

    #[test]
    fn the_city_is_not_a_council_its_name_qualifies() {
        let text = "The Daejeon City Council voted 14-7 to raise the fare. \
                    The city says its operators lost 95 billion won. \
                    The Jongno District Office asked the council to approve a permit. \
                    The district said stall holders would pay a deposit. \
                    The Korean National Police Agency will require front plates. \
                    The police said cameras cannot identify riders.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("The city"));
        assert_eq!(speaker_of(&doc, 3), Some("Jongno District Office"));
        assert_eq!(speaker_of(&doc, 5), Some("Korean National Police Agency"));
    }

    #[test]
    fn a_verb_of_speech_urged_after_a_verb_of_phase() {
        let text = "City Hall says ridership will grow. \
                    The city should stop calling it public transport and charge a fare. \
                    The city stopped calling it a bargain, the mayor said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
    }

    #[test]
    fn a_sponsor_by_role_and_fans_as_a_group() {
        let text = "The bill's sponsor, Rep. Jeon Yong-gi, said fines had not worked. \
                    Fans have welcomed the move.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Jeon Yong-gi"));
        assert_eq!(speaker_of(&doc, 1), None);
        assert!(doc.speakers.iter().all(|s| s.name != "Fans"));
    }

    #[test]
    fn a_title_with_its_complement_and_a_name_given_after_a_description() {
        let text = "\"It closes the gap,\" said Minister of Employment and Labor Kim Moon-soo. \
                    \"It is fair if drivers show up,\" wrote a reader who signed as Jiho from Mapo. \
                    \"It is not,\" said a resident of the suburb.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Kim Moon-soo"));
        assert_eq!(speaker_of(&doc, 1), Some("Jiho"));
        assert_eq!(speaker_of(&doc, 2), None);
    }

    #[test]
    fn a_relative_named_between_commas_is_the_one_a_pronoun_after_means() {
        let text = "Bae Soo-min said the fee was fair. \
                    Oh's wife, Jeong Mal-soon, is less sure. \
                    \"The canal has leaked for years,\" she said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 1),
            Some("Jeong Mal-soon"),
            "a conviction is a view"
        );
        assert_eq!(speaker_of(&doc, 2), Some("Jeong Mal-soon"));
    }

    #[test]
    fn a_person_introduced_with_an_age_and_verbs_of_worry() {
        let text = "For Lim Soon-ja, 71, that means missed appointments. \
                    \"I waited nine days,\" she says. \
                    Kang Dong-won, 58, who runs a guesthouse, worries that the roads will fill. \
                    The Ministry of Economy and Finance has so far rejected the project. \
                    The government has so far responded with demolition grants. \
                    Regarding fears that Korea will lose factories, Lim said nothing.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert_eq!(speaker_of(&doc, 1), Some("Lim Soon-ja"));
        assert_eq!(speaker_of(&doc, 2), Some("Kang Dong-won"));
        assert_eq!(speaker_of(&doc, 3), Some("Ministry of Economy and Finance"));
        assert_eq!(speaker_of(&doc, 4), None);
        assert_eq!(speaker_of(&doc, 5), Some("Lim Soon-ja"));
    }

    #[test]
    fn a_name_between_commas_after_an_indefinite_description() {
        let text = "A ruling party lawmaker, Kim Min-su, said the ban was wrong. \
                    Another group, Parents for Digital Rights, said a blanket ban would hurt. \
                    An official, who asked not to be named, said it was fine. \
                    The group said it would sue.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Kim Min-su"));
        assert_eq!(speaker_of(&doc, 1), Some("Parents for Digital Rights"));
        assert_eq!(speaker_of(&doc, 2), None);
        assert!(doc.sentences[2].unnamed_source);
        assert_eq!(speaker_of(&doc, 3), Some("Parents for Digital Rights"));
        let group = doc
            .speakers
            .iter()
            .find(|s| s.name == "Parents for Digital Rights");
        assert!(group.is_some_and(|s| s.kind == SpeakerType::Organisation));
    }

    #[test]
    fn a_reactions_roundup_gives_each_quotation_to_its_label() {
        let text = "The ministry announced the plan on Monday, the Ministry of Health said.\n\n\
                    Health Minister Cho Kyu-hong: \"No family should have to choose. \
                    The plan ends that choice.\"\n\n\
                    Hwang Ji-yeon, president of the Korean Nurses Association: \"We welcome \
                    the plan.\"\n\n\
                    Warning: \"Do not reply to this message.\"\n";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Cho Kyu-hong"));
        assert_eq!(speaker_of(&doc, 2), Some("Cho Kyu-hong"));
        assert_eq!(speaker_of(&doc, 3), Some("Hwang Ji-yeon"));
        assert_ne!(speaker_of(&doc, 4), Some("Warning"));
    }

    #[test]
    fn a_person_introduced_with_whose_is_the_one_a_pronoun_after_means() {
        let text = "Health Minister Cho Kyu-hong told the committee it had no objection. \
                    Kim Mi-rae, whose son received a kidney in 2021, watched from the gallery. \
                    \"Every day we waited felt like a year,\" she said afterwards.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 2), Some("Kim Mi-rae"));
    }

    #[test]
    fn an_organisation_named_with_a_list_after_according_to() {
        let text = "According to the Ministry of Land, Infrastructure and Transport on the \
                    5th, the support will be extended. \
                    According to the ministry, exports rose.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            Some("Ministry of Land, Infrastructure and Transport")
        );
        assert_eq!(
            speaker_of(&doc, 1),
            Some("Ministry of Land, Infrastructure and Transport")
        );
    }

    #[test]
    fn an_organisation_that_backed_the_measure_speaks() {
        let text = "The ministry will require a face check. \
                    The National Police Agency backed the measure.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("National Police Agency"));
    }

    #[test]
    fn the_airline_is_the_airline_named_before() {
        let text = "Hanul Air will charge for checked bags from April. \
                    The airline said in a statement that the fee would keep fares low.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Hanul Air"));
    }

    #[test]
    fn a_description_names_an_organisation_named_with_a_list_before() {
        let text = "The Ministry of Land, Infrastructure and Transport should act. \
                    The ministry said it was reviewing the matter.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 1),
            Some("Ministry of Land, Infrastructure and Transport")
        );
    }

    #[test]
    fn a_name_of_four_capitalized_words_ending_in_a_group_word_is_an_organisation() {
        let text = "Seoul Transportation Corporation said dogs may ride. \
                    Korea Animal Rights Advocates said the limit was too low. \
                    \"Large dogs are stuck at home,\" the group said. \
                    The operator said it would review the limit. \
                    South Korean Officials said it was fine.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Korea Animal Rights Advocates"));
        assert_eq!(speaker_of(&doc, 2), Some("Korea Animal Rights Advocates"));
        // A civic group is no business that "the operator" could name.
        assert_eq!(
            speaker_of(&doc, 3),
            Some("Seoul Transportation Corporation")
        );
        // Three words are not enough to outweigh the group word.
        assert_eq!(speaker_of(&doc, 4), None);
    }

    #[test]
    fn a_group_word_that_opens_an_organisations_name() {
        let text = "The civic group Citizens for Daegu Transit said higher fares would drive \
                    riders away.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Citizens for Daegu Transit"));
    }

    #[test]
    fn posted_on_a_platform_reports_words() {
        let text = "Mountaineer Um Hong-gil posted on Instagram that reservations would keep \
                    older hikers off their own mountain. \
                    The company posted a record profit on Monday.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Um Hong-gil"));
        assert_eq!(speaker_of(&doc, 1), None);
    }

    #[test]
    fn a_group_that_opens_coordinated_verbs_is_unnamed() {
        let text = "Two of the seven board members dissented and called for an immediate cut. \
                    Kim Min-su dissented and called for an immediate cut.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert!(doc.sentences[0].unnamed_source);
        assert_eq!(speaker_of(&doc, 1), Some("Kim Min-su"));
    }

    /// Asserts the speaker of each sentence of `text`, read by the rules.
    #[test]
    fn fears_that_reports_a_view_after_a_name_but_not_after_raised() {
        let text = "The Ministry of Education fears that essays will send parents back to \
                    the cram schools. The plan raised fears that prices would rise.";
        assert_speakers(text, &[Some("Ministry of Education"), None]);
    }

    #[test]
    fn a_group_that_now_proposes_is_an_unnamed_source() {
        let text = "[Editorial] Fees\n\nSome lawmakers now propose funding the broadcaster \
                    from the budget.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[1].unnamed_source);
    }

    fn assert_speakers(text: &str, expected: &[Option<&str>]) {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let speakers: Vec<Option<&str>> = (0..doc.sentences.len())
            .map(|k| speaker_of(&doc, k))
            .collect();
        assert_eq!(speakers, expected);
    }

    #[test]
    fn a_q_and_a_whose_questions_head_their_answers_paragraphs() {
        // Each question on the first line of its answer's paragraph; the official who
        // "answered readers' questions" gives the answers, under a role of five words.
        let text = "[Q&A] Library to open on Sundays\n\n\
                    The district will open its main library on Sundays from March. \
                    District culture policy team leader Yoo Seon-mi answered readers' \
                    questions.\n\n\
                    Who will staff it?\n\
                    We will hire four part-time librarians.\n\n\
                    Will the weekday hours change?\n\
                    No.\n\
                    The library will still close at 10 p.m.";
        assert_speakers(
            text,
            &[
                None,
                None,
                None,
                None,
                Some("Yoo Seon-mi"),
                None,
                Some("Yoo Seon-mi"),
                Some("Yoo Seon-mi"),
            ],
        );
    }

    #[test]
    fn a_capitalised_word_that_opens_a_role_is_no_organisation_for_a_closing_description() {
        let text = "Council member Ha Jeong-woo backs the ordinance, the city said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("the city"));
    }

    #[test]
    fn a_prompt_that_does_not_ask_heads_its_answer_s_paragraph_like_the_questions() {
        let text = "[Q&A] Library to open on Sundays\n\n\
                    Team leader Yoo Seon-mi answered readers' questions.\n\n\
                    Who will staff it?\n\
                    We will hire four part-time librarians.\n\n\
                    Residents say the reading room is too small.\n\
                    That is true.\n\
                    We will add forty seats.\n\n\
                    Will the weekday hours change?\n\
                    No.";
        assert_speakers(
            text,
            &[
                None,
                None,
                None,
                Some("Yoo Seon-mi"),
                None,
                Some("Yoo Seon-mi"),
                Some("Yoo Seon-mi"),
                None,
                Some("Yoo Seon-mi"),
            ],
        );
    }

    #[test]
    fn a_name_between_commas_before_where_the_person_works() {
        // The name after the role opens the appositive; the phrase after it says where
        // the person works, and the indefinite role no longer speaks for a group.
        let text = "Council member Ha Jeong-woo said the ordinance would save lives. \
                    A city official, Ryu Sang-min of the road management division, said \
                    the city lacks workers. He said the city could lend equipment.";
        assert_speakers(
            text,
            &[
                Some("Ha Jeong-woo"),
                Some("Ryu Sang-min"),
                Some("Ryu Sang-min"),
            ],
        );
    }

    #[test]
    fn a_closing_document_finding_is_its_authors() {
        let text = "Card companies cut reward points, a Fair Trade Commission review found. \
                    Fees fell, a review by the Korea Development Institute found. \
                    Most backed the cap, a Gallup Korea survey found.";
        assert_speakers(
            text,
            &[
                Some("Fair Trade Commission"),
                Some("Korea Development Institute"),
                None,
            ],
        );
    }

    #[test]
    fn a_short_closing_description_speaks_for_the_opening_name() {
        let text = "Korea Post will stop Saturday deliveries, the postal service said. \
                    Korea Post said carriers would visit on Fridays.";
        assert_speakers(text, &[Some("Korea Post"), Some("Korea Post")]);
        let text = "Korail will ban hot food on trains, the state railway operator said.";
        assert_speakers(text, &[Some("Korail")]);
        // A ministry speaks for its country but is not it.
        let text = "TOKYO (Reuters) - Japan will stop issuing paper cards, the health \
                    ministry said.";
        assert_speakers(text, &[Some("the health ministry")]);
    }

    #[test]
    fn a_name_inside_a_target_s_name_is_no_fuller_form_of_a_speaker() {
        let text = "I have carried the Hanbit Flip 2 for three weeks. \
                    Hanbit says the subscription will stay optional.";
        let target = crate::document::Target {
            id: "T1".into(),
            name: "the Hanbit Flip 2 folding phone".into(),
            aliases: vec!["the Hanbit Flip 2".into()],
            origin: crate::document::TargetOrigin::Given,
        };
        let doc = Pipeline::rules_only().annotate("t", text, vec![target]);
        let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Hanbit"]);
    }

    #[test]
    fn a_group_described_after_a_place_of_two_words_and_a_plural_possessive() {
        assert_speakers(
            "The Yeongjong Island residents' council said night flights woke children.",
            &[Some("The Yeongjong Island residents' council")],
        );
    }

    #[test]
    fn a_name_that_ends_a_relative_clause_is_not_its_subject() {
        let text = "Woowa Brothers, which runs Baemin, the largest app, says the cap would \
                    raise fees.";
        assert_speakers(text, &[Some("Woowa Brothers")]);
    }

    #[test]
    fn a_letters_page_gives_each_letter_to_its_signature() {
        let text = "Letters: a congestion charge\n\n\
                    Our report drew 200 letters. A selection follows.\n\n\
                    I have driven into Jongno for 20 years. A charge will work here.\n\n\
                    - Kim Do-yeon, Jongno-gu\n\n\
                    The charge would hurt small shops.\n\n\
                    My customers will go to the malls.\n\n\
                    - Lee Jae-sung, owner of a stationery shop\n\n\
                    The council will debate the plan in February.\n";
        assert_speakers(
            text,
            &[
                None,
                None,
                None,
                Some("Kim Do-yeon"),
                Some("Kim Do-yeon"),
                None,
                Some("Lee Jae-sung"),
                Some("Lee Jae-sung"),
                None,
                None,
            ],
        );
        // The first letter may run over paragraphs above its signature's own, from
        // the first in the first person singular; the introduction stays no one's.
        let text = "Letters: late-night drinking\n\n\
                    Readers wrote in.\n\n\
                    I live across from the park.\n\n\
                    The noise goes on until 3 a.m.\n\n\
                    A ban would let families back in.\n\n\
                    - Jung Hye-won, Yeongdeungpo-gu\n\n\
                    A beer by the river is a free pleasure.\n\n\
                    - Ahn Tae-yang, Mapo-gu\n";
        assert_speakers(
            text,
            &[
                None,
                None,
                Some("Jung Hye-won"),
                Some("Jung Hye-won"),
                Some("Jung Hye-won"),
                None,
                Some("Ahn Tae-yang"),
                None,
            ],
        );
        // A signature may give the writer's name and town without a dash; it is a
        // credit line, and no one's words.
        let text = "Letters: the doctors we need\n\n\
                    My mother waited four hours for an ambulance.\n\n\
                    Park Sung-ho, Cheongju\n\n\
                    Do not force graduates to work in the regions.\n\n\
                    Jung Mi-kyung, Busan\n";
        assert_speakers(
            text,
            &[
                None,
                Some("Park Sung-ho"),
                None,
                Some("Jung Mi-kyung"),
                None,
            ],
        );
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.sentences[4].kind, SentenceKind::Credit);
        assert!(doc.sentences[4].recommendations.is_empty());
        // A short description of the writer may stand between the name and the town.
        let text = "Letters: seat belts\n\n\
                    I ask every customer to buckle up.\n\n\
                    Choi Gwang-il, taxi driver, Suwon\n\n\
                    The police are right.\n\n\
                    Han Eun-ji, Incheon\n";
        assert_speakers(
            text,
            &[None, Some("Choi Gwang-il"), None, Some("Han Eun-ji"), None],
        );
        // One dash line is no letters page: an author's credit, say.
        let one = "The charge would hurt small shops.\n\n- Lee Jae-sung, Seoul\n";
        let doc = Pipeline::rules_only().annotate("t", one, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn a_person_described_without_a_title_and_named_after() {
        let text = "Mayor Noh Kwan-kyu took questions. \
                    One resident, who gave her name only as Mrs. Baek, asked why the site was chosen. \
                    \"Would you send your grandchildren there?\" she asked the mayor. \
                    A pear farmer, Seo Dong-hun, said buyers would stop ordering. \
                    One of the shop owners, Yoon Hae-jin, said sales would fall. \
                    A spokesman, who asked not to be named, said it was fine.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Baek"));
        assert_eq!(speaker_of(&doc, 2), Some("Baek"));
        assert_eq!(speaker_of(&doc, 3), Some("Seo Dong-hun"));
        assert_eq!(speaker_of(&doc, 4), Some("Yoon Hae-jin"));
        assert_eq!(speaker_of(&doc, 5), None);
        assert!(doc.sentences[5].unnamed_source);
    }

    #[test]
    fn a_campaign_for_something_and_an_adverb_after_a_group() {
        let text = "Koo Byung-chul heads the Seoul Taxi Drivers Union. \
                    Instead, the union is pushing for a fare increase at night. \
                    Officials privately concede that a higher fare will not fix it.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Seoul Taxi Drivers Union"));
        assert_eq!(speaker_of(&doc, 2), None);
        assert!(doc.sentences[2].unnamed_source);
    }

    #[test]
    fn conjunctions_starters_infinitives_and_relative_clauses() {
        let text = "Lee Jae-hoon, head of the transport office, spoke on Tuesday. \
                    But Lee stopped short of endorsing the charge, saying the city would wait. \
                    Rather than cutting the hours, the district should keep one library open and \
                    ask volunteers to staff it. \
                    The association will collect signatures from members to oppose the fee, Lee added. \
                    Rep. Lim Dong-ho, who represents a Daegu district, said the plan was unfair. \
                    The Mapo District Office cut its hours. The district says few people come at night.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Lee Jae-hoon"));
        assert_eq!(speaker_of(&doc, 2), None);
        assert_eq!(speaker_of(&doc, 3), Some("Lee Jae-hoon"));
        assert_eq!(speaker_of(&doc, 4), Some("Lim Dong-ho"));
        let lim = doc.speakers.iter().find(|s| s.name == "Lim Dong-ho");
        assert!(lim.is_some_and(|s| s.kind == SpeakerType::Person));
        assert_eq!(speaker_of(&doc, 6), Some("Mapo District Office"));
    }

    #[test]
    fn a_sentence_adverb_or_contraction_before_a_verb_of_speech_is_no_speaker() {
        let text = "Maybe add an option for dark mode. Perhaps add a search box too. \
                    I'd suggest a separate queue for updates. Highly recommend the spa. \
                    Be warned, the walls are thin. Unfortunately, Kim said, the app crashes.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        for i in 0..5 {
            assert_eq!(speaker_of(&doc, i), None, "sentence {i}");
        }
        assert_eq!(speaker_of(&doc, 5), Some("Kim"));
        assert_eq!(doc.speakers.len(), 1);
    }

    #[test]
    fn a_reply_shot_back_and_a_described_subject_calling() {
        let text = "Candidate Yoon Hee-sook shot back that Seoul is not Paris. \
                    The labor ministry has backed the bill, calling it a necessary response.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Yoon Hee-sook"));
        assert!(speaker_of(&doc, 1).is_some_and(|s| s.contains("ministry")));
    }

    #[test]
    fn a_person_named_first_a_chief_officer_and_a_preference() {
        let text = "Cho Seong-wook led the commission from 2019 to 2021. \
                    \"Breaking up a company takes a decade,\" she said. \
                    What she wants instead is an ex-ante law. \
                    \"We are not selling,\" Chief Financial Officer Jung Min-kyu told analysts.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Cho Seong-wook"));
        assert_eq!(speaker_of(&doc, 2), Some("Cho Seong-wook"));
        assert_eq!(speaker_of(&doc, 3), Some("Jung Min-kyu"));
    }

    #[test]
    fn a_titled_person_introduced_then_a_pronoun() {
        let text = "Lee Min-ho of the union said the plan was late. \
                    Energy economist Park Ji-hoon of Korea University took a middle position. \
                    He said the plan made sense only with subsidies.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 2), Some("Park Ji-hoon"));
    }

    #[test]
    fn an_occupation_before_a_name_introduces_its_person() {
        let text = "Restaurant owner Kim Tae-ho was not convinced. \"Cap it,\" he said. \
                    Park Mi-ra disagreed.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Kim Tae-ho"));
    }

    #[test]
    fn an_answer_that_tells_what_another_says_is_the_interviewees() {
        let text = "Jung Mi-rae, a professor at Inha University, has advised three ministers.\n\n\
                    Q. Employers say it will spread. Will it?\n\n\
                    A. The Korea Enterprises Federation has been saying that about every cut \
                    since 2004. It was wrong then.\n\n\
                    Q. And the unions? A. They want more.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let at = (0..doc.sentences.len())
            .find(|&i| doc.sentence_text(i).starts_with("A. The Korea"))
            .expect("the answer");
        assert_eq!(speaker_of(&doc, at), Some("Jung Mi-rae"));
        assert_eq!(doc.sentences[at].quote, crate::document::QuoteKind::Direct);
        // Progressive verbs of speech report in narration.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Oh Se-ra, who runs a kimchi maker, has been lobbying for a labelling rule.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), Some("Oh Se-ra"));
    }

    #[test]
    fn a_q_and_a_on_one_line_and_an_advisers_career() {
        let text = "Jung Mi-rae, a professor at Inha University, has advised three ministers.\n\n\
                    Q. Fees have doubled. Why? A. \"Two firms hold the market.\"\n\n\
                    Q. What should change? A. \"Cap the fees.\"";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
        assert_eq!(speaker_of(&doc, 3), Some("Jung Mi-rae"));
        assert_eq!(speaker_of(&doc, 5), Some("Jung Mi-rae"));
        assert_eq!(doc.sentences[3].quote, crate::document::QuoteKind::Direct);
    }

    #[test]
    fn a_labelled_answer_runs_on_over_an_unlabelled_paragraph() {
        let text = "Jung Mi-rae, a professor at Inha University, has advised three ministers.\n\n\
                    Q. Fees have doubled. Why?\n\nA. Two firms hold the market.\n\n\
                    Neither has to compete on price.\n\n\
                    Q. What should change?\n\nA. Cap the fees.\n\n\
                    The Fair Trade Commission said it would study a cap.\n\n\
                    Q. Will it?\n\nA. I doubt it.\n\n\
                    Platform operators say a cap would hurt small restaurants.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 4), Some("Jung Mi-rae"));
        assert_eq!(doc.sentences[4].quote, crate::document::QuoteKind::Direct);
        assert_ne!(speaker_of(&doc, 7), Some("Jung Mi-rae"));
        assert_ne!(speaker_of(&doc, 10), Some("Jung Mi-rae"));
    }

    #[test]
    fn an_unnamed_spokesperson_speaks_for_the_organisation() {
        let text = "The Changwon city government cut the festival budget. \
                    A spokesperson for the city said the festival had cost too much. \
                    A city spokesperson said traffic would ease. \
                    A spokesperson for Changwon said more would follow.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        for i in 1..4 {
            assert_eq!(speaker_of(&doc, i), Some("Changwon city government"), "{i}");
        }
    }

    #[test]
    fn a_day_after_a_verb_of_speech_is_no_speaker() {
        let text = "KEPCO lost money last year, and the government's answer, announced Monday, \
                    is to freeze rates again.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn a_verb_of_speech_after_an_article_is_a_noun() {
        let text = "Officials say bullying has risen. A fine is not the answer. \
                    The report came out on Monday.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[0].unnamed_source);
        for i in [1, 2] {
            assert!(!doc.sentences[i].unnamed_source);
            assert_eq!(doc.sentences[i].quote, QuoteKind::None);
        }
    }

    #[test]
    fn two_people_of_one_family_name_stay_two() {
        let text = "Kim Soo-jin, who owns two stores, said sales fell. \
                    \"We lose the customers,\" Kim said. \
                    Kim Min-jae, an economist, said the increase was justified. \
                    \"People will see it as a grab,\" Kim said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Kim Soo-jin"));
        assert_eq!(speaker_of(&doc, 2), Some("Kim Min-jae"));
        assert_eq!(speaker_of(&doc, 3), Some("Kim Min-jae"));
        assert_eq!(doc.speakers.len(), 2);
    }

    #[test]
    fn a_relative_clause_closing_the_sentence_is_no_attribution() {
        let text = "Councillor Park Jun-young voted against the plan. \
                    He proposed a trial on Sundays only, which the council rejected.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Park Jun-young"));
        // Nor is one without "which", a pronoun after the noun it describes.
        let text = "The Ministry of Labor proposes the rule. \
                    The ministry should give councils one summer, not the three years it \
                    has suggested. \
                    The plan is sound, it said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), None);
        assert_eq!(speaker_of(&doc, 2), Some("Ministry of Labor"));
    }

    #[test]
    fn a_councilor_is_a_title() {
        let text = "Councilor Jeong Myung-hee said the motion was reckless.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Jeong Myung-hee"));
    }

    #[test]
    fn a_group_that_opens_the_sentence_with_a_long_phrase() {
        let text =
            "Owners of shops inherited in towns that are shrinking will say the levy is unfair.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[0].unnamed_source);
        assert!(doc.speakers.is_empty());
    }

    #[test]
    fn the_interviewee_the_writer_says_they_asked() {
        // The name may follow a description ("its chief economist, Jung Mi-rae,").
        for asked in [
            "We asked Jung Mi-rae, an economist at Inha University.",
            "We asked its chief economist, Jung Mi-rae, what went wrong.",
            // Or a title in lower case, without commas.
            "We asked former chief economist Jung Mi-rae what went wrong.",
        ] {
            let text = format!(
                "Delivery Platform fees have doubled since 2021. {asked}\n\n\
                 - Why did fees rise? \"Because two firms hold the market. \
                 Neither has to compete on price.\"\n\n\
                 - What should the regulator do? \"Cap the fees for a year.\""
            );
            let doc = Pipeline::rules_only().annotate("t", &text, Vec::new());
            let names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, ["Jung Mi-rae"], "{asked}");
            // The answers on the line of their question are the interviewee's.
            for i in [3, 4, 6] {
                assert_eq!(speaker_of(&doc, i), Some("Jung Mi-rae"), "{i}");
            }
            assert_eq!(speaker_of(&doc, 2), None);
        }
    }

    #[test]
    fn the_interviewee_the_writer_spoke_with_after_a_place_opens_the_introduction() {
        let text = "Seoul plans to expand its pilot of domestic helpers next year. \
                    We spoke with Professor Choi Eun-sook of Ewha Womans University.\n\n\
                    Q. Is the exemption a good idea?\n\n\
                    A. It isn't.\n\n\
                    Q. Why not?\n\n\
                    A. It breaks a convention Korea ratified.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        for i in [3, 5] {
            assert_eq!(speaker_of(&doc, i), Some("Choi Eun-sook"), "{i}");
        }
    }

    #[test]
    fn the_company_is_a_business_named_before_not_a_union_or_a_building() {
        let text = "Riders of the delivery app Nolda Go won the case. \
                    Nolda Go said it respected the court's decision. \
                    \"Fees will rise,\" the company said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers[0].kind, SpeakerType::Organisation);
        assert_eq!(speaker_of(&doc, 2), Some("Nolda Go"));
        let text = "The Busan Metro labor union said it will strike. \
                    Its chairman spoke at a rally in front of Busan City Hall. \
                    The company countered that the cuts were small.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("The Busan Metro labor union"));
        assert_eq!(speaker_of(&doc, 2), Some("The company"));
    }

    #[test]
    fn a_participle_after_an_object_reports_the_sentences_subject() {
        let text = "The Korea Shipbuilders' Association submitted an opinion to the \
                    commission last month warning that the merger would push up prices. \
                    Studies abroad offer a further warning.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korea Shipbuilders' Association"));
        assert_eq!(speaker_of(&doc, 1), None);
    }

    #[test]
    fn a_league_a_long_held_view_and_a_whole_trade() {
        let text = "The Korea Basketball Organization will raise its cap, the league said. \
                    The Korea Basketball Players Association has long argued that caps hold \
                    down wages. The tourism industry welcomed the decision.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(speaker_of(&doc, 0).is_some());
        assert_eq!(
            speaker_of(&doc, 1),
            Some("Korea Basketball Players Association")
        );
        assert!(doc.sentences[2].unnamed_source);
    }

    #[test]
    fn an_organisation_named_after_its_description() {
        let text = "Animal rights group Korea Animal Rights Advocates (KARA) supported the \
                    zones but said three were too few. \"Go away,\" the group said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Korea Animal Rights Advocates"));
        assert_eq!(speaker_of(&doc, 1), Some("Korea Animal Rights Advocates"));
    }

    #[test]
    fn a_person_introduced_with_a_relative_clause_is_the_he_after() {
        let text = "Shin Eun-ha, 31, rides to work. \"It is fast,\" she said. \
                    Yoo Byung-chan, who runs a hardware store on the road, sees it differently. \
                    \"My customers cannot park,\" he said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 3), Some("Yoo Byung-chan"));
    }

    #[test]
    fn a_connective_between_commas_and_a_company_of_one_word() {
        let text = "Nolda said it would comply. But the company warned that the deadline \
                    was unrealistic. The People's Solidarity for Participatory Democracy, \
                    however, said the ban was too narrow.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 1), Some("Nolda"));
        assert_eq!(
            speaker_of(&doc, 2),
            Some("People's Solidarity for Participatory Democracy")
        );
    }

    #[test]
    fn the_branch_of_a_long_named_organisation_and_a_named_spokesperson() {
        let text = "The Korean Teachers and Education Workers' Union's Gangwon branch said \
                    it supports the plan. \
                    \"The fee covers the cost,\" a Naver spokesperson said.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(
            speaker_of(&doc, 0),
            Some("Korean Teachers and Education Workers' Union's Gangwon branch")
        );
        assert_eq!(speaker_of(&doc, 1), Some("Naver"));
    }

    #[test]
    fn a_title_of_schools_before_a_name() {
        let text = "Superintendent Shin Kyung-ho said the change would help.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Shin Kyung-ho"));
    }

    #[test]
    fn an_organisation_leads_the_others_it_is_joined_with() {
        let text = "The Korean Bar Association and 14 regional bar associations issued a \
                    joint statement on Monday opposing the plan. \
                    The associations also warned that confidentiality was at risk. \
                    The American Chamber of Commerce in Korea welcomed the plan. \
                    The Kia branch of the Korean Metal Workers' Union said it had not been \
                    consulted.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let spoke = |k: usize| {
            doc.sentences[k]
                .speaker
                .map(|id| (doc.speakers[id].name.as_str(), doc.speakers[id].kind))
        };
        let organisation = |name| Some((name, SpeakerType::Organisation));
        assert_eq!(spoke(0), organisation("Korean Bar Association"));
        assert_eq!(spoke(1), spoke(0));
        assert_eq!(
            spoke(2),
            organisation("American Chamber of Commerce in Korea")
        );
        assert_eq!(
            spoke(3),
            organisation("Kia branch of the Korean Metal Workers' Union")
        );
    }

    #[test]
    fn the_name_a_relative_clause_says_was_given() {
        assert_eq!(
            sentence_speakers(
                "A 34-year-old office worker who gave only his surname, Yoo, said he rode a \
                 bike every morning."
            ),
            [Some("Yoo".to_string())]
        );
    }

    #[test]
    fn a_candidate_without_a_party_is_named_without_the_word() {
        assert_eq!(
            sentence_speakers("Independent Seok Min-gyu said he would commission a study."),
            [Some("Seok Min-gyu".to_string())]
        );
    }

    #[test]
    fn translated_news_dates_and_idioms_of_refusal() {
        assert!(
            sentence_speakers("The commission cited a 40 percent rise in reports of defamation.")
                [0]
            .is_some()
        );
        let text = "Busan Mayor Park Hyung-joon on the 14th stressed that the bank must move. \
                    The KDB labor union drew a line, saying the move would cause an exodus. \
                    The Democratic Party put the brakes on the bill, pointing out that a \
                    review has not been completed.";
        assert_eq!(
            sentence_speakers(text),
            [
                Some("Park Hyung-joon".to_string()),
                Some("The KDB labor union".to_string()),
                Some("Democratic Party".to_string())
            ]
        );
    }

    #[test]
    fn a_subject_past_a_connective_phrase_and_a_side_of_a_negotiation() {
        let text = "The city said it would raise fares. \
                    The Daegu Transit Workers' Union, on the other hand, welcomed the decision. \
                    Lee Mi-ra, for her part, said the plan was overdue. \
                    The labor side objected.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], Some("Daegu Transit Workers' Union".into()));
        assert_eq!(speakers[2], Some("Lee Mi-ra".into()));
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[3].unnamed_source, "a side is a group");
    }

    #[test]
    fn a_verb_in_the_question_someone_was_asked_reports_nothing() {
        let text = "We asked Oh Jae-hyun, a professor at Konkuk University, what he thinks of the idea. \
                    Asked whether Seoul would retaliate, Ahn Duk-geun said the government would negotiate.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[0], None);
        assert_eq!(speakers[1], Some("Ahn Duk-geun".into()));
    }

    #[test]
    fn a_business_by_a_generic_noun_and_a_participle_of_promise() {
        let text = "Seoul Metro, which operates the lines, called the plan reckless. \
                    The operator said the window for inspections is short. \
                    The Seoul Metro Labor Union went further, threatening to refuse overtime.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[1], Some("Seoul Metro".into()));
        assert_eq!(speakers[2], Some("Seoul Metro Labor Union".into()));
    }

    #[test]
    fn a_group_with_its_place_before_a_clause_between_commas() {
        let text = "Universities outside Seoul, which depend on foreign students, have lobbied for the change.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.sentences[0].speaker, None);
        assert!(doc.sentences[0].unnamed_source);
    }

    #[test]
    fn the_interviewee_who_spoke_to_us_not_a_common_noun_opening_a_sentence() {
        let text = "[Interview] Kindergarten head: \"Merger without money will close us\"\n\n\
                    The Ministry of Education plans to merge kindergartens and daycare centers.\n\n\
                    Kindergartens now answer to the education ministry.\n\n\
                    Oh Mi-kyung, head of the Korea Private Kindergarten Association, which \
                    represents 3,000 kindergartens, spoke to us on the 14th.\n\n\
                    Q. Do you oppose the merger?\n\n\
                    A. I am not against integration itself.\n\n\
                    Q. What do you mean?\n\n\
                    A. Nobody has said who will pay.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[2], None, "answering to a ministry reports nothing");
        assert_eq!(speakers.last(), Some(&Some("Oh Mi-kyung".into())));
    }

    #[test]
    fn the_interviewee_is_named_in_full_not_a_city_that_opens_the_introduction() {
        let text = "[Q&A] \"The tram will not take a parking space\"\n\n\
                    Daejeon broke ground on its Line 2 tram in March.\n\n\
                    Baek Jin-ho, who directs the city's tram office, answered readers' questions.\n\n\
                    Q: Why a tram?\n\n\
                    A: A subway would have cost three times as much.\n\n\
                    Q: Will the bus lanes go?\n\n\
                    A: Yes, from next year.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[4], Some("Baek Jin-ho".into()), "{speakers:?}");
        assert_eq!(speakers.last(), Some(&Some("Baek Jin-ho".into())));
    }

    #[test]
    fn a_surname_spelt_like_a_sentence_opener_labels_a_turn() {
        let text = "[Debate] Retirement at 65?\n\n\
                    We invited Kang Hye-jin, an economist, and Do Sung-min, an employers' \
                    representative.\n\n\
                    Kang: Because that is when the pension starts.\n\n\
                    Do: Nobody disputes the gap. But seniority pay would rise.\n\n\
                    Kang: Japan raised the age anyway.\n\n\
                    Do: Japan let companies choose.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[3], Some("Do Sung-min".into()), "{speakers:?}");
        assert_eq!(speakers[4], Some("Do Sung-min".into()), "{speakers:?}");
        // A tip list's "Do:" names no one.
        let tips = "Do: keep your receipts.\n\nDo: ask for a copy.";
        assert!(sentence_speakers(tips).iter().all(Option::is_none));
    }

    #[test]
    fn the_holder_of_a_role_named_between_commas_answers_the_interview() {
        let text = "[Interview] Korail president: \"Fares have not moved in 14 years\"\n\n\
                    Korail has asked the government to let it raise fares.\n\n\
                    Its president, Han Moon-hee, met us at Seoul Station on the 9th.\n\n\
                    - Why now?\n\n\
                    \"Wages have risen 40 percent since 2011.\"\n\n\
                    - What about a merger?\n\n\
                    \"That would save more.\"";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[4], Some("Han Moon-hee".into()), "{speakers:?}");
        assert_eq!(speakers.last(), Some(&Some("Han Moon-hee".into())));
    }

    #[test]
    fn part_of_a_group_a_pronoun_names_is_no_one_named() {
        let text = "[Interview] Receipts\n\n\
                    The Ministry of Environment announced a rule last week.\n\n\
                    Oh Soo-yeon, who heads a store association, talked to us on the 2nd.\n\n\
                    Q: How do store owners feel about it?\n\n\
                    A: Most of them welcome it.\n\n\
                    Q: Any concerns?\n\n\
                    A: Older customers.";
        let speakers = sentence_speakers(text);
        assert_eq!(speakers[4], Some("Oh Soo-yeon".into()), "{speakers:?}");
    }

    #[test]
    fn a_passive_said_with_an_adverb_reports_no_words() {
        let speakers =
            sentence_speakers("The finance ministry is now said to be weighing a fourth delay.");
        assert_eq!(speakers, [None]);
    }

    #[test]
    fn a_person_on_an_organisation_s_committee() {
        let text = "Lim Ha-neul, a lawyer on the Korean Bar Association's human rights \
                    committee, said the lock was the better tool.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(doc.speakers[0].kind, SpeakerType::Person);
    }

    #[test]
    fn a_person_of_a_described_organisation_with_its_name() {
        let speakers = sentence_speakers(
            "Seo Yoon-ah of the campaign group Solutions for Our Climate said the two were one.",
        );
        assert_eq!(speakers, [Some("Seo Yoon-ah".to_string())]);
    }

    #[test]
    fn an_impersonal_it_holds_no_view() {
        let speakers = sentence_speakers(
            "The Bank of Korea said it may cut rates. Why choose a fixed rate? Because it is certain.",
        );
        assert_eq!(speakers.last(), Some(&None));
    }

    #[test]
    fn the_interviewee_the_writer_asked_answers_not_the_company_named_first() {
        let text = "Sky Robotics has run drone deliveries for a year. We asked its chief \
                    executive, Jin Sang-woo, what stands in the way.\n\n\
                    - What have you learned? \"That people like it.\"\n\n\
                    - What should the government do? \"Fix the corridors.\"";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        for i in [3, 5] {
            assert_eq!(speaker_of(&doc, i), Some("Jin Sang-woo"), "{i}");
        }
    }

    #[test]
    fn an_imperative_with_its_adverb_is_no_name() {
        let doc = Pipeline::rules_only().annotate(
            "t",
            "Book early, but ask for a quiet room.",
            Vec::new(),
        );
        assert!(doc.speakers.is_empty());
        assert_eq!(speaker_of(&doc, 0), None);
    }

    #[test]
    fn wanting_a_thing_done_is_a_position_of_the_one_who_wants_it() {
        let text = "Rep. Yang Hye-rin wants the airport closed. Some council members want \
                    the fee dropped. Seoul wants every school to serve a meat-free lunch.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert_eq!(speaker_of(&doc, 0), Some("Yang Hye-rin"));
        assert!(doc.sentences[1].unnamed_source);
        assert_eq!(doc.sentences[1].speaker, None);
        // A view described, no words reported.
        assert_eq!(doc.sentences[0].quote, crate::document::QuoteKind::None);
        // What a body wants others to do may be the writer's news of its plan.
        assert_eq!(doc.sentences[2].speaker, None);
        assert!(!doc.sentences[2].unnamed_source);
    }

    #[test]
    fn political_parties_are_an_unnamed_group() {
        let text = "The nuclear industry and both major parties backed the act.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(doc.sentences[0].unnamed_source);
    }

    #[test]
    fn a_coast_guard_and_districts_are_organisations() {
        let text = "The coast guard said most of its night rescues involved anglers. \
                    The districts say the bag price has not changed in a decade.";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        assert!(
            speaker_of(&doc, 0).is_some_and(|s| s.eq_ignore_ascii_case("the coast guard")),
            "{:?}",
            speaker_of(&doc, 0)
        );
        assert!(speaker_of(&doc, 1).is_some());
        // A person who guards is no organisation.
        let doc = Pipeline::rules_only().annotate(
            "t",
            "A security guard said the gate was locked.",
            Vec::new(),
        );
        assert_eq!(speaker_of(&doc, 0), None);
    }
}
