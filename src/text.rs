//! Small text utilities shared by the stages and the scorer.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::document::{Span, Token};

/// The name normalisation of `scoring.md`: NFKD, combining marks dropped, lowercase,
/// letters and digits kept, every other run of characters one space.
/// "Draudt-Véjares" becomes "draudt vejares".
pub fn normalize_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    // ASCII text has nothing to decompose: skip NFKD, the costly part.
    let chars: Box<dyn Iterator<Item = char>> = if s.is_ascii() {
        Box::new(s.chars())
    } else {
        Box::new(s.nfkd().filter(|c| !is_combining_mark(*c)))
    };
    for c in chars {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// Characters that join two word characters into one token: "Draudt-Véjares",
/// "Korea's", "U.S.", "R&D", "1,412.5", "8:30".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | ',' | '°' | ':')
}

/// Splits `text` (which starts at byte `base` of the document) into words and
/// punctuation marks. A comma or a colon joins only digits ("1,412", "8:30").
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if is_joiner(cj)
                    && j + 1 < chars.len()
                    && chars[j + 1].1.is_alphanumeric()
                    && (!matches!(cj, ',' | ':')
                        || (chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()))
                {
                    j += 2;
                } else if cj == '.'
                    && (is_dotted_abbreviation(&chars[i..=j]) || is_number_sign(&chars, i, j))
                {
                    // Keep the final period of "U.S." with the word, and that of "No."
                    // before a number ("the No. 2 blast furnace" says no "no").
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(text.len(), |(p, _)| *p);
            tokens.push(make_token(text, base, pos, end, true));
            i = j;
        } else {
            let end = chars.get(i + 1).map_or(text.len(), |(p, _)| *p);
            tokens.push(make_token(text, base, pos, end, false));
            i += 1;
        }
    }
    tokens
}

/// Whether the word `chars[i..j]` is "No" with its period at `j` before a number
/// ("No. 2", "no.3").
fn is_number_sign(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    let word: String = chars[i..j].iter().map(|(_, c)| *c).collect();
    let digit_at = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_ascii_digit());
    word.eq_ignore_ascii_case("no")
        && (digit_at(j + 1)
            || (chars.get(j + 1).is_some_and(|(_, c)| *c == ' ') && digit_at(j + 2)))
}

/// "U.S." or "a.m.": single letters each followed by a period, at least two of them.
fn is_dotted_abbreviation(chars: &[(usize, char)]) -> bool {
    let s: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    s.len() >= 4
        && s.len().is_multiple_of(2)
        && s.chunks(2)
            .all(|pair| pair[0].is_alphabetic() && pair[1] == '.')
}

fn make_token(text: &str, base: usize, start: usize, end: usize, is_word: bool) -> Token {
    Token {
        span: Span::new(base + start, base + end),
        is_word,
        lower: text[start..end].to_lowercase(),
    }
}

/// Where `phrase` occurs in `words` as a run of equal words, if it does.
pub fn find_words<A: AsRef<str>, B: AsRef<str>>(words: &[A], phrase: &[B]) -> Option<usize> {
    if phrase.is_empty() {
        return None;
    }
    words
        .windows(phrase.len())
        .position(|w| w.iter().zip(phrase).all(|(a, b)| a.as_ref() == b.as_ref()))
}

/// Whether token `j` ends a clause: a semicolon, or a comma before "and" or "but"
/// ("would display the grades if the law required it, but warned ...").
pub fn ends_clause(tokens: &[Token], j: usize) -> bool {
    match tokens.get(j).map(|t| t.lower.as_str()) {
        Some(";") => true,
        Some(",") => tokens
            .get(j + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "and" | "but")),
        _ => false,
    }
}

/// Whether the tokens from `at` spell `phrase` (lowercase words).
pub fn phrase_at<P: AsRef<str>>(tokens: &[Token], at: usize, phrase: &[P]) -> bool {
    tokens
        .get(at..at + phrase.len())
        .is_some_and(|w| w.iter().zip(phrase).all(|(t, p)| t.lower == p.as_ref()))
}

/// Openings of a subordinate clause ("when", "before", "because"): in the attribution
/// finder, a speech verb before the clause's comma sets the scene ("When the ministry
/// announced X, lobbies reacted ..."); inside an action, a clause of its own.
pub const SUBORDINATORS: [&str; 11] = [
    "when", "after", "before", "since", "while", "although", "though", "if", "because", "once",
    "until",
];

/// Determiners and pronouns that open a verb's object: after a verb at the head of a
/// sentence they make it an imperative ("Fix the bug", "Call your parents"), where a
/// name or a noun would be followed by its own verb.
pub const OBJECT_OPENERS: [&str; 19] = [
    "the", "a", "an", "this", "that", "these", "those", "your", "my", "our", "their", "its", "it",
    "them", "us", "me", "some", "any", "every",
];

