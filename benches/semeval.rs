//! Recommendation detection on the SemEval-2019 Task 9 suggestion-mining test sets,
//! read from where they lie (never copied into the project, never trained on).
//!
//! `cargo bench --bench semeval -- DIR`
//!
//! DIR holds `subtaskA_test_labeled.csv` (forum) and `subtaskB_test_labeled.csv` (hotel
//! reviews): `id,"sentence",label` rows. Each sentence runs as an article; it counts as
//! a suggestion when the pipeline finds a recommendation in it. Prints precision,
//! recall and F1 per set for the rules alone, for the rules with the learned head
//! (models/heads/recommend.json over the MiniLM embeddings), and with both heads (the
//! pipeline's own: models/heads/recommend_own_voice.json, which also reads the words,
//! for texts in their writer's own voice, as each of these sentences is).

use std::path::Path;
use std::sync::Arc;

use quotestance::batch;
use quotestance::classifier::LogisticHead;
use quotestance::encoder::minilm::MiniLm;
use quotestance::eval::Prf;
use quotestance::{Pipeline, Resources};

/// Rows of a CSV file (RFC 4180: quoted fields, doubled quotes, newlines inside).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Whether the pipeline finds a recommendation in each text.
fn predict(pipeline: &Pipeline, texts: &[String]) -> Vec<bool> {
    let mut docs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            pipeline
                .prepare(&i.to_string(), t, Vec::new())
                .expect("stages run")
        })
        .collect();
    batch::embed_together(pipeline, &mut docs.iter_mut().collect::<Vec<_>>());
    docs.into_iter()
        .map(|d| {
            let doc = pipeline.finish(d).expect("stages run");
            doc.sentences.iter().any(|s| !s.recommendations.is_empty())
        })
        .collect()
}

fn main() {
    let Some(dir) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-') && Path::new(a).is_dir())
    else {
        eprintln!(
            "usage: cargo bench --bench semeval -- DIR (the folder of the SemEval-2019 Task 9 CSV files)"
        );
        std::process::exit(2);
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let minilm = MiniLm::load(&root.join("models/minilm")).expect("models/minilm loads");
    let head = LogisticHead::load(&root.join("models/heads/recommend.json"))
        .expect("models/heads/recommend.json loads (quotestance train recommend)");
    let own_voice = LogisticHead::load(&root.join("models/heads/recommend_own_voice.json")).expect(
        "models/heads/recommend_own_voice.json loads (quotestance train recommend-own-voice)",
    );
    let learned = Resources::embedded()
        .clone()
        .with_encoder(Arc::new(minilm))
        .with_recommend_head(head);
    let both = learned.clone().with_own_voice_recommend_head(own_voice);
    let rules = Pipeline::rules_only();
    let with_head = Pipeline::new(&learned);
    let with_heads = Pipeline::new(&both);
    for (file, name) in [
        ("subtaskA_test_labeled.csv", "forum (A)"),
        ("subtaskB_test_labeled.csv", "hotel reviews (B)"),
    ] {
        let path = Path::new(&dir).join(file);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rows: Vec<Vec<String>> = csv_rows(&text)
            .into_iter()
            .filter(|r| r.len() >= 3 && matches!(r[2].trim(), "0" | "1"))
            .collect();
        let texts: Vec<String> = rows.iter().map(|r| r[1].clone()).collect();
        let gold: Vec<bool> = rows.iter().map(|r| r[2].trim() == "1").collect();
        let positives = gold.iter().filter(|g| **g).count();
        println!("{name}: {} sentences, {positives} suggestions", texts.len());
        for (label, pipeline) in [
            ("rules", &rules),
            ("rules + head", &with_head),
            ("rules + heads", &with_heads),
        ] {
            let mut counts = Prf::default();
            for (p, g) in predict(pipeline, &texts).into_iter().zip(&gold) {
                counts.add(p, *g);
            }
            println!(
                "  {label:<14} P {:.3}  R {:.3}  F1 {:.3}",
                counts.precision(),
                counts.recall(),
                counts.f1()
            );
        }
    }
}
