//! Sentence segmentation with byte offsets.
//!
//! Blank lines separate paragraphs; a line break inside a paragraph ends a sentence
//! unless the next line goes on in lowercase (hard-wrapped text). Inside a line, a
//! boundary follows terminal punctuation (with any closing quotation marks and
//! brackets) when the next word cannot continue the sentence: abbreviations, initials,
//! numbers, ellipses and list markers each have their rule below.

use crate::document::{Document, Sentence, Span};
use crate::resources::{AbbreviationClass, Resources};

pub fn segment(doc: &mut Document, res: &Resources) {
    let text = doc.text.as_str();
    let mut sentences = Vec::new();
    for (paragraph, lines) in paragraphs(text).into_iter().enumerate() {
        for block in lines {
            for span in split_block(text, block, res) {
                sentences.push(Sentence::new(span, paragraph));
            }
        }
    }
    doc.sentences = sentences;
}

/// Segments a bare string; for tests and the Golden Rules benchmark.
pub fn split_sentences<'a>(text: &'a str, res: &Resources) -> Vec<&'a str> {
    let mut doc = Document::new("", text, Vec::new());
    segment(&mut doc, res);
    doc.sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect()
}

/// Paragraphs, each a list of blocks (runs of lines that belong to one another).
fn paragraphs(text: &str) -> Vec<Vec<Span>> {
    let mut paragraphs: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let span = Span::new(start, start + content.len());
        let continues = content
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        match current.last_mut() {
            Some(last) if continues => last.end = span.end,
            _ => current.push(span),
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// "At 5 a.m.": a sentence this short so far is an opening phrase, not a clause.
const OPENING_PHRASE_MAX_WORDS: usize = 3;

const TERMINALS: [char; 4] = ['.', '!', '?', '…'];
const CLOSERS: [char; 8] = ['"', '”', '’', '\'', ')', ']', '»', '}'];
const OPENERS: [char; 8] = ['"', '“', '‘', '\'', '(', '[', '«', '{'];
const BULLETS: [char; 7] = ['•', '⁃', '◦', '▪', '‣', '●', '·'];

/// The sentence spans of one block, whitespace trimmed.
fn split_block(text: &str, block: Span, res: &Resources) -> Vec<Span> {
    let body = &text[block.start..block.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let (list_breaks, protected) = list_markers(&chars);
    let mut breaks: Vec<usize> = list_breaks; // char indices where a sentence starts

    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !TERMINALS.contains(&c) || protected.contains(&i) {
            i += 1;
            continue;
        }
        let run = terminal_run(&chars, i);
        let sentence_start = breaks
            .iter()
            .copied()
            .filter(|&b| b <= i)
            .max()
            .unwrap_or(0);
        if let Some(next_start) = boundary_after(&chars, sentence_start, i, &run, res) {
            breaks.push(next_start);
        }
        i = run.end.max(i + 1);
    }

    breaks.sort_unstable();
    breaks.dedup();
    let mut spans = Vec::new();
    let mut start = 0;
    for b in breaks.into_iter().chain(std::iter::once(chars.len())) {
        if b <= start {
            continue;
        }
        let from = chars[start].0;
        let to = chars.get(b).map_or(body.len(), |(p, _)| *p);
        if let Some(span) = trimmed(body, from, to) {
            spans.push(Span::new(block.start + span.start, block.start + span.end));
        }
        start = b;
    }
    spans
}

fn trimmed(s: &str, from: usize, to: usize) -> Option<Span> {
    let piece = &s[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    (!t.is_empty()).then(|| Span::new(from + lead, from + lead + t.len()))
}

/// A run of terminal punctuation starting at `i`: "!!", "?!", "...", ". . . .".
struct Run {
    /// Char index just after the last terminal mark.
    end: usize,
    dots: usize,
    /// The run holds spaced dots (". . .").
    spaced: bool,
    /// Char index after the first mark, and whether a spaced ellipsis follows it.
    first_end: usize,
    first_attached: bool,
}

fn terminal_run(chars: &[(usize, char)], i: usize) -> Run {
    let mut j = i;
    let mut dots = 0;
    let mut spaced = false;
    loop {
        match chars.get(j).map(|c| c.1) {
            Some('.') => {
                dots += 1;
                j += 1;
            }
            Some('…') => {
                dots += 3;
                j += 1;
            }
            Some('!') | Some('?') => j += 1,
            Some(' ') if chars.get(j + 1).map(|c| c.1) == Some('.') && chars[j - 1].1 == '.' => {
                spaced = true;
                j += 1;
            }
            _ => break,
        }
    }
    let first_attached = i > 0 && chars[i - 1].1.is_alphanumeric();
    Run {
        end: j,
        dots,
        spaced,
        first_end: i + 1,
        first_attached,
    }
}

/// Where the next sentence starts (a char index), when the run ends a sentence.
fn boundary_after(
    chars: &[(usize, char)],
    sentence_start: usize,
    i: usize,
    run: &Run,
    res: &Resources,
) -> Option<usize> {
    let after_closers = skip_closers(chars, run.end);
    // "[...]": an omission inside brackets, never a boundary.
    if run.dots >= 3
        && i > 0
        && matches!(chars[i - 1].1, '[' | '(')
        && matches!(chars.get(run.end).map(|c| c.1), Some(']') | Some(')'))
    {
        return None;
    }
    match chars.get(after_closers) {
        None => return None,
        Some((_, c)) if !c.is_whitespace() => return None,
        _ => {}
    }
    let next = skip_spaces(chars, after_closers);
    let next_char = chars.get(next)?.1;
    let next_word = word_at(chars, next);
    let starts_lower = first_letter_after_openers(chars, next).is_some_and(char::is_lowercase);

    if run.dots >= 3 {
        // "word. . . . Next": the period ends the sentence, the ellipsis opens the next.
        if run.spaced && run.first_attached && run.dots >= 4 && !starts_lower {
            return Some(skip_spaces(chars, run.first_end));
        }
        // An ellipsis of three marks an omission; four end a sentence.
        return (run.dots >= 4 && !starts_lower).then_some(next);
    }
    let is_period = chars[i].1 == '.' && run.end == i + 1;
    if !is_period {
        // "!" or "?" (or runs of them): a boundary unless the sentence goes on in
        // lowercase ("Yahoo! in", "'Why?' she asked").
        return (!starts_lower).then_some(next);
    }
    if starts_lower {
        return None;
    }
    let prev = word_before(chars, i);
    let prev_lower = prev.to_lowercase();
    let abbreviation = res.abbreviations.get(&prev_lower).copied().or_else(|| {
        // "U.S", "a.m", "D.C": letters each followed by a period; "E": an initial.
        let dotted = prev.len() >= 3
            && prev
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
        let initial = prev.chars().count() == 1
            && prev.chars().all(char::is_uppercase)
            && !names_a_platform(chars, i - 1);
        (dotted || initial).then_some(AbbreviationClass::Other)
    });
    // "Q. What about ...", "A. Yes": a speaker label opening a line of an interview.
    let label = prev.chars().count() == 1
        && prev.chars().all(char::is_uppercase)
        && chars[sentence_start..i]
            .iter()
            .filter(|c| !c.1.is_whitespace())
            .count()
            == 1;
    if label {
        return None;
    }
    // The words of the sentence up to the abbreviation, with it.
    let so_far = || {
        chars[sentence_start..i]
            .iter()
            .map(|c| c.1)
            .collect::<String>()
    };
    let words_so_far = || so_far().split_whitespace().count();
    // The same, less a label opening an interview's line ("A.", "Q:").
    let answer_words_so_far = || {
        let text = so_far();
        let mut words = text.split_whitespace().peekable();
        if words.peek().is_some_and(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && matches!(cs.next(), Some('.' | ':'))
                && cs.next().is_none()
        }) {
            words.next();
        }
        words.count()
    };
    // The abbreviation is the sentence's last word, after a comma ("Well, no.").
    let after_comma = || {
        let text = so_far();
        let mut words = text.split_whitespace().rev();
        words.next().is_some() && words.next().is_some_and(|w| w.ends_with(','))
    };
    match abbreviation {
        Some(AbbreviationClass::Title) => None,
        // "No. 5", "Jan. 5", "p. 55": an abbreviation before a number.
        Some(_) if next_char.is_ascii_digit() => None,
        // "\"No. Young people need it.\"", "A. \"No. Private operators ...": "No." alone
        // (after an interview's answer label), before no number, is an answer.
        Some(AbbreviationClass::Number) if answer_words_so_far() == 1 => Some(next),
        // "A. Frankly, no. Temporary things ...": after a comma it is an answer too.
        Some(AbbreviationClass::Number) if after_comma() => Some(next),
        Some(class) => {
            let next_lower = next_word.to_lowercase();
            let starter = res.sentence_starters.contains(&next_lower);
            let title = res.abbreviations.get(&next_lower) == Some(&AbbreviationClass::Title)
                && chars
                    .get(next + next_word.chars().count())
                    .is_some_and(|c| c.1 == '.');
            let opening_phrase = words_so_far() <= OPENING_PHRASE_MAX_WORDS;
            let time_then_title = class == AbbreviationClass::Time && title && !opening_phrase;
            // "At 8 a.m. I counted ...": a time that opens the sentence, then its subject.
            let opening_time = class == AbbreviationClass::Time && opening_phrase;
            ((starter && !opening_time) || time_then_title).then_some(next)
        }
        None => Some(next),
    }
}

fn skip_closers(chars: &[(usize, char)], mut j: usize) -> usize {
    while let Some((_, c)) = chars.get(j) {
        if !CLOSERS.contains(c) {
            break;
        }
        // An apostrophe that starts a word ("'s") is not a closing mark.
        if matches!(c, '\'' | '’') && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
            break;
        }
        j += 1;
    }
    j
}

fn skip_spaces(chars: &[(usize, char)], mut j: usize) -> usize {
    while chars.get(j).is_some_and(|c| c.1.is_whitespace()) {
        j += 1;
    }
    j
}

fn first_letter_after_openers(chars: &[(usize, char)], mut j: usize) -> Option<char> {
    while chars.get(j).is_some_and(|c| OPENERS.contains(&c.1)) {
        j += 1;
    }
    chars.get(j).map(|c| c.1)
}

/// The alphabetic word at `j`, after any opening marks.
fn word_at(chars: &[(usize, char)], mut j: usize) -> String {
    while chars.get(j).is_some_and(|c| OPENERS.contains(&c.1)) {
        j += 1;
    }
    chars[j.min(chars.len())..]
        .iter()
        .map(|c| c.1)
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .collect()
}

/// The text between the previous whitespace (or opening mark) and char `i`:
/// "U.S" before the last period of "U.S.", "Mr" before "Mr.".
/// "wrote one user on X.": a capital letter after "on" or "via" names a platform, and
/// its period may end the sentence; an initial follows a name or opens one ("J. Smith").
fn names_a_platform(chars: &[(usize, char)], letter: usize) -> bool {
    let mut j = letter;
    while j > 0 && chars[j - 1].1.is_whitespace() {
        j -= 1;
    }
    j < letter && matches!(word_before(chars, j).as_str(), "on" | "via")
}

fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let mut j = i;
    while j > 0 && !chars[j - 1].1.is_whitespace() && !OPENERS.contains(&chars[j - 1].1) {
        j -= 1;
    }
    chars[j..i].iter().map(|c| c.1).collect()
}

