//! Forwards the core's `tracing` events to Python's `logging` logger `cloudpirates`
//! (requests at DEBUG, retries and consistency waits at INFO). Field values whose names
//! suggest a secret are redacted and values read as Python's own (`status=200`, not
//! `Some(200)`): see `cloudpirates::bridge::log_fields`, which every binding shares.

use std::fmt::Write as _;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

use cloudpirates::bridge::log_fields::{EventFields, Value, text};

static INSTALL: Once = Once::new();
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Whether the `cloudpirates` logger took DEBUG records when the latest call started.
/// DEBUG events (two per request) are dropped without the GIL while it is false; before,
/// every event took the GIL from whatever thread emitted it (a tokio worker, for asyncio
/// calls) only to learn that the logger was not enabled.
static DEBUG_ON: AtomicBool = AtomicBool::new(false);

/// The `cloudpirates` logger, made on first use. The `logging` module is imported here,
/// not at `import cloudpirates`; the `NullHandler` of the library habit is added with it.
fn logger(py: Python<'_>) -> PyResult<&Py<PyAny>> {
    LOGGER.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        let logging = py.import("logging")?;
        let logger = logging.call_method1("getLogger", ("cloudpirates",))?;
        logger.call_method1("addHandler", (logging.call_method0("NullHandler")?,))?;
        Ok(logger.unbind())
    })
}

/// Called with the GIL at the start of every call: records whether DEBUG records are
/// wanted. No handler can exist before the application imports `logging`, so until then
/// nothing is imported and DEBUG stays off.
pub fn refresh(py: Python<'_>) {
    let on = match LOGGER.get(py) {
        Some(l) => l
            .bind(py)
            .call_method1(pyo3::intern!(py, "isEnabledFor"), (10,))
            .and_then(|v| v.is_truthy())
            .unwrap_or(true),
        None => {
            let imported =
                py.import("sys").and_then(|s| s.getattr("modules")).and_then(|m| m.contains("logging")).unwrap_or(true);
            imported
                && logger(py)
                    .and_then(|l| l.bind(py).call_method1("isEnabledFor", (10,)))
                    .and_then(|v| v.is_truthy())
                    .unwrap_or(true)
        }
    };
    DEBUG_ON.store(on, Ordering::Relaxed);
}

/// Installs the bridge as the process's tracing subscriber (once; a subscriber installed
/// by someone else wins).
pub fn install() {
    INSTALL.call_once(|| {
        let subscriber = tracing_subscriber::registry().with(PythonLogging);
        let _ = tracing::subscriber::set_global_default(subscriber);
    });
}

struct PythonLogging;

impl<S: Subscriber> Layer<S> for PythonLogging {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let target = event.metadata().target();
        if !target.starts_with("cloudpirates") {
            return;
        }
        let level: i32 = match *event.metadata().level() {
            Level::ERROR => 40,
            Level::WARN => 30,
            Level::INFO => 20,
            Level::DEBUG => 10,
            Level::TRACE => 5,
        };
        if level < 20 && !DEBUG_ON.load(Ordering::Relaxed) {
            return;
        }
        let c = EventFields::of(event);
        // Never block the runtime on a finalizing interpreter.
        let _ = Python::try_attach(|py| -> PyResult<()> {
            let logger = logger(py)?.bind(py);
            if !logger.call_method1("isEnabledFor", (level,))?.is_truthy()? {
                return Ok(());
            }
            let mut msg = c.message.clone();
            let extra = PyDict::new(py);
            let fields = PyDict::new(py);
            for (k, v) in &c.fields {
                // Python's own values: `status=200`, `visible=True`; ints, floats, bools and
                // strs in `record.cloudpirates`.
                match v {
                    Value::Str(s) => fields.set_item(*k, s)?,
                    Value::Int(n) => fields.set_item(*k, n)?,
                    Value::Float(x) => fields.set_item(*k, x)?,
                    Value::Bool(b) => fields.set_item(*k, b)?,
                }
                let shown = match v {
                    Value::Bool(true) => "True".to_owned(),
                    Value::Bool(false) => "False".to_owned(),
                    other => text(other),
                };
                let _ = write!(msg, " {k}={shown}");
            }
            extra.set_item("cloudpirates", fields)?;
            let kwargs = PyDict::new(py);
            kwargs.set_item("extra", extra)?;
            logger.call_method("log", (level, "%s", msg), Some(&kwargs))?;
            Ok(())
        });
    }
}
