//! Embeddings: the encoder's vectors for body sentences and target phrases, each text
//! encoded once. A batch run fills them for many articles at a time (`batch.rs`), so
//! this stage only encodes what is still missing.

use std::collections::HashMap;

use crate::document::{Document, Embeddings, SentenceKind};
use crate::encoder::Encoder;
use crate::error::Error;
use crate::resources::Resources;

/// The texts an article needs encoded, in a fixed order: body sentences, then every
/// target's name and aliases.
pub fn texts_to_embed(doc: &Document) -> Vec<&str> {
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .map(|s| doc.slice(s.span));
    let targets = doc
        .targets
        .iter()
        .flat_map(|t| std::iter::once(t.name.as_str()).chain(t.aliases.iter().map(String::as_str)));
    sentences.chain(targets).collect()
}

/// Builds the document's embeddings from vectors looked up by text.
pub fn attach(doc: &mut Document, vectors: &HashMap<String, Vec<f32>>) {
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
    doc.embeddings = Some(Embeddings { sentences, targets });
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
    let map = encode_distinct(encoder.as_ref(), texts_to_embed(doc))
        .unwrap_or_else(|e| panic!("the encoder failed: {e}"));
    attach(doc, &map);
}
