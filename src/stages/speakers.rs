//! Speakers: finds the subjects of speech and belief verbs ("X said", "according to X",
//! "she believes"), resolves names, titles and pronouns to entities, and merges name
//! variants by edit distance.

use crate::document::{
    Attribution, Document, Gender, Mention, MentionKind, SentenceKind, Span, Speaker, SpeakerType,
    Token,
};
use crate::resources::{Resources, TitleClass};
use crate::text::{is_capitalized, name_distance, normalize_name};

/// Two multi-word names this close (normalised edit distance) with the same initial are
/// one person spelt two ways by a translation ("Darcy Drought-Behares").
const VARIANT_MAX_DISTANCE: f64 = 0.35;
/// An appositive ("X, a research fellow at ..., said") is at most this many tokens.
const APPOSITIVE_MAX_TOKENS: usize = 25;

/// Words that may sit between a subject and its verb ("she also said").
const INTERVENING: [&str; 12] = [
    "also",
    "further",
    "then",
    "later",
    "once",
    "again",
    "previously",
    "recently",
    "earlier",
    "repeatedly",
    "has",
    "had",
];
/// Words inside a name that are not capitalised ("Ministry of Finance").
const NAME_CONNECTORS: [&str; 7] = ["of", "for", "de", "van", "von", "al", "bin"];
const DEMONSTRATIVES: [&str; 5] = ["this", "these", "that", "those", "so"];

pub fn find_speakers(doc: &mut Document, res: &Resources) {
    let mut state = Resolver::default();
    for i in 0..doc.sentences.len() {
        if doc.sentences[i].kind != SentenceKind::Body {
            continue;
        }
        let found = attribution_in(doc, i, res);
        let mut subject_seen = false;
        if let Some((subject, verb, points_back)) = found {
            subject_seen = true;
            if let Some(speaker) = state.resolve(doc, subject, res, Mode::Speaker) {
                doc.sentences[i].attribution = Some(Attribution {
                    speaker,
                    verb,
                    points_back,
                });
            }
        }
        // A sentence that opens with a known name or a pronoun keeps the referent
        // current and teaches a pronoun's gender ("Kim is ... She is regarded ...").
        if !subject_seen && let Some(subject) = opening_subject(doc, i, res) {
            state.resolve(doc, subject, res, Mode::Reference);
        }
    }
    merge_caption_variants(doc, &mut state, res);
    collect_name_mentions(doc, &mut state);
    doc.speakers = state.speakers;
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

#[derive(Default)]
struct Resolver {
    speakers: Vec<Speaker>,
    /// Byte position of each speaker's latest subject mention.
    last_seen: Vec<usize>,
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
                let found = self.most_recent(|sp| {
                    if plural {
                        sp.kind == SpeakerType::Organisation
                    } else {
                        sp.kind == SpeakerType::Person
                            && (sp.gender.is_none() || sp.gender == gender)
                    }
                })?;
                if self.speakers[found].gender.is_none() {
                    self.speakers[found].gender = gender;
                }
                found
            }
            MentionKind::Name | MentionKind::Title => match self.find(&s, mode == Mode::Variant) {
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
                None if mode == Mode::Speaker && !s.name.is_empty() => {
                    let mut aliases = Vec::new();
                    push_unique(&mut aliases, surface.clone());
                    self.speakers.push(Speaker {
                        name: s.name.clone(),
                        kind: if s.organisation {
                            SpeakerType::Organisation
                        } else {
                            SpeakerType::Person
                        },
                        aliases,
                        description: s.description.clone(),
                        gender: s.gender,
                        mentions: Vec::new(),
                    });
                    self.last_seen.push(0);
                    self.speakers.len() - 1
                }
                None => return None,
            },
        };
        let sp = &mut self.speakers[index];
        let name = sp.name.clone();
        sp.aliases.retain(|a| *a != name);
        if !sp.mentions.iter().any(|m| m.span == s.span) {
            sp.mentions.push(Mention {
                span: s.span,
                kind: s.kind,
            });
        }
        self.last_seen[index] = s.span.start;
        Some(index)
    }

    fn most_recent(&self, ok: impl Fn(&Speaker) -> bool) -> Option<usize> {
        (0..self.speakers.len())
            .filter(|&i| ok(&self.speakers[i]))
            .max_by_key(|&i| self.last_seen[i])
    }

    /// The entity a name refers to: same normalised name or alias, the same surname,
    /// or (with `variants`) a close spelling of a multi-word name.
    fn find(&self, s: &Subject, variants: bool) -> Option<usize> {
        let key = normalize_name(&s.name);
        if key.is_empty() {
            return None;
        }
        let key_words: Vec<&str> = key.split(' ').collect();
        let mut best = None;
        for (i, sp) in self.speakers.iter().enumerate() {
            let names = std::iter::once(&sp.name).chain(sp.aliases.iter());
            for name in names {
                let n = normalize_name(name);
                if n == key {
                    return Some(i);
                }
                if sp.kind == SpeakerType::Person
                    && !s.organisation
                    && same_person_name(&n, &key, &key_words, variants)
                {
                    best = best.or(Some(i));
                }
            }
        }
        best
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !item.is_empty() && !list.contains(&item) {
        list.push(item);
    }
}