/// The tokens end on "will have to", "will need to" or "will be required to": an
/// obligation to come, told before its verb.
pub fn ends_in_future_obligation(before: &[Token]) -> bool {
    let last: Vec<&str> = before
        .iter()
        .rev()
        .take(4)
        .map(|t| t.lower.as_str())
        .collect();
    matches!(
        last.as_slice(),
        ["to", "have" | "need", "will", ..] | ["to", "required" | "obliged", "be", "will", ..]
    )
}

/// The words of `tokens`, lowercased, without punctuation.
pub fn lower_words(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect()
}

/// Whether `text` opens a quotation (after any leading space).
pub fn opens_quotation(text: &str) -> bool {
    text.trim_start().starts_with(['"', '“', '\''])
}

/// The byte positions where `phrase` occurs in `text` as whole words: "follow us on"
/// is not in "follow us onto our balconies".
pub fn whole_word_positions<'a>(
    text: &'a str,
    phrase: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            let joined_before = word_char(before) && word_char(phrase.chars().next());
            let joined_after = word_char(after) && word_char(phrase.chars().next_back());
            !joined_before && !joined_after
        })
}

/// `word` without its possessive ending ("institute's", "Bae’s"), when it has one.
pub fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether a token opens a quotation: a straight or curly double or single mark.
pub fn is_opening_quote(token: &str) -> bool {
    matches!(token, "\"" | "“" | "'" | "‘")
}

/// Whether a lowercased word denies: "not", "never", "no", "cannot", or a contracted
/// negation ("isn't", "won’t"; the tokenizer keeps the clitic with its verb, and a text
/// already split keeps "n't").
pub fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "no" | "cannot") || w.ends_with("n't") || w.ends_with("n’t")
}

/// Whether a word is written as a name: it starts with an uppercase letter, or one
/// follows its first small letter.
pub fn is_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // "e-Sports" of "Korea e-Sports Association", "iPhone": a name that opens with
        // a small letter, a hyphen or no space before its capital.
        Some(c) if c.is_lowercase() => {
            let rest: Vec<char> = chars.take(2).collect();
            match rest.as_slice() {
                ['-', b, ..] | [b, ..] => b.is_uppercase(),
                _ => false,
            }
        }
        _ => false,
    }
}

/// Levenshtein distance over Unicode scalar values.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Edit distance divided by the longer length: 0 for equal strings, 1 for nothing shared.
pub fn name_distance(a: &str, b: &str) -> f64 {
    let longest = a.chars().count().max(b.chars().count());
    if longest == 0 {
        return 0.0;
    }
    edit_distance(a, b) as f64 / longest as f64
}

/// "What she wants instead is an ex-ante law": a sentence that opens by naming what
/// its subject prefers. The token index of that subject's last word and of the "is"
/// or "was" after which the preferred thing is named.
pub fn preference_cleft(tokens: &[Token]) -> Option<(usize, usize)> {
    /// Verbs of preference after the subject of "What ...".
    const PREFERENCE_VERBS: [&str; 14] = [
        "wants",
        "wanted",
        "prefers",
        "preferred",
        "proposes",
        "proposed",
        "recommends",
        "recommended",
        "suggests",
        "suggested",
        "favors",
        "favours",
        "favored",
        "favoured",
    ];
    /// Words of the subject between "What" and its verb ("the union").
    const SUBJECT_WORDS: usize = 3;
    if tokens.first()?.lower != "what" {
        return None;
    }
    let verb = (2..=SUBJECT_WORDS + 1)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.is_word))
        .find(|&k| PREFERENCE_VERBS.contains(&tokens[k].lower.as_str()))?;
    let is = (verb + 1..tokens.len())
        .take(3)
        .find(|&k| matches!(tokens[k].lower.as_str(), "is" | "was"))?;
    Some((verb - 1, is))
}

/// Whether a word looks like a plural ("visas", not "press").
pub fn looks_plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Whether `word` is the "-s" form of a verb of `known` ("takes", "raises").
pub fn is_present_of(word: &str, known: &std::collections::HashSet<String>) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| known.contains(stem))
}

/// Whether `word` is the "-ed" form of a verb of `known` ("formed", "raised",
/// "dropped").
pub fn is_past_of(word: &str, known: &std::collections::HashSet<String>) -> bool {
    word.strip_suffix("ed")
        .is_some_and(|stem| stem_bases(stem).iter().any(|base| known.contains(base)))
}

