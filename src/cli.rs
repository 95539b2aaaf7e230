//! The command line: `run`, `eval`, `schema`, `train`.

use std::collections::BTreeMap;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use std::sync::Arc;

use quotestance::batch;
use quotestance::classifier::{LogisticHead, SoftmaxHead, Training, check_features};
use quotestance::encoder::{self, Encoder, minilm::MiniLm};
use quotestance::eval::{LabelledArticle, Scores, check_thresholds};
use quotestance::io::input::{self, DEFAULT_MAX_BYTES, Reader};
use quotestance::io::output;
use quotestance::io::resume::Done;
use quotestance::relevance::{self, Relation, RelevanceThreshold};
use quotestance::stages::recommend_head;
use quotestance::stages::stance::{self, HEAD_CLASSES};
use quotestance::training;
use quotestance::{Pipeline, Resources};

use crate::progress::Progress;

/// Who says what in news articles, what they recommend, and where they stand.
///
/// quotestance splits articles into sentences, finds who speaks in each (quotations and
/// reported speech, names merged across spellings), pulls out every recommendation
/// (actor, action, polarity, strength) and classifies each speaker's stance on the
/// article's targets. It writes one JSON object per article (JSON Lines).
#[derive(Parser, Debug)]
#[command(name = "quotestance", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Annotate articles and write one JSON line per article, in input order.
    ///
    /// Inputs: `.txt` files (one article each, id = file stem), `.jsonl` files (one
    /// article per line: {"id", "text", "targets"?, ...}), directories (their .txt and
    /// .jsonl files, recursively, sorted), or `-` for JSON Lines on standard input.
    /// A record that cannot be processed gives an error line and the run goes on.
    ///
    /// Exit status: 0 all records processed, 1 some records failed, 2 usage or I/O error.
    Run {
        /// Input files or directories; `-` reads JSON Lines from standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Stance targets for plain-text inputs and records without their own: a JSON
        /// array of {"id", "name", "aliases"}. Without targets, the pipeline extracts
        /// its own (origin "extracted").
        #[arg(long, value_name = "FILE")]
        targets: Option<PathBuf>,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Worker threads (default: the number of cores).
        #[arg(long, value_name = "N")]
        threads: Option<usize>,
        /// Refuse articles whose text is larger than this many bytes (an error record).
        #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// Read the lexicons from DIR (an edited copy of models/lexicons) instead of the
        /// ones compiled in.
        #[arg(long, value_name = "DIR")]
        lexicons: Option<PathBuf>,
        #[command(flatten)]
        model: ModelArgs,
        /// Print neither the progress bar (shown when standard error is a terminal)
        /// nor the summary line.
        #[arg(short, long)]
        quiet: bool,
        /// Continue an interrupted run: keep the records already in the output of -o
        /// (its unfinished `.NAME.partial`, or else the finished file) and skip the
        /// input records whose ids they hold. Error records count as done: remove
        /// their lines from the output to retry them.
        #[arg(long, requires = "output")]
        resume: bool,
    },
    /// Score the pipeline against hand-labelled articles (stance-gold/1).
    ///
    /// Runs each gold article's text with the gold's targets and prints the figures of
    /// scoring.md, pooled over all files, as one JSON object. With --thresholds (a JSON
    /// object of the same shape holding minimums) it exits 1 and names every figure
    /// below its minimum. A gold file that does not fit its text, or whose sentence
    /// marks ambiguous a field the scoring does not know (anything but speaker, quote,
    /// recommendation, strength, polarity, actor, stance or stance:<target id>), is
    /// refused with exit status 2, naming the file and the sentence.
    Eval {
        /// Gold files (NAME.gold.json, with NAME.txt beside them).
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Minimum figures, in the shape of the output.
        #[arg(long, value_name = "FILE")]
        thresholds: Option<PathBuf>,
        /// Also list every disagreement with the gold under "disagreements": the
        /// article, the gold sentence's index and text, the field (speaker, quote,
        /// recommendation, actor, stance:T1, summary:SPEAKER:T1, ...), the gold value and
        /// the predicted one. Ambiguous fields are left out, as in scoring.
        #[arg(long)]
        explain: bool,
        /// Lexicons directory, as for `run`.
        #[arg(long, value_name = "DIR")]
        lexicons: Option<PathBuf>,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Print the JSON Schema of one output line.
    Schema,
    /// Train a learned head from labelled sentences, reproducibly.
    ///
    /// `recommend`: the recommendation head (logistic regression over the encoder's
    /// sentence embedding and the rule features), from `label<TAB>genre<TAB>sentence`
    /// lines. Prints its 5-fold cross-validated precision, recall and F1 on the training
    /// file, then writes the head as JSON.
    ///
    /// `recommend-own-voice`: the same head for texts in their writer's own voice, with no
    /// one reported (reviews, forum posts), from the same lines: its input also holds the
    /// sentence's words and word pairs, hashed, which tell a guest's advice from a
    /// guest's account more sharply than the embedding alone but would overrule the forms
    /// of news that the rules parse.
    ///
    /// `stance`: the stance head (softmax regression over the embedding of the sentence
    /// with its target masked, and the rule features), from
    /// `label<TAB>target<TAB>sentence` lines labelled favor, against or neutral; only the
    /// pairs the rules leave to the head are trained on. Prints its 5-fold
    /// cross-validation with whole targets held out, then writes the head.
    ///
    /// `relevance`: the similarity from which an urged action names a target in other
    /// words, from `label<TAB>target<TAB>action` lines labelled same, opposite or other.
    /// Chooses the threshold with the best F1 on them (the measure the stance is scored
    /// by), prints its precision and recall, then writes it.
    Train {
        /// The head to train.
        #[arg(value_enum)]
        head: HeadKind,
        /// The labelled sentences [default: fixtures/training/recommendations.tsv (both
        /// recommendation heads), stance.tsv or relevance.tsv].
        examples: Option<PathBuf>,
        /// Where to write the trained head [default: models/heads/recommend.json,
        /// recommend_own_voice.json, stance.json or relevance.json].
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The folder holding `minilm/`, as for `run`.
        #[arg(long, value_name = "DIR")]
        models: Option<PathBuf>,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum HeadKind {
    Recommend,
    RecommendOwnVoice,
    Stance,
    Relevance,
}

/// The sentence encoder's options.
#[derive(clap::Args, Debug)]
pub struct ModelArgs {
    /// Run the rule-based stages alone, without the sentence encoder: the fastest path,
    /// for the largest dumps.
    #[arg(long)]
    pub no_model: bool,
    /// The folder holding `minilm/` (default: the QUOTESTANCE_MODELS folder, models/
    /// beside the executable or two levels up, or the checkout it was built from).
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
}

/// What a command ended with, for the exit status.
pub enum Outcome {
    Ok,
    SomeFailed,
}

/// The lexicons (compiled in, or read from `lexicons`) and the encoder unless
/// `--no-model`, kept in `slot`; and what to report as `pipeline.models`.
fn load_resources<'a>(
    lexicons: &Option<PathBuf>,
    model: &ModelArgs,
    slot: &'a mut Option<Resources>,
    heads: bool,
) -> Result<(&'a Resources, BTreeMap<String, String>)> {
    let mut models = BTreeMap::new();
    let origin = lexicons
        .as_ref()
        .map_or_else(|| "embedded".to_string(), |d| d.display().to_string());
    models.insert("lexicons".to_string(), origin);
    if lexicons.is_none() && model.no_model {
        models.insert("encoder".to_string(), "none".to_string());
        return Ok((Resources::embedded(), models));
    }
    let mut resources = match lexicons {
        None => Resources::embedded().clone(),
        Some(dir) => Resources::from_dir(dir)
            .with_context(|| format!("loading lexicons from {}", dir.display()))?,
    };
    if model.no_model {
        models.insert("encoder".to_string(), "none".to_string());
    } else {
        let dir = encoder::find_minilm(model.models.as_deref())?;
        let minilm = MiniLm::load(&dir)
            .with_context(|| format!("loading the encoder from {}", dir.display()))?;
        models.insert("encoder".to_string(), minilm.name().to_string());
        resources = resources.with_encoder(Arc::new(minilm));
        let head_path = dir.with_file_name("heads").join("recommend.json");
        if heads && head_path.is_file() {
            let head = LogisticHead::load(&head_path)?;
            check_features(&head_path, &head.features, &recommend_head::FEATURES)?;
            models.insert("recommend_head".to_string(), head.trained_on.clone());
            resources = resources.with_recommend_head(head);
        }
        let head_path = dir.with_file_name("heads").join("recommend_own_voice.json");
        if heads && head_path.is_file() {
            let head = LogisticHead::load(&head_path)?;
            check_features(&head_path, &head.features, &recommend_head::FEATURES)?;
            models.insert(
                "recommend_head_own_voice".to_string(),
                head.trained_on.clone(),
            );
            resources = resources.with_own_voice_recommend_head(head);
        }
        let head_path = dir.with_file_name("heads").join("stance.json");
        if heads && head_path.is_file() {
            let head = SoftmaxHead::load(&head_path)?;
            check_features(&head_path, &head.features, &stance::FEATURES)?;
            models.insert("stance_head".to_string(), head.trained_on.clone());
            resources = resources.with_stance_head(head);
        }
        let path = dir.with_file_name("heads").join("relevance.json");
        if heads && path.is_file() {
            let threshold = RelevanceThreshold::load(&path)?;
            models.insert("relevance".to_string(), threshold.trained_on.clone());
            resources = resources.with_relevance(threshold);
        }
    }
    Ok((slot.insert(resources), models))
}

pub fn execute(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Run {
            inputs,
            targets,
            output,
            threads,
            max_bytes,
            lexicons,
            model,
            quiet,
            resume,
        } => {
            let mut loaded = None;
            let (resources, models) = load_resources(&lexicons, &model, &mut loaded, true)?;
            let pipeline = Pipeline::new(resources);
            let default_targets = targets
                .as_ref()
                .map(|p| input::read_targets(p))
                .transpose()
                .context("reading --targets")?;
            let sources = input::sources(&inputs)?;
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads.unwrap_or(0))
                .build()
                .context("starting worker threads")?;
            let total = input::total_bytes(&sources);
            let reader = Reader::new(sources, default_targets, max_bytes);
            let progress = Progress::new(!quiet, total, reader.bytes_read());
            let started = std::time::Instant::now();
            let mut on_window = |s: &batch::Summary| progress.update(s);
            let (summary, done) = match &output {
                None => {
                    let stdout = std::io::stdout();
                    let mut out = std::io::BufWriter::new(stdout.lock());
                    let summary =
                        batch::run(reader, &pipeline, &models, &pool, &mut out, &mut on_window)
                            .context("writing to standard output")?;
                    (summary, Done::default())
                }
                Some(path) => write_atomically(path, resume, |out, mut done| {
                    let items = reader.filter(|item| !done.take(item.id()));
                    let summary =
                        batch::run(items, &pipeline, &models, &pool, out, &mut on_window)?;
                    Ok((summary, done))
                })?,
            };
            progress.finish();
            if !quiet {
                let skipped = if resume {
                    format!(
                        ", skipped {} already in the output ({} of them errors)",
                        done.skipped, done.skipped_failed
                    )
                } else {
                    String::new()
                };
                eprintln!(
                    "quotestance: read {}{skipped}, written {}, failed {}, {:.2} s",
                    summary.read + done.skipped,
                    summary.written,
                    summary.failed,
                    started.elapsed().as_secs_f64()
                );
            }
            Ok(if summary.failed + done.skipped_failed > 0 {
                Outcome::SomeFailed
            } else {
                Outcome::Ok
            })
        }
        Command::Eval {
            gold,
            thresholds,
            explain,
            lexicons,
            model,
        } => {
            let mut loaded = None;
            let pipeline = Pipeline::new(load_resources(&lexicons, &model, &mut loaded, true)?.0);
            let mut scores = if explain {
                Scores::explaining()
            } else {
                Scores::default()
            };
            for path in &gold {
                let article = LabelledArticle::load(path)?;
                scores.add(&pipeline, &article)?;
            }
            let results = scores.to_json();
            println!("{}", serde_json::to_string_pretty(&results)?);
            if let Some(path) = thresholds {
                let minimums: serde_json::Value =
                    quotestance::io::read_json(&path).context("reading --thresholds")?;
                let failures = check_thresholds(&results, &minimums);
                if !failures.is_empty() {
                    for f in &failures {
                        eprintln!("below threshold: {f}");
                    }
                    return Ok(Outcome::SomeFailed);
                }
            }
            Ok(Outcome::Ok)
        }
        Command::Train {
            head,
            examples,
            output,
            models,
        } => {
            let model = ModelArgs {
                no_model: false,
                models,
            };
            let mut loaded = None;
            let (resources, names) = load_resources(&None, &model, &mut loaded, false)?;
            let encoder = names.get("encoder").cloned().unwrap_or_default();
            let (default_examples, default_output) = match head {
                HeadKind::Recommend => ("recommendations.tsv", "recommend.json"),
                HeadKind::RecommendOwnVoice => ("recommendations.tsv", "recommend_own_voice.json"),
                HeadKind::Stance => ("stance.tsv", "stance.json"),
                HeadKind::Relevance => ("relevance.tsv", "relevance.json"),
            };
            let examples =
                examples.unwrap_or_else(|| Path::new("fixtures/training").join(default_examples));
            let output = output.unwrap_or_else(|| Path::new("models/heads").join(default_output));
            let json = match head {
                HeadKind::Recommend => train_recommend(&examples, resources, encoder, 0)?,
                HeadKind::RecommendOwnVoice => {
                    train_recommend(&examples, resources, encoder, recommend_head::WORD_BUCKETS)?
                }
                HeadKind::Stance => train_stance(&examples, resources, encoder)?,
                HeadKind::Relevance => train_relevance(&examples, resources, encoder)?,
            };
            if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            write_atomically(&output, false, |out, _| out.write_all(json.as_bytes()))?;
            println!("wrote {}", output.display());
            Ok(Outcome::Ok)
        }
        Command::Schema => {
            println!("{}", serde_json::to_string_pretty(&output::schema())?);
            Ok(Outcome::Ok)
        }
    }
}

