//! The one data type every stage reads and annotates: the article text and everything
//! found in it, located by UTF-8 byte offsets into that text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into `Document::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlap(&self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
}

/// A word or punctuation mark. Words keep internal hyphens, apostrophes, periods and
/// ampersands ("Draudt-Véjares", "Korea's", "U.S.", "R&D").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub is_word: bool,
    /// Lowercased text, used by every lexicon lookup.
    pub lower: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    Body,
    Caption,
    Credit,
    Boilerplate,
    Heading,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Do,
    Avoid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    Strong,
    Moderate,
    Weak,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    Favor,
    Against,
    Neutral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    Person,
    Organisation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TargetOrigin {
    Given,
    Extracted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// A stance target: given with the article or extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Target {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "default_origin")]
    pub origin: TargetOrigin,
}

impl Target {
    /// A target given with the article, as a caller names it.
    pub fn given(id: &str, name: &str, aliases: &[&str]) -> Self {
        Target {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            origin: TargetOrigin::Given,
        }
    }
}

fn default_origin() -> TargetOrigin {
    TargetOrigin::Given
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (text between blank lines) holding the sentence.
    pub paragraph: usize,
    /// Range into `Document::tokens`.
    pub tokens: std::ops::Range<usize>,
    pub kind: SentenceKind,
    /// A speech or belief verb with its resolved subject, found in the sentence.
    pub attribution: Option<Attribution>,
    /// The sentence reports views of an unnamed group ("officials said"): no speaker,
    /// but its stances are still the group's, not the author's.
    pub unnamed_source: bool,
    /// The sentence opens an interviewer's question line of a Q&A interview ("Q. ...",
    /// or "- ..." in an article whose dash lines ask questions).
    pub question_label: bool,
    /// The speaker whose turn the sentence belongs to in a transcript ("Seo: Children
    /// are citizens too."): their own words, whatever verbs they hold.
    pub turn: Option<usize>,
    /// Index into `Document::speakers`.
    pub speaker: Option<usize>,
    pub quote: QuoteKind,
    pub recommendations: Vec<Recommendation>,
    pub stances: Vec<SentenceStance>,
}

impl Sentence {
    pub fn new(span: Span, paragraph: usize) -> Self {
        Sentence {
            span,
            paragraph,
            tokens: 0..0,
            kind: SentenceKind::Body,
            attribution: None,
            unnamed_source: false,
            question_label: false,
            turn: None,
            speaker: None,
            quote: QuoteKind::None,
            recommendations: Vec::new(),
            stances: Vec::new(),
        }
    }
}

/// "X said", "according to X", "she believes": who, and the verb that says so.
#[derive(Debug, Clone, Copy)]
pub struct Attribution {
    /// Index into `Document::speakers`.
    pub speaker: usize,
    pub verb: Span,
    /// The verb takes a demonstrative object ("emphasized this"): it attributes the
    /// quotation before it.
    pub points_back: bool,
}

/// How a quotation is brought into its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteIntro {
    /// `said, "..."`, `: "..."`, or the quotation opens the sentence.
    Direct,
    /// A quoted fragment inside reported speech: `warned that "..."`.
    Embedded,
}

/// A pair of quotation marks and what lies between them.
#[derive(Debug, Clone)]
pub struct Quotation {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// Between the marks.
    pub inner: Span,
    /// No closing mark before the end of the paragraph.
    pub unclosed: bool,
    /// Nested inside another quotation.
    pub nested: bool,
    /// Reported words rather than quotation marks around a name or a term.
    pub is_speech: bool,
    pub intro: QuoteIntro,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Name,
    Title,
    /// A definite description: "the ministry", "the minister".
    Description,
    Pronoun,
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

/// A person or organisation that speaks in the article, with every mention of it.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub name: String,
    pub kind: SpeakerType,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    pub gender: Option<Gender>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone)]
pub struct Recommendation {
    pub actor: Option<String>,
    pub action: String,
    /// Where the action stands in the text (the action string may be lemmatised).
    pub action_span: Span,
    pub polarity: Polarity,
    pub strength: Strength,
    pub confidence: f32,
    /// Found by the learned head, not parsed by the rules: its action is what follows
    /// the sentence's opening verb, or the whole sentence.
    pub learned: bool,
}

#[derive(Debug, Clone)]
pub struct SentenceStance {
    /// Index into `Document::targets`.
    pub target: usize,
    pub label: StanceLabel,
    pub confidence: f32,
    /// Read by the learned head from a sentence that only names the target, not by a
    /// rule.
    pub learned: bool,
}

#[derive(Debug, Clone)]
pub struct StanceSummary {
    pub speaker: Option<usize>,
    pub target: usize,
    pub label: StanceLabel,
    pub confidence: f32,
    pub evidence: Vec<usize>,
}