/// List markers ("1.", "2)", "3.)", "a.", "•"): the char indices where an item starts
/// and the indices of their periods, which end no sentence. Numbered and lettered
/// markers count only in runs of consecutive values, so a number ending a sentence
/// ("in 2013.") is not taken for one.
fn list_markers(chars: &[(usize, char)]) -> (Vec<usize>, std::collections::HashSet<usize>) {
    struct Marker {
        start: usize,
        value: u32,
        lettered: bool,
        periods: Vec<usize>,
    }
    let mut markers: Vec<Marker> = Vec::new();
    let mut starts = Vec::new();
    let mut protected = std::collections::HashSet::new();
    for (i, &(_, c)) in chars.iter().enumerate() {
        let at_item_start =
            i == 0 || chars[i - 1].1.is_whitespace() || BULLETS.contains(&chars[i - 1].1);
        if BULLETS.contains(&c) && (i == 0 || chars[i - 1].1.is_whitespace()) {
            if i > 0 {
                starts.push(i);
            }
            continue;
        }
        if !at_item_start {
            continue;
        }
        // Numbered: digits then ".", ")" or ".)", then a space.
        let mut j = i;
        let mut value: u32 = 0;
        while j < chars.len() && chars[j].1.is_ascii_digit() && j - i < 3 {
            value = value * 10 + chars[j].1.to_digit(10).unwrap_or(0);
            j += 1;
        }
        let lettered = j == i && c.is_ascii_lowercase();
        if lettered {
            value = u32::from(c) - u32::from('a') + 1;
            j = i + 1;
        }
        if j == i {
            continue;
        }
        let mut periods = Vec::new();
        let mut k = j;
        if chars.get(k).map(|c| c.1) == Some('.') {
            periods.push(k);
            k += 1;
        }
        if chars.get(k).map(|c| c.1) == Some(')') && !lettered {
            k += 1;
        }
        if k == j || chars.get(k).is_none_or(|c| c.1 != ' ') {
            continue;
        }
        if lettered && periods.is_empty() {
            continue;
        }
        markers.push(Marker {
            start: i,
            value,
            lettered,
            periods,
        });
    }
    for (a, m) in markers.iter().enumerate() {
        let follows =
            a > 0 && markers[a - 1].lettered == m.lettered && markers[a - 1].value + 1 == m.value;
        let followed = markers
            .get(a + 1)
            .is_some_and(|n| n.lettered == m.lettered && n.value == m.value + 1);
        if follows || followed {
            // After a bullet the item has started already ("• 9. The first item").
            let after_bullet = chars[..m.start]
                .iter()
                .rev()
                .find(|c| !c.1.is_whitespace())
                .is_some_and(|c| BULLETS.contains(&c.1));
            if m.start > 0 && !after_bullet {
                starts.push(m.start);
            }
            protected.extend(m.periods.iter().copied());
        }
    }
    (starts, protected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Resources::embedded())
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(
            split(
                "Rep. Kim met Prof. Lee in Washington, D.C. on Jan. 5 at 9 a.m. and spent $350 billion, 9.8% of 1,412.5. No. 3 followed."
            ),
            [
                "Rep. Kim met Prof. Lee in Washington, D.C. on Jan. 5 at 9 a.m. and spent $350 billion, 9.8% of 1,412.5.",
                "No. 3 followed."
            ]
        );
        assert_eq!(
            split("A. Frankly, no. Temporary things become permanent."),
            ["A. Frankly, no.", "Temporary things become permanent."]
        );
        // "No." alone before no number is an answer; inside a sentence it is not split.
        assert_eq!(
            split("\"No. Young people need it.\" The item listed as No. Seven sold."),
            [
                "\"No.",
                "Young people need it.\"",
                "The item listed as No. Seven sold."
            ]
        );
        assert_eq!(
            split("A. \"No. Private operators charge more.\""),
            ["A. \"No.", "Private operators charge more.\""]
        );
    }

    #[test]
    fn a_platform_named_by_a_letter_ends_its_sentence() {
        assert_eq!(
            split(
                "\"Finally,\" wrote one user on X. Mountaineer Um Hong-gil disagreed. \
                   The report by J. Smith came out."
            ),
            [
                "\"Finally,\" wrote one user on X.",
                "Mountaineer Um Hong-gil disagreed.",
                "The report by J. Smith came out."
            ]
        );
    }

    #[test]
    fn a_time_that_opens_the_sentence_then_its_subject() {
        assert_eq!(
            split("At 8 a.m. I counted 64 riders. He left at 6 p.m. I stayed."),
            [
                "At 8 a.m. I counted 64 riders.",
                "He left at 6 p.m.",
                "I stayed."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\"We must act. Korea should lead.\" She left. “Why?” he asked."),
            [
                "\"We must act.",
                "Korea should lead.\"",
                "She left.",
                "“Why?” he asked."
            ]
        );
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "A Heading Without a Period\n\nFirst line of text.\nwrapped line. Next.\n\nLast";
        assert_eq!(
            split(text),
            [
                "A Heading Without a Period",
                "First line of text.\nwrapped line.",
                "Next.",
                "Last"
            ]
        );
    }

    #[test]
    fn unicode_offsets_are_char_boundaries() {
        let text = "Draudt-Véjares said so. Véjares – “no.” Fin…";
        for s in split(text) {
            assert!(!s.is_empty());
        }
    }
}