/// Writes through a temporary file beside `path`, renamed into place only when `write`
/// succeeds, so an interrupted run never leaves a file that looks complete. With
/// `resume`, the temporary file keeps the whole records of the last run (its own
/// leftover, or else a copy of `path`), and `write` is told which ones they are.
fn write_atomically<T>(
    path: &Path,
    resume: bool,
    write: impl FnOnce(&mut dyn Write, Done) -> std::io::Result<T>,
) -> Result<T> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.is_empty() {
        bail!("{} is not a file name", path.display());
    }
    let tmp = path.with_file_name(format!(".{name}.partial"));
    let mut done = Done::default();
    let file = if resume && (tmp.exists() || path.exists()) {
        if !tmp.exists() {
            std::fs::copy(path, &tmp)
                .with_context(|| format!("copying {} to {}", path.display(), tmp.display()))?;
        }
        let (found, valid) = Done::read(&tmp)?;
        done = found;
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&tmp)
            .with_context(|| format!("opening {}", tmp.display()))?;
        // Cut the record an interrupted write left unfinished, then append after it.
        file.set_len(valid)
            .and_then(|()| (&file).seek(SeekFrom::End(0)))
            .with_context(|| format!("truncating {}", tmp.display()))?;
        file
    } else {
        std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?
    };
    let mut out = std::io::BufWriter::new(file);
    let value = write(&mut out, done).with_context(|| format!("writing {}", tmp.display()))?;
    out.flush()
        .with_context(|| format!("writing {}", tmp.display()))?;
    drop(out);
    std::fs::rename(&tmp, path)
        .with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
    Ok(value)
}

