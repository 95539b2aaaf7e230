//! Attribution: each body sentence's speaker and quote type. A sentence with its own
//! speech verb takes that verb's subject; an answer of a Q&A interview is the
//! interviewee's; a quotation standing alone takes the speaker the surrounding text
//! gives it (a later "X emphasized this", else the speaker of the sentence before,
//! else the next attribution).

use crate::document::{Document, QuoteIntro, QuoteKind, SentenceKind, Span, SpeakerType, Token};
use crate::resources::Resources;
use crate::stages::kinds::line_openings;
use crate::text::{normalize_name, opens_quotation, phrase_at};

/// How many sentences after a standing quotation may attribute it.
const LOOKAHEAD: usize = 2;

/// Labels that open the line of an answer in a Q&A interview.
pub(crate) const ANSWER_LABELS: [&str; 4] = ["A.", "A:", "A)", "Answer:"];

/// An article is a Q&A interview from this many question lines.
const MIN_QUESTIONS: usize = 2;

/// Whether the article is a Q&A interview: at least `MIN_QUESTIONS` question lines.
pub(crate) fn is_interview(doc: &Document) -> bool {
    doc.sentences.iter().filter(|s| s.question_label).count() >= MIN_QUESTIONS
}

pub fn attribute(doc: &mut Document, res: &Resources) {
    let answers = interview_answers(doc);
    let interviewee = answers
        .iter()
        .any(|a| *a)
        .then(|| interviewee(doc))
        .flatten();
    for (i, &answers_a_question) in answers.iter().enumerate() {
        let s = &doc.sentences[i];
        if s.kind != SentenceKind::Body {
            continue;
        }
        let quotes: Vec<QuoteIntro> = doc.speech_quotes_in(s.span).map(|q| q.intro).collect();
        let quote = if quotes.contains(&QuoteIntro::Direct)
            && !reports_after_quotes(doc, i, res)
            && !reports_before_quotes(doc, i, res)
        {
            QuoteKind::Direct
        } else if !quotes.is_empty() {
            QuoteKind::Mixed
        } else if s
            .attribution
            .is_some_and(|a| !states_an_attitude(doc, i, a.verb, res))
            || s.unnamed_source
        {
            QuoteKind::Indirect
        } else {
            QuoteKind::None
        };
        let answer = answers_a_question && interviewee.is_some();
        // The interviewer's questions are narration, whatever verbs they hold.
        if doc.sentences[i].question_label {
            let s = &mut doc.sentences[i];
            s.quote = QuoteKind::None;
            s.speaker = None;
            s.attribution = None;
            s.unnamed_source = false;
            continue;
        }
        let quote = if answer || (s.turn.is_some() && s.attribution.is_none()) {
            QuoteKind::Direct
        } else {
            quote
        };
        let speaker = match s.attribution {
            Some(_) if answer => interviewee,
            Some(a) => Some(a.speaker),
            None if s.turn.is_some() => s.turn,
            None if answer => interviewee,
            // "An official at the federation said, \"...\"": an unnamed source's quotation
            // is no one else's.
            None if !quotes.is_empty() && !s.unnamed_source => standing_quote_speaker(doc, i),
            None => None,
        };
        let s = &mut doc.sentences[i];
        s.quote = quote;
        s.speaker = speaker;
    }
}

/// "said, \"The relocation is the starting point ...,\" and urged the Assembly to pass
/// the bill": a report that goes on, after the last quotation, with another verb of
/// speech whose words it does not quote makes the sentence mixed.
fn reports_after_quotes(doc: &Document, i: usize, res: &Resources) -> bool {
    let Some(end) = doc
        .speech_quotes_in(doc.sentences[i].span)
        .map(|q| q.span.end)
        .max()
    else {
        return false;
    };
    let mut after = doc
        .sentence_tokens(i)
        .iter()
        .filter(|t| t.span.start >= end && t.is_word);
    after.next().is_some_and(|t| t.lower == "and")
        && after
            .next()
            .is_some_and(|t| res.is_speech_verb(&t.lower).is_some())
}

/// "said the stockpile should be run by a public agency, adding, \"Companies ...\"": a
/// report in the writer's words after the attribution, up to a second verb of speech
/// that introduces the quotation, makes the sentence mixed.
fn reports_before_quotes(doc: &Document, i: usize, res: &Resources) -> bool {
    /// Words of a report before the second verb ("the stockpile should be run").
    const REPORTED_WORDS: usize = 4;
    let s = &doc.sentences[i];
    let Some(a) = s.attribution else {
        return false;
    };
    let Some(start) = doc.speech_quotes_in(s.span).map(|q| q.span.start).min() else {
        return false;
    };
    if a.verb.end > start {
        return false;
    }
    let between: Vec<&Token> = doc
        .sentence_tokens(i)
        .iter()
        .filter(|t| t.is_word && t.span.start >= a.verb.end && t.span.end <= start)
        .collect();
    between.len() > REPORTED_WORDS
        && between
            .last()
            .is_some_and(|t| res.is_speech_verb(&t.lower).is_some())
}

/// Whether the verb at `verb` in sentence `i` opens an attitude the writer states of
/// the speaker ("Ellison was cautious", "The association wants the cap scrapped"): a
/// view described, no words reported.
fn states_an_attitude(doc: &Document, i: usize, verb: Span, res: &Resources) -> bool {
    let tokens = doc.sentence_tokens(i);
    tokens
        .iter()
        .position(|t| t.span.start == verb.start)
        .is_some_and(|k| {
            res.attitude_phrases.iter().any(|p| phrase_at(tokens, k, p))
                || matches!(tokens[k].lower.as_str(), "want" | "wants" | "wanted")
        })
}