/// "draudt vejares" names "darcie draudt vejares"; "darcy drought behares" is a
/// variant spelling of it.
fn same_person_name(known: &str, key: &str, key_words: &[&str], variants: bool) -> bool {
    let known_words: Vec<&str> = known.split(' ').collect();
    let surname_of = |words: &[&str], n: usize| words[words.len().saturating_sub(n)..].join(" ");
    // A surname-only mention: the trailing words of the known name, or the reverse.
    for n in 1..=2 {
        if key_words.len() == n && known_words.len() > n && surname_of(&known_words, n) == key {
            return true;
        }
        if known_words.len() == n && key_words.len() > n && surname_of(key_words, n) == known {
            return true;
        }
    }
    variants
        && key_words.len() >= 2
        && known_words.len() >= 2
        && key.chars().next() == known.chars().next()
        && name_distance(known, key) <= VARIANT_MAX_DISTANCE
}

/// The first speech verb of the sentence (outside quotations) whose subject is a name,
/// a title or a pronoun: the subject, the verb's span, and whether the verb points back.
fn attribution_in(doc: &Document, i: usize, res: &Resources) -> Option<(Subject, Span, bool)> {
    let tokens = doc.sentence_tokens(i);
    for (k, t) in tokens.iter().enumerate() {
        // A capitalised verb is a name or opens a heading ("United States", "Says").
        if !t.is_word
            || doc.in_speech_quote(t.span.start)
            || is_capitalized(doc.slice(t.span)) && t.lower != "according"
        {
            continue;
        }
        let subject = if t.lower == "according"
            && tokens.get(k + 1).is_some_and(|n| n.lower == "to")
        {
            name_after(doc, tokens, k + 2, res)
        } else if res.is_speech_verb(&t.lower).is_some() {
            subject_before(doc, tokens, k, res).or_else(|| inverted_subject(doc, tokens, k, res))
        } else {
            None
        };
        if let Some(subject) = subject {
            let points_back = tokens
                .get(k + 1)
                .is_some_and(|n| DEMONSTRATIVES.contains(&n.lower.as_str()));
            return Some((subject, t.span, points_back));
        }
    }
    None
}

/// `"...," said Kim`: a name right after the verb, the verb right after a quotation.
fn inverted_subject(
    doc: &Document,
    tokens: &[Token],
    k: usize,
    res: &Resources,
) -> Option<Subject> {
    let after_quote = k > 0
        && tokens[..k]
            .iter()
            .rev()
            .take(2)
            .any(|t| !t.is_word && matches!(doc.slice(t.span), "\"" | "”" | "'" | "’"));
    if !after_quote {
        return None;
    }
    name_after(doc, tokens, k + 1, res)
}

fn subject_before(doc: &Document, tokens: &[Token], k: usize, res: &Resources) -> Option<Subject> {
    let mut j = k;
    while j > 0 && {
        let t = &tokens[j - 1];
        t.is_word
            && !is_capitalized(doc.slice(t.span))
            && (INTERVENING.contains(&t.lower.as_str())
                || (t.lower.ends_with("ly") && t.lower.len() > 4))
    } {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let prev = &tokens[j - 1];
    if prev.is_word
        && res.pronouns.contains_key(&prev.lower)
        && prev.lower != "her"
        && prev.lower != "him"
    {
        return Some(Subject {
            span: prev.span,
            kind: MentionKind::Pronoun,
            name: String::new(),
            description: None,
            gender: None,
            organisation: false,
        });
    }
    if !prev.is_word && doc.slice(prev.span) == "," {
        return appositive_subject(doc, tokens, j - 1, res);
    }
    name_ending_at(doc, tokens, j, res, None)
}

/// `NAME, a research fellow at X, said`: the name before the appositive between commas.
fn appositive_subject(
    doc: &Document,
    tokens: &[Token],
    comma: usize,
    res: &Resources,
) -> Option<Subject> {
    let open = (comma.saturating_sub(APPOSITIVE_MAX_TOKENS)..comma)
        .rev()
        .find(|&j| doc.slice(tokens[j].span) == ",")?;
    let first = tokens.get(open + 1)?;
    let described = matches!(first.lower.as_str(), "a" | "an" | "the")
        || res.titles.get(&first.lower) == Some(&TitleClass::Role);
    if !described || open + 1 >= comma {
        return None;
    }
    let description = doc.text[first.span.start..tokens[comma - 1].span.end].to_string();
    name_ending_at(doc, tokens, open, res, Some(description))
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
        let connector = NAME_CONNECTORS.contains(&t.lower.as_str())
            && start < end
            && start >= 2
            && is_capitalized(doc.slice(tokens[start - 2].span));
        if !t.is_word || !(is_capitalized(text) || title || connector) {
            break;
        }
        // "However", "The": a capitalised word that opens the sentence is no name.
        if start - 1 == 0 && res.sentence_starters.contains(&t.lower) {
            break;
        }
        start -= 1;
    }
    subject_from(doc, &tokens[start..end], res, description)
}

