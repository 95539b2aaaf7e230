//! The MiniLM encoder against sentence-transformers' own vectors, and padding that
//! changes nothing.

use std::path::Path;

use quotestance::encoder::minilm::MiniLm;
use quotestance::encoder::{Encoder, cosine};

/// Raised as the encoder improves, never lowered.
const MIN_COSINE: f32 = 0.9999;

fn model() -> MiniLm {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/minilm");
    MiniLm::load(&dir).expect("models/minilm loads")
}

fn reference() -> (Vec<String>, Vec<Vec<f32>>) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/encoder/interview_reference.json");
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let sentences = raw["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    let vectors = raw["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap() as f32)
                .collect()
        })
        .collect();
    (sentences, vectors)
}

#[test]
fn matches_sentence_transformers() {
    let (sentences, expected) = reference();
    let texts: Vec<&str> = sentences.iter().map(String::as_str).collect();
    let got = model().encode(&texts).expect("encodes");
    assert_eq!(got.len(), expected.len());
    let mut worst = f32::MAX;
    for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(g.len(), 384);
        let c = cosine(g, e);
        worst = worst.min(c);
        assert!(
            c >= MIN_COSINE,
            "sentence {i}: cosine {c} < {MIN_COSINE}: {:?}",
            texts[i]
        );
    }
    println!(
        "lowest cosine to sentence-transformers over {} sentences: {worst:.7}",
        got.len()
    );
}

#[test]
fn padded_batches_equal_one_at_a_time() {
    let (sentences, _) = reference();
    let texts: Vec<&str> = sentences.iter().map(String::as_str).collect();
    let m = model();
    let batched = m.encode(&texts).expect("encodes");
    for (i, t) in texts.iter().enumerate() {
        let alone = m.encode(&[t]).expect("encodes");
        let c = cosine(&alone[0], &batched[i]);
        assert!(c > 0.99999, "sentence {i}: alone vs batched cosine {c}");
        let norm: f32 = alone[0].iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!(
            (norm - 1.0).abs() < 1e-4,
            "vectors are unit length, got {norm}"
        );
    }
}

#[test]
fn empty_input_and_long_text() {
    let m = model();
    assert!(m.encode(&[]).unwrap().is_empty());
    let long = "word ".repeat(2000);
    let v = m
        .encode(&[long.as_str(), ""])
        .expect("long and empty texts encode");
    assert_eq!(v[0].len(), 384);
    assert_eq!(v[1].len(), 384);
}