/// Trains a recommendation head (with `word_buckets` buckets of hashed words, or none),
/// prints its cross-validation, returns it as JSON.
fn train_recommend(
    examples: &Path,
    resources: &Resources,
    encoder: String,
    word_buckets: usize,
) -> Result<String> {
    let source = examples.display().to_string();
    let examples =
        recommend_head::read_examples(examples).with_context(|| format!("reading {source}"))?;
    let xs = recommend_head::training_inputs(&examples, resources, word_buckets)?;
    let ys: Vec<bool> = examples.iter().map(|e| e.recommends).collect();
    let settings = Training::default();
    let cv = recommend_head::cross_validate(&xs, &ys, 5, settings);
    println!(
        "5-fold cross-validation: precision {:.3}, recall {:.3}, F1 {:.3}",
        cv.precision(),
        cv.recall(),
        cv.f1()
    );
    let (weights, bias) = LogisticHead::train(&xs, &ys, settings);
    let positives = ys.iter().filter(|y| **y).count();
    let head = LogisticHead {
        task: "recommendation".into(),
        encoder,
        features: recommend_head::FEATURES
            .iter()
            .map(|f| f.to_string())
            .collect(),
        dim: xs.first().map_or(0, |x| {
            x.len() - recommend_head::FEATURES.len() - word_buckets
        }),
        word_buckets,
        weights,
        bias,
        trained_on: format!(
            "logistic regression on {source}: {} sentences ({positives} positive){}; \
             l2 {}, learning rate {}, {} epochs",
            ys.len(),
            if word_buckets > 0 {
                format!(", with {word_buckets} buckets of hashed words and word pairs")
            } else {
                String::new()
            },
            settings.l2,
            settings.learning_rate,
            settings.epochs
        ),
    };
    Ok(serde_json::to_string(&head)?)
}

