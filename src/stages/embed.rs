//! Embeddings: the encoder's vectors for body sentences, target phrases, and the body
//! sentences the stance head reads with their target masked, each text encoded once.
//! A batch run fills them for many articles at a time (`batch.rs`), so this stage only
//! encodes what is still missing.

use std::collections::HashMap;

use crate::document::{Document, Embeddings, SentenceKind};
use crate::encoder::Encoder;
use crate::error::Error;
use crate::resources::Resources;
use crate::stages::stance;

/// The sentences the stance head will read, with their target masked, by (sentence,
/// target): only the mentions the rules leave to it.
type Masked = Vec<((usize, usize), String)>;

fn masked_sentences(doc: &Document, res: &Resources) -> Masked {
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

/// The texts an article needs encoded besides its masked sentences: body sentences,
/// then every target's name and aliases.
fn plain_texts(doc: &Document) -> impl Iterator<Item = &str> {
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .map(|s| doc.slice(s.span));
    let targets = doc
        .targets
        .iter()
        .flat_map(|t| std::iter::once(t.name.as_str()).chain(t.aliases.iter().map(String::as_str)));
    sentences.chain(targets)
}

/// Encodes what the articles need in one call, each distinct text once (a sentence
/// repeated across articles, a target shared by all of them), and attaches the
/// vectors. A batch run embeds a window of articles this way; the stage, one.
pub fn embed_all(
    encoder: &dyn Encoder,
    docs: &mut [&mut Document],
    res: &Resources,
) -> Result<(), Error> {
    let masked: Vec<Masked> = docs.iter().map(|d| masked_sentences(d, res)).collect();
    let map = encode_distinct(
        encoder,
        docs.iter()
            .flat_map(|d| plain_texts(d))
            .chain(masked.iter().flatten().map(|(_, text)| text.as_str())),
    )?;
    for (doc, masked) in docs.iter_mut().zip(masked) {
        attach(doc, &map, masked);
    }
    Ok(())
}

/// Builds the document's embeddings from vectors looked up by text.
fn attach(doc: &mut Document, vectors: &HashMap<String, Vec<f32>>, masked: Masked) {
    let lookup = |t: &str| vectors.get(t).cloned().unwrap_or_default();
    let sentences = doc
        .sentences
        .iter()
        .map(|s| (s.kind == SentenceKind::Body).then(|| lookup(doc.slice(s.span))))
        .collect();
    let targets = doc
        .targets
        .iter()
        .map(|t| {
            std::iter::once(&t.name)
                .chain(t.aliases.iter())
                .map(|a| lookup(a))
                .collect()
        })
        .collect();
    let masked = masked
        .into_iter()
        .map(|(key, text)| (key, lookup(&text)))
        .collect();
    doc.embeddings = Some(Embeddings {
        sentences,
        targets,
        masked,
    });
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
