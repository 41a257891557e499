//! What every part of the emulator shares: the state, the runtime configuration, the fault
//! engine and the clock behind one `Shared`, and the raw request the pipeline and the control
//! API read (so the server and the control API do not import each other).

use std::sync::{Arc, Mutex, RwLock};

use bytes::Bytes;

use crate::config::{EmulatorConfig, RuntimeConfig};
use crate::consistency::Clock;
use crate::faults::FaultEngine;
use crate::state::State;

/// State shared by all connections of one emulator.
#[derive(Debug)]
pub struct Shared {
    /// Domain state.
    pub state: RwLock<State>,
    /// Runtime configuration (swapped whole on change).
    pub config: RwLock<Arc<RuntimeConfig>>,
    /// Fault engine.
    pub faults: Mutex<FaultEngine>,
    /// Clock.
    pub clock: Clock,
    /// Start configuration.
    pub start: EmulatorConfig,
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// Every request received on an API route, by operation id (faulted ones included), so
    /// tests count requests instead of timing them.
    pub requests: Mutex<std::collections::BTreeMap<&'static str, u64>>,
    /// The newest API requests as received (method, path, query, headers with credentials
    /// redacted), at most [`JOURNAL_LEN`], so tests see what reached the wire.
    pub journal: Mutex<std::collections::VecDeque<serde_json::Value>>,
    /// The number of the next API answer's `x-request-id`.
    pub next_request_id: std::sync::atomic::AtomicU64,
}

/// Requests kept in [`Shared::journal`].
pub const JOURNAL_LEN: usize = 256;

impl Shared {
    /// Builds the shared state for a start configuration and bound origin.
    pub fn new(start: EmulatorConfig, origin: String) -> Shared {
        Shared {
            state: RwLock::new(crate::seed::seeded_state(start.seed, start.trainings)),
            config: RwLock::new(Arc::new(start.runtime.clone())),
            faults: Mutex::new(FaultEngine::new(start.seed)),
            clock: Clock::new(),
            requests: Mutex::new(Default::default()),
            journal: Mutex::new(Default::default()),
            next_request_id: std::sync::atomic::AtomicU64::new(1),
            origin,
            start,
        }
    }
    /// Current runtime config snapshot.
    pub fn cfg(&self) -> Arc<RuntimeConfig> {
        self.config.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
    /// Read lock on the domain state.
    pub fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }
    /// Write lock on the domain state.
    pub fn write(&self) -> std::sync::RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a request to the journal (`GET /_emulator/requests`). Credentials are shown by
    /// their scheme only (`ApiKey [REDACTED]`); every other header as received.
    pub fn log_request(&self, op: &str, raw: &RawRequest, headers: &hyper::HeaderMap) {
        let mut shown = serde_json::Map::new();
        for (name, value) in headers {
            let text = String::from_utf8_lossy(value.as_bytes()).into_owned();
            let text = if matches!(name.as_str(), "authorization" | "proxy-authorization" | "cookie") {
                format!("{} [REDACTED]", text.split(' ').next().unwrap_or_default())
            } else {
                text
            };
            match shown.get_mut(name.as_str()) {
                Some(serde_json::Value::String(prev)) => {
                    prev.push_str(", ");
                    prev.push_str(&text);
                }
                _ => {
                    shown.insert(name.as_str().to_owned(), serde_json::Value::String(text));
                }
            }
        }
        let entry = serde_json::json!({
            "operation": op, "method": raw.method, "path": raw.path, "query": raw.query, "headers": shown,
        });
        let mut journal = self.journal.lock().unwrap_or_else(|e| e.into_inner());
        if journal.len() == JOURNAL_LEN {
            journal.pop_front();
        }
        journal.push_back(entry);
    }
}

/// The raw parts of a request that the pipeline needs (kept to re-run a write later).
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// Method.
    pub method: String,
    /// Path without query.
    pub path: String,
    /// Query string.
    pub query: String,
    /// `Authorization` header.
    pub authorization: Option<String>,
    /// `User-Agent` header.
    pub user_agent: String,
    /// Body bytes.
    pub body: Bytes,
}
