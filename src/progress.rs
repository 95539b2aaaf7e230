//! The progress bar on standard error: shown only when standard error is a terminal
//! and `--quiet` is not given, so that logs of batch jobs stay clean.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotestance::batch::Summary;

pub struct Progress {
    bar: Option<ProgressBar>,
    bytes_read: Arc<AtomicU64>,
    started: Instant,
}

impl Progress {
    /// A bar over `total` input bytes when the size is known (files), else a spinner
    /// (standard input); nothing unless `wanted` and standard error is a terminal.
    pub fn new(wanted: bool, total: Option<u64>, bytes_read: Arc<AtomicU64>) -> Self {
        let bar = (wanted && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                    "{elapsed_precise} [{bar:20}] {percent:>3}% {msg} ETA {eta}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} {elapsed_precise} {msg}",
                ),
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message("0 articles");
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress {
            bar,
            bytes_read,
            started: Instant::now(),
        }
    }

    pub fn update(&self, summary: &Summary) {
        let Some(bar) = &self.bar else { return };
        bar.set_position(self.bytes_read.load(Ordering::Relaxed));
        let seconds = self.started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{} articles {:.0}/s {} errors",
            summary.written,
            summary.written as f64 / seconds,
            summary.failed
        ));
    }

    /// Removes the bar, before the summary line is printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