/// Trains the stance head, prints its cross-validation, returns it as JSON.
fn train_stance(examples: &Path, resources: &Resources, encoder: String) -> Result<String> {
    let source = examples.display().to_string();
    let examples =
        training::read_stance_examples(examples).with_context(|| format!("reading {source}"))?;
    let inputs = training::stance_training_inputs(&examples, resources)?;
    let (bare, decided): (Vec<_>, Vec<_>) = inputs
        .into_iter()
        .zip(&examples)
        .partition(|((_, bare), _)| *bare);
    println!(
        "{} pairs the rules leave to the head, {} they decide themselves (not trained on)",
        bare.len(),
        decided.len()
    );
    let xs: Vec<Vec<f32>> = bare.iter().map(|((x, _), _)| x.clone()).collect();
    let ys: Vec<usize> = bare
        .iter()
        .map(|(_, e)| training::class_of(e.label))
        .collect();
    let targets: Vec<&str> = bare.iter().map(|(_, e)| e.target.as_str()).collect();
    let settings = Training::default();
    let cv = training::cross_validate(&xs, &ys, &targets, 5, settings);
    let f1 = |k: usize| cv.per_class[k].f1();
    println!(
        "5-fold cross-validation, targets held out: accuracy {:.3}, f_avg {:.3}; \
         F1 favor {:.3}, against {:.3}, neutral {:.3}",
        cv.accuracy(),
        cv.f_avg(),
        f1(0),
        f1(1),
        f1(2)
    );
    println!("confusion (rows gold, columns predicted: favor, against, neutral):");
    for (label, row) in ["favor", "against", "neutral"].iter().zip(cv.confusion) {
        println!("  {label:<8} {:>4} {:>4} {:>4}", row[0], row[1], row[2]);
    }
    let (weights, biases) = SoftmaxHead::train(&xs, &ys, HEAD_CLASSES.len(), settings);
    let count = |k: usize| ys.iter().filter(|y| **y == k).count();
    let head = SoftmaxHead {
        task: "stance".into(),
        encoder,
        classes: ["favor", "against", "neutral"].map(String::from).to_vec(),
        features: stance::FEATURES.iter().map(|f| f.to_string()).collect(),
        dim: xs.first().map_or(0, |x| x.len() - stance::FEATURES.len()),
        weights,
        biases,
        trained_on: format!(
            "softmax regression on {source}: the {} pairs the rules leave to it ({} favor, \
             {} against, {} neutral); \
             l2 {}, learning rate {}, {} epochs",
            ys.len(),
            count(0),
            count(1),
            count(2),
            settings.l2,
            settings.learning_rate,
            settings.epochs
        ),
    };
    Ok(serde_json::to_string(&head)?)
}

