//! Input articles: plain-text files, JSON Lines files or standard input, and
//! directories of both. Reading is streaming and never stops at a bad record: each one
//! becomes an `Item::Failed` that the caller writes as an error record.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Deserialize;

use crate::document::Target;
use crate::error::Error;

/// Articles larger than this are refused unless the caller sets another limit.
pub const DEFAULT_MAX_BYTES: usize = 1 << 20;

/// One article of the input, as `io-contract.md` describes it.
#[derive(Debug, Clone, Deserialize)]
pub struct Article {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
}

/// A record of the input: an article to process, or why it could not be read.
#[derive(Debug, Clone)]
pub enum Item {
    Article(Article),
    Failed {
        id: String,
        kind: &'static str,
        message: String,
    },
}

impl Item {
    /// The record's id: the article's, or the one its error record will carry.
    pub fn id(&self) -> &str {
        match self {
            Item::Article(a) => &a.id,
            Item::Failed { id, .. } => id,
        }
    }
}

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Text(PathBuf),
    JsonLines(PathBuf),
    Stdin,
}

/// Expands the command-line inputs into sources: directories recursively, their
/// `.txt` and `.jsonl` files in sorted order. A path that does not exist is an error
/// before anything is read.
pub fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>, Error> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            out.extend(files.into_iter().filter_map(classify));
        } else if input.is_file() {
            out.push(classify(input.clone()).unwrap_or_else(|| Source::Text(input.clone())));
        } else {
            return Err(Error::Io {
                path: input.display().to_string(),
                cause: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no such file or directory",
                ),
            });
        }
    }
    Ok(out)
}

fn classify(path: PathBuf) -> Option<Source> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("jsonl") => Some(Source::JsonLines(path)),
        Some("txt") => Some(Source::Text(path)),
        _ => None,
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let io = |cause| Error::Io {
        path: dir.display().to_string(),
        cause,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// The total size of the sources in bytes, or `None` when one of them is standard
/// input: what a progress bar measures the bytes read against.
pub fn total_bytes(sources: &[Source]) -> Option<u64> {
    sources.iter().try_fold(0u64, |sum, s| match s {
        Source::Stdin => None,
        Source::Text(p) | Source::JsonLines(p) => {
            Some(sum + std::fs::metadata(p).map_or(0, |m| m.len()))
        }
    })
}

/// The longest JSON line read for a text of `max_bytes`: escapes can take six bytes
/// per character of text (`\u00e9`), and the other fields a little more.
fn line_limit(max_bytes: usize) -> usize {
    max_bytes.saturating_mul(6).saturating_add(1 << 16)
}

/// Reads the sources in order, one item per article or bad record.
pub struct Reader {
    sources: std::vec::IntoIter<Source>,
    current: Option<(String, Box<dyn BufRead + Send>, usize)>,
    default_targets: Option<Vec<Target>>,
    max_bytes: usize,
    bytes_read: Arc<AtomicU64>,
}

impl Reader {
    /// `default_targets` apply to plain-text articles and to JSONL records without
    /// targets of their own.
    pub fn new(
        sources: Vec<Source>,
        default_targets: Option<Vec<Target>>,
        max_bytes: usize,
    ) -> Self {
        Reader {
            sources: sources.into_iter(),
            current: None,
            default_targets,
            max_bytes,
            bytes_read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Reads JSON Lines from any stream (a socket, a decompressor, memory); `origin`
    /// names it in the ids of records that have none.
    pub fn from_stream(
        origin: &str,
        stream: Box<dyn BufRead + Send>,
        default_targets: Option<Vec<Target>>,
        max_bytes: usize,
    ) -> Self {
        let mut reader = Reader::new(Vec::new(), default_targets, max_bytes);
        reader.current = Some((origin.to_string(), stream, 0));
        reader
    }

    /// A counter of the input bytes consumed so far, readable from another thread
    /// while the reader is iterated (for progress).
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    fn text_file(&self, path: &Path) -> Item {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let bytes = match File::open(path).and_then(|f| {
            let mut buf = Vec::new();
            f.take(self.max_bytes as u64 + 1).read_to_end(&mut buf)?;
            Ok(buf)
        }) {
            Ok(b) => b,
            Err(e) => return failed(id, "read_error", format!("{}: {e}", path.display())),
        };
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        self.bytes_read.fetch_add(size, Ordering::Relaxed);
        match String::from_utf8(bytes) {
            Ok(text) => self.article(Article {
                id,
                text,
                title: None,
                source: None,
                url: None,
                published: None,
                targets: None,
            }),
            Err(e) => failed(
                id,
                "invalid_utf8",
                format!(
                    "{}: not valid UTF-8 (byte {})",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ),
            ),
        }
    }

    fn json_line(&self, origin: &str, line_no: usize, bytes: Vec<u8>) -> Item {
        let fallback_id = format!("{origin}:{line_no}");
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                return failed(
                    fallback_id,
                    "invalid_utf8",
                    format!(
                        "line {line_no}: not valid UTF-8 (byte {})",
                        e.utf8_error().valid_up_to()
                    ),
                );
            }
        };
        let value: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => return failed(fallback_id, "invalid_json", format!("line {line_no}: {e}")),
        };
        let id = match value.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => fallback_id,
        };
        match value.get("text") {
            Some(serde_json::Value::String(_)) => {}
            Some(_) => {
                return failed(
                    id,
                    "missing_text",
                    format!("line {line_no}: \"text\" is not a string"),
                );
            }
            None => {
                return failed(
                    id,
                    "missing_text",
                    format!("line {line_no}: the record has no \"text\""),
                );
            }
        }
        let mut value = value;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("id".into(), serde_json::Value::String(id.clone()));
        }
        match Article::deserialize(&value) {
            Ok(article) => self.article(article),
            Err(e) => failed(id, "invalid_json", format!("line {line_no}: {e}")),
        }
    }

    /// Applies the size limit, the empty check and the default targets.
    fn article(&self, mut a: Article) -> Item {
        if a.text.len() > self.max_bytes {
            return failed(
                a.id,
                "too_large",
                format!(
                    "the text is over the limit of {} bytes (see --max-bytes)",
                    self.max_bytes
                ),
            );
        }
        if a.text.trim().is_empty() {
            return failed(a.id, "empty_text", "the text is empty");
        }
        if a.targets.is_none() {
            a.targets = self.default_targets.clone();
        }
        Item::Article(a)
    }
}

