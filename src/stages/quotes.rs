//! Quotation marks: pairs them inside each paragraph (straight and curly, double and
//! single, nested), and tells reported words from quotation marks around a term.
//! Unbalanced marks never fail: an opening mark without its close runs to the end of
//! the paragraph, a stray closing mark is left alone.

use crate::document::{Document, Quotation, QuoteIntro, Span};
use crate::resources::Resources;

/// A quotation of at least this many words is speech even without final punctuation.
const SPEECH_MIN_WORDS: usize = 6;
/// Words from which a quoted predicate of a reported clause is speech ("will use all
/// available tools"), not a term.
const PREDICATE_MIN_WORDS: usize = 3;
/// Verbs that name their object in someone's words ("calling the plan "a tax"").
pub(crate) const NAMING_VERBS: [&str; 10] = [
    "calling",
    "called",
    "calls",
    "dubbing",
    "dubbed",
    "labelling",
    "labeling",
    "labelled",
    "labeled",
    "branding",
];
/// Words before a quotation searched for a naming verb (the verb and its object).
const NAMING_WINDOW: usize = 5;

pub fn find_quotes(doc: &mut Document, res: &Resources) {
    let mut quotations = Vec::new();
    for paragraph in paragraph_spans(doc) {
        pair_marks(&doc.text, paragraph, &mut quotations);
    }
    for q in &mut quotations {
        classify(doc, q, res);
    }
    doc.quotations = quotations;
}

fn paragraph_spans(doc: &Document) -> Vec<Span> {
    let mut spans: Vec<(usize, Span)> = Vec::new();
    for s in &doc.sentences {
        match spans.last_mut() {
            Some((p, span)) if *p == s.paragraph => span.end = s.span.end,
            _ => spans.push((s.paragraph, s.span)),
        }
    }
    spans.into_iter().map(|(_, s)| s).collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Close,
    Either,
}

fn double_mark(c: char) -> Option<Mark> {
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

fn single_mark(c: char) -> Option<Mark> {
    match c {
        '‘' => Some(Mark::Open),
        '’' | '\'' => Some(Mark::Either),
        _ => None,
    }
}

fn opening_context(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | '“' | '"' | '‘')
    }) && next.is_some_and(|n| !n.is_whitespace())
}

fn pair_marks(text: &str, paragraph: Span, out: &mut Vec<Quotation>) {
    let body = &text[paragraph.start..paragraph.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let abs = |i: usize| paragraph.start + chars.get(i).map_or(body.len(), |c| c.0);
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    for (i, &(_, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(i + 1).map(|c| c.1);
        if let Some(mark) = double_mark(c) {
            match (open_double, mark) {
                (Some(o), Mark::Close | Mark::Either) => {
                    // A single quotation still open inside is dropped, not extended.
                    open_single = None;
                    out.push(quotation(abs(o), abs(i), abs(i + 1), false, false));
                    open_double = None;
                }
                (None, Mark::Open) => open_double = Some(i),
                (None, Mark::Either) if opening_context(prev, next) => open_double = Some(i),
                (Some(_), Mark::Open) => open_double = Some(i),
                _ => {}
            }
            continue;
        }
        if let Some(mark) = single_mark(c) {
            let apostrophe =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if apostrophe {
                continue;
            }
            match (open_single, mark) {
                (Some(o), Mark::Close | Mark::Either)
                    if prev.is_some_and(|p| !p.is_whitespace()) =>
                {
                    out.push(quotation(
                        abs(o),
                        abs(i),
                        abs(i + 1),
                        false,
                        open_double.is_some(),
                    ));
                    open_single = None;
                }
                (None, Mark::Open) => open_single = Some(i),
                (None, Mark::Either) if opening_context(prev, next) => open_single = Some(i),
                _ => {}
            }
        }
    }
    if let Some(o) = open_double {
        out.push(quotation(abs(o), paragraph.end, paragraph.end, true, false));
    }
    out.sort_by_key(|q| q.span.start);
}

/// `inner` starts at the opening mark here; `classify` moves it past the mark.
fn quotation(open: usize, close: usize, end: usize, unclosed: bool, nested: bool) -> Quotation {
    Quotation {
        span: Span::new(open, end),
        inner: Span::new(open, close),
        unclosed,
        nested,
        is_speech: false,
        intro: QuoteIntro::Direct,
    }
}

/// Whether a word is a determiner, after which a quotation is part of a noun phrase.
fn noun_follows_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
    )
}