/// Chooses the relevance threshold on labelled pairs, prints what it reaches, returns
/// it as JSON.
fn train_relevance(examples: &Path, resources: &Resources, encoder: String) -> Result<String> {
    let source = examples.display().to_string();
    let pairs = relevance::read_pairs(examples).with_context(|| format!("reading {source}"))?;
    let Some(model) = resources.encoder.as_deref() else {
        bail!("training the relevance threshold needs the encoder");
    };
    let vectors = quotestance::stages::embed::encode_distinct(
        model,
        pairs
            .iter()
            .flat_map(|p| [relevance::core_of(&p.action), p.target.as_str()]),
    )?;
    let similarities: Vec<f32> = pairs
        .iter()
        .map(|p| {
            match (
                vectors.get(relevance::core_of(&p.action)),
                vectors.get(&p.target),
            ) {
                (Some(a), Some(t)) => encoder::cosine(a, t),
                _ => 0.0,
            }
        })
        .collect();
    let chosen = relevance::choose_threshold(&pairs, &similarities, resources);
    let count = |r: Option<Relation>| pairs.iter().filter(|p| p.gold == r).count();
    println!(
        "thresholds {:.2} (directions told) and {:.2} (meaning alone): precision {:.3}, \
         recall {:.3}, F1 {:.3} on {} pairs",
        chosen.threshold,
        chosen.threshold_by_meaning,
        chosen.precision,
        chosen.recall,
        chosen.f1(),
        pairs.len()
    );
    let threshold = RelevanceThreshold {
        task: "relevance".into(),
        encoder,
        threshold: chosen.threshold,
        threshold_by_meaning: chosen.threshold_by_meaning,
        trained_on: format!(
            "the best F1 on {source}: {} pairs ({} same, {} opposite, {} other); \
             precision {:.3}, recall {:.3}",
            pairs.len(),
            count(Some(Relation::Same)),
            count(Some(Relation::Opposite)),
            count(None),
            chosen.precision,
            chosen.recall
        ),
    };
    Ok(serde_json::to_string(&threshold)?)
}
