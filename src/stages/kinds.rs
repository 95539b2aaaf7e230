//! Sentence kinds: credit lines, the captions they close, site boilerplate, headings;
//! everything else is body text.

use crate::document::{Document, Sentence, SentenceKind};
use crate::resources::Resources;
use crate::text::{is_capitalized, opens_quotation, whole_word_positions};

/// Labels that open the line of an interviewer's question in a Q&A interview.
const QUESTION_LABELS: [&str; 11] = [
    "Q.",
    "Q:",
    "Q)",
    "Question:",
    // The one who asks in a transcript ("Host: Is there a middle ground?"), or at a
    // briefing ("Reporter: The cut costs 500 billion won a month.").
    "Host:",
    "Moderator:",
    "Interviewer:",
    "Anchor:",
    "Reporter:",
    "Reporters:",
    "Journalist:",
];
/// Dashes that open the questions of a Q&A in Korean papers ("- What do you make of
/// ...?"); they are question labels only where most dash lines ask something, since a
/// list of points opens its lines with them too.
pub(crate) const QUESTION_DASHES: [&str; 4] = ["- ", "– ", "— ", "―"];

/// A heading is a one-sentence paragraph of at most this many words with no final
/// punctuation.
const HEADING_MAX_WORDS: usize = 20;
/// Bytes of a section tag that opens a heading ("[Editorial]", "[Interview]").
const TAG_MAX_BYTES: usize = 24;
/// Words of a tagged heading with no final punctuation.
const TAGGED_HEADING_MAX_WORDS: usize = 30;

pub fn classify_kinds(doc: &mut Document, res: &Resources) {
    mark_question_lines(doc);
    mark_question_paragraphs(doc, res);
    let n = doc.sentences.len();
    for i in 0..n {
        let text = doc.sentence_text(i);
        let lower = text.to_lowercase();
        let kind = if let Some(kind) = photo_line(&lower, res) {
            kind
        } else if res
            .boilerplate
            .iter()
            .any(|b| whole_word_positions(&lower, b).next().is_some())
        {
            SentenceKind::Boilerplate
        } else if is_byline(doc, i) {
            SentenceKind::Credit
        } else if is_heading(doc, i) {
            SentenceKind::Heading
        } else {
            SentenceKind::Body
        };
        doc.sentences[i].kind = kind;
    }
    let mut signatures = signature_lines(doc);
    // A letter set as lines of one paragraph, its signature the last, opens on its own
    // heading when its first line has no final punctuation ("Drinking on the mountain
    // is part of the fun", then the letter, then "- Jung Tae-sik, Seoul").
    for &i in &signatures {
        let first = doc.paragraph_start(i);
        if first + 1 < i && own_line(doc, first) {
            let text = doc.sentence_text(first).trim_end();
            if ends_open(text) && text.split_whitespace().count() <= HEADING_MAX_WORDS {
                doc.sentences[first].kind = SentenceKind::Heading;
            }
        }
    }
    let places: Vec<usize> = signatures
        .iter()
        .filter_map(|&i| signature_place(doc, i))
        .collect();
    signatures.extend(places);
    signatures.extend(authors_note(doc, res));
    for &i in &signatures {
        doc.sentences[i].kind = SentenceKind::Credit;
    }
    // A caption is the text a credit line closes: the sentences before it in its
    // paragraph, or the one-sentence paragraph just before a credit that stands alone.
    for i in 0..n {
        if doc.sentences[i].kind != SentenceKind::Credit
            || is_byline(doc, i)
            || signatures.contains(&i)
        {
            continue;
        }
        let paragraph = doc.sentences[i].paragraph;
        let mut j = i;
        while j > 0 && doc.sentences[j - 1].paragraph == paragraph {
            j -= 1;
            if doc.sentences[j].kind == SentenceKind::Body {
                doc.sentences[j].kind = SentenceKind::Caption;
            }
        }
        let alone = j == i;
        if alone && j > 0 {
            let prev_paragraph = doc.sentences[j - 1].paragraph;
            let single = j < 2 || doc.sentences[j - 2].paragraph != prev_paragraph;
            if single && doc.sentences[j - 1].kind == SentenceKind::Body {
                doc.sentences[j - 1].kind = SentenceKind::Caption;
            }
        }
    }
}