fn failed(id: String, kind: &'static str, message: impl Into<String>) -> Item {
    Item::Failed {
        id,
        kind,
        message: message.into(),
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some((origin, reader, line_no)) = &mut self.current {
                let mut buf = Vec::new();
                let limit = line_limit(self.max_bytes);
                match read_line_bounded(reader, &mut buf, limit) {
                    Ok(0) => self.current = None,
                    Ok(consumed) => {
                        self.bytes_read
                            .fetch_add(consumed as u64, Ordering::Relaxed);
                        *line_no += 1;
                        let n = *line_no;
                        let origin = origin.clone();
                        if consumed > buf.len() {
                            let id = leading_id(&buf).unwrap_or_else(|| format!("{origin}:{n}"));
                            return Some(failed(
                                id,
                                "too_large",
                                format!(
                                    "line {n}: over {consumed} bytes, more than a text of \
                                     {} bytes can take (see --max-bytes)",
                                    self.max_bytes
                                ),
                            ));
                        }
                        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                            buf.pop();
                        }
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(self.json_line(&origin, n, buf));
                    }
                    Err(e) => {
                        let origin = origin.clone();
                        self.current = None;
                        return Some(failed(
                            origin.clone(),
                            "read_error",
                            format!("{origin}: {e}"),
                        ));
                    }
                }
                continue;
            }
            match self.sources.next()? {
                Source::Text(path) => return Some(self.text_file(&path)),
                Source::JsonLines(path) => match File::open(&path) {
                    Ok(f) => {
                        self.current =
                            Some((path.display().to_string(), Box::new(BufReader::new(f)), 0))
                    }
                    Err(e) => {
                        let origin = path.display().to_string();
                        return Some(failed(
                            origin.clone(),
                            "read_error",
                            format!("{origin}: {e}"),
                        ));
                    }
                },
                Source::Stdin => {
                    self.current = Some((
                        "stdin".into(),
                        Box::new(BufReader::new(std::io::stdin())),
                        0,
                    ));
                }
            }
        }
    }
}

/// The `id` of a JSON line that is too long to parse, when it comes before the text
/// as a plain string (`{"id": "a-17", "text": ...`), so that its error record can
/// still name it.
fn leading_id(line: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&line[..line.len().min(4096)]);
    let rest = head.split_once("\"id\"")?.1.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let id = &rest[..rest.find('"')?];
    (!id.contains('\\')).then(|| id.to_string())
}

/// Reads one line into `buf`, keeping at most `limit` bytes of it; the rest of an
/// over-long line is read and dropped, so that memory stays bounded whatever the input.
/// Returns the bytes consumed (0 at the end of the input).
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<usize> {
    let mut consumed = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(consumed);
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        reader.consume(used);
        consumed += used;
        if done {
            return Ok(consumed);
        }
    }
}

/// Reads a targets file: a JSON array of `{"id", "name", "aliases"}`.
pub fn read_targets(path: &Path) -> Result<Vec<Target>, Error> {
    super::read_json(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_over_long_line_is_dropped_but_the_next_one_is_read() {
        let data = format!("{}\nshort\n", "x".repeat(10_000));
        let mut reader = std::io::BufReader::with_capacity(64, data.as_bytes());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 100).unwrap(),
            10_001
        );
        assert_eq!(buf.len(), 100);
        buf.clear();
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 100).unwrap(), 6);
        assert_eq!(buf, b"short\n");
        buf.clear();
        assert_eq!(read_line_bounded(&mut reader, &mut buf, 100).unwrap(), 0);
    }

    #[test]
    fn a_line_too_long_for_any_text_is_an_error_record_and_bytes_are_counted() {
        let dir = std::env::temp_dir().join(format!("qs-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("in.jsonl");
        let big = format!("{{\"id\":\"big\",\"text\":\"{}\"}}", "a".repeat(200_000));
        let small = r#"{"id":"ok","text":"Kim said so."}"#;
        std::fs::write(&path, format!("{big}\n{small}\n")).unwrap();
        let reader = Reader::new(vec![Source::JsonLines(path.clone())], None, 1000);
        let counter = reader.bytes_read();
        let items: Vec<Item> = reader.collect();
        assert_eq!(items.len(), 2);
        assert!(matches!(&items[0], Item::Failed { id, kind: "too_large", .. } if id == "big"));
        assert!(matches!(&items[1], Item::Article(a) if a.id == "ok"));
        let size = std::fs::metadata(&path).unwrap().len();
        assert_eq!(counter.load(Ordering::Relaxed), size);
        assert_eq!(total_bytes(&[Source::JsonLines(path)]), Some(size));
        assert_eq!(total_bytes(&[Source::Stdin]), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
