//! A stateful local emulator of the CloudPirates REST API, for tests, demos and benchmarks.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use cloudpirates_emulator::{Emulator, EmulatorConfig};
//! let emu = Emulator::start(EmulatorConfig::default()).await?;
//! println!("{} {}", emu.base_url(), emu.api_key());
//! emu.shutdown();
//! # Ok(()) }
//! ```
//!
//! See `README.md` for the seeded credentials, the control API and the fault model.

pub mod config;
pub mod consistency;
pub mod control;
pub mod errors;
pub mod faults;
pub mod paging;
pub mod request;
pub mod routes;
pub mod schema;
pub mod seed;
pub mod server;
pub mod shared;
pub mod state;

use std::net::SocketAddr;
use std::sync::Arc;

pub use config::{ApplicationUpdateMode, EmulatorConfig, RuntimeConfig, WriteResponses};
pub use faults::{FaultKind, FaultRule, MethodClass, WriteOutcome};
pub use seed::{Credentials, seeded_credentials};

/// Entry point: starts emulators.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// Binds 127.0.0.1:`config.port` (0 = any free port) and serves on the current tokio runtime.
    pub async fn start(config: EmulatorConfig) -> std::io::Result<EmulatorHandle> {
        // parse the document and compile validators before accepting connections
        let _ = routes::operations();
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], config.port))).await?;
        let addr = listener.local_addr()?;
        let origin = format!("http://{addr}");
        let shared = Arc::new(server::Shared::new(config, origin.clone()));
        let (tx, rx) = tokio::sync::watch::channel(false);
        tokio::spawn(server::serve(listener, shared.clone(), rx));
        Ok(EmulatorHandle { addr, origin, shared, stop: tx, thread: None })
    }

    /// Starts an emulator on its own thread with its own runtime and returns once it listens.
    /// Shut down by [`EmulatorHandle::shutdown`] or on drop.
    pub fn start_blocking(config: EmulatorConfig) -> std::io::Result<EmulatorHandle> {
        let (tx, rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name("cloudpirates-emulator".into()).spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                match Emulator::start(config).await {
                    Ok(handle) => {
                        let mut stopped = handle.stop.subscribe();
                        let _ = tx.send(Ok(handle));
                        while !*stopped.borrow() {
                            if stopped.changed().await.is_err() {
                                break;
                            }
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        })?;
        let mut handle = rx.recv().map_err(|_| std::io::Error::other("emulator thread died"))??;
        handle.thread = Some(thread);
        Ok(handle)
    }
}

/// A running emulator. Dropping it shuts it down.
#[derive(Debug)]
pub struct EmulatorHandle {
    addr: SocketAddr,
    origin: String,
    shared: Arc<server::Shared>,
    stop: tokio::sync::watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EmulatorHandle {
    /// `http://127.0.0.1:PORT/v1`: the base URL for SDK clients.
    pub fn base_url(&self) -> String {
        format!("{}/v1", self.origin)
    }
    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> &str {
        &self.origin
    }
    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// API key of the primary seeded identity.
    pub fn api_key(&self) -> &'static str {
        seed::DEMO_API_KEY
    }
    /// All seeded identities with their credentials (primary first).
    pub fn credentials(&self) -> Vec<Credentials> {
        seeded_credentials()
    }
    /// Current runtime configuration.
    pub fn runtime_config(&self) -> RuntimeConfig {
        (*self.shared.cfg()).clone()
    }
    /// Replaces the runtime configuration (same as `PUT /_emulator/config` with a full object).
    pub fn set_runtime_config(&self, cfg: RuntimeConfig) {
        control::apply_config(&self.shared, cfg);
    }
    /// The newest API requests received, oldest first (same as `GET /_emulator/requests`).
    pub fn requests(&self) -> Vec<serde_json::Value> {
        self.shared.journal.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned().collect()
    }
    /// Resets state to the seed (same as `POST /_emulator/reset`).
    pub fn reset(&self) {
        control::reset(&self.shared);
    }
    /// Stops accepting connections and closes open ones. Idempotent.
    pub fn shutdown(&self) {
        let _ = self.stop.send(true);
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        self.shutdown();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