/// The sentences that open a line, with whether a blank line comes before them.
pub(crate) fn line_openings(doc: &Document) -> impl Iterator<Item = (usize, bool)> + '_ {
    (0..doc.sentences.len())
        .filter(|&i| opens_line(doc, i))
        .map(|i| (i, line_breaks_before(doc, i) >= 2))
}

/// The line breaks between sentence `i` and the one before it (the start of the text).
fn line_breaks_before(doc: &Document, i: usize) -> usize {
    let from = i.checked_sub(1).map_or(0, |p| doc.sentences[p].span.end);
    doc.text[from..doc.sentences[i].span.start]
        .matches('\n')
        .count()
}

/// Marks the sentences that open an interviewer's question line: a question label, or a
/// dash where at least half the dash lines hold a question mark, or where every dash
/// line is answered by a line that opens a quotation (an interviewer's prompt need not
/// ask: "- Regions are asking for their own visas." then "\"Regional visas are ...").
/// Where answers are dashed too ("― Has the cap worked?" then "― For the tenants who
/// renewed, yes."), a dash line that does not ask, right after one that does, is the
/// answer: a question laid out with dashes alone is always followed by its answer.
/// Failing these, dash lines that take turns may still be an interview whose prompts
/// do not all ask (`alternating_questions`).
fn mark_question_lines(doc: &mut Document) {
    let openings: Vec<usize> = line_openings(doc).map(|(i, _)| i).collect();
    let mut dashed = Vec::new();
    let mut every_dashed = Vec::new();
    let mut answered = 0;
    let mut previous_asked = false;
    for (n, &i) in openings.iter().enumerate() {
        let text = doc.sentence_text(i).trim_start();
        let asked_before = std::mem::take(&mut previous_asked);
        if QUESTION_LABELS.iter().any(|l| text.starts_with(l)) {
            doc.sentences[i].question_label = true;
        } else if QUESTION_DASHES.iter().any(|d| text.starts_with(d)) {
            let end = openings.get(n + 1).map_or(doc.sentences.len(), |&e| e);
            let asks = (i..end).any(|k| doc.sentence_text(k).contains('?'));
            every_dashed.push((i, asks));
            previous_asked = asks;
            if asked_before && !asks {
                continue;
            }
            dashed.push((i, asks));
            let quoted = |k: &usize| opens_quotation(doc.sentence_text(*k));
            answered += usize::from(openings.get(n + 1).is_some_and(quoted));
        }
    }
    // Where both sides speak in dash lines, every line from the first dash on has one,
    // and turns taken line by line are read first: "― Parents' groups say ..." then "―
    // Some do, I will not deny it." is a prompt that does not ask and its answer, which
    // the share of lines that ask would take for two prompts.
    let both_sides_dashed = every_dashed.first().is_some_and(|&(first, _)| {
        openings
            .iter()
            .filter(|&&i| i >= first)
            .all(|&i| every_dashed.iter().any(|&(d, _)| d == i))
    });
    let turns = alternating_questions(&every_dashed);
    if both_sides_dashed && let Some(turns) = turns {
        for i in turns {
            doc.sentences[i].question_label = true;
        }
        return;
    }
    let asking = dashed.iter().filter(|(_, asks)| *asks).count();
    if dashed.len() >= 2 && (asking * 2 >= dashed.len() || answered == dashed.len()) {
        for (i, _) in dashed {
            doc.sentences[i].question_label = true;
        }
    } else if let Some(turns) = turns {
        for i in turns {
            doc.sentences[i].question_label = true;
        }
    }
}

/// "― Pharmacists are accused of protecting their business." "― Some are." "― So no
/// more medicines in stores?" "― If the ministry adds them, ...": dash lines that take
/// turns, where every line that asks is a turn of one side, at least half of that
/// side's turns ask and there are two of each, are an interview whose prompts need not
/// ask; the side that asks is the interviewer's.
fn alternating_questions(dashed: &[(usize, bool)]) -> Option<Vec<usize>> {
    const MIN_TURNS: usize = 4;
    if dashed.len() < MIN_TURNS {
        return None;
    }
    let (first_ask, _) = dashed.iter().enumerate().find(|(_, (_, asks))| *asks)?;
    let side = first_ask % 2;
    let turns: Vec<&(usize, bool)> = dashed.iter().skip(side).step_by(2).collect();
    let others_ask = dashed
        .iter()
        .skip(1 - side)
        .step_by(2)
        .any(|(_, asks)| *asks);
    let asking = turns.iter().filter(|(_, asks)| *asks).count();
    (!others_ask && asking * 2 >= turns.len()).then(|| turns.iter().map(|(i, _)| *i).collect())
}

