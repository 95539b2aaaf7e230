//! Embeddings: the encoder's vectors for body sentences, target phrases, and the body
//! sentences the stance head reads with their target masked, each text encoded once. A batch run fills them for many articles at a time (`batch.rs`), so
//! this stage only encodes what is still missing.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::document::{Document, Embeddings, SentenceKind};
use crate::encoder::Encoder;
use crate::error::Error;
use crate::resources::Resources;
use crate::stages::stance;

/// The texts an article needs encoded, in a fixed order: body sentences, then every
/// target's name and aliases, then the masked sentences.
pub fn texts_to_embed<'d>(doc: &'d Document, res: &Resources) -> Vec<Cow<'d, str>> {
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .map(|s| Cow::Borrowed(doc.slice(s.span)));
    let targets = doc.targets.iter().flat_map(|t| {
        std::iter::once(t.name.as_str())
            .chain(t.aliases.iter().map(String::as_str))
            .map(Cow::Borrowed)
    });
    let masked = masked_sentences(doc, res)
        .into_iter()
        .map(|(_, text)| Cow::Owned(text));
    sentences.chain(targets).chain(masked).collect()
}

/// The sentences the stance head will read, with their target masked, by (sentence,
/// target): only the mentions the rules leave to it.
fn masked_sentences(doc: &Document, res: &Resources) -> Vec<((usize, usize), String)> {
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

/// Builds the document's embeddings from vectors looked up by text.
pub fn attach(doc: &mut Document, vectors: &HashMap<String, Vec<f32>>, res: &Resources) {
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
    let masked = masked_sentences(doc, res)
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
    let texts = texts_to_embed(doc, res);
    let map = encode_distinct(encoder.as_ref(), texts.iter().map(|t| t.as_ref()))
        .unwrap_or_else(|e| panic!("the encoder failed: {e}"));
    attach(doc, &map, res);
}
