//! Forwards the core's `tracing` events (target `cloudpirates`) to the wrapper, which hands
//! them to the logger of the client whose call emitted them: the Node counterpart of
//! `crates/py/src/logging.rs`. Node does not log on its own.
//!
//! Every call of a client that logs runs inside a span naming the client (`cp_log`) and its
//! level (`cp_level`); an event below that level is dropped here, without crossing into
//! JavaScript. Field values are read as plain values (`cloudpirates::bridge::log_fields`, shared by every binding):
//! `status: 200`, never `Some(200)`; secret-named fields are `[REDACTED]`.

use std::sync::{Mutex, Once, OnceLock};

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;
use tracing::field::{Field, Visit};
use tracing::{Level, Subscriber, span};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

use cloudpirates::bridge::log_fields::{EventFields, Value};

/// One event of the core, for the logger of client `client`.
#[napi(object)]
pub struct NativeLogRecord {
    /// The id the wrapper gave the client (`logId` of its options).
    pub client: u32,
    /// `debug`, `info`, `warn` or `error`.
    pub level: String,
    /// The event's message.
    pub message: String,
    /// The other fields, as a JSON object of plain values (snake_case names).
    pub fields: String,
}

type Sink = ThreadsafeFunction<(), Unknown<'static>, (), Status, false, true>;

/// Wakes the JavaScript thread when records are waiting; records queue in [`RECORDS`], so the
/// wrapper can also take them right before it settles a call (`drainLogs`), and a call's
/// events always reach the logger before its promise settles.
static SINK: OnceLock<Sink> = OnceLock::new();
static RECORDS: Mutex<Vec<NativeLogRecord>> = Mutex::new(Vec::new());
static INSTALL: Once = Once::new();

/// `onLogs()` is called on the JavaScript thread when records are waiting; it should call
/// `drainLogs()`. Set once per process; it never keeps the event loop alive.
#[napi]
pub fn set_log_sink(on_logs: Function<(), Unknown<'static>>) -> Result<()> {
    if SINK.get().is_none() {
        let tsfn = on_logs.build_threadsafe_function::<()>().callee_handled::<false>().weak::<true>().build()?;
        let _ = SINK.set(tsfn);
    }
    INSTALL.call_once(|| {
        let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry().with(NodeLogging));
    });
    Ok(())
}

/// Every record queued since the last drain, in the order the core emitted them.
#[napi]
pub fn drain_logs() -> Vec<NativeLogRecord> {
    std::mem::take(&mut *RECORDS.lock().unwrap_or_else(|e| e.into_inner()))
}

/// The level number of a level name (`debug` 10 ... `error` 40); anything else is off.
pub fn level_number(name: Option<&str>) -> u8 {
    match name {
        Some("debug") => 10,
        Some("info") => 20,
        Some("warn") => 30,
        Some("error") => 40,
        _ => 100,
    }
}

/// The span a call of a logging client runs in; `Span::none()` when the client is silent.
pub fn call_span(client: u32, level: u8) -> tracing::Span {
    if level >= 100 || SINK.get().is_none() {
        return tracing::Span::none();
    }
    tracing::span!(target: "cloudpirates_node", Level::ERROR, "call", cp_log = client, cp_level = level)
}

struct LogTo {
    client: u32,
    level: u8,
}

#[derive(Default)]
struct SpanFields {
    client: Option<u64>,
    level: Option<u64>,
}

impl Visit for SpanFields {
    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "cp_log" => self.client = Some(value),
            "cp_level" => self.level = Some(value),
            _ => {}
        }
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.record_u64(field, value as u64);
    }
    fn record_debug(&mut self, _field: &Field, _value: &dyn std::fmt::Debug) {}
}

struct NodeLogging;

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for NodeLogging {
    fn on_new_span(&self, attrs: &span::Attributes<'_>, id: &span::Id, ctx: Context<'_, S>) {
        if attrs.metadata().target() != "cloudpirates_node" {
            return;
        }
        let mut f = SpanFields::default();
        attrs.record(&mut f);
        if let (Some(client), Some(level), Some(span)) = (f.client, f.level, ctx.span(id)) {
            span.extensions_mut().insert(LogTo { client: client as u32, level: level as u8 });
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        if !event.metadata().target().starts_with("cloudpirates") {
            return;
        }
        let Some(sink) = SINK.get() else { return };
        let (level, name) = match *event.metadata().level() {
            Level::ERROR => (40, "error"),
            Level::WARN => (30, "warn"),
            Level::INFO => (20, "info"),
            _ => (10, "debug"),
        };
        let Some(scope) = ctx.event_scope(event) else { return };
        let Some(client) = scope
            .into_iter()
            .find_map(|s| s.extensions().get::<LogTo>().filter(|t| level >= t.level).map(|t| t.client))
        else {
            return;
        };
        let c = EventFields::of(event);
        let mut fields = serde_json::Map::new();
        for (k, v) in c.fields {
            let v = match v {
                Value::Str(s) => serde_json::Value::from(s),
                Value::Int(n) => serde_json::Value::from(n),
                Value::Float(x) => serde_json::Value::from(x),
                Value::Bool(b) => serde_json::Value::from(b),
            };
            fields.insert(k.to_owned(), v);
        }
        let record = NativeLogRecord {
            client,
            level: name.to_owned(),
            message: c.message,
            fields: serde_json::Value::Object(fields).to_string(),
        };
        let was_empty = {
            let mut q = RECORDS.lock().unwrap_or_else(|e| e.into_inner());
            q.push(record);
            q.len() == 1
        };
        if was_empty {
            sink.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}