/// The bases an "-ing" form may have, in the order to try them: "forming" -> "form",
/// "making" -> "make", "running" -> "run"; none for a word without "-ing".
pub fn gerund_bases(lower: &str) -> Vec<String> {
    lower
        .strip_suffix("ing")
        .map(stem_bases)
        .unwrap_or_default()
}

/// The bases a verb's stem (its "-ing" or "-ed" cut off) may have: the stem itself,
/// with an "e" ("mak" -> "make"), and without a doubled last letter ("runn" -> "run"),
/// split at characters.
fn stem_bases(stem: &str) -> Vec<String> {
    let mut out = vec![stem.to_string(), format!("{stem}e")];
    let mut last = stem.chars().rev();
    if let (Some(a), Some(b)) = (last.next(), last.next())
        && a == b
    {
        out.push(stem[..stem.len() - a.len_utf8()].to_string());
    }
    out
}

/// The base form of an "-ing" verb when it is one of `known` ("forming" -> "form",
/// "making" -> "make", "running" -> "run"); other words unchanged.
pub fn base_of_gerund(word: &str, known: &std::collections::HashSet<String>) -> String {
    let lower = word.to_lowercase();
    if let Some(stem) = lower.strip_suffix("ing") {
        if let Some(base) = gerund_bases(&lower).into_iter().find(|c| known.contains(c)) {
            return base;
        }
        // An unknown verb: most take "-ing" on their base unchanged ("relying").
        if stem.chars().count() >= 4 && stem.chars().any(|c| "aeiouy".contains(c)) {
            return stem.to_string();
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_form_of_a_known_verb() {
        let known: std::collections::HashSet<String> =
            ["form", "raise"].iter().map(|w| w.to_string()).collect();
        assert!(is_past_of("formed", &known));
        assert!(is_past_of("raised", &known));
        assert!(!is_past_of("form", &known));
        assert!(!is_past_of("needed", &known));
        // A doubled last consonant: "dropped", "scrapped".
        let known: std::collections::HashSet<String> =
            ["drop"].iter().map(|w| w.to_string()).collect();
        assert!(is_past_of("dropped", &known));
        // Words of other scripts split at characters, not bytes.
        assert!(!is_past_of("éaed", &known));
        assert!(!is_past_of("ééed", &known));
    }

    #[test]
    fn a_name_may_open_with_a_small_letter() {
        assert!(is_capitalized("Sports"));
        assert!(is_capitalized("e-Sports"));
        assert!(is_capitalized("iPhone"));
        assert!(!is_capitalized("e-commerce"));
        assert!(!is_capitalized("sports"));
        assert!(!is_capitalized("a"));
    }

    #[test]
    fn normalizes_names_as_the_scorer_does() {
        assert_eq!(normalize_name("Draudt-Véjares"), "draudt vejares");
        assert_eq!(
            normalize_name("  U.S. President  Donald Trump "),
            "u s president donald trump"
        );
    }

    #[test]
    fn the_number_sign_keeps_its_period_and_negates_nothing() {
        let lower = |text: &str| -> Vec<String> {
            tokenize(text, 0).into_iter().map(|t| t.lower).collect()
        };
        assert_eq!(lower("the No. 2 furnace"), ["the", "no.", "2", "furnace"]);
        assert_eq!(
            lower("No. There is none."),
            ["no", ".", "there", "is", "none", "."]
        );
        assert!(!is_negation("no."));
    }

    #[test]
    fn tokens_keep_joined_words() {
        let words = |text: &str| -> Vec<String> {
            tokenize(text, 0)
                .iter()
                .map(|t| text[t.span.start..t.span.end].to_string())
                .collect()
        };
        assert_eq!(
            words("U.S. Draudt-Véjares said Korea's R&D, 1,412.5 (CEOs)."),
            [
                "U.S.",
                "Draudt-Véjares",
                "said",
                "Korea's",
                "R&D",
                ",",
                "1,412.5",
                "(",
                "CEOs",
                ")",
                "."
            ]
        );
        // A colon joins the digits of a time, not a label to its text.
        assert_eq!(
            words("From 8:30 to 9:30. Note: none."),
            ["From", "8:30", "to", "9:30", ".", "Note", ":", "none", "."]
        );
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert!(name_distance("darcy drought behares", "darcie draudt vejares") < 0.4);
        assert!(name_distance("donald trump", "darcie draudt vejares") > 0.6);
    }

    #[test]
    fn gerunds() {
        let known = ["form", "make", "run"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(base_of_gerund("forming", &known), "form");
        assert_eq!(base_of_gerund("making", &known), "make");
        assert_eq!(base_of_gerund("running", &known), "run");
        assert_eq!(base_of_gerund("thing", &known), "thing");
        assert_eq!(base_of_gerund("relying", &known), "rely");
    }
}