/// Decides speech or term, and how the quotation enters its sentence.
fn classify(doc: &Document, q: &mut Quotation, res: &Resources) {
    // The inner span starts after the opening mark, whatever its width in bytes.
    let open_len = doc.text[q.span.start..]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    q.inner.start = (q.span.start + open_len).min(q.inner.end);
    let inner = doc.slice(q.inner).trim();
    let words = inner.split_whitespace().count();
    let ends_like_speech = inner.ends_with(['.', ',', '!', '?', '…', ';', ':']);

    let sentence = doc
        .sentences
        .iter()
        .find(|s| s.span.start <= q.span.start && q.span.start < s.span.end);
    let before = sentence.map_or("", |s| doc.text[s.span.start..q.span.start].trim_end());
    // The words before the quotation, lowercased, without their punctuation.
    let words_before: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let last_word = words_before.last().map_or("", String::as_str);
    let speech = |w: &str| res.is_speech_verb(w).is_some();
    // "for what he called "a move made for comfort."": a verb of naming takes a
    // fragment, not the speaker's whole words.
    let naming = matches!(
        last_word,
        "called" | "calls" | "calling" | "dubbed" | "termed"
    );
    // "called the ruling "a verdict from another century."": after a determiner, a
    // word that may be a verb of speech is a noun.
    let noun = words_before.len() >= 2
        && noun_follows_determiner(words_before[words_before.len() - 2].as_str());
    let introduced = before.ends_with([',', ':']) || (speech(last_word) && !naming && !noun);
    q.intro = if before.is_empty() || introduced {
        QuoteIntro::Direct
    } else {
        QuoteIntro::Embedded
    };
    // A verb among the words before the quotation, past the last one (a verb and its
    // object: "calling the expansion").
    let verb_before = |is_verb: &dyn Fn(&str) -> bool| {
        words_before
            .iter()
            .rev()
            .take(NAMING_WINDOW)
            .skip(1)
            .any(|w| is_verb(w))
    };
    // "calling the expansion "a tax on customers"": the quoted words name the object in
    // the speaker's words; "a plan called "Green Growth"" names it in no one's.
    let names_object = verb_before(&|w| NAMING_VERBS.contains(&w))
        // "welcomed the change as "overdue"": what a verb of speech takes its object as
        // (not "the bill, known as "Kim Law"", a name).
        || (last_word == "as"
            && !before.rsplit(' ').take(NAMING_WINDOW).any(|w| w.ends_with(','))
            && !words_before.iter().rev().nth(1).is_some_and(|w| {
                matches!(w.as_str(), "known" | "referred" | "billed" | "named")
            })
            && verb_before(&speech));
    // "Park said the pilot was "a sensible first step"", "said the fee would "level the
    // playing field"": a quoted complement of a reported clause is the speaker's words.
    let reported_complement = matches!(
        last_word,
        "was" | "is" | "were" | "are" | "be" | "would" | "will" | "could" | "can" | "must"
    ) && words_before.iter().any(|w| speech(w));
    // "said in a report that digital taxes "unfairly target American companies"": a
    // quoted predicate of a reported "that" clause, in lower case, is the speaker's
    // words; a quoted name in one ("that the "Green Growth" plan") is not.
    // So is one after a verb of the reported clause, without "that" ("has said the old
    // cap produced "a wall of identical matchboxes""), when it opens as a phrase does
    // (an article, a verb); not one after a determiner or a number ("said the "one
    // person, one vote" rule", "would add 40 "moonlight children's hospitals""), which
    // names.
    let first_word = inner.split_whitespace().next().unwrap_or("").to_lowercase();
    let opens_a_phrase =
        matches!(first_word.as_str(), "a" | "an" | "the") || res.base_verbs.contains(&first_word);
    let reported_predicate = words >= PREDICATE_MIN_WORDS
        && inner.starts_with(|c: char| c.is_lowercase())
        && (words_before
            .iter()
            .rposition(|w| w == "that")
            .is_some_and(|t| {
                words_before[..t]
                    .iter()
                    .any(|w| speech(w))
            })
            // The reported clause may run long before it ("said the current rules
            // gave foreign sellers "a 10 percent head start"").
            || (opens_a_phrase
                && !noun_follows_determiner(last_word)
                && words_before
                    .iter()
                    .rev()
                    .skip(1)
                    .any(|w| speech(w))));
    q.is_speech = !q.nested
        && words > 0
        && (ends_like_speech
            || q.unclosed
            || words >= SPEECH_MIN_WORDS
            || names_object
            || reported_complement
            || reported_predicate
            || (introduced && !before.is_empty()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    fn quotes(text: &str) -> Vec<(String, bool, QuoteIntro)> {
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        doc.quotations
            .iter()
            .filter(|q| !q.nested)
            .map(|q| (doc.slice(q.inner).to_string(), q.is_speech, q.intro))
            .collect()
    }

    #[test]
    fn what_a_verb_of_speech_takes_its_object_as_is_speech_a_name_known_as_is_not() {
        assert!(quotes("The group welcomed the change as \"overdue\" on Monday.")[0].1);
        assert!(!quotes("Kim said the bill, known as \"Kim Law\", passed.")[0].1);
        assert!(!quotes("Kim said the bill known as \"Kim Law\" passed.")[0].1);
    }

    #[test]
    fn a_quoted_predicate_of_a_reported_clause_is_speech_a_quoted_name_is_not() {
        let q = quotes(
            "The office said in a report that digital taxes \"unfairly target American companies\" \
             and that the \"Green Growth Fund\" had no effect.",
        );
        assert_eq!(q.len(), 2);
        assert!(q[0].1);
        assert!(!q[1].1);
        // A long reported clause before the phrase.
        let q = quotes(
            "The association said the current rules gave foreign sellers \"a 10 percent head \
             start\" on every sale.",
        );
        assert!(q[0].1);
        // Without "that": a phrase is speech, a name after a number is not.
        let q = quotes(
            "Oh has said the old cap produced \"a wall of identical matchboxes\" along the \
             river. The ministry said it would add 40 \"moonlight children's hospitals\" \
             that treat children until midnight.",
        );
        assert_eq!(q.len(), 2);
        assert!(q[0].1);
        assert!(!q[1].1);
    }

    #[test]
    fn speech_and_terms() {
        let q = quotes(
            "She recommended a \"technology partnership council\" and said, \"Korea should act.\"",
        );
        assert_eq!(q.len(), 2);
        assert!(!q[0].1, "a term in quotation marks is not speech");
        assert!(q[1].1);
        assert_eq!(q[1].2, QuoteIntro::Direct);
    }

    #[test]
    fn a_quoted_verb_phrase_after_a_reported_modal_is_speech() {
        let q = quotes("Kim said the fee would \"level the playing field\" for retailers.");
        assert_eq!(q.len(), 1);
        assert!(q[0].1, "{q:?}");
        let q = quotes("The plan, known as \"Green Growth\", will start in May.");
        assert!(!q[0].1, "{q:?}");
    }

    #[test]
    fn a_fragment_after_a_verb_of_naming() {
        let q = quotes(
            "Choo said it would cost 100 billion won for what he called \"a move made for comfort.\"",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, QuoteIntro::Embedded);
        // "ruling" after "the" is a noun, not a verb of speech.
        let q = quotes("The union called the ruling \"a verdict from another century.\"");
        assert_eq!(q[0].2, QuoteIntro::Embedded);
    }

    #[test]
    fn embedded_fragment() {
        let q = quotes("He warned that “the model is disadvantageous to Korea.”");
        assert_eq!(q[0].2, QuoteIntro::Embedded);
        assert!(q[0].1);
    }

    #[test]
    fn nested_single_and_apostrophes() {
        let text = "She said, \"Korea's role is a 'partner of choice,' not a client.\"";
        let doc = Pipeline::rules_only().annotate("t", text, Vec::new());
        let top: Vec<_> = doc.quotations.iter().filter(|q| !q.nested).collect();
        let nested: Vec<_> = doc.quotations.iter().filter(|q| q.nested).collect();
        assert_eq!(top.len(), 1);
        assert_eq!(nested.len(), 1);
        assert_eq!(doc.slice(nested[0].inner), "partner of choice,");
    }

    #[test]
    fn unbalanced_marks_do_not_fail() {
        let q = quotes("He said, \"this never closes. It goes on.\n\nNext paragraph.");
        assert_eq!(q.len(), 1);
        assert!(q[0].0.ends_with("goes on."));
        assert!(quotes("A stray” mark and a ' lone one.").is_empty());
    }
}