/// An article and all annotations the stages have added to it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub targets: Vec<Target>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quotations: Vec<Quotation>,
    pub speakers: Vec<Speaker>,
    /// The person a Q&A interview is with, where the introduction says whom the writer
    /// asked ("We asked its chief executive, Jin Sang-woo, ..."): set by the speaker
    /// stage, read by the attribute stage, which otherwise judges it by who is named
    /// first.
    pub interviewee: Option<usize>,
    pub stance_summary: Vec<StanceSummary>,
    /// Sentence vectors of the encoder, when the pipeline runs with one.
    pub embeddings: Option<Embeddings>,
}

/// Unit vectors of the encoder for what the learned heads read, and only that: encoding
/// is most of a run's time with the model, and most sentences reach no head.
#[derive(Debug, Clone, Default)]
pub struct Embeddings {
    /// One per sentence; `None` for sentences no head reads (`stages::embed`).
    pub sentences: Vec<Option<Vec<f32>>>,
    /// For each (sentence, target) the stance head decides: the vector of the sentence
    /// with the target's words replaced by "it".
    pub masked: std::collections::HashMap<(usize, usize), Vec<f32>>,
    /// With a relevance threshold loaded: the vectors of the courses of action the
    /// body sentences urge or take on (`relevance::courses`), by their text.
    pub actions: std::collections::HashMap<String, Vec<f32>>,
    /// For each target, with a relevance threshold loaded: its phrases worth comparing
    /// by meaning (`relevance::comparable_phrases`) and their vectors.
    pub target_phrases: Vec<Vec<(String, Vec<f32>)>>,
}

impl Embeddings {
    /// The vector of sentence `i`, for a head that reads it. The encoder stage embeds
    /// what the heads will read; a head asking for another is a bug there (caught by
    /// the tests, which run with debug assertions).
    pub fn sentence(&self, i: usize) -> Option<&Vec<f32>> {
        let vector = self.sentences.get(i).and_then(Option::as_ref);
        debug_assert!(
            vector.is_some(),
            "sentence {i} is read by a head but was not embedded (stages::embed)"
        );
        vector
    }
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>, targets: Vec<Target>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            targets,
            ..Default::default()
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.slice(self.sentences[index].span)
    }

    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }

    /// The article's first body sentence (its lede), past headings, captions and credits.
    pub fn lede(&self) -> Option<usize> {
        self.sentences
            .iter()
            .position(|s| s.kind == SentenceKind::Body)
    }

    /// Whether the comma at token `comma` separates the parts of a name ("Ministry of
    /// Land, Infrastructure and Transport"): capitalised words follow it up to an "and"
    /// and a capitalised last part.
    pub fn comma_in_name(&self, tokens: &[Token], comma: usize) -> bool {
        /// Words of a part of a name between commas ("Infrastructure").
        const NAME_PART_WORDS: usize = 3;
        let capitalised = |t: &Token| crate::text::is_capitalized(self.slice(t.span));
        tokens.get(comma).is_some_and(|t| t.lower == ",")
            && tokens.get(comma + 1).is_some_and(capitalised)
            && tokens[comma + 1..]
                .iter()
                .take(NAME_PART_WORDS + 1)
                .position(|p| p.lower == "and")
                .is_some_and(|a| {
                    tokens[comma + 1..comma + 1 + a]
                        .iter()
                        .all(|p| p.is_word && capitalised(p))
                        && tokens.get(comma + 2 + a).is_some_and(capitalised)
                })
    }

    /// Whether no sentence conveys anyone's words or views: the text is in its
    /// writer's voice throughout (an organisation it only names, "Seoul Metro lost 400
    /// billion won", is no one it reports).
    pub fn reports_no_one(&self) -> bool {
        self.sentences.iter().all(|s| s.speaker.is_none())
    }

    /// Whether sentence `index` is the first of its paragraph.
    pub fn opens_paragraph(&self, index: usize) -> bool {
        index == 0 || self.sentences[index - 1].paragraph != self.sentences[index].paragraph
    }

    /// Whether sentence `index` is the last of its paragraph.
    pub fn closes_paragraph(&self, index: usize) -> bool {
        self.sentences
            .get(index + 1)
            .is_none_or(|next| next.paragraph != self.sentences[index].paragraph)
    }

    /// The first sentence of the paragraph that holds sentence `index`.
    pub fn paragraph_start(&self, index: usize) -> usize {
        (0..=index)
            .rev()
            .find(|&j| self.opens_paragraph(j))
            .unwrap_or(0)
    }

    /// The speech quotations (not nested, not scare quotes) that overlap `span`.
    pub fn speech_quotes_in(&self, span: Span) -> impl Iterator<Item = &Quotation> {
        self.quotations
            .iter()
            .filter(move |q| q.is_speech && !q.nested && q.span.overlap(span) > 0)
    }

    /// Whether byte `pos` lies inside a speech quotation.
    pub fn in_speech_quote(&self, pos: usize) -> bool {
        self.quotations
            .iter()
            .any(|q| q.is_speech && !q.nested && q.inner.start <= pos && pos < q.inner.end)
    }
}
