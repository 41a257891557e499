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
}

impl Shared {
    /// Builds the shared state for a start configuration and bound origin.
    pub fn new(start: EmulatorConfig, origin: String) -> Shared {
        Shared {
            state: RwLock::new(crate::seed::seeded_state(start.seed, start.trainings)),
            config: RwLock::new(Arc::new(start.runtime.clone())),
            faults: Mutex::new(FaultEngine::new(start.seed)),
            clock: Clock::new(),
            requests: Mutex::new(Default::default()),
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
