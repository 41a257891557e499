//! The core's `tracing` events (target `cloudpirates`: requests at DEBUG, retries and
//! consistency waits at INFO, WARN for what a caller should know) handed to a sink of the
//! language: Kotlin writes them to `java.util.logging`, Swift to `os.Logger`. Lines are
//! formatted by `tracing-subscriber` (`message key=value ...`); the value of a field whose
//! name the core calls secret is never written.

use std::io;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Once, RwLock};

use tracing::{Level, Metadata};
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::{Writer, debug_fn};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::prelude::*;

/// Severity of a log line, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum)]
pub enum LogLevel {
    /// Something failed.
    Error,
    /// Something a caller should know.
    Warn,
    /// Retries, consistency waits, session refreshes.
    Info,
    /// One line per request and response.
    Debug,
    /// Everything.
    Trace,
}

/// Receives the SDK's log lines; implemented by the Kotlin and Swift wrappers.
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    /// One event: its level, its target (`cloudpirates`) and the formatted line.
    fn log(&self, level: LogLevel, target: String, message: String);
}

static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);
/// The most verbose level wanted: 0 = none, 1 = Error ... 5 = Trace.
static MAX: AtomicU8 = AtomicU8::new(0);
static INSTALL: Once = Once::new();

fn rank(level: Option<LogLevel>) -> u8 {
    level.map_or(0, |l| l as u8 + 1)
}

fn of(level: &Level) -> LogLevel {
    match *level {
        Level::ERROR => LogLevel::Error,
        Level::WARN => LogLevel::Warn,
        Level::INFO => LogLevel::Info,
        Level::DEBUG => LogLevel::Debug,
        Level::TRACE => LogLevel::Trace,
    }
}

/// Sends the core's events to `sink`, up to `level` (`None`: none). The process's tracing
/// subscriber is installed once; one installed by the application first wins.
#[uniffi::export]
pub fn install_log_sink(sink: Arc<dyn LogSink>, level: Option<LogLevel>) {
    *SINK.write().unwrap_or_else(|p| p.into_inner()) = Some(sink);
    set_log_level(level);
    INSTALL.call_once(|| {
        let fields = debug_fn(|w: &mut Writer<'_>, field: &tracing::field::Field, value: &dyn std::fmt::Debug| {
            match field.name() {
                "message" => write!(w, "{value:?}"),
                name if cloudpirates::is_secret_name(name) => write!(w, "{name}={}", cloudpirates::REDACTED),
                name => write!(w, "{name}={value:?}"),
            }
        })
        .delimited(" ");
        let layer = tracing_subscriber::fmt::layer()
            .with_writer(SinkWriter)
            .without_time()
            .with_target(false)
            .with_level(false)
            .with_ansi(false)
            .fmt_fields(fields)
            .with_filter(filter_fn(|m: &Metadata<'_>| {
                m.target().starts_with("cloudpirates") && rank(Some(of(m.level()))) <= MAX.load(Ordering::Relaxed)
            }));
        let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer));
    });
}

/// Changes the most verbose level forwarded (`None`: none), e.g. when the language's logger
/// configuration changed.
#[uniffi::export]
pub fn set_log_level(level: Option<LogLevel>) {
    if MAX.swap(rank(level), Ordering::Relaxed) != rank(level) {
        // The filter's answers are cached per callsite; ask every callsite again.
        tracing::callsite::rebuild_interest_cache();
    }
}

struct SinkWriter;

/// One formatted event; handed to the sink when the formatter drops it.
struct Line(LogLevel, Vec<u8>);

impl<'a> MakeWriter<'a> for SinkWriter {
    type Writer = Line;

    fn make_writer(&'a self) -> Line {
        Line(LogLevel::Info, Vec::new())
    }

    fn make_writer_for(&'a self, meta: &Metadata<'_>) -> Line {
        Line(of(meta.level()), Vec::new())
    }
}

impl io::Write for Line {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.1.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Line {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.1).trim_end().to_owned();
        let sink = SINK.read().unwrap_or_else(|p| p.into_inner()).clone();
        if let (Some(sink), false) = (sink, text.is_empty()) {
            sink.log(self.0, "cloudpirates".to_owned(), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    struct Collect(Mutex<Vec<(LogLevel, String)>>);

    impl LogSink for Collect {
        fn log(&self, level: LogLevel, _target: String, message: String) {
            self.0.lock().unwrap().push((level, message));
        }
    }

    #[test]
    fn events_reach_the_sink_as_lines_with_secrets_hidden() {
        let sink = Arc::new(Collect(Mutex::new(Vec::new())));
        install_log_sink(sink.clone(), Some(LogLevel::Info));
        tracing::info!(target: "cloudpirates", op = "auth.login", access_token = "tok-123", "retrying");
        let debug = || tracing::debug!(target: "cloudpirates", "wanted at DEBUG only");
        debug();
        tracing::info!(target: "elsewhere", "not ours");
        let lines = sink.0.lock().unwrap().clone();
        assert_eq!(lines.len(), 1, "{lines:?}");
        set_log_level(Some(LogLevel::Debug));
        debug();
        assert_eq!(sink.0.lock().unwrap().len(), 2, "a level raised later reaches callsites seen before");
        assert_eq!(lines[0].0, LogLevel::Info);
        assert_eq!(lines[0].1, "retrying op=\"auth.login\" access_token=[REDACTED]");
        set_log_level(None);
    }
}