/// Marks the question paragraphs of an interview laid out without labels: where no
/// line has a question label and the heading or the introduction says the article is
/// an interview ("[Interview]", "sat down with The Korea Herald"), each short paragraph
/// that ends in a question and is followed by one that does not opens a question line.
/// (Without the marker, such paragraphs are a writer's rhetorical questions.)
fn mark_question_paragraphs(doc: &mut Document, res: &Resources) {
    /// Sentences of a question paragraph ("Some owners fear they will close. Are they
    /// right to worry?").
    const QUESTION_PARAGRAPH_SENTENCES: usize = 3;
    if doc.sentences.iter().any(|s| s.question_label) {
        return;
    }
    let ends_in_question = |i: usize| {
        doc.sentence_text(i)
            .trim_end()
            .trim_end_matches(['"', '”', '\''])
            .ends_with('?')
    };
    // The first sentence after `from` that opens a line.
    let second_line = |from: usize| (from + 1..doc.sentences.len()).find(|&j| opens_line(doc, j));
    // A question may stand on the first line of its answer's paragraph ("Why charge
    // for something that was free?" then, on the next line, "The machines are old."):
    // the answer then opens a unit of its own.
    let starts: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| {
            doc.opens_paragraph(i)
                || (ends_in_question(i - 1) && second_line(doc.paragraph_start(i)) == Some(i))
        })
        .collect();
    let asks = |from: usize, to: usize| {
        to - from <= QUESTION_PARAGRAPH_SENTENCES && ends_in_question(to - 1)
    };
    let bounds: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(n, &from)| {
            (
                from,
                starts.get(n + 1).copied().unwrap_or(doc.sentences.len()),
            )
        })
        .collect();
    let questions: Vec<usize> = bounds
        .windows(2)
        .filter(|w| w[0].0 > 0 && asks(w[0].0, w[0].1) && !asks(w[1].0, w[1].1))
        .map(|w| w[0].0)
        .collect();
    let Some(&first_question) = questions.first() else {
        return;
    };
    let marked = holds_marker(
        doc,
        &doc.sentences[..first_question],
        &res.interview_markers,
    );
    if !marked || questions.len() < 2 {
        return;
    }
    // Where every question stands on the first line of its answer's paragraph, that
    // is the layout of the whole interview: a later paragraph of several lines opens
    // on a prompt that need not ask ("Residents say a private gym costs only a little
    // more." then "That is true in some neighbourhoods.").
    let first_lines = questions.iter().all(|&q| {
        second_line(q).is_some_and(|j| doc.sentences[j].paragraph == doc.sentences[q].paragraph)
    });
    let prompts: Vec<usize> = if first_lines {
        (first_question + 1..doc.sentences.len())
            .filter(|&p| doc.opens_paragraph(p) && !questions.contains(&p))
            .filter(|&p| {
                second_line(p).is_some_and(|j| {
                    doc.sentences[j].paragraph == doc.sentences[p].paragraph
                        && j - p <= QUESTION_PARAGRAPH_SENTENCES
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    for i in questions.into_iter().chain(prompts) {
        doc.sentences[i].question_label = true;
    }
}

/// A credit line ("/Courtesy of ...", "/Yonhap") or a caption that says it is one
/// ("Photo: ..."). A credit without its slash must be short.
fn photo_line(lower: &str, res: &Resources) -> Option<SentenceKind> {
    let rest = lower.trim_start_matches(['/', ' ', '(', '[', '▲', '△']);
    let slashed = lower.starts_with('/');
    res.credits
        .iter()
        .find(|(opening, _)| rest.starts_with(opening.as_str()))
        .map(|(_, kind)| *kind)
        .filter(|kind| *kind == SentenceKind::Caption || slashed || rest.len() < 80)
}

/// Whether sentence `i` is a paragraph of its own.
fn stands_alone(doc: &Document, i: usize) -> bool {
    doc.opens_paragraph(i) && doc.closes_paragraph(i)
}

/// Whether sentence `i` opens a line.
fn opens_line(doc: &Document, i: usize) -> bool {
    i == 0 || line_breaks_before(doc, i) > 0
}

/// Whether sentence `i` is a line of its own: a line break before it and after it.
fn own_line(doc: &Document, i: usize) -> bool {
    opens_line(doc, i) && (i + 1 == doc.sentences.len() || opens_line(doc, i + 1))
}

/// Words of where a letter's writer lives ("Yeonsu-gu, Incheon") in a signature.
const PLACE_MAX_WORDS: usize = 5;

/// The signature lines of a letters page: lines that close a paragraph (a paragraph of
/// their own, or the last line of a letter set as lines of one paragraph) and give a
/// writer's name after a dash ("- Kim Do-yeon, Jongno-gu", "— Lee Min-ho") or, without
/// the dash, with where the writer lives after a comma ("Park Sung-ho, Cheongju"), with
/// no final punctuation; or a name alone over a line of the place (`signature_place`). Only where two or more stand, after the first paragraph: one
/// such line may be an author's credit or a dateline.
pub(crate) fn signature_lines(doc: &Document) -> Vec<usize> {
    /// Words of a writer's name, titles included ("Prof. Kim Do-yeon").
    const NAME_MAX_WORDS: usize = 5;
    /// Words of each part of the description before the place ("taxi driver").
    const DESCRIPTION_MAX_WORDS: usize = 4;
    let named_above_place = |i: usize| {
        let words: Vec<&str> = doc.sentence_text(i).split_whitespace().collect();
        doc.opens_paragraph(i)
            && signature_place(doc, i).is_some()
            && (2..=NAME_MAX_WORDS).contains(&words.len())
            && words
                .iter()
                .all(|w| is_capitalized(w) && !w.ends_with([',', '.', '!', ':', ';']))
    };
    let lines: Vec<usize> = (1..doc.sentences.len())
        .filter(|&i| doc.sentences[i].paragraph > 0 && own_line(doc, i))
        .filter(|&i| {
            named_above_place(i)
                || doc.closes_paragraph(i) && {
                    let text = doc.sentence_text(i).trim();
                    let undashed = QUESTION_DASHES
                        .iter()
                        .find_map(|d| text.strip_prefix(d.trim_end()))
                        .map(str::trim_start);
                    let (signed, dashed) = undashed.map_or((text, false), |rest| (rest, true));
                    let (name, rest) = signed.split_once(',').unwrap_or((signed, ""));
                    let name_words: Vec<&str> = name.split_whitespace().collect();
                    // Without a dash the line closes on a place, and a short description of
                    // the writer may stand before it ("Choi Gwang-il, taxi driver, Suwon").
                    let (description, place) = rest.rsplit_once(',').unwrap_or(("", rest));
                    let place_words: Vec<&str> = place.split_whitespace().collect();
                    let described = description.split(',').all(|part| {
                        (0..=DESCRIPTION_MAX_WORDS).contains(&part.split_whitespace().count())
                    });
                    !text.contains('?')
                && !text.ends_with(['.', '!', ':', ';', '"', '”'])
                && !name_words.is_empty()
                && name_words.len() <= NAME_MAX_WORDS
                && name_words.iter().all(|w| is_capitalized(w))
                // After a dash, what follows the comma may describe the writer ("- Seo
                // Jin-woo, postal clerk, Gimje"); without one, it must close on a place.
                && (dashed
                    || (name_words.len() >= 2
                        && described
                        && !place_words.is_empty()
                        && place_words.len() <= PLACE_MAX_WORDS
                        && place_words.iter().all(|w| is_capitalized(w))))
                }
        })
        .collect();
    if lines.len() >= 2 { lines } else { Vec::new() }
}

/// The line of where a letter's writer lives, under a line of their name that opens
/// its paragraph ("Hwang Jae-sung", then "Songdo, Incheon"): it closes the paragraph,
/// a few capitalised words and commas with no final punctuation.
pub(crate) fn signature_place(doc: &Document, name_line: usize) -> Option<usize> {
    let i = name_line + 1;
    let text = doc.sentences.get(i).map(|_| doc.sentence_text(i).trim())?;
    let words: Vec<&str> = text.split_whitespace().collect();
    let place = doc.sentences[i].paragraph == doc.sentences[name_line].paragraph
        && doc.closes_paragraph(i)
        && own_line(doc, i)
        && !words.is_empty()
        && words.len() <= PLACE_MAX_WORDS
        && words.iter().all(|w| is_capitalized(w))
        && !text.ends_with(['.', '!', '?', ':', ';', '"', '”']);
    place.then_some(i)
}

/// The note on who wrote an opinion piece that closes it, a paragraph of one sentence:
/// "The writer is an emergency physician at ...", "The author is ...", or, under an
/// opinion heading, "Yoon Ji-hye is a professor of political science at Sogang
/// University." (a name alone before "is a").
fn authors_note(doc: &Document, res: &Resources) -> Option<usize> {
    /// Words of the note.
    const NOTE_MAX_WORDS: usize = 25;
    /// Words of the writer's name.
    const NAME_MAX_WORDS: usize = 4;
    let i = doc.sentences.len().checked_sub(1)?;
    if i == 0 || !stands_alone(doc, i) {
        return None;
    }
    let text = doc.sentence_text(i).trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let is = words.iter().position(|w| *w == "is")?;
    let described = words
        .get(is + 1)
        .is_some_and(|w| matches!(*w, "a" | "an" | "the"));
    let subject = &words[..is];
    let writer = matches!(subject, ["The", "writer" | "author" | "columnist"]);
    let named = (2..=NAME_MAX_WORDS).contains(&subject.len())
        && subject.iter().all(|w| is_capitalized(w))
        && has_opinion_heading(doc, res);
    (described && words.len() <= NOTE_MAX_WORDS && text.ends_with('.') && (writer || named))
        .then_some(i)
}

/// A byline: a paragraph of its own, "By" and a name ("By Park Eun-ji", "By Kim
/// Min-ji and Lee Jun-ho"), no final punctuation.
fn is_byline(doc: &Document, i: usize) -> bool {
    /// Words of a byline after "By": two names and their joining word.
    const BYLINE_MAX_WORDS: usize = 7;
    let alone = stands_alone(doc, i);
    let text = doc.sentence_text(i).trim();
    let Some(rest) = text.strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    alone
        && !words.is_empty()
        && words.len() <= BYLINE_MAX_WORDS
        && words
            .iter()
            .all(|w| *w == "and" || w.starts_with(|c: char| c.is_uppercase()))
        && !text.ends_with(['.', '!', '?', ':'])
}

fn is_heading(doc: &Document, i: usize) -> bool {
    // A heading heads what follows it: the last sentence of a text ("Ask for a room on
    // the top floor", a review line without its full stop) is body.
    let alone = stands_alone(doc, i) && i + 1 < doc.sentences.len();
    let text = doc.sentence_text(i).trim_end();
    // A heading may end on a quoted phrase ("calls it 'a tax break'"); a quotation that
    // ends a sentence closes after its punctuation.
    let unquoted = text.trim_end_matches(['"', '”', '\'', '’', ')']);
    let quoted_phrase = unquoted.len() < text.len()
        && unquoted.ends_with(|c: char| c.is_alphanumeric())
        && !text.starts_with(['"', '“', '\'', '‘', '(']);
    let unpunctuated = quoted_phrase || ends_open(text);
    let words = text.split_whitespace().count();
    // "Q&A: Will you have to buckle up on the city bus?", "Letters: Should drinking be
    // banned ...?": the article's first line, a section label and a colon before a
    // question, is its heading.
    let labelled_question = i == 0
        && text.ends_with('?')
        && text
            .split_whitespace()
            .take(LABEL_WORDS)
            .any(|w| w.ends_with(':'));
    (alone
        && (unpunctuated || labelled_question)
        && words <= HEADING_MAX_WORDS
        && text.chars().any(char::is_alphabetic))
        || tagged_heading(doc, i)
}

/// Whether a line has no final punctuation, as a heading has none.
fn ends_open(text: &str) -> bool {
    !text.ends_with(['.', '!', '?', '"', '”', '…', ':', ';', ',', '\'', '’', ')'])
}

/// Words of a section label before its colon ("Q&A:", "Reader letters:").
const LABEL_WORDS: usize = 2;

/// "[Column] Sixteen-year-olds are ready to vote. Are we ready to let them?": the
/// article's first paragraph, short, opening with a bracketed section tag, is its
/// heading whatever its punctuation, sentence by sentence.
fn tagged_heading(doc: &Document, i: usize) -> bool {
    // Only the first paragraph qualifies: that is settled before anything is scanned, as
    // this runs for every sentence.
    let first = doc.sentences[0].paragraph;
    if doc.sentences[i].paragraph != first {
        return false;
    }
    let close = doc
        .sentences
        .iter()
        .take_while(|s| s.paragraph == first)
        .count()
        - 1;
    let text = &doc.text[doc.sentences[0].span.start..doc.sentences[close].span.end];
    let tagged = text.starts_with('[') && text.find(']').is_some_and(|p| p < TAG_MAX_BYTES);
    // "[Interview] \"Export credit ... must not wait for the next election\" ... Korea
    // Battery Industry Association vice chairman Oh Seung-hwan": a translated interview's
    // heading may run longer, but then ends, as headings do, on no punctuation.
    let words = text.split_whitespace().count();
    tagged
        && close + 1 < doc.sentences.len()
        && (words <= HEADING_MAX_WORDS || (words <= TAGGED_HEADING_MAX_WORDS && ends_open(text)))
}

/// Whether the first sentences (the heading) mark the article as opinion: an editorial,
/// a column, an op-ed.
pub(crate) fn has_opinion_heading(doc: &Document, res: &Resources) -> bool {
    let heading = &doc.sentences[..doc.sentences.len().min(3)];
    holds_marker(doc, heading, &res.opinion_markers)
}

/// Whether the article is the writer's own view: its heading marks it as opinion, or it
/// carries a byline and the writer speaks in the first person singular in their own
/// narration ("By Choi Eun-ji" ... "I taught in a school like these for nine years"),
/// as a column does and a news report does not.
pub(crate) fn is_opinion_piece(doc: &Document, res: &Resources) -> bool {
    let bylined = doc
        .sentences
        .iter()
        .take(3)
        .enumerate()
        .any(|(i, s)| s.kind == SentenceKind::Credit && is_byline(doc, i));
    has_opinion_heading(doc, res)
        || (bylined
            && doc.sentences.iter().enumerate().any(|(i, s)| {
                s.kind == SentenceKind::Body
                    && s.speaker.is_none()
                    && doc.speech_quotes_in(s.span).next().is_none()
                    && doc
                        .sentence_tokens(i)
                        .iter()
                        .any(|t| matches!(doc.slice(t.span), "I" | "my" | "My" | "me"))
            }))
}

/// Whether sentence `i` is in a paragraph that a label of the writer's own view opens
/// ("Our take: ..."), inside an article that is otherwise news.
pub(crate) fn in_opinion_paragraph(doc: &Document, i: usize, res: &Resources) -> bool {
    let paragraph = doc.sentences[i].paragraph;
    let Some(opening) = doc.sentences[..=i]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == paragraph)
        .last()
    else {
        return false;
    };
    let lower = doc.slice(opening.span).trim_start().to_lowercase();
    res.opinion_labels
        .iter()
        .any(|l| lower.starts_with(l.as_str()))
}

/// Whether one of `sentences` holds one of `markers` (lowercase), case-insensitively.
fn holds_marker(doc: &Document, sentences: &[Sentence], markers: &[String]) -> bool {
    sentences.iter().any(|s| {
        let lower = doc.slice(s.span).to_lowercase();
        markers.iter().any(|m| lower.contains(m.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use crate::document::SentenceKind;
    use crate::pipeline::Pipeline;

    fn annotate(text: &str) -> crate::document::Document {
        Pipeline::rules_only().annotate("t", text, Vec::new())
    }

    /// The kind of each sentence of `text`.
    fn kinds(text: &str) -> Vec<SentenceKind> {
        annotate(text).sentences.iter().map(|s| s.kind).collect()
    }

    #[test]
    fn boilerplate_phrases_are_whole_words() {
        let doc = annotate(
            "Now the state wants to follow us onto our balconies, the group said. \
             Follow us on Instagram.",
        );
        let kinds: Vec<SentenceKind> = doc.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SentenceKind::Body, SentenceKind::Boilerplate]);
    }

    #[test]
    fn a_tagged_first_paragraph_is_the_heading() {
        let doc = annotate(
            "[Column] Seoul is ready for trams. Are its drivers?\n\n\
             The city will open its first line in May. Drivers are worried.",
        );
        let kinds: Vec<SentenceKind> = doc.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SentenceKind::Heading,
                SentenceKind::Heading,
                SentenceKind::Body,
                SentenceKind::Body
            ]
        );
    }

    #[test]
    fn a_long_tagged_heading_without_final_punctuation() {
        use SentenceKind::{Body, Heading};
        assert_eq!(
            kinds(
                "[Interview] \"Export credit for batteries must not wait for the next \
                 election\" ... Korea Battery Industry Association vice chairman Oh \
                 Seung-hwan\n\nOh spoke to us on the 18th.\n"
            ),
            [Heading, Body]
        );
        // A first paragraph as long that ends as a sentence does is the lede.
        assert_eq!(
            kinds(
                "[Seoul] The government said on Tuesday that it would extend export credit \
                 to battery makers from next year, doubling the ceiling to 12 trillion won.\n\n\
                 Oh spoke to us on the 18th.\n"
            ),
            [Body, Body]
        );
    }

    #[test]
    fn the_note_on_an_opinion_writer_closing_the_piece_is_a_credit() {
        use SentenceKind::{Body, Credit, Heading};
        assert_eq!(
            kinds(
                "[Op-ed] Keep the library open\n\nThe district will close it at six.\n\n\
                 Yoon Ji-hye is a professor of political science at Sogang University.\n"
            ),
            [Heading, Body, Credit]
        );
        assert_eq!(
            kinds(
                "Keep the library open\n\nIt should stay open.\n\n\
                 The writer is a librarian in Mapo District.\n"
            ),
            [Heading, Body, Credit]
        );
        // In a report, a name and what the person is close no piece.
        assert_eq!(
            kinds(
                "Library to close early\n\nThe district will close it at six.\n\n\
                 Kim Min-ji is a librarian in Mapo District.\n"
            ),
            [Heading, Body, Body]
        );
    }

    #[test]
    fn a_letter_to_the_editor_is_opinion() {
        let res = crate::resources::Resources::embedded();
        for (heading, opinion) in [
            ("[Letter] Keep the library open", true),
            ("Letter to the editor: keep the library open", true),
            ("Library to close early from March", false),
        ] {
            let doc = annotate(&format!("{heading}\n\nThe district will close it at six."));
            assert_eq!(super::has_opinion_heading(&doc, res), opinion, "{heading}");
        }
    }

    #[test]
    fn a_bylined_writer_in_the_first_person_is_opinion() {
        let res = crate::resources::Resources::embedded();
        for (text, opinion) in [
            (
                "Keep the library open\n\nBy Choi Eun-ji\n\nI grew up two streets away. \
                 The district will close it at six.",
                true,
            ),
            (
                "Library to close early\n\nBy Choi Eun-ji\n\nThe district will close it at six. \
                 \"I grew up two streets away,\" a resident said.",
                false,
            ),
            (
                "Library to close early\n\nI grew up two streets away. \
                 The district will close it at six.",
                false,
            ),
        ] {
            let doc = annotate(text);
            assert_eq!(super::is_opinion_piece(&doc, res), opinion, "{text}");
        }
    }

    #[test]
    fn a_labelled_paragraph_is_the_writers_view() {
        let res = crate::resources::Resources::embedded();
        let doc = annotate(
            "Fuel taxes: the week ahead\n\n\
             The cut expires this month. The minister wants it gone.\n\n\
             Our take: Ending it now would hurt. Phase it out instead.\n\n\
             Verdict: mostly false.",
        );
        let own: Vec<bool> = (0..doc.sentences.len())
            .map(|i| super::in_opinion_paragraph(&doc, i, res))
            .collect();
        assert_eq!(own, [false, false, false, true, true, false]);
    }

    #[test]
    fn headings_bylines_and_quoted_endings() {
        let doc = annotate(
            "Party pushes tax cut; opposition calls it 'a break for the rich'\n\nBy Park Eun-ji\n\n\
             \"Nobody asked.\"\n\nBy 2030 the plan will fail.",
        );
        let kinds: Vec<SentenceKind> = doc.sentences.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SentenceKind::Heading,
                SentenceKind::Credit,
                SentenceKind::Body,
                SentenceKind::Body
            ]
        );
    }

    #[test]
    fn a_labelled_question_that_opens_the_article_is_its_heading() {
        assert_eq!(
            kinds("Q&A: Will you have to buckle up on the bus?\n\nThe ministry wants belts."),
            [SentenceKind::Heading, SentenceKind::Body]
        );
        // Not a question with no label, nor one further down.
        assert_eq!(
            kinds("Will you have to buckle up?\n\nThe ministry wants belts.\n\nQ&A: Why?"),
            [SentenceKind::Body, SentenceKind::Body, SentenceKind::Body]
        );
    }

    #[test]
    fn the_last_line_of_a_text_heads_nothing() {
        assert_eq!(
            kinds("Ask for a room on the top floor"),
            [SentenceKind::Body]
        );
        assert_eq!(
            kinds("Nice hotel\n\nThe hotel needs to fix the air conditioning"),
            [SentenceKind::Heading, SentenceKind::Body]
        );
    }

    #[test]
    fn dashes_label_questions_only_where_they_ask() {
        let interview = annotate(
            "- Calls are growing. What do you make of them?\n\n\"A mistake.\"\n\n\
             - How should Korea respond?\n\n\"Deterrence.\"",
        );
        let labelled: Vec<bool> = interview
            .sentences
            .iter()
            .map(|s| s.question_label)
            .collect();
        assert_eq!(labelled, [true, false, false, true, false]);
        let list = annotate("The plan has three parts.\n\n- Raise rates.\n\n- Cut spending.");
        assert!(list.sentences.iter().all(|s| !s.question_label));
        // Prompts that do not ask, each answered by a quotation.
        let prompts = annotate(
            "- Regions want visas of their own.\n\n\"A fine experiment.\"\n\n\
             - Business groups fear red tape.\n\n\"The opposite is true.\"",
        );
        let labelled: Vec<bool> = prompts.sentences.iter().map(|s| s.question_label).collect();
        assert_eq!(labelled, [true, false, true, false]);
        // Answers dashed like their questions.
        let both = annotate(
            "\u{2015} Has the cap worked?\n\n\u{2015} For renewals, yes.\n\n\
             \u{2015} Should it go?\n\n\u{2015} Slowly. Over three years.",
        );
        let labelled: Vec<bool> = both.sentences.iter().map(|s| s.question_label).collect();
        assert_eq!(labelled, [true, false, true, false, false]);
        // Dashed turns whose first prompt does not ask.
        let turns = annotate(
            "\u{2014} Pharmacists protect their business.\n\n\u{2014} Some do.\n\n\
             \u{2014} So no more pills in stores?\n\n\u{2014} Only with warnings.",
        );
        let labelled: Vec<bool> = turns.sentences.iter().map(|s| s.question_label).collect();
        assert_eq!(labelled, [true, false, true, false]);
        // Both sides in dashes, a prompt that does not ask among prompts that do: its
        // answer is no prompt.
        let mixed = annotate(
            "\u{2014} What does the curfew mean for you?\n\n\u{2014} Lost customers.\n\n\
             \u{2014} Parents say teenagers drink there.\n\n\u{2014} Some do.\n\n\
             \u{2014} What would you accept?\n\n\u{2014} Midnight.",
        );
        let labelled: Vec<bool> = mixed.sentences.iter().map(|s| s.question_label).collect();
        assert_eq!(labelled, [true, false, true, false, true, false]);
        // Not fewer than two turns of each side.
        let list = annotate("\u{2014} Rates rise.\n\n\u{2014} Costs fall.\n\n\u{2014} Who gains?");
        let labelled: Vec<bool> = list.sentences.iter().map(|s| s.question_label).collect();
        assert!(labelled.iter().all(|l| !l), "{labelled:?}");
    }
}
