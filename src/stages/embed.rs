//! Embeddings: the encoder's vectors for what the learned heads will read, each text
//! encoded once: the body sentences the recommendation head judges, those where the
//! stance head reads a reference to a target named before or the first words of a
//! speaker who never names the article's one target, and the sentences the stance head
//! reads with their target masked. Encoding is most of a run's time with the
//! model, and most sentences reach no head, so nothing else is encoded.
//! A batch run fills them for many articles at a time (`batch.rs`), so this stage only
//! encodes what is still missing. With a relevance threshold loaded, the courses of
//! action the sentences urge or take on and the targets' names are encoded too
//! (`relevance.rs`).

use std::collections::HashMap;

use crate::document::{Document, Embeddings, SentenceKind};
use crate::encoder::Encoder;
use crate::error::Error;
use crate::relevance::comparable_phrases;
use crate::resources::Resources;
use crate::stages::{recommend_head, stance};

/// The sentences the stance head will read, with their target masked, by (sentence,
/// target): only the mentions the rules leave to it.
type Masked = Vec<((usize, usize), String)>;

fn masked_sentences(doc: &Document, res: &Resources) -> Masked {
    if res.stance_head.is_none() {
        return Vec::new();
    }
    stance::left_to_head(doc, res)
        .into_iter()
        .map(|(i, m)| {
            (
                (i, m.target),
                stance::masked_sentence(doc, i, &m.occurrences, res),
            )
        })
        .collect()
}

/// The courses of action the body sentences urge or take on, when a relevance
/// threshold will compare them with the targets.
fn courses(doc: &Document, res: &Resources) -> Vec<String> {
    if res.relevance.is_none() {
        return Vec::new();
    }
    stance::compared_by_meaning(doc, res)
}

/// The targets' phrases a relevance threshold compares with the courses, when there
/// are any.
fn target_phrases(doc: &Document, courses: &[String]) -> Vec<Vec<String>> {
    if courses.is_empty() {
        return Vec::new();
    }
    doc.targets
        .iter()
        .map(|t| comparable_phrases(&t.name, &t.aliases))
        .collect()
}

/// The sentences whose own vector a head will read, in order.
fn sentences_read(doc: &Document, res: &Resources) -> Vec<usize> {
    let mut read = Vec::new();
    if res.recommend_head.is_some() {
        read = recommend_head::sentences_read(doc, res);
    }
    if res.stance_head.is_some() && !doc.targets.is_empty() {
        read.extend(
            (0..doc.sentences.len())
                .filter(|&i| doc.sentences[i].kind == SentenceKind::Body)
                .filter(|&i| stance::may_refer(doc, i, res)),
        );
        read.sort_unstable();
        read.dedup();
    }
    read
}

/// Encodes what the articles need in one call, each distinct text once (a sentence
/// repeated across articles, a target shared by all of them), and attaches the
/// vectors. A batch run embeds a window of articles this way; the stage, one.
pub fn embed_all(
    encoder: &dyn Encoder,
    docs: &mut [&mut Document],
    res: &Resources,
) -> Result<(), Error> {
    let read: Vec<Vec<usize>> = docs.iter().map(|d| sentences_read(d, res)).collect();
    let masked: Vec<Masked> = docs.iter().map(|d| masked_sentences(d, res)).collect();
    let actions: Vec<Vec<String>> = docs.iter().map(|d| courses(d, res)).collect();
    let phrases: Vec<Vec<Vec<String>>> = docs
        .iter()
        .zip(&actions)
        .map(|(d, courses)| target_phrases(d, courses))
        .collect();
    let map = encode_distinct(
        encoder,
        docs.iter()
            .zip(&read)
            .flat_map(|(d, read)| read.iter().map(|&i| d.sentence_text(i)))
            .chain(masked.iter().flatten().map(|(_, text)| text.as_str()))
            .chain(actions.iter().flatten().map(String::as_str))
            .chain(phrases.iter().flatten().flatten().map(String::as_str)),
    )?;
    for ((((doc, read), masked), actions), phrases) in docs
        .iter_mut()
        .zip(read)
        .zip(masked)
        .zip(actions)
        .zip(phrases)
    {
        let lookup = |t: &str| map.get(t).cloned().unwrap_or_default();
        let mut sentences = vec![None; doc.sentences.len()];
        for i in read {
            sentences[i] = Some(lookup(doc.sentence_text(i)));
        }
        doc.embeddings = Some(Embeddings {
            sentences,
            masked: masked.into_iter().map(|(k, t)| (k, lookup(&t))).collect(),
            actions: actions
                .into_iter()
                .map(|t| {
                    let v = lookup(&t);
                    (t, v)
                })
                .collect(),
            target_phrases: phrases
                .into_iter()
                .map(|list| {
                    list.into_iter()
                        .map(|p| {
                            let v = lookup(&p);
                            (p, v)
                        })
                        .collect()
                })
                .collect(),
        });
    }
    Ok(())
}

/// Encodes each distinct text once, in one call; the vectors by text.
pub fn encode_distinct<'a>(
    encoder: &dyn Encoder,
    texts: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, Vec<f32>>, Error> {
    let mut unique: Vec<&str> = texts.into_iter().collect();
    unique.sort_unstable();
    unique.dedup();
    let vectors = encoder.encode(&unique)?;
    Ok(unique
        .into_iter()
        .map(str::to_string)
        .zip(vectors)
        .collect())
}

pub fn embed(doc: &mut Document, res: &Resources) {
    let Some(encoder) = &res.encoder else { return };
    if doc.embeddings.is_some() {
        return;
    }
    // A stage cannot return an error; a failing encoder is a failed article.
    embed_all(encoder.as_ref(), &mut [doc], res)
        .unwrap_or_else(|e| panic!("the encoder failed: {e}"));
}