fn standing_quote_speaker(doc: &Document, i: usize) -> Option<usize> {
    let s = &doc.sentences[i];
    let quote_end = doc.speech_quotes_in(s.span).map(|q| q.span.end).max()?;
    // A quotation that runs on into a later sentence is attributed where it closes:
    // "“Money is a public good. It is not a loyalty point,” Rhee said."
    if let Some(a) = doc.sentences[i + 1..]
        .iter()
        .take_while(|n| n.span.start < quote_end)
        .find(|n| n.span.end >= quote_end)
        .and_then(|n| n.attribution)
        .filter(|a| a.verb.start >= quote_end)
    {
        return Some(a.speaker);
    }
    let following = doc.sentences[i + 1..]
        .iter()
        .filter(|n| n.kind == SentenceKind::Body && n.span.start >= quote_end)
        .take(LOOKAHEAD);
    let mut next = None;
    for n in following {
        if let Some(a) = n.attribution {
            if a.points_back {
                return Some(a.speaker);
            }
            next = next.or(Some(a.speaker));
        }
    }
    let previous = doc.sentences[..i]
        .iter()
        .rev()
        .filter(|p| p.kind == SentenceKind::Body)
        .find(|p| p.paragraph + 1 >= s.paragraph && p.speaker.is_some())
        .and_then(|p| p.speaker);
    previous.or(next)
}

/// Which sentences answer the questions of a Q&A interview: the lines after a question
/// line ("Q. ...") to the end of the paragraph the answer starts in (the question's
/// own or the next), and lines labelled as answers ("A. ..."). All false when the
/// article holds fewer than two question lines.
fn interview_answers(doc: &Document) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Line {
        Question,
        Answer,
        Other,
    }
    let line_kind = |i: usize| {
        let line = doc.sentence_text(i).trim_start();
        if doc.sentences[i].question_label {
            Line::Question
        } else if ANSWER_LABELS.iter().any(|l| line.starts_with(l)) {
            Line::Answer
        } else {
            Line::Other
        }
    };
    if !is_interview(doc) {
        return vec![false; doc.sentences.len()];
    }
    // Where answers carry their own label ("A. ..."), an answer may run on over
    // paragraphs without one: a paragraph after an answer that neither attributes
    // speech nor quotes continues it.
    let labelled_answers = (0..doc.sentences.len()).any(|i| line_kind(i) == Line::Answer);
    let continues_answer = |i: usize| {
        labelled_answers
            && doc.sentences[i].attribution.is_none()
            && !doc.sentences[i].unnamed_source
            && !doc.sentence_text(i).contains(['"', '\u{201c}'])
    };
    let mut kinds = vec![Line::Other; doc.sentences.len()];
    let mut state = Line::Other;
    let mut openings = line_openings(doc).peekable();
    for (i, kind) in kinds.iter_mut().enumerate() {
        if let Some((_, new_paragraph)) = openings.next_if(|&(at, _)| at == i) {
            state = match (line_kind(i), state) {
                (Line::Question, _) => Line::Question,
                (Line::Answer, _) | (Line::Other, Line::Question) => Line::Answer,
                // An answer runs to the end of its paragraph; the next paragraph
                // without a label is narration again, unless answers are labelled.
                (Line::Other, Line::Answer) if !new_paragraph || continues_answer(i) => {
                    Line::Answer
                }
                _ => Line::Other,
            };
        } else if state == Line::Question
            && (opens_quotation(doc.sentence_text(i)) || line_kind(i) == Line::Answer)
        {
            // "- Why should they pay? \"A news article costs money ...", "Q. Is that
            // the answer? A. \"More doctors ...": the answer may follow its question on
            // the same line.
            state = Line::Answer;
        }
        *kind = state;
    }
    kinds.into_iter().map(|k| k == Line::Answer).collect()
}

/// The person the interview is with: the one the introduction says the writer asked
/// (`Document::interviewee`), else, of the people who speak in the article, one named in
/// full before one by a single word, then one the heading names, else the one named
/// first.
fn interviewee(doc: &Document) -> Option<usize> {
    if doc.interviewee.is_some() {
        return doc.interviewee;
    }
    // "[Interview] ... - Fire safety professor Baek Seung-joo": the person the heading
    // names, before one the introduction names first ("ChosunBiz met Baek Seung-joo").
    let headings: Vec<String> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SentenceKind::Heading)
        .map(|(i, _)| format!(" {} ", normalize_name(doc.sentence_text(i))))
        .collect();
    let in_heading = |name: &str| {
        let name = format!(" {} ", normalize_name(name));
        headings.iter().any(|h| h.contains(&name))
    };
    // "Q&A: Will you have to buckle up?" ... "A. No." ... "\"We drive the bus,\" said
    // Ahn": a person first named after the first question is quoted in the writer's
    // answers, not the one who gives them.
    let first_question = doc
        .sentences
        .iter()
        .find(|s| s.question_label)
        .map_or(usize::MAX, |s| s.span.start);
    doc.speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SpeakerType::Person)
        .filter_map(|(k, s)| {
            s.mentions
                .iter()
                .map(|m| m.span.start)
                .min()
                .filter(|&at| at < first_question || in_heading(&s.name))
                // "Korail president: ..." then "Its president, Han Moon-hee, met us": a
                // person named in full before a one-word name the heading holds.
                .map(|at| (!s.name.contains(' '), !in_heading(&s.name), at, k))
        })
        .min()
        .map(|(_, _, _, k)| k)
}