/// A name that starts at token `start` ("according to Kim", "said Kim").
fn name_after(doc: &Document, tokens: &[Token], start: usize, res: &Resources) -> Option<Subject> {
    let mut end = start;
    while end < tokens.len() {
        let t = &tokens[end];
        let title = res.titles.contains_key(&t.lower);
        let connector = NAME_CONNECTORS.contains(&t.lower.as_str())
            && tokens
                .get(end + 1)
                .is_some_and(|n| is_capitalized(doc.slice(n.span)));
        let the = end == start && t.lower == "the";
        if !t.is_word || !(is_capitalized(doc.slice(t.span)) || title || connector || the) {
            break;
        }
        end += 1;
    }
    subject_from(doc, &tokens[start..end], res, None)
}

/// Splits titles from the name and decides person or organisation.
fn subject_from(
    doc: &Document,
    np: &[Token],
    res: &Resources,
    description: Option<String>,
) -> Option<Subject> {
    let np: Vec<&Token> = np.iter().filter(|t| t.lower != "the").collect();
    let (first, last) = (np.first()?, np.last()?);
    if np
        .iter()
        .any(|t| res.titles.get(&t.lower) == Some(&TitleClass::Group))
        && np.len() == 1
    {
        return None;
    }
    let span = Span::new(first.span.start, last.span.end);
    let organisation = np.iter().any(|t| res.organisation_words.contains(&t.lower));
    let last_title = if organisation {
        None
    } else {
        np.iter().rposition(|t| res.titles.contains_key(&t.lower))
    };
    let name_from = last_title.map_or(0, |p| p + 1);
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
        description: description.or(titles),
        gender,
        organisation,
    })
}

/// A name or pronoun that opens the sentence, as its subject.
fn opening_subject(doc: &Document, i: usize, res: &Resources) -> Option<Subject> {
    let tokens = doc.sentence_tokens(i);
    let first = tokens.first()?;
    if res.pronouns.contains_key(&first.lower) && matches!(first.lower.as_str(), "she" | "he") {
        return Some(Subject {
            span: first.span,
            kind: MentionKind::Pronoun,
            name: String::new(),
            description: None,
            gender: None,
            organisation: false,
        });
    }
    let mut end = 0;
    while end < tokens.len()
        && tokens[end].is_word
        && (is_capitalized(doc.slice(tokens[end].span))
            || res.titles.contains_key(&tokens[end].lower))
    {
        end += 1;
    }
    if end == 0 {
        return None;
    }
    subject_from(doc, &tokens[..end], res, None)
}

/// Names in captions and credit lines that are spelling variants of a speaker.
fn merge_caption_variants(doc: &Document, state: &mut Resolver, res: &Resources) {
    for (i, s) in doc.sentences.iter().enumerate() {
        if !matches!(s.kind, SentenceKind::Caption | SentenceKind::Credit) {
            continue;
        }
        let tokens = doc.sentence_tokens(i);
        let mut k = 0;
        while k < tokens.len() {
            let capital = |t: &Token| t.is_word && is_capitalized(doc.slice(t.span));
            if !capital(&tokens[k]) {
                k += 1;
                continue;
            }
            let start = k;
            while k < tokens.len() && capital(&tokens[k]) {
                k += 1;
            }
            if k - start >= 2
                && let Some(subject) = subject_from(doc, &tokens[start..k], res, None)
                && subject.kind == MentionKind::Name
                && !subject.organisation
            {
                state.resolve(doc, subject, res, Mode::Variant);
            }
        }
    }
}

/// Every other occurrence of a speaker's surname or organisation name becomes a
/// mention ("the Trump administration").
fn collect_name_mentions(doc: &Document, state: &mut Resolver) {
    for sp in &mut state.speakers {
        if sp.kind != SpeakerType::Person {
            continue;
        }
        let Some(surname) = normalize_name(&sp.name)
            .rsplit(' ')
            .next()
            .map(str::to_string)
        else {
            continue;
        };
        for t in &doc.tokens {
            if t.is_word
                && normalize_name(&t.lower).split(' ').next_back() == Some(surname.as_str())
                && !sp.mentions.iter().any(|m| m.span.overlap(t.span) > 0)
            {
                sp.mentions.push(Mention {
                    span: t.span,
                    kind: MentionKind::Name,
                });
            }
        }
        sp.mentions.sort_by_key(|m| m.span.start);
    }
}
